"""``GET /api/v1/pull``: the changes after a cursor, in the token's regions, paged by seq.

A ``limit`` above the server's ``max_pull_limit`` is clamped to it (not refused), so a client
never has to know the server's setting; ``next_since`` tells it where the page ended.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query  # noqa: TID253 - the server is where FastAPI lives

from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, CurrentSettings, Engine, current_device
from focalpoint.server.routers import ERRORS
from focalpoint.sync.protocol import MAX_PULL_LIMIT, PULL_PATH, PullResponse

MAX_SEQ = 2**63 - 1  # a seq is a signed 64-bit integer in the database

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
) -> PullResponse:
    """One page of changes after ``since``; store it with ``next_since`` in one transaction."""
    page_size = min(limit, settings.max_pull_limit)
    return storage.read_changes(engine, device, since, page_size, include_own=include_own)
