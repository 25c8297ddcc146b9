"""Synchronisation and Conflits pages: link the laptop, sync now, see conflicts side by side."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
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
Index = QModelIndex | QPersistentModelIndex


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


class ConflictsModel(QAbstractTableModel):
    """Conflicts: record, what happened, when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[services.ConflictView] = []
        self.headers = [self.tr("Fiche"), self.tr("Conflit"), self.tr("Date")]

    def set_rows(self, rows: list[services.ConflictView]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def code_text(self, code: str) -> str:
        """What happened, for a person."""
        texts = {
            "stale_base_version": self.tr("Modifié ailleurs en même temps"),
            "edited_after_delete": self.tr("Modifié après suppression"),
            "deleted_after_edit": self.tr("Supprimé après modification"),
        }
        return texts.get(code, code)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return row.title or row.record_id
        if index.column() == 1:
            return self.code_text(row.code)
        return format_date(row.created_at)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 3
        ):
            return self.headers[section]
        return None


class CompareModel(QAbstractTableModel):
    """One conflict field by field: the record as it is, and the copy that lost."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []
        self.headers = [self.tr("Champ"), self.tr("Version gardée"), self.tr("Autre version")]

    def show(self, conflict: services.ConflictView | None) -> None:
        """Compare ``conflict``'s two copies (every field that differs first)."""
        self.beginResetModel()
        self.rows = []
        if conflict is not None:
            keys = sorted(set(conflict.current) | set(conflict.other))
            pairs = [
                (k, _text(conflict.current.get(k)), _text(conflict.other.get(k))) for k in keys
            ]
            self.rows = [p for p in pairs if p[1] != p[2]] + [p for p in pairs if p[1] == p[2]]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and self.rows[index.row()][1] != self.rows[index.row()][2]
        ):
            from PySide6.QtGui import QColor

            return QColor("#fff3cd")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 3
        ):
            return self.headers[section]
        return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return (
            f"{len(value)} élément(s)"
            if value and isinstance(value[0], dict)
            else ", ".join(map(str, value))
        )
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values())
    return str(value)


class ConflictsPage(LazyPage):
    """Each conflict and, for the one selected, both copies side by side."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self, self.tr("Conflits")))
        self.empty = QLabel(
            self.tr(
                "Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la "
                "fois sur cet ordinateur et ailleurs ; les deux versions sont alors présentées ici "
                "côte à côte. Rien n'est jamais effacé sans trace."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.compare = CompareModel(self)
        self.list = QTableView(self)
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.detail = QTableView(self)
        self.detail.setModel(self.compare)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.compare.show(
                self.model.rows[current.row()] if current.isValid() else None
            )
        )
        window.data_changed.connect(self.on_data_changed)

    def reload(self) -> None:
        """Load unresolved conflicts."""
        self.window_.runner.run(services.list_conflicts, on_done=self._loaded)

    def _loaded(self, rows: list[services.ConflictView]) -> None:
        self.mark_loaded()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.list.selectRow(0)
