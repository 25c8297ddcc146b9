"""``focalpoint serve --workers 2``: two processes writing one SQLite database.

Writers queue on a file lock beside the database (engine.py): pushes from several laptops at
once, spread over both processes, all commit, each record once, with seqs that have no gap and
no duplicate, and the database passes its integrity check.
"""

from __future__ import annotations

import os
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

from focalpoint.server import storage
from focalpoint.sync.client import SyncClient
from focalpoint.sync.protocol import PushRequest, WireRecord

ROOT = Path(__file__).resolve().parents[2]
LAPTOPS, BATCHES, PER_BATCH = 6, 5, 40
START_TIMEOUT_S = 30


def _record() -> WireRecord:
    return WireRecord(
        id=str(uuid.uuid4()),
        form_id="incident",
        form_version=1,
        region="gao",
        status="final",
        data={"titre": "Attaque", "morts": 1},
    )


def test_two_worker_processes_share_one_sqlite_database(tmp_path: Path) -> None:
    db = tmp_path / "server.db"
    engine = storage.make_engine(str(db))
    storage.migrate(engine)
    tokens = [
        storage.add_device(engine, f"gao-{n}", "focal_point", ["gao"])[1] for n in range(LAPTOPS)
    ]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "focalpoint", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", "2"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                requests.get(f"{url}/api/v1/ping", timeout=1)
                break
            except requests.ConnectionError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"serve --workers 2 did not start: {server.stderr.read()!r}")
                time.sleep(0.1)
        acked, failures = [], []

        def laptop(token: str) -> None:
            client = SyncClient(url, token, retries=0)
            try:
                for _ in range(BATCHES):
                    batch = [_record() for _ in range(PER_BATCH)]
                    request = PushRequest(batch_id=uuid.uuid4().hex, records=batch)
                    answer = client.push(request)
                    if answer.acked != PER_BATCH:
                        failures.append(answer)
                    acked.extend(r.id for r in batch)
            except Exception as error:  # noqa: BLE001 - every failure is reported below
                failures.append(error)
            finally:
                client.close()

        threads = [threading.Thread(target=laptop, args=(t,)) for t in tokens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert failures == []
        assert len(acked) == LAPTOPS * BATCHES * PER_BATCH
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(30)
    with storage.reading(engine) as conn:
        seqs = [row[0] for row in conn.execute(sa.text("select seq from records order by seq"))]
        ids = {row[0] for row in conn.execute(sa.text("select id from records"))}
        check = conn.execute(sa.text("pragma integrity_check")).scalar_one()
    engine.dispose()
    assert ids == set(acked)
    assert seqs == list(range(1, len(acked) + 1))  # no gap, no duplicate
    assert check == "ok"
