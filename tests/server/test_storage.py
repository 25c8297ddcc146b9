"""The server's storage on its own: migrations, connection settings, the seq counter."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from focalpoint.domain.errors import StorageError
from focalpoint.server import storage
from focalpoint.server.app import create_app
from focalpoint.server.settings import Settings
from focalpoint.server.storage import engine as storage_engine
from tests.server.conftest import ServerDatabase
from tests.server.postgres import Cluster


@pytest.fixture
def engine(tmp_path: Path):
    engine = storage.make_engine(str(tmp_path / "server.db"))
    storage.migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def any_engine(server_db: ServerDatabase):
    """A migrated engine on SQLite, then on PostgreSQL."""
    engine = storage.make_engine(server_db.url)
    storage.migrate(engine)
    yield engine
    engine.dispose()


def test_the_migrations_make_the_tables_the_code_describes(any_engine: sa.Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with any_engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), storage.metadata)
    assert differences == []


def test_migrating_again_changes_nothing(any_engine: sa.Engine) -> None:
    with storage.reading(any_engine) as conn:
        epoch = storage.get_epoch(conn)
    storage.migrate(any_engine)
    with storage.reading(any_engine) as conn:
        assert storage.get_epoch(conn) == epoch
        assert (
            conn.execute(sa.text("select value from meta where key = 'next_seq'")).scalar() == "1"
        )


def test_servers_starting_at_once_migrate_once(server_db: ServerDatabase) -> None:
    engines = [storage.make_engine(server_db.url) for _ in range(4)]
    start, failures = threading.Barrier(len(engines)), []

    def migrate(engine: sa.Engine) -> None:
        start.wait()
        try:
            storage.migrate(engine)
        except sa.exc.SQLAlchemyError as error:
            failures.append(error)

    threads = [threading.Thread(target=migrate, args=(e,), daemon=True) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not any(thread.is_alive() for thread in threads), "a migration is stuck"
    with storage.reading(engines[0]) as conn:
        epochs = conn.execute(sa.text("select count(*) from meta where key = 'server_epoch'"))
        assert epochs.scalar() == 1
    for engine in engines:
        engine.dispose()
    assert failures == []


def test_a_postgresql_url_gets_psycopg_at_read_committed(postgres_cluster: Cluster) -> None:
    name = postgres_cluster.create_database()
    engine = storage.make_engine(postgres_cluster.url(name))  # postgresql://, no driver named
    try:
        with engine.connect() as conn:
            level = conn.exec_driver_sql("SHOW transaction_isolation").scalar()
    finally:
        engine.dispose()
        postgres_cluster.drop_database(name)
    assert (engine.dialect.driver, level) == ("psycopg", "read committed")


def test_every_connection_is_wal_with_full_sync(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        pragmas = [
            conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys")
        ]
    assert pragmas == ["wal", 2, 1]


def _fill_the_log(engine: sa.Engine, megabytes: int) -> None:
    """Write ``megabytes`` of rows in a table of the test's own, one transaction a megabyte,
    through ``writing``."""
    with storage.writing(engine) as conn:
        conn.exec_driver_sql("CREATE TABLE filler (text TEXT NOT NULL)")
    for _ in range(megabytes):
        with storage.writing(engine) as conn:
            conn.exec_driver_sql("INSERT INTO filler VALUES (?)", [("x" * 1000,)] * 1000)


def _database_grows(path: Path, beyond: int, within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if path.stat().st_size > beyond:
            return True
        time.sleep(0.02)
    return False


def test_the_log_is_copied_back_off_the_write_path(tmp_path: Path) -> None:
    """A commit never checkpoints (every writer would wait for it): the checkpointer thread
    does, once the log passes 4 MiB, and the database file then holds the rows."""
    engine = storage.make_engine(str(tmp_path / "server.db"))
    storage.migrate(engine)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        before = (tmp_path / "server.db").stat().st_size
        _fill_the_log(engine, 6)
        assert _database_grows(tmp_path / "server.db", before + 4_000_000, within_s=10)
        assert any(t.name == "focalpoint-checkpoint" for t in threading.enumerate())
    finally:
        engine.dispose()
    assert not any(t.name == "focalpoint-checkpoint" for t in threading.enumerate())


def test_without_the_checkpointer_the_log_only_grows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: with the threshold out of reach, nothing copies the log back (so neither
    do the commits)."""
    monkeypatch.setattr(storage_engine, "CHECKPOINT_WAL_BYTES", 1 << 40)
    engine = storage.make_engine(str(tmp_path / "server.db"))
    storage.migrate(engine)
    try:
        before = (tmp_path / "server.db").stat().st_size
        _fill_the_log(engine, 6)
        assert not _database_grows(tmp_path / "server.db", before + 4_000_000, within_s=1)
        assert (tmp_path / "server.db-wal").stat().st_size > 6_000_000
    finally:
        engine.dispose()


def test_each_database_gets_its_own_epoch(tmp_path: Path, engine: sa.Engine) -> None:
    other = storage.make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    storage.migrate(other)
    with storage.reading(engine) as one, storage.reading(other) as two:
        assert storage.get_epoch(one) != storage.get_epoch(two)
    other.dispose()


def test_an_unmigrated_database_cannot_be_served(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        create_app(Settings(db_url=str(tmp_path / "empty.db")))


def test_a_plain_path_is_an_sqlite_url(tmp_path: Path) -> None:
    assert storage.database_url(str(tmp_path / "s.db")) == f"sqlite:///{tmp_path / 's.db'}"
    assert storage.database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_a_postgresql_url_without_a_driver_uses_psycopg() -> None:
    url = "postgresql://fp:p%40ss@host:5433/db?sslmode=require"
    assert (
        storage.database_url(url) == "postgresql+psycopg://fp:p%40ss@host:5433/db?sslmode=require"
    )
    assert storage.database_url("postgres://host/db") == "postgresql+psycopg://host/db"
    assert storage.database_url("postgresql+pg8000://host/db") == "postgresql+pg8000://host/db"
