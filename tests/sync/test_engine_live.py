"""Laptops syncing real SQLite files through the real server on 127.0.0.1 (DESIGN §5 cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from focalpoint import services
from focalpoint.domain.errors import SyncError
from focalpoint.store import records, sync_state
from focalpoint.store.datadir import DataDir
from focalpoint.sync.client import SyncClient
from focalpoint.sync.engine import run_sync
from tests.conftest import incident_data


class Laptop:
    """A laptop: its own data folder and workspace, enrolled with a token."""

    def __init__(self, root: Path, server, name: str, role: str, regions: list[str]) -> None:
        self.ws = services.open_workspace(DataDir(root / name))
        self.token = server.add_device(name, role, regions)
        self.url = server.url
        services.enroll(self.ws, server.url, self.token)
        self.client = SyncClient(server.url, self.token, retries=0)

    def add(self, **overrides) -> str:
        return services.save_record(
            self.ws, "incident", incident_data(**overrides), final=True
        ).record.id

    def edit(self, record_id: str, **overrides) -> None:
        data = {**services.get_record(self.ws, record_id).data, **overrides}
        services.save_record(self.ws, "incident", data, record_id=record_id, final=True)

    def sync(self):
        return run_sync(self.ws.db, self.client)

    def ids(self) -> set[str]:
        return {r.id for r in services.list_records(self.ws)}

    def close(self) -> None:
        self.client.close()
        self.ws.close()


@pytest.fixture
def laptops(live_server, tmp_path):
    made: list[Laptop] = []

    def make(name: str, regions: list[str], role: str = "focal_point") -> Laptop:
        laptop = Laptop(tmp_path, live_server, name, role, regions)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def test_records_reach_the_other_laptop_of_the_region_only(laptops) -> None:
    gao1, gao2 = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    mopti, bamako = laptops("mopti-1", ["mopti"]), laptops("secretariat", ["*"], "secretariat")
    sent = {gao1.add(), gao1.add(titre="Vol de bétail à Bourem")}
    mopti_id = mopti.add(lieu={"region": "mopti", "cercle": "mopti"})
    assert gao1.sync().pushed == 2
    mopti.sync()
    gao2.sync()
    bamako.sync()
    assert gao2.ids() == sent
    assert mopti.ids() == {mopti_id}
    assert bamako.ids() == sent | {mopti_id}
    assert records.count_dirty(gao1.ws.db) == 0


def test_a_sync_with_nothing_to_do_is_one_request(laptops) -> None:
    gao = laptops("gao-1", ["gao"])
    gao.add()
    gao.sync()
    report = gao.sync()
    assert (report.requests, report.pushed, report.pulled) == (1, 0, 0)


def test_first_pull_after_own_push_sends_none_of_own_records_back(laptops) -> None:
    gao = laptops("gao-1", ["gao"])
    for _ in range(30):
        gao.add()
    report = gao.sync()
    assert (report.pushed, report.pulled) == (30, 0)


def test_lost_answer_then_replay_gives_no_duplicate(laptops, monkeypatch) -> None:
    gao, other = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    record_id = gao.add()
    real_push = gao.client.push

    def push_then_lose_answer(request):
        real_push(request)  # the server commits...
        raise SyncError("network", "answer lost")  # ...and the answer never arrives

    monkeypatch.setattr(gao.client, "push", push_then_lose_answer)
    with pytest.raises(SyncError):
        gao.sync()
    pending = sync_state.get_pending_batch(gao.ws.db)
    assert pending is not None
    monkeypatch.setattr(gao.client, "push", real_push)
    report = gao.sync()
    assert report.pushed == 1
    assert sync_state.get_pending_batch(gao.ws.db) is None
    other.sync()
    assert other.ids() == {record_id}
    assert records.get_record(other.ws.db, record_id).version == 1


def test_edit_during_an_in_flight_push_is_sent_next_time(laptops, monkeypatch) -> None:
    gao, other = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    record_id = gao.add()
    real_push = gao.client.push

    def push_while_typing(request):
        answer = real_push(request)
        gao.edit(record_id, morts=7)  # typed while the batch was on the wire
        return answer

    monkeypatch.setattr(gao.client, "push", push_while_typing)
    gao.sync()
    assert records.get_record(gao.ws.db, record_id).dirty
    monkeypatch.setattr(gao.client, "push", real_push)
    gao.sync()
    other.sync()
    assert records.get_record(other.ws.db, record_id).data["morts"] == 7


def test_two_laptops_edit_the_same_record_one_wins_the_loser_is_kept(laptops) -> None:
    gao1, gao2 = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    record_id = gao1.add()
    gao1.sync()
    gao2.sync()
    gao1.edit(record_id, morts=4)
    gao2.edit(record_id, morts=9)
    gao1.sync()
    report = gao2.sync()
    assert report.conflicts == 1
    gao1.sync()
    for laptop in (gao1, gao2):
        assert records.get_record(laptop.ws.db, record_id).data["morts"] == 4
    [conflict] = services.list_conflicts(gao2.ws)
    assert (conflict.record_id, conflict.other["morts"], conflict.current["morts"]) == (
        record_id,
        9,
        4,
    )


@pytest.mark.parametrize("order", ["delete_then_edit", "edit_then_delete"])
def test_edit_and_delete_in_either_order_the_tombstone_sticks(laptops, order: str) -> None:
    gao1, gao2 = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    record_id = gao1.add()
    gao1.sync()
    gao2.sync()
    first, second = (gao1, gao2) if order == "delete_then_edit" else (gao2, gao1)
    if order == "delete_then_edit":
        services.delete_record(gao1.ws, record_id)
        gao2.edit(record_id, morts=5)
    else:
        gao2.edit(record_id, morts=5)
        services.delete_record(gao1.ws, record_id)
    first.sync()
    second.sync()
    first.sync()
    for laptop in (gao1, gao2):
        assert record_id not in laptop.ids()
    assert any(
        c.record_id == record_id
        for c in services.list_conflicts(gao2.ws) + services.list_conflicts(gao1.ws)
    )


def test_a_revoked_token_stops_the_sync_at_once(laptops, live_server) -> None:
    from focalpoint.server import admin

    gao = laptops("gao-1", ["gao"])
    gao.add()
    admin.revoke_device(live_server.db_url, "gao-1")
    with pytest.raises(SyncError) as caught:
        gao.sync()
    assert caught.value.kind == "auth"
    assert records.count_dirty(gao.ws.db) == 1


def test_an_out_of_region_record_is_refused_and_not_resent(laptops) -> None:
    gao = laptops("gao-1", ["gao"])
    gao.add()
    wrong = gao.add(lieu={"region": "mopti", "cercle": "mopti"})
    report = gao.sync()
    assert (report.pushed, report.rejected) == (1, 1)
    assert records.get_record(gao.ws.db, wrong).dirty
    assert sync_state.count_to_push(gao.ws.db) == 0


def test_a_backlog_of_1000_records_converges(laptops) -> None:
    gao, bamako = laptops("gao-1", ["gao"]), laptops("secretariat", ["*"], "secretariat")
    ws = gao.ws
    from focalpoint.store.records import RecordWrite

    checked = services.check_record(ws, ws.forms["incident"], incident_data())
    import uuid

    writes = [
        RecordWrite(
            str(uuid.uuid4()),
            "incident",
            1,
            "gao",
            "final",
            checked.data,
            "pf",
            checked.title,
            checked.record_date,
        )
        for _ in range(1000)
    ]
    records.insert_records(ws.db, writes, now="2023-06-01T00:00:00Z")
    report = gao.sync()
    assert report.pushed == 1000
    assert report.requests <= 4  # 2 batches + 1 pull page (+1 spare)
    bamako.sync()
    assert len(bamako.ids()) == 1000


def test_server_restored_from_backup_gets_everything_again(laptops, live_server) -> None:
    import sqlalchemy as sa

    gao = laptops("gao-1", ["gao"])
    kept = {gao.add() for _ in range(3)}
    gao.sync()
    engine = sa.create_engine(live_server.db_url)
    with engine.begin() as conn:  # what a restore from an old backup looks like
        conn.execute(sa.text("delete from records"))
        conn.execute(sa.text("update meta set value = 'restored-epoch' where key = 'server_epoch'"))
    engine.dispose()
    report = gao.sync()
    assert report.epoch_reset
    bamako = laptops("secretariat", ["*"], "secretariat")
    bamako.sync()
    assert bamako.ids() == kept


def test_an_edit_typed_during_a_pull_loses_cleanly_and_the_winner_still_arrives(
    laptops, monkeypatch
) -> None:
    gao1, gao2 = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    record_id = gao1.add()
    gao1.sync()
    gao2.sync()
    gao2.edit(record_id, morts=2)
    gao2.sync()  # the server now has gao-2's version 2
    real_pull = gao1.client.pull

    def pull_while_typing(since, limit, **options):
        page = real_pull(since, limit, **options)
        gao1.edit(record_id, morts=8)  # typed on gao-1 while the page was on its way
        monkeypatch.setattr(gao1.client, "pull", real_pull)
        return page

    monkeypatch.setattr(gao1.client, "pull", pull_while_typing)
    report = gao1.sync()
    assert report.kept_local == 1
    assert records.get_record(gao1.ws.db, record_id).data["morts"] == 8  # never overwritten
    report = gao1.sync()  # its edit (based on version 1) loses; version 2 comes down again
    assert report.conflicts == 1
    assert records.get_record(gao1.ws.db, record_id).data["morts"] == 2
    assert [c.other["morts"] for c in services.list_conflicts(gao1.ws)] == [8]


def test_an_answer_that_does_not_match_the_batch_leaves_the_records_waiting(
    laptops, monkeypatch
) -> None:
    gao, other = laptops("gao-1", ["gao"]), laptops("gao-2", ["gao"])
    ids = {gao.add(), gao.add()}
    real_push = gao.client.push

    def push_and_miscount(request):
        answer = real_push(request)
        return answer.model_copy(update={"acked": answer.acked + 1})  # one ack too many

    monkeypatch.setattr(gao.client, "push", push_and_miscount)
    assert gao.sync().pushed == 0
    assert records.count_dirty(gao.ws.db) == 2  # nothing marked sent on a doubtful answer
    assert sync_state.get_pending_batch(gao.ws.db) is None
    monkeypatch.setattr(gao.client, "push", real_push)
    assert gao.sync().pushed == 2  # sent again: the server acks what it already has
    assert records.count_dirty(gao.ws.db) == 0
    other.sync()
    assert other.ids() == ids
