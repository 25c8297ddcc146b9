"""What the laptop's sync needs to remember, and the record writes a sync makes.

The server address, the device token, the pull cursor and the server epoch live in the
``settings`` table (the token moves into the encrypted database with encryption at rest). The
functions that apply a push answer or a pull page each run in one transaction together with the
cursor they advance, so a power cut can never leave one without the other (DESIGN §5 case 4).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from focalpoint.store import conflicts as conflict_store
from focalpoint.store import reviews as review_store
from focalpoint.store.db import translate_errors
from focalpoint.store.records import Record, dump_data, record_from_row

SERVER_URL, TOKEN, CURSOR, EPOCH, PENDING_BATCH, LAST_SYNC, REGIONS = (
    "sync.server_url",
    "sync.token",
    "sync.since",
    "sync.server_epoch",
    "sync.pending_batch",
    "sync.last_result",
    "sync.regions",
)
ALL_REGIONS = "*"
DEFINITIONS_CURSOR = "sync.definitions_seq"  # the last published definition stored here


def get_value(db: Database, key: str, default: str = "") -> str:
    """A sync setting (``default`` when absent)."""
    rows = db.execute("select value from settings where key = ?", [key]).fetchall()
    return rows[0][0] if rows else default


def set_values(db: Database, values: Mapping[str, str | None]) -> None:
    """Store (None: delete) sync settings in one transaction (or the caller's)."""
    with translate_errors(db), db.atomic():
        for key, value in values.items():
            if value is None:
                db.execute("delete from settings where key = ?", [key])
            else:
                db["settings"].upsert({"key": key, "value": value}, pk="key")


@dataclass(frozen=True)
class PendingBatch:
    """A batch sent (or about to be) and not yet answered: replayed with the same id."""

    batch_id: str
    revisions: dict[str, int]  # record id → local_rev sent


def get_pending_batch(db: Database) -> PendingBatch | None:
    """The batch whose answer has not been applied yet, if any."""
    raw = get_value(db, PENDING_BATCH)
    if not raw:
        return None
    doc = json.loads(raw)
    return PendingBatch(doc["batch_id"], {k: int(v) for k, v in doc["revisions"].items()})


def set_pending_batch(db: Database, batch: PendingBatch) -> None:
    """Remember a batch before sending it, so a retry or a restart reuses its id."""
    payload = {"batch_id": batch.batch_id, "revisions": batch.revisions}
    set_values(db, {PENDING_BATCH: json.dumps(payload)})


def list_to_push(db: Database, *, after_id: str = "", limit: int = 500) -> list[Record]:
    """Dirty records in id order (keyset), except those refused at this same revision and
    drafts that have no region yet (they stay on the laptop until they have one)."""
    rows = db.query(
        "select * from records where dirty = 1 and id > ? and region != '' "
        "and (rejected_rev is null or rejected_rev != local_rev) order by id limit ?",
        [after_id, limit],
    )
    return [record_from_row(r) for r in rows]


def count_to_push(db: Database) -> int:
    """How many records a push would send."""
    return db.execute(
        "select count(*) from records where dirty = 1 and region != '' "
        "and (rejected_rev is null or rejected_rev != local_rev)"
    ).fetchone()[0]


def apply_push_answer(
    db: Database,
    batch: PendingBatch,
    acks: Iterable[tuple[str, int]],
    conflicts: Iterable[tuple[str, int]],
    rejected: Iterable[tuple[str, str]],
) -> None:
    """Record the server's answer to ``batch`` and forget the batch, in one transaction.

    An acked record becomes clean only if it was not edited while the batch was in flight
    (its ``local_rev`` is still the one sent); either way its server version is stored and
    becomes the base of the next edit. A record in conflict takes the server's version (the
    server's copy comes down with the next pull). A refused record keeps its changes and is
    not sent again until it is edited.
    """
    with translate_errors(db), db.atomic():
        for record_id, version in [*acks, *conflicts]:
            sent = batch.revisions.get(record_id)
            db.execute(
                "update records set version = ?, base_version = ?, sync_error = '', "
                "dirty = case when local_rev = ? then 0 else 1 end where id = ?",
                [version, version, sent, record_id],
            )
        for record_id, code in rejected:
            db.execute(
                "update records set sync_error = ?, rejected_rev = local_rev where id = ?",
                [code, record_id],
            )
        db.execute("delete from settings where key = ?", [PENDING_BATCH])


def apply_pull_page(
    db: Database,
    records: Iterable[Mapping[str, Any]],
    conflicts: Iterable[Mapping[str, Any]],
    next_since: int,
    hold: int | None = None,
    reviews: Iterable[Mapping[str, Any]] = (),
) -> tuple[int, int, int | None]:
    """Store a page of server changes (records, conflicts, review entries) and the new cursor
    in one transaction.

    A record edited on this laptop and not yet sent (dirty) is never overwritten: its next
    push meets the server's version and the conflict rule decides. The stored cursor is then
    held just before that row (``hold``, carried from page to page by the caller), so the next
    sync reads the server's copy again once the local edit is settled — else a conflict the
    edit loses would leave this laptop with its own copy for good. Review entries update the
    review status of their records (``store.reviews``); a conflict resolved here stays
    resolved (``store.conflicts``).
    Returns (applied, kept, hold).
    """
    applied = kept = 0
    added: list[str] = []
    with translate_errors(db), db.atomic():
        for server in records:
            local = db.execute("select dirty from records where id = ?", [server["id"]]).fetchone()
            if local is not None and local[0]:
                kept += 1
                before = int(server["seq"]) - 1
                hold = before if hold is None else min(hold, before)
                continue
            _store_server_record(db, server, is_new=local is None)
            if local is None:
                added.append(server["id"])
            applied += 1
        conflict_store.apply_server_conflicts(db, conflicts)
        review_store.apply_server_reviews(db, reviews)
        _refresh_reviewed(db, added)  # a record arriving after its thread (a pull from 0)
        cursor = next_since if hold is None else min(next_since, hold)
        set_values(db, {CURSOR: str(cursor)})
    return applied, kept, hold


def _refresh_reviewed(db: Database, record_ids: list[str]) -> None:
    """Recompute the review status of those of ``record_ids`` that have a thread here."""
    if not record_ids:
        return
    rows = db.execute(
        "select distinct record_id from reviews where record_id in "
        "(select value from json_each(?))",
        [json.dumps(record_ids)],
    ).fetchall()
    review_store.refresh_status(db, [row[0] for row in rows])


def _key_fields(db: Database, form_id: str) -> tuple[str, str]:
    """The title and date field ids of the newest stored version of ``form_id``."""
    row = db.execute(
        "select definition from form_versions where form_id = ? order by version desc limit 1",
        [form_id],
    ).fetchone()
    definition = json.loads(row[0]) if row else {}
    return definition.get("title_field", "titre"), definition.get("date_field", "date")


def _store_server_record(db: Database, server: Mapping[str, Any], *, is_new: bool) -> None:
    title_field, date_field = _key_fields(db, server["form_id"])
    data = server["data"]
    title, day = data.get(title_field), data.get(date_field)
    row = {
        "id": server["id"],
        "form_id": server["form_id"],
        "form_version": server["form_version"],
        "region": server["region"],
        "status": server["status"],
        "data": dump_data(data),
        "deleted": int(server["deleted"]),
        "version": server["version"],
        "base_version": server["version"],
        "dirty": 0,
        "author": server.get("author", ""),
        "title": title if isinstance(title, str) else "",
        "record_date": day if isinstance(day, str) else "",
        "updated_at": server.get("updated_at", ""),
        "sync_error": "",
    }
    if is_new:
        db["records"].insert({**row, "created_at": server.get("updated_at", ""), "local_rev": 1})
    else:
        db["records"].update(server["id"], row)


def find_for_push(db: Database, record_id: str) -> Record | None:
    """A record (tombstones included) as a replayed batch sends it."""
    rows = list(db.query("select * from records where id = ?", [record_id]))
    return record_from_row(rows[0]) if rows else None


def reset_for_new_epoch(db: Database, epoch: str) -> None:
    """The server was restored from a backup: pull from the start and re-send every record.

    Versions known here are kept: a restored server that receives a base version newer than
    its own knows it lost that change and takes the laptop's copy (protocol.py's rule).
    """
    with translate_errors(db), db.atomic():
        db.execute("update records set dirty = 1, rejected_rev = null, sync_error = ''")
        db.execute("update blobs set uploaded = 0")  # the restored server may lack them too
        set_values(db, {CURSOR: "0", EPOCH: epoch, PENDING_BATCH: None, DEFINITIONS_CURSOR: "0"})


def get_regions(db: Database) -> list[str] | None:
    """The scope the server gave this laptop at its last pull (None before the first one)."""
    raw = get_value(db, REGIONS)
    return json.loads(raw) if raw else None


def _scope(regions: list[str]) -> list[Any]:
    """The two parameters of the scope test ``(? or region in (select value from json_each(?)))``
    for ``regions`` (``*``: every region)."""
    return [int(ALL_REGIONS in regions), json.dumps(regions)]


def change_scope(db: Database, regions: list[str]) -> int:
    """The server changed this laptop's regions: forget the server's records it may no longer
    see (never a local edit not yet sent), store the new scope and pull from the start.
    Returns how many records were dropped."""
    with translate_errors(db), db.atomic():
        db.execute(
            "delete from conflicts where record_id in (select id from records where dirty = 0 "
            "and version is not null and not (? or region in (select value from json_each(?))))",
            _scope(regions),
        )
        dropped = db.execute(
            "delete from records where dirty = 0 and version is not null "
            "and not (? or region in (select value from json_each(?)))",
            _scope(regions),
        )
        _drop_orphan_reviews(db)
        set_values(db, {REGIONS: json.dumps(regions), CURSOR: "0"})
    return dropped.rowcount


def _drop_orphan_reviews(db: Database) -> None:
    """Forget the server's review entries of records no longer held here (entries written
    here and not sent, or refused, stay: they are this laptop's own words)."""
    db.execute("delete from reviews where sent = 1 and record_id not in (select id from records)")


def local_digest(db: Database, regions: list[str]) -> tuple[int, int, int] | None:
    """(count, tombstones, version sum) of the server's records held here in ``regions``, as
    the server's ``Digest`` counts them; None while an edit of such a record waits to be sent
    (the two copies legitimately differ until it is)."""
    waiting = db.execute(
        "select count(*) from records where dirty = 1 and version is not null"
    ).fetchone()[0]
    if waiting:
        return None
    row = db.execute(
        "select count(*), coalesce(sum(deleted), 0), coalesce(sum(version), 0) from records "
        "where version is not null and (? or region in (select value from json_each(?)))",
        _scope(regions),
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def start_repair(db: Database) -> None:
    """This laptop's copy differs from the server's: pull everything again from the start."""
    set_values(db, {CURSOR: "0"})


def drop_unseen(db: Database, regions: list[str], seen: set[str]) -> int:
    """After a full pull: forget server records held here that the server no longer has in
    this scope (never a local edit not yet sent). Returns how many were dropped."""
    rows = db.execute(
        "select id from records where dirty = 0 and version is not null "
        "and (? or region in (select value from json_each(?)))",
        _scope(regions),
    ).fetchall()
    gone = [row[0] for row in rows if row[0] not in seen]
    with translate_errors(db), db.atomic():
        for record_id in gone:
            db.execute("delete from conflicts where record_id = ?", [record_id])
            db.execute("delete from records where id = ?", [record_id])
        if gone:
            _drop_orphan_reviews(db)
    return len(gone)


def mark_unsendable(db: Database, record_id: str, code: str) -> None:
    """A record the wire format refuses: keep it, do not send it again until it is edited."""
    with translate_errors(db), db.atomic():
        db.execute(
            "update records set sync_error = ?, rejected_rev = local_rev where id = ?",
            [code, record_id],
        )


# ----------------------------------------------------------------------------- the desk

DEVICES_CACHE = "desk.devices"  # the last device list fetched by a secretariat laptop (JSON)
DEVICES_FETCHED_AT = "desk.devices_fetched_at"


def is_secretariat(db: Database) -> bool:
    """Whether the server gave this laptop's token every region (``["*"]``)."""
    return ALL_REGIONS in (get_regions(db) or [])


def store_devices(db: Database, devices: list[Mapping[str, Any]], fetched_at: str) -> None:
    """Keep the device list the server gave (``DeviceSummary`` fields) and when."""
    set_values(
        db, {DEVICES_CACHE: json.dumps(list(devices), default=str), DEVICES_FETCHED_AT: fetched_at}
    )


def cached_devices(db: Database) -> tuple[list[dict[str, Any]], str]:
    """The last device list kept and when it was fetched (``[]``, ``""`` never)."""
    raw = get_value(db, DEVICES_CACHE)
    try:
        devices = json.loads(raw) if raw else []
    except json.JSONDecodeError:
        devices = []
    return (devices if isinstance(devices, list) else []), get_value(db, DEVICES_FETCHED_AT)
