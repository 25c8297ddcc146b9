"""Record history: every version of a record as written, the losing copies the conflict rule
kept, and the review thread — nothing is overwritten without a trace.

``push.py`` adds the rows as it writes (``history_row``, sent in one ``executemany`` per
batch); ``read_history`` reads them for a device that may see the record, and logs the read in
the audit log.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.server.storage.audit import log_action
from focalpoint.server.storage.bulk import insert_many
from focalpoint.server.storage.devices import Device
from focalpoint.server.storage.engine import reading, utc_now, writing
from focalpoint.server.storage.refused import record_not_found
from focalpoint.server.storage.reviews import read_thread
from focalpoint.server.storage.schema import devices, history, records
from focalpoint.sync.protocol import HistoryEntry, RecordHistory

logger = logging.getLogger(__name__)

WRITE = "write"
CONFLICT = "conflict"


COLUMNS = (
    "record_id", "kind", "code", "version", "seq", "region", "form_id", "form_version",
    "status", "data", "deleted", "author", "changed_at", "device_id",
)  # fmt: skip
HistoryRow = tuple[Any, ...]  # the values of COLUMNS, in order


def history_row(
    record_id: str, values: dict[str, Any], *, kind: str, code: str, changed_at: str
) -> HistoryRow:
    """A ``history`` row for ``record_id`` from the column values of a record or conflict
    write (``version`` being the version it holds, or was based on for a losing copy)."""
    return (
        record_id,
        kind,
        code,
        values["version"],
        values["seq"],
        values["region"],
        values["form_id"],
        values["form_version"],
        values["status"],
        values["data"],
        values["deleted"],
        values["author"],
        changed_at,
        values["device_id"],
    )


def insert_history(conn: sa.Connection, rows: list[HistoryRow]) -> None:
    """Insert ``rows`` in one statement (``bulk.insert_many``)."""
    insert_many(conn, history, COLUMNS, rows)


def read_history(engine: sa.Engine, device: Device, record_id: str) -> RecordHistory:
    """Every version of ``record_id`` and its losing copies by seq, and its review thread;
    the read is logged (``read``, detail "history").

    Raises ``Refused`` 404 ``record_not_found`` for a record absent or outside ``device``'s
    regions (nothing is logged then).
    """
    with reading(engine) as conn:
        region = conn.execute(
            sa.select(records.c.region).where(records.c.id == record_id)
        ).scalar_one_or_none()
        if region is None or not device.may_see(region):
            raise record_not_found()
        query = (
            sa.select(history, devices.c.name.label("device_name"))
            .join(devices, devices.c.id == history.c.device_id)
            .where(history.c.record_id == record_id)
            .order_by(history.c.seq, history.c.id)
        )
        versions = [_entry(row) for row in conn.execute(query)]
        thread = read_thread(conn, record_id)
    with writing(engine) as conn:
        log_action(conn, device.id, "read", now=utc_now(), record_id=record_id, detail="history")
    logger.info("device %s read the history of record %s", device.id, record_id)
    return RecordHistory(record_id=record_id, versions=versions, reviews=thread)


def _entry(row: sa.Row) -> HistoryEntry:
    return HistoryEntry(
        kind=row.kind,
        version=row.version,
        seq=row.seq,
        changed_at=row.changed_at,
        device=row.device_name,
        author=row.author,
        status=row.status,
        deleted=row.deleted,
        form_version=row.form_version,
        data=json.loads(row.data),
        code=row.code,
    )
