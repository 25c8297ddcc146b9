"""Every error answer the server gives, and the handlers that turn exceptions into them.

A 4xx body is always ``protocol.ErrorBody``: a stable code, an English message, details (no
input values echoed back). Codes and their statuses:

* 400 ``protocol_mismatch``, ``bad_gzip``, ``invalid_json``, ``bad_request``
* 401 ``auth_required``, ``token_invalid``; 403 ``token_revoked``
* 429 ``rate_limited`` (with ``Retry-After``): too many failed authentications from one
  address (``ratelimit.py``)
* 404 ``not_found``; 405 ``method_not_allowed``
* 413 ``body_too_large``, ``inflated_too_large``, ``too_many_values``; 415
  ``unsupported_encoding``
* 422 ``invalid_request`` (``details.errors``: location, type and message of each problem)
* 500 ``server_error`` (logged with its traceback by ``wire.py``; nothing in the body)
* attachments (``routers/blobs.py``): 400 ``bad_sha256``, ``bad_content_range``,
  ``body_length_mismatch``; 404 ``blob_not_found``; 409 ``blob_offset_mismatch``,
  ``blob_size_mismatch``, ``blob_incomplete``; 413 ``blob_too_large``, ``chunk_too_large``;
  416 ``range_invalid``; 422 ``blob_hash_mismatch`` (see ``sync.blob_protocol``)
* the secretariat's desk (``storage.Refused`` and the routers of reviews, conflicts, records,
  devices, definitions, audit): 403 ``secretariat_only`` (a focal-point token on a
  secretariat-only operation, or setting a review status); 404 ``record_not_found`` (absent
  or outside the token's regions: the same answer), ``conflict_not_found``,
  ``device_not_found``; 409 ``review_id_taken``, ``conflict_already_resolved``,
  ``device_exists``, ``device_sees_all``, ``form_version_not_newer``; 422 ``text_invalid``,
  ``form_invalid`` (``details.reason``), ``form_version_too_large``, ``device_name_invalid``,
  ``device_needs_region``, ``region_code_invalid``
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request  # noqa: TID253 - the server is where FastAPI lives
from fastapi.exceptions import RequestValidationError  # noqa: TID253 - as above
from fastapi.responses import JSONResponse  # noqa: TID253 - as above
from starlette.exceptions import HTTPException
from starlette.routing import Match

from focalpoint.server.storage.refused import Refused
from focalpoint.sync.protocol import ErrorBody

logger = logging.getLogger(__name__)

HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class ApiError(Exception):
    """An answer other than success, raised by a dependency or route and sent as ``ErrorBody``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str = "",
        details: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.details = dict(details or {})
        self.headers = dict(headers or {})


def error_response(
    status: int,
    code: str,
    message: str = "",
    details: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """The JSON answer for an error (``ErrorBody``)."""
    body = ErrorBody(code=code, message=message, details=dict(details or {}))
    return JSONResponse(body.model_dump(), status_code=status, headers=dict(headers or {}))


def install(app: FastAPI) -> None:
    """Register the handlers that shape every 4xx answer of ``app``."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(Refused, _refused)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)


def _api_error(_request: Request, error: ApiError) -> JSONResponse:
    return error_response(error.status, error.code, error.message, error.details, error.headers)


def _refused(_request: Request, refusal: Refused) -> JSONResponse:
    logger.info("request refused: %s", refusal.code)
    return error_response(refusal.status, refusal.code, refusal.message, refusal.details)


def _validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
    problems = [_problem(item) for item in error.errors()]
    if any(problem["type"] == "json_invalid" for problem in problems):
        return error_response(400, "invalid_json", "the body is not valid JSON")
    logger.info("request refused: %d validation problem(s)", len(problems))
    return error_response(
        422, "invalid_request", "the request does not match the protocol", {"errors": problems}
    )


def _problem(item: Mapping[str, Any]) -> dict[str, Any]:
    """One validation problem without the value that caused it (it may be personal data)."""
    location: Sequence[Any] = item.get("loc", ())
    return {
        "loc": [part if isinstance(part, int) else str(part) for part in location],
        "type": str(item.get("type", "")),
        "msg": str(item.get("msg", "")),
    }


def _http_error(request: Request, error: HTTPException) -> JSONResponse:
    code = HTTP_CODES.get(error.status_code, "http_error")
    message = error.detail if isinstance(error.detail, str) else ""
    headers = dict(error.headers or {})
    if error.status_code == 405:
        headers["Allow"] = _allowed_methods(request)
    return error_response(error.status_code, code, message, headers=headers)


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at the request's path (Starlette's 405 names only those
    of the first route matching the path: ``Allow: HEAD`` for a blob, which has GET and PUT)."""
    routes = request.app.router.routes
    return ", ".join(
        method
        for method in HTTP_METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes
        )
    )
