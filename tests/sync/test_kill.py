"""Kill -9 in the middle of a sync, as real processes, then resume (DESIGN §5 case 5).

The laptop's ``focalpoint sync`` runs as a child process and is killed at random moments while
it pushes, then while another laptop pulls; the server (``focalpoint serve``) is killed while a
laptop pushes and started again. After each, syncing again must converge: every record on the
server exactly once, each laptop holding every record once, nothing waiting.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from focalpoint import services
from focalpoint.domain.errors import SyncError
from focalpoint.server import storage
from focalpoint.store import records, sync_state
from focalpoint.store.datadir import DataDir
from focalpoint.store.records import RecordWrite
from focalpoint.sync.client import SyncClient
from focalpoint.sync.engine import run_sync
from tests.conftest import incident_data

RECORDS = 2500
KILLS = 5
CHILD_TIMEOUT_S = 120
START_TIMEOUT_S = 30
ROOT = Path(__file__).resolve().parents[2]


def _fill(ws: services.Workspace, count: int) -> set[str]:
    checked = services.check_record(ws, ws.forms["incident"], incident_data())
    writes = [
        RecordWrite(
            id=str(uuid.uuid4()),
            form_id="incident",
            form_version=ws.forms["incident"].version,
            region=checked.region,
            status="final",
            data={**checked.data, "titre": f"Incident {n}"},
            author="test",
            title=f"Incident {n}",
            record_date=checked.record_date,
        )
        for n in range(count)
    ]
    records.insert_records(ws.db, writes, now=services.now_utc())
    return {w.id for w in writes}


def _laptop(root: Path, name: str, url: str, token: str, count: int = 0) -> tuple[Path, set[str]]:
    folder = root / name
    ws = services.open_workspace(DataDir(folder))
    try:
        services.enroll(ws, url, token)
        return folder, _fill(ws, count) if count else set()
    finally:
        ws.close()


def _sync_child(folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "focalpoint", "--data-dir", str(folder), "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _server_count(engine: sa.Engine) -> int:
    with storage.reading(engine) as conn:
        return conn.execute(sa.text("select count(*) from records")).scalar_one()


def _kill_children_at_random(folder: Path, progress, rng: random.Random) -> list[int]:
    """Start ``sync`` KILLS times and kill it once ``progress()`` (records on the server, or on
    the laptop) has passed a random point; returns ``progress()`` after each kill, to show the
    kills landed mid-transfer."""
    seen = []
    for _ in range(KILLS):
        start = progress()
        target = rng.randint(start + 1, max(start + 1, RECORDS - 1))
        child = _sync_child(folder)
        deadline = time.monotonic() + CHILD_TIMEOUT_S
        while child.poll() is None and progress() < target and time.monotonic() < deadline:
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        child.wait(CHILD_TIMEOUT_S)
        seen.append(progress())
    return seen


def _finish(folder: Path) -> int:
    child = _sync_child(folder)
    return child.wait(CHILD_TIMEOUT_S)


def _local(folder: Path) -> tuple[list[str], int, str]:
    ws = services.open_workspace(DataDir(folder))
    try:
        ids = [row[0] for row in ws.db.execute("select id from records where deleted = 0")]
        return ids, records.count_dirty(ws.db), sync_state.get_value(ws.db, sync_state.CURSOR)
    finally:
        ws.close()


def test_a_laptop_killed_mid_push_and_mid_pull_resumes_without_loss_or_duplicate(
    live_server, tmp_path
) -> None:
    if live_server.db_url.startswith("postgresql"):
        pytest.skip("one backend is enough for process kills: the server side is tested below")
    rng = random.Random(7)
    writer, sent = _laptop(
        tmp_path, "gao-1", live_server.url, live_server.add_device("gao-1"), RECORDS
    )
    reader, _ = _laptop(tmp_path, "gao-2", live_server.url, live_server.add_device("gao-2"))

    during_push = _kill_children_at_random(writer, lambda: _server_count(live_server.engine), rng)
    assert _finish(writer) == 0
    ids, dirty, _ = _local(writer)
    assert (sorted(ids), dirty) == (sorted(sent), 0)
    assert _server_count(live_server.engine) == RECORDS  # exactly once each
    assert any(0 < n < RECORDS for n in during_push), f"no kill landed mid-push: {during_push}"

    during_pull = _kill_children_at_random(reader, lambda: len(_local(reader)[0]), rng)
    assert _finish(reader) == 0
    ids, dirty, _ = _local(reader)
    assert len(ids) == RECORDS  # every record once...
    assert set(ids) == sent  # ...nothing skipped
    assert dirty == 0
    assert any(0 < n < RECORDS for n in during_pull), f"no kill landed mid-pull: {during_pull}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "focalpoint", "serve", "--db", str(db), "--port", str(port)]
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/api/v1/ping", timeout=1)
            return child
        except requests.ConnectionError:
            time.sleep(0.1)
    child.kill()
    pytest.fail("the server did not start")


def _kill_when(
    server: subprocess.Popen[bytes], engine: sa.Engine, target: int, stop: threading.Event
) -> None:
    """Kill ``server`` once it holds ``target`` records (or when the sync has ended)."""
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    while server.poll() is None and not stop.is_set() and time.monotonic() < deadline:
        if _server_count(engine) >= target:
            break
        time.sleep(0.005)
    server.send_signal(signal.SIGKILL)


def test_the_server_killed_mid_push_loses_nothing_and_duplicates_nothing(tmp_path) -> None:
    db, port = tmp_path / "server.db", _free_port()
    engine = storage.make_engine(str(db))
    storage.migrate(engine)
    _device, token = storage.add_device(engine, "gao-1", "focal_point", ["gao"])
    url = f"http://127.0.0.1:{port}"
    server = _start_server(db, port)  # enrolment checks the token with the server
    try:
        folder, sent = _laptop(tmp_path, "gao-1", url, token, RECORDS)
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait(CHILD_TIMEOUT_S)
    ws = services.open_workspace(DataDir(folder))
    client = SyncClient(url, token, retries=0)
    rng = random.Random(11)
    counts, failures = [], []
    try:
        for _ in range(3):
            server = _start_server(db, port)
            start = _server_count(engine)
            target = rng.randint(start + 1, max(start + 1, RECORDS - 1))
            stop = threading.Event()
            killer = threading.Thread(target=_kill_when, args=(server, engine, target, stop))
            killer.start()
            try:
                run_sync(ws.db, client)
            except SyncError as error:  # the kill lands at any point of the push
                failures.append(error.kind)
            stop.set()
            killer.join(CHILD_TIMEOUT_S)
            server.send_signal(signal.SIGKILL)  # if the sync ended before the target
            server.wait(CHILD_TIMEOUT_S)
            counts.append(_server_count(engine))
            with pytest.raises(SyncError):  # no server: a clear failure, nothing else
                run_sync(ws.db, client)
        server = _start_server(db, port)
        try:
            report = run_sync(ws.db, client)
        finally:
            server.send_signal(signal.SIGKILL)
            server.wait(CHILD_TIMEOUT_S)
        assert records.count_dirty(ws.db) == 0
        assert _server_count(engine) == RECORDS
        with storage.reading(engine) as conn:
            ids = {row[0] for row in conn.execute(sa.text("select id from records"))}
            check = conn.execute(sa.text("pragma integrity_check")).scalar_one()
        assert ids == sent
        assert check == "ok"
        assert report.requests >= 1
        assert any(0 < n < RECORDS for n in counts), f"no kill mid-push: {counts} {failures}"
        assert set(failures) == {"network"}  # each kill is a network failure to the laptop
    finally:
        client.close()
        ws.close()
        engine.dispose()
