"""The secretariat's desk: review threads, record history, the audit log, resolved conflicts,
and what the Appareils page shows of each laptop.

Revision ID: 0004
Revises: 0003
Create Date: 2026-01-12

* ``reviews``: one entry of a record's review thread (a status, a comment or both); its
  ``region`` is the record's when written, so a pull scopes it with a plain column.
* ``history``: every version of every record as it was written, and every losing copy the
  conflict rule kept (``kind`` ``conflict``). Filled for the records already stored (one row
  each: their current version; the versions before it were never kept) and for the conflicts
  already stored.
* ``audit``: who read or did what, when (never a token).
* ``conflicts`` gains ``resolved_at``/``resolved_by``/``resolution_note``; ``devices`` gains
  ``last_sync_at``, ``waiting`` and ``app_version`` (sent by laptops on every pull).
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: TID253 - migrations are storage code
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TIME = sa.String(40)
ID = sa.String(36)
CODE = sa.String(64)
TEXT = sa.String(200)


def upgrade() -> None:
    """Create ``reviews``, ``history`` and ``audit``; add the new columns; fill ``history``."""
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("last_sync_at", TIME, nullable=True))
        batch.add_column(sa.Column("waiting", sa.Integer, nullable=True))
        batch.add_column(sa.Column("app_version", sa.String(64), nullable=True))
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("resolved_at", TIME, nullable=True))
        batch.add_column(sa.Column("resolved_by", TEXT, nullable=True))
        batch.add_column(sa.Column("resolution_note", sa.Text, nullable=True))
    _create_reviews()
    history = _create_history()
    _create_audit()
    _backfill(history)


def _create_reviews() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", ID, nullable=False),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("region", CODE, nullable=False),
        sa.Column("status", sa.String(32), nullable=True),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("author", TEXT, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("device_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.UniqueConstraint("seq", name="uq_reviews_seq"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_reviews_device_id_devices"),
    )
    op.create_index("ix_reviews_region_seq", "reviews", ["region", "seq"])
    op.create_index("ix_reviews_record_id", "reviews", ["record_id"])


def _create_history() -> sa.Table:
    history = op.create_table(
        "history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("code", CODE, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("region", CODE, nullable=False),
        sa.Column("form_id", CODE, nullable=False),
        sa.Column("form_version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("author", TEXT, nullable=False),
        sa.Column("changed_at", TIME, nullable=False),
        sa.Column("device_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_history"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_history_device_id_devices"),
    )
    op.create_index("ix_history_record_id_seq", "history", ["record_id", "seq"])
    return history


def _create_audit() -> None:
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", TIME, nullable=False),
        sa.Column("device_id", sa.Integer, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("record_id", ID, nullable=True),
        sa.Column("detail", TEXT, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_audit_device_id_devices"),
    )
    op.create_index("ix_audit_record_id", "audit", ["record_id"])


def _backfill(history: sa.Table) -> None:
    """One ``write`` row per stored record (its current version) and one ``conflict`` row per
    stored conflict, each in one INSERT … SELECT. The server never kept when it wrote a record:
    ``changed_at`` is the laptop's ``updated_at`` (its ``created_at`` when that is empty), and
    a conflict's its ``created_at`` (server time)."""
    records = sa.table(
        "records",
        *(sa.column(name) for name in ("id", "version", "seq", "region", "form_id")),
        *(sa.column(name) for name in ("form_version", "status", "data", "deleted", "author")),
        *(sa.column(name) for name in ("created_at", "updated_at", "device_id")),
    )
    conflicts = sa.table(
        "conflicts",
        *(sa.column(name) for name in ("record_id", "code", "base_version", "seq", "region")),
        *(sa.column(name) for name in ("form_id", "form_version", "status", "data", "deleted")),
        *(sa.column(name) for name in ("author", "created_at", "device_id")),
    )
    columns = [
        "record_id", "kind", "code", "version", "seq", "region", "form_id", "form_version",
        "status", "data", "deleted", "author", "changed_at", "device_id",
    ]  # fmt: skip
    changed_at = sa.func.coalesce(sa.func.nullif(records.c.updated_at, ""), records.c.created_at)
    from_records = sa.select(
        records.c.id,
        sa.literal("write"),
        sa.literal(""),
        records.c.version,
        records.c.seq,
        records.c.region,
        records.c.form_id,
        records.c.form_version,
        records.c.status,
        records.c.data,
        records.c.deleted,
        records.c.author,
        changed_at,
        records.c.device_id,
    )
    from_conflicts = sa.select(
        conflicts.c.record_id,
        sa.literal("conflict"),
        conflicts.c.code,
        sa.func.coalesce(conflicts.c.base_version, 0),
        conflicts.c.seq,
        conflicts.c.region,
        conflicts.c.form_id,
        conflicts.c.form_version,
        conflicts.c.status,
        conflicts.c.data,
        conflicts.c.deleted,
        conflicts.c.author,
        conflicts.c.created_at,
        conflicts.c.device_id,
    )
    target = [history.c[name] for name in columns]
    op.execute(history.insert().from_select(target, from_records))
    op.execute(history.insert().from_select(target, from_conflicts))


def downgrade() -> None:
    """Drop the new tables and columns (loses reviews, history and the audit log)."""
    for table in ("audit", "history", "reviews"):
        op.drop_table(table)
    with op.batch_alter_table("conflicts") as batch:
        for name in ("resolution_note", "resolved_by", "resolved_at"):
            batch.drop_column(name)
    with op.batch_alter_table("devices") as batch:
        for name in ("app_version", "waiting", "last_sync_at"):
            batch.drop_column(name)
