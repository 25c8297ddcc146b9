"""One router per resource of the sync API (push, pull, ping, definitions); ``app.py``
assembles them."""

from __future__ import annotations

from typing import Any

from focalpoint.sync.protocol import ErrorBody

ERROR = {"model": ErrorBody}
ERRORS: dict[int | str, dict[str, Any]] = {
    status: ERROR for status in (400, 401, 403, 413, 415, 422)
}
