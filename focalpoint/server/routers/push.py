"""``POST /api/v1/push``: one batch of records, applied in one transaction (DESIGN §5).

The body is validated straight from its JSON text by pydantic (``model_validate_json``, in
Rust) rather than parsed to Python objects first and validated after: a third of a push's CPU.
The OpenAPI description still declares it as a ``PushRequest``.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Request  # noqa: TID253 - the server is where FastAPI lives
from fastapi.exceptions import RequestValidationError  # noqa: TID253 - as above
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, CurrentSettings, Engine, current_device
from focalpoint.server.routers import ERRORS
from focalpoint.server.wire import VALUES_COUNTED, check_json_values
from focalpoint.sync.protocol import PUSH_PATH, PushRequest, PushResponse

router = APIRouter(tags=["sync"], dependencies=[Depends(current_device)], responses=ERRORS)

_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
    },
    # A pull after a push brings back what it wrote (OpenAPI tools chain the two: schemathesis's
    # stateful phase then checks the pull answer with pushed records in it).
    "responses": {
        "200": {
            "links": {
                "own_records": {
                    "operationRef": "#/paths/~1api~1v1~1pull/get",
                    "parameters": {"since": 0, "include_own": True},
                }
            }
        }
    },
}


def document(app: FastAPI) -> None:
    """Add ``PushRequest`` (and the models it uses) to ``app``'s OpenAPI components."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        schema = build()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        if "PushRequest" not in components:
            model = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(model.pop("$defs", {}))
            components["PushRequest"] = model
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _parse(body: bytes) -> PushRequest:
    """The batch in ``body``. Text pydantic's JSON parser refuses (an escaped lone surrogate,
    which Python's accepts) is parsed again the slow way, so that such a record is refused
    alone, by the storage's checks, and not its whole batch."""
    try:
        return PushRequest.model_validate_json(body)
    except ValidationError as error:
        if not any(item["type"] == "json_invalid" for item in error.errors()):
            raise RequestValidationError(error.errors(include_url=False)) from None
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError):
        raise RequestValidationError([{"type": "json_invalid", "loc": ("body",)}]) from None
    try:
        return PushRequest.model_validate(doc)
    except ValidationError as error:
        raise RequestValidationError(error.errors(include_url=False)) from None


@router.post(PUSH_PATH, openapi_extra=_BODY)
async def push(
    request: Request, device: CurrentDevice, engine: Engine, settings: CurrentSettings
) -> PushResponse:
    """Apply a batch: each record is acked, put in conflict or rejected; a replayed
    ``batch_id`` returns the stored answer."""
    body = await request.body()
    if not getattr(request.state, VALUES_COUNTED, False):  # labelled binary: parsed all the same
        await check_json_values(body, settings.max_json_values)
    batch = _parse(body)
    return await run_in_threadpool(storage.apply_push, engine, device, batch)
