"""Local sync bookkeeping: acks, edits in flight, pulls that never overwrite, cursor with page."""

from __future__ import annotations

import uuid

import pytest

from focalpoint import services
from focalpoint.store import records, sync_state
from tests.conftest import incident_data


def saved(ws, **overrides) -> records.Record:
    return services.save_record(ws, "incident", incident_data(**overrides), final=True).record


def server_copy(record_id: str, version: int, **data) -> dict:
    return {
        "id": record_id,
        "form_id": "incident",
        "form_version": 1,
        "region": "gao",
        "status": "final",
        "data": incident_data(**data),
        "deleted": False,
        "version": version,
        "seq": version,
        "author": "pf-gao",
        "updated_at": "2023-06-01T10:00:00+00:00",
    }


def test_ack_cleans_a_record_not_edited_in_flight(ws) -> None:
    record = saved(ws)
    batch = sync_state.PendingBatch("b1", {record.id: record.local_rev})
    sync_state.apply_push_answer(ws.db, batch, acks=[(record.id, 1)], conflicts=[], rejected=[])
    after = records.get_record(ws.db, record.id)
    assert (after.dirty, after.version, after.base_version) == (False, 1, 1)
    assert sync_state.get_pending_batch(ws.db) is None


def test_edit_during_an_in_flight_batch_stays_dirty(ws) -> None:
    record = saved(ws)
    batch = sync_state.PendingBatch("b1", {record.id: record.local_rev})
    sync_state.set_pending_batch(ws.db, batch)
    services.save_record(ws, "incident", incident_data(morts=5), record_id=record.id, final=True)
    sync_state.apply_push_answer(ws.db, batch, acks=[(record.id, 1)], conflicts=[], rejected=[])
    after = records.get_record(ws.db, record.id)
    assert (after.dirty, after.base_version, after.data["morts"]) == (True, 1, 5)


def test_a_refused_record_is_not_resent_until_edited(ws) -> None:
    record = saved(ws)
    batch = sync_state.PendingBatch("b1", {record.id: record.local_rev})
    sync_state.apply_push_answer(
        ws.db, batch, acks=[], conflicts=[], rejected=[(record.id, "region_forbidden")]
    )
    assert sync_state.count_to_push(ws.db) == 0
    services.save_record(ws, "incident", incident_data(morts=1), record_id=record.id, final=True)
    assert sync_state.count_to_push(ws.db) == 1


def test_pull_never_overwrites_a_dirty_row_and_holds_the_cursor_before_it(ws) -> None:
    mine = saved(ws, titre="Ma version")
    theirs_id = str(uuid.uuid4())
    page = [server_copy(theirs_id, 1), server_copy(mine.id, 3, titre="Version du serveur")]
    applied, kept, hold = sync_state.apply_pull_page(ws.db, page, [], 42)
    assert (applied, kept, hold) == (1, 1, 2)
    assert records.get_record(ws.db, mine.id).data["titre"] == "Ma version"
    theirs = records.get_record(ws.db, theirs_id)
    assert (theirs.dirty, theirs.version) == (False, 1)
    assert theirs.title == "Attaque d'un poste de contrôle"
    assert sync_state.get_value(ws.db, sync_state.CURSOR) == "2"  # held before the kept row
    sync_state.apply_pull_page(ws.db, [], [], 50, hold)
    assert sync_state.get_value(ws.db, sync_state.CURSOR) == "2"  # still held on the next page
    sync_state.apply_pull_page(ws.db, [], [], 60)
    assert sync_state.get_value(ws.db, sync_state.CURSOR) == "60"  # the next sync starts free


def test_a_page_and_its_cursor_are_one_transaction(ws, monkeypatch) -> None:
    boom = RuntimeError("power cut between the page and the cursor")

    def fail(*_a, **_k):
        raise boom

    monkeypatch.setattr(sync_state, "set_values", fail)
    with pytest.raises(RuntimeError):
        sync_state.apply_pull_page(ws.db, [server_copy(str(uuid.uuid4()), 1)], [], 7)
    assert list(services.list_records(ws)) == []
    assert sync_state.get_value(ws.db, sync_state.CURSOR) == ""


def test_pulled_tombstone_and_conflict(ws) -> None:
    record = saved(ws)
    batch = sync_state.PendingBatch("b1", {record.id: record.local_rev})
    sync_state.apply_push_answer(ws.db, batch, acks=[(record.id, 1)], conflicts=[], rejected=[])
    tomb = server_copy(record.id, 2) | {"deleted": True}
    conflict = {
        "conflict_id": 9,
        "record_id": record.id,
        "code": "deleted_after_edit",
        "data": incident_data(),
        "deleted": False,
        "seq": 3,
        "created_at": "t",
    }
    sync_state.apply_pull_page(ws.db, [tomb], [conflict], 3)
    assert list(services.list_records(ws)) == []
    assert ws.db["conflicts"].count == 1


def test_epoch_reset_marks_everything_to_send_again(ws) -> None:
    record = saved(ws)
    batch = sync_state.PendingBatch("b1", {record.id: record.local_rev})
    sync_state.apply_push_answer(ws.db, batch, acks=[(record.id, 4)], conflicts=[], rejected=[])
    sync_state.set_values(ws.db, {sync_state.CURSOR: "99", sync_state.EPOCH: "old"})
    sync_state.reset_for_new_epoch(ws.db, "new")
    after = records.get_record(ws.db, record.id)
    assert (after.dirty, after.base_version) == (True, 4)
    assert sync_state.get_value(ws.db, sync_state.CURSOR) == "0"
    assert sync_state.get_value(ws.db, sync_state.EPOCH) == "new"


def test_a_draft_without_region_stays_local(ws) -> None:
    services.save_record(ws, "incident", {"titre": "Brouillon sans lieu"})
    assert sync_state.count_to_push(ws.db) == 0
    assert sync_state.list_to_push(ws.db) == []
