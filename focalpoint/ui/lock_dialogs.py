"""The dialogs around the passphrase: unlock, choose a new one, change it, confirm a wipe.

The unlock dialog derives the key off the GUI thread (Argon2id takes about a second on an old
laptop) and shows the waiting time after repeated wrong passphrases, counting down. Every
dialog only *asks*: the work goes through ``focalpoint.protection``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint import protection
from focalpoint.domain.errors import FocalpointError, UnlockThrottled
from focalpoint.services import DataDir
from focalpoint.ui.errors import error_text
from focalpoint.ui.style import STYLESHEET

logger = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a worker thread's result back to the GUI thread."""

    done = Signal(object)  # the finished Future


def run_off_thread(
    parent: QObject, work: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]
) -> None:
    """Run ``work()`` on a short-lived thread; ``on_done(result, error)`` on the GUI thread."""
    relay = _Relay(parent)

    def finished(future: Future) -> None:
        error = future.exception()
        on_done(None if error else future.result(), error)
        relay.deleteLater()

    relay.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="focalpoint-unlock")
    executor.submit(work).add_done_callback(relay.done.emit)
    executor.shutdown(wait=False)


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


class UnlockDialog(QDialog):
    """Asks for the passphrase of an encrypted folder; ``unlocked(key)`` when it opens."""

    unlocked = Signal(object)  # the data key (bytes)
    wipe_requested = Signal()

    def __init__(self, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("focalpoint — données verrouillées"))
        self.setStyleSheet(STYLESHEET)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Les données de cet ordinateur sont chiffrées. "
                "Tapez la phrase secrète pour les ouvrir."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = _password_field(self)
        self.passphrase.setPlaceholderText(self.tr("Phrase secrète"))
        layout.addWidget(self.passphrase)
        self.status = QLabel(self)
        self.status.setObjectName("errorLabel")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("Déverrouiller"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.wipe_button = QPushButton(self.tr("Effacer toutes les données…"), self)
        self.wipe_button.setObjectName("dangerButton")
        buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout.addWidget(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.wipe_button.clicked.connect(self.wipe_requested.emit)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._tick()

    def try_unlock(self) -> None:
        """Unwrap the key with the typed passphrase, off the GUI thread."""
        if not self.unlock_button.isEnabled():
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        self._busy(True)
        self.status.setText(self.tr("Déverrouillage…"))

        run_off_thread(self, lambda: protection.unlock(self.data_dir, text), self._finished)

    def _finished(self, key: Any, error: BaseException | None) -> None:
        self._busy(False)
        if error is None:
            self.status.clear()
            self.unlocked.emit(key)
            self.accept()
            return
        if not isinstance(error, FocalpointError):
            logger.error("unlock failed", exc_info=(type(error), error, error.__traceback__))
        self.status.setText(error_text(error))
        if isinstance(error, FocalpointError) and not isinstance(error, UnlockThrottled):
            self._tick()
        self.passphrase.setFocus()

    def _busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def _tick(self) -> None:
        wait = protection.unlock_wait(self.data_dir)
        if wait > 0:
            self.unlock_button.setEnabled(False)
            self.status.setText(
                self.tr("Trop d'essais : attendez %1 s avant de réessayer.").replace(
                    "%1", str(wait)
                )
            )
            self._countdown.start()
        else:
            if self._countdown.isActive():
                self._countdown.stop()
                self.status.clear()
            self.unlock_button.setEnabled(True)


class NewPassphraseDialog(QDialog):
    """Chooses the passphrase of a new data folder (or a new one for an existing folder)."""

    chosen = Signal(str, str)  # passphrase, confirmation

    def __init__(self, parent: QWidget | None = None, *, ask_old: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Changer la phrase secrète") if ask_old else self.tr("Protéger les données")
        )
        self.setStyleSheet(STYLESHEET)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Les fiches et les listes de participants seront chiffrées sur cet ordinateur. "
                "Choisissez une phrase secrète d'au moins 8 caractères et retenez-la : "
                "sans elle, personne (pas même le secrétariat) ne pourra rouvrir les données. "
                "Ne l'écrivez pas sur l'ordinateur."
            )
            if not ask_old
            else self.tr(
                "La nouvelle phrase secrète remplace l'ancienne ; les données ne sont pas "
                "rechiffrées, seule leur clé est protégée autrement."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = _password_field(self) if ask_old else None
        if self.old is not None:
            form.addRow(self.tr("Phrase secrète actuelle"), self.old)
        self.first = _password_field(self)
        self.second = _password_field(self)
        form.addRow(self.tr("Nouvelle phrase secrète"), self.first)
        form.addRow(self.tr("Retapez-la"), self.second)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setObjectName("errorLabel")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Valider"), QDialogButtonBox.ButtonRole.AcceptRole)
        if ask_old:
            buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.validate)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def validate(self) -> None:
        """Check the entries (length, the two the same) before accepting."""
        try:
            protection.check_new_passphrase(self.first.text(), self.second.text())
        except FocalpointError as error:
            self.status.setText(error_text(error))
            return
        self.chosen.emit(self.first.text(), self.second.text())
        self.accept()


def confirm_wipe(parent: QWidget | None) -> bool:
    """Ask once, plainly, before the panic wipe (the button is not the default one)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("confirm_wipe", "Effacer toutes les données"))
    box.setText(
        QCoreApplication.translate(
            "confirm_wipe",
            "Toutes les fiches, listes de participants, pièces jointes et sauvegardes de cet "
            "ordinateur seront détruites, sans retour possible. Ce qui n'a pas été synchronisé "
            "sera perdu. Le serveur sera prévenu de révoquer cet ordinateur.",
        )
    )
    wipe = box.addButton(
        QCoreApplication.translate("confirm_wipe", "Effacer maintenant"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("confirm_wipe", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is wipe
