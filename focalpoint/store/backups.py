"""Rotating backups of the laptop database, made and restored through SQLite's backup API.

A backup is never a copy of the live file (its WAL may hold committed pages the file does
not): SQLite's online backup copies a consistent snapshot while the app keeps saving. The
backup is keyed like the database, so an encrypted folder gets encrypted backups. It is
written as ``<name>.partial``, checked with ``quick_check``, flushed, then renamed; only the
newest ``KEEP`` are kept.

Restoring moves the damaged database and its ``-wal``/``-shm`` together into
``damaged/<time>/`` (kept, encrypted as they were, in case someone can rescue more from them)
and copies the backup into a new database file with the same backup API. Records that were
waiting to be sent in the backup are still waiting; the next sync sends them and its digest
check brings back from the server what this laptop had sent since (``sync.engine``).
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from focalpoint.domain.errors import DatabaseCorrupt, NotFound
from focalpoint.store.db import SQLITE_ERRORS, connect, translate_errors

logger = logging.getLogger(__name__)

KEEP = 7
PREFIX, SUFFIX = "focalpoint-", ".db"
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    """One backup file and when it was made (UTC)."""

    path: Path
    made: datetime
    size: int


def list_backups(folder: Path) -> list[Backup]:
    """The finished backups in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}") if folder.is_dir() else ():
        stamp = path.name[len(PREFIX) : -len(SUFFIX)]
        try:
            made = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, made, path.stat().st_size))
    return sorted(found, key=lambda b: b.made, reverse=True)


def make_backup(
    source: object,
    folder: Path,
    key: bytes | None,
    *,
    keep: int = KEEP,
    now: datetime | None = None,
) -> Backup:
    """Back up the open connection ``source`` (the workspace's) into ``folder``.

    Raises ``DiskFull``/``StorageError`` when it cannot be written; a failed backup leaves no
    file behind and the older backups untouched.
    """
    made = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{PREFIX}{made.strftime(_STAMP)}{SUFFIX}"
    partial = final.with_name(final.name + ".partial")
    started = time.perf_counter()
    with translate_errors(folder):
        try:
            target = connect(partial, key)
            try:
                source.backup(target)  # type: ignore[attr-defined]
                _check(target, partial)
            finally:
                target.close()
            _fsync(partial)
            os.replace(partial, final)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    logger.info("backup %s made in %.2f s", final.name, time.perf_counter() - started)
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(final, made, final.stat().st_size)


def check_backup(path: Path, key: bytes | None) -> bool:
    """Whether the backup at ``path`` opens with ``key`` and passes ``quick_check``."""
    try:
        conn = connect(path, key)
        try:
            _check(conn, path)
        finally:
            conn.close()
    except (DatabaseCorrupt, *SQLITE_ERRORS):
        return False
    return True


def newest_good_backup(folder: Path, key: bytes | None) -> Backup | None:
    """The newest backup in ``folder`` that passes ``check_backup``."""
    return next((b for b in list_backups(folder) if check_backup(b.path, key)), None)


def restore(database: Path, backup: Path, key: bytes | None, *, damaged_root: Path) -> Path:
    """Put ``backup`` in place of ``database`` (closed by the caller); the damaged set is moved
    to a new folder under ``damaged_root``, whose path is returned."""
    if not check_backup(backup, key):
        raise NotFound(f"backup {backup.name} unreadable", detail=backup.name)
    aside = damaged_root / datetime.now(UTC).strftime(_STAMP)
    aside.mkdir(parents=True, exist_ok=True)
    with translate_errors(database.parent):
        for suffix in ("", "-wal", "-shm"):  # the set moves together, never one without the other
            part = database.with_name(database.name + suffix)
            if part.exists():
                os.replace(part, aside / part.name)
        source = connect(backup, key)
        try:
            target = connect(database, key)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=WAL")
                _check(target, database)
            finally:
                target.close()
        finally:
            source.close()
    logger.warning("database restored from %s; damaged copy kept in %s", backup.name, aside)
    return aside


def _check(conn: object, path: Path) -> None:
    rows = conn.execute("PRAGMA quick_check").fetchall()  # type: ignore[attr-defined]
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseCorrupt(f"backup {path.name} fails quick_check", detail=str(rows[:3]))


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
