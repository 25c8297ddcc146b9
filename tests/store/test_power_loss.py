"""Simulated power loss (THREATS §2, durability test 2), with the VFS of ``powerloss.py``.

Pass with the pragmas the app pins (WAL, ``synchronous=FULL``): 0 corrupt, 0 partial and 0
acknowledged commits lost over 1,000 crashes with ``FOCALPOINT_FULL_FAULTS=1``, 300 otherwise.
Negative controls in the same harness prove it catches durability bugs: ``synchronous=NORMAL``
loses acknowledged commits (WAL is only synced at checkpoints) without corrupting anything, and
``synchronous=OFF`` corrupts, in WAL and in rollback-journal mode. The folder model is checked
against SQLite's documentation: a rollback journal with ``FULL`` can lose the last commit when
the journal's deletion does not reach the disk, which ``EXTRA`` (a folder sync) prevents.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from pathlib import Path

import pytest

from focalpoint.store.db import PINNED_PRAGMAS
from tests.store.powerloss import (
    APP_SETTINGS,
    Crash,
    FileState,
    Report,
    Settings,
    _Truncate,
    _Write,
    run_power_loss,
)

FULL = os.environ.get("FOCALPOINT_FULL_FAULTS") == "1"
CRASHES = 1000 if FULL else 300
CONTROL_CRASHES = 1000 if FULL else 150
SEED = int(os.environ.get("FOCALPOINT_FAULT_SEED", "0"))


def run(tmp_path: Path, settings: Settings, crashes: int, record: pytest.RecordProperty) -> Report:
    report = run_power_loss(crashes, tmp_path, settings=settings, seed=SEED)
    record(f"power_loss {settings.label}", report.summary())
    assert report.crashes == crashes
    return report


def test_the_app_settings_lose_nothing(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    assert (APP_SETTINGS.journal_mode, APP_SETTINGS.synchronous) == (
        PINNED_PRAGMAS["journal_mode"],
        PINNED_PRAGMAS["synchronous"],
    )
    report = run(tmp_path, APP_SETTINGS, CRASHES, record_property)
    assert report.problems == []
    assert (report.corrupt, report.partial, report.lost) == (0, 0, 0), report.summary()
    assert report.commits > CRASHES
    # the crashes hit commits in flight, checkpoints in flight, and tore writes
    hits = report.coverage
    assert hits["crashes with unsynced wal writes"] > CRASHES // 2, hits
    assert hits["crashes with unsynced database writes"] > CRASHES // 20, hits
    assert hits["writes torn"] > CRASHES, hits


def test_normal_loses_acknowledged_commits_but_corrupts_nothing(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    settings = Settings(synchronous="NORMAL")
    report = run(tmp_path, settings, CONTROL_CRASHES, record_property)
    assert report.lost > 0, report.summary()
    assert report.crashes_losing > CONTROL_CRASHES // 4, report.summary()
    assert (report.corrupt, report.partial) == (0, 0), report.problems


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_off_corrupts(
    tmp_path: Path, record_property: pytest.RecordProperty, journal_mode: str
) -> None:
    settings = Settings(journal_mode=journal_mode, synchronous="OFF")
    report = run(tmp_path, settings, CONTROL_CRASHES, record_property)
    assert report.corrupt > 0, report.summary()
    assert report.lost > 0, report.summary()


def test_a_rollback_journal_needs_extra_to_keep_the_last_commit(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    full = run(tmp_path / "full", Settings("delete", "FULL"), CONTROL_CRASHES, record_property)
    assert full.lost > 0, full.summary()
    assert (full.corrupt, full.partial) == (0, 0), full.problems
    extra = run(tmp_path / "extra", Settings("delete", "EXTRA"), CONTROL_CRASHES, record_property)
    assert extra.ok, extra.problems


def crash(seed: int, keep: float, torn: float) -> Crash:
    return Crash(random.Random(seed), keep=keep, torn=torn, tally=Counter())


def test_a_sync_makes_writes_durable_and_a_crash_keeps_or_loses_the_rest() -> None:
    state = FileState("wal", bytearray(b"a" * 1000))
    state.pending += [_Write(100, b"b" * 100), _Truncate(800)]
    state.sync()
    assert state.durable == b"a" * 100 + b"b" * 100 + b"a" * 600
    state.pending += [_Write(700, b"c" * 300)]
    assert state.crash_image(crash(1, keep=0.0, torn=0.0)) == bytes(state.durable)
    assert state.crash_image(crash(1, keep=1.0, torn=0.0)) == bytes(state.durable[:700]) + (
        b"c" * 300
    )


def test_a_torn_write_changes_nothing_outside_its_range() -> None:
    rng = random.Random(5)
    mixed = 0
    for seed in range(300):
        state = FileState("database", bytearray(rng.randbytes(3000)))
        offset, size = rng.randrange(0, 4000), rng.randrange(1, 3000)
        state.pending.append(_Write(offset, b"\xff" * size))
        image = state.crash_image(crash(seed, keep=0.0, torn=1.0))
        old = bytes(state.durable)
        assert len(image) <= max(len(old), offset + size)
        assert image[:offset] == old.ljust(offset, b"\0")[: min(offset, len(image))]
        assert image[offset + size :] == old[offset + size :]
        written = image[offset : offset + size]
        mixed += b"\xff" in written and written != b"\xff" * size
    assert mixed > 100  # most torn writes land in part
