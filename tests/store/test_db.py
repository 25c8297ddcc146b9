"""The one open function: pinned pragmas, integrity check at open, migrations, clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlite_utils import Database

from focalpoint.domain.errors import DatabaseCorrupt, DataDirNotWritable
from focalpoint.store.db import PINNED_PRAGMAS, open_database, read_pragmas
from focalpoint.store.migrations import migrations
from tests.conftest import REPO, mount_tmpfs, unmount


def test_every_connection_has_the_pinned_pragmas(db: Database) -> None:
    assert read_pragmas(db) == PINNED_PRAGMAS


def test_pragmas_hold_after_reopening(data_dir) -> None:
    open_database(data_dir.database).close()
    again = open_database(data_dir.database)
    assert read_pragmas(again) == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}
    again.close()


def test_migrations_create_the_schema_from_empty(db: Database) -> None:
    assert [m.name for m in migrations.applied(db)] == [m.name for m in migrations._migrations]
    columns = set(db["records"].columns_dict)
    assert {
        "id",
        "form_id",
        "form_version",
        "region",
        "status",
        "data",
        "created_at",
        "updated_at",
        "author",
        "version",
        "base_version",
        "dirty",
        "local_rev",
        "deleted",
        "title",
        "record_date",
    } <= columns
    assert {"form_versions", "blobs", "settings"} <= set(db.table_names())


def test_migration_from_the_previous_schema_backfills_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m002_record_title_and_date")
    assert "title" not in old["records"].columns_dict
    old["form_versions"].insert(
        {
            "form_id": "incident",
            "version": 1,
            "added_at": "2023-01-01",
            "definition": json.dumps({"title_field": "titre", "date_field": "date_incident"}),
        }
    )
    old["records"].insert(
        {
            "id": "r1",
            "form_id": "incident",
            "form_version": 1,
            "status": "final",
            "data": json.dumps({"titre": "Ancien", "date_incident": "2023-02-01"}),
            "created_at": "t",
            "updated_at": "t",
            "dirty": 1,
            "local_rev": 1,
            "deleted": 0,
        }
    )
    old.close()
    db = open_database(path)
    row = db["records"].get("r1")
    assert (row["title"], row["record_date"]) == ("Ancien", "2023-02-01")
    assert migrations.pending(db) == []
    db.close()


def test_quick_check_refuses_a_damaged_database(data_dir) -> None:
    db = open_database(data_dir.database)
    db["records"].insert_all(
        {
            "id": f"r{i}",
            "form_id": "f",
            "form_version": 1,
            "status": "final",
            "data": "{}" * 200,
            "created_at": "t",
            "updated_at": "t",
        }
        for i in range(300)
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = data_dir.database.stat().st_size
    with data_dir.database.open("r+b") as fh:  # scribble over the middle of the file
        fh.seek(size // 2)
        fh.write(os.urandom(8192))
    with pytest.raises(DatabaseCorrupt):
        open_database(data_dir.database)


def test_a_file_that_is_not_a_database_is_refused(data_dir) -> None:
    data_dir.root.mkdir(parents=True)
    data_dir.database.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(DatabaseCorrupt):
        open_database(data_dir.database)


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root ignores file permissions, so a read-only folder is writable"
)
def test_unwritable_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(DataDirNotWritable):
        open_database(folder / "focalpoint.db")


def test_read_only_filesystem_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro-mount"
    folder.mkdir()
    mount_tmpfs(folder, "ro,size=1m")
    try:
        with pytest.raises(DataDirNotWritable):
            open_database(folder / "focalpoint.db")
    finally:
        unmount(folder)


def test_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirNotWritable):
        open_database(blocker / "sub" / "focalpoint.db")


# Two modules handle the database's files on purpose, and each has tests of its own: the panic
# wipe deletes the whole folder (tests/store/test_wipe.py), and a restore moves a *damaged*
# database aside together with its -wal and -shm (tests/store/test_backups.py).
FILE_HANDLERS = {"wipe.py", "backups.py"}
# The server's checkpointer reads the size of the log (server/storage/engine.py): it may name
# it, and must still neither copy nor delete it.
LOG_READERS = {REPO / "focalpoint" / "server" / "storage" / "engine.py"}
DELETIONS = ("shutil.copy", "unlink(", "os.remove(", "shutil.move(", "os.replace(", ".rename(")


def test_no_code_copies_or_deletes_live_database_files() -> None:
    sources = {
        p: p.read_text()
        for p in (REPO / "focalpoint").rglob("*.py")
        if not (p.parent.name == "store" and p.name in FILE_HANDLERS)
    }
    assert set(sources) >= LOG_READERS
    for path, source in sources.items():
        for pattern in ("-wal", "-shm", "-journal", "shutil.copy"):
            if path in LOG_READERS and pattern == "-wal":
                continue
            assert pattern not in source, (path, pattern)
    for path in LOG_READERS:
        assert not any(pattern in sources[path] for pattern in DELETIONS), path
