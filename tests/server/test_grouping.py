"""Group commit (``storage/grouping.py``): pushes arriving together share one transaction,
each gets its own answer, a replay inside a group is answered once, and a batch that makes the
group's transaction fail fails alone."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from focalpoint.server import storage
from focalpoint.server.storage import push as push_module
from focalpoint.server.storage.grouping import Group, Job
from focalpoint.server.storage.schema import records
from focalpoint.sync.protocol import PushRequest, WireRecord
from tests.server.conftest import new_batch_id, wire_record

THREADS = 8


def _together(work: list[Any], run: Any) -> tuple[list[Any], list[BaseException]]:
    """``run(item)`` for each item in a thread of its own, all released at once."""
    barrier = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)
    errors: list[BaseException] = []

    def one(index: int, item: Any) -> None:
        barrier.wait(10)
        try:
            results[index] = run(item)
        except Exception as error:  # noqa: BLE001 - collected for the assertions
            errors.append(error)

    threads = [threading.Thread(target=one, args=pair) for pair in enumerate(work)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results, errors


def test_jobs_waiting_together_are_applied_together_and_each_gets_its_answer() -> None:
    group, sizes = Group(), []

    def apply(jobs: list[Job]) -> None:
        sizes.append(len(jobs))
        time.sleep(0.05)  # the others arrive meanwhile
        for job in jobs:
            job.settle(result=job.work * 10)

    results, errors = _together(list(range(THREADS)), lambda n: group.run(Job(n), apply))
    assert errors == []
    assert results == [n * 10 for n in range(THREADS)]
    assert sum(sizes) == THREADS  # each job in exactly one group
    assert max(sizes) > 1


def test_when_the_leader_fails_every_job_of_its_group_gets_the_error() -> None:
    group, calls = Group(), []

    def apply(jobs: list[Job]) -> None:
        calls.append(len(jobs))
        time.sleep(0.05)
        if len(calls) == 1:
            for job in jobs:
                job.settle(result="not committed")  # then the commit fails
            raise KeyboardInterrupt  # escapes every except Exception
        for job in jobs:
            job.settle(result="ok")

    outcomes: list[str] = []

    def run(n: int) -> str:
        try:
            return group.run(Job(n), apply)
        except KeyboardInterrupt:
            outcomes.append("interrupted")
            return "interrupted"

    results, errors = _together(list(range(THREADS)), run)
    assert errors == []
    assert results.count("interrupted") == calls[0]  # the first group, all of it
    assert results.count("ok") == THREADS - calls[0]
    assert "not committed" not in results


@pytest.fixture
def engine(tmp_path: Path) -> Any:
    engine = storage.make_engine(str(tmp_path / "server.db"))
    storage.migrate(engine)
    yield engine
    engine.dispose()


def _batch(marker: str = "", batch_id: str | None = None) -> PushRequest:
    data = {"titre": marker or "Attaque", "morts": 1}
    wires = [WireRecord(**wire_record(data=data)) for _ in range(20)]
    return PushRequest(batch_id=batch_id or new_batch_id(), records=wires)


def test_a_batch_that_fails_the_group_fails_alone(
    engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    device, _token = storage.add_device(engine, "gao-1", "focal_point", ["gao"])
    flush = push_module._flush

    def failing_flush(batch: Any) -> None:
        flush(batch)
        if any('"poison"' in row["data"] for row in batch.inserts.values()):
            raise sa.exc.OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(push_module, "_flush", failing_flush)
    groups: list[list[str]] = []  # the titles of each group's batches
    leading = threading.Event()
    apply_group = push_module._apply_group

    def watched(engine: sa.Engine, jobs: list[Job]) -> None:
        titles = [job.work.request.records[0].data["titre"] for job in jobs]
        groups.append(titles)
        if titles == ["blocker"]:  # holds the lock while the others queue behind it
            leading.set()
            time.sleep(0.2)
        apply_group(engine, jobs)

    monkeypatch.setattr(push_module, "_apply_group", watched)
    blocker = threading.Thread(target=storage.apply_push, args=(engine, device, _batch("blocker")))
    blocker.start()
    assert leading.wait(10)
    work = [_batch("poison" if n == 3 else "") for n in range(THREADS)]
    results, errors = _together(work, lambda batch: storage.apply_push(engine, device, batch))
    blocker.join(10)
    assert [type(error) for error in errors] == [sa.exc.OperationalError]
    assert results[3] is None
    assert all(results[n] is not None for n in range(THREADS) if n != 3)
    [poisoned] = [titles for titles in groups if "poison" in titles]
    assert len(poisoned) == THREADS  # it did share its transaction: the others were redone
    with engine.connect() as conn:
        titles = conn.execute(sa.select(records.c.data, records.c.seq)).all()
    assert len(titles) == 20 * THREADS  # the blocker's and the 7 good batches'
    assert not any("poison" in data for data, _seq in titles)
    seqs = sorted(seq for _data, seq in titles)
    assert seqs == list(range(1, len(seqs) + 1))  # nothing lost to the failed group


def test_the_same_batch_twice_in_one_group_is_written_once(engine: sa.Engine) -> None:
    device, _token = storage.add_device(engine, "gao-1", "focal_point", ["gao"])
    batch = _batch()
    work = [batch] * 4 + [_batch() for _ in range(4)]
    results, errors = _together(work, lambda b: storage.apply_push(engine, device, b))
    assert errors == []
    assert len({r.model_dump_json() for r in results[:4]}) == 1  # one answer, four times
    with engine.connect() as conn:
        count = conn.execute(sa.select(sa.func.count()).select_from(records)).scalar_one()
    assert count == 20 * 5
