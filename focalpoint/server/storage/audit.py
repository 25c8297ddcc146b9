"""The audit log: who (which device) read or did what, and when.

Actions (``ACTIONS``): ``read`` — a record sent to a device by a pull (``detail`` "pull"), or a
record's history read (``detail`` "history"); ``review``; ``resolve``; ``enrol``; ``revoke``;
``reassign``; ``publish``. Rows are written inside the transaction of what they log (one
``executemany`` for the records of a pull page). A token never reaches this table: rows hold
the device's id, a record id and a short detail made by the server (a device name, a form id
and version, a review status), never anything taken from a request's headers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.server.storage.engine import reading
from focalpoint.server.storage.schema import TEXT_LENGTH, audit, devices

logger = logging.getLogger(__name__)

ACTIONS = ("read", "review", "resolve", "enrol", "revoke", "reassign", "publish")
MAX_PAGE = 1000


@dataclass(frozen=True)
class AuditRow:
    """One line of the audit log, with the device's name."""

    id: int
    at: str
    device: str
    action: str
    record_id: str | None
    detail: str


def log_action(
    conn: sa.Connection,
    device_id: int,
    action: str,
    *,
    now: str,
    record_id: str | None = None,
    detail: str = "",
) -> None:
    """Add one row to the audit log, in ``conn``'s (write) transaction."""
    conn.execute(
        audit.insert().values(
            at=now,
            device_id=device_id,
            action=action,
            record_id=record_id,
            detail=detail[:TEXT_LENGTH],
        )
    )


def log_reads(
    conn: sa.Connection, device_id: int, record_ids: Iterable[str], *, now: str, detail: str
) -> int:
    """Log that ``device_id`` was sent each of ``record_ids`` (one ``executemany``); returns
    how many rows were written (none, and no statement, for no record)."""
    rows = [
        {"at": now, "device_id": device_id, "action": "read", "record_id": rid, "detail": detail}
        for rid in record_ids
    ]
    if rows:
        conn.execute(audit.insert(), rows)
    return len(rows)


def read_audit(
    engine: sa.Engine,
    *,
    since: int = 0,
    limit: int = MAX_PAGE,
    record_id: str | None = None,
    device: str | None = None,
) -> tuple[list[AuditRow], bool]:
    """The audit rows with id > ``since``, oldest first, at most ``limit`` (≥ 1), only those
    of ``record_id`` and of the device named ``device`` when given; and whether more follow.

    On PostgreSQL a row may commit after a row with a higher id (ids come from a sequence):
    a reader following ``since`` at the very moment of a write may skip it. The log itself
    misses nothing (``focalpoint server audit`` reads it whole).
    """
    query = (
        sa.select(
            audit.c.id,
            audit.c.at,
            devices.c.name,
            audit.c.action,
            audit.c.record_id,
            audit.c.detail,
        )
        .join(devices, devices.c.id == audit.c.device_id)
        .where(audit.c.id > since)
        .order_by(audit.c.id)
        .limit(limit + 1)
    )
    if record_id is not None:
        query = query.where(audit.c.record_id == record_id)
    if device is not None:
        query = query.where(devices.c.name == device)
    with reading(engine) as conn:
        rows = [AuditRow(*row) for row in conn.execute(query)]
    return rows[:limit], len(rows) > limit
