"""Autosaves: the form being typed, kept apart from records until it is saved.

One row per record being edited (a new record has its future id already), replaced on every
autosave and deleted when the record is saved or the edit abandoned. After a crash or a power
cut the app finds them here and offers them back exactly as they were typed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from focalpoint.store.db import translate_errors
from focalpoint.store.records import dump_data


@dataclass(frozen=True)
class Autosave:
    """What was being typed in one editor."""

    record_id: str
    form_id: str
    form_version: int
    is_new: bool
    data: Mapping[str, Any]
    updated_at: str


def put_autosave(db: Database, autosave: Autosave) -> None:
    """Store (or replace) the autosave of ``autosave.record_id`` in one transaction."""
    with translate_errors(db), db.atomic():
        db["autosaves"].upsert(
            {
                "record_id": autosave.record_id,
                "form_id": autosave.form_id,
                "form_version": autosave.form_version,
                "is_new": int(autosave.is_new),
                "data": dump_data(autosave.data),
                "updated_at": autosave.updated_at,
            },
            pk="record_id",
        )


def delete_autosave(db: Database, record_id: str) -> None:
    """Forget the autosave of ``record_id`` (no error if there is none)."""
    with translate_errors(db), db.atomic():
        db.execute("delete from autosaves where record_id = ?", [record_id])


def list_autosaves(db: Database) -> list[Autosave]:
    """Every pending autosave, newest first."""
    rows = db.execute(
        "select record_id, form_id, form_version, is_new, data, updated_at "
        "from autosaves order by updated_at desc"
    ).fetchall()
    return [Autosave(r[0], r[1], r[2], bool(r[3]), json.loads(r[4]), r[5]) for r in rows]
