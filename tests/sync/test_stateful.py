"""Hypothesis stateful model of sync (THREATS test 8): three laptops, random edits and faults.

Laptops Gao-1, Gao-2 and Mopti-1 create, edit and delete records and sync with the server's real
storage (in process, for speed: the HTTP layer has its own tests). Faults: a push whose answer is
lost after the server committed, a request that fails before reaching the server. After healing
(every laptop syncs until quiet) the invariant must hold:
- every record any laptop created is on the server exactly once, in its region;
- each laptop holds exactly the server's records of its region, with the same data and state;
- no laptop holds a record of another region.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from focalpoint import services
from focalpoint.domain.errors import SyncError
from focalpoint.server import storage
from focalpoint.store.datadir import DataDir
from focalpoint.sync.engine import run_sync
from tests.conftest import incident_data

DEVICES = (("gao-1", "gao"), ("gao-2", "gao"), ("mopti-1", "mopti"))
PLACES = {
    "gao": {"region": "gao", "cercle": "ansongo"},
    "mopti": {"region": "mopti", "cercle": "mopti"},
}


class InProcessClient:
    """The SyncClient interface over the server's storage functions, with injectable faults."""

    def __init__(self, engine, device) -> None:
        self.engine, self.device = engine, device
        self.requests_made = 0
        self.fault: str | None = None

    def push(self, request):
        self.requests_made += 1
        fault, self.fault = self.fault, None
        if fault == "fail_request":
            raise SyncError("network", "request lost")
        answer = storage.apply_push(self.engine, self.device, request)
        if fault == "lose_answer":
            raise SyncError("network", "answer lost")
        return answer

    def pull(self, since, limit, *, include_own=False, waiting=None):
        self.requests_made += 1
        return storage.read_changes(self.engine, self.device, since, limit, include_own=include_own)

    def close(self) -> None:
        pass


class SyncModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="fp-stateful-"))
        self.engine = storage.make_engine(f"sqlite:///{self.tmp / 'server.db'}")
        storage.migrate(self.engine)
        self.laptops = []
        for name, region in DEVICES:
            device, _token = storage.add_device(self.engine, name, "focal_point", [region])
            ws = services.open_workspace(DataDir(self.tmp / name))
            self.laptops.append((ws, InProcessClient(self.engine, device), region))
        self.created: dict[str, str] = {}  # record id → region

    def teardown(self) -> None:
        try:
            self.heal_and_check()
        finally:
            for ws, _client, _region in self.laptops:
                ws.close()
            self.engine.dispose()
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- rules --------------------------------------------------------------------------------

    @rule(laptop=st.integers(0, 2), deaths=st.integers(0, 50))
    def create(self, laptop: int, deaths: int) -> None:
        ws, _client, region = self.laptops[laptop]
        data = incident_data(morts=deaths, lieu=PLACES[region])
        record = services.save_record(ws, "incident", data, final=True).record
        self.created[record.id] = region

    @precondition(lambda self: bool(self.created))
    @rule(laptop=st.integers(0, 2), pick=st.integers(0, 10_000), deaths=st.integers(0, 50))
    def edit(self, laptop: int, pick: int, deaths: int) -> None:
        ws, _client, _region = self.laptops[laptop]
        live = sorted(r.id for r in services.list_records(ws))
        if live:
            record = services.get_record(ws, live[pick % len(live)])
            services.save_record(
                ws, "incident", {**record.data, "morts": deaths}, record_id=record.id, final=True
            )

    @precondition(lambda self: bool(self.created))
    @rule(laptop=st.integers(0, 2), pick=st.integers(0, 10_000))
    def delete(self, laptop: int, pick: int) -> None:
        ws, _client, _region = self.laptops[laptop]
        live = sorted(r.id for r in services.list_records(ws))
        if live:
            services.delete_record(ws, live[pick % len(live)])

    @rule(
        laptop=st.integers(0, 2), fault=st.sampled_from([None, None, "lose_answer", "fail_request"])
    )
    def sync(self, laptop: int, fault: str | None) -> None:
        ws, client, _region = self.laptops[laptop]
        client.fault = fault
        with contextlib.suppress(SyncError):  # the link failed: the next sync heals it
            run_sync(ws.db, client)
        client.fault = None

    # -- the invariant, after healing ---------------------------------------------------------

    def heal_and_check(self) -> None:
        for _round in range(3):
            for ws, client, _region in self.laptops:
                run_sync(ws.db, client)
        import sqlalchemy as sa

        with self.engine.connect() as conn:
            rows = conn.execute(sa.text("select id, region, deleted, data from records")).fetchall()
        server = {row[0]: row for row in rows}
        assert len(server) == len(rows)
        assert set(self.created) == set(server), "every created record is on the server once"
        for record_id, region in self.created.items():
            assert server[record_id][1] == region
        import json

        for ws, _client, region in self.laptops:
            local = {
                r["id"]: r
                for r in ws.db.query("select id, region, deleted, data, dirty from records")
            }
            mine = {i: row for i, row in server.items() if row[1] == region}
            assert set(local) == set(mine), "each laptop holds exactly its region's records"
            for record_id, row in mine.items():
                assert not local[record_id]["dirty"], "nothing left to send after healing"
                assert bool(local[record_id]["deleted"]) == bool(row[2])
                assert json.loads(local[record_id]["data"]) == json.loads(row[3])


SyncModel.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestSync = SyncModel.TestCase


def test_the_model_catches_a_sync_that_loses_deletions(monkeypatch) -> None:
    """Negative control: an engine that never sends tombstones must break the invariant."""
    import pytest
    from hypothesis.stateful import run_state_machine_as_test

    from focalpoint.store import sync_state

    real = sync_state.list_to_push

    def without_tombstones(db, **kwargs):
        return [r for r in real(db, **kwargs) if not r.deleted]

    monkeypatch.setattr(sync_state, "list_to_push", without_tombstones)
    with pytest.raises(AssertionError):
        run_state_machine_as_test(
            SyncModel,
            settings=settings(
                max_examples=40,
                stateful_step_count=20,
                deadline=None,
                database=None,
                phases=[Phase.generate],  # no shrinking: only "does it fail?" matters here
                suppress_health_check=[HealthCheck.too_slow],
            ),
        )
