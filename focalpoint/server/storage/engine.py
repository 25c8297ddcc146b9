"""Connecting to the server's database, migrating it, and the two kinds of transaction.

SQLite connections are WAL with ``synchronous=FULL``, foreign keys on, a busy timeout, pages
read through ``mmap``, and no checkpoint in a commit: a thread of its own copies the log back
(``_Checkpointer``), outside the write lock.
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
# Pages are read through a memory map: a worker process whose page cache was dropped because
# another process wrote reads them again from the OS's cache without a copy.
MMAP_BYTES = 256 * 1024 * 1024
CHECKPOINT_WAL_BYTES = 4 * 1024 * 1024  # SQLite's own default: 1,000 pages of 4 KiB


class _WriteLock:
    """Writers of one SQLite database, one at a time: threads of this process on a lock,
    processes on ``fcntl.flock`` of ``<database>-writelock`` (where the platform has it)."""

    def __init__(self, url: sa.URL, writer: sa.Engine) -> None:
        self.writer = writer  # the engine whose one connection every write goes through
        database = url.database
        on_disk = bool(database) and database != ":memory:"
        self.checkpointer = _Checkpointer(url) if on_disk else None
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


class _Checkpointer:
    """Copies the write-ahead log back into the database in a thread of its own.

    SQLite does it by itself in the commit that takes the log past 1,000 pages: inside the
    write lock, where every other writer waits for it (a 100-record push fills the log in
    about ten pushes, and its commit then took 10 to 200 ms instead of 2). Connections here
    turn that off (``wal_autocheckpoint=0``); after each write transaction, a log longer than
    ``CHECKPOINT_WAL_BYTES`` wakes this thread, which runs a PASSIVE checkpoint: it copies
    what it can without blocking readers or writers (SQLite's checkpoint lock keeps two
    processes from doing it at once), and the next writer starts the log over. Durability is
    the commit's ``fsync`` of the log (``synchronous=FULL``), not the checkpoint's.
    """

    def __init__(self, url: sa.URL) -> None:
        self._wal = f"{url.database}-wal"
        self._url = url
        self._wake = threading.Event()
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def after_write(self) -> None:
        """Wake the thread (starting it the first time) when the log has grown long."""
        try:
            if os.stat(self._wal).st_size < CHECKPOINT_WAL_BYTES:
                return
        except OSError:
            return
        with self._start_lock:
            if self._stopped:
                return
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="focalpoint-checkpoint", daemon=True
                )
                self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        with self._start_lock:
            self._stopped = True
            thread = self._thread
        self._wake.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(5)

    def _run(self) -> None:
        engine = _sqlite_engine(self._url, pool_size=1)  # its own: never a writer's
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopped:
                    return
                try:
                    with engine.connect() as conn:
                        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").close()
                except sa.exc.SQLAlchemyError:  # busy, or the database went away: next time
                    logger.warning("WAL checkpoint failed", exc_info=True)
        finally:
            engine.dispose()


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
    lock = _WriteLock(url, writer)
    _SQLITE_WRITE_LOCKS[engine] = lock
    sa.event.listen(engine, "engine_disposed", lambda _conn: _dispose_writer(lock))
    return engine


def _dispose_writer(lock: _WriteLock) -> None:
    if lock.checkpointer is not None:
        lock.checkpointer.stop()
    lock.writer.dispose()


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
        cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cursor.execute("PRAGMA wal_autocheckpoint=0")  # _Checkpointer does it, off the lock
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
    if lock is not None and lock.checkpointer is not None:
        lock.checkpointer.after_write()  # after the lock is released


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


_EPOCH = sa.select(meta.c.value).where(meta.c.key == "server_epoch")


def get_epoch(conn: sa.Connection) -> str:
    """The server epoch: a random hex string made at the first migration.

    Raises ``StorageError`` when the database has not been migrated.
    """
    try:
        epoch = conn.execute(_EPOCH).scalar_one_or_none()
    except (sa.exc.OperationalError, sa.exc.ProgrammingError) as error:
        raise StorageError("server database is not migrated") from error
    if epoch is None:
        raise StorageError("server database has no epoch")
    return epoch


def utc_now() -> str:
    """Now, as the ISO-8601 UTC text stored in timestamp columns."""
    return datetime.now(UTC).isoformat(timespec="seconds")
