"""The authorization matrix (THREATS: fault tests): every server operation, by every kind of
caller — a Gao focal point, a Mopti focal point, the secretariat, a revoked token, no token, a
forged token — on objects of a region that is not the caller's. Counted: any read or write that
crosses a region it should not; the answer must be 0, and every refusal a 4xx with the protocol
header, never a 5xx.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from focalpoint.server import storage
from focalpoint.server.ratelimit import AuthFailureLimiter
from focalpoint.server.routers.ping import PING_PATH
from focalpoint.sync.blob_protocol import blob_path
from focalpoint.sync.protocol import (
    AUDIT_PATH,
    CONFLICT_RESOLVE_PATH,
    DEFINITIONS_PATH,
    DEVICE_REGIONS_PATH,
    DEVICE_REVOKE_PATH,
    DEVICES_PATH,
    HISTORY_PATH,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PATH,
    PUSH_PATH,
    REVIEWS_PATH,
    REVOCATIONS_PATH,
)
from tests.server.conftest import TIMEOUT_S, new_batch_id, wire_record
from tests.server.test_definitions import incident_form

CALLERS = ("gao", "mopti", "secretariat", "revoked", "none", "forged")


@dataclass
class World:
    """What is on the server before the callers try: one record (with a file) per region."""

    url: str
    tokens: dict[str, str | None]
    records: dict[str, dict[str, Any]]  # region -> a record stored there
    files: dict[str, str]  # region -> sha256 of a file only that region's record uses
    conflict_id: int  # an unresolved conflict on Mopti's record


def _session(token: str | None) -> requests.Session:
    session = requests.Session()
    session.headers[PROTOCOL_HEADER] = PROTOCOL_VERSION
    if token is not None:
        session.headers["Authorization"] = f"Bearer {token}"
    return session


@pytest.fixture
def world(live_server) -> World:
    # 60 refused calls (revoked, none, forged × 20 operations): above the 20 failed
    # authentications a minute an address may make, after which the answer would be 429. The
    # matrix checks what each operation's own auth answers; the limit has test_rate_limit.py.
    live_server.app.state.auth_limiter = AuthFailureLimiter(1_000_000)
    tokens: dict[str, str | None] = {
        "gao": live_server.add_device("pf-gao", "focal_point", ["gao"]),
        "mopti": live_server.add_device("pf-mopti", "focal_point", ["mopti"]),
        "secretariat": live_server.add_device("bamako", "secretariat", ["*"]),
        "revoked": live_server.add_device("pf-gao-old", "focal_point", ["gao"]),
        "none": None,
        "forged": secrets.token_urlsafe(32),
    }
    records, files = {}, {}
    for region in ("gao", "mopti"):
        data = f"photo of {region}".encode()
        sha = hashlib.sha256(data).hexdigest()
        session = _session(tokens[region])
        put = session.put(
            live_server.url + blob_path(sha),
            data=data,
            headers={"Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"},
            timeout=TIMEOUT_S,
        )
        assert put.status_code == 200, put.text
        record = wire_record(region)
        record["data"]["pieces_jointes"] = [
            {"sha256": sha, "name": "p.jpg", "size": len(data), "mime": "image/jpeg"}
        ]
        pushed = session.post(
            live_server.url + PUSH_PATH,
            json={"batch_id": new_batch_id(), "records": [record]},
            timeout=TIMEOUT_S,
        )
        assert pushed.json()["acked"] == 1, pushed.text
        records[region], files[region] = record, sha
    # A conflict on Mopti's record: the secretariat edits it, then Mopti edits its old copy.
    for editor, morts in (("secretariat", 7), ("mopti", 8)):
        edit = {**records["mopti"], "base_version": 1, "data": {**records["mopti"]["data"]}}
        edit["data"]["morts"] = morts
        pushed = _session(tokens[editor]).post(
            live_server.url + PUSH_PATH,
            json={"batch_id": new_batch_id(), "records": [edit]},
            timeout=TIMEOUT_S,
        )
        assert pushed.status_code == 200, pushed.text
    page = _session(tokens["secretariat"]).get(
        live_server.url + PULL_PATH, params={"since": 0}, timeout=TIMEOUT_S
    )
    (conflict,) = page.json()["conflicts"]
    live_server.add_device("spare", "focal_point", ["gao"])  # what the device calls act on
    storage.revoke_device(live_server.engine, "pf-gao-old")
    return World(live_server.url, tokens, records, files, conflict["conflict_id"])


def _sees(caller: str, region: str) -> bool:
    return caller == "secretariat" or caller == region


def _enrolled(caller: str) -> bool:
    return caller in ("gao", "mopti", "secretariat")


Operation = Callable[[World, requests.Session, str], tuple[requests.Response, bool]]


def _pull(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
    answer = session.get(world.url + PULL_PATH, params={"since": 0}, timeout=TIMEOUT_S)
    if answer.status_code != 200:
        return answer, False
    body = answer.json()
    leaked = any(not _sees(caller, r["region"]) for r in body["records"])
    return answer, leaked


def _push_new_in(region: str) -> Operation:
    def push(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
        record = wire_record(region)
        answer = session.post(
            world.url + PUSH_PATH,
            json={"batch_id": new_batch_id(), "records": [record]},
            timeout=TIMEOUT_S,
        )
        written = answer.status_code == 200 and answer.json()["acked"] == 1
        return answer, written and not _sees(caller, region)

    return push


def _push_relabelled(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
    """An edit of Mopti's record, relabelled as the caller's region."""
    record = {**world.records["mopti"], "region": "gao", "base_version": 1}
    record["data"] = {**record["data"], "morts": 99}
    answer = session.post(
        world.url + PUSH_PATH,
        json={"batch_id": new_batch_id(), "records": [record]},
        timeout=TIMEOUT_S,
    )
    written = answer.status_code == 200 and not answer.json()["rejected"]
    return answer, written and not _sees(caller, "mopti")


def _download(region: str) -> Operation:
    def get(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
        answer = session.get(world.url + blob_path(world.files[region]), timeout=TIMEOUT_S)
        return answer, answer.status_code in (200, 206) and not _sees(caller, region)

    return get


def _simple(method: str, path: str) -> Operation:
    def call(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
        return session.request(method, world.url + path, timeout=TIMEOUT_S), False

    return call


def _head_file(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
    answer = session.head(world.url + blob_path(world.files["mopti"]), timeout=TIMEOUT_S)
    return answer, False  # says only how many bytes arrived, to whoever has the hash


def _review(region: str, *, status: str | None) -> Operation:
    """A comment (or a status, which only the secretariat may set) on ``region``'s record."""

    def post(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
        entry = {"id": str(uuid.uuid4()), "record_id": world.records[region]["id"]}
        entry |= {"status": status} if status else {"comment": "Vu."}
        answer = session.post(world.url + REVIEWS_PATH, json=entry, timeout=TIMEOUT_S)
        allowed = _sees(caller, region) and (status is None or caller == "secretariat")
        return answer, answer.status_code == 200 and not allowed

    return post


def _history(region: str) -> Operation:
    def get(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
        path = HISTORY_PATH.format(record_id=world.records[region]["id"])
        answer = session.get(world.url + path, timeout=TIMEOUT_S)
        return answer, answer.status_code == 200 and not _sees(caller, region)

    return get


def _resolve_mopti_conflict(
    world: World, session: requests.Session, caller: str
) -> tuple[Any, bool]:
    path = CONFLICT_RESOLVE_PATH.format(conflict_id=world.conflict_id)
    answer = session.post(world.url + path, json={"note": ""}, timeout=TIMEOUT_S)
    return answer, answer.status_code == 200 and not _sees(caller, "mopti")


def _secretariat_only(method: str, path: str, body: Any = None) -> Operation:
    """A call that changes or reads the whole network: any success but the secretariat's
    counts as a crossing."""

    def call(world: World, session: requests.Session, caller: str) -> tuple[Any, bool]:
        payload = body(caller) if callable(body) else body
        answer = session.request(method, world.url + path, json=payload, timeout=TIMEOUT_S)
        return answer, answer.status_code == 200 and caller != "secretariat"

    return call


OPERATIONS: dict[str, Operation] = {
    "pull": _pull,
    "push new mopti record": _push_new_in("mopti"),
    "push new gao record": _push_new_in("gao"),
    "push mopti record relabelled gao": _push_relabelled,
    "download mopti file": _download("mopti"),
    "download gao file": _download("gao"),
    "head mopti file": _head_file,
    "definitions": _simple("GET", DEFINITIONS_PATH),
    "ping": _simple("GET", PING_PATH),
    "comment on mopti record": _review("mopti", status=None),
    "comment on gao record": _review("gao", status=None),
    "verify mopti record": _review("mopti", status="verifie"),
    "verify gao record": _review("gao", status="verifie"),
    "history of mopti record": _history("mopti"),
    "history of gao record": _history("gao"),
    "resolve mopti conflict": _resolve_mopti_conflict,
    "list devices": _secretariat_only("GET", DEVICES_PATH),
    "enrol a device": _secretariat_only(
        "POST", DEVICES_PATH, lambda caller: {"name": f"new-{caller}", "regions": ["gao"]}
    ),
    "revoke a device": _secretariat_only("POST", DEVICE_REVOKE_PATH.format(name="spare")),
    "move a device": _secretariat_only(
        "PUT", DEVICE_REGIONS_PATH.format(name="spare"), {"regions": ["mopti"]}
    ),
    "publish a form": _secretariat_only("POST", DEFINITIONS_PATH, {"form": incident_form(2)}),
    "read the audit log": _secretariat_only("GET", AUDIT_PATH),
}


def test_no_caller_crosses_a_region_and_refusals_are_clean_4xx(world: World) -> None:
    crossings, unauthenticated_successes, server_errors = [], [], []
    for caller in CALLERS:
        session = _session(world.tokens[caller])
        for name, operation in OPERATIONS.items():
            answer, crossed = operation(world, session, caller)
            if crossed:
                crossings.append((caller, name))
            if answer.status_code >= 500:
                server_errors.append((caller, name, answer.status_code))
            if not _enrolled(caller):
                if answer.status_code not in (401, 403):
                    unauthenticated_successes.append((caller, name, answer.status_code))
                elif answer.request.method != "HEAD":
                    assert answer.headers.get(PROTOCOL_HEADER) == "1", (caller, name)
        session.close()
    assert crossings == []
    assert unauthenticated_successes == []
    assert server_errors == []


def test_the_matrix_can_see_a_crossing(world: World, monkeypatch) -> None:
    """Negative control: were the region check gone, the matrix would count crossings."""
    from focalpoint.server.storage import devices

    monkeypatch.setattr(devices.Device, "may_see", lambda self, region: True)
    session = _session(world.tokens["gao"])
    _answer, crossed = _push_new_in("mopti")(world, session, "gao")
    session.close()
    assert crossed


def test_the_matrix_can_see_a_focal_point_at_the_desk(world: World, live_server) -> None:
    """Negative control: were the secretariat check gone, reading the audit log and enrolling
    with a focal point's token would count as crossings."""
    from focalpoint.server import deps

    live_server.app.dependency_overrides[deps.secretariat_device] = deps.current_device
    session = _session(world.tokens["gao"])
    for name in ("read the audit log", "enrol a device"):
        _answer, crossed = OPERATIONS[name](world, session, "gao")
        assert crossed, name
    session.close()


def test_what_each_caller_may_do_it_can(world: World) -> None:
    """The other side of the matrix: the checks do not refuse what is allowed."""
    for caller in ("gao", "mopti", "secretariat"):
        session = _session(world.tokens[caller])
        params = {"since": 0, "include_own": "true"}
        page = session.get(world.url + PULL_PATH, params=params, timeout=TIMEOUT_S)
        regions = {r["region"] for r in page.json()["records"]}
        assert regions == ({"gao", "mopti"} if caller == "secretariat" else {caller})
        own = "gao" if caller == "secretariat" else caller
        got = session.get(world.url + blob_path(world.files[own]), timeout=TIMEOUT_S)
        assert got.status_code == 200
        for name in (f"comment on {own} record", f"history of {own} record"):
            answer, _ = OPERATIONS[name](world, session, caller)
            assert answer.status_code == 200, (caller, name, answer.text)
        session.close()
    session = _session(world.tokens["secretariat"])
    for name in ("verify mopti record", "list devices", "read the audit log", "publish a form"):
        answer, _ = OPERATIONS[name](world, session, "secretariat")
        assert answer.status_code == 200, (name, answer.text)
    session.close()


def test_the_unauthenticated_revocation_switches_off_no_one_without_the_token_hash(
    world: World,
) -> None:
    """``POST /api/v1/revocations`` needs no token (a wiped laptop has none): every caller's
    guess is answered 204 alike, and every enrolled device still works afterwards."""
    for caller in CALLERS:
        session = _session(world.tokens[caller])
        guess = {"token_sha256": secrets.token_hex(32)}
        answer = session.post(world.url + REVOCATIONS_PATH, json=guess, timeout=TIMEOUT_S)
        assert answer.status_code == 204, caller
        session.close()
    for caller in ("gao", "mopti", "secretariat"):
        session = _session(world.tokens[caller])
        assert session.get(world.url + PING_PATH, timeout=TIMEOUT_S).status_code == 200, caller
        session.close()
