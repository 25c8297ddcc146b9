"""One router per resource of the sync API (push, pull, ping, definitions); ``app.py``
assembles them."""

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
