"""The schema of the laptop's database, created and changed only by these migrations.

One ``Migrations("focalpoint")`` set; functions ``mNNN_…`` run in order, each in one
transaction with its bookkeeping row. A merged migration is never edited: add a new one.
"""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("focalpoint")


@migrations()
def m001_initial(db: Database) -> None:
    """Records with their sync columns, form versions, blobs and settings."""
    db["records"].create(
        {
            "id": str,
            "form_id": str,
            "form_version": int,
            "region": str,
            "status": str,
            "data": str,
            "created_at": str,
            "updated_at": str,
            "author": str,
            "version": int,
            "base_version": int,
            "dirty": int,
            "local_rev": int,
            "deleted": int,
        },
        pk="id",
        not_null={
            "form_id",
            "form_version",
            "status",
            "data",
            "created_at",
            "updated_at",
            "dirty",
            "local_rev",
            "deleted",
        },
        defaults={"dirty": 1, "local_rev": 1, "deleted": 0, "region": ""},
    )
    db["records"].create_index(["form_id", "deleted"])
    db["form_versions"].create(
        {"form_id": str, "version": int, "definition": str, "added_at": str},
        pk=("form_id", "version"),
    )
    db["blobs"].create(
        {"sha256": str, "size": int, "mime": str, "created_at": str},
        pk="sha256",
    )
    db["settings"].create({"key": str, "value": str}, pk="key")


@migrations()
def m002_record_title_and_date(db: Database) -> None:
    """Denormalised title and date for fast lists, sorting and period filters; backfilled."""
    records = db["records"]
    records.add_column("title", str, not_null_default="")
    records.add_column("record_date", str, not_null_default="")
    fields = {
        row["form_id"]: json.loads(row["definition"])
        for row in db.query(
            "select form_id, definition from form_versions fv where version = "
            "(select max(version) from form_versions where form_id = fv.form_id)"
        )
    }
    for row in list(db.query("select id, form_id, data from records")):
        definition = fields.get(row["form_id"], {})
        data = json.loads(row["data"])
        title = data.get(definition.get("title_field", "titre")) or ""
        day = data.get(definition.get("date_field", "date")) or ""
        db.execute(
            "update records set title = ?, record_date = ? where id = ?",
            [str(title), str(day), row["id"]],
        )
    records.create_index(["form_id", "deleted", "record_date"])
    db.execute("create index idx_records_dirty on records(dirty) where dirty = 1")


@migrations()
def m003_autosaves(db: Database) -> None:
    """What a person is typing, saved every few seconds, apart from records (no sync traffic)."""
    db["autosaves"].create(
        {
            "record_id": str,
            "form_id": str,
            "form_version": int,
            "is_new": int,
            "data": str,
            "updated_at": str,
        },
        pk="record_id",
        not_null={"form_id", "form_version", "is_new", "data", "updated_at"},
    )


@migrations()
def m004_sync(db: Database) -> None:
    """Sync bookkeeping: conflicts sent down by the server, and records the server refused."""
    records = db["records"]
    records.add_column("sync_error", str, not_null_default="")
    records.add_column("rejected_rev", int)
    db["conflicts"].create(
        {
            "conflict_id": int,
            "record_id": str,
            "code": str,
            "data": str,
            "deleted": int,
            "seq": int,
            "created_at": str,
            "resolved": int,
        },
        pk="conflict_id",
        not_null={"record_id", "code", "data", "deleted", "created_at", "resolved"},
        defaults={"resolved": 0},
    )
    db["conflicts"].create_index(["record_id"])


@migrations()
def m005_reference_lists(db: Database) -> None:
    """Reference lists received from the server (the locations list replacing the shipped one)."""
    db["reference_lists"].create(
        {"key": str, "version": int, "body": str, "received_at": str},
        pk=("key", "version"),
        not_null={"body", "received_at"},
    )


_RECORD_BLOBS_SQL = """
delete from record_blobs where record_id = new.id;
insert or ignore into record_blobs (record_id, sha256, mime)
  select new.id, t.value, coalesce(json_extract(new.data, t.path || '.mime'), '')
  from json_tree(case when json_valid(new.data) then new.data else '{}' end) t
  where t.key = 'sha256' and t.type = 'text' and length(t.value) = 64
    and t.value not glob '*[^0-9a-f]*';
"""


@migrations()
def m006_blob_sync(db: Database) -> None:
    """Attachment sync: which blobs the server holds complete (``blobs.uploaded``), and which
    record refers to which blob (``record_blobs``, kept in step by triggers on every write of a
    record's data, whoever makes it: a save, an import, a pull). Backfilled."""
    db["blobs"].add_column("uploaded", int, not_null_default=0)
    db["record_blobs"].create(
        {"record_id": str, "sha256": str, "mime": str},
        pk=("record_id", "sha256"),
        not_null={"mime"},
    )
    db["record_blobs"].create_index(["sha256"])
    db.execute(
        f"create trigger record_blobs_insert after insert on records begin {_RECORD_BLOBS_SQL} end"
    )
    db.execute(
        "create trigger record_blobs_update after update of data on records "
        f"begin {_RECORD_BLOBS_SQL} end"
    )
    db.execute(
        "create trigger record_blobs_delete after delete on records "
        "begin delete from record_blobs where record_id = old.id; end"
    )
    db.execute(
        "insert or ignore into record_blobs (record_id, sha256, mime) "
        "select r.id, t.value, coalesce(json_extract(r.data, t.path || '.mime'), '') "
        "from records r, json_tree(case when json_valid(r.data) then r.data else '{}' end) t "
        "where t.key = 'sha256' and t.type = 'text' and length(t.value) = 64 "
        "and t.value not glob '*[^0-9a-f]*'"
    )


@migrations()
def m007_review(db: Database) -> None:
    """The secretariat's review: each record's thread of status changes and comments
    (``reviews``: entries written here wait with ``sent = 0``; ``seq`` is the server's once it
    has them), the status in force on each record (``records.review_status``, '' before any),
    and who resolved a conflict (``conflicts.resolution_sent = 0``: resolved here, not yet
    told to the server)."""
    db["reviews"].create(
        {
            "id": str,
            "record_id": str,
            "status": str,
            "comment": str,
            "author": str,
            "role": str,
            "created_at": str,
            "seq": int,
            "sent": int,
            "error": str,
        },
        pk="id",
        not_null={"record_id", "comment", "author", "role", "created_at", "sent", "error"},
        defaults={"comment": "", "author": "", "role": "", "sent": 0, "error": ""},
    )
    db["reviews"].create_index(["record_id", "seq"])
    db.execute("create index idx_reviews_unsent on reviews(sent) where sent = 0")
    db["records"].add_column("review_status", str, not_null_default="")
    db["conflicts"].add_column("resolved_by", str, not_null_default="")
    db["conflicts"].add_column("resolved_at", str, not_null_default="")
    db["conflicts"].add_column("resolution_sent", int, not_null_default=1)
