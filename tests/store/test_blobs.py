"""Attachments are stored once per content, under their sha256."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from focalpoint.domain.errors import ImportFileError
from focalpoint.store.blobs import blob_path, store_file


def test_file_is_stored_under_its_hash(db, tmp_path: Path) -> None:
    photo = tmp_path / "liste signée.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 100_000)
    root = tmp_path / "attachments"
    att = store_file(db, root, photo)
    assert att.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert (att.name, att.size, att.mime) == ("liste signée.jpg", 100_002, "image/jpeg")
    assert blob_path(root, att.sha256).read_bytes() == photo.read_bytes()
    assert db["blobs"].get(att.sha256)["size"] == 100_002


def test_same_content_is_stored_once(db, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.write_bytes(b"%PDF same")
    b.write_bytes(b"%PDF same")
    root = tmp_path / "attachments"
    assert store_file(db, root, a).sha256 == store_file(db, root, b).sha256
    assert db["blobs"].count == 1
    assert len([p for p in root.rglob("*") if p.is_file()]) == 1


def test_unreadable_file_is_reported_and_leaves_no_partial_blob(db, tmp_path: Path) -> None:
    root = tmp_path / "attachments"
    with pytest.raises(ImportFileError):
        store_file(db, root, tmp_path / "missing.jpg")
    assert [p for p in root.rglob("*") if p.is_file()] == []
    assert db["blobs"].count == 0
