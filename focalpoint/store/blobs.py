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
