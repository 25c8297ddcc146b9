"""Backups through SQLite's backup API: under load, encrypted, rotated, restored (THREATS 5, 6)."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from focalpoint import protection, services
from focalpoint.domain.errors import DatabaseCorrupt, NotFound, UsageError
from focalpoint.store import backups
from focalpoint.store.datadir import DataDir
from tests.conftest import encrypted_folder, incident_data

BACKUPS_UNDER_LOAD = 50


@pytest.fixture
def folder(tmp_path: Path) -> tuple[DataDir, bytes]:
    data_dir = DataDir(tmp_path / "d")
    return data_dir, encrypted_folder(data_dir.root)


def damage(path: Path) -> None:
    """Overwrite bytes inside the second page (the header stays intact)."""
    with path.open("r+b") as handle:
        handle.seek(4096 + 100)
        handle.write(os.urandom(1024))


def test_fifty_backups_while_a_writer_saves_all_pass_and_restore(folder, tmp_path) -> None:
    data_dir, key = folder
    writer_ws = services.open_workspace(data_dir, key=key)
    stop = threading.Event()
    saved: list[str] = []

    def write() -> None:
        while not stop.is_set():
            saved.append(
                services.save_record(writer_ws, "incident", incident_data(), final=True).record.id
            )

    thread = threading.Thread(target=write)
    backup_ws = services.open_workspace(data_dir, key=key)
    thread.start()
    made = []
    try:
        for _ in range(BACKUPS_UNDER_LOAD):
            made.append(backups.make_backup(backup_ws.db.conn, tmp_path / "b", key, keep=1000))
    finally:
        stop.set()
        thread.join()
        backup_ws.close()
        writer_ws.close()
    assert len(saved) > BACKUPS_UNDER_LOAD  # the writer really was busy
    assert len({b.path for b in made}) == BACKUPS_UNDER_LOAD
    assert all(backups.check_backup(b.path, key) for b in made)
    counts = []
    for backup in made[:: BACKUPS_UNDER_LOAD // 5]:
        restored = DataDir(tmp_path / f"r-{len(counts)}")
        restored.root.mkdir()
        backups.restore(restored.database, backup.path, key, damaged_root=restored.root / "x")
        ws = services.open_workspace(restored, key=key)
        counts.append(ws.db.execute("select count(*) from records").fetchone()[0])
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ws.close()
    assert counts == sorted(counts)
    assert counts[-1] > 0


def test_backups_are_encrypted_like_the_database(folder) -> None:
    data_dir, key = folder
    ws = services.open_workspace(data_dir, key=key)
    services.save_record(ws, "incident", incident_data(titre="CANARI Sidibé"), final=True)
    made = protection.backup_now(ws)
    ws.close()
    raw = made.path.read_bytes()
    assert raw[:16] != b"SQLite format 3\0"
    assert b"CANARI" not in raw
    assert not backups.check_backup(made.path, None)
    assert not backups.check_backup(made.path, os.urandom(32))


def test_only_the_newest_backups_are_kept(folder) -> None:
    data_dir, key = folder
    ws = services.open_workspace(data_dir, key=key)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    try:
        for hour in range(backups.KEEP + 3):
            backups.make_backup(
                ws.db.conn, data_dir.backups, key, now=start + timedelta(hours=hour)
            )
    finally:
        ws.close()
    kept = backups.list_backups(data_dir.backups)
    assert len(kept) == backups.KEEP
    assert kept[0].made == start + timedelta(hours=backups.KEEP + 2)
    assert not list(data_dir.backups.glob("*.partial"))


def test_backup_if_due_waits_for_its_interval(folder) -> None:
    data_dir, key = folder
    ws = services.open_workspace(data_dir, key=key)
    try:
        assert protection.backup_if_due(ws) is not None
        assert protection.backup_if_due(ws) is None
        assert protection.backup_if_due(ws, every=timedelta(0)) is not None
    finally:
        ws.close()


def test_a_damaged_database_is_refused_then_restored_with_what_waited(folder) -> None:
    data_dir, key = folder
    ws = services.open_workspace(data_dir, key=key)
    kept = services.save_record(ws, "incident", incident_data(), final=True).record.id
    protection.backup_now(ws)
    services.save_record(ws, "incident", incident_data(titre="Après la sauvegarde"), final=True)
    ws.close()
    damage(data_dir.database)
    with pytest.raises(DatabaseCorrupt):
        services.open_workspace(data_dir, key=key)
    restored = protection.restore_newest_backup(data_dir, key)
    assert restored.waiting == 1  # never sent: it will be sent at the next sync
    aside = sorted(p.name for p in restored.damaged_copy.iterdir())
    assert aside[0] == "focalpoint.db"
    ws = services.open_workspace(data_dir, key=key)
    try:
        assert [r.id for r in services.list_records(ws)] == [kept]
        services.save_record(ws, "incident", incident_data(), final=True)  # writes work again
    finally:
        ws.close()


def test_restore_refuses_a_healthy_database_and_a_missing_backup(folder) -> None:
    data_dir, key = folder
    ws = services.open_workspace(data_dir, key=key)
    ws.close()
    with pytest.raises(UsageError):
        protection.restore_newest_backup(data_dir, key)
    with pytest.raises(NotFound):
        protection.restore_newest_backup(data_dir, key, force=True)


def test_a_damaged_backup_is_skipped_for_an_older_good_one(folder) -> None:
    data_dir, key = folder
    ws = services.open_workspace(data_dir, key=key)
    try:
        old = backups.make_backup(ws.db.conn, data_dir.backups, key)
        services.save_record(ws, "incident", incident_data(), final=True)
        new = backups.make_backup(ws.db.conn, data_dir.backups, key)
    finally:
        ws.close()
    damage(new.path)
    assert backups.newest_good_backup(data_dir.backups, key) == old
