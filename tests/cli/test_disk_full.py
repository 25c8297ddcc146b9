"""A full disk gives a clear message, loses nothing saved, and saving works again once freed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from focalpoint import protection, services
from focalpoint.cli import EXIT_STORAGE, main
from focalpoint.domain.errors import DiskFull
from focalpoint.store.datadir import DataDir
from tests.conftest import (
    TEST_PASSPHRASE,
    encrypted_folder,
    incident_data,
    mount_tmpfs,
    unmount,
)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 2 MiB tmpfs, mounted for the test (needs root, as in CI)."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    mount_tmpfs(mount_point, "size=2m")
    yield mount_point
    unmount(mount_point)


def fill(folder: Path, leave: int) -> Path:
    """Write a filler file so that about ``leave`` bytes stay free."""
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        fh.write(b"\0" * max(free - leave, 0))
    return filler


def test_disk_full_keeps_saved_records_and_recovers(small_disk: Path) -> None:
    data_dir = DataDir(small_disk / "fp")
    key = encrypted_folder(data_dir.root)
    ws = services.open_workspace(data_dir, key=key)
    saved = [
        services.save_record(ws, "incident", incident_data(), final=True).record.id
        for _ in range(20)
    ]
    filler = fill(small_disk, leave=64 * 1024)
    big = incident_data(description="Récit détaillé. " * 1200)

    def save_until_full() -> None:
        for _ in range(500):  # bounded: 64 KiB cannot hold 500 records of ~19 KB
            saved.append(services.save_record(ws, "incident", big, final=True).record.id)

    with pytest.raises(DiskFull):
        save_until_full()
    ws.close()
    filler.unlink()
    ws = services.open_workspace(data_dir, key=key)
    try:
        assert {r.id for r in services.list_records(ws)} == set(saved)
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        services.save_record(ws, "incident", big, final=True)
    finally:
        ws.close()


def test_cli_says_the_disk_is_full(small_disk: Path, capsys) -> None:
    home = small_disk / "fp"
    record = small_disk / "r.json"
    record.write_text(json.dumps(incident_data(description="Récit. " * 2000)), encoding="utf-8")
    assert (
        main(
            ["--data-dir", str(home), "records", "add", "--form", "incident", "--file", str(record)]
        )
        == 0
    )
    capsys.readouterr()
    filler = fill(small_disk, leave=4 * 1024)
    codes = [
        main(
            ["--data-dir", str(home), "records", "add", "--form", "incident", "--file", str(record)]
        )
        for _ in range(10)
    ]
    err = capsys.readouterr().err
    assert EXIT_STORAGE in codes
    assert "Le disque est plein : libérez de la place puis réessayez." in err
    assert "Traceback" not in err
    filler.unlink()
    ws = protection.open_for(DataDir(home), TEST_PASSPHRASE)
    try:
        assert ws.db.execute("select count(*) from records").fetchone()[0] >= 1
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        ws.close()
