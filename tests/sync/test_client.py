"""The HTTP client against small fake servers on loopback: captive portal, stalls, auth, retries."""

from __future__ import annotations

import gzip
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from focalpoint.domain.errors import SyncError
from focalpoint.sync.client import SyncClient
from focalpoint.sync.protocol import PROTOCOL_HEADER, PushRequest

Handler = Callable[[http.server.BaseHTTPRequestHandler, int], None]


@pytest.fixture
def fake_server() -> Iterator[Callable[[Handler], tuple[str, list]]]:
    """Serve ``handler(request, n)`` on 127.0.0.1; returns (url, list of received bodies)."""
    servers = []

    def start(handler: Handler) -> tuple[str, list]:
        seen: list = []

        class Handle(http.server.BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:  # quiet
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen.append((self.command, self.path, body, dict(self.headers)))
                handler(self, len(seen))

            do_GET = do_POST = _any

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handle)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", seen

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def reply(
    request, status: int, body: bytes, *, protocol: bool = True, ctype: str = "application/json"
) -> None:
    request.send_response(status)
    request.send_header("Content-Type", ctype)
    request.send_header("Content-Length", str(len(body)))
    if protocol:
        request.send_header(PROTOCOL_HEADER, "1")
    request.end_headers()
    request.wfile.write(body)


PUSH = PushRequest(batch_id="batch-0001", records=[])
OK_PUSH = json.dumps({"batch_id": "batch-0001", "server_epoch": "e1"}).encode()


def test_captive_portal_200_html_is_a_failure(fake_server) -> None:
    url, _ = fake_server(
        lambda req, n: reply(req, 200, b"<html>Login</html>", protocol=False, ctype="text/html")
    )
    with pytest.raises(SyncError) as caught:
        SyncClient(url, "t", retries=0).push(PUSH)
    assert caught.value.kind == "captive_portal"


def test_401_stops_at_once_without_retry(fake_server) -> None:
    url, seen = fake_server(lambda req, n: reply(req, 401, b'{"code": "token_invalid"}'))
    with pytest.raises(SyncError) as caught:
        SyncClient(url, "t", retries=3, backoff=0).push(PUSH)
    assert caught.value.kind == "auth"
    assert len(seen) == 1


def test_503_is_retried_with_the_same_batch_body(fake_server) -> None:
    url, seen = fake_server(
        lambda req, n: reply(req, 503, b"{}") if n < 3 else reply(req, 200, OK_PUSH)
    )
    answer = SyncClient(url, "t", retries=3, backoff=0).push(PUSH)
    assert answer.batch_id == "batch-0001"
    assert len(seen) == 3
    bodies = {gzip.decompress(body) for _m, _p, body, _h in seen}
    assert len(bodies) == 1
    assert json.loads(bodies.pop())["batch_id"] == "batch-0001"


def test_a_silent_stall_is_aborted_within_the_stall_timeout(fake_server) -> None:
    def stall(req, n) -> None:
        req.send_response(200)
        req.send_header(PROTOCOL_HEADER, "1")
        req.send_header("Content-Length", "100")
        req.end_headers()
        req.wfile.write(b'{"batch')
        req.wfile.flush()
        time.sleep(5)  # then nothing: a dead 2G link

    url, _ = fake_server(stall)
    started = time.monotonic()
    with pytest.raises(SyncError) as caught:
        SyncClient(url, "t", retries=0, stall_timeout=0.5).push(PUSH)
    assert caught.value.kind == "network"
    assert time.monotonic() - started < 4


def test_no_server_listening_is_a_network_failure() -> None:
    with pytest.raises(SyncError) as caught:
        SyncClient("http://127.0.0.1:9", "t", retries=0).pull(0, 10)
    assert caught.value.kind == "network"


def test_token_and_protocol_header_are_sent(fake_server) -> None:
    url, seen = fake_server(lambda req, n: reply(req, 200, OK_PUSH))
    SyncClient(url, "secret-token", retries=0).push(PUSH)
    headers = {k.lower(): v for k, v in seen[0][3].items()}
    assert headers["authorization"] == "Bearer secret-token"
    assert headers[PROTOCOL_HEADER.lower()] == "1"
    assert headers["content-encoding"] == "gzip"
