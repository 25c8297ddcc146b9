"""``GET /api/v1/definitions``: form versions and reference lists published after a cursor.

Any enrolled, non-revoked device may read them (they are the same for every region). A laptop
calls it only when a pull answer's ``definitions_seq`` is above its stored cursor.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Query  # noqa: TID253 - the server is where FastAPI lives

from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, Engine, current_device
from focalpoint.server.routers import ERRORS
from focalpoint.sync.protocol import DEFINITIONS_PATH, DefinitionsResponse

logger = logging.getLogger(__name__)

MAX_SEQ = 2**63 - 1  # a seq is a signed 64-bit integer in the database

router = APIRouter(tags=["definitions"], dependencies=[Depends(current_device)], responses=ERRORS)


@router.get(DEFINITIONS_PATH)
def definitions(
    device: CurrentDevice,
    engine: Engine,
    since: Annotated[int, Query(ge=0, le=MAX_SEQ, description="the definitions cursor")] = 0,
) -> DefinitionsResponse:
    """Every definition published after ``since``; store them with ``next_since``."""
    answer = storage.read_definitions(engine, since)
    logger.info(
        "device %s fetched %d definition(s) after %d", device.id, len(answer.definitions), since
    )
    return answer
