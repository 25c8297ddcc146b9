"""Reading the changes after a pull cursor, scoped to the device's regions, paged by seq.

Records (tombstones included), conflicts (resolved ones again, with their new seq) and review
entries share one sequence; a page holds at most ``limit`` of them together, by seq. A page is
read in one transaction and bounded by the highest seq committed when it starts
(``next_seq - 1``): every seq up to that bound is committed (see ``sequence.py``), so a cursor
moved to it skips nothing, on SQLite and on PostgreSQL alike, even though records, conflicts
and reviews are three queries.

The records a page sends are logged in the audit log (``read``, one ``executemany``), and what
the laptop says of itself (its app version, the records it has waiting) is kept for the
Appareils page. Both are written after the page is read, in one short write transaction, and
only when there is something to write: an empty sync by a laptop whose figures did not change
takes the write lock at most once a minute, as before (to say it was seen).

Records last written by the pulling device are not sent back (it has them: DESIGN §9, "the
first pull after a device's own push sends back none of its records"), but the cursor moves
past them. ``include_own=True`` sends them too, for a laptop rebuilding its database.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.server.storage.audit import log_reads
from focalpoint.server.storage.conflicts import read_conflicts_after
from focalpoint.server.storage.definitions import highest_definitions_seq
from focalpoint.server.storage.devices import TOUCH_EVERY_SECONDS, Device, region_clause
from focalpoint.server.storage.engine import get_epoch, reading, utc_now, writing
from focalpoint.server.storage.reviews import read_reviews_after
from focalpoint.server.storage.schema import devices, records
from focalpoint.server.storage.sequence import highest_committed_seq
from focalpoint.sync.protocol import (
    Digest,
    PullResponse,
    ServerConflict,
    ServerRecord,
    ServerReview,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LaptopReport:
    """What a laptop says of itself on a pull (``APP_VERSION_HEADER``, ``WAITING_HEADER``);
    None: not said."""

    app_version: str | None = None
    waiting: int | None = None


def read_changes(
    engine: sa.Engine,
    device: Device,
    since: int,
    limit: int,
    *,
    include_own: bool = False,
    report: LaptopReport | None = None,
) -> PullResponse:
    """At most ``limit`` (≥ 1) changes with seq > ``since`` in ``device``'s regions, by seq.

    ``next_since`` is the cursor to store with the page; ``more`` says whether another page
    waits. Also logs the records sent (audit ``read``), records that the device was seen and
    synced (at most once a minute) and keeps what its ``report`` says when it changed.
    """
    with reading(engine) as conn:
        high = highest_committed_seq(conn)
        own = None if include_own else device.id
        found: list[ServerRecord | ServerConflict | ServerReview] = [
            *_read_records(conn, device, since, high, limit + 1, skip_device=own),
            *read_conflicts_after(conn, device, since, high, limit + 1),
            *read_reviews_after(conn, device, since, high, limit + 1),
        ]
        changes = sorted(found, key=lambda change: change.seq)
        page, more = changes[:limit], len(changes) > limit
        next_since = page[-1].seq if more else max(since, high)
        digest = None if more else _digest(conn, device, next_since)
        epoch = get_epoch(conn)
        definitions_seq = highest_definitions_seq(conn)
        seen = conn.execute(
            sa.select(devices.c.last_sync_at, devices.c.app_version, devices.c.waiting).where(
                devices.c.id == device.id
            )
        ).first()
    sent = [change for change in page if isinstance(change, ServerRecord)]
    _note_pull(engine, device, [record.id for record in sent], seen, report or LaptopReport())
    logger.info(
        "device %s pulled %d change(s) after %d (more: %s)", device.id, len(page), since, more
    )
    return PullResponse(
        records=sent,
        conflicts=[change for change in page if isinstance(change, ServerConflict)],
        reviews=[change for change in page if isinstance(change, ServerReview)],
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


def _note_pull(
    engine: sa.Engine,
    device: Device,
    sent: list[str],
    seen: sa.Row | None,
    report: LaptopReport,
) -> None:
    """Log the records sent and update the device's row, in one write transaction, only when
    there is something to write (see the module docstring)."""
    now = utc_now()
    values: dict[str, object] = {}
    if report.app_version is not None and (seen is None or seen.app_version != report.app_version):
        values["app_version"] = report.app_version
    if report.waiting is not None and (seen is None or seen.waiting != report.waiting):
        values["waiting"] = report.waiting
    cutoff = datetime.fromisoformat(now) - timedelta(seconds=TOUCH_EVERY_SECONDS)
    last_sync = None if seen is None else seen.last_sync_at
    stale = last_sync is None or datetime.fromisoformat(last_sync) <= cutoff
    if not (sent or values or stale):
        return  # a pull never takes the write lock just to say it was here
    with writing(engine) as conn:
        log_reads(conn, device.id, sent, now=now, detail="pull")
        conn.execute(
            devices.update()
            .where(devices.c.id == device.id)
            .values(last_seen_at=now, last_sync_at=now, **values)
        )
