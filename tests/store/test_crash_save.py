"""Crash during save (THREATS §2, durability test 1): SIGKILL a saving process at random moments.

The harness is ``crashsave.py`` (the child, ``save_child.py``). Pass: after every kill, 0
acknowledged records missing, 0 partial records, ``integrity_check`` ok, rows ≥ acknowledged.
200 kills with ``FOCALPOINT_FULL_FAULTS=1`` (about 2 minutes), 30 otherwise. Negative controls:
the same checker must report a child that acknowledges before committing as losing records,
and one that saves a record in several transactions as leaving partial records.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from focalpoint.store.datadir import DataDir
from focalpoint.store.records import RecordWrite, insert_records
from tests.conftest import activity_data
from tests.store.crashsave import Ack, check_saves, crash_loop
from tests.store.save_child import open_test_workspace, participants_title

FULL = os.environ.get("FOCALPOINT_FULL_FAULTS") == "1"
KILLS = 200 if FULL else 30
CONTROL_KILLS = 10  # each kill catches a broken child with a probability of 0.6 or more
SEED = int(os.environ.get("FOCALPOINT_FAULT_SEED", "0"))


@pytest.mark.slow
def test_sigkill_during_saves_loses_no_acknowledged_record(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    run = crash_loop(tmp_path, KILLS, seed=SEED)
    record_property("crash_save", run.summary())
    assert run.kills == KILLS
    assert run.acknowledged > KILLS  # the kills came while saving, not only before
    assert run.describe_failures() == []


@pytest.mark.slow
def test_the_checker_catches_acknowledging_before_committing(tmp_path: Path) -> None:
    run = crash_loop(tmp_path, CONTROL_KILLS, mode="ack-then-commit", seed=1, kill_while_opening=0)
    assert any(check.missing for check in run.failures), run.summary()


@pytest.mark.slow
def test_the_checker_catches_a_save_split_in_several_transactions(tmp_path: Path) -> None:
    run = crash_loop(tmp_path, CONTROL_KILLS, mode="split", seed=1, kill_while_opening=0)
    assert any(check.partial for check in run.failures), run.summary()


def test_check_saves_reports_missing_partial_and_too_few_rows(tmp_path: Path) -> None:
    root = tmp_path / "data"
    ws = open_test_workspace(root)
    whole = activity_data(3, titre=participants_title(3, 1))
    cut = activity_data(1, titre=participants_title(4, 2))  # 1 of 4 participants written
    insert_records(
        ws.db,
        [
            RecordWrite("a" * 8, "activite", 1, "gao", "final", whole, "t", whole["titre"], ""),
            RecordWrite("b" * 8, "activite", 1, "gao", "final", cut, "t", cut["titre"], ""),
        ],
        now="2024-01-01T00:00:00.000+00:00",
    )
    ws.close()
    good = check_saves(root, {"a" * 8: Ack("activite", 3, 1)})
    assert good.partial == [f"{'b' * 8} (activite): 1 of 4 participants"]
    assert (good.integrity, good.rows, good.missing) == ("ok", 2, [])
    wrong_count = check_saves(root, {"a" * 8: Ack("activite", 5, 1)})
    assert f"{'a' * 8} (activite): 3 participants, 5 acknowledged" in wrong_count.partial
    acked = {"c" * 8: Ack("incident", 0, 1), "a" * 8: Ack("activite", 3, 2)}
    lost = check_saves(root, acked | {"d" * 8: Ack("incident", 0, 1)})
    assert lost.missing == ["c" * 8, f"{'a' * 8} rev 2 (found rev 1)", "d" * 8]
    assert (lost.rows, lost.acknowledged) == (2, 3)
    assert not lost.ok


def test_check_saves_reports_a_damaged_database(tmp_path: Path) -> None:
    root = tmp_path / "data"
    ws = open_test_workspace(root)
    data = activity_data(8, titre=participants_title(8, 1))
    insert_records(
        ws.db,
        [
            RecordWrite(f"r{i:04d}", "activite", 1, "gao", "final", data, "t", data["titre"], "")
            for i in range(300)
        ],
        now="2024-01-01T00:00:00.000+00:00",
    )
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    database = DataDir(root).database
    size = database.stat().st_size
    with database.open("r+b") as fh:  # scribble over the middle of the file
        fh.seek(size // 2)
        fh.write(os.urandom(8192))
    check = check_saves(root, {"r0001": Ack("activite", 8, 1)})
    assert check.integrity != "ok"
    assert not check.ok
