"""The conflicts the server sent down (losing copies of records) and their resolution here.

A conflict comes down with a pull (``sync_state.apply_pull_page`` calls
``apply_server_conflicts``) and again, with a new ``seq``, once resolved. Resolved on this
laptop, it holds ``resolved = 1`` and ``resolution_sent = 0`` until the sync has pushed the
record's resolved data and told the server (``mark_resolution_sent``). A copy sent down
unresolved never undoes a resolution made here (a full pull from the start sends old states).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from focalpoint.store.db import translate_errors
from focalpoint.store.records import dump_data


@dataclass(frozen=True)
class StoredConflict:
    """One conflict as the laptop holds it (``data`` is the losing copy)."""

    conflict_id: int
    record_id: str
    code: str
    data: dict[str, Any]
    deleted: bool
    seq: int | None
    created_at: str
    resolved: bool
    resolved_by: str
    resolved_at: str
    resolution_sent: bool


def _from_row(row: Mapping[str, Any]) -> StoredConflict:
    return StoredConflict(
        conflict_id=int(row["conflict_id"]),
        record_id=row["record_id"],
        code=row["code"],
        data=json.loads(row["data"]) if row["data"] else {},
        deleted=bool(row["deleted"]),
        seq=row["seq"],
        created_at=row["created_at"],
        resolved=bool(row["resolved"]),
        resolved_by=row["resolved_by"] or "",
        resolved_at=row["resolved_at"] or "",
        resolution_sent=bool(row["resolution_sent"]),
    )


def get(db: Database, conflict_id: int) -> StoredConflict | None:
    """The conflict ``conflict_id``, or None when this laptop does not hold it."""
    rows = list(db.query("select * from conflicts where conflict_id = ?", [int(conflict_id)]))
    return _from_row(rows[0]) if rows else None


def apply_server_conflicts(db: Database, conflicts: Iterable[Mapping[str, Any]]) -> int:
    """Store conflicts as the server sent them (``ServerConflict`` fields), in the caller's
    transaction when there is one. A resolved one is stored resolved (and told: nothing left
    to send); an unresolved one leaves a resolution made here as it is. Returns how many."""
    count = 0
    with translate_errors(db), db.atomic():
        for conflict in conflicts:
            row: dict[str, Any] = {
                "conflict_id": conflict["conflict_id"],
                "record_id": conflict["record_id"],
                "code": conflict["code"],
                "data": dump_data(conflict["data"]),
                "deleted": int(conflict["deleted"]),
                "seq": conflict["seq"],
                "created_at": conflict["created_at"],
            }
            if conflict.get("resolved"):
                row.update(
                    resolved=1,
                    resolved_by=conflict.get("resolved_by", ""),
                    resolved_at=conflict.get("resolved_at", ""),
                    resolution_sent=1,
                )
            db["conflicts"].upsert(row, pk="conflict_id")
            count += 1
    return count


def mark_resolved(db: Database, conflict_id: int, *, by: str, at: str) -> None:
    """Resolved on this laptop (in the caller's transaction, with the record's edit): to be
    told to the server at the next sync."""
    with translate_errors(db), db.atomic():
        db.execute(
            "update conflicts set resolved = 1, resolved_by = ?, resolved_at = ?, "
            "resolution_sent = 0 where conflict_id = ?",
            [by, at, int(conflict_id)],
        )


def unsent_resolutions(db: Database) -> list[StoredConflict]:
    """Conflicts resolved here that the server has not been told of, once the record's
    resolved data is on the server (its edit is not waiting to be sent)."""
    rows = db.query(
        "select c.* from conflicts c where c.resolved = 1 and c.resolution_sent = 0 "
        "and not exists (select 1 from records r where r.id = c.record_id and r.dirty = 1) "
        "order by c.resolved_at, c.conflict_id"
    )
    return [_from_row(row) for row in rows]


def count_unsent_resolutions(db: Database) -> int:
    """How many resolutions made here wait to be told to the server."""
    return db.execute(
        "select count(*) from conflicts where resolved = 1 and resolution_sent = 0"
    ).fetchone()[0]


def mark_resolution_sent(
    db: Database, conflict_id: int, server: Mapping[str, Any] | None = None
) -> None:
    """The server knows of the resolution (``server``: its answer, whose author and time
    replace the ones noted here), or will never need to (already resolved there)."""
    with translate_errors(db), db.atomic():
        if server is not None and server.get("resolved"):
            db.execute(
                "update conflicts set resolution_sent = 1, resolved_by = ?, resolved_at = ? "
                "where conflict_id = ?",
                [server.get("resolved_by", ""), server.get("resolved_at", ""), int(conflict_id)],
            )
        else:
            db.execute(
                "update conflicts set resolution_sent = 1 where conflict_id = ?",
                [int(conflict_id)],
            )
