"""Initial schema: devices, records, conflicts, batches, and the meta counter and epoch.

Revision ID: 0001
Revises:
Create Date: 2025-11-24
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa  # noqa: TID253 - migrations are storage code
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIME = sa.String(40)


def upgrade() -> None:
    """Create the tables and seed ``meta``: ``next_seq`` = 1 and a new random ``server_epoch``."""
    _create_devices()
    _create_records()
    _create_conflicts()
    _create_batches()
    _create_meta()


def _create_devices() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.CHAR(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("regions", sa.Text, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("revoked_at", TIME, nullable=True),
        sa.Column("last_seen_at", TIME, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("name", name="uq_devices_name"),
        sa.UniqueConstraint("token_hash", name="uq_devices_token_hash"),
    )


def _create_records() -> None:
    op.create_table(
        "records",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("form_id", sa.String(64), nullable=False),
        sa.Column("form_version", sa.Integer, nullable=False),
        sa.Column("region", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.Column("device_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_records"),
        sa.UniqueConstraint("seq", name="uq_records_seq"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_records_device_id_devices"),
    )
    op.create_index("ix_records_region_seq", "records", ["region", "seq"])


def _create_conflicts() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("region", sa.String(64), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("form_id", sa.String(64), nullable=False),
        sa.Column("form_version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("base_version", sa.Integer, nullable=True),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("device_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_conflicts"),
        sa.UniqueConstraint("seq", name="uq_conflicts_seq"),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name="fk_conflicts_device_id_devices"
        ),
    )
    op.create_index("ix_conflicts_record_id", "conflicts", ["record_id"])
    op.create_index("ix_conflicts_region_seq", "conflicts", ["region", "seq"])


def _create_batches() -> None:
    op.create_table(
        "batches",
        sa.Column("device_id", sa.Integer, nullable=False),
        sa.Column("batch_id", sa.String(64), nullable=False),
        sa.Column("response", sa.Text, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("device_id", "batch_id", name="pk_batches"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_batches_device_id_devices"),
    )


def _create_meta() -> None:
    meta = op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.bulk_insert(
        meta,
        [
            {"key": "next_seq", "value": "1"},
            {"key": "server_epoch", "value": secrets.token_hex(8)},
        ],
    )


def downgrade() -> None:
    """Drop every table (loses all data: for development only)."""
    for table in ("meta", "batches", "conflicts", "records", "devices"):
        op.drop_table(table)
