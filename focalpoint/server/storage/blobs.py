"""Attachments on the server: resumable uploads kept in the database, scoped downloads, GC.

A blob's content is stored in ``blob_chunks`` rows (one per accepted upload chunk, keyed by
the offset of its first byte), so it lives in the same database as the records, is backed up
with them and behaves the same on SQLite and PostgreSQL. A chunk is appended only at the
offset already received (``BlobRefused`` 409 otherwise, carrying that offset so the client
resumes there). When the last byte arrives the whole content is hashed: a mismatch discards
the upload. A complete blob is never written again (identical files are stored once).

``blob_refs`` says which record refers to which blob, in which region: it is rewritten by
``replace_refs`` whenever push.py writes a record, and decides who may download a blob. The
garbage collector (``collect_garbage``) deletes abandoned uploads, complete blobs that no
record (nor any kept conflict copy) refers to, and stored push answers, all older than N days.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.server.storage.devices import Device, region_clause
from focalpoint.server.storage.engine import reading, utc_now, writing
from focalpoint.server.storage.schema import batches, blob_chunks, blob_refs, blobs, conflicts
from focalpoint.sync.blob_protocol import BlobState

logger = logging.getLogger(__name__)

HASH_PAGE = 8  # chunks read per query while hashing a finished upload
DEFAULT_GC_DAYS = 7


class BlobRefused(Exception):
    """An upload or download the server refuses; the router turns it into an ``ErrorBody``."""

    def __init__(self, status: int, code: str, message: str, *, received: int | None = None):
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.received = received


def _state(row: sa.Row) -> BlobState:
    return BlobState(
        sha256=row.sha256, received=row.received, size=row.size, complete=bool(row.complete)
    )


def blob_state(engine: sa.Engine, sha256: str) -> BlobState | None:
    """How much of ``sha256`` the server holds, or None when no upload of it ever started."""
    with reading(engine) as conn:
        row = conn.execute(sa.select(blobs).where(blobs.c.sha256 == sha256)).first()
    return None if row is None else _state(row)


def put_chunk(
    engine: sa.Engine, device: Device, sha256: str, start: int, total: int, data: bytes
) -> BlobState:
    """Append ``data`` (bytes ``start``… of a ``total``-byte file) to the upload of ``sha256``.

    Returns the state after the chunk (the same state, unchanged, if the blob is already
    complete). Raises ``BlobRefused``: 409 ``blob_offset_mismatch`` (``received`` says where to
    resume), 409 ``blob_size_mismatch``, 422 ``blob_hash_mismatch`` (the upload is discarded).
    The caller has checked the range against ``total`` and the body's length.
    """
    try:
        with writing(engine) as conn:
            state, mismatch = _put(conn, device, sha256, start, total, data)
    except sa.exc.IntegrityError:  # PostgreSQL: another device started the same upload meanwhile
        current = blob_state(engine, sha256)
        if current is not None and current.complete:
            return current
        raise BlobRefused(
            409,
            "blob_offset_mismatch",
            "another upload of this file is in progress",
            received=0 if current is None else current.received,
        ) from None
    if mismatch:
        logger.info("device %s: upload of blob %s… discarded (hash)", device.id, sha256[:12])
        raise BlobRefused(
            422, "blob_hash_mismatch", "the content does not have this SHA-256", received=0
        )
    return state


def _put(
    conn: sa.Connection, device: Device, sha256: str, start: int, total: int, data: bytes
) -> tuple[BlobState, bool]:
    query = sa.select(blobs).where(blobs.c.sha256 == sha256).with_for_update()
    row = conn.execute(query).first()
    if row is not None and row.complete:
        return _state(row), False  # stored once: the same file again is simply acknowledged
    if row is not None and row.size != total:
        if start != 0:
            raise BlobRefused(
                409,
                "blob_size_mismatch",
                "an upload of this file with another size is in progress",
                received=row.received,
            )
        _discard(conn, [sha256])  # a fresh start with another size replaces the old attempt
        row = None
    received = 0 if row is None else row.received
    if start != received:
        raise BlobRefused(
            409, "blob_offset_mismatch", "resume from the received offset", received=received
        )
    now = utc_now()
    if row is None:
        conn.execute(
            blobs.insert().values(
                sha256=sha256,
                size=total,
                received=0,
                complete=False,
                created_at=now,
                updated_at=now,
                device_id=device.id,
            )
        )
    if data:
        conn.execute(blob_chunks.insert().values(sha256=sha256, start_byte=start, data=data))
    received += len(data)
    complete = received == total
    if complete and _digest(conn, sha256) != sha256:
        _discard(conn, [sha256])
        return BlobState(sha256=sha256, received=0, size=total, complete=False), True
    if complete:
        logger.info("device %s: blob %s… complete (%d bytes)", device.id, sha256[:12], total)
    conn.execute(
        blobs.update()
        .where(blobs.c.sha256 == sha256)
        .values(received=received, complete=complete, updated_at=now)
    )
    return BlobState(sha256=sha256, received=received, size=total, complete=complete), False


def _digest(conn: sa.Connection, sha256: str) -> str:
    """The SHA-256 of the stored chunks of ``sha256``, read a few chunks at a time."""
    digest = hashlib.sha256()
    position = -1
    while True:
        rows = conn.execute(
            sa.select(blob_chunks.c.start_byte, blob_chunks.c.data)
            .where(blob_chunks.c.sha256 == sha256, blob_chunks.c.start_byte > position)
            .order_by(blob_chunks.c.start_byte)
            .limit(HASH_PAGE)
        ).all()
        if not rows:
            return digest.hexdigest()
        for row in rows:
            digest.update(row.data)
        position = rows[-1].start_byte


def _discard(conn: sa.Connection, hashes: list[str]) -> None:
    if hashes:
        conn.execute(blob_chunks.delete().where(blob_chunks.c.sha256.in_(hashes)))
        conn.execute(blobs.delete().where(blobs.c.sha256.in_(hashes)))


def readable_state(engine: sa.Engine, device: Device, sha256: str) -> BlobState | None:
    """The state of ``sha256`` if a record ``device`` may see refers to it, else None."""
    referenced = (
        sa.select(blob_refs.c.record_id)
        .where(blob_refs.c.sha256 == sha256)
        .where(region_clause(device, blob_refs.c.region))
        .limit(1)
    )
    with reading(engine) as conn:
        if conn.execute(referenced).first() is None:
            return None
        row = conn.execute(sa.select(blobs).where(blobs.c.sha256 == sha256)).first()
    if row is None:  # referenced, but its upload never started: as good as incomplete
        return BlobState(sha256=sha256, received=0, size=0, complete=False)
    return _state(row)


def iter_content(engine: sa.Engine, sha256: str, start: int = 0) -> Iterator[bytes]:
    """The content of a complete blob from byte ``start``, one stored chunk per short read
    transaction (a slow download holds no transaction open)."""
    position = start
    while True:
        with reading(engine) as conn:
            row = conn.execute(
                sa.select(blob_chunks.c.start_byte, blob_chunks.c.data)
                .where(blob_chunks.c.sha256 == sha256, blob_chunks.c.start_byte <= position)
                .order_by(blob_chunks.c.start_byte.desc())
                .limit(1)
            ).first()
        if row is None:
            return
        piece = bytes(row.data)[position - row.start_byte :]
        if not piece:
            return
        yield piece
        position += len(piece)


def replace_refs(
    conn: sa.Connection, record_id: str, region: str, hashes: Iterable[str], *, is_new: bool
) -> None:
    """Make ``blob_refs`` say that ``record_id`` (in ``region``) refers to ``hashes`` exactly.

    Called by push.py in the batch's transaction each time it writes a record (a tombstone
    refers to nothing). A new record with no attachment costs no statement at all.
    """
    if not is_new:
        conn.execute(blob_refs.delete().where(blob_refs.c.record_id == record_id))
    rows = [{"record_id": record_id, "sha256": sha, "region": region} for sha in sorted(hashes)]
    if rows:
        conn.execute(blob_refs.insert(), rows)


@dataclass(frozen=True)
class GcReport:
    """What the garbage collector removed."""

    incomplete: tuple[str, ...]  # abandoned uploads (sha256)
    unreferenced: tuple[str, ...]  # complete blobs no record refers to (sha256)
    freed_bytes: int
    batches: int  # stored push answers


def collect_garbage(
    engine: sa.Engine, *, days: int = DEFAULT_GC_DAYS, now: datetime | None = None
) -> GcReport:
    """Delete, in one transaction, what has not changed for ``days`` days: unfinished uploads,
    complete blobs that no record and no kept conflict copy refers to, and stored push answers
    (a replay older than that is not expected). The age also protects a blob uploaded just
    before the record that refers to it is pushed."""
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
    with writing(engine) as conn:
        incomplete = conn.execute(
            sa.select(blobs.c.sha256, blobs.c.received)
            .where(blobs.c.complete == sa.false(), blobs.c.updated_at <= cutoff)
            .order_by(blobs.c.sha256)
        ).all()
        unused = conn.execute(
            sa.select(blobs.c.sha256, blobs.c.size)
            .where(blobs.c.complete == sa.true(), blobs.c.updated_at <= cutoff)
            .where(~sa.exists().where(blob_refs.c.sha256 == blobs.c.sha256))
            .order_by(blobs.c.sha256)
        ).all()
        unreferenced = [row for row in unused if not _kept_by_conflict(conn, row.sha256)]
        doomed = [row.sha256 for row in [*incomplete, *unreferenced]]
        for start in range(0, len(doomed), 500):
            _discard(conn, doomed[start : start + 500])
        old_batches = conn.execute(batches.delete().where(batches.c.created_at <= cutoff))
    report = GcReport(
        incomplete=tuple(row.sha256 for row in incomplete),
        unreferenced=tuple(row.sha256 for row in unreferenced),
        freed_bytes=sum(row.received for row in incomplete) + sum(row.size for row in unreferenced),
        batches=old_batches.rowcount or 0,
    )
    logger.info(
        "gc: %d unfinished upload(s), %d unreferenced blob(s), %d stored answer(s) removed",
        len(report.incomplete),
        len(report.unreferenced),
        report.batches,
    )
    return report


def _kept_by_conflict(conn: sa.Connection, sha256: str) -> bool:
    """Whether a losing copy kept for review refers to ``sha256`` (it may still win)."""
    query = sa.select(conflicts.c.id).where(conflicts.c.data.contains(sha256)).limit(1)
    return conn.execute(query).first() is not None
