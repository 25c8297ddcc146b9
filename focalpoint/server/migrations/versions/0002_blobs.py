"""Attachments: blobs (content in the database, in chunks) and the records referring to them.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-26

``blob_refs`` is filled for the records already stored (their data is walked for attachment
values, as ``focalpoint.domain.attachments`` does when a record is pushed).
"""

from __future__ import annotations

import json
import re
from typing import Any

import sqlalchemy as sa  # noqa: TID253 - migrations are storage code
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TIME = sa.String(40)
SHA = sa.CHAR(64)
_HEX64 = re.compile(r"[0-9a-f]{64}")
_BACKFILL_PAGE = 500


def upgrade() -> None:
    """Create ``blobs``, ``blob_chunks`` and ``blob_refs``; reference existing attachments."""
    op.create_table(
        "blobs",
        sa.Column("sha256", SHA, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("received", sa.BigInteger, nullable=False),
        sa.Column("complete", sa.Boolean, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.Column("device_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_blobs"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_blobs_device_id_devices"),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", SHA, nullable=False),
        sa.Column("start_byte", sa.BigInteger, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("sha256", "start_byte", name="pk_blob_chunks"),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name="fk_blob_chunks_sha256_blobs", ondelete="CASCADE"
        ),
    )
    refs = op.create_table(
        "blob_refs",
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("sha256", SHA, nullable=False),
        sa.Column("region", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("record_id", "sha256", name="pk_blob_refs"),
    )
    op.create_index("ix_blob_refs_sha256_region", "blob_refs", ["sha256", "region"])
    _backfill(refs)


def _backfill(refs: sa.Table) -> None:
    records = sa.table(
        "records",
        sa.column("id", sa.String),
        sa.column("region", sa.String),
        sa.column("data", sa.Text),
        sa.column("deleted", sa.Boolean),
    )
    conn = op.get_bind()
    after = ""
    while True:
        rows = conn.execute(
            sa.select(records.c.id, records.c.region, records.c.data)
            .where(records.c.id > after, records.c.deleted == sa.false())
            .order_by(records.c.id)
            .limit(_BACKFILL_PAGE)
        ).all()
        if not rows:
            return
        found = [
            {"record_id": row.id, "sha256": sha, "region": row.region}
            for row in rows
            for sha in sorted(_hashes(json.loads(row.data)))
        ]
        if found:
            op.bulk_insert(refs, found)
        after = rows[-1].id


def _hashes(data: Any) -> set[str]:
    found: set[str] = set()
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            sha = value.get("sha256")
            if isinstance(sha, str) and _HEX64.fullmatch(sha):
                found.add(sha)
            else:
                stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def downgrade() -> None:
    """Drop the attachment tables (loses every uploaded file: for development only)."""
    op.drop_index("ix_blob_refs_sha256_region", table_name="blob_refs")
    for table in ("blob_refs", "blob_chunks", "blobs"):
        op.drop_table(table)
