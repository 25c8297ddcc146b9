"""Synchronisation page: link the laptop to the server, sync now, see what waits.

The Conflits page lives in ``pages/conflicts.py``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint import services
from focalpoint.domain.formatting import format_date
from focalpoint.ui.errors import error_text
from focalpoint.ui.widgets import LazyPage

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

AUTO_SYNC_MS = 5 * 60 * 1000  # try again every 5 minutes while something waits


def _heading(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    return label


class SyncPage(LazyPage):
    """Enrolment, "Synchroniser maintenant", the last result, and what waits to be sent."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.status: services.SyncStatus | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self, self.tr("Synchronisation")))
        self.enrol_box = QGroupBox(self.tr("Relier cet ordinateur au serveur du secrétariat"), self)
        form = QFormLayout(self.enrol_box)
        self.server = QLineEdit(self.enrol_box)
        self.server.setPlaceholderText("https://…")
        self.token = QLineEdit(self.enrol_box)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(
            self.tr("jeton remis par le secrétariat, ou l'adresse du QR code")
        )
        self.ca_bundle = QLineEdit(self.enrol_box)
        self.ca_bundle.setPlaceholderText(
            self.tr("facultatif : fichier .pem de l'autorité, si le secrétariat vous l'a remis")
        )
        choose_ca = QPushButton(self.tr("Choisir…"), self.enrol_box)
        choose_ca.clicked.connect(self.choose_ca_bundle)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(choose_ca)
        self.enrol_button = QPushButton(self.tr("Relier"), self.enrol_box)
        self.enrol_button.clicked.connect(self.enrol)
        form.addRow(self.tr("Adresse du serveur"), self.server)
        form.addRow(self.tr("Jeton"), self.token)
        form.addRow(self.tr("Certificat"), ca_row)
        form.addRow("", self.enrol_button)
        layout.addWidget(self.enrol_box)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Synchroniser maintenant"), self)
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        window.data_changed.connect(self.on_data_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(lambda: self.sync_now(quiet=True))
        self.timer.start()
        self.reload()

    def reload(self) -> None:
        """Read the sync status (on the database thread)."""
        self.window_.runner.run(services.sync_status, on_done=self._show)

    def _show(self, status: services.SyncStatus) -> None:
        self.mark_loaded()
        self.status = status
        self.enrol_box.setVisible(not status.enrolled)
        self.sync_button.setVisible(status.enrolled)
        waiting = self.tr("%n enregistrement(s) attendent d'être envoyés.", "", status.waiting)
        if status.enrolled:
            when = (
                format_date(status.last_sync_at, self.window_.lang)
                if status.last_sync_at
                else self.tr("jamais")
            )
            self.summary.setText(
                self.tr("Relié à %1. Dernière synchronisation : %2.")
                .replace("%1", status.server_url)
                .replace("%2", when)
                + " "
                + waiting
            )
        else:
            self.summary.setText(
                self.tr("Cet ordinateur n'est pas encore relié au serveur du secrétariat.")
                + " "
                + waiting
                + " "
                + self.tr(
                    "Ils sont en sécurité sur cet ordinateur "
                    "et partiront à la première synchronisation."
                )
            )
        self.window_.show_sync_state(status)

    def choose_ca_bundle(self) -> None:
        """Pick the secretariat's own certificate authority (a .pem file)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificat de l'autorité"), "", self.tr("Certificats (*.pem *.crt)")
        )
        if path:
            self.ca_bundle.setText(path)

    def enrol(self) -> None:
        """Check the address and the token with the server, then remember them."""
        server, token = self.server.text().strip(), self.token.text().strip()
        if "#token=" in token:  # the address from the QR code carries both
            server, token = token.split("#token=", 1)
        ca_text = self.ca_bundle.text().strip()
        ca_bundle = Path(ca_text) if ca_text else None
        self.enrol_button.setEnabled(False)
        self.window_.runner.run_network(
            lambda ws, _ctx: services.enroll(ws, server, token, ca_bundle=ca_bundle),
            label=self.tr("Connexion au serveur…"),
            on_done=lambda _device: (
                self.enrol_button.setEnabled(True),
                self.token.clear(),
                self.reload(),
            ),
            on_error=self._failed,
        )

    def sync_now(self, *, quiet: bool = False) -> None:
        """Push then pull, off the GUI thread; ``quiet`` (automatic attempt): no progress bar."""
        if self.status is None or not self.status.enrolled or (quiet and not self.status.waiting):
            return
        self.sync_button.setEnabled(False)
        self.window_.runner.run_network(
            lambda ws, ctx: services.run_sync(
                ws, progress=lambda _p, d, t: ctx.progress(d, t), cancel=ctx.cancel
            ),
            label=self.tr("Synchronisation en cours…"),
            on_done=self._synced,
            on_error=self._failed,
        )

    def _synced(self, report: Any) -> None:
        self.sync_button.setEnabled(True)
        self.result.setText(
            self.tr("Envoyés : %1 · reçus : %2 · conflits : %3 · refusés : %4")
            .replace("%1", str(report.pushed))
            .replace("%2", str(report.pulled))
            .replace("%3", str(report.conflicts))
            .replace("%4", str(report.rejected))
        )
        # forms=True: published form versions or places may have come down with the sync
        self.window_.data_changed.emit(services.Changes(forms=True))

    def _failed(self, error: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        self.sync_button.setEnabled(True)
        self.result.setText(error_text(error, self.window_.lang))
        self.window_.connection_label.setText(self.tr("Hors connexion"))
        logger.info("sync failed: %s", getattr(error, "code", type(error).__name__))
