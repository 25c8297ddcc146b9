"""Repository of records: create, update, tombstone, read and list, one transaction per save.

Rows keep DESIGN §4's columns: the laptop-made UUID ``id`` (never regenerated), the form id and
version the record was made with, ``status`` draft/final, the JSON ``data``, and the sync
columns: ``version`` (the server's, None until acknowledged), ``base_version`` (the server version
an edit is based on), ``dirty`` (waits to be sent), ``local_rev`` (+1 per local write, so a sync
can tell whether a row changed while its batch was in flight) and ``deleted`` (tombstone).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from focalpoint.domain.errors import NotFound
from focalpoint.store.db import translate_errors

STATUSES = ("draft", "final")


@dataclass(frozen=True)
class Record:
    """One record as stored on the laptop."""

    id: str
    form_id: str
    form_version: int
    region: str
    status: str
    data: Mapping[str, Any]
    created_at: str
    updated_at: str
    author: str
    title: str
    record_date: str
    version: int | None = None
    base_version: int | None = None
    dirty: bool = True
    local_rev: int = 1
    deleted: bool = False
    review_status: str = ""  # the secretariat's review ('' before any: domain.review)


@dataclass(frozen=True)
class RecordWrite:
    """What a save writes: the caller (a service) has already prepared and validated ``data``."""

    id: str
    form_id: str
    form_version: int
    region: str
    status: str
    data: Mapping[str, Any]
    author: str
    title: str
    record_date: str


def dump_data(data: Mapping[str, Any]) -> str:
    """The canonical JSON text of a record's data (UTF-8, sorted keys, compact)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_from_row(row: Mapping[str, Any]) -> Record:
    return Record(
        id=row["id"],
        form_id=row["form_id"],
        form_version=row["form_version"],
        region=row["region"] or "",
        status=row["status"],
        data=json.loads(row["data"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        author=row["author"] or "",
        title=row["title"] or "",
        record_date=row["record_date"] or "",
        version=row["version"],
        base_version=row["base_version"],
        dirty=bool(row["dirty"]),
        local_rev=row["local_rev"],
        deleted=bool(row["deleted"]),
        review_status=row.get("review_status") or "",
    )


def find_record(db: Database, record_id: str) -> Record | None:
    """The record ``record_id`` (tombstones included), or None."""
    rows = list(db.query("select * from records where id = ?", [record_id]))
    return record_from_row(rows[0]) if rows else None


def get_record(db: Database, record_id: str) -> Record:
    """The live record ``record_id``. Raises ``NotFound`` if absent or deleted."""
    record = find_record(db, record_id)
    if record is None or record.deleted:
        raise NotFound(f"record {record_id}", detail=record_id)
    return record


def save_record(db: Database, write: RecordWrite, *, now: str) -> Record:
    """Insert a new record or update an existing one, in one transaction.

    An update keeps ``id``, ``created_at`` and the server ``version``, sets ``base_version`` to
    that version, adds 1 to ``local_rev`` and marks the row dirty. Raises ``NotFound`` when the
    record was deleted (a tombstone is not edited back to life).
    """
    with translate_errors(db), db.atomic():
        existing = find_record(db, write.id)
        if existing is not None and existing.deleted:
            raise NotFound(f"record {write.id} is deleted", detail=write.id)
        row = {
            "id": write.id,
            "form_id": write.form_id,
            "form_version": write.form_version,
            "region": write.region,
            "status": write.status,
            "data": dump_data(write.data),
            "author": write.author,
            "title": write.title,
            "record_date": write.record_date,
            "updated_at": now,
            "dirty": 1,
            "deleted": 0,
        }
        if existing is None:
            row |= {"created_at": now, "local_rev": 1, "version": None, "base_version": None}
            db["records"].insert(row)
        else:
            row |= {"local_rev": existing.local_rev + 1, "base_version": existing.version}
            db["records"].update(write.id, row)
        return get_record(db, write.id)


def insert_records(db: Database, writes: Iterable[RecordWrite], *, now: str) -> int:
    """Insert many new records in one transaction (imports, demo data); returns the count.

    Raises ``sqlite3.IntegrityError`` (wrapped as ``StorageError``) if an id already exists.
    """
    rows = (
        {
            "id": w.id,
            "form_id": w.form_id,
            "form_version": w.form_version,
            "region": w.region,
            "status": w.status,
            "data": dump_data(w.data),
            "author": w.author,
            "title": w.title,
            "record_date": w.record_date,
            "created_at": now,
            "updated_at": now,
            "version": None,
            "base_version": None,
            "dirty": 1,
            "local_rev": 1,
            "deleted": 0,
        }
        for w in writes
    )
    with translate_errors(db), db.atomic():
        before = db["records"].count
        db["records"].insert_all(rows, batch_size=500)
        return db["records"].count - before


def delete_record(db: Database, record_id: str, *, now: str) -> Record:
    """Turn a record into a tombstone (``deleted``, dirty, ``local_rev`` + 1) in one transaction.

    The row stays so that the deletion syncs; its data is kept for conflict review.
    Raises ``NotFound`` when there is no live record ``record_id``.
    """
    with translate_errors(db), db.atomic():
        record = get_record(db, record_id)
        db["records"].update(
            record_id,
            {
                "deleted": 1,
                "dirty": 1,
                "local_rev": record.local_rev + 1,
                "base_version": record.version,
                "updated_at": now,
            },
        )
        found = find_record(db, record_id)
        assert found is not None  # noqa: S101 - updated just above in the same transaction
        return found


def iter_records(
    db: Database,
    *,
    form_id: str | None = None,
    status: str | None = None,
    include_deleted: bool = False,
    batch: int = 1000,
) -> Iterator[Record]:
    """Records in (record_date, id) order, read in keyset pages so memory stays flat."""
    where = ["1 = 1"]
    params: list[Any] = []
    if form_id is not None:
        where.append("form_id = ?")
        params.append(form_id)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    if not include_deleted:
        where.append("deleted = 0")
    last: tuple[str, str] = ("", "")
    while True:
        rows = list(
            db.query(
                f"select * from records where {' and '.join(where)} "  # noqa: S608 - fixed clauses, values bound
                "and (record_date, id) > (?, ?) order by record_date, id limit ?",
                [*params, *last, batch],
            )
        )
        yield from (record_from_row(r) for r in rows)
        if len(rows) < batch:
            return
        last = (rows[-1]["record_date"], rows[-1]["id"])


def count_records(
    db: Database, *, form_id: str | None = None, include_deleted: bool = False
) -> int:
    """How many records (of ``form_id``, live only unless ``include_deleted``)."""
    sql = "select count(*) from records where (? is null or form_id = ?)"
    if not include_deleted:
        sql += " and deleted = 0"
    return db.execute(sql, [form_id, form_id]).fetchone()[0]


def count_dirty(db: Database) -> int:
    """How many records wait to be sent to the server."""
    return db.execute("select count(*) from records where dirty = 1").fetchone()[0]


@dataclass(frozen=True)
class RecordSummary:
    """What a record list shows and filters on, read without decoding the record's data."""

    id: str
    form_id: str
    region: str
    status: str
    title: str
    record_date: str
    updated_at: str
    dirty: bool
    category: str = ""
    files_waiting: bool = False  # an attachment has not reached the server yet (incomplete)
    review_status: str = ""  # the secretariat's review ('' before any)


def list_summaries(
    db: Database,
    *,
    form_id: str | None = None,
    category_field: str | None = None,
    status: str | None = None,
) -> list[RecordSummary]:
    """Summaries of every live record (of ``form_id``, of ``status``), newest date first.

    ``category_field`` names a top-level data field whose value fills ``category``.
    """
    path = f"$.{category_field}" if category_field else "$.__none__"
    rows = db.execute(
        "select id, form_id, region, status, title, record_date, updated_at, dirty, "
        "coalesce(json_extract(data, ?), ''), exists (select 1 from record_blobs rb "
        "join blobs b on b.sha256 = rb.sha256 where rb.record_id = records.id "
        "and b.uploaded = 0), review_status from records "
        "where deleted = 0 and (? is null or form_id = ?) and (? is null or status = ?) "
        "order by record_date desc, id",
        [path, form_id, form_id, status, status],
    ).fetchall()
    return [
        RecordSummary(*row[:7], bool(row[7]), str(row[8]), bool(row[9]), row[10] or "")
        for row in rows
    ]
