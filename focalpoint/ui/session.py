"""The app's life on one data folder: unlock, the main window, the idle lock, the panic wipe.

* Start: an encrypted folder asks for its passphrase (``UnlockDialog``); a new one asks for a
  passphrase to protect it (``NewPassphraseDialog``); a plain folder (the demo) opens at once.
  The database is opened once on the unlock thread, so ``quick_check`` runs before any window:
  a damaged database is offered the newest good backup instead.
* Lock (after ``lock_minutes`` without a key press or a click, or Ctrl+L): an open entry is
  autosaved, the window is closed and destroyed (nothing of the data stays on screen), the task
  runner closes every database connection and the data key is dropped; the unlock dialog is
  shown again.
* Wipe (Paramètres, or the unlock dialog when the passphrase cannot be given): everything is
  closed, ``protection.wipe_data`` crypto-erases the folder, and the app is back at its first
  start (choose a passphrase, then enrol).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from focalpoint import protection, services
from focalpoint.domain.errors import DatabaseCorrupt, FocalpointError
from focalpoint.domain.formatting import format_datetime
from focalpoint.services import DataDir
from focalpoint.ui.errors import current_language, show_error
from focalpoint.ui.lock_dialogs import (
    NewPassphraseDialog,
    UnlockDialog,
    confirm_wipe,
    run_off_thread,
)
from focalpoint.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

DEFAULT_LOCK_MINUTES = 10
ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


def lock_minutes(settings: QSettings) -> int:
    """Minutes without activity before the app locks itself (0: never)."""
    try:
        return max(0, int(settings.value("lock_minutes", DEFAULT_LOCK_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES


class Session(QObject):
    """Owns the data key, the task runner and the main window of one data folder."""

    def __init__(self, data_dir: DataDir, settings: QSettings, translators: Any) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self.translators = translators
        self.window: Any = None
        self.runner: TaskRunner | None = None
        self.dialog: QWidget | None = None
        self.encrypted = False
        self._key: bytes | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            # Between the dialogs and the window there are moments with no window open (the
            # unlock dialog closes before the window exists): the session quits explicitly.
            app.setQuitOnLastWindowClosed(False)

    # -- start ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Show what the folder's state asks for: unlock, choose a passphrase, or the window."""
        protection_state = protection.folder_state(self.data_dir)
        self._send_revocation_later()
        if protection_state == protection.ENCRYPTED:
            self._ask_unlock()
        elif protection_state == protection.NEW:
            self._ask_new_passphrase()
        else:
            self._check_then_open(None)

    def _ask_unlock(self) -> None:
        dialog = UnlockDialog(self.data_dir)
        dialog.unlocked.connect(self._check_then_open)
        dialog.wipe_requested.connect(lambda: self.wipe(parent=dialog))
        dialog.finished.connect(lambda code: self._dialog_closed(dialog, code))
        self._show_dialog(dialog)

    def _ask_new_passphrase(self) -> None:
        dialog = NewPassphraseDialog()
        dialog.chosen.connect(self._create)
        dialog.finished.connect(lambda code: self._dialog_closed(dialog, code))
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.show()
        dialog.raise_()

    def _dialog_closed(self, dialog: QWidget, code: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if code == 0 and self.window is None and not self._busy_elsewhere():
            QApplication.quit()  # closed without unlocking: nothing to show

    def _busy_elsewhere(self) -> bool:
        return self.dialog is not None

    def _create(self, passphrase: str, confirmation: str) -> None:
        def work() -> bytes:
            return protection.create_encrypted(self.data_dir, passphrase, confirmation)

        run_off_thread(self, work, self._created)

    def _created(self, key: Any, error: BaseException | None) -> None:
        if error is not None:
            show_error(None, error)
            self._ask_new_passphrase()
            return
        self._check_then_open(key)

    def _check_then_open(self, key: bytes | None) -> None:
        def work() -> bytes | None:
            self._check_database(key)
            return key

        run_off_thread(self, work, lambda _k, error: self._opened_or_failed(key, error))
        # While quick_check reads the file (SQLite lets go of the GIL), import the window's
        # modules here: 0.1-0.2 s of a cold start that no longer waits for the check.
        import focalpoint.ui.main_window  # noqa: F401

    def _opened_or_failed(self, key: bytes | None, error: BaseException | None) -> None:
        if error is None:
            self._open_window(key)
        elif isinstance(error, DatabaseCorrupt):
            self.offer_restore(key, error)
        else:
            self._fail(error)

    def _fail(self, error: BaseException) -> None:
        """Nothing can be opened: say why, then quit when the message is closed."""
        box = show_error(None, error)
        if box is None:
            QApplication.quit()
        else:
            self.dialog = box
            box.finished.connect(lambda _code: QApplication.quit())

    def window_closed(self, window: Any) -> None:
        """The person closed the main window (not a lock, not a language switch): quit."""
        if window is self.window:
            QApplication.quit()

    def _check_database(self, key: bytes | None) -> None:
        """Open the database once (``quick_check``, migrations) on the calling worker thread;
        a damaged database raises ``DatabaseCorrupt`` before any window exists."""
        services.open_workspace(self.data_dir, key=key).close()

    # -- the window -----------------------------------------------------------------------------

    def _open_window(self, key: Any) -> None:
        from focalpoint.ui.main_window import MainWindow

        self._key = key
        self.encrypted = key is not None
        data_dir = self.data_dir
        # _check_database ran quick_check on this file a moment ago: not twice at start-up.
        self.runner = TaskRunner(lambda: services.open_workspace(data_dir, key=key, check=False))
        self.window = MainWindow(self.runner, self.data_dir, self.settings, self.translators)
        self.window.session = self
        self.window.show()
        self.restart_idle_timer()
        self.runner.run(protection.backup_if_due, on_error=self._backup_failed)

    def _backup_failed(self, error: BaseException) -> None:
        logger.warning("automatic backup failed: %s", getattr(error, "code", type(error).__name__))
        if self.window is not None:
            self.window.statusBar().showMessage(
                self.tr("La sauvegarde automatique n'a pas pu être faite."), 15000
            )

    def window_replaced(self, window: Any) -> None:
        """The window was rebuilt (language switch): follow the new one."""
        self.window = window

    # -- idle lock ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.window is not None:
            self.restart_idle_timer()
        return False

    def restart_idle_timer(self, minutes: int | None = None) -> None:
        """(Re)start the countdown to the automatic lock (only for an encrypted folder)."""
        minutes = lock_minutes(self.settings) if minutes is None else minutes
        if not self.encrypted or minutes <= 0:
            self.idle_timer.stop()
            return
        self.idle_timer.start(minutes * 60_000)

    def lock(self) -> None:
        """Clear and close the window, close the database, forget the key, ask to unlock."""
        if self.window is None or not self.encrypted:
            return
        logger.info("locking the app")
        self.idle_timer.stop()
        self._ask_unlock()  # shown first: closing the last window would quit the app
        self._close_window()

    def _close_window(self) -> None:
        window, runner = self.window, self.runner
        self.window, self.runner, self._key = None, None, None
        if window is not None:
            window.closing_for_lock = True
            window.close()  # autosaves an open entry
            window.deleteLater()
        if runner is not None:
            runner.shutdown()  # closes every connection the window's tasks opened
        _remove_report_folder()

    # -- restore --------------------------------------------------------------------------------

    def offer_restore(self, key: bytes | None, error: DatabaseCorrupt) -> None:
        """The database is damaged: say so, and offer the newest good backup."""
        backups = protection.list_backups(self.data_dir)
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Base de données endommagée"))
        text = self.tr(
            "La base de données de cet ordinateur est endommagée : rien ne peut y être "
            "enregistré tant qu'elle n'est pas réparée."
        )
        if backups:
            text += "\n\n" + self.tr(
                "La dernière sauvegarde date du %1. La restaurer remet les fiches de ce moment ; "
                "celles en attente d'envoi seront renvoyées, et ce qui a été synchronisé depuis "
                "reviendra du serveur. La base endommagée est gardée à part."
            ).replace("%1", format_datetime(backups[0].made, current_language()))
            restore = box.addButton(
                self.tr("Restaurer la sauvegarde"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            text += "\n\n" + self.tr("Aucune sauvegarde n'existe : contactez le secrétariat.")
            restore = None
        box.setText(text)
        box.addButton(self.tr("Quitter"), QMessageBox.ButtonRole.RejectRole)
        self.dialog = box
        box.finished.connect(lambda _c: self._restore_chosen(box, restore, key))
        box.open()

    def _restore_chosen(self, box: QMessageBox, restore: Any, key: bytes | None) -> None:
        self.dialog = None
        if restore is None or box.clickedButton() is not restore:
            QApplication.quit()
            return

        def work() -> protection.Restored:
            restored = protection.restore_newest_backup(self.data_dir, key)
            self._check_database(key)
            return restored

        def done(restored: Any, error: BaseException | None) -> None:
            if error is not None:
                self._fail(error)
                return
            self._open_window(key)
            self.window.statusBar().showMessage(
                self.tr("Base restaurée depuis la sauvegarde du %1.").replace(
                    "%1", format_datetime(restored.made, current_language())
                ),
                30000,
            )

        run_off_thread(self, work, done)

    # -- wipe -----------------------------------------------------------------------------------

    def wipe(self, parent: QWidget | None = None, *, confirmed: bool = False) -> None:
        """Panic wipe, after one confirmation; the app returns to its first start."""
        if not confirmed and not confirm_wipe(parent or self.window):
            return
        self.idle_timer.stop()
        key, old_dialog = self._key, self.dialog
        self.encrypted = False
        self._ask_new_passphrase()  # shown first: closing the last window would quit the app
        if old_dialog is not None:
            old_dialog.blockSignals(True)
            old_dialog.close()
            old_dialog.deleteLater()
        self._close_window()
        ws = None
        if key is not None or protection.folder_state(self.data_dir) == protection.PLAIN:
            try:
                ws = services.open_workspace(self.data_dir, key=key)
            except FocalpointError as error:
                logger.warning("wipe without reading the token (%s)", error.code)
        report = protection.wipe_data(self.data_dir, ws)
        logger.warning("wiped in %.2f s", report.seconds)
        self._send_revocation_later()

    def _send_revocation_later(self) -> None:
        if protection.revocation_pending(self.data_dir):
            data_dir = self.data_dir
            run_off_thread(
                self, lambda: protection.send_pending_revocation(data_dir), lambda *_: None
            )

    def shutdown(self) -> None:
        """The app quits: close the database and the report folder."""
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.runner is not None:
            self.runner.shutdown()
        _remove_report_folder()


def _remove_report_folder() -> None:
    from focalpoint.ui.report_files import remove_report_folder

    remove_report_folder()
