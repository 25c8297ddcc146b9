"""The ASGI middleware around the whole app: protocol headers, body limits, gzip, last resort.

* Every answer (errors and 404s included) carries ``PROTOCOL_HEADER`` and ``EPOCH_HEADER``.
  The epoch is read from the database for each request (a restore from a backup may happen
  under a running server) and left in ``scope["state"]["epoch"]`` for the routes.
* A request whose ``PROTOCOL_HEADER`` names another protocol version gets 400
  ``protocol_mismatch`` (a request without the header is served: browsers, OpenAPI tools).
* The body is read here, never trusted for its size: over ``max_body_bytes`` → 413
  ``body_too_large``, decided from ``Content-Length`` before reading anything, else while
  counting the bytes as they arrive (uvicorn then discards the rest of an over-long body
  unbuffered, so the client reads a clean 413). A gzip body (``Content-Encoding: gzip``) is
  inflated in bounded steps; past ``max_inflated_bytes`` → 413 ``inflated_too_large`` (a gzip
  bomb stops there), a corrupt or truncated stream → 400 ``bad_gzip``. The app then sees a
  plain body; another content coding → 415 ``unsupported_encoding``.
* A body that may be parsed as JSON (any but ``application/octet-stream``: attachment chunks)
  holding more than ``max_json_values`` values → 413 ``too_many_values``, before anything
  parses it. Parsed, each value is a Python object of about 60 bytes or more: 14 MiB of
  ``{},{},…`` (a 14 KB gzip body) would become half a gigabyte; the count is an upper bound
  made by counting bytes, with no copy (``count_json_values``).
* An exception escaping the app is logged with its traceback and answered 500
  ``server_error`` with no details.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio.to_thread

from focalpoint.server.errors import ApiError, error_response
from focalpoint.server.settings import Settings
from focalpoint.sync.protocol import EPOCH_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION

logger = logging.getLogger(__name__)

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Message, Receive, Send], Awaitable[None]]

INFLATE_STEP = 256 * 1024  # bytes of output per decompress call
GZIP_ENCODINGS = (b"gzip", b"x-gzip")
BINARY_TYPE = b"application/octet-stream"
SCAN_IN_THREAD_BYTES = 64 * 1024  # longer bodies are counted off the event loop
PROTOCOL = PROTOCOL_HEADER.lower().encode("latin-1")
VERSION = PROTOCOL_VERSION.encode("latin-1")
EPOCH = EPOCH_HEADER.lower().encode("latin-1")
VALUES_COUNTED = "json_values_counted"  # in scope["state"]: the body was counted here


class RequestRefused(ApiError):
    """A request the middleware answers itself, with an ``ErrorBody`` (raised by a route, the
    app's ``ApiError`` handler answers it the same way)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status, code, message)


class WireMiddleware:
    """See the module docstring; ``read_epoch`` (blocking, run in a worker thread) returns the
    server epoch, or the last one known when the database cannot be read."""

    def __init__(self, app: ASGIApp, settings: Settings, read_epoch: Callable[[], str]) -> None:
        self.app = app
        self.settings = settings
        self.read_epoch = read_epoch

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        state = scope.setdefault("state", {})  # shared by the scope the app gets

        async def stamped_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                epoch = state["epoch"].encode("latin-1")
                message["headers"] = [*message.get("headers", []), (PROTOCOL, VERSION)]
                message["headers"].append((EPOCH, epoch))
            await send(message)

        try:
            scope, body = await self._read_request(scope, receive)
        except RequestRefused as refusal:
            if "epoch" not in state:  # refused before the body was read
                state["epoch"] = await anyio.to_thread.run_sync(self.read_epoch)
            logger.info("request refused: %s", refusal.code)
            response = error_response(refusal.status, refusal.code, refusal.message)
            await response(scope, receive, stamped_send)
            return
        try:
            await self.app(scope, _replay(body, receive), stamped_send)
        except Exception:
            logger.exception("unexpected error on %s %s", scope["method"], scope["path"])
            if not started:
                await error_response(500, "server_error")(scope, receive, stamped_send)

    async def _read_request(self, scope: Message, receive: Receive) -> tuple[Message, bytes]:
        """Check the headers, read the body within limits, then in one worker thread read the
        epoch (into ``scope["state"]``), undo gzip and count the JSON values: a thread hop
        each cost a push 0.2 ms of CPU. Returns the scope to serve and the body."""
        headers = scope["headers"]
        _check_protocol(headers)
        encoding = _header(headers, b"content-encoding").strip().lower()
        if encoding not in (b"", b"identity", *GZIP_ENCODINGS):
            raise RequestRefused(415, "unsupported_encoding", "bodies are plain or gzip")
        body = await _read_body(receive, headers, self.settings.max_body_bytes)
        gzipped = encoding in GZIP_ENCODINGS
        content_type = _header(headers, b"content-type").split(b";")[0].strip().lower()
        counted = content_type != BINARY_TYPE
        state = scope["state"]
        body = await anyio.to_thread.run_sync(self._prepare, state, body, gzipped, counted)
        if counted:
            state[VALUES_COUNTED] = True
        if not gzipped:
            return scope, body
        kept = [
            (name, value)
            for name, value in headers
            if name not in (b"content-encoding", b"content-length")
        ]
        kept.append((b"content-length", str(len(body)).encode("latin-1")))
        return {**scope, "headers": kept}, body

    def _prepare(self, state: Message, body: bytes, gzipped: bool, counted: bool) -> bytes:
        """(In a worker thread.) Put the epoch in ``state``; ``body`` inflated if ``gzipped``,
        its JSON values counted against the limit if ``counted``."""
        state["epoch"] = self.read_epoch()
        if gzipped:
            body = inflate(body, self.settings.max_inflated_bytes)
        if counted:
            refuse_too_many_values(body, self.settings.max_json_values)
        return body


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes:
    return next((value for key, value in headers if key == name), b"")


def _check_protocol(headers: list[tuple[bytes, bytes]]) -> None:
    wanted = PROTOCOL_VERSION.encode("latin-1")
    name = PROTOCOL_HEADER.lower().encode("latin-1")
    for key, value in headers:
        if key == name and value.strip() != wanted:
            raise RequestRefused(
                400, "protocol_mismatch", f"this server speaks protocol {PROTOCOL_VERSION}"
            )


async def _read_body(receive: Receive, headers: list[tuple[bytes, bytes]], limit: int) -> bytes:
    """The whole body, refusing it as soon as it is known to exceed ``limit`` bytes."""
    too_large = RequestRefused(413, "body_too_large", f"a body is at most {limit} bytes")
    declared = _header(headers, b"content-length")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise RequestRefused(400, "bad_request", "the client went away")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def inflate(data: bytes, limit: int) -> bytes:
    """``data`` un-gzipped (several members allowed), at most ``limit`` bytes of output.

    Raises ``RequestRefused`` (413 ``inflated_too_large``, 400 ``bad_gzip``). Memory stays
    within ``limit`` plus one step, whatever the compression ratio.
    """
    out: list[bytes] = []
    size = 0
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending = data
    try:
        while True:
            chunk = inflater.decompress(pending, INFLATE_STEP)
            size += len(chunk)
            if size > limit:
                raise RequestRefused(
                    413, "inflated_too_large", f"an inflated body is at most {limit} bytes"
                )
            out.append(chunk)
            pending = inflater.unconsumed_tail
            if inflater.eof:
                pending = inflater.unused_data
                if not pending:
                    return b"".join(out)
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next gzip member
            elif not chunk and not pending:
                raise RequestRefused(400, "bad_gzip", "the gzip body is truncated")
    except zlib.error:
        raise RequestRefused(400, "bad_gzip", "the gzip body is corrupt") from None


def count_json_values(body: bytes) -> int:
    """An upper bound on the values (or key-value pairs) ``body`` holds if it is JSON: one
    more than its commas and opening brackets. Those inside strings are counted too, which
    only over-estimates: telling strings apart costs a copy of the body, or a Python step per
    string (seconds for a body of millions of ``""``), and a real body never comes near the
    limit that way (a batch is at most 256 KiB: 100,000 commas would be 40 % of its bytes)."""
    return body.count(b",") + body.count(b"[") + body.count(b"{") + 1


def refuse_too_many_values(body: bytes, limit: int) -> None:
    """Raise ``RequestRefused`` 413 ``too_many_values`` if ``body`` may hold more than
    ``limit`` JSON values (``count_json_values``)."""
    if count_json_values(body) > limit:
        raise RequestRefused(413, "too_many_values", f"a body holds at most {limit} values")


async def check_json_values(body: bytes, limit: int) -> None:
    """``refuse_too_many_values``, off the event loop for a long body."""
    if len(body) < SCAN_IN_THREAD_BYTES:
        refuse_too_many_values(body, limit)
    else:
        await anyio.to_thread.run_sync(refuse_too_many_values, body, limit)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the app the already read ``body``, then the real messages."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if delivered:
            return await receive()
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
