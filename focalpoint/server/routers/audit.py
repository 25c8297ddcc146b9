"""``GET /api/v1/audit?since=ID&limit=N``: the audit log, oldest first (secretariat only).

``record_id`` and ``device`` (a device's name) narrow it down. A ``limit`` above the largest
page is clamped to it, as a pull's is.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query  # noqa: TID253 - the server is where FastAPI lives

from focalpoint.server import storage
from focalpoint.server.deps import Engine, secretariat_device
from focalpoint.server.routers import ERRORS
from focalpoint.server.routers.records import UUID4
from focalpoint.server.storage.audit import MAX_PAGE
from focalpoint.server.storage.schema import TEXT_LENGTH
from focalpoint.sync.protocol import AUDIT_PATH, AuditEntry, AuditPage

MAX_ID = 2**31 - 1  # audit ids are 32-bit integer columns

router = APIRouter(tags=["desk"], dependencies=[Depends(secretariat_device)], responses=ERRORS)


@router.get(AUDIT_PATH)
def audit(
    engine: Engine,
    since: Annotated[int, Query(ge=0, le=MAX_ID, description="the last entry seen")] = 0,
    limit: Annotated[int, Query(ge=1, description="page size, clamped")] = MAX_PAGE,
    record_id: Annotated[str | None, Query(pattern=UUID4, description="one record's")] = None,
    name: Annotated[
        str | None, Query(alias="device", max_length=TEXT_LENGTH, description="one device's")
    ] = None,
) -> AuditPage:
    """The audit entries after ``since``; ``next_since`` is the cursor for the next page."""
    if name is not None and not name.isprintable():  # no device has such a name
        return AuditPage(entries=[], next_since=since, more=False)
    rows, more = storage.read_audit(
        engine, since=since, limit=min(limit, MAX_PAGE), record_id=record_id, device=name
    )
    entries = [
        AuditEntry(
            id=row.id,
            at=row.at,
            device=row.device,
            action=row.action,
            record_id=row.record_id,
            detail=row.detail,
        )
        for row in rows
    ]
    return AuditPage(entries=entries, next_since=entries[-1].id if entries else since, more=more)
