"""Device tokens (THREATS test 18): at least 128 bits from the system's CSPRNG, stored only as
SHA-256 digests (an SQLite ``iterdump`` of the server database holds no raw token, and neither
do the server's logs), and a revocation refuses the token on every endpoint within 1 s, on the
connection the laptop already had open.

``test_auth.py`` has the first checks (token length, the raw database files and a pg_dump hold
no token, the next pull/push/ping refused); these go further.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import secrets
import sqlite3
import time
from collections.abc import Callable

import pytest
import requests
import sqlalchemy as sa

from focalpoint.server import admin
from focalpoint.server.storage import devices
from focalpoint.sync.blob_protocol import blob_path
from focalpoint.sync.protocol import DEFINITIONS_PATH, PULL_PATH, PUSH_PATH
from tests.server.conftest import TIMEOUT_S, Api, LiveServer, new_batch_id, wire_record

Connect = Callable[..., Api]
FILE = b"photo of the checkpoint"
FILE_SHA = hashlib.sha256(FILE).hexdigest()


def test_tokens_come_from_the_csprng_with_at_least_128_bits(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    csprng = secrets.token_urlsafe

    def token_urlsafe(nbytes: int) -> str:
        asked.append(nbytes)
        return csprng(nbytes)

    monkeypatch.setattr(devices.secrets, "token_urlsafe", token_urlsafe)
    tokens = [live_server.add_device(f"gao-{n}") for n in range(200)]
    assert set(asked) == {asked[0]}  # a token starting with "-" is drawn again (new_token)
    assert len(asked) >= 200
    assert asked[0] * 8 >= 128
    raw = [base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)) for token in tokens]
    assert {len(value) for value in raw} == {asked[0]}  # the token is those bytes, nothing else
    assert len(set(tokens)) == 200
    ones = sum(bin(byte).count("1") for value in raw for byte in value)
    assert abs(ones / (len(raw) * asked[0] * 8) - 0.5) < 0.02  # unbiased bits (σ ≈ 0.0016)


@pytest.mark.parametrize("server_db", ["sqlite"], indirect=True)  # iterdump is SQLite's
def test_the_database_dump_holds_only_digests_of_tokens(
    connect: Connect, live_server: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    tokens = {}
    with caplog.at_level(logging.DEBUG):
        for name, role in (("pf-gao", "focal_point"), ("bamako", "secretariat")):
            api = connect(name, role)
            tokens[name] = api.session.headers["Authorization"].removeprefix("Bearer ")
            api.push([wire_record()])
            api.pull()
        admin.revoke_device(live_server.db_url, "pf-gao")
        Api(live_server.url, tokens["pf-gao"]).session.get(live_server.url + PULL_PATH, timeout=30)
    path = sa.engine.make_url(live_server.db_url).database
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dump = "\n".join(conn.iterdump())
        stored = [row[0] for row in conn.execute("select token_hash from devices order by name")]
    finally:
        conn.close()
    for token in tokens.values():
        assert token not in dump
        assert token not in caplog.text
        assert hashlib.sha256(token.encode()).hexdigest() in dump
    digests = sorted(hashlib.sha256(t.encode()).hexdigest() for t in tokens.values())
    assert sorted(stored) == digests
    assert all(re.fullmatch(r"[0-9a-f]{64}", value) for value in stored)


def _calls(api: Api) -> dict[str, Callable[[], requests.Response]]:
    """One call of each endpoint with ``api``'s session (its connection kept alive)."""
    url, session = api.url, api.session
    chunk = {"Content-Range": f"bytes 0-{len(FILE) - 1}/{len(FILE)}"}
    batch = {"batch_id": new_batch_id(), "records": [wire_record()]}
    return {
        "push": lambda: session.post(url + PUSH_PATH, json=batch, timeout=TIMEOUT_S),
        "pull": lambda: session.get(url + PULL_PATH, timeout=TIMEOUT_S),
        "ping": lambda: session.get(url + "/api/v1/ping", timeout=TIMEOUT_S),
        "definitions": lambda: session.get(url + DEFINITIONS_PATH, timeout=TIMEOUT_S),
        "blob put": lambda: session.put(
            url + blob_path(FILE_SHA), data=FILE, headers=chunk, timeout=TIMEOUT_S
        ),
        "blob head": lambda: session.head(url + blob_path(FILE_SHA), timeout=TIMEOUT_S),
        "blob get": lambda: session.get(url + blob_path(FILE_SHA), timeout=TIMEOUT_S),
    }


def test_a_revocation_refuses_the_token_everywhere_within_a_second(
    connect: Connect, live_server: LiveServer
) -> None:
    gao = connect("pf-gao")
    calls = _calls(gao)
    record = wire_record()
    record["data"]["pieces_jointes"] = [{"sha256": FILE_SHA, "name": "p.jpg", "size": len(FILE)}]
    assert calls["blob put"]().status_code == 200
    gao.push([record])
    before = {name: call().status_code for name, call in calls.items()}
    assert before == dict.fromkeys(calls, 200)
    admin.revoke_device(live_server.db_url, "pf-gao")  # as `focalpoint server revoke-device`
    revoked_at = time.monotonic()
    after = {name: call() for name, call in calls.items()}
    elapsed = time.monotonic() - revoked_at
    assert {name: answer.status_code for name, answer in after.items()} == dict.fromkeys(calls, 403)
    assert {a.json()["code"] for a in after.values() if a.request.method != "HEAD"} == {
        "token_revoked"
    }
    assert elapsed < 1.0


def test_no_token_starts_with_a_dash_that_a_command_line_would_take_for_an_option() -> None:
    from focalpoint.server.storage.devices import new_token

    tokens = [new_token() for _ in range(2000)]  # ~31 would start with "-" unfiltered
    assert not [t for t in tokens if t.startswith("-")]
    assert len(set(tokens)) == 2000
