"""Attachments are stored once per content, under their sha256, in the attachment store
(``attachments.db``, encrypted like the database)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from focalpoint import services
from focalpoint.domain.errors import ImportFileError
from focalpoint.store import blobs
from focalpoint.store.blobs import read_blob, read_range, store_file
from focalpoint.store.datadir import DataDir
from tests.conftest import encrypted_folder


def test_file_is_stored_under_its_hash(db, tmp_path: Path) -> None:
    photo = tmp_path / "liste signée.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 100_000)
    att = store_file(db, photo)
    assert att.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert (att.name, att.size, att.mime) == ("liste signée.jpg", 100_002, "image/jpeg")
    assert read_blob(db, att.sha256) == photo.read_bytes()
    assert db["blobs"].get(att.sha256)["size"] == 100_002


def test_any_byte_range_reads_back(db, tmp_path: Path) -> None:
    photo = tmp_path / "p.jpg"
    content = bytes(range(256)) * 1000  # 256,000 bytes: several pieces of 64 KiB
    photo.write_bytes(content)
    sha = store_file(db, photo).sha256
    for start, length in [(0, 10), (65_530, 20), (100_000, 200_000), (255_990, 100), (300_000, 5)]:
        assert read_range(db, sha, start, length) == content[start : start + length]


def test_same_content_is_stored_once(db, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.write_bytes(b"%PDF same")
    b.write_bytes(b"%PDF same")
    assert store_file(db, a).sha256 == store_file(db, b).sha256
    assert db["blobs"].count == 1
    assert db.execute("select count(*) from blobstore.blob_pieces").fetchone()[0] == 1


def test_unreadable_file_is_reported_and_leaves_no_partial_blob(db, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError):
        store_file(db, tmp_path / "missing.jpg")
    assert db.execute("select count(*) from blobstore.blob_pieces").fetchone()[0] == 0
    assert db["blobs"].count == 0


def test_attachments_are_encrypted_on_disk(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "d")
    key = encrypted_folder(data_dir.root)
    ws = services.open_workspace(data_dir, key=key)
    photo = tmp_path / "visage.jpg"
    photo.write_bytes(b"CANARI-PHOTO " * 20_000)
    att = services.attach_file(ws, photo)
    ws.close()
    store = data_dir.root / "attachments.db"
    assert b"CANARI-PHOTO" not in store.read_bytes()
    assert store.read_bytes()[:16] != b"SQLite format 3\0"
    ws = services.open_workspace(data_dir, key=key)
    try:
        assert blobs.read_blob(ws.db, att.sha256) == photo.read_bytes()
    finally:
        ws.close()


def test_files_of_earlier_versions_move_into_the_store(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "d")
    content = b"ancienne piece jointe"
    sha = hashlib.sha256(content).hexdigest()
    legacy = data_dir.attachments / sha[:2] / sha
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(content)
    ws = services.open_workspace(data_dir)
    try:
        assert blobs.read_blob(ws.db, sha) == content
    finally:
        ws.close()
    assert not legacy.exists()
