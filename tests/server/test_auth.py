"""Tokens and headers: who may call, how a token is stored, what every answer carries."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from focalpoint.domain.errors import NotFound, UsageError
from focalpoint.server import admin, storage
from focalpoint.sync.protocol import EPOCH_HEADER, PROTOCOL_HEADER, PULL_PATH, PUSH_PATH
from tests.server.conftest import TIMEOUT_S, Api, LiveServer, new_batch_id, wire_record

Connect = Callable[..., Api]


def _get(url: str, headers: dict[str, str] | None = None) -> requests.Response:
    return requests.get(url, headers=headers or {}, timeout=TIMEOUT_S)


def test_a_request_without_a_token_is_refused(live_server: LiveServer) -> None:
    response = _get(live_server.url + PULL_PATH)
    assert (response.status_code, response.json()["code"]) == (401, "auth_required")
    assert response.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("token", ["forged-token-0123456789abcdef", "x" * 5000, "Bearer"])
def test_an_unknown_token_is_refused(live_server: LiveServer, token: str) -> None:
    live_server.add_device("gao-1")
    response = _get(live_server.url + PULL_PATH, {"Authorization": f"Bearer {token}"})
    assert (response.status_code, response.json()["code"]) == (401, "token_invalid")


def test_a_revoked_token_is_refused_at_its_next_request(
    connect: Connect, live_server: LiveServer
) -> None:
    gao = connect("gao-1")
    assert gao.pull()["next_since"] == 0
    storage.revoke_device(live_server.engine, "gao-1")
    for response in (
        gao.session.get(gao.url + PULL_PATH, timeout=TIMEOUT_S),
        gao.push_raw({"batch_id": new_batch_id(), "records": [wire_record()]}),
        gao.session.get(gao.url + "/api/v1/ping", timeout=TIMEOUT_S),
    ):
        assert (response.status_code, response.json()["code"]) == (403, "token_revoked")


@pytest.mark.parametrize(
    ("method", "path", "authorised", "status"),
    [
        ("GET", "/api/v1/ping", True, 200),
        ("GET", PULL_PATH, False, 401),
        ("GET", "/no/such/page", True, 404),
        ("GET", PULL_PATH + "?since=-1", True, 422),
        ("POST", PUSH_PATH, True, 422),
        ("DELETE", PUSH_PATH, True, 405),
        ("GET", "/openapi.json", False, 200),
    ],
)
def test_every_answer_carries_the_protocol_and_epoch_headers(
    live_server: LiveServer, method: str, path: str, authorised: bool, status: int
) -> None:
    token = live_server.add_device("gao-1")
    headers = {"Authorization": f"Bearer {token}"} if authorised else {}
    response = requests.request(
        method, live_server.url + path, headers=headers, json={}, timeout=TIMEOUT_S
    )
    assert response.status_code == status
    assert response.headers[PROTOCOL_HEADER] == "1"
    assert len(response.headers[EPOCH_HEADER]) == 16
    if status != 200:
        assert set(response.json()) == {"code", "message", "details"}


def test_a_client_speaking_another_protocol_is_refused(connect: Connect) -> None:
    gao = connect("gao-1")
    response = gao.session.get(gao.url + PULL_PATH, headers={PROTOCOL_HEADER: "2"}, timeout=30)
    assert (response.status_code, response.json()["code"]) == (400, "protocol_mismatch")
    assert response.headers[PROTOCOL_HEADER] == "1"


def test_a_token_is_random_and_at_least_128_bits(live_server: LiveServer) -> None:
    tokens = {live_server.add_device(f"gao-{n}") for n in range(5)}
    assert len(tokens) == 5
    # token_urlsafe: 6 bits per character
    assert all(len(token) * 6 >= 128 for token in tokens)


def test_the_database_holds_no_raw_token(live_server: LiveServer) -> None:
    token = live_server.add_device("gao-1")
    Api(live_server.url, token).pull()
    stored = live_server.stored_bytes()  # the SQLite files, WAL included, or a pg_dump
    assert token.encode() not in stored
    assert hashlib.sha256(token.encode()).hexdigest().encode() in stored


def test_a_secretariat_token_sees_every_region(connect: Connect) -> None:
    bamako = connect("bamako", "secretariat", regions=["gao"])
    assert bamako.session.get(bamako.url + "/api/v1/ping", timeout=30).json()["regions"] == ["*"]


def test_the_openapi_description_lists_push_and_pull(live_server: LiveServer) -> None:
    paths = _get(live_server.url + "/openapi.json").json()["paths"]
    assert {PUSH_PATH, PULL_PATH, "/api/v1/ping"} <= set(paths)


def test_admin_commands_enrol_list_and_revoke(tmp_path: Path) -> None:
    db = str(tmp_path / "admin" / "server.db")  # a plain path works, its folder is created
    token = admin.add_device(db, "gao-1", "focal_point", ["gao", "mopti"])
    admin.add_device(db, "bamako", "secretariat", [])
    admin.revoke_device(db, "gao-1")
    listed = {device["name"]: device for device in admin.list_devices(db)}
    assert listed["gao-1"]["regions"] == ["gao", "mopti"]
    assert listed["gao-1"]["revoked_at"] is not None
    assert listed["bamako"]["regions"] == ["*"]
    assert token not in repr(listed)


@pytest.mark.parametrize(
    ("name", "role", "regions"),
    [
        ("gao-1", "admin", ["gao"]),
        ("gao-1", "focal_point", []),
        ("gao-1", "focal_point", ["Gao Region"]),
        ("gao-1", "focal_point", ["*"]),
        ("  ", "focal_point", ["gao"]),
        ("taken", "focal_point", ["gao"]),
    ],
)
def test_admin_refuses_a_bad_device(tmp_path: Path, name: str, role: str, regions: list) -> None:
    db = str(tmp_path / "server.db")
    admin.add_device(db, "taken", "focal_point", ["gao"])
    with pytest.raises(UsageError):
        admin.add_device(db, name, role, regions)


def test_revoking_an_unknown_device_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        admin.revoke_device(str(tmp_path / "server.db"), "nobody")
