"""Attachments, stored content-addressed (sha256) in ``attachments.db`` beside the database.

``attachments.db`` is attached to every connection of the laptop database as ``blobstore``
(``store.db.open_database``), keyed like it: in an encrypted folder attachments are encrypted
too. It is a separate file so that the rotating backups of the records stay small (an
attachment the server holds can be downloaded again). A file's content is kept in pieces
(``blob_pieces``: sha256, byte offset, data); the same content is stored once. The record
keeps ``{sha256, name, size, mime}``; the ``blobs`` table of the main database says what is
held and whether the server has it.

Pieces are written before the ``blobs`` row that announces them, each step in its own
transaction (SQLite does not make a transaction across attached WAL databases atomic): a power
cut leaves at worst pieces nobody refers to, never a ``blobs`` row without its content.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from focalpoint.domain.errors import ImportFileError, unreadable_file
from focalpoint.store.db import translate_errors

logger = logging.getLogger(__name__)

CHUNK = 1 << 16
COMMIT_BYTES = 1 << 20  # a download in progress is committed every MiB (resumes from there)


@dataclass(frozen=True)
class Attachment:
    """An attachment as a record holds it."""

    sha256: str
    name: str
    size: int
    mime: str

    def as_value(self) -> dict[str, object]:
        """The JSON value stored in a record's attachment field."""
        return asdict(self)


def _chunks(source: Path) -> Iterator[bytes]:
    try:
        with source.open("rb") as src:
            while chunk := src.read(CHUNK):
                yield chunk
    except OSError as exc:
        raise unreadable_file(source, exc) from exc


def store_file(db: Database, source: Path) -> Attachment:
    """Copy ``source`` into the blob store (once per content) and register it.

    Raises ``ImportFileError`` when ``source`` cannot be read, ``DiskFull``/``StorageError``
    when the store cannot be written.
    """
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(source):  # first pass: the hash, so the content is stored once
        digest.update(chunk)
        size += len(chunk)
    sha = digest.hexdigest()
    with translate_errors(db):
        if not has_content(db, sha):
            try:
                _write_pieces(db, sha, _chunks(source), expect=sha)
            except ValueError as exc:
                raise ImportFileError(
                    str(exc), path=str(source), reason_code="file_unreadable", detail="changed"
                ) from exc
        _register(db, sha, size, mime)
    return Attachment(sha256=sha, name=source.name, size=size, mime=mime)


def _register(db: Database, sha256: str, size: int, mime: str, *, uploaded: bool = False) -> None:
    """Announce the blob whose pieces are written (``uploaded``: the server holds it too)."""
    row = {
        "sha256": sha256,
        "size": size,
        "mime": mime,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with db.atomic():
        if uploaded:
            db["blobs"].insert({**row, "uploaded": 1}, replace=True)
        else:
            db["blobs"].insert(row, ignore=True)


def _write_pieces(db: Database, sha256: str, chunks: Iterable[bytes], *, expect: str) -> None:
    """Write ``chunks`` as the pieces of ``sha256`` in one transaction, checking the hash
    again as they are written (the file may have changed since it was hashed)."""
    digest, offset = hashlib.sha256(), 0
    with db.atomic():
        db.execute("delete from blobstore.blob_pieces where sha256 = ?", [sha256])
        for chunk in chunks:
            digest.update(chunk)
            db.execute(
                "insert into blobstore.blob_pieces (sha256, offset, data) values (?, ?, ?)",
                [sha256, offset, chunk],
            )
            offset += len(chunk)
        if digest.hexdigest() != expect:
            raise ValueError("the file changed while it was being attached")


def has_content(db: Database, sha256: str) -> bool:
    """Whether the content of ``sha256`` is held here."""
    return (
        db.execute(
            "select 1 from blobstore.blob_pieces where sha256 = ? limit 1", [sha256]
        ).fetchone()
        is not None
    )


def read_range(db: Database, sha256: str, start: int, length: int) -> bytes:
    """Bytes ``start`` … ``start + length`` of the blob ``sha256`` (shorter at its end)."""
    end = start + length
    rows = db.execute(
        "select offset, data from blobstore.blob_pieces where sha256 = ? and offset < ? "
        "and offset + length(data) > ? order by offset",
        [sha256, end, start],
    ).fetchall()
    out = bytearray()
    for offset, data in rows:
        out += data[max(0, start - offset) : end - offset]
    return bytes(out)


def read_blob(db: Database, sha256: str) -> bytes:
    """The whole content of ``sha256`` (b"" when not held)."""
    return b"".join(
        row[0]
        for row in db.execute(
            "select data from blobstore.blob_pieces where sha256 = ? order by offset", [sha256]
        )
    )


def import_legacy_files(db: Database, root: Path) -> int:
    """Move attachments kept as plain files by earlier versions (``attachments/aa/<sha256>``)
    into the store, then delete the files. Returns how many were moved."""
    moved = 0
    for path in sorted(root.glob("??/*")) if root.is_dir() else ():
        sha = path.name
        if len(sha) != 64 or not path.is_file():
            continue
        with translate_errors(db):
            if not has_content(db, sha):
                try:
                    _write_pieces(db, sha, _chunks(path), expect=sha)
                except ValueError:
                    logger.warning("legacy attachment %s… does not match its name: kept", sha[:12])
                    continue
        path.unlink()
        moved += 1
    if moved:
        logger.info("%d attachment file(s) moved into the attachment store", moved)
    return moved


# ----------------------------------------------------------------------------- sync
# ``blobs.uploaded`` is 1 once the server said it holds the blob complete (hash checked);
# ``record_blobs`` (kept by triggers, migration m006) says which record refers to which blob.

MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024  # the server refuses bigger files


@dataclass(frozen=True)
class LocalBlob:
    """A blob of this laptop's store that the server does not hold complete yet."""

    sha256: str
    size: int


def blobs_to_upload(db: Database) -> list[LocalBlob]:
    """Blobs kept here, not yet complete on the server, that a live record which can be sent
    (it has a region) refers to — whether that record still waits or was sent already."""
    rows = db.execute(
        "select b.sha256, b.size from blobs b where b.uploaded = 0 and exists ("
        " select 1 from record_blobs rb join records r on r.id = rb.record_id"
        " where rb.sha256 = b.sha256 and r.deleted = 0 and r.region != '')"
        " order by b.sha256"
    ).fetchall()
    return [LocalBlob(row[0], row[1]) for row in rows]


def mark_uploaded(db: Database, sha256: str) -> None:
    """The server holds ``sha256`` complete: it is not sent again."""
    with translate_errors(db), db.atomic():
        db.execute("update blobs set uploaded = 1 where sha256 = ?", [sha256])


def forget_uploads(db: Database) -> None:
    """Ask the server again about every blob (it was restored from a backup)."""
    with translate_errors(db), db.atomic():
        db.execute("update blobs set uploaded = 0")


def attachments_waiting(db: Database) -> dict[str, list[str]]:
    """Records whose attachments have not all reached the server (DESIGN §5 case 20), each
    with the SHA-256 of those still waiting. Such a record is sent all the same; its missing
    files are sent at the next syncs, and it is complete on the server once this is empty."""
    waiting: dict[str, list[str]] = {}
    for record_id, sha in db.execute(
        "select rb.record_id, rb.sha256 from record_blobs rb"
        " join records r on r.id = rb.record_id"
        " join blobs b on b.sha256 = rb.sha256"
        " where b.uploaded = 0 and r.deleted = 0 order by rb.record_id, rb.sha256"
    ).fetchall():
        waiting.setdefault(record_id, []).append(sha)
    return waiting


def is_complete(db: Database, record_id: str) -> bool:
    """Whether every attachment of ``record_id`` is held by this laptop and by the server."""
    row = db.execute(
        "select count(*) from record_blobs rb left join blobs b on b.sha256 = rb.sha256"
        " where rb.record_id = ? and (b.sha256 is null or b.uploaded = 0)",
        [record_id],
    ).fetchone()
    return row[0] == 0


def blobs_to_download(db: Database) -> list[tuple[str, str]]:
    """(sha256, mime) of the attachments live records refer to that this laptop lacks."""
    rows = db.execute(
        "select rb.sha256, max(rb.mime) from record_blobs rb"
        " join records r on r.id = rb.record_id"
        " left join blobs b on b.sha256 = rb.sha256"
        " where b.sha256 is null and r.deleted = 0 group by rb.sha256 order by rb.sha256"
    ).fetchall()
    return [(row[0], row[1] or "application/octet-stream") for row in rows]


def partial_size(db: Database, sha256: str) -> int:
    """How many bytes of ``sha256`` an earlier, interrupted download kept (0: none)."""
    row = db.execute(
        "select coalesce(sum(length(data)), 0) from blobstore.partial_pieces where sha256 = ?",
        [sha256],
    ).fetchone()
    return int(row[0])


def drop_partial(db: Database, sha256: str) -> None:
    """Forget the unfinished download of ``sha256``."""
    with translate_errors(db), db.atomic():
        db.execute("delete from blobstore.partial_pieces where sha256 = ?", [sha256])


def append_download(
    db: Database, sha256: str, chunks: Iterable[bytes], *, restart: bool = False
) -> int:
    """Add ``chunks`` to the unfinished download of ``sha256`` (``restart``: from nothing),
    committed every MiB so that an interrupted download resumes; returns its size.

    Raises ``StorageError``/``DiskFull`` when the store cannot be written, ``ValueError``
    when the content exceeds ``MAX_DOWNLOAD_BYTES``.
    """
    if restart:
        drop_partial(db, sha256)
    size = partial_size(db, sha256)
    pending: list[tuple[int, bytes]] = []

    def flush() -> None:
        with translate_errors(db), db.atomic():
            db.conn.executemany(
                "insert or replace into blobstore.partial_pieces (sha256, offset, data) "
                "values (?, ?, ?)",
                [(sha256, offset, data) for offset, data in pending],
            )
        pending.clear()

    try:
        buffered = 0
        for chunk in chunks:
            if size + len(chunk) > MAX_DOWNLOAD_BYTES:
                raise ValueError("download larger than any attachment")
            pending.append((size, chunk))
            size += len(chunk)
            buffered += len(chunk)
            if buffered >= COMMIT_BYTES:
                flush()
                buffered = 0
    finally:
        if pending:
            flush()
    return size


def finish_download(db: Database, sha256: str, mime: str) -> bool:
    """Check the unfinished download of ``sha256`` against its hash; if it matches, make it
    the blob's content and register it (the server holds it: ``uploaded``). A mismatch
    deletes it. Returns whether the blob is now stored."""
    digest = hashlib.sha256()
    size = 0
    for (data,) in db.execute(
        "select data from blobstore.partial_pieces where sha256 = ? order by offset", [sha256]
    ):
        digest.update(data)
        size += len(data)
    if digest.hexdigest() != sha256:
        drop_partial(db, sha256)
        return False
    with translate_errors(db):
        with db.atomic():
            db.execute("delete from blobstore.blob_pieces where sha256 = ?", [sha256])
            db.execute(
                "insert into blobstore.blob_pieces (sha256, offset, data) "
                "select sha256, offset, data from blobstore.partial_pieces where sha256 = ?",
                [sha256],
            )
            db.execute("delete from blobstore.partial_pieces where sha256 = ?", [sha256])
        _register(db, sha256, size, mime, uploaded=True)
    return True
