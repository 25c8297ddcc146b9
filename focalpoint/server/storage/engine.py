"""Connecting to the server's database, migrating it, and the two kinds of transaction.

SQLite connections are WAL with ``synchronous=FULL``, foreign keys on and a busy timeout.
SQLAlchemy, not the ``sqlite3`` module, emits ``BEGIN`` (SQLAlchemy's documented recipe), so a
write transaction can be ``BEGIN IMMEDIATE``: it takes SQLite's write lock before it reads the
sequence counter, which keeps seqs assigned and committed in the same order. On PostgreSQL the
same guarantee comes from ``SELECT … FOR UPDATE`` on the counter row (see ``push.py``).

PostgreSQL (``postgresql://…``, driven by psycopg 3) runs at READ COMMITTED, so a push that
waited for the counter lock reads the rows the previous push committed. Its pool holds as many
connections as the thread pool that runs the server's routes has threads, and no more.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: SQLite's busy timeout alone
    fcntl = None  # type: ignore[assignment]

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.domain.errors import StorageError
from focalpoint.server.storage.schema import meta

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
_WRITE = "focalpoint_write"  # execution option: this transaction writes (BEGIN IMMEDIATE)
POSTGRESQL_DRIVER = "postgresql+psycopg"
_POSTGRESQL_NAMES = ("postgresql", "postgres")  # a URL naming no driver gets psycopg 3
# Starlette runs the sync routes in AnyIO's thread pool (40 threads unless configured), and a
# request holds at most one connection at a time: the pool keeps up to 40 open, never more.
THREAD_POOL_SIZE = 40
MIGRATE_ATTEMPTS = 5


class _WriteLock:
    """Writers of one SQLite database, one at a time: threads of this process on a lock,
    processes on ``fcntl.flock`` of ``<database>-writelock`` (where the platform has it)."""

    def __init__(self, database: str | None, writer: sa.Engine) -> None:
        self.writer = writer  # the engine whose one connection every write goes through
        self._thread_lock = threading.Lock()
        self._path = f"{database}-writelock" if database and database != ":memory:" else ""
        self._fd: int | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._thread_lock:
            fd = self._file()
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fd is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)

    def _file(self) -> int | None:
        if fcntl is None or not self._path:
            return None
        if self._fd is None:
            try:
                self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
                weakref.finalize(self, os.close, self._fd)
            except OSError:  # e.g. a read-only folder: SQLite's busy timeout still applies
                logger.warning("no write lock file beside the database")
                self._path = ""
                return None
        return self._fd


_SQLITE_WRITE_LOCKS: weakref.WeakKeyDictionary[sa.Engine, _WriteLock] = weakref.WeakKeyDictionary()
MIGRATION_LOCK = 0x666F63616C  # pg_advisory_xact_lock key: one server migrates at a time


def database_url(db_url: str) -> str:
    """``db_url`` as an SQLAlchemy URL: a plain path becomes ``sqlite:///PATH``, and a
    ``postgresql://`` (or ``postgres://``) URL naming no driver uses psycopg 3."""
    if "://" not in db_url:
        return f"sqlite:///{Path(db_url).expanduser().resolve()}"
    url = sa.make_url(db_url)
    if url.drivername in _POSTGRESQL_NAMES:
        return url.set(drivername=POSTGRESQL_DRIVER).render_as_string(hide_password=False)
    return db_url


def make_engine(db_url: str) -> sa.Engine:
    """An engine for ``db_url`` (a URL or a plain SQLite path, whose folder is created).

    Nothing is connected yet; call ``migrate`` before the first use.
    """
    url = sa.make_url(database_url(db_url))
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(
            url,
            pool_pre_ping=True,
            pool_size=THREAD_POOL_SIZE,  # kept open: a new PostgreSQL connection is a new
            max_overflow=0,  # server process, too slow to open under load
            isolation_level="READ COMMITTED",
        )
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = _sqlite_engine(url, pool_size=THREAD_POOL_SIZE)
    # Writes go one at a time through one connection of their own, whose page cache stays warm:
    # on a different pooled connection each time, inserting 100 records read their B-tree pages
    # again and took 11 ms, not 1.
    writer = _sqlite_engine(url, pool_size=1)
    _SQLITE_WRITE_LOCKS[engine] = _WriteLock(url.database, writer)
    sa.event.listen(engine, "engine_disposed", lambda _conn: writer.dispose())
    return engine


def _sqlite_engine(url: sa.URL, *, pool_size: int) -> sa.Engine:
    """An SQLite engine keeping ``pool_size`` connections (one a request thread: opening one,
    with its PRAGMAs, under load took CPU from the writer holding the lock)."""
    engine = sa.create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        pool_size=pool_size,
        max_overflow=0,
    )
    sa.event.listen(engine, "connect", _configure_sqlite)
    sa.event.listen(engine, "begin", _begin_sqlite)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (_begin_sqlite)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _begin_sqlite(conn: sa.Connection) -> None:
    is_write = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if is_write else "BEGIN")


@contextmanager
def writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One write transaction: committed when the block ends, rolled back if it raises.

    On SQLite, writers queue on a lock of their own before ``BEGIN IMMEDIATE`` (a thread lock,
    then an advisory lock on a file beside the database, shared by ``serve --workers``
    processes): SQLite's busy handler makes a waiting writer sleep and poll, up to 100 ms a
    time, so writers arriving together slept on a database that was free. They then write
    through one connection kept for writing, whose page cache stays warm.
    """
    lock = _SQLITE_WRITE_LOCKS.get(engine)
    with ExitStack() as stack:
        if lock is None:
            conn = stack.enter_context(engine.connect())
        else:  # one writer at a time, through the one warm connection kept for writing
            stack.enter_context(lock.held())
            conn = stack.enter_context(lock.writer.connect())
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One read transaction: every statement in it sees the same committed state on SQLite;
    on PostgreSQL (READ COMMITTED) each statement sees what was committed when it started."""
    with engine.connect() as conn, conn.begin():
        yield conn


def migrate(engine: sa.Engine) -> None:
    """Bring the database's schema to the newest migration (Alembic ``upgrade head``).

    Runs in one write transaction, so two servers starting at once do not both migrate (on
    PostgreSQL the transaction first takes an advisory lock, the second server waits on it).
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    for attempt in range(1, MIGRATE_ATTEMPTS + 1):
        try:
            with writing(engine) as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(sa.select(sa.func.pg_advisory_xact_lock(MIGRATION_LOCK)))
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
            break
        except sa.exc.OperationalError as error:
            # SQLite answers "database is locked" at once, without waiting, to a connection
            # switching a brand-new file to WAL while another does the same: try again.
            if "locked" not in str(error) or attempt == MIGRATE_ATTEMPTS:
                raise
            logger.warning("database locked while migrating (attempt %d): retrying", attempt)
            time.sleep(0.2 * attempt)
    logger.info("server database migrated")


def get_epoch(conn: sa.Connection) -> str:
    """The server epoch: a random hex string made at the first migration.

    Raises ``StorageError`` when the database has not been migrated.
    """
    try:
        value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "server_epoch"))
        epoch = value.scalar_one_or_none()
    except (sa.exc.OperationalError, sa.exc.ProgrammingError) as error:
        raise StorageError("server database is not migrated") from error
    if epoch is None:
        raise StorageError("server database has no epoch")
    return epoch


def utc_now() -> str:
    """Now, as the ISO-8601 UTC text stored in timestamp columns."""
    return datetime.now(UTC).isoformat(timespec="seconds")
