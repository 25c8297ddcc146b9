"""Review threads on the laptop: local entries wait, server entries replace them, the status in
force follows the thread."""

from __future__ import annotations

import uuid
from pathlib import Path

from focalpoint.store import db as store_db
from focalpoint.store import reviews


def _database(tmp_path: Path):
    db = store_db.open_database(tmp_path / "focalpoint.db")
    record_id = str(uuid.uuid4())
    db["records"].insert(
        {
            "id": record_id,
            "form_id": "incident",
            "form_version": 1,
            "region": "gao",
            "status": "final",
            "data": "{}",
            "created_at": "2026-11-01T08:00:00+00:00",
            "updated_at": "2026-11-01T08:00:00+00:00",
            "author": "Gao",
            "version": 1,
            "base_version": 1,
            "dirty": 0,
            "local_rev": 1,
            "deleted": 0,
        }
    )
    return db, record_id


def _status(db, record_id: str) -> str:
    return db.execute("select review_status from records where id = ?", [record_id]).fetchone()[0]


def test_a_local_entry_waits_and_sets_the_status_at_once(tmp_path: Path) -> None:
    db, record_id = _database(tmp_path)
    assert _status(db, record_id) == ""
    entry = reviews.add_local(
        db,
        {
            "id": str(uuid.uuid4()),
            "record_id": record_id,
            "status": "besoin_informations",
            "comment": "Quelle source ?",
            "created_at": "2026-11-02T08:00:00+00:00",
        },
    )
    assert not entry.sent
    assert entry.seq is None
    assert _status(db, record_id) == "besoin_informations"
    assert [e.id for e in reviews.unsent(db)] == [entry.id]
    assert reviews.count_unsent(db) == 1


def test_server_entries_come_first_by_seq_and_replace_the_waiting_copy(tmp_path: Path) -> None:
    db, record_id = _database(tmp_path)
    mine = reviews.add_local(
        db,
        {"id": str(uuid.uuid4()), "record_id": record_id, "comment": "Réponse", "created_at": "t"},
    )
    later, earlier = str(uuid.uuid4()), str(uuid.uuid4())
    server = [
        {
            "id": later,
            "record_id": record_id,
            "status": "verifie",
            "author": "Bamako",
            "role": "secretariat",
            "created_at": "2026-11-03",
            "seq": 9,
        },
        {
            "id": earlier,
            "record_id": record_id,
            "status": "en_verification",
            "author": "Bamako",
            "role": "secretariat",
            "created_at": "2026-11-02",
            "seq": 4,
        },
    ]
    assert reviews.apply_server_reviews(db, server) == 2
    assert [e.id for e in reviews.thread(db, record_id)] == [earlier, later, mine.id]
    assert _status(db, record_id) == "verifie"
    reviews.apply_server_reviews(
        db,
        [
            {
                "id": mine.id,
                "record_id": record_id,
                "comment": "Réponse",
                "author": "Gao",
                "role": "focal_point",
                "created_at": "2026-11-04",
                "seq": 12,
            }
        ],
    )
    thread = reviews.thread(db, record_id)
    assert [(e.id, e.sent, e.seq) for e in thread][-1] == (mine.id, True, 12)
    assert len(thread) == 3
    assert reviews.count_unsent(db) == 0


def test_a_refused_entry_is_kept_not_resent_and_does_not_count(tmp_path: Path) -> None:
    db, record_id = _database(tmp_path)
    entry = reviews.add_local(
        db,
        {"id": str(uuid.uuid4()), "record_id": record_id, "status": "rejete", "created_at": "t"},
    )
    assert _status(db, record_id) == "rejete"
    reviews.mark_refused(db, entry.id, "secretariat_only")
    assert reviews.unsent(db) == []
    assert _status(db, record_id) == ""
    (kept,) = reviews.thread(db, record_id)
    assert kept.error == "secretariat_only"
    assert kept.status == "rejete"
