"""One synchronisation: push what waits (in batches), then pull what changed (in pages).

Learned from Morango, CouchDB and ODK's worst bugs (DESIGN §5): a batch is remembered before it
is sent and replayed with the same id after a lost answer or a crash; a record edited while its
batch was in flight stays dirty; each pull page is stored with its cursor in one transaction;
a changed server epoch (server restored from a backup) resets the cursor and re-sends
everything; nothing with nothing to do costs more than one small request.

After the records, the review entries written here are sent one request each (a refusal marks
the entry with its code, kept and never resent; a refused token stops the sync), then the
conflict resolutions made here (once the record's resolved data is on the server). A
secretariat laptop refreshes its cached device list at the end of a sync.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pydantic import ValidationError
from sqlite_utils import Database

from focalpoint.domain.errors import Cancelled, SyncError
from focalpoint.store import conflicts as conflict_store
from focalpoint.store import reviews as review_store
from focalpoint.store import sync_state
from focalpoint.store.records import Record
from focalpoint.sync.blobs import BlobReport, download_missing, upload_pending
from focalpoint.sync.client import SyncClient
from focalpoint.sync.definitions import fetch_definitions
from focalpoint.sync.protocol import (
    MAX_BATCH_BYTES,
    MAX_BATCH_RECORDS,
    PullResponse,
    PushRequest,
    PushResponse,
    WireRecord,
    WireReview,
    expected_version,
)

logger = logging.getLogger(__name__)

PULL_PAGE = 500
Progress = Callable[[str, int, int], None]  # phase ("push"/"pull"), done, total


@dataclass(frozen=True)
class SyncReport:
    """What one synchronisation did."""

    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    kept_local: int = 0
    requests: int = 0
    epoch_reset: bool = False
    repaired: bool = False
    attachments_sent: int = 0
    attachments_received: int = 0
    attachments_waiting: int = 0  # left for a later sync (to send or to receive)
    reviews_sent: int = 0
    reviews_refused: int = 0
    resolutions_sent: int = 0


def to_wire(record: Record) -> WireRecord:
    """A local record as it is pushed."""
    return WireRecord(
        id=record.id,
        form_id=record.form_id,
        form_version=record.form_version,
        region=record.region,
        status=record.status,  # type: ignore[arg-type]
        data=dict(record.data),
        deleted=record.deleted,
        base_version=record.version,
        author=record.author[:200],
        created_at=record.created_at[:40],
        updated_at=record.updated_at[:40],
    )


def run_sync(
    db: Database,
    client: SyncClient,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    attachments: bool = False,
) -> SyncReport:
    """Push then pull until both are done. Raises ``SyncError`` (stop at once on auth) or
    ``Cancelled`` between batches; what was acknowledged before stays acknowledged.

    With ``attachments``, the files records refer to are uploaded after the push (the records,
    a few KB, reach the secretariat first: on a 2G link 3 MB of photos sent first held 200
    records back for up to 16 minutes, ``benchmarks/link.py``) and downloaded after the pull
    (sync/blobs.py); a file that cannot move now waits for the next sync, and its record shows
    as incomplete until then."""
    start = client.requests_made
    totals = [0, 0, 0, 0, 0]  # pushed, conflicts, rejected, pulled, kept
    desk = [0, 0, 0]  # reviews sent, reviews refused, resolutions sent
    reset = repaired = False
    files = BlobReport()
    for _round in range(2):  # a second round only after the server's epoch changed
        epoch_before = sync_state.get_value(db, sync_state.EPOCH)
        for i, n in enumerate(_push_all(db, client, progress, cancel)):
            totals[i] += n
        for i, n in enumerate(_send_reviews(db, client, cancel)):
            desk[i] += n
        desk[2] += _send_resolutions(db, client, cancel)
        if attachments:
            files += upload_pending(db, client, progress=progress, cancel=cancel)
        pull = _pull(db, client, progress, cancel)
        pulled, kept, pull_reset = pull.pulled, pull.kept, pull.epoch_reset
        repaired = repaired or pull.repaired
        totals[3] += pulled
        totals[4] += kept
        changed = pull_reset or (
            bool(epoch_before) and epoch_before != sync_state.get_value(db, sync_state.EPOCH)
        )
        reset = reset or changed
        if not changed:
            break
    if attachments:
        files += download_missing(db, client, progress=progress, cancel=cancel)
    if sync_state.is_secretariat(db):
        refresh_devices(db, client)
    report = SyncReport(
        *totals,
        requests=client.requests_made - start,
        epoch_reset=reset,
        repaired=repaired,
        attachments_sent=files.uploaded,
        attachments_received=files.downloaded,
        attachments_waiting=files.missing,
        reviews_sent=desk[0],
        reviews_refused=desk[1],
        resolutions_sent=desk[2],
    )
    done_at = datetime.now(UTC).isoformat(timespec="seconds")
    sync_state.set_values(
        db, {sync_state.LAST_SYNC: json.dumps({**report.__dict__, "at": done_at})}
    )
    logger.info("sync done: %s", report)
    return report


def _push_all(
    db: Database, client: SyncClient, progress: Progress | None, cancel: threading.Event | None
) -> tuple[int, int, int]:
    """Replay an unanswered batch, then send every dirty record in batches."""
    pushed = conflicts = rejected = 0
    pending = sync_state.get_pending_batch(db)
    if pending is not None:  # an answer was lost (crash, cut link): replay the same batch
        pushed, conflicts, rejected = _send(db, client, pending)
    total = sync_state.count_to_push(db)
    after = ""
    while True:
        _check(cancel)
        batch = _next_batch(db, after)
        if not batch:
            return pushed, conflicts, rejected
        after = batch[-1].id
        pending = sync_state.PendingBatch(uuid.uuid4().hex, {r.id: r.local_rev for r in batch})
        sync_state.set_pending_batch(db, pending)
        p, c, r = _send(db, client, pending, batch)
        pushed, conflicts, rejected = pushed + p, conflicts + c, rejected + r
        if progress:
            progress("push", pushed + conflicts + rejected, total)


def _refused(error: SyncError) -> str | None:
    """The code of a refusal that concerns one item (a 4xx other than a refused token): the
    item is kept with it, and the sync goes on; None for a failure that stops the sync."""
    status = error.params.get("status")
    if error.kind in ("forbidden", "protocol") and isinstance(status, int) and status < 500:
        return str(error.params.get("code_detail") or f"http_{status}")
    return None


def _send_reviews(
    db: Database, client: SyncClient, cancel: threading.Event | None
) -> tuple[int, int]:
    """Send each review entry written here, one request each; returns (sent, refused)."""
    sent = refused = 0
    for entry in review_store.ready_to_send(db):
        _check(cancel)
        try:
            wire = WireReview(
                id=entry.id,
                record_id=entry.record_id,
                status=entry.status,  # type: ignore[arg-type]
                comment=entry.comment,
                created_at=entry.created_at[:40],
            )
        except ValidationError:
            review_store.mark_refused(db, entry.id, "invalid_for_sync")
            refused += 1
            continue
        try:
            answer = client.post_review(wire)
        except SyncError as exc:
            code = _refused(exc)
            if code is None:
                raise
            logger.warning("review entry %s refused by the server: %s", entry.id, code)
            review_store.mark_refused(db, entry.id, code)
            refused += 1
            continue
        review_store.apply_server_reviews(db, [answer.model_dump()])
        sent += 1
    return sent, refused


def _send_resolutions(db: Database, client: SyncClient, cancel: threading.Event | None) -> int:
    """Tell the server of each conflict resolved here whose record's data it has; a conflict
    the server says is resolved already or unknown is settled all the same (the resolved data
    went as an ordinary edit). Returns how many the server took."""
    told = 0
    for conflict in conflict_store.unsent_resolutions(db):
        _check(cancel)
        try:
            answer = client.resolve_conflict(conflict.conflict_id)
        except SyncError as exc:
            code = _refused(exc)
            if code is None:
                raise
            logger.warning("resolution of conflict %s: %s", conflict.conflict_id, code)
            conflict_store.mark_resolution_sent(db, conflict.conflict_id)
            continue
        conflict_store.mark_resolution_sent(db, conflict.conflict_id, answer.model_dump())
        told += 1
    return told


def refresh_devices(db: Database, client: SyncClient) -> bool:
    """Fetch and keep the device list (a secretariat laptop, at the end of a sync); a failure
    other than a refused token is logged and leaves the previous list. True when refreshed."""
    try:
        listing = client.list_devices()
    except SyncError as exc:
        if exc.kind == "auth":
            raise
        logger.warning("device list not refreshed: %s", exc.kind)
        return False
    fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
    sync_state.store_devices(db, [d.model_dump() for d in listing.devices], fetched_at)
    return True


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("sync cancelled")


def _next_batch(db: Database, after: str) -> list[Record]:
    """Dirty records after ``after``, at most MAX_BATCH_RECORDS and about MAX_BATCH_BYTES."""
    batch, size = [], 0
    for record in sync_state.list_to_push(db, after_id=after, limit=MAX_BATCH_RECORDS):
        try:
            weight = len(to_wire(record).model_dump_json())
        except ValidationError:  # e.g. a form id the protocol cannot carry: keep it local
            logger.warning("record %s cannot be sent as it is", record.id)
            sync_state.mark_unsendable(db, record.id, "invalid_for_sync")
            continue
        if batch and size + weight > MAX_BATCH_BYTES:
            break
        batch.append(record)
        size += weight
    return batch


def _send(
    db: Database,
    client: SyncClient,
    pending: sync_state.PendingBatch,
    batch: list[Record] | None = None,
) -> tuple[int, int, int]:
    if batch is None:  # a replay: send the records as they are now, under the same batch id
        ids = sorted(pending.revisions)
        batch = [r for r in (sync_state.find_for_push(db, i) for i in ids) if r is not None]
    request = PushRequest(batch_id=pending.batch_id, records=[to_wire(r) for r in batch])
    answer = client.push(request)
    acks = _all_acks(request, answer)
    if acks is None:  # the answer is not about this batch: send its records again, anew
        logger.error("answer to batch %s does not match it: records stay waiting", request.batch_id)
        sync_state.set_values(db, {sync_state.PENDING_BATCH: None})
        return 0, 0, 0
    sync_state.apply_push_answer(
        db,
        pending,
        acks=acks,
        conflicts=[(c.id, c.version) for c in answer.conflicts],
        rejected=[(r.id, r.code) for r in answer.rejected],
    )
    _note_epoch(db, answer.server_epoch)
    return len(acks), len(answer.conflicts), len(answer.rejected)


def _all_acks(request: PushRequest, answer: PushResponse) -> list[tuple[str, int]] | None:
    """Every (id, version) the server took: those it listed, and every other record of the
    batch not in conflict or refused, at its expected version; None when the count of the
    unlisted ones is not the server's ``acked``."""
    listed = [(a.id, a.version) for a in answer.acks]
    named = {a.id for a in answer.acks} | {c.id for c in answer.conflicts}
    named |= {r.id for r in answer.rejected}
    implicit = [
        (r.id, expected_version(r.base_version)) for r in request.records if r.id not in named
    ]
    return listed + implicit if len(implicit) == answer.acked else None


def _note_epoch(db: Database, epoch: str) -> bool:
    """Remember the server's epoch; True when it changed (restored from a backup)."""
    known = sync_state.get_value(db, sync_state.EPOCH)
    if known == epoch:
        return False
    if known:  # not the first contact: the server went back in time
        logger.warning("server epoch changed: resetting the cursor and re-sending every record")
        sync_state.reset_for_new_epoch(db, epoch)
    else:
        sync_state.set_values(db, {sync_state.EPOCH: epoch})
    return bool(known)


@dataclass
class _PullState:
    """Where a pull stands, page after page."""

    since: int
    hold: int | None = None  # see _pull
    pulled: int = 0
    kept: int = 0
    epoch_reset: bool = False
    repaired: bool = False
    full: bool = False  # pulling the whole scope again, this device's own writes included
    seen: set[str] = field(default_factory=set)

    def restart(self, *, full: bool) -> None:
        """Pull again from the start of the server's sequence."""
        self.since, self.hold, self.full = 0, None, self.full or full
        self.seen.clear()


def _pull(
    db: Database, client: SyncClient, progress: Progress | None, cancel: threading.Event | None
) -> _PullState:
    """Pull pages until the last one; then check the laptop's copy against the server's digest.

    A changed server epoch restarts from 0; a changed scope (regions reassigned) drops what the
    laptop may no longer see and pulls the new scope in full; a digest that differs from the
    laptop's copy (restored from an old backup, damaged) triggers one download-only repair: a
    full pull, this device's own writes included, then the server records the server no longer
    has are dropped (DESIGN §5 cases 16, 17, 18, 26).
    """
    state = _PullState(since=int(sync_state.get_value(db, sync_state.CURSOR, "0") or 0))
    # A row kept for a local edit holds the stored cursor just before it for the rest of this
    # sync, so the next sync reads the server's copy again once that edit is settled (else a
    # conflict the edit loses would leave this laptop with its own copy for good).
    while True:
        _check(cancel)
        waiting = sync_state.count_to_push(db)
        page = client.pull(state.since, PULL_PAGE, include_own=state.full, waiting=waiting)
        if _note_epoch(db, page.server_epoch):
            state.epoch_reset = True
            state.restart(full=False)  # the cursor went back to 0: start again
            continue
        if _scope_changed(db, page.regions):
            state.restart(full=True)
            continue
        applied, local, state.hold = sync_state.apply_pull_page(
            db,
            [r.model_dump() for r in page.records],
            [c.model_dump() for c in page.conflicts],
            page.next_since,
            state.hold,
            reviews=[r.model_dump() for r in page.reviews],
        )
        state.pulled, state.kept = state.pulled + applied, state.kept + local
        if state.full:
            state.seen.update(r.id for r in page.records)
        state.since = page.next_since  # the stored cursor may stay behind a kept row
        if progress:
            progress("pull", state.pulled, state.pulled + (PULL_PAGE if page.more else 0))
        if page.more:
            continue
        if state.full and state.hold is None:
            dropped = sync_state.drop_unseen(db, page.regions, state.seen)
            if dropped:
                logger.warning("dropped %d record(s) the server no longer has", dropped)
        if _drifted(db, page) and not state.repaired:
            logger.warning("this laptop's copy differs from the server's: full download")
            sync_state.start_repair(db)
            state.repaired = True
            state.restart(full=True)
            continue
        fetch_definitions(db, client, page.definitions_seq)  # only when something was published
        return state


def _scope_changed(db: Database, regions: list[str]) -> bool:
    """Store the token's scope; True (after dropping what is now outside) when it changed."""
    known = sync_state.get_regions(db)
    if not regions or known == regions:
        return False
    if known is None:  # first pull: just remember it
        sync_state.set_values(db, {sync_state.REGIONS: json.dumps(regions)})
        return False
    dropped = sync_state.change_scope(db, regions)
    logger.warning("regions changed to %s: %d record(s) dropped, full pull", regions, dropped)
    return True


def _drifted(db: Database, page: PullResponse) -> bool:
    """Whether the laptop's copy disagrees with the server's digest of the same scope."""
    if page.digest is None or not page.regions:
        return False
    local = sync_state.local_digest(db, page.regions)
    server = (page.digest.count, page.digest.deleted, page.digest.versions)
    if local is None or local == server:
        return False
    logger.warning("digest mismatch: laptop %s, server %s", local, server)
    return True
