"""The server's tables, described once for queries (the schema itself is made by migrations).

Timestamps are ISO-8601 UTC text (``2023-05-26T14:30:00+00:00``) so SQLite and PostgreSQL
store and compare them the same way. JSON columns are text holding canonical JSON.
A test checks that these descriptions and the Alembic migrations agree.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING)

ID_LENGTH = 36  # a UUID4 in its 8-4-4-4-12 text form
CODE_LENGTH = 64  # protocol.Code: form ids, regions, conflict codes
TEXT_LENGTH = 200  # names and authors
TIME_LENGTH = 40  # ISO-8601 timestamps

devices = sa.Table(
    "devices",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(TEXT_LENGTH), nullable=False, unique=True),
    sa.Column("token_hash", sa.CHAR(64), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("regions", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("revoked_at", sa.String(TIME_LENGTH), nullable=True),
    sa.Column("last_seen_at", sa.String(TIME_LENGTH), nullable=True),
    # migration 0004: what the laptop said at its last pull (the Appareils page)
    sa.Column("last_sync_at", sa.String(TIME_LENGTH), nullable=True),
    sa.Column("waiting", sa.Integer, nullable=True),
    sa.Column("app_version", sa.String(64), nullable=True),
)

records = sa.Table(
    "records",
    metadata,
    sa.Column("id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("form_id", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("form_version", sa.Integer, nullable=False),
    sa.Column("region", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
    sa.Column("author", sa.String(TEXT_LENGTH), nullable=False),
    sa.Column("created_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("updated_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("device_id", sa.Integer, sa.ForeignKey("devices.id"), nullable=False),
    sa.Index("ix_records_region_seq", "region", "seq"),
)

conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("record_id", sa.String(ID_LENGTH), nullable=False, index=True),
    sa.Column("region", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("code", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("form_id", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("form_version", sa.Integer, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False),
    sa.Column("base_version", sa.Integer, nullable=True),
    sa.Column("author", sa.String(TEXT_LENGTH), nullable=False),
    sa.Column("updated_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
    sa.Column("created_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("device_id", sa.Integer, sa.ForeignKey("devices.id"), nullable=False),
    # migration 0004: a resolved conflict takes a new seq, so pulls send it again
    sa.Column("resolved_at", sa.String(TIME_LENGTH), nullable=True),
    sa.Column("resolved_by", sa.String(TEXT_LENGTH), nullable=True),
    sa.Column("resolution_note", sa.Text, nullable=True),
    sa.Index("ix_conflicts_region_seq", "region", "seq"),
)

batches = sa.Table(
    "batches",
    metadata,
    sa.Column("device_id", sa.Integer, sa.ForeignKey("devices.id"), primary_key=True),
    sa.Column("batch_id", sa.String(64), primary_key=True),
    sa.Column("response", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(TIME_LENGTH), nullable=False),
)

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(TEXT_LENGTH), nullable=False),
)

definitions = sa.Table(
    "definitions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("key", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("published_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("published_by", sa.String(TEXT_LENGTH), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
    sa.UniqueConstraint("kind", "key", "version"),
)

# Attachments (migration 0002): content in the database, so it is backed up with the records
# and behaves the same on SQLite and PostgreSQL. ``size`` is the announced total, ``received``
# the bytes stored so far; ``complete`` once the last byte arrived and the hash matched.
SHA256_LENGTH = 64

blobs = sa.Table(
    "blobs",
    metadata,
    sa.Column("sha256", sa.CHAR(SHA256_LENGTH), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("received", sa.BigInteger, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("updated_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("device_id", sa.Integer, sa.ForeignKey("devices.id"), nullable=False),
)

blob_chunks = sa.Table(
    "blob_chunks",
    metadata,
    sa.Column(
        "sha256",
        sa.CHAR(SHA256_LENGTH),
        sa.ForeignKey("blobs.sha256", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("start_byte", sa.BigInteger, primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

# Which record refers to which blob, and in which region: a download is allowed only through
# a record the token may see; the garbage collector keeps what is referenced.
blob_refs = sa.Table(
    "blob_refs",
    metadata,
    sa.Column("record_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("sha256", sa.CHAR(SHA256_LENGTH), primary_key=True),
    sa.Column("region", sa.String(CODE_LENGTH), nullable=False),
    sa.Index("ix_blob_refs_sha256_region", "sha256", "region"),
)

# The secretariat's desk (migration 0004). A review entry takes a seq from ``meta.next_seq``
# like a record write, and keeps the record's region, so a pull scopes it with a plain column.
reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("record_id", sa.String(ID_LENGTH), nullable=False, index=True),
    sa.Column("region", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("status", sa.String(32), nullable=True),
    sa.Column("comment", sa.Text, nullable=False),
    sa.Column("author", sa.String(TEXT_LENGTH), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("created_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
    sa.Column("device_id", sa.Integer, sa.ForeignKey("devices.id"), nullable=False),
    sa.Index("ix_reviews_region_seq", "region", "seq"),
)

# Every version of every record as written (``kind`` "write"), and every losing copy kept by
# the conflict rule (``kind`` "conflict", with its ``code``); ``changed_at`` is server time.
history = sa.Table(
    "history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("record_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("code", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("region", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("form_id", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("form_version", sa.Integer, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False),
    sa.Column("author", sa.String(TEXT_LENGTH), nullable=False),
    sa.Column("changed_at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("device_id", sa.Integer, sa.ForeignKey("devices.id"), nullable=False),
    sa.Index("ix_history_record_id_seq", "record_id", "seq"),
)

# Who read or did what, when: ``read`` (records sent by a pull, a history read), ``review``,
# ``resolve``, ``enrol``, ``revoke``, ``reassign``, ``publish``. Never a token.
audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(TIME_LENGTH), nullable=False),
    sa.Column("device_id", sa.Integer, sa.ForeignKey("devices.id"), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("record_id", sa.String(ID_LENGTH), nullable=True, index=True),
    sa.Column("detail", sa.String(TEXT_LENGTH), nullable=False),
)
