"""The secretariat server's settings: where its database is and the limits it enforces."""

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
    ``max_json_values`` bounds the values a JSON body may hold (each becomes a Python object
    when parsed: a bound on memory that size limits alone are not). ``max_auth_failures`` is
    how many requests with an absent, unknown or revoked token one client address may make
    in a minute; the next ones get 429 (``ratelimit.py``).
    """

    db_url: str
    max_body_bytes: int = protocol.MAX_BODY_BYTES
    max_inflated_bytes: int = 16 * MIB
    max_pull_limit: int = protocol.MAX_PULL_LIMIT
    max_json_values: int = 100_000
    max_auth_failures: int = 20
