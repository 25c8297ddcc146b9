"""Published definitions: form versions and reference lists, with a sequence of their own.

Revision ID: 0003
Revises: 0002
Create Date: 2025-11-26
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: TID253 - migrations are storage code
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TIME = sa.String(40)


def upgrade() -> None:
    """Create ``definitions`` and seed ``meta.definitions_seq`` (the highest committed) at 0."""
    op.create_table(
        "definitions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("published_at", TIME, nullable=False),
        sa.Column("published_by", sa.String(200), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_definitions"),
        sa.UniqueConstraint("seq", name="uq_definitions_seq"),
        sa.UniqueConstraint("kind", "key", "version", name="uq_definitions_kind_key_version"),
    )
    meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))
    op.bulk_insert(meta, [{"key": "definitions_seq", "value": "0"}])


def downgrade() -> None:
    """Drop ``definitions`` and its counter (loses every published definition)."""
    op.execute("delete from meta where key = 'definitions_seq'")
    op.drop_table("definitions")
