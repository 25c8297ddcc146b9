"""One router per resource of the sync API (push, pull, ping, definitions, blobs, revocations,
and the secretariat's desk: reviews, conflicts, records, devices, audit); ``app.py`` assembles
them."""

from __future__ import annotations

from typing import Any

from focalpoint.sync.protocol import ErrorBody

ERROR = {"model": ErrorBody}
RETRY_AFTER = {
    "Retry-After": {
        "description": "seconds to wait before trying again",
        "schema": {"type": "string", "pattern": "^[0-9]+$"},
    }
}
ERRORS: dict[int | str, dict[str, Any]] = {
    **{status: ERROR for status in (400, 401, 403, 413, 415, 422)},
    429: {**ERROR, "description": "Too many failed authentications", "headers": RETRY_AFTER},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: ERROR}
CONFLICT: dict[int | str, dict[str, Any]] = {409: ERROR}
