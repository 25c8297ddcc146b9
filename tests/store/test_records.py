"""Records repository: ids, revisions, dirty flag, tombstones, keyset listing."""

from __future__ import annotations

import uuid

import pytest
from sqlite_utils import Database

from focalpoint.domain.errors import NotFound
from focalpoint.store import records
from focalpoint.store.db import open_database
from focalpoint.store.records import RecordWrite


def write(record_id: str | None = None, **overrides: object) -> RecordWrite:
    base = {
        "id": record_id or str(uuid.uuid4()),
        "form_id": "incident",
        "form_version": 1,
        "region": "gao",
        "status": "draft",
        "data": {"titre": "Vol de bétail à Bourem"},
        "author": "pf-gao",
        "title": "Vol de bétail à Bourem",
        "record_date": "2023-05-02",
    }
    base.update(overrides)
    return RecordWrite(**base)  # type: ignore[arg-type]


def test_new_record_is_dirty_revision_one_without_server_version(db: Database) -> None:
    saved = records.save_record(db, write(), now="2023-05-02T10:00:00Z")
    assert (saved.dirty, saved.local_rev, saved.version, saved.deleted) == (True, 1, None, False)
    assert saved.created_at == saved.updated_at == "2023-05-02T10:00:00Z"


def test_update_keeps_id_and_creation_and_bumps_revision(db: Database) -> None:
    first = records.save_record(db, write(), now="t1")
    db["records"].update(first.id, {"version": 7, "dirty": 0})  # as if acknowledged by the server
    second = records.save_record(
        db, write(first.id, status="final", data={"titre": "Modifié"}), now="t2"
    )
    assert second.id == first.id
    assert (second.created_at, second.updated_at) == ("t1", "t2")
    assert (second.local_rev, second.dirty, second.version, second.base_version) == (2, True, 7, 7)
    assert second.data == {"titre": "Modifié"}


def test_id_survives_reopening_the_database(data_dir) -> None:
    db = open_database(data_dir.database)
    record_id = records.save_record(db, write(), now="t").id
    db.close()
    again = open_database(data_dir.database)
    assert records.get_record(again, record_id).title == "Vol de bétail à Bourem"
    again.close()


def test_delete_leaves_a_dirty_tombstone(db: Database) -> None:
    saved = records.save_record(db, write(), now="t1")
    tomb = records.delete_record(db, saved.id, now="t2")
    assert (tomb.deleted, tomb.dirty, tomb.local_rev) == (True, True, 2)
    assert records.find_record(db, saved.id) is not None
    with pytest.raises(NotFound):
        records.get_record(db, saved.id)
    assert records.count_records(db) == 0
    assert records.count_records(db, include_deleted=True) == 1


def test_a_tombstone_cannot_be_edited_back_to_life(db: Database) -> None:
    saved = records.save_record(db, write(), now="t1")
    records.delete_record(db, saved.id, now="t2")
    with pytest.raises(NotFound):
        records.save_record(db, write(saved.id), now="t3")


def test_deleting_an_unknown_record_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound):
        records.delete_record(db, str(uuid.uuid4()), now="t")


def test_iter_records_pages_by_key_without_skip_or_duplicate(db: Database) -> None:
    writes = [write(record_date=f"2023-01-{1 + i % 28:02d}") for i in range(2500)]
    records.insert_records(db, writes, now="t")
    seen = [r.id for r in records.iter_records(db, batch=333)]
    assert len(seen) == len(set(seen)) == 2500
    dates = [r.record_date for r in records.iter_records(db, batch=333)]
    assert dates == sorted(dates)


def test_iter_records_filters_form_and_status(db: Database) -> None:
    records.insert_records(db, [write(), write(form_id="activite"), write(status="final")], now="t")
    assert len(list(records.iter_records(db, form_id="incident"))) == 2
    assert len(list(records.iter_records(db, status="final"))) == 1


def test_a_failed_save_leaves_nothing_half_written(db: Database) -> None:
    records.save_record(db, write("dup"), now="t")
    with pytest.raises(Exception, match="UNIQUE"):
        records.insert_records(db, [write("new-1"), write("dup")], now="t")
    assert records.find_record(db, "new-1") is None
    assert records.count_dirty(db) == 1


def test_summaries_list_live_records_without_their_data(db: Database) -> None:
    kept = records.save_record(db, write(), now="t")
    gone = records.save_record(db, write(form_id="activite"), now="t")
    records.delete_record(db, gone.id, now="t2")
    summaries = records.list_summaries(db)
    assert [(s.id, s.title, s.region, s.dirty) for s in summaries] == [
        (kept.id, "Vol de bétail à Bourem", "gao", True)
    ]
    assert records.list_summaries(db, form_id="activite") == []


def test_summaries_carry_the_category_field(db: Database) -> None:
    records.save_record(db, write(data={"titre": "x", "domaine": "crime_extremisme"}), now="t")
    [summary] = records.list_summaries(db, category_field="domaine")
    assert summary.category == "crime_extremisme"
    assert records.list_summaries(db)[0].category == ""
