"""Alembic environment: online mode only, on the connection ``storage.migrate`` passes in.

``storage.migrate`` opens a write transaction and hands its connection over through
``config.attributes["connection"]``; the migrations run inside that transaction.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through focalpoint.server.storage.migrate()")

context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
