"""The server's storage on its own: migrations, connection settings, the seq counter."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from focalpoint.domain.errors import StorageError
from focalpoint.server import storage
from focalpoint.server.app import create_app
from focalpoint.server.settings import Settings


@pytest.fixture
def engine(tmp_path: Path):
    engine = storage.make_engine(str(tmp_path / "server.db"))
    storage.migrate(engine)
    yield engine
    engine.dispose()


def test_the_migrations_make_the_tables_the_code_describes(engine: sa.Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), storage.metadata)
    assert differences == []


def test_migrating_again_changes_nothing(engine: sa.Engine) -> None:
    with storage.reading(engine) as conn:
        epoch = storage.get_epoch(conn)
    storage.migrate(engine)
    with storage.reading(engine) as conn:
        assert storage.get_epoch(conn) == epoch
        assert (
            conn.execute(sa.text("select value from meta where key = 'next_seq'")).scalar() == "1"
        )


def test_every_connection_is_wal_with_full_sync(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        pragmas = [
            conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys")
        ]
    assert pragmas == ["wal", 2, 1]


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
    assert storage.database_url("postgresql://host/db") == "postgresql://host/db"
