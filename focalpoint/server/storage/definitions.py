"""Published definitions: form versions and reference lists that flow down to every laptop.

The secretariat publishes a form version (checked against ``forms/form.schema.json``) or a
locations reference list (the format of ``mali.json``); each publication takes the next seq of
the definitions' own counter (``meta.definitions_seq``, the highest committed), read with the
write lock held like ``push.py``'s, so a definitions cursor never passes a seq that commits
later. A form version must be higher than every published version of that form; a reference
list gets the next version of its name. Every pull answer carries the counter
(``PullResponse.definitions_seq``): a laptop asks ``/definitions`` only when it moved.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.domain.definitions import (
    KIND_FORM,
    KIND_REFERENCE,
    LOCATIONS_KEY,
    canonical_json,
    check_form_definition,
    check_reference_list,
)
from focalpoint.domain.errors import NotFound, UsageError
from focalpoint.server.storage.audit import log_action
from focalpoint.server.storage.devices import Device
from focalpoint.server.storage.engine import get_epoch, reading, utc_now, writing
from focalpoint.server.storage.schema import TEXT_LENGTH, definitions, meta
from focalpoint.sync.protocol import DefinitionsResponse, ServerDefinition

logger = logging.getLogger(__name__)

COUNTER = "definitions_seq"
MAX_VERSION = 2**31 - 1  # versions are 32-bit integer columns


@dataclass(frozen=True)
class Published:
    """One published definition, without its body (what a list of publications shows)."""

    kind: str
    key: str
    version: int
    seq: int
    published_at: str
    published_by: str


def publish_form(
    engine: sa.Engine,
    definition: Any,
    *,
    published_by: str = "",
    source: str = "",
    by: Device | None = None,
) -> Published:
    """Publish a form version; every laptop gets it at its next sync. ``by`` (the secretariat
    device publishing it through the API) is logged in the audit log (``publish``).

    Raises ``ImportFileError`` for a definition the form schema refuses, ``UsageError``
    (``form_version_not_newer``) when that form is already published at this version or a
    higher one.
    """
    form = check_form_definition(definition, source=source)
    if form.version > MAX_VERSION:
        raise UsageError(
            "version out of range", detail_code="form_version_too_large", version=form.version
        )
    body = canonical_json(form.definition)
    with writing(engine) as conn:
        seq = _lock_counter(conn) + 1
        published = _highest_version(conn, KIND_FORM, form.id)
        if published is not None and form.version <= published:
            raise UsageError(
                f"form {form.id} v{form.version} is not newer than v{published}",
                detail_code="form_version_not_newer",
                form=form.id,
                version=form.version,
                published=published,
            )
        row = _insert(conn, KIND_FORM, form.id, form.version, body, published_by, seq)
        if by is not None:
            detail = f"form {form.id} v{form.version}"
            log_action(conn, by.id, "publish", now=row.published_at, detail=detail)
    logger.info("form %s v%d published (definitions seq %d)", form.id, form.version, seq)
    return row


def publish_reference(
    engine: sa.Engine,
    data: Any,
    *,
    key: str = LOCATIONS_KEY,
    published_by: str = "",
    source: str = "",
) -> Published:
    """Publish a locations reference list under ``key``; it replaces the shipped list on
    every laptop at its next sync. Its version is the next one for ``key``.

    Raises ``ImportFileError`` for a list in the wrong format, ``UsageError``
    (``reference_unchanged``) when it is the same as the last one published.
    """
    check_reference_list(data, source=source)
    body = canonical_json(data)
    with writing(engine) as conn:
        seq = _lock_counter(conn) + 1
        published = _highest_version(conn, KIND_REFERENCE, key)
        if published is not None:
            last = conn.execute(
                sa.select(definitions.c.body).where(
                    definitions.c.kind == KIND_REFERENCE,
                    definitions.c.key == key,
                    definitions.c.version == published,
                )
            ).scalar_one()
            if last == body:
                raise UsageError(
                    f"reference list {key} unchanged",
                    detail_code="reference_unchanged",
                    key=key,
                    version=published,
                )
        version = (published or 0) + 1
        row = _insert(conn, KIND_REFERENCE, key, version, body, published_by, seq)
    logger.info("reference list %s v%d published (definitions seq %d)", key, version, seq)
    return row


def list_published(engine: sa.Engine) -> list[Published]:
    """Every publication, newest first (for the secretariat's screens)."""
    query = sa.select(
        definitions.c.kind,
        definitions.c.key,
        definitions.c.version,
        definitions.c.seq,
        definitions.c.published_at,
        definitions.c.published_by,
    ).order_by(definitions.c.seq.desc())
    with reading(engine) as conn:
        return [Published(*row) for row in conn.execute(query)]


def highest_definitions_seq(conn: sa.Connection) -> int:
    """The seq of the last definition published (0 when none): the laptops' target cursor."""
    query = sa.select(meta.c.value).where(meta.c.key == COUNTER)
    return int(conn.execute(query).scalar_one_or_none() or 0)


def read_definitions(engine: sa.Engine, since: int) -> DefinitionsResponse:
    """Every definition with seq > ``since`` by seq, and the cursor to store with them.

    The bound is the counter read first (every seq up to it is committed), so the definitions
    read after it in the same transaction are complete up to it on both databases.
    """
    with reading(engine) as conn:
        high = highest_definitions_seq(conn)
        query = (
            sa.select(definitions)
            .where(definitions.c.seq > since, definitions.c.seq <= high)
            .order_by(definitions.c.seq)
        )
        found = [
            ServerDefinition(
                kind=row.kind,
                key=row.key,
                version=row.version,
                body=json.loads(row.body),
                seq=row.seq,
                published_at=row.published_at,
            )
            for row in conn.execute(query)
        ]
        epoch = get_epoch(conn)
    return DefinitionsResponse(definitions=found, next_since=max(since, high), server_epoch=epoch)


def get_definition(engine: sa.Engine, kind: str, key: str, version: int) -> Mapping[str, Any]:
    """The body of one published definition. Raises ``NotFound`` if there is none."""
    query = sa.select(definitions.c.body).where(
        definitions.c.kind == kind, definitions.c.key == key, definitions.c.version == version
    )
    with reading(engine) as conn:
        body = conn.execute(query).scalar_one_or_none()
    if body is None:
        raise NotFound(f"no {kind} {key} v{version}", detail=f"{key} v{version}")
    return json.loads(body)


def _lock_counter(conn: sa.Connection) -> int:
    query = sa.select(meta.c.value).where(meta.c.key == COUNTER).with_for_update()
    return int(conn.execute(query).scalar_one())


def _highest_version(conn: sa.Connection, kind: str, key: str) -> int | None:
    query = sa.select(sa.func.max(definitions.c.version)).where(
        definitions.c.kind == kind, definitions.c.key == key
    )
    return conn.execute(query).scalar_one_or_none()


def _insert(
    conn: sa.Connection,
    kind: str,
    key: str,
    version: int,
    body: str,
    published_by: str,
    seq: int,
) -> Published:
    now = utc_now()
    by = published_by.strip()[:TEXT_LENGTH]
    conn.execute(
        definitions.insert().values(
            kind=kind,
            key=key,
            version=version,
            body=body,
            published_at=now,
            published_by=by,
            seq=seq,
        )
    )
    conn.execute(meta.update().where(meta.c.key == COUNTER).values(value=str(seq)))
    return Published(kind, key, version, seq, now, by)
