"""The one place that opens the laptop's database: encryption, pragmas, integrity check, migrations.

With a data key (``store.keys``) the file is opened through SQLCipher (``sqlcipher3``) and is
unreadable without that key, header included; without one it is plain SQLite (the demo only).

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

import sqlcipher3
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
# the same SQLite errors, raised by the standard module or by SQLCipher's
OPERATIONAL_ERRORS = (sqlite3.OperationalError, sqlcipher3.OperationalError)
DATABASE_ERRORS = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
INTEGRITY_ERRORS = (sqlite3.IntegrityError, sqlcipher3.IntegrityError)
SQLITE_ERRORS = (sqlite3.Error, sqlcipher3.Error)
Connection = sqlite3.Connection | sqlcipher3.Connection


def connect(path: Path, key: bytes | None = None) -> Connection:
    """A raw connection to ``path``: SQLCipher keyed with ``key``, plain SQLite without one.

    Nothing is read yet (a wrong key shows at the first query).
    """
    if key is None:
        return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    from focalpoint.store.keys import sqlcipher_key

    conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(
        "PRAGMA cipher_log_level = NONE"
    )  # damage is reported by our errors, not on stderr
    conn.execute(f"PRAGMA key = {sqlcipher_key(key)}")
    return conn


def open_database(
    path: Path, *, key: bytes | None = None, migrate: bool = True, check: bool = True
) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    ``key`` is the data key of an encrypted folder (``store.keys.unlock``); None opens a plain
    SQLite file. ``check=False`` skips ``quick_check`` (0.3 s at 100,000 records): only for a
    file the caller has just checked (the app checks it once at unlock, then opens it again on
    its database thread).

    Raises ``DataDirNotWritable`` when the folder cannot be created or written,
    ``DatabaseCorrupt`` when the file is not a database or fails ``quick_check``,
    ``DiskFull`` when there is no room to create or migrate it.
    """
    path = Path(path)
    ensure_writable_dir(path.parent)
    with translate_errors(path):
        conn = connect(path, key)
        try:
            _configure_and_check(conn, encrypted=key is not None, check=check)
            attach_blobstore(conn, path, key)
            db = Database(conn)
            if migrate:
                from focalpoint.store.migrations import migrations

                migrations.apply(db)
        except BaseException:
            conn.close()
            raise
    logger.debug("opened database %s", path.name)
    return db


BLOBSTORE = "attachments.db"


def attach_blobstore(conn: Connection, path: Path, key: bytes | None) -> None:
    """Attach the attachment store beside ``path`` as ``blobstore`` (keyed like the database;
    see ``store.blobs``), in WAL with ``synchronous=FULL``, its tables created if new."""
    target = str(path.with_name(BLOBSTORE))
    if key is None:
        conn.execute("ATTACH DATABASE ? AS blobstore", [target])
    else:
        from focalpoint.store.keys import sqlcipher_key

        conn.execute(f"ATTACH DATABASE ? AS blobstore KEY {sqlcipher_key(key)}", [target])
    conn.execute("PRAGMA blobstore.journal_mode=WAL")
    conn.execute("PRAGMA blobstore.synchronous=FULL")
    for table in ("blob_pieces", "partial_pieces"):
        conn.execute(
            f"create table if not exists blobstore.{table} (sha256 text not null, "
            "offset integer not null, data blob not null, primary key (sha256, offset)) "
            "without rowid"
        )
    conn.commit()


# What SQLCipher says when a page fails its HMAC: the key is right (the key file proved it), so
# the page was changed on disk.
_DAMAGE = ("sql logic error", "not a database", "malformed", "hmac")


def _configure_and_check(conn: Connection, *, encrypted: bool, check: bool = True) -> None:
    try:
        _configure(conn)
        if check:
            _check_integrity(conn)
    except DATABASE_ERRORS as exc:
        if encrypted and any(word in str(exc).lower() for word in _DAMAGE):
            logger.error("encrypted database unreadable: %s", exc)
            raise DatabaseCorrupt(str(exc), detail=str(exc)) from exc
        raise


def _configure(conn: Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if mode != "wal":
        raise StorageError(f"journal_mode is {mode}, WAL required")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _check_integrity(conn: Connection) -> None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    result = "; ".join(str(r[0]) for r in rows[:5])
    if result != "ok":
        logger.error("quick_check failed: %s", result)
        raise DatabaseCorrupt(f"quick_check: {result}", detail=result)


def ensure_writable_dir(folder: Path) -> None:
    """Create ``folder`` if needed; raises ``DataDirNotWritable`` when it cannot be written."""
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
    except OPERATIONAL_ERRORS as exc:
        text = str(exc).lower()
        if "disk is full" in text or ("disk i/o error" in text and _is_nearly_full(path)):
            raise DiskFull(str(exc)) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise DataDirNotWritable(str(exc), path=where) from exc
        raise StorageError(str(exc), detail=str(exc)) from exc
    except DATABASE_ERRORS as exc:
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
    except SQLITE_ERRORS:
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
