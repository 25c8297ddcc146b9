"""The client against a hostile answer (THREATS test 21, client side): a gzip body that inflates
to 1 GiB is cut off at ``MAX_ANSWER_BYTES`` (32 MiB) with Python's memory growing by less than
100 MB, whether it is the answer to a pull or the body of an error.

The server is a tiny ``http.server`` on 127.0.0.1 (``fake_server`` of ``test_client.py``) that
sends about 1 MB: a single gzip member, or 1,024 members of 1 MiB each (urllib3 inflates every
member), with the protocol header so that the client reads the body.
"""

from __future__ import annotations

import contextlib
import functools
import tracemalloc
import zlib
from collections.abc import Callable

import pytest

from focalpoint.domain.errors import SyncError
from focalpoint.sync.client import MAX_ANSWER_BYTES, SyncClient
from focalpoint.sync.protocol import PROTOCOL_HEADER
from tests.sync.test_client import fake_server  # noqa: F401 - the fixture

MIB = 1024 * 1024
GIB = 1024 * MIB


@functools.cache
def _one_member(size: int) -> bytes:
    """A single gzip member of ``size`` zero bytes, made 1 MiB at a time."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MIB)
    parts = [deflate.compress(zeros) for _ in range(size // MIB)]
    return b"".join([*parts, deflate.flush()])


def _many_members(size: int) -> bytes:
    return _one_member(MIB) * (size // MIB)


BOMBS = {"one_member": lambda: _one_member(GIB), "many_members": lambda: _many_members(GIB)}


def _serve_bomb(bomb: bytes, status: int) -> Callable:
    def handler(request, _n: int) -> None:
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Encoding", "gzip")
        request.send_header("Content-Length", str(len(bomb)))
        request.send_header(PROTOCOL_HEADER, "1")
        request.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            request.wfile.write(bomb)  # the client may hang up once it has read enough

    return handler


def _traced_peak(call: Callable[[], object]) -> tuple[BaseException | None, int]:
    """What ``call`` raised and the most memory Python held during it above what it held
    before (the fake server's thread included)."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        try:
            call()
        except Exception as error:  # noqa: BLE001 - returned to the test
            return error, tracemalloc.get_traced_memory()[1] - base
        return None, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("make", BOMBS.values(), ids=BOMBS.keys())
def test_a_gzip_bomb_answer_is_cut_off_with_little_memory(
    fake_server,  # noqa: F811 - the fixture imported above
    make: Callable[[], bytes],
) -> None:
    bomb = make()
    assert len(bomb) < 2 * MIB  # about 1 MB on the wire
    url, _seen = fake_server(_serve_bomb(bomb, 200))
    client = SyncClient(url, "token", retries=0)
    try:
        error, grown = _traced_peak(lambda: client.pull(0, 100))
    finally:
        client.close()
    assert isinstance(error, SyncError)
    assert (error.kind, error.detail) == ("protocol", "answer too large")
    assert grown < 100 * MIB
    assert grown < MAX_ANSWER_BYTES + 16 * MIB  # what was kept: the limit, and a little


def test_a_gzip_bomb_error_body_is_cut_off_too(fake_server) -> None:  # noqa: F811 - fixture
    """A 4xx body is read for its error code: it is bounded the same way."""
    url, _seen = fake_server(_serve_bomb(_many_members(GIB), 400))
    client = SyncClient(url, "token", retries=0)
    try:
        error, grown = _traced_peak(lambda: client.pull(0, 100))
    finally:
        client.close()
    assert isinstance(error, SyncError)
    assert (error.kind, error.params["status"], error.detail) == ("protocol", 400, "http_400")
    assert grown < 100 * MIB
