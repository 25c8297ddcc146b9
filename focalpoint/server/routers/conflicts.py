"""``POST /api/v1/conflicts/{conflict_id}/resolve``: a conflict is settled.

The chosen data was pushed first as an ordinary edit; this marks the conflict resolved, with a
new seq so that pulls send it again (``storage.resolve_conflict``). A focal point may resolve
the conflicts of its regions, the secretariat any.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path  # noqa: TID253 - the server is where FastAPI lives

from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, Engine, current_device
from focalpoint.server.routers import CONFLICT, ERRORS, NOT_FOUND
from focalpoint.sync.protocol import CONFLICT_RESOLVE_PATH, ResolveRequest, ServerConflict

MAX_ID = 2**31 - 1  # conflict ids are 32-bit integer columns

router = APIRouter(
    tags=["desk"],
    dependencies=[Depends(current_device)],
    responses={**ERRORS, **NOT_FOUND, **CONFLICT},
)


@router.post(CONFLICT_RESOLVE_PATH)
def resolve(
    conflict_id: Annotated[int, Path(ge=1, le=MAX_ID, description="the conflict's id")],
    body: ResolveRequest,
    device: CurrentDevice,
    engine: Engine,
) -> ServerConflict:
    """Mark the conflict resolved; 409 ``conflict_already_resolved`` the second time."""
    return storage.resolve_conflict(engine, device, conflict_id, body.note)
