"""``HEAD|PUT|GET /api/v1/blobs/{sha256}``: resumable attachment uploads and scoped downloads.

The wire rules are in ``focalpoint.sync.blob_protocol``. Every request needs an enrolled,
non-revoked device; HEAD and PUT accept any such device (knowing the hash of a file means
holding it), GET only a device that may see a record referring to the blob. Bad input is
always a 4xx ``ErrorBody``, never a 500.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Request  # noqa: TID253 - server on FastAPI
from fastapi.responses import Response, StreamingResponse  # noqa: TID253 - as above
from starlette.concurrency import run_in_threadpool

from focalpoint.domain.attachments import is_sha256
from focalpoint.server.deps import CurrentDevice, Engine, current_device
from focalpoint.server.errors import ApiError
from focalpoint.server.routers import ERRORS
from focalpoint.server.storage import blobs as blob_storage
from focalpoint.sync.blob_protocol import (
    BLOBS_PATH,
    COMPLETE_HEADER,
    MAX_BLOB_BYTES,
    MAX_CHUNK_BYTES,
    RECEIVED_HEADER,
    SIZE_HEADER,
    BlobState,
)

router = APIRouter(
    tags=["attachments"],
    dependencies=[Depends(current_device)],
    responses={**ERRORS, 404: ERRORS[400], 409: ERRORS[400], 416: ERRORS[400]},
)

BLOB_PATH = BLOBS_PATH + "/{sha256}"
# The pattern is published in the OpenAPI description but checked by _check_sha, so a bad name
# gets the precise 400 bad_sha256 rather than a generic validation answer.
Sha256 = Annotated[
    str,
    Path(
        description="the file's SHA-256, 64 lowercase hex digits",
        json_schema_extra={"pattern": "^[0-9a-f]{64}$"},
    ),
]
_CONTENT_RANGE = re.compile(r"bytes (?:(\d{1,15})-(\d{1,15})|\*)/(\d{1,15})")
_RANGE = re.compile(r"bytes=(\d{1,15})-")

# What the OpenAPI description says of each route beyond what FastAPI derives from the code.
_NUMBER = {"type": "string", "pattern": "^[0-9]+$"}
_STATE_HEADERS = {
    RECEIVED_HEADER: {"description": "bytes stored so far", "schema": _NUMBER},
    COMPLETE_HEADER: {"description": "1 once complete and checked", "schema": {"enum": ["0", "1"]}},
    SIZE_HEADER: {"description": "the announced size in bytes", "schema": _NUMBER},
}
# A HEAD answer has no body: its refusals are told by their status alone.
_HEAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    **{status: {"description": "refused (no body: HEAD)"} for status in (*ERRORS, 409, 416)},
    200: {"description": "some or all of the file arrived", "headers": _STATE_HEADERS},
    404: {
        "description": "nothing of this file arrived",
        "headers": {RECEIVED_HEADER: _STATE_HEADERS[RECEIVED_HEADER]},
    },
}
# The Content-Range header is read by the route itself (a missing or malformed one gets the
# precise 400 bad_content_range, not a generic 422), so it is described here, as required.
# The links say which calls follow an upload (OpenAPI tools chain them: schemathesis's
# stateful phase).
_OPERATION = "#/paths/~1api~1v1~1blobs~1%7Bsha256%7D/"
_SAME_BLOB = {"sha256": "$response.body#/sha256"}
_PUT_OPENAPI: dict[str, Any] = {
    "parameters": [
        {
            "name": "Content-Range",
            "in": "header",
            "required": True,
            "description": "bytes START-END/TOTAL (END inclusive), or bytes */0 for an empty file",
            "schema": {"type": "string", "pattern": r"^bytes (\d{1,15}-\d{1,15}|\*)/\d{1,15}$"},
        }
    ],
    "requestBody": {
        "required": False,  # an empty file has an empty body
        "content": {
            "application/octet-stream": {
                "schema": {"type": "string", "format": "binary", "maxLength": MAX_CHUNK_BYTES}
            }
        },
    },
    "responses": {
        "200": {
            "links": {
                "state": {"operationRef": _OPERATION + "head", "parameters": _SAME_BLOB},
                "download": {"operationRef": _OPERATION + "get", "parameters": _SAME_BLOB},
            }
        }
    },
}
_CONTENT = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
_GET_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "the whole file", "content": _CONTENT, "headers": _STATE_HEADERS},
    206: {
        "description": "the file from the Range's start",
        "content": _CONTENT,
        "headers": _STATE_HEADERS,
    },
}


def _check_sha(sha256: str) -> str:
    if not is_sha256(sha256):
        raise ApiError(400, "bad_sha256", "a blob is named by 64 lowercase hex digits")
    return sha256


def _headers(state: BlobState | None) -> dict[str, str]:
    if state is None:
        return {RECEIVED_HEADER: "0", COMPLETE_HEADER: "0"}
    return {
        RECEIVED_HEADER: str(state.received),
        COMPLETE_HEADER: "1" if state.complete else "0",
        SIZE_HEADER: str(state.size),
    }


def _refused(refusal: blob_storage.BlobRefused) -> ApiError:
    details = {} if refusal.received is None else {"received": refusal.received}
    headers = {} if refusal.received is None else {RECEIVED_HEADER: str(refusal.received)}
    return ApiError(refusal.status, refusal.code, refusal.message, details, headers)


@router.head(BLOB_PATH, response_class=Response, responses=_HEAD_RESPONSES)
def blob_head(sha256: Sha256, engine: Engine) -> Response:
    """How many bytes of ``sha256`` arrived, and whether it is complete (404: none)."""
    state = blob_storage.blob_state(engine, _check_sha(sha256))
    return Response(status_code=200 if state else 404, headers=_headers(state))


def _parse_range(value: str | None, length: int) -> tuple[int, int]:
    """(start, total) from ``Content-Range``, checked against the body's ``length``."""
    match = _CONTENT_RANGE.fullmatch((value or "").strip())
    if match is None:
        raise ApiError(400, "bad_content_range", "send Content-Range: bytes START-END/TOTAL")
    first_text, last_text, total_text = match.groups()
    total = int(total_text)
    if total > MAX_BLOB_BYTES:
        raise ApiError(413, "blob_too_large", f"a file is at most {MAX_BLOB_BYTES} bytes")
    if first_text is None or last_text is None:  # "bytes */TOTAL": for an empty file only
        if total != 0 or length != 0:
            raise ApiError(416, "range_invalid", "bytes */TOTAL is for an empty file only")
        return 0, 0
    first, last = int(first_text), int(last_text)
    if first > last or last >= total:
        raise ApiError(416, "range_invalid", "the range must lie within the file")
    if last - first + 1 > MAX_CHUNK_BYTES:
        raise ApiError(413, "chunk_too_large", f"a chunk is at most {MAX_CHUNK_BYTES} bytes")
    if length != last - first + 1:
        raise ApiError(400, "body_length_mismatch", "the body is not as long as its range")
    return first, total


@router.put(
    BLOB_PATH,
    openapi_extra=_PUT_OPENAPI,
    responses={200: {"model": BlobState, "headers": _STATE_HEADERS}},
)
async def blob_put(
    sha256: Sha256, request: Request, device: CurrentDevice, engine: Engine
) -> Response:
    """Append one chunk at the received offset; the last one has its hash checked."""
    _check_sha(sha256)
    body = await request.body()  # already read, within the body limit, by wire.py
    start, total = _parse_range(request.headers.get("content-range"), len(body))
    try:
        state = await run_in_threadpool(
            blob_storage.put_chunk, engine, device, sha256, start, total, body
        )
    except blob_storage.BlobRefused as refusal:
        raise _refused(refusal) from None
    return Response(state.model_dump_json(), media_type="application/json", headers=_headers(state))


@router.get(BLOB_PATH, response_class=StreamingResponse, responses=_GET_RESPONSES)
def blob_get(
    sha256: Sha256,
    device: CurrentDevice,
    engine: Engine,
    range_header: Annotated[str | None, Header(alias="Range")] = None,
) -> Response:
    """The content of ``sha256`` if a record this device may see refers to it."""
    state = blob_storage.readable_state(engine, device, _check_sha(sha256))
    if state is None:
        raise ApiError(404, "blob_not_found", "no record you may see refers to this file")
    if not state.complete:
        raise ApiError(
            409, "blob_incomplete", "this file has not fully arrived yet", None, _headers(state)
        )
    start = 0
    if range_header is not None:
        match = _RANGE.fullmatch(range_header.strip())
        if match is None or int(match.group(1)) >= max(state.size, 1):
            raise ApiError(416, "range_invalid", "send Range: bytes=START- within the file")
        start = int(match.group(1))
    headers = {**_headers(state), "Content-Length": str(state.size - start)}
    status = 200
    if range_header is not None:
        status = 206
        headers["Content-Range"] = f"bytes {start}-{state.size - 1}/{state.size}"
    content: Iterator[bytes] = blob_storage.iter_content(engine, sha256, start)
    return StreamingResponse(
        content, status_code=status, media_type="application/octet-stream", headers=headers
    )
