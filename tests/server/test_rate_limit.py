"""The limit on failed authentications (THREATS test 19): the 21st request in a minute from one
address whose token is absent, unknown or revoked gets 429 ``rate_limited`` with
``Retry-After`` and the protocol's error body, on every endpoint; a device with a valid token
at the same address is served as before; the laptop's client reports it as a refused token at
once, without waiting to retry; with ``serve --workers 2`` each worker counts on its own.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from focalpoint.domain.errors import SyncError
from focalpoint.server import storage
from focalpoint.server.errors import ApiError
from focalpoint.server.ratelimit import AuthFailureLimiter, client_key
from focalpoint.sync.blob_protocol import blob_path
from focalpoint.sync.client import SyncClient
from focalpoint.sync.protocol import (
    DEFINITIONS_PATH,
    PROTOCOL_HEADER,
    PULL_PATH,
    PUSH_PATH,
    ErrorBody,
)
from tests.server.conftest import TIMEOUT_S, Api, LiveServer, new_batch_id, wire_record

Connect = Callable[..., Api]
LIMIT = 20  # failed authentications a minute from one address (Settings.max_auth_failures)
ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 30
SHA = "0" * 64


def _failed_calls(url: str, revoked_token: str) -> Iterator[requests.Response]:
    """Requests whose authentication fails, in turn: no token, a forged one, a revoked one."""
    headers = [{}, {"Authorization": "Bearer forged-0123456789"}]
    headers.append({"Authorization": f"Bearer {revoked_token}"})
    n = 0
    while True:
        yield requests.get(url + PULL_PATH, headers=headers[n % 3], timeout=TIMEOUT_S)
        n += 1


def _revoked(live_server: LiveServer) -> str:
    token = live_server.add_device("pf-gao-old")
    storage.revoke_device(live_server.engine, "pf-gao-old")
    return token


def _use_up_the_limit(live_server: LiveServer) -> None:
    calls = _failed_calls(live_server.url, _revoked(live_server))
    statuses = [next(calls).status_code for _ in range(LIMIT)]
    assert set(statuses) <= {401, 403}, statuses


def test_the_21st_failed_authentication_in_a_minute_gets_a_429(live_server: LiveServer) -> None:
    calls = _failed_calls(live_server.url, _revoked(live_server))
    answers = [next(calls) for _ in range(LIMIT + 3)]
    assert [a.status_code for a in answers[:LIMIT]] == [401, 401, 403] * 6 + [401, 401]
    for answer in answers[LIMIT:]:  # whichever way the token fails
        assert answer.status_code == 429
        body = ErrorBody.model_validate(answer.json())
        assert body.code == "rate_limited"
        wait = int(answer.headers["Retry-After"])
        assert 1 <= wait <= 60
        assert body.details == {"retry_after": wait}
        assert answer.headers[PROTOCOL_HEADER] == "1"


def test_every_endpoint_answers_429_past_the_limit(live_server: LiveServer) -> None:
    _use_up_the_limit(live_server)
    forged = {"Authorization": "Bearer forged-0123456789"}
    batch = {"batch_id": new_batch_id(), "records": [wire_record()]}
    answers = {
        "push": requests.post(live_server.url + PUSH_PATH, json=batch, headers=forged, timeout=30),
        "pull": requests.get(live_server.url + PULL_PATH, headers=forged, timeout=30),
        "ping": requests.get(live_server.url + "/api/v1/ping", timeout=30),
        "definitions": requests.get(live_server.url + DEFINITIONS_PATH, timeout=30),
        "blob put": requests.put(live_server.url + blob_path(SHA), data=b"x", timeout=30),
        "blob head": requests.head(live_server.url + blob_path(SHA), timeout=30),
        "blob get": requests.get(live_server.url + blob_path(SHA), timeout=30),
    }
    assert {name: a.status_code for name, a in answers.items()} == dict.fromkeys(answers, 429)


def test_a_valid_device_at_the_same_address_is_not_affected(
    connect: Connect, live_server: LiveServer
) -> None:
    gao = connect("gao-1")
    _use_up_the_limit(live_server)
    assert requests.get(live_server.url + PULL_PATH, timeout=30).status_code == 429
    record = wire_record()
    assert gao.push([record])["acked"] == 1
    assert [r["id"] for r in gao.pull(include_own="true")["records"]] == [record["id"]]
    ping = gao.session.get(gao.url + "/api/v1/ping", timeout=TIMEOUT_S)
    assert ping.status_code == 200


def test_each_address_is_counted_apart(live_server: LiveServer) -> None:
    """Behind a reverse proxy on the same host, uvicorn takes the client's address from
    ``X-Forwarded-For`` (trusted from 127.0.0.1 only): each proxied client has its own count."""
    _use_up_the_limit(live_server)
    url = live_server.url + PULL_PATH
    assert requests.get(url, timeout=30).status_code == 429
    elsewhere = {"X-Forwarded-For": "203.0.113.7"}
    assert requests.get(url, headers=elsewhere, timeout=30).status_code == 401


def test_the_client_reports_a_429_as_a_refused_token_at_once(live_server: LiveServer) -> None:
    _use_up_the_limit(live_server)
    client = SyncClient(live_server.url, "forged-0123456789", retries=4, backoff=30)
    started = time.monotonic()
    try:
        with pytest.raises(SyncError) as caught:
            client.ping()
    finally:
        client.close()
    assert (caught.value.kind, caught.value.params["code_detail"]) == ("auth", "rate_limited")
    assert time.monotonic() - started < 30  # not retried (a retry would wait Retry-After)


def test_a_failure_leaves_the_count_after_the_window() -> None:
    limiter = AuthFailureLimiter(3, window_s=1)
    for _ in range(3):
        limiter.count_failure("192.0.2.1")
    with pytest.raises(ApiError) as caught:
        limiter.count_failure("192.0.2.1")
    assert (caught.value.status, caught.value.headers) == (429, {"Retry-After": "1"})
    limiter.count_failure("192.0.2.2")  # another address has its own count
    time.sleep(1.1)
    limiter.count_failure("192.0.2.1")


@pytest.mark.parametrize(
    ("host", "key"),
    [
        ("192.0.2.1", "192.0.2.1"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64"),  # same subscriber, same count
        ("::ffff:192.0.2.1", "192.0.2.1"),
        ("testclient", "testclient"),
        (None, "unknown"),
    ],
)
def test_the_count_key_of_an_address(host: str | None, key: str) -> None:
    assert client_key(host) == key


def test_each_worker_process_counts_on_its_own(tmp_path: Path) -> None:
    """``serve --workers 2``: the limit is per process, so an address gets 429 after between
    20 and 40 failures (the kernel gives each connection to one worker), and a valid token is
    still served by both."""
    db = tmp_path / "server.db"
    engine = storage.make_engine(str(db))
    storage.migrate(engine)
    _device, token = storage.add_device(engine, "pf-gao", "focal_point", ["gao"])
    engine.dispose()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "focalpoint", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", "2"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        failures = 0  # every request below without a token fails, the start-up probes too
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                requests.get(f"{url}/api/v1/ping", timeout=1)
                failures += 1
                break
            except requests.ConnectionError:
                assert server.poll() is None, "serve --workers 2 stopped"
                assert time.monotonic() < deadline, "serve --workers 2 did not start"
                time.sleep(0.1)
        while requests.get(f"{url}/api/v1/ping", timeout=TIMEOUT_S).status_code != 429:
            failures += 1
            assert failures <= 2 * LIMIT
        assert failures >= LIMIT
        authorised = {"Authorization": f"Bearer {token}"}
        for _ in range(10):  # new connections: both workers are asked
            answer = requests.get(f"{url}/api/v1/ping", headers=authorised, timeout=TIMEOUT_S)
            assert answer.status_code == 200
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(30)
