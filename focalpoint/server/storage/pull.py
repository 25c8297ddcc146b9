"""Reading the changes after a pull cursor, scoped to the device's regions, paged by seq.

Records (tombstones included) and conflicts share one sequence. A page is read in one
transaction and bounded by the highest seq committed when it starts (``next_seq - 1``): every
seq up to that bound is committed (see push.py), so a cursor moved to it skips nothing, on
SQLite and on PostgreSQL alike, even though records and conflicts are two queries.

Records last written by the pulling device are not sent back (it has them: DESIGN §9, "the
first pull after a device's own push sends back none of its records"), but the cursor moves
past them. ``include_own=True`` sends them too, for a laptop rebuilding its database.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.server.storage.definitions import highest_definitions_seq
from focalpoint.server.storage.devices import (
    TOUCH_EVERY_SECONDS,
    Device,
    region_clause,
    touch_device,
)
from focalpoint.server.storage.engine import get_epoch, reading, utc_now, writing
from focalpoint.server.storage.schema import conflicts, devices, meta, records
from focalpoint.sync.protocol import Digest, PullResponse, ServerConflict, ServerRecord

logger = logging.getLogger(__name__)


def read_changes(
    engine: sa.Engine, device: Device, since: int, limit: int, *, include_own: bool = False
) -> PullResponse:
    """At most ``limit`` (≥ 1) changes with seq > ``since`` in ``device``'s regions, by seq.

    ``next_since`` is the cursor to store with the page; ``more`` says whether another page
    waits. Also records that the device was seen (at most once a minute).
    """
    with reading(engine) as conn:
        high = _highest_committed_seq(conn)
        own = None if include_own else device.id
        found_records = _read_records(conn, device, since, high, limit + 1, skip_device=own)
        found_conflicts = _read_conflicts(conn, device, since, high, limit + 1)
        changes = sorted([*found_records, *found_conflicts], key=lambda change: change.seq)
        page, more = changes[:limit], len(changes) > limit
        next_since = page[-1].seq if more else max(since, high)
        digest = None if more else _digest(conn, device, next_since)
        epoch = get_epoch(conn)
        definitions_seq = highest_definitions_seq(conn)
        last_seen = conn.execute(
            sa.select(devices.c.last_seen_at).where(devices.c.id == device.id)
        ).scalar_one_or_none()
    _touch_if_stale(engine, device, last_seen)
    logger.info(
        "device %s pulled %d change(s) after %d (more: %s)", device.id, len(page), since, more
    )
    return PullResponse(
        records=[change for change in page if isinstance(change, ServerRecord)],
        conflicts=[change for change in page if isinstance(change, ServerConflict)],
        next_since=next_since,
        more=more,
        server_epoch=epoch,
        regions=list(device.regions),
        digest=digest,
        definitions_seq=definitions_seq,
    )


def _digest(conn: sa.Connection, device: Device, high: int) -> Digest:
    """Count, tombstones and version sum of the records ``device`` may see up to ``high``."""
    query = (
        sa.select(
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(sa.case((records.c.deleted, 1), else_=0)), 0),
            sa.func.coalesce(sa.func.sum(records.c.version), 0),
        )
        .where(records.c.seq <= high)
        .where(region_clause(device, records.c.region))
    )
    count, deleted, versions = conn.execute(query).one()
    return Digest(count=int(count), deleted=int(deleted), versions=int(versions))


def _highest_committed_seq(conn: sa.Connection) -> int:
    query = sa.select(meta.c.value).where(meta.c.key == "next_seq")
    return int(conn.execute(query).scalar_one()) - 1


def _read_records(
    conn: sa.Connection,
    device: Device,
    since: int,
    high: int,
    limit: int,
    *,
    skip_device: int | None,
) -> list[ServerRecord]:
    query = (
        sa.select(records)
        .where(records.c.seq > since, records.c.seq <= high)
        .where(region_clause(device, records.c.region))
        .order_by(records.c.seq)
        .limit(limit)
    )
    if skip_device is not None:
        query = query.where(records.c.device_id != skip_device)
    return [
        ServerRecord(
            id=row.id,
            form_id=row.form_id,
            form_version=row.form_version,
            region=row.region,
            status=row.status,
            data=json.loads(row.data),
            deleted=row.deleted,
            version=row.version,
            seq=row.seq,
            author=row.author,
            updated_at=row.updated_at,
        )
        for row in conn.execute(query)
    ]


def _read_conflicts(
    conn: sa.Connection, device: Device, since: int, high: int, limit: int
) -> list[ServerConflict]:
    query = (
        sa.select(conflicts)
        .where(conflicts.c.seq > since, conflicts.c.seq <= high)
        .where(region_clause(device, conflicts.c.region))
        .order_by(conflicts.c.seq)
        .limit(limit)
    )
    return [
        ServerConflict(
            conflict_id=row.id,
            record_id=row.record_id,
            code=row.code,
            data=json.loads(row.data),
            deleted=row.deleted,
            seq=row.seq,
            created_at=row.created_at,
        )
        for row in conn.execute(query)
    ]


def _touch_if_stale(engine: sa.Engine, device: Device, last_seen: str | None) -> None:
    now = utc_now()
    cutoff = datetime.fromisoformat(now) - timedelta(seconds=TOUCH_EVERY_SECONDS)
    if last_seen is not None and datetime.fromisoformat(last_seen) > cutoff:
        return  # a pull never takes the write lock just to say it was here
    with writing(engine) as conn:
        touch_device(conn, device, now=now)
