"""The app's session on a real data folder: choose a passphrase, unlock, idle lock, restore, wipe.

THREATS tests 24 (unlock), 26 (auto-lock) and 27 (panic wipe), driven with pytest-qt.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from focalpoint import protection, services
from focalpoint.store.datadir import DataDir
from tests.conftest import TEST_PASSPHRASE, encrypted_folder, incident_data


def open_fds(path: Path) -> list[str]:
    """The files under ``path`` this process holds open."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


@pytest.fixture
def session_for(qapp, qtbot) -> Iterator:
    from focalpoint.ui.app import Translators, settings_for
    from focalpoint.ui.session import Session

    made: list[Session] = []

    def make(root: Path) -> Session:
        data_dir = DataDir(root)
        translators = Translators(qapp)
        translators.install("fr")
        session = Session(data_dir, settings_for(data_dir), translators)
        made.append(session)
        session.start()
        return session

    yield make
    for session in made:
        if session.dialog is not None:
            session.dialog.blockSignals(True)
            session.dialog.close()
        if session.window is not None:
            session.window.close()
        session.shutdown()


def encrypted_with_record(root: Path, title: str = "Incident de test") -> str:
    key = encrypted_folder(root)
    ws = services.open_workspace(DataDir(root), key=key)
    try:
        return services.save_record(
            ws, "incident", incident_data(titre=title), final=True
        ).record.id
    finally:
        ws.close()


def wait_window(qtbot, session) -> None:
    qtbot.waitUntil(lambda: session.window is not None, timeout=10_000)
    qtbot.waitUntil(lambda: bool(session.window.pages), timeout=10_000)


def test_a_new_folder_asks_for_a_passphrase_and_refuses_a_short_one(
    session_for, tmp_path, qtbot
) -> None:
    from focalpoint.ui.lock_dialogs import NewPassphraseDialog

    session = session_for(tmp_path / "d")
    dialog = session.dialog
    assert isinstance(dialog, NewPassphraseDialog)
    dialog.first.setText("court")
    dialog.second.setText("court")
    dialog.validate()
    assert dialog.status.text() == "La phrase secrète doit compter au moins 8 caractères."
    dialog.first.setText(TEST_PASSPHRASE)
    dialog.second.setText(TEST_PASSPHRASE + "x")
    dialog.validate()
    assert dialog.status.text() == "Les deux phrases secrètes ne sont pas identiques."
    dialog.second.setText(TEST_PASSPHRASE)
    dialog.validate()
    wait_window(qtbot, session)
    assert protection.folder_state(DataDir(tmp_path / "d")) == protection.ENCRYPTED
    with open(tmp_path / "d" / "focalpoint.db", "rb") as handle:
        assert handle.read(16) != b"SQLite format 3\0"


def test_unlock_refuses_a_wrong_passphrase_then_opens(session_for, tmp_path, qtbot) -> None:
    from focalpoint.ui.lock_dialogs import UnlockDialog

    encrypted_with_record(tmp_path / "d")
    session = session_for(tmp_path / "d")
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText("pas la bonne phrase")
    dialog.try_unlock()
    qtbot.waitUntil(lambda: dialog.status.text() == "Phrase secrète incorrecte.", timeout=5_000)
    assert session.window is None
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.try_unlock()
    wait_window(qtbot, session)
    assert session.encrypted


def test_repeated_wrong_passphrases_make_the_dialog_wait(session_for, tmp_path, qtbot) -> None:
    encrypted_with_record(tmp_path / "d")
    session = session_for(tmp_path / "d")
    dialog = session.dialog
    for attempt in range(3):
        dialog.passphrase.setText(f"mauvaise {attempt}")
        dialog.try_unlock()
        qtbot.waitUntil(lambda: dialog.passphrase.isEnabled(), timeout=5_000)
    assert "attendez" in dialog.status.text()
    assert not dialog.unlock_button.isEnabled()
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.try_unlock()  # ignored while the delay runs
    qtbot.wait(200)
    assert session.window is None


def test_idle_lock_clears_the_window_closes_the_database_and_asks_again(
    session_for, tmp_path, qtbot
) -> None:
    from shiboken6 import isValid

    from focalpoint.ui.lock_dialogs import UnlockDialog

    encrypted_with_record(tmp_path / "d", title="Titre visible")
    session = session_for(tmp_path / "d")
    session.dialog.passphrase.setText(TEST_PASSPHRASE)
    session.dialog.try_unlock()
    wait_window(qtbot, session)
    window = session.window
    qtbot.waitUntil(lambda: bool(open_fds(tmp_path / "d")), timeout=5_000)
    session.idle_timer.start(50)  # the idle delay, shortened (minutes in Paramètres)
    qtbot.waitUntil(lambda: isinstance(session.dialog, UnlockDialog), timeout=5_000)
    assert session.window is None
    qtbot.waitUntil(lambda: not isValid(window), timeout=5_000)
    assert [p for p in open_fds(tmp_path / "d") if "focalpoint.db" in p] == []
    session.dialog.passphrase.setText(TEST_PASSPHRASE)
    session.dialog.try_unlock()
    wait_window(qtbot, session)


def test_idle_timer_follows_the_setting_and_never_runs_for_the_demo(
    session_for, tmp_path, qtbot
) -> None:
    encrypted_with_record(tmp_path / "d")
    session = session_for(tmp_path / "d")
    session.dialog.passphrase.setText(TEST_PASSPHRASE)
    session.dialog.try_unlock()
    wait_window(qtbot, session)
    assert session.idle_timer.isActive()
    assert session.idle_timer.interval() == 10 * 60_000
    session.restart_idle_timer(0)
    assert not session.idle_timer.isActive()

    plain = tmp_path / "demo"
    ws = services.open_workspace(DataDir(plain))
    ws.close()
    demo = session_for(plain)
    wait_window(qtbot, demo)
    assert not demo.idle_timer.isActive()


def test_a_damaged_database_offers_the_newest_backup(session_for, tmp_path, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    root = tmp_path / "d"
    record_id = encrypted_with_record(root)
    key = protection.unlock(DataDir(root), TEST_PASSPHRASE)
    ws = services.open_workspace(DataDir(root), key=key)
    protection.backup_now(ws)
    ws.close()
    with open(root / "focalpoint.db", "r+b") as handle:  # damage a page after the header
        handle.seek(4096 + 200)
        handle.write(os.urandom(512))
    session = session_for(root)
    session.dialog.passphrase.setText(TEST_PASSPHRASE)
    session.dialog.try_unlock()
    qtbot.waitUntil(lambda: isinstance(session.dialog, QMessageBox), timeout=10_000)
    box = session.dialog
    assert "endommagée" in box.text()
    restore = next(b for b in box.buttons() if b.text() == "Restaurer la sauvegarde")
    restore.click()
    wait_window(qtbot, session)
    ws = services.open_workspace(DataDir(root), key=key)
    try:
        assert services.get_record(ws, record_id).id == record_id
    finally:
        ws.close()
    assert list((root / "damaged").iterdir())


def test_panic_wipe_from_settings_leaves_nothing_and_starts_over(
    session_for, tmp_path, qtbot, monkeypatch
) -> None:
    from focalpoint.ui import session as session_module
    from focalpoint.ui.lock_dialogs import NewPassphraseDialog
    from focalpoint.ui.main_window import PAGE_SETTINGS

    root = tmp_path / "d"
    encrypted_with_record(root, title="CANARI Wipe")
    session = session_for(root)
    session.dialog.passphrase.setText(TEST_PASSPHRASE)
    session.dialog.try_unlock()
    wait_window(qtbot, session)
    session.window.sidebar.setCurrentRow(PAGE_SETTINGS)
    qtbot.waitUntil(lambda: PAGE_SETTINGS in session.window.pages, timeout=5_000)
    page = session.window.pages[PAGE_SETTINGS]
    page.backup_now()
    qtbot.waitUntil(lambda: bool(protection.list_backups(DataDir(root))), timeout=5_000)
    monkeypatch.setattr(session_module, "confirm_wipe", lambda _parent: True)
    started = time.perf_counter()
    page.wipe_button.click()
    elapsed = time.perf_counter() - started
    assert elapsed < 3.0
    assert list(root.iterdir()) == []
    assert isinstance(session.dialog, NewPassphraseDialog)
    assert session.window is None


def test_only_closing_the_window_quits_not_a_lock_or_a_language_switch(
    session_for, tmp_path, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication

    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    encrypted_with_record(tmp_path / "d")
    session = session_for(tmp_path / "d")
    assert not QApplication.quitOnLastWindowClosed()  # between dialog and window none is open
    session.dialog.passphrase.setText(TEST_PASSPHRASE)
    session.dialog.try_unlock()
    wait_window(qtbot, session)
    session.window.switch_language("fr")
    wait_window(qtbot, session)
    session.lock()
    assert quits == []
    session.dialog.passphrase.setText(TEST_PASSPHRASE)
    session.dialog.try_unlock()
    wait_window(qtbot, session)
    session.window.close()
    assert quits == [True]
