"""Bringing the server's published definitions (form versions, reference lists) down.

Every pull answer carries the highest published definition's seq (``definitions_seq``). Only
when it differs from the laptop's cursor does the laptop ask ``GET /api/v1/definitions``, so a
sync with nothing to do stays one request. A server whose counter is below the cursor (restored
from an older backup) is read again from the start.
"""

from __future__ import annotations

import logging

from sqlite_utils import Database

from focalpoint.store import definitions as definition_store
from focalpoint.sync.client import SyncClient

logger = logging.getLogger(__name__)


def fetch_definitions(db: Database, client: SyncClient, server_seq: int) -> int:
    """Fetch and store what was published since this laptop's cursor, if anything was.

    ``server_seq`` is the ``definitions_seq`` of the last pull answer. Returns how many form
    versions and reference lists were stored. Raises ``SyncError`` like every call.
    """
    known = definition_store.get_cursor(db)
    if server_seq == known:
        return 0
    since = known if server_seq > known else 0
    answer = client.definitions(since)
    received = definition_store.apply_definitions(
        db, [d.model_dump() for d in answer.definitions], answer.next_since
    )
    logger.info(
        "definitions after %d: %d form version(s), %d reference list(s), %d refused",
        since,
        received.forms,
        received.references,
        received.refused,
    )
    return received.forms + received.references
