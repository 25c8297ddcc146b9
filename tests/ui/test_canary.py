"""Encryption at rest, checked the way an attacker with the disk would (THREATS 23).

Canary names are typed into the app (an incident and an activity's participant list) and a
photo is attached; the app autosaves, saves, makes a backup and logs at DEBUG level; then every
file of the data folder (database, -wal, -shm, the attachment store, backups, key file,
settings.ini, the log) and the app's temporary folders are searched for the canaries: 0 hits,
and no file starts with "SQLite format 3".
A negative control runs the same search on a plain (demo) folder and must find them.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from focalpoint import protection, services
from focalpoint.store.datadir import DataDir
from tests.conftest import TEST_PASSPHRASE, incident_data
from tests.ui.test_activity_flow import fill_general, open_new_activity, type_participant
from tests.ui.test_incident_editor import fill_valid_incident, open_new_incident
from tests.ui.test_session import session_for, wait_window  # noqa: F401 - the fixture

# an incident's title and witness, a participant's name and phone (stored as +22376998877)
CANARIES = ("Kadidiatou Zerbo-Canari", "Oumarou Canari-Traore", "Zerbo-Canari", "76998877")


def canary_hits(paths: list[Path]) -> list[tuple[str, str]]:
    """(file, canary) for every canary found in the files under ``paths`` (as UTF-8 and as
    UTF-16, the two ways the app could write text)."""
    hits = []
    for root in paths:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            for canary in CANARIES:
                if canary.encode() in data or canary.encode("utf-16-le") in data:
                    hits.append((str(path), canary))
    return hits


def sqlite_headers(root: Path) -> list[str]:
    return [
        str(p)
        for p in root.rglob("*")
        if p.is_file() and p.read_bytes()[:16] == b"SQLite format 3\0"
    ]


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """Everything the app logs, at DEBUG, into the data folder's log file."""
    path = tmp_path / "d" / "focalpoint.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    handler.close()
    root.setLevel(old_level)


def app_temp_folders(before: set[str]) -> list[Path]:
    temp = Path(tempfile.gettempdir())
    return [p for p in temp.glob("focalpoint*") if p.name not in before]


def test_canaries_typed_in_the_app_are_nowhere_on_disk(
    session_for,  # noqa: F811 - the fixture imported above
    tmp_path,
    qtbot,
    debug_log,
) -> None:
    from focalpoint.ui.main_window import PAGE_ACTIVITIES, PAGE_INCIDENTS

    temp_before = {p.name for p in Path(tempfile.gettempdir()).glob("focalpoint*")}
    root = tmp_path / "d"
    session = session_for(root)
    session.dialog.first.setText(TEST_PASSPHRASE)
    session.dialog.second.setText(TEST_PASSPHRASE)
    session.dialog.validate()
    wait_window(qtbot, session)
    window = session.window

    window.sidebar.setCurrentRow(PAGE_INCIDENTS)
    editor = open_new_incident(window, qtbot)
    fill_valid_incident(editor)
    editor.rows["titre"].widget.edit.setText(f"Enlevement de {CANARIES[0]}")
    editor.rows["description"].widget.edit.setPlainText(f"Temoin : {CANARIES[1]}.")
    editor.autosave_now()
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        editor.save(final=True)

    window.sidebar.setCurrentRow(PAGE_ACTIVITIES)
    editor = open_new_activity(window, qtbot)
    fill_general(editor)
    participants = editor.rows["participants"].widget
    type_participant(participants, 0, nom="Zerbo-Canari", prenom="Kadidiatou", sexe="F", age="31")
    type_participant(participants, 0, telephone="76 99 88 77")
    editor.autosave_now()
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save(final=False)
    photo = tmp_path / "temoin.jpg"  # outside the data folder: the user's own file
    photo.write_bytes(b"\xff\xd8" + f"photo de {CANARIES[1]} ".encode() * 5000)
    done: list[object] = []
    window.runner.run(lambda ws: services.attach_file(ws, photo), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    done.clear()
    window.runner.run(protection.backup_now, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    session.lock()  # closes the database (checkpoint) and removes the report folder

    ws = services.open_workspace(
        DataDir(root), key=protection.unlock(DataDir(root), TEST_PASSPHRASE)
    )
    try:  # the canaries really were saved (so the search below could have found them)
        text = str([r.data for r in services.list_records(ws)])
        assert all(c in text for c in CANARIES)
    finally:
        ws.close()
    assert debug_log.stat().st_size > 0
    assert (root / "backups").is_dir()
    assert (root / "attachments.db").stat().st_size > 5000 * 30
    assert canary_hits([root, *app_temp_folders(temp_before)]) == []
    assert sqlite_headers(root) == []


def test_the_search_finds_canaries_in_a_plain_folder(tmp_path) -> None:
    """Negative control: the same search on an unencrypted (demo) folder finds them."""
    data_dir = DataDir(tmp_path / "plain")
    ws = services.open_workspace(data_dir)
    try:
        services.save_record(ws, "incident", incident_data(titre=CANARIES[0]), final=True)
    finally:
        ws.close()
    assert canary_hits([data_dir.root])
    assert sqlite_headers(data_dir.root)
