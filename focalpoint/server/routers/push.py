"""``POST /api/v1/push``: one batch of records, applied in one transaction (DESIGN §5)."""

from __future__ import annotations

from fastapi import APIRouter, Depends  # noqa: TID253 - the server is where FastAPI lives

from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, Engine, current_device
from focalpoint.server.routers import ERRORS
from focalpoint.sync.protocol import PUSH_PATH, PushRequest, PushResponse

router = APIRouter(tags=["sync"], dependencies=[Depends(current_device)], responses=ERRORS)


@router.post(PUSH_PATH)
def push(batch: PushRequest, device: CurrentDevice, engine: Engine) -> PushResponse:
    """Apply a batch: each record is acked, put in conflict or rejected; a replayed
    ``batch_id`` returns the stored answer."""
    return storage.apply_push(engine, device, batch)
