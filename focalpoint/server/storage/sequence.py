"""The one change sequence (``meta.next_seq``) that record writes, conflicts, review entries
and resolutions share, so a pull cursor covers them all.

A writer reads the counter with the write lock held (``BEGIN IMMEDIATE`` on SQLite, ``FOR
UPDATE`` on PostgreSQL) and stores it back before committing: seqs are assigned in commit
order, so a cursor can never pass a seq that commits later (DESIGN §5 case 7).
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

from focalpoint.server.storage.schema import meta

_LOCK = sa.select(meta.c.value).where(meta.c.key == "next_seq").with_for_update()
_STORE = meta.update().where(meta.c.key == "next_seq").values(value=sa.bindparam("next_seq"))


def lock_next_seq(conn: sa.Connection) -> int:
    """The next free seq, read with the counter locked until ``conn``'s transaction ends."""
    return int(conn.execute(_LOCK).scalar_one())


def store_next_seq(conn: sa.Connection, next_seq: int) -> None:
    """Move the counter to ``next_seq`` (the first seq not taken), in ``conn``'s transaction."""
    conn.execute(_STORE, {"next_seq": str(next_seq)})


def highest_committed_seq(conn: sa.Connection) -> int:
    """The highest seq taken by a committed transaction: every seq up to it is committed."""
    query = sa.select(meta.c.value).where(meta.c.key == "next_seq")
    return int(conn.execute(query).scalar_one()) - 1
