"""The review threads kept on the laptop: entries written here (waiting to be sent) and entries
received from the server, and the status in force on each record (``records.review_status``).

An entry written here has ``sent = 0`` and no ``seq``; once the server has it (its answer to
``POST /reviews``, or a pull) it holds the server's ``seq``, author, role and time. The status
in force is the last status set, server entries by ``seq`` first, then the ones waiting here in
the order they were written (``domain.review.current_status``); '' when none set one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from focalpoint.domain.review import current_status
from focalpoint.store.db import translate_errors

_ORDER = "order by sent desc, coalesce(seq, 0), created_at, rowid"
_THREAD = f"select * from reviews where record_id = ? {_ORDER}"  # noqa: S608 - constant text
_STATUSES = f"select status from reviews where record_id = ? and error = '' {_ORDER}"  # noqa: S608


@dataclass(frozen=True)
class StoredReview:
    """One entry of a record's thread as the laptop holds it."""

    id: str
    record_id: str
    status: str | None
    comment: str
    author: str
    role: str
    created_at: str
    seq: int | None
    sent: bool
    error: str


def _from_row(row: Mapping[str, Any]) -> StoredReview:
    return StoredReview(
        id=row["id"],
        record_id=row["record_id"],
        status=row["status"] or None,
        comment=row["comment"] or "",
        author=row["author"] or "",
        role=row["role"] or "",
        created_at=row["created_at"],
        seq=row["seq"],
        sent=bool(row["sent"]),
        error=row["error"] or "",
    )


def thread(db: Database, record_id: str) -> list[StoredReview]:
    """The entries of ``record_id``'s thread: the server's by seq, then those waiting here."""
    rows = db.query(_THREAD, [record_id])
    return [_from_row(row) for row in rows]


def add_local(db: Database, entry: Mapping[str, Any]) -> StoredReview:
    """Store an entry written on this laptop (``id, record_id, status, comment, author, role,
    created_at``), waiting to be sent, and update the record's status, in one transaction."""
    row = {
        "id": entry["id"],
        "record_id": entry["record_id"],
        "status": entry.get("status") or None,
        "comment": entry.get("comment", ""),
        "author": entry.get("author", ""),
        "role": entry.get("role", ""),
        "created_at": entry["created_at"],
        "seq": None,
        "sent": 0,
        "error": "",
    }
    with translate_errors(db), db.atomic():
        db["reviews"].insert(row, pk="id")
        refresh_status(db, [row["record_id"]])
    return _from_row(row)


def apply_server_reviews(db: Database, entries: Iterable[Mapping[str, Any]]) -> int:
    """Store entries as the server sent them (``ServerReview`` fields), replacing the copy
    waiting here with the same id; update the status of the records concerned. Runs in the
    caller's transaction when there is one. Returns how many entries were stored."""
    touched: list[str] = []
    with translate_errors(db), db.atomic():
        for entry in entries:
            db["reviews"].upsert(
                {
                    "id": entry["id"],
                    "record_id": entry["record_id"],
                    "status": entry.get("status") or None,
                    "comment": entry.get("comment", ""),
                    "author": entry.get("author", ""),
                    "role": entry.get("role", ""),
                    "created_at": entry["created_at"],
                    "seq": entry["seq"],
                    "sent": 1,
                    "error": "",
                },
                pk="id",
            )
            touched.append(entry["record_id"])
        refresh_status(db, touched)
    return len(touched)


def unsent(db: Database, limit: int = 1000) -> list[StoredReview]:
    """Entries written here that wait to be sent (never those the server refused)."""
    rows = db.query(
        "select * from reviews where sent = 0 and error = '' order by created_at, rowid limit ?",
        [limit],
    )
    return [_from_row(row) for row in rows]


def count_unsent(db: Database) -> int:
    """How many entries wait to be sent."""
    return db.execute("select count(*) from reviews where sent = 0 and error = ''").fetchone()[0]


def mark_refused(db: Database, review_id: str, code: str) -> None:
    """The server refused the entry (``code``): keep it, shown with its error, never resent."""
    with translate_errors(db), db.atomic():
        db.execute("update reviews set error = ? where id = ?", [code, review_id])
        row = db.execute("select record_id from reviews where id = ?", [review_id]).fetchone()
        if row is not None:
            refresh_status(db, [row[0]])


def refresh_status(db: Database, record_ids: Iterable[str]) -> None:
    """Recompute ``records.review_status`` of ``record_ids`` from their threads (refused
    entries do not count)."""
    for record_id in dict.fromkeys(record_ids):
        statuses = [
            row[0]
            for row in db.execute(
                _STATUSES,
                [record_id],
            )
        ]
        status = current_status(statuses, default="")
        db.execute("update records set review_status = ? where id = ?", [status, record_id])


def ready_to_send(db: Database, limit: int = 1000) -> list[StoredReview]:
    """The entries ``unsent`` gives whose record the server has (or this laptop no longer
    holds, so the server decides): an entry on a record not yet sent waits for it."""
    rows = db.query(
        "select v.* from reviews v left join records r on r.id = v.record_id "
        "where v.sent = 0 and v.error = '' and (r.id is null or r.version is not null) "
        "order by v.created_at, v.rowid limit ?",
        [limit],
    )
    return [_from_row(row) for row in rows]


def get(db: Database, review_id: str) -> StoredReview | None:
    """The entry ``review_id``, or None."""
    rows = list(db.query("select * from reviews where id = ?", [review_id]))
    return _from_row(rows[0]) if rows else None


def count_refused(db: Database) -> int:
    """How many entries written here the server refused (kept, shown with their error)."""
    return db.execute("select count(*) from reviews where sent = 0 and error != ''").fetchone()[0]
