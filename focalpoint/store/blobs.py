"""Attachments stored content-addressed (sha256) in a folder beside the database.

A file is hashed while it is copied to a temporary name in the store, flushed to disk, then
renamed to ``<root>/<aa>/<sha256>``; the same content is stored once. The record keeps
``{sha256, name, size, mime}``.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from focalpoint.domain.errors import unreadable_file
from focalpoint.store.db import translate_errors

CHUNK = 1 << 16


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


def blob_path(root: Path, sha256: str) -> Path:
    """Where the blob ``sha256`` lives under ``root``."""
    return root / sha256[:2] / sha256


def store_file(db: Database, root: Path, source: Path) -> Attachment:
    """Copy ``source`` into the blob store (once per content) and register it.

    Raises ``ImportFileError`` when ``source`` cannot be read, ``DiskFull``/``StorageError``
    when the store cannot be written.
    """
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with translate_errors(root):
        fd, tmp_name = tempfile.mkstemp(dir=root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    with source.open("rb") as src:
                        while chunk := src.read(CHUNK):
                            digest.update(chunk)
                            size += len(chunk)
                            out.write(chunk)
                except OSError as exc:
                    raise unreadable_file(source, exc) from exc
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = blob_path(root, sha)
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
        with db.atomic():
            db["blobs"].insert(
                {
                    "sha256": sha,
                    "size": size,
                    "mime": mime,
                    "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                },
                ignore=True,
            )
    return Attachment(sha256=sha, name=source.name, size=size, mime=mime)


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


def partial_path(root: Path, sha256: str) -> Path:
    """Where the unfinished download of ``sha256`` is kept between syncs."""
    return root / f".partial-{sha256}"


def partial_size(root: Path, sha256: str) -> int:
    """How many bytes of ``sha256`` an earlier, interrupted download kept (0: none)."""
    try:
        return partial_path(root, sha256).stat().st_size
    except OSError:
        return 0


def append_download(
    root: Path, sha256: str, chunks: Iterable[bytes], *, restart: bool = False
) -> int:
    """Add ``chunks`` to the unfinished download of ``sha256`` (``restart``: from nothing),
    flushed as they come so that an interrupted download resumes; returns its size.

    Raises ``StorageError``/``DiskFull`` when the store cannot be written, ``ValueError``
    when the content exceeds ``MAX_DOWNLOAD_BYTES``.
    """
    root.mkdir(parents=True, exist_ok=True)
    path = partial_path(root, sha256)
    with translate_errors(root), path.open("wb" if restart else "ab") as out:
        size = out.tell()
        try:
            for chunk in chunks:
                size += len(chunk)
                if size > MAX_DOWNLOAD_BYTES:
                    raise ValueError("download larger than any attachment")
                out.write(chunk)
        finally:
            out.flush()
            os.fsync(out.fileno())
    return size


def finish_download(db: Database, root: Path, sha256: str, mime: str) -> bool:
    """Check the unfinished download of ``sha256`` against its hash; if it matches, move it to
    its content-addressed place and register it (the server holds it: ``uploaded``). A
    mismatch deletes it. Returns whether the blob is now stored."""
    path = partial_path(root, sha256)
    digest = hashlib.sha256()
    size = 0
    with translate_errors(root):
        with path.open("rb") as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
        if digest.hexdigest() != sha256:
            path.unlink(missing_ok=True)
            return False
        target = blob_path(root, sha256)
        target.parent.mkdir(exist_ok=True)
        os.replace(path, target)
    with translate_errors(db), db.atomic():
        db["blobs"].insert(
            {
                "sha256": sha256,
                "size": size,
                "mime": mime,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "uploaded": 1,
            },
            replace=True,
        )
    return True
