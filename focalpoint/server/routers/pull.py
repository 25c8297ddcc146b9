"""``GET /api/v1/pull``: the changes after a cursor, in the token's regions, paged by seq.

A ``limit`` above the server's ``max_pull_limit`` is clamped to it (not refused), so a client
never has to know the server's setting; ``next_since`` tells it where the page ended. The
laptop's ``APP_VERSION_HEADER`` and ``WAITING_HEADER`` are kept for the Appareils page.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import (  # noqa: TID253 - the server is where FastAPI lives
    APIRouter,
    Depends,
    Header,
    Query,
)

from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, CurrentSettings, Engine, current_device
from focalpoint.server.routers import ERRORS
from focalpoint.sync.protocol import (
    APP_VERSION_HEADER,
    MAX_PULL_LIMIT,
    PULL_PATH,
    WAITING_HEADER,
    PullResponse,
)

MAX_SEQ = 2**63 - 1  # a seq is a signed 64-bit integer in the database
# The number of records waiting, as decimal text (a header; described as a string: tools that
# check requests against the description read headers as strings).
WAITING_PATTERN = r"^[0-9]{1,9}$"
VERSION_PATTERN = r"^[ -~]{1,64}$"  # printable ASCII: "0.1.0", "0.2.0.dev3+g1a2b3c"

router = APIRouter(tags=["sync"], dependencies=[Depends(current_device)], responses=ERRORS)


@router.get(PULL_PATH)
def pull(
    device: CurrentDevice,
    engine: Engine,
    settings: CurrentSettings,
    since: Annotated[int, Query(ge=0, le=MAX_SEQ, description="the cursor")] = 0,
    limit: Annotated[int, Query(ge=1, description="page size, clamped")] = MAX_PULL_LIMIT,
    include_own: Annotated[
        bool, Query(description="also send records this device wrote last")
    ] = False,
    app_version: Annotated[
        str, Header(alias=APP_VERSION_HEADER, pattern=VERSION_PATTERN, description="app version")
    ] = "",
    waiting: Annotated[
        str, Header(alias=WAITING_HEADER, pattern=WAITING_PATTERN, description="records to send")
    ] = "",
) -> PullResponse:
    """One page of changes after ``since``; store it with ``next_since`` in one transaction."""
    page_size = min(limit, settings.max_pull_limit)
    report = storage.LaptopReport(
        app_version=app_version or None, waiting=int(waiting) if waiting else None
    )
    return storage.read_changes(
        engine, device, since, page_size, include_own=include_own, report=report
    )
