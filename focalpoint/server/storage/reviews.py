"""Review threads: a record's status (set by the secretariat) and comments (by anyone who may
see the record), one entry at a time.

An entry takes the next seq of the records' counter (``sequence.py``) under the write lock, like
a pushed record, so a pull cursor covers it; it keeps the record's region, so pulls scope it
with a plain column. Its ``author`` and ``role`` come from the token, its ``created_at`` from the
server's clock. Entries are never changed: sending the same ``id`` again returns the stored
entry (a retry never doubles a comment).
"""

from __future__ import annotations

import logging

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.server.storage.audit import log_action
from focalpoint.server.storage.devices import Device, region_clause
from focalpoint.server.storage.engine import utc_now, writing
from focalpoint.server.storage.refused import Refused, check_text, record_not_found
from focalpoint.server.storage.schema import records, reviews
from focalpoint.server.storage.sequence import lock_next_seq, store_next_seq
from focalpoint.sync.protocol import ServerReview, WireReview

logger = logging.getLogger(__name__)

SECRETARIAT = "secretariat"


def add_review(engine: sa.Engine, device: Device, review: WireReview) -> ServerReview:
    """Store ``review`` for ``device`` and return it as kept (logged ``review`` in the audit).

    Raises ``Refused``: 403 ``secretariat_only`` when a focal point sets a status; 404
    ``record_not_found`` for a record absent or outside ``device``'s regions; 409
    ``review_id_taken`` when the id is already used by another entry (another record, another
    device or other content); 422 ``text_invalid`` for a comment no database can store. The
    same entry sent again by the same device is returned as stored, unchanged.
    """
    if review.status is not None and device.role != SECRETARIAT:
        raise Refused(403, "secretariat_only", "only the secretariat sets a review status")
    check_text(review.comment)
    with writing(engine) as conn:
        seq = lock_next_seq(conn)
        region = conn.execute(
            sa.select(records.c.region).where(records.c.id == review.record_id)
        ).scalar_one_or_none()
        if region is None or not device.may_see(region):
            raise record_not_found()
        stored = conn.execute(sa.select(reviews).where(reviews.c.id == review.id)).first()
        if stored is not None:
            if _is_same(stored, device, review):
                logger.info("device %s sent review %s again", device.id, review.id)
                return _entry(stored)
            raise Refused(409, "review_id_taken", "this review id is already used")
        now = utc_now()
        row = {
            "id": review.id,
            "record_id": review.record_id,
            "region": region,
            "status": review.status,
            "comment": review.comment,
            "author": device.name,
            "role": device.role,
            "created_at": now,
            "seq": seq,
            "device_id": device.id,
        }
        conn.execute(reviews.insert().values(**row))
        store_next_seq(conn, seq + 1)
        detail = review.status or "comment"
        log_action(conn, device.id, "review", now=now, record_id=review.record_id, detail=detail)
    logger.info(
        "device %s: review %s on record %s (seq %d)", device.id, review.id, review.record_id, seq
    )
    return ServerReview(
        id=review.id,
        record_id=review.record_id,
        status=review.status,
        comment=review.comment,
        author=device.name,
        role=device.role,
        created_at=now,
        seq=seq,
    )


def _is_same(stored: sa.Row, device: Device, review: WireReview) -> bool:
    return (
        stored.device_id == device.id
        and stored.record_id == review.record_id
        and stored.status == review.status
        and stored.comment == review.comment
    )


def _entry(row: sa.Row) -> ServerReview:
    return ServerReview(
        id=row.id,
        record_id=row.record_id,
        status=row.status,
        comment=row.comment,
        author=row.author,
        role=row.role,
        created_at=row.created_at,
        seq=row.seq,
    )


def read_thread(conn: sa.Connection, record_id: str) -> list[ServerReview]:
    """Every entry of ``record_id``'s thread, oldest first (the caller checked the scope)."""
    query = sa.select(reviews).where(reviews.c.record_id == record_id).order_by(reviews.c.seq)
    return [_entry(row) for row in conn.execute(query)]


def read_reviews_after(
    conn: sa.Connection, device: Device, since: int, high: int, limit: int
) -> list[ServerReview]:
    """At most ``limit`` entries with ``since`` < seq ≤ ``high`` in ``device``'s regions, by
    seq (a pull page)."""
    query = (
        sa.select(reviews)
        .where(reviews.c.seq > since, reviews.c.seq <= high)
        .where(region_clause(device, reviews.c.region))
        .order_by(reviews.c.seq)
        .limit(limit)
    )
    return [_entry(row) for row in conn.execute(query)]
