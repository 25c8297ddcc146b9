"""``POST /api/v1/reviews``: one entry of a record's review thread (a status, a comment).

Any enrolled device may comment on a record it may see; only the secretariat sets a status
(403 ``secretariat_only``). The entry's author, role and time come from the token and the
server; sending the same id again returns the stored entry (``storage.add_review``).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends  # noqa: TID253 - the server is where FastAPI lives
from starlette.concurrency import run_in_threadpool

from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, Engine, current_device
from focalpoint.server.routers import CONFLICT, ERRORS, NOT_FOUND
from focalpoint.sync.protocol import REVIEWS_PATH, ServerReview, WireReview

router = APIRouter(
    tags=["desk"],
    dependencies=[Depends(current_device)],
    responses={**ERRORS, **NOT_FOUND, **CONFLICT},
)


@router.post(REVIEWS_PATH)
async def post_review(review: WireReview, device: CurrentDevice, engine: Engine) -> ServerReview:
    """Add ``review`` to its record's thread; the entry as the server keeps it."""
    return await run_in_threadpool(storage.add_review, engine, device, review)
