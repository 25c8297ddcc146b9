"""The one place that opens the laptop's database: pragmas, integrity check, migrations.

Every connection is WAL with ``synchronous=FULL`` (a committed save survives a power cut),
foreign keys on and a busy timeout. ``PRAGMA quick_check`` runs at open: a damaged file raises
``DatabaseCorrupt`` instead of being written to. SQLite errors that a person can act on (disk
full, read-only folder, not a database) are translated into the project's errors here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from focalpoint.domain.errors import (
    DatabaseCorrupt,
    DataDirNotWritable,
    DiskFull,
    StorageError,
)

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
LOW_DISK_BYTES = 1 << 20  # under 1 MiB free, an I/O error is taken for a full disk
PINNED_PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the SQLite database at ``path`` and bring its schema up to date.

    Raises ``DataDirNotWritable`` when the folder cannot be created or written,
    ``DatabaseCorrupt`` when the file is not a database or fails ``quick_check``,
    ``DiskFull`` when there is no room to create or migrate it.
    """
    path = Path(path)
    _ensure_writable_dir(path.parent)
    with translate_errors(path):
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        try:
            _configure(conn)
            _check_integrity(conn)
            db = Database(conn)
            if migrate:
                from focalpoint.store.migrations import migrations

                migrations.apply(db)
        except BaseException:
            conn.close()
            raise
    logger.debug("opened database %s", path.name)
    return db


def _configure(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if mode != "wal":
        raise StorageError(f"journal_mode is {mode}, WAL required")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _check_integrity(conn: sqlite3.Connection) -> None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    result = "; ".join(str(r[0]) for r in rows[:5])
    if result != "ok":
        logger.error("quick_check failed: %s", result)
        raise DatabaseCorrupt(f"quick_check: {result}", detail=result)


def _ensure_writable_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirNotWritable(str(exc), path=str(folder)) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataDirNotWritable(f"{folder} is not writable", path=str(folder))


@contextlib.contextmanager
def translate_errors(where_: Path | Database | None = None) -> Iterator[None]:
    """Turn the SQLite errors a person can act on into the project's storage errors.

    ``where_`` (a file, folder or open database) says which disk to look at and what to name.
    """
    path = database_file(where_) if isinstance(where_, Database) else where_
    where = str(path) if path else ""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "disk is full" in text or ("disk i/o error" in text and _is_nearly_full(path)):
            raise DiskFull(str(exc)) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise DataDirNotWritable(str(exc), path=where) from exc
        raise StorageError(str(exc), detail=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseCorrupt(str(exc), detail=str(exc)) from exc
        raise StorageError(str(exc), detail=str(exc)) from exc
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC
            raise DiskFull(str(exc)) from exc
        raise StorageError(str(exc), detail=str(exc)) from exc


def database_file(db: Database) -> Path | None:
    """The file behind an open database (None for an in-memory one)."""
    try:
        rows = db.execute("PRAGMA database_list").fetchall()
    except sqlite3.Error:
        return None
    main = next((r[2] for r in rows if r[1] == "main"), "")
    return Path(main) if main else None


def _is_nearly_full(path: Path | None) -> bool:
    """SQLite reports ENOSPC on its shared-memory and log files as a bare I/O error."""
    folder = path if path is not None and path.is_dir() else (path.parent if path else Path.cwd())
    try:
        return shutil.disk_usage(folder).free < LOW_DISK_BYTES
    except OSError:
        return False


def read_pragmas(db: Database) -> dict[str, object]:
    """The pinned pragma values of an open connection (for checks and tests)."""
    return {name: db.execute(f"PRAGMA {name}").fetchone()[0] for name in PINNED_PRAGMAS}
