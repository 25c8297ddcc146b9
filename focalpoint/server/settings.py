"""The secretariat server's settings: where its database is and the size limits it enforces."""

from __future__ import annotations

from dataclasses import dataclass

from focalpoint.sync import protocol

MIB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """What ``create_app`` needs.

    ``db_url`` is an SQLAlchemy URL (``sqlite:///PATH``, ``postgresql+psycopg://…``); a plain
    path means an SQLite file. Sizes are bytes: ``max_body_bytes`` bounds a request body as it
    arrives (compressed or not), ``max_inflated_bytes`` bounds it after gzip is undone.
    ``max_pull_limit`` is the largest page a pull returns (a larger ``limit`` is clamped).
    """

    db_url: str
    max_body_bytes: int = protocol.MAX_BODY_BYTES
    max_inflated_bytes: int = 16 * MIB
    max_pull_limit: int = protocol.MAX_PULL_LIMIT
