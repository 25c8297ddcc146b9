"""Conflicts once kept: reading them for a pull page, and marking one resolved.

A conflict is resolved after the chosen data was pushed as an ordinary edit of its record;
resolving only says so. The resolved conflict takes a NEW seq from the records' counter (under
the write lock, like a push), so every pull in its region sends it again, ``resolved`` true.
"""

from __future__ import annotations

import json
import logging

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.server.storage.audit import log_action
from focalpoint.server.storage.devices import Device, region_clause
from focalpoint.server.storage.engine import utc_now, writing
from focalpoint.server.storage.refused import Refused, check_text
from focalpoint.server.storage.schema import conflicts
from focalpoint.server.storage.sequence import lock_next_seq, store_next_seq
from focalpoint.sync.protocol import ServerConflict

logger = logging.getLogger(__name__)


def resolve_conflict(
    engine: sa.Engine, device: Device, conflict_id: int, note: str = ""
) -> ServerConflict:
    """Mark conflict ``conflict_id`` resolved by ``device`` (logged ``resolve`` in the audit);
    returns it as pulls will now send it.

    A focal point may resolve the conflicts of its regions, the secretariat any. Raises
    ``Refused``: 404 ``conflict_not_found`` (absent, or outside ``device``'s regions: the same
    answer), 409 ``conflict_already_resolved``, 422 ``text_invalid`` for a note no database can
    store.
    """
    check_text(note)
    with writing(engine) as conn:
        seq = lock_next_seq(conn)
        row = conn.execute(sa.select(conflicts).where(conflicts.c.id == conflict_id)).first()
        if row is None or not device.may_see(row.region):
            raise Refused(404, "conflict_not_found", "no conflict with this id in your regions")
        if row.resolved_at is not None:
            raise Refused(
                409,
                "conflict_already_resolved",
                "this conflict is already resolved",
                {"resolved_by": row.resolved_by or "", "resolved_at": row.resolved_at},
            )
        now = utc_now()
        conn.execute(
            conflicts.update()
            .where(conflicts.c.id == conflict_id)
            .values(resolved_at=now, resolved_by=device.name, resolution_note=note, seq=seq)
        )
        store_next_seq(conn, seq + 1)
        log_action(
            conn,
            device.id,
            "resolve",
            now=now,
            record_id=row.record_id,
            detail=f"conflict {row.id}",
        )
        resolved = conn.execute(sa.select(conflicts).where(conflicts.c.id == conflict_id)).one()
    logger.info("device %s resolved conflict %d (seq %d)", device.id, conflict_id, seq)
    return server_conflict(resolved)


def server_conflict(row: sa.Row) -> ServerConflict:
    """A ``conflicts`` row as the wire sends it."""
    return ServerConflict(
        conflict_id=row.id,
        record_id=row.record_id,
        code=row.code,
        data=json.loads(row.data),
        deleted=row.deleted,
        seq=row.seq,
        created_at=row.created_at,
        resolved=row.resolved_at is not None,
        resolved_by=row.resolved_by or "",
        resolved_at=row.resolved_at or "",
    )


def read_conflicts_after(
    conn: sa.Connection, device: Device, since: int, high: int, limit: int
) -> list[ServerConflict]:
    """At most ``limit`` conflicts with ``since`` < seq ≤ ``high`` in ``device``'s regions,
    by seq (a pull page; resolved ones included)."""
    query = (
        sa.select(conflicts)
        .where(conflicts.c.seq > since, conflicts.c.seq <= high)
        .where(region_clause(device, conflicts.c.region))
        .order_by(conflicts.c.seq)
        .limit(limit)
    )
    return [server_conflict(row) for row in conn.execute(query)]
