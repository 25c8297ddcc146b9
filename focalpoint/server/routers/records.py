"""``GET /api/v1/records/{record_id}/history``: every version of a record, the losing copies
the conflict rule kept, and its review thread. The read is logged in the audit log; a record
outside the token's regions is answered as an absent one (404 ``record_not_found``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path  # noqa: TID253 - the server is where FastAPI lives

from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, Engine, current_device
from focalpoint.server.routers import ERRORS, NOT_FOUND
from focalpoint.sync.protocol import HISTORY_PATH, RecordHistory

UUID4 = (
    r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"  # protocol.RecordId
)

router = APIRouter(
    tags=["desk"], dependencies=[Depends(current_device)], responses={**ERRORS, **NOT_FOUND}
)


@router.get(HISTORY_PATH)
def history(
    record_id: Annotated[str, Path(pattern=UUID4, description="the record's id (a UUID4)")],
    device: CurrentDevice,
    engine: Engine,
) -> RecordHistory:
    """The record's versions and losing copies by seq, and its review thread."""
    return storage.read_history(engine, device, record_id)
