"""``GET /api/v1/ping``: who the token is, for enrolment (and a cheap connectivity check)."""

from __future__ import annotations

from fastapi import APIRouter, Depends  # noqa: TID253 - the server is where FastAPI lives
from pydantic import BaseModel, ConfigDict

from focalpoint.server.deps import CurrentDevice, Epoch, current_device
from focalpoint.server.routers import ERRORS

PING_PATH = "/api/v1/ping"

router = APIRouter(tags=["devices"], dependencies=[Depends(current_device)], responses=ERRORS)


class PingResponse(BaseModel):
    """The device's name, its regions (``["*"]`` for the secretariat) and the server epoch."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    device: str
    regions: list[str]
    server_epoch: str


@router.get(PING_PATH)
def ping(device: CurrentDevice, epoch: Epoch) -> PingResponse:
    """Check a token and learn what it may see."""
    return PingResponse(device=device.name, regions=list(device.regions), server_epoch=epoch)
