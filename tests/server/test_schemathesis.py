"""Schemathesis against the published OpenAPI description, with a Gao token (THREATS test 17),
and the secretariat-only operations again with a secretariat token (with the Gao token they
stop at 403 ``secretariat_only``).

Every operation of ``/openapi.json`` is fuzzed on the live server (``live_server``: uvicorn on
127.0.0.1, SQLite and PostgreSQL) through schemathesis's pytest API, with its default checks:
no 5xx (``not_a_server_error``), answers that match the description (status codes, content
types, headers, bodies), invalid requests refused (``negative_data_rejection``, missing
required headers), ``Allow`` on 405s, a request without the token refused (``ignored_auth``).

The normal suite runs a few examples per operation (under a minute in all). The full run
``FOCALPOINT_FULL_FAULTS=1 .venv/bin/pytest tests/server/test_schemathesis.py -p no:randomly``
runs 1,000 examples per operation and the stateful phase (links schemathesis infers between
the operations, e.g. a blob named by a PUT answer then read by HEAD and GET).

The description is taken from the app (``create_app(...).openapi()``, what ``/openapi.json``
serves, checked below) when the module is imported: schemathesis's ``from_fixture`` cannot run
under pytest 9.2 (it sets ``Node._nodeid``, which pytest 9.2 no longer has), and the server's
port is only known inside the test, which passes it as ``base_url``.

A schema-valid PUT of a blob may still be refused for what a schema cannot say (the body's
length must match its range, its content the hash, a range must fit the announced size): its
positive-data check accepts those documented 400/413/416/422 answers as well. So may a
review (it needs a status or a comment that is not blank: 422 ``review_empty``), an enrolment
(a focal point needs a region, a name must be printable: 422) and a publication (the form
schema is not part of the API's description: 422 ``form_invalid``).
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings

from focalpoint.server import storage
from focalpoint.server.app import create_app
from focalpoint.server.ratelimit import AuthFailureLimiter
from focalpoint.server.settings import Settings
from focalpoint.server.storage.devices import hash_token
from focalpoint.server.storage.schema import devices
from focalpoint.sync.protocol import PULL_PATH, PUSH_PATH
from tests.server.conftest import TIMEOUT_S, LiveServer, new_batch_id, wire_record

FULL = os.environ.get("FOCALPOINT_FULL_FAULTS") == "1"
EXAMPLES = 1000 if FULL else 15
TOKEN = secrets.token_urlsafe(32)  # given to the Gao device of each test's server
AUTHORIZED = {"Authorization": f"Bearer {TOKEN}"}
SECRETARIAT_TOKEN = secrets.token_urlsafe(32)  # given to the secretariat device, when there is one
BLOB_PUT_REFUSALS = ["400", "413", "416", "422"]  # what a schema cannot rule out (docstring)
POSITIVE_STATUSES = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]  # the default
# What a schema-valid request may still be refused with (docstring), by operation.
REFUSALS_BEYOND_THE_SCHEMA = {
    ("/api/v1/blobs/{sha256}", "PUT"): BLOB_PUT_REFUSALS,
    ("/api/v1/reviews", "POST"): ["422"],
    ("/api/v1/devices", "POST"): ["422"],
    ("/api/v1/definitions", "POST"): ["422"],
}
NOT_SECRETARIAT_PATHS = r"^/api/v1/(?!devices|audit|definitions)"  # (include() ORs filters)


def _published_description() -> dict[str, Any]:
    """The OpenAPI description the server publishes (from an app on a throw-away database)."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'server.db'}"
        engine = storage.make_engine(url)
        storage.migrate(engine)
        engine.dispose()
        app = create_app(Settings(db_url=url))
        try:
            return app.openapi()
        finally:
            app.state.engine.dispose()


def _config(token: str) -> schemathesis.Config:
    phases = ["examples", "coverage", "fuzzing", *(["stateful"] if FULL else [])]
    return schemathesis.Config.from_dict(
        {
            "headers": {"Authorization": f"Bearer {token}"},
            "generation": {"max-examples": EXAMPLES},
            "phases": {name: {"enabled": True} for name in phases},
            "request-timeout": TIMEOUT_S,
            "operations": [
                {
                    "include-path": path,
                    "include-method": method,
                    "checks": {
                        "positive_data_acceptance": {
                            "expected-statuses": POSITIVE_STATUSES + refusals
                        }
                    },
                }
                for (path, method), refusals in REFUSALS_BEYOND_THE_SCHEMA.items()
            ],
        }
    )


DESCRIPTION = _published_description()
schema = schemathesis.openapi.from_dict(DESCRIPTION, config=_config(TOKEN))
secretariat_schema = schemathesis.openapi.from_dict(
    DESCRIPTION, config=_config(SECRETARIAT_TOKEN)
).exclude(path_regex=NOT_SECRETARIAT_PATHS)


@pytest.fixture
def gao_server(live_server: LiveServer) -> str:
    """The live server's URL, with a Gao focal point holding ``TOKEN``, and no practical limit
    on failed authentications: the ``ignored_auth`` check probes each accepted request again
    without the token and with a wrong one, and expects 401/403, where the limit of 20 a
    minute would soon answer 429 (the limit has its own tests: ``test_rate_limit.py``)."""
    live_server.app.state.auth_limiter = AuthFailureLimiter(1_000_000)
    live_server.add_device("pf-gao", "focal_point", ["gao"])
    with live_server.engine.begin() as conn:
        conn.execute(devices.update().values(token_hash=hash_token(TOKEN)))
    return live_server.url


@pytest.fixture
def secretariat_server(gao_server: str, live_server: LiveServer) -> str:
    """``gao_server`` with a secretariat device holding ``SECRETARIAT_TOKEN`` as well, and a
    record with a conflict, and audit entries to list.

    The tokens are given to ``call_and_validate`` too, not only in the configuration: for an
    operation with header parameters (the pull's), schemathesis took the configured
    ``Authorization`` for one it generated, and reported a valid token's 200 as "API accepts
    invalid authentication"."""
    live_server.add_device("bamako", "secretariat", ["*"])
    with live_server.engine.begin() as conn:
        conn.execute(
            devices.update()
            .where(devices.c.name == "bamako")
            .values(token_hash=hash_token(SECRETARIAT_TOKEN))
        )
    secretariat = {"Authorization": f"Bearer {SECRETARIAT_TOKEN}"}
    record = wire_record()
    for base, morts in ((None, 1), (1, 2), (1, 3)):  # the third is a conflict
        batch = {"batch_id": new_batch_id(), "records": [{**record, "base_version": base,
                 "data": {"morts": morts}}]}  # fmt: skip
        pushed = requests.post(gao_server + PUSH_PATH, json=batch, headers=AUTHORIZED, timeout=30)
        assert pushed.status_code == 200, pushed.text
    pulled = requests.get(gao_server + PULL_PATH, headers=secretariat, timeout=TIMEOUT_S)
    assert pulled.json()["conflicts"], pulled.text
    return gao_server


@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_api_matches_its_description(case: schemathesis.Case, gao_server: str) -> None:
    case.call_and_validate(base_url=gao_server, headers=AUTHORIZED)


@secretariat_schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_secretariat_operations_match_their_description(
    case: schemathesis.Case, secretariat_server: str
) -> None:
    headers = {"Authorization": f"Bearer {SECRETARIAT_TOKEN}"}
    case.call_and_validate(base_url=secretariat_server, headers=headers)


def test_the_fuzzed_description_is_the_one_served(gao_server: str) -> None:
    served = requests.get(gao_server + "/openapi.json", timeout=TIMEOUT_S).json()
    assert served == DESCRIPTION


@pytest.mark.skipif(not FULL, reason="the stateful phase runs with FOCALPOINT_FULL_FAULTS=1")
def test_linked_calls_match_the_description(gao_server: str) -> None:
    """Sequences that follow the description's links — a push then a pull of what it wrote
    (so pull answers are checked with fuzzed records in them); an upload then the blob's state
    and download (rarely: a random chunk seldom matches its range and hash) — every answer
    checked as above."""
    machine = schema.as_state_machine()
    calls: Counter[str] = Counter()

    class GaoMachine(machine):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            calls[f"{case.method} {case.operation.path}"] += 1
            return {"base_url": gao_server}

    GaoMachine.run(settings=settings(max_examples=200, stateful_step_count=10, deadline=None))
    assert calls[f"GET {PULL_PATH}"] > 0, calls  # reached only through the push's link


# What the first runs found, kept as plain regression tests.


def test_a_405_lists_every_method_of_the_path(gao_server: str) -> None:
    """Starlette named only the first route's method (``Allow: HEAD`` for a blob)."""
    url = gao_server + "/api/v1/blobs/" + "0" * 64
    answer = requests.options(url, headers=AUTHORIZED, timeout=TIMEOUT_S)
    assert (answer.status_code, answer.headers["Allow"]) == (405, "GET, HEAD, PUT")
    answer = requests.delete(gao_server + PULL_PATH, headers=AUTHORIZED, timeout=TIMEOUT_S)
    assert (answer.status_code, answer.headers["Allow"]) == (405, "GET")


def test_the_blob_operations_are_described_as_they_behave() -> None:
    """PUT needs ``Content-Range`` (400 ``bad_content_range`` without it): it is required; a
    HEAD answer has no body: no refusal of it is described with one."""
    blob = DESCRIPTION["paths"]["/api/v1/blobs/{sha256}"]
    [content_range] = [p for p in blob["put"]["parameters"] if p["in"] == "header"]
    assert (content_range["name"], content_range["required"]) == ("Content-Range", True)
    assert [s for s, answer in blob["head"]["responses"].items() if "content" in answer] == []
    assert "application/octet-stream" in blob["put"]["requestBody"]["content"]


def test_a_put_without_content_range_is_the_documented_400(gao_server: str) -> None:
    url = gao_server + "/api/v1/blobs/" + "0" * 64
    answer = requests.put(url, data=b"abcd", headers=AUTHORIZED, timeout=TIMEOUT_S)
    assert (answer.status_code, answer.json()["code"]) == (400, "bad_content_range")


@pytest.mark.parametrize(
    "wrong", [{"base_version": True}, {"base_version": "2"}, {"form_version": "1"}]
)
def test_a_version_that_is_not_a_json_integer_is_refused(
    gao_server: str, wrong: dict[str, Any]
) -> None:
    """``"base_version": true`` was read as 1 (pydantic's lax mode), and acked."""
    batch = {"batch_id": new_batch_id(), "records": [{**wire_record(), **wrong}]}
    answer = requests.post(gao_server + PUSH_PATH, json=batch, headers=AUTHORIZED, timeout=30)
    assert (answer.status_code, answer.json()["code"]) == (422, "invalid_request")
