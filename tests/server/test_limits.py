"""Bad and oversized bodies: malformed JSON, size limits, gzip bombs, and the generic 500.

Deflate cannot shrink data more than about 1032:1, so a gzip body inflating to 1 GiB weighs
about 1 MB (under the 2 MiB body limit): the bomb here is 1,024 gzip members of 1 MiB of
zeros each, and a single-member bomb of 64 MiB checks the other path.
"""

from __future__ import annotations

import gzip
import json
import logging
import resource
import socket
import tracemalloc
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
import requests

from focalpoint.server import storage
from focalpoint.sync.protocol import (
    MAX_BODY_BYTES,
    PROTOCOL_HEADER,
    PULL_PATH,
    PUSH_PATH,
    REVOCATIONS_PATH,
)
from tests.server.conftest import TIMEOUT_S, Api, LiveServer, new_batch_id, wire_record

Connect = Callable[..., Api]
MIB = 1024 * 1024
JSON = {"Content-Type": "application/json"}
GZIP_JSON = {**JSON, "Content-Encoding": "gzip"}


def _max_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux


def _batch(records: list[dict]) -> bytes:
    return json.dumps({"batch_id": new_batch_id(), "records": records}).encode()


def _raw_post(url: str, headers: dict[str, str], body_start: bytes) -> bytes:
    """POST announcing ``headers`` but sending only ``body_start``; the raw answer."""
    host, port = urlsplit(url).hostname, urlsplit(url).port
    lines = [
        f"POST {PUSH_PATH} HTTP/1.1",
        f"Host: {host}",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    with socket.create_connection((host, port), timeout=TIMEOUT_S) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body_start)
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    return answer


def test_malformed_json_is_a_400(connect: Connect) -> None:
    gao = connect("gao-1")
    response = gao.push_raw(None, data=b'{"batch_id": "abcdefgh", "records": [', headers=JSON)
    assert (response.status_code, response.json()["code"]) == (400, "invalid_json")


@pytest.mark.parametrize("body", [b"[]", b'"text"', b"null", b"{}", "é".encode("latin-1")])
def test_a_body_that_is_not_a_batch_is_a_4xx(connect: Connect, body: bytes) -> None:
    response = connect("gao-1").push_raw(None, data=body, headers=JSON)
    assert response.status_code in (400, 422)
    assert response.json()["code"] in ("invalid_json", "invalid_request", "bad_request")


def test_a_declared_20_mb_body_is_refused_before_it_is_sent(live_server: LiveServer) -> None:
    token = live_server.add_device("gao-1")
    headers = {
        "Authorization": f"Bearer {token}",
        "Content-Type": "application/json",
        "Content-Length": str(20 * MIB),
    }
    answer = _raw_post(live_server.url, headers, b"x" * 65536)  # 19.9 MB never sent
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b'"code":"body_too_large"' in answer
    assert PROTOCOL_HEADER.lower().encode() in answer.lower()


def test_a_20_mb_body_gets_a_413_and_is_not_kept(connect: Connect) -> None:
    gao = connect("gao-1")
    body = b" " * (20 * MIB)
    before = _max_rss_bytes()
    response = gao.push_raw(None, data=body, headers=JSON)
    assert (response.status_code, response.json()["code"]) == (413, "body_too_large")
    assert _max_rss_bytes() - before < 10 * MIB


def test_a_streamed_body_is_cut_off_at_the_limit(connect: Connect) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        for _ in range(3 * MAX_BODY_BYTES // 65536):
            yield b" " * 65536

    response = connect("gao-1").push_raw(None, data=chunks(), headers=JSON)
    assert (response.status_code, response.json()["code"]) == (413, "body_too_large")


def test_a_gzip_body_is_inflated_and_applied(connect: Connect) -> None:
    record = wire_record()
    response = connect("gao-1").push_raw(
        None, data=gzip.compress(_batch([record])), headers=GZIP_JSON
    )
    assert response.status_code == 200
    assert (response.json()["acked"], response.json()["rejected"]) == (1, [])


def test_a_gzip_bomb_of_1_gib_is_refused_with_little_memory(connect: Connect) -> None:
    gao = connect("gao-1")
    bomb = gzip.compress(bytes(MIB), 9) * 1024  # inflates to 1 GiB
    assert len(bomb) < MAX_BODY_BYTES
    before = _max_rss_bytes()
    response = gao.push_raw(None, data=bomb, headers=GZIP_JSON)
    assert (response.status_code, response.json()["code"]) == (413, "inflated_too_large")
    assert _max_rss_bytes() - before < 50 * MIB


def test_a_single_member_gzip_bomb_is_refused(connect: Connect) -> None:
    bomb = gzip.compress(bytes(64 * MIB), 9)
    response = connect("gao-1").push_raw(None, data=bomb, headers=GZIP_JSON)
    assert (response.status_code, response.json()["code"]) == (413, "inflated_too_large")


@pytest.mark.parametrize(
    "body",
    [
        b"\x1f\x8b\x08\x00garbage-not-deflate",
        gzip.compress(b'{"batch_id": "abcdefgh", "records": []}')[:-12],  # truncated
        gzip.compress(b"{}") + b"trailing junk",
        b"",
    ],
    ids=["not_deflate", "truncated", "trailing_junk", "empty"],
)
def test_a_corrupt_gzip_body_is_a_400(connect: Connect, body: bytes) -> None:
    response = connect("gao-1").push_raw(None, data=body, headers=GZIP_JSON)
    assert (response.status_code, response.json()["code"]) == (400, "bad_gzip")


def test_another_content_encoding_is_a_415(connect: Connect) -> None:
    headers = {**JSON, "Content-Encoding": "br"}
    response = connect("gao-1").push_raw(None, data=b"{}", headers=headers)
    assert (response.status_code, response.json()["code"]) == (415, "unsupported_encoding")


PARTICIPANT = {"nom": "Maïga", "prenom": "Aminata", "sexe": "F", "age": 24, "telephone": "76123456"}


def _peak_traced_bytes(call: Callable[[], requests.Response]) -> tuple[requests.Response, int]:
    """``call()``'s answer and the most memory Python held during it above what it held before
    (the server runs in this process: its allocations are counted; unlike ``ru_maxrss``, not
    hidden by an earlier test's higher peak)."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        answer = call()
        return answer, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_a_record_with_500_participants_goes_through(connect: Connect) -> None:
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    record = wire_record(data={"titre": "Forum", "participants": [PARTICIPANT] * 500})
    assert gao.push([record])["acked"] == 1
    assert len(bamako.pull()["records"][0]["data"]["participants"]) == 500


@pytest.mark.parametrize("compress", [False, True])
def test_a_record_with_10000_participants_is_a_422_with_little_memory(
    connect: Connect, compress: bool
) -> None:
    """About 0.9 MB of JSON (60 KB gzipped), under the body limits: refused by the list limit
    (``MAX_LIST_ITEMS``, the participants' ``max_count``), nothing written."""
    gao = connect("gao-1")
    records = [wire_record(data={"titre": "Grand forum", "participants": [PARTICIPANT] * 10_000})]
    records.append(wire_record())
    body = _batch(records)
    assert len(body) < MAX_BODY_BYTES
    if compress:
        body = gzip.compress(body)
    headers = GZIP_JSON if compress else JSON
    answer, grown = _peak_traced_bytes(lambda: gao.push_raw(None, data=body, headers=headers))
    assert (answer.status_code, answer.json()["code"]) == (422, "invalid_request")
    [problem] = answer.json()["details"]["errors"]
    assert (problem["loc"], problem["type"]) == (["records", 0, "data"], "too_long")
    assert grown < 50 * MIB
    assert gao.pull(include_own="true")["records"] == []  # the whole batch refused


@pytest.mark.parametrize("path", [PUSH_PATH, REVOCATIONS_PATH])
@pytest.mark.parametrize("content_type", ["application/json", "application/octet-stream"])
def test_a_body_of_millions_of_tiny_values_is_refused_before_parsing(
    connect: Connect, path: str, content_type: str
) -> None:
    """14 MiB of ``{}`` (a 14 KB gzip body, under every size limit) would parse into 5 million
    dicts, about 500 MB: refused 413 ``too_many_values`` with little memory, whatever the
    body says it is (the push route counts a body labelled binary itself)."""
    gao = connect("gao-1")
    record = wire_record(data={"x": "SLOT"})
    body = _batch([record]).replace(b'"SLOT"', b"[" + b"{}," * 5_000_000 + b"{}]")
    body = gzip.compress(body, 9)
    assert len(body) < MAX_BODY_BYTES
    headers = {"Content-Type": content_type, "Content-Encoding": "gzip"}
    url = gao.url + path
    answer, grown = _peak_traced_bytes(
        lambda: gao.session.post(url, data=body, headers=headers, timeout=TIMEOUT_S)
    )
    if path == REVOCATIONS_PATH and content_type == "application/octet-stream":
        assert answer.status_code == 422  # not parsed as JSON at all
    else:
        assert (answer.status_code, answer.json()["code"]) == (413, "too_many_values")
    assert grown < 50 * MIB


def test_answers_are_gzipped_for_clients_that_accept_it(connect: Connect) -> None:
    gao, bamako = connect("gao-1"), connect("bamako", "secretariat")
    gao.push([wire_record() for _ in range(20)])
    response = bamako.session.get(bamako.url + PULL_PATH, timeout=TIMEOUT_S)
    assert response.headers["Content-Encoding"] == "gzip"
    assert len(response.json()["records"]) == 20


def test_a_refusal_never_echoes_the_values_sent(connect: Connect) -> None:
    record = wire_record(status="SECRET-VALUE-1234", form_version="Aminata Maïga")
    response = connect("gao-1").push_raw({"batch_id": new_batch_id(), "records": [record]})
    assert response.status_code == 422
    assert {e["loc"][-1] for e in response.json()["details"]["errors"]} == {
        "status",
        "form_version",
    }
    assert "SECRET" not in response.text
    assert "Aminata" not in response.text


@pytest.mark.parametrize("query", [{"since": 2**70}, {"since": "abc"}, {"limit": 0}, {"since": -1}])
def test_a_bad_cursor_or_limit_is_a_422_not_a_500(connect: Connect, query: dict) -> None:
    gao = connect("gao-1")
    response = gao.session.get(gao.url + PULL_PATH, params=query, timeout=TIMEOUT_S)
    assert (response.status_code, response.json()["code"]) == (422, "invalid_request")


def test_a_batch_over_500_records_is_a_422(connect: Connect) -> None:
    response = connect("gao-1").push_raw(
        {"batch_id": new_batch_id(), "records": [wire_record() for _ in range(501)]}
    )
    assert response.status_code == 422


def test_an_unexpected_error_is_a_logged_500_without_details(
    connect: Connect, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    gao = connect("gao-1")

    def broken(*_args: object) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(storage, "apply_push", broken)
    with caplog.at_level(logging.ERROR, logger="focalpoint.server"):
        response = gao.push_raw({"batch_id": new_batch_id(), "records": []})
    assert response.status_code == 500
    assert response.json() == {"code": "server_error", "message": "", "details": {}}
    assert response.headers[PROTOCOL_HEADER] == "1"
    [logged] = [r for r in caplog.records if r.exc_info]
    assert "secret internal detail" in str(logged.exc_info[1])
