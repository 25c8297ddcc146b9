"""A real secretariat server for tests: uvicorn in a thread on 127.0.0.1, its own database.

Modelled on encode/httpx's tests/conftest.py: the server runs on a socket bound to port 0,
the fixture waits until it has started and stops it with ``should_exit`` and a join. Tests
talk to it with ``requests``, as the laptop does, never through an in-process client.

``live_server`` runs every test twice: on an SQLite file and on a fresh database of a
throw-away PostgreSQL cluster (``tests/server/postgres.py``, one per session); the PostgreSQL
runs skip, with the reason, where that cluster cannot start.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
import uvicorn

from focalpoint.server import storage
from focalpoint.server.app import create_app
from focalpoint.server.listener import tcp_listener
from focalpoint.server.settings import Settings
from focalpoint.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, PULL_PATH, PUSH_PATH
from tests.server import postgres

BACKENDS = ("sqlite", "postgresql")
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
START_TIMEOUT_S = 10.0
TIMEOUT_S = 30  # every request of the tests has one


@dataclass
class LiveServer:
    """The running server: its base URL, its database (an SQLAlchemy URL naming its driver, on
    ``db_backend``: "sqlite" or "postgresql") and an engine on it."""

    url: str
    db_url: str
    engine: sa.Engine
    db_backend: str
    stored_bytes: Callable[[], bytes]  # the SQLite files (WAL included), or a pg_dump
    app: Any  # the FastAPI app being served (its ``state`` holds the engine, the limiter)

    def add_device(self, name: str, role: str = "focal_point", regions: Any = ("gao",)) -> str:
        """Enrol a device and return its token."""
        _device, token = storage.add_device(self.engine, name, role, list(regions))
        return token


@pytest.fixture(autouse=True)
def clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy settings from the environment reach ``requests`` (traffic stays on loopback)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[postgres.Cluster]:
    """The session's throw-away PostgreSQL cluster (skips, with the reason, if it cannot start)."""
    cluster, reason = postgres.shared_cluster()
    if cluster is None:
        pytest.skip(reason)
    yield cluster
    postgres.stop_shared()


@dataclass
class ServerDatabase:
    """A fresh, empty database for a server: its URL, its backend, and a way to read it raw."""

    url: str
    backend: str  # "sqlite" or "postgresql"
    stored_bytes: Callable[[], bytes]  # the SQLite files (WAL included), or a pg_dump


@pytest.fixture(params=BACKENDS)
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerDatabase]:
    """An SQLite file in ``tmp_path``, or a new database of the session's PostgreSQL cluster
    (named by a plain ``postgresql://`` URL, as an operator would pass it to ``--db``)."""
    if request.param == "sqlite":

        def read_files() -> bytes:
            return b"".join(path.read_bytes() for path in sorted(tmp_path.glob("server.db*")))

        yield ServerDatabase(f"sqlite:///{tmp_path / 'server.db'}", "sqlite", read_files)
        return
    cluster: postgres.Cluster = request.getfixturevalue("postgres_cluster")
    name = cluster.create_database()
    try:
        yield ServerDatabase(cluster.url(name), "postgresql", lambda: cluster.dump(name))
    finally:
        cluster.drop_database(name)


@pytest.fixture
def live_server(server_db: ServerDatabase) -> Iterator[LiveServer]:
    """``server_db``, migrated and served by ``create_app`` on 127.0.0.1 (so every test using
    it runs on SQLite and on PostgreSQL)."""
    db_url = server_db.url
    engine = storage.make_engine(db_url)
    try:
        storage.migrate(engine)
        app = create_app(Settings(db_url=db_url))
    except BaseException:
        engine.dispose()
        raise
    try:
        with serving(app) as address:
            yield LiveServer(
                url=f"http://{address}",
                db_url=storage.database_url(db_url),  # with its driver, for sa.create_engine
                engine=engine,
                db_backend=server_db.backend,
                stored_bytes=server_db.stored_bytes,
                app=app,
            )
    finally:
        engine.dispose()


@contextmanager
def serving(app: Any, **options: Any) -> Iterator[str]:
    """``app`` served by uvicorn in a thread on 127.0.0.1, port 0; yields ``host:port`` and
    stops the server on exit. ``options`` are more of uvicorn's ``Config`` (``ssl_certfile``…).
    """
    sock = tcp_listener("127.0.0.1", 0)  # TCP_NODELAY on each connection, as `serve` has
    config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="on", **options)
    server = _Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started:
            assert thread.is_alive(), "the server thread died while starting"
            assert time.monotonic() < deadline, "the server did not start in time"
            time.sleep(0.005)
        host, port = sock.getsockname()
        yield f"{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT_S)
        sock.close()


class _Server(uvicorn.Server):
    """uvicorn's server, noticing ``should_exit`` within 10 ms rather than 100 ms: every test
    using ``live_server`` stops one, on each backend."""

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864_000
            await asyncio.sleep(0.01)


class Api:
    """One device talking to the live server through ``requests``, as a laptop would."""

    def __init__(self, url: str, token: str | None) -> None:
        self.url = url
        self.session = requests.Session()
        self.session.headers[PROTOCOL_HEADER] = PROTOCOL_VERSION
        if token is not None:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def push(self, records: list[dict[str, Any]], batch_id: str | None = None) -> Any:
        """Push ``records``; the JSON answer (the status must be 200), its ``acks`` completed
        as a laptop reads them: every record not listed, in conflict or refused was taken at
        ``base_version + 1`` (its ``seq`` is not sent: None)."""
        response = self.push_raw({"batch_id": batch_id or new_batch_id(), "records": records})
        assert response.status_code == 200, response.text
        answer = response.json()
        named = {a["id"] for a in [*answer["acks"], *answer["conflicts"], *answer["rejected"]]}
        implicit = [
            {"id": r["id"], "version": (r.get("base_version") or 0) + 1, "seq": None}
            for r in records
            if r["id"] not in named
        ]
        assert len(implicit) == answer["acked"], answer
        return {**answer, "acks": answer["acks"] + implicit}

    def push_raw(self, body: Any, **kwargs: Any) -> requests.Response:
        return self.session.post(self.url + PUSH_PATH, json=body, timeout=TIMEOUT_S, **kwargs)

    def pull(self, since: int = 0, limit: int | None = None, **params: Any) -> Any:
        """One pull page (the status must be 200)."""
        query = {"since": since, **params}
        if limit is not None:
            query["limit"] = limit
        response = self.session.get(self.url + PULL_PATH, params=query, timeout=TIMEOUT_S)
        assert response.status_code == 200, response.text
        return response.json()

    def pull_all(self, since: int = 0, limit: int = 100) -> tuple[list[Any], list[Any], int]:
        """Every change after ``since``, page by page: (records, conflicts, final cursor)."""
        found_records: list[Any] = []
        found_conflicts: list[Any] = []
        for _page in range(10_000):
            page = self.pull(since, limit)
            found_records += page["records"]
            found_conflicts += page["conflicts"]
            assert page["next_since"] >= since
            since = page["next_since"]
            if not page["more"]:
                return found_records, found_conflicts, since
        raise AssertionError("pull never finished")

    def close(self) -> None:
        self.session.close()


@pytest.fixture
def connect(live_server: LiveServer) -> Iterator[Callable[..., Api]]:
    """``connect(name, role="focal_point", regions=("gao",))`` enrols a device → its ``Api``."""
    made: list[Api] = []

    def make(name: str, role: str = "focal_point", regions: Any = ("gao",)) -> Api:
        api = Api(live_server.url, live_server.add_device(name, role, regions))
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


def new_batch_id() -> str:
    return uuid.uuid4().hex


def wire_record(region: str = "gao", **overrides: Any) -> dict[str, Any]:
    """A record as a laptop pushes it (a new incident in ``region`` unless overridden)."""
    record: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "form_id": "incident",
        "form_version": 1,
        "region": region,
        "status": "final",
        "data": {"titre": "Attaque d'un poste de contrôle", "morts": 3, "lieu": {"region": region}},
        "deleted": False,
        "base_version": None,
        "author": "pf-gao",
        "created_at": "2023-05-26T14:30:00Z",
        "updated_at": "2023-05-26T14:30:00Z",
    }
    record.update(overrides)
    return record
