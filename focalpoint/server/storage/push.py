"""Applying one pushed batch: one transaction, replay-safe, one outcome per record.

Every change (a record written or a conflict kept) takes the next ``seq`` from the
``meta.next_seq`` counter, read with the write lock held (``BEGIN IMMEDIATE`` on SQLite,
``FOR UPDATE`` on PostgreSQL) and written back before the commit: seqs are assigned in commit
order, so a pull cursor can never pass a seq that commits later (DESIGN §5 case 7).

The conflict rule is protocol.py's: a stale ``base_version`` loses (the server copy stays, the
incoming copy is kept as a conflict); a deletion always wins (the tombstone sticks, and the copy
it replaced, or the edit that came after it, is kept as the conflict). A push whose content is
already the server's current content is acknowledged without writing anything.

Every record written and every losing copy kept also adds a row to ``history`` (``history.py``),
sent with the batch's other rows: one more ``executemany`` per batch.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pydantic_core
import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives
from pydantic_core import PydanticSerializationError

from focalpoint.domain.attachments import attachment_hashes
from focalpoint.server.storage.blobs import replace_refs
from focalpoint.server.storage.bulk import insert_many
from focalpoint.server.storage.devices import Device, touch_device
from focalpoint.server.storage.engine import get_epoch, utc_now, writing
from focalpoint.server.storage.grouping import Job, group_for
from focalpoint.server.storage.history import (
    CONFLICT,
    WRITE,
    HistoryRow,
    history_row,
    insert_history,
)
from focalpoint.server.storage.refused import Refused, check_text
from focalpoint.server.storage.schema import batches, conflicts, records
from focalpoint.server.storage.sequence import lock_next_seq, store_next_seq
from focalpoint.sync.protocol import (
    Ack,
    ConflictNote,
    PushRequest,
    PushResponse,
    Rejection,
    WireRecord,
    expected_version,
)

logger = logging.getLogger(__name__)

REGION_FORBIDDEN = "region_forbidden"
_INSERTED = tuple(column.name for column in records.columns)  # a new record's row: every column
MAX_INT = 2**31 - 1  # versions are 32-bit integer columns (PostgreSQL's integer)


@dataclass
class _Row:
    """The server's copy of one record while a batch is being applied."""

    version: int
    seq: int
    region: str
    deleted: bool
    form_id: str
    form_version: int
    status: str
    data: str
    author: str
    updated_at: str


@dataclass
class _Batch:
    """What applying one batch accumulates."""

    conn: sa.Connection
    device: Device
    now: str
    next_seq: int
    rows: dict[str, _Row]
    acks: list[Ack] = field(default_factory=list)
    acked: int = 0  # acks at the expected version, counted and not listed
    conflicts: list[ConflictNote] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    # Rows to write, sent to the database at the end of the batch in one statement each
    # (executemany): building one SQLAlchemy statement per record cost ~0.6 ms a record.
    inserts: dict[str, dict[str, Any]] = field(default_factory=dict)
    updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    conflict_rows: list[dict[str, Any]] = field(default_factory=list)
    history_rows: list[HistoryRow] = field(default_factory=list)  # every write, every loser

    def take_seq(self) -> int:
        seq = self.next_seq
        self.next_seq += 1
        return seq


def apply_push(engine: sa.Engine, device: Device, request: PushRequest) -> PushResponse:
    """Apply ``request`` for ``device`` in one transaction and return (and store) the answer.

    A ``batch_id`` this device already pushed returns the stored answer and writes nothing.
    Each record is acked, put in conflict or rejected (``region_forbidden``, ``data_invalid``
    for NaN or infinite numbers, ``text_invalid`` for text no database can store,
    ``version_out_of_range``); a rejected record never blocks the others. Batches pushed at
    the same time to this process share their transaction (``grouping.py``).
    """
    # The JSON text of each record is made before the write lock is taken: other batches wait
    # on that lock, not on this one's CPU work.
    prepared = [(record, *_storable_data(record)) for record in request.records]
    job = Job(_Push(device, request, prepared))
    response: PushResponse = group_for(engine).run(job, lambda jobs: _apply_group(engine, jobs))
    return response


@dataclass
class _Push:
    """One batch waiting for its group's transaction."""

    device: Device
    request: PushRequest
    prepared: list[tuple[WireRecord, str, str]]  # each record, its data text, its problem
    replayed: bool = False


def _apply_group(engine: sa.Engine, jobs: list[Job]) -> None:
    """Apply the batches of ``jobs`` in one transaction. If it fails, nothing of it was
    committed: each batch is then applied again in a transaction of its own, so that a batch
    that makes the database fail fails alone."""
    try:
        with writing(engine) as conn:
            _apply_batches(conn, jobs)
    except Exception as error:  # noqa: BLE001 - raised again in the job's own thread
        if len(jobs) == 1:
            jobs[0].settle(error=error)
            return
        logger.warning("a group of %d batches failed: applying each alone", len(jobs))
        for job in jobs:
            try:
                with writing(engine) as conn:
                    _apply_batches(conn, [job])
            except Exception as alone:  # noqa: BLE001 - as above
                job.settle(error=alone)
        return
    for job in jobs:
        _log_outcome(job.work, job.result)


def _apply_batches(conn: sa.Connection, jobs: list[Job]) -> None:
    """Write each job's batch in ``conn``'s transaction and settle the job with its answer (a
    stored one for a replay, even of a batch earlier in the same group)."""
    first_seq = next_seq = lock_next_seq(conn)
    epoch, now = get_epoch(conn), utc_now()
    answered: dict[tuple[int, str], PushResponse] = {}
    touched: set[int] = set()
    for job in jobs:
        push: _Push = job.work
        device, batch_id = push.device, push.request.batch_id
        push.replayed = False  # a group that failed may have said otherwise
        stored = answered.get((device.id, batch_id)) or _stored_response(conn, device, batch_id)
        if stored is not None:
            push.replayed = True
            job.settle(result=stored)
            continue
        batch = _Batch(conn, device, now, next_seq, _load_rows(conn, push.request.records))
        for record, data, problem in push.prepared:
            _apply_record(batch, record, data, problem)
        response = PushResponse(
            batch_id=batch_id,
            acked=batch.acked,
            acks=batch.acks,
            conflicts=batch.conflicts,
            rejected=batch.rejected,
            server_epoch=epoch,
        )
        _flush(batch)
        conn.execute(
            batches.insert().values(
                device_id=device.id,
                batch_id=batch_id,
                response=response.model_dump_json(),
                created_at=now,
            )
        )
        if device.id not in touched:
            touch_device(conn, device, now=now)
            touched.add(device.id)
        next_seq = batch.next_seq
        answered[(device.id, batch_id)] = response
        job.settle(result=response)
    if next_seq != first_seq:
        store_next_seq(conn, next_seq)


def _log_outcome(push: _Push, response: PushResponse) -> None:
    if push.replayed:
        logger.info("device %s replayed batch %s", push.device.id, response.batch_id)
        return
    logger.info(
        "device %s batch %s: %d acked, %d in conflict, %d rejected",
        push.device.id,
        response.batch_id,
        response.acked + len(response.acks),
        len(response.conflicts),
        len(response.rejected),
    )


# The statements of every push, built once: building them again for each batch (SQLAlchemy's
# coercions and cache keys) cost as much as running them.
_STORED_RESPONSE = sa.select(batches.c.response).where(
    batches.c.device_id == sa.bindparam("device_id"), batches.c.batch_id == sa.bindparam("batch_id")
)
_ROW_COLUMNS = tuple(_Row.__dataclass_fields__)
_LOAD_ROWS = sa.select(records.c.id, *(records.c[name] for name in _ROW_COLUMNS)).where(
    records.c.id.in_(sa.bindparam("ids", expanding=True))
)


def _stored_response(conn: sa.Connection, device: Device, batch_id: str) -> PushResponse | None:
    params = {"device_id": device.id, "batch_id": batch_id}
    text = conn.execute(_STORED_RESPONSE, params).scalar_one_or_none()
    return None if text is None else PushResponse.model_validate_json(text)


def _load_rows(conn: sa.Connection, wire: Iterable[WireRecord]) -> dict[str, _Row]:
    ids = list({record.id for record in wire})
    if not ids:
        return {}
    return {row[0]: _Row(*row[1:]) for row in conn.execute(_LOAD_ROWS, {"ids": ids})}


def _flush(batch: _Batch) -> None:
    """Write the batch's rows: new records, updated records, conflicts, then history."""
    conn = batch.conn
    if batch.inserts:
        rows = [tuple(row[name] for name in _INSERTED) for row in batch.inserts.values()]
        insert_many(conn, records, _INSERTED, rows)
    if batch.updates:
        rows = [{"_id": record_id, **values} for record_id, values in batch.updates.items()]
        columns = {name: sa.bindparam(name) for name in rows[0] if name != "_id"}
        statement = records.update().where(records.c.id == sa.bindparam("_id")).values(columns)
        conn.execute(statement, rows)
    if batch.conflict_rows:
        conn.execute(conflicts.insert(), batch.conflict_rows)
    insert_history(conn, batch.history_rows)


def _apply_record(batch: _Batch, record: WireRecord, data: str, problem: str) -> None:
    """Decide and write the outcome of one record (see the module docstring for the rule);
    ``data`` and ``problem`` are what ``_storable_data`` made of it."""
    current = batch.rows.get(record.id)
    if not batch.device.may_see(record.region) or (
        current is not None and not batch.device.may_see(current.region)
    ):
        _reject(batch, record, REGION_FORBIDDEN, "the token may not write this region")
        return
    if problem:
        _reject(batch, record, problem, "the record cannot be stored as sent")
        return
    if current is None:
        _ack(batch, record, version=1, seq=_write(batch, record, data, version=1))
    elif _is_same(current, record, data) or (current.deleted and record.deleted):
        _ack(batch, record, version=current.version, seq=current.seq)
    elif current.deleted:
        _keep_incoming(batch, record, data, current, "edited_after_delete")
    elif record.base_version == current.version:
        version = current.version + 1
        _ack(batch, record, version=version, seq=_write(batch, record, data, version=version))
    elif record.deleted:
        _delete_after_edit(batch, record, data, current)
    else:
        _keep_incoming(batch, record, data, current, "stale_base_version")


def _storable_data(record: WireRecord) -> tuple[str, str]:
    """The JSON text of ``record.data`` to store, or the code of what no database can hold.

    The text is made by pydantic-core's serializer (Rust, a quarter of ``json.dumps``'s time:
    a tenth of a push's CPU), compact, keys in the order the laptop sent them; laptops send
    their stored canonical text, sorted, so replays give the same text (``_is_same`` compares
    the values when it does not). NaN and infinities (which pydantic reads from ``NaN`` or
    ``1e400``) are refused: the rare text that holds those letters is checked the strict way.
    """
    if max(record.form_version, record.base_version or 0) > MAX_INT:
        return "", "version_out_of_range"
    try:
        raw = pydantic_core.to_json(record.data)
    except (PydanticSerializationError, RecursionError):  # a lone surrogate, or too deep
        return "", "text_invalid" if _has_surrogate(record.data) else "data_invalid"
    if (b"NaN" in raw or b"Infinity" in raw) and _canonical(record.data) is None:
        return "", "data_invalid"
    text = raw.decode("utf-8")
    try:
        check_text(record.author, record.created_at, record.updated_at)
    except Refused as refused:
        return "", refused.code
    return text, ""


def _canonical(data: Any) -> str | None:
    """``data`` as sorted, compact JSON, or None when it holds NaN, an infinity or a lone
    surrogate, or nests too deep."""
    try:
        text = json.dumps(
            data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        )
        text.encode("utf-8")
    except (ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        return None
    return text


def _has_surrogate(data: Any) -> bool:
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except (ValueError, RecursionError):
        return False
    return False


def _is_same(current: _Row, record: WireRecord, data: str) -> bool:
    """Whether ``record`` holds what the server holds already (same values, in any key order:
    ``True`` and ``1`` differ, as they do in JSON)."""
    return (
        current.deleted == record.deleted
        and current.status == record.status
        and current.form_id == record.form_id
        and current.form_version == record.form_version
        and current.region == record.region
        and (
            current.data == data or _canonical(json.loads(current.data)) == _canonical(record.data)
        )
    )


def _reject(batch: _Batch, record: WireRecord, code: str, message: str) -> None:
    batch.rejected.append(Rejection(id=record.id, code=code, message=message))
    logger.info("device %s: record %s rejected (%s)", batch.device.id, record.id, code)


def _ack(batch: _Batch, record: WireRecord, *, version: int, seq: int) -> None:
    if version == expected_version(record.base_version):
        batch.acked += 1
    else:
        batch.acks.append(Ack(id=record.id, version=version, seq=seq))


def _write(batch: _Batch, record: WireRecord, data: str, *, version: int) -> int:
    """Insert (version 1) or update the server's copy with ``record``; returns its seq."""
    seq = batch.take_seq()
    values = {
        "form_id": record.form_id,
        "form_version": record.form_version,
        "region": record.region,
        "status": record.status,
        "data": data,
        "deleted": record.deleted,
        "version": version,
        "seq": seq,
        "author": record.author,
        "updated_at": record.updated_at,
        "device_id": batch.device.id,
    }
    if record.id in batch.inserts:  # created earlier in this same batch
        batch.inserts[record.id].update(values)
    elif version == 1:
        created = record.created_at or batch.now
        batch.inserts[record.id] = {"id": record.id, "created_at": created, **values}
    else:
        batch.updates[record.id] = values
    batch.history_rows.append(
        history_row(record.id, values, kind=WRITE, code="", changed_at=batch.now)
    )
    _refer_to_attachments(batch, record, data, is_new=version == 1)
    batch.rows[record.id] = _copy_of(record, data, version=version, seq=seq, region=record.region)
    return seq


def _copy_of(record: WireRecord, data: str, *, version: int, seq: int, region: str) -> _Row:
    """``record`` as a ``_Row`` holding ``data`` (its stored JSON text)."""
    return _Row(
        version=version,
        seq=seq,
        region=region,
        deleted=record.deleted,
        form_id=record.form_id,
        form_version=record.form_version,
        status=record.status,
        data=data,
        author=record.author,
        updated_at=record.updated_at,
    )


def _refer_to_attachments(batch: _Batch, record: WireRecord, data: str, *, is_new: bool) -> None:
    """Keep ``blob_refs`` in step with the record just written (who may download which
    attachment; what the garbage collector keeps). A tombstone refers to nothing. ``data`` is
    the record's JSON text: most records hold no attachment, and a text search says so faster
    than walking the data."""
    has_any = not record.deleted and '"sha256"' in data
    hashes = attachment_hashes(record.data) if has_any else ()
    replace_refs(batch.conn, record.id, record.region, hashes, is_new=is_new)


def _keep_incoming(batch: _Batch, record: WireRecord, data: str, current: _Row, code: str) -> None:
    """The incoming copy loses: the server's stays, the incoming one becomes a conflict row."""
    loser = _copy_of(record, data, version=record.base_version or 0, seq=0, region=current.region)
    seq = _insert_conflict(batch, record.id, code, loser, base_version=record.base_version)
    batch.conflicts.append(ConflictNote(id=record.id, version=current.version, seq=seq, code=code))


def _delete_after_edit(batch: _Batch, record: WireRecord, data: str, current: _Row) -> None:
    """A stale delete still wins: the tombstone is written, the edited copy becomes a conflict."""
    version = current.version + 1
    _write(batch, record, data, version=version)
    seq = _insert_conflict(
        batch, record.id, "deleted_after_edit", current, base_version=current.version
    )
    batch.conflicts.append(
        ConflictNote(id=record.id, version=version, seq=seq, code="deleted_after_edit")
    )


def _insert_conflict(
    batch: _Batch, record_id: str, code: str, copy: _Row, *, base_version: int | None
) -> int:
    seq = batch.take_seq()
    row = {
        "record_id": record_id,
        "region": copy.region,
        "code": code,
        "form_id": copy.form_id,
        "form_version": copy.form_version,
        "status": copy.status,
        "data": copy.data,
        "deleted": copy.deleted,
        "base_version": base_version,
        "author": copy.author,
        "updated_at": copy.updated_at,
        "seq": seq,
        "created_at": batch.now,
        "device_id": batch.device.id,
    }
    batch.conflict_rows.append(row)
    kept = {**row, "version": base_version or 0}
    batch.history_rows.append(
        history_row(record_id, kept, kind=CONFLICT, code=code, changed_at=batch.now)
    )
    logger.info("device %s: record %s in conflict (%s)", batch.device.id, record_id, code)
    return seq
