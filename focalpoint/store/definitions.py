"""Definitions received from the server, kept on the laptop: form versions and reference lists.

A received form version goes into ``form_versions`` (``store.forms``), beside the shipped
ones: the highest version of a form is the one new records are made with, and a record keeps
the version it was made with. A received reference list goes into ``reference_lists``; its
highest version replaces the shipped ``mali.json`` for the location pickers and checks.

The definitions cursor (``sync_state.DEFINITIONS_CURSOR``) is stored in the same transaction
as the definitions it covers. A definition this laptop refuses (a form a newer app version
would understand, say) is skipped and holds the cursor just before it, so it is asked for again
at each sync until an updated app takes it; the others are stored.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from focalpoint.domain.definitions import (
    KIND_FORM,
    KIND_REFERENCE,
    LOCATIONS_KEY,
    canonical_json,
    check_reference_list,
)
from focalpoint.domain.errors import ImportFileError, NotFound
from focalpoint.store import forms as form_store
from focalpoint.store import sync_state
from focalpoint.store.db import translate_errors

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Received:
    """What one ``apply_definitions`` stored: new form versions, reference lists, refusals."""

    forms: int = 0
    references: int = 0
    refused: int = 0


def get_cursor(db: Database) -> int:
    """The seq of the last definition stored here (0: none yet)."""
    return int(sync_state.get_value(db, sync_state.DEFINITIONS_CURSOR, "0") or 0)


def apply_definitions(
    db: Database, definitions: Iterable[Mapping[str, Any]], next_since: int
) -> Received:
    """Store definitions sent by the server (``ServerDefinition`` dicts, by seq) and the new
    cursor, in one transaction. Returns what was stored.

    A form version already known here keeps its stored definition (a record made with it must
    read the same); a reference list replaces the one stored at the same version.
    """
    forms = references = refused = 0
    hold: int | None = None
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with translate_errors(db), db.atomic():
        for definition in definitions:
            try:
                if definition["kind"] == KIND_FORM:
                    forms += _store_form(db, definition)
                elif definition["kind"] == KIND_REFERENCE:
                    references += _store_reference(db, definition, now)
                else:
                    raise ImportFileError(f"unknown kind {definition['kind']!r}")
            except ImportFileError as exc:
                logger.warning(
                    "definition %s %s v%s refused: %s",
                    definition.get("kind"),
                    definition.get("key"),
                    definition.get("version"),
                    exc.params.get("reason") or exc.params.get("detail") or exc,
                )
                refused += 1
                before = int(definition["seq"]) - 1
                hold = before if hold is None else min(hold, before)
        cursor = next_since if hold is None else min(hold, next_since)
        sync_state.set_values(db, {sync_state.DEFINITIONS_CURSOR: str(cursor)})
    return Received(forms, references, refused)


def _store_form(db: Database, definition: Mapping[str, Any]) -> int:
    key, version = definition["key"], int(definition["version"])
    source = f"{key} v{version}"
    form = form_store.check_definition(definition["body"], source=source)
    if form.id != key or form.version != version:
        raise ImportFileError(f"{source} holds {form.id} v{form.version}", path=source)
    try:
        stored = form_store.get_form_version(db, form.id, form.version)
    except NotFound:
        form_store.ensure_form_version(db, form)
        logger.info("form %s received", source)
        return 1
    if canonical_json(stored.definition) != canonical_json(form.definition):
        logger.warning("form %s received differs from the one stored here: kept", source)
    return 0


def _store_reference(db: Database, definition: Mapping[str, Any], now: str) -> int:
    key, version = definition["key"], int(definition["version"])
    check_reference_list(definition["body"], source=f"{key} v{version}")
    db["reference_lists"].upsert(
        {
            "key": key,
            "version": version,
            "body": canonical_json(definition["body"]),
            "received_at": now,
        },
        pk=("key", "version"),
    )
    logger.info("reference list %s v%d received", key, version)
    return 1


def load_reference(db: Database, key: str = LOCATIONS_KEY) -> dict[str, Any] | None:
    """The highest version of reference list ``key`` received here, or None."""
    row = db.execute(
        "select body from reference_lists where key = ? order by version desc limit 1", [key]
    ).fetchone()
    return json.loads(row[0]) if row else None
