"""The secretariat's desk without a server: the local rules of reviews and conflicts, the
pull's storing of review entries and resolved conflicts, the dashboard's figures."""

from __future__ import annotations

import json
from datetime import date

import pytest

from focalpoint import desk, services
from focalpoint.domain.errors import NotFound, UsageError, ValidationFailed
from focalpoint.domain.messages import MESSAGES, error_detail, message
from focalpoint.domain.review import MAX_COMMENT_LENGTH
from focalpoint.store import conflicts as conflict_store
from focalpoint.store import records, sync_state
from focalpoint.store import reviews as review_store
from tests.conftest import activity_data, incident_data


def enrolled(ws: services.Workspace, regions: list[str] | None) -> None:
    """Make ``ws`` look enrolled with the scope ``regions`` (None: scope not known yet)."""
    values = {sync_state.SERVER_URL: "http://127.0.0.1:9", sync_state.TOKEN: "t"}
    if regions is not None:
        values[sync_state.REGIONS] = json.dumps(regions)
    sync_state.set_values(ws.db, values)


def incident(ws: services.Workspace, *, final: bool = True, **overrides) -> records.Record:
    return services.save_record(ws, "incident", incident_data(**overrides), final=final).record


def refused_with(error: UsageError) -> str:
    return error.params["detail_code"]


# ----------------------------------------------------------------------------- role


def test_role_follows_the_scope_the_server_gave(ws) -> None:
    assert (desk.role(ws), desk.is_secretariat(ws)) == ("", False)
    enrolled(ws, None)
    assert desk.role(ws) == desk.FOCAL_POINT  # the least it may be until the scope is known
    enrolled(ws, ["gao", "mopti"])
    assert desk.role(ws) == desk.FOCAL_POINT
    enrolled(ws, ["*"])
    assert (desk.role(ws), desk.is_secretariat(ws)) == (desk.SECRETARIAT, True)


# ----------------------------------------------------------------------------- reviews


def test_the_secretariat_sets_a_status_at_once_and_it_waits_to_be_sent(ws) -> None:
    enrolled(ws, ["*"])
    record = incident(ws)
    entry = desk.add_review(ws, record.id, status="besoin_informations", comment="Quelle source ?")
    assert (entry.status, entry.comment, entry.role, entry.pending) == (
        "besoin_informations",
        "Quelle source ?",
        desk.SECRETARIAT,
        True,
    )
    assert services.get_record(ws, record.id).review_status == "besoin_informations"
    assert desk.review_thread(ws, record.id) == [entry]
    assert review_store.count_unsent(ws.db) == 1


def test_a_focal_point_may_comment_but_not_set_a_status(ws) -> None:
    enrolled(ws, ["gao"])
    record = incident(ws)
    with pytest.raises(UsageError) as refused:
        desk.add_review(ws, record.id, status="verifie")
    assert refused_with(refused.value) == "review_forbidden"
    assert "secrétariat" in error_detail(refused.value)
    assert desk.review_thread(ws, record.id) == []
    entry = desk.add_review(ws, record.id, comment="Source : le chef de village.")
    assert (entry.status, entry.role) == (None, desk.FOCAL_POINT)
    assert services.get_record(ws, record.id).review_status == ""


@pytest.mark.parametrize(
    ("status", "comment", "code"),
    [
        (None, "", "review_empty"),
        (None, "   \n", "review_empty"),
        ("approuve", "", "review_status_unknown"),
        (None, "x" * (MAX_COMMENT_LENGTH + 1), "comment_too_long"),
    ],
)
def test_bad_reviews_are_refused_with_a_french_sentence(ws, status, comment, code) -> None:
    enrolled(ws, ["*"])
    record = incident(ws)
    with pytest.raises(UsageError) as refused:
        desk.add_review(ws, record.id, status=status, comment=comment)
    assert refused_with(refused.value) == code
    assert error_detail(refused.value) != message("error")
    assert "{" not in error_detail(refused.value)
    assert desk.review_thread(ws, record.id) == []


def test_a_review_of_an_unknown_record_is_not_found(ws) -> None:
    enrolled(ws, ["*"])
    with pytest.raises(NotFound):
        desk.add_review(ws, "0b0c6a7e-1f7e-4c31-9a55-8f3c1f0e9a11", comment="?")


def test_awaiting_review_lists_final_incidents_not_settled(ws) -> None:
    enrolled(ws, ["*"])
    waiting = incident(ws, titre="Reçu, pas encore vu")
    asked = incident(ws, titre="On attend une réponse")
    verified = incident(ws, titre="Vérifié")
    rejected = incident(ws, titre="Rejeté")
    incident(ws, final=False, titre="Brouillon")
    services.save_record(ws, "activite", activity_data(), final=True)
    desk.add_review(ws, asked.id, status="besoin_informations")
    desk.add_review(ws, verified.id, status="verifie")
    desk.add_review(ws, rejected.id, status="rejete")
    assert {r.id for r in desk.awaiting_review(ws)} == {waiting.id, asked.id}


# ----------------------------------------------------------------------------- pulls


def server_review(record_id: str, seq: int, status: str | None, **more) -> dict:
    return {
        "id": more.pop("id", f"00000000-0000-4000-8000-{seq:012d}"),
        "record_id": record_id,
        "status": status,
        "comment": more.pop("comment", ""),
        "author": "secretariat",
        "role": "secretariat",
        "created_at": "2023-06-01T10:00:00+00:00",
        "seq": seq,
    }


def server_copy(record_id: str, seq: int) -> dict:
    return {
        "id": record_id,
        "form_id": "incident",
        "form_version": 1,
        "region": "gao",
        "status": "final",
        "data": incident_data(),
        "deleted": False,
        "version": 1,
        "seq": seq,
        "author": "pf-gao",
        "updated_at": "2023-06-01T10:00:00+00:00",
    }


def test_a_pulled_thread_sets_the_status_with_the_page_and_cursor(ws) -> None:
    record_id = "5d1b1a52-9a4c-4d4e-8f0a-3c2b1a0f9e8d"
    sync_state.apply_pull_page(
        ws.db,
        [server_copy(record_id, 1)],
        [],
        3,
        reviews=[
            server_review(record_id, 2, "en_verification"),
            server_review(record_id, 3, None, comment="Merci"),
        ],
    )
    assert services.get_record(ws, record_id).review_status == "en_verification"
    thread = desk.review_thread(ws, record_id)
    assert [(e.status, e.comment, e.pending) for e in thread] == [
        ("en_verification", "", False),
        (None, "Merci", False),
    ]
    assert sync_state.get_value(ws.db, sync_state.CURSOR) == "3"


def test_a_record_arriving_after_its_thread_takes_its_status(ws) -> None:
    record_id = "5d1b1a52-9a4c-4d4e-8f0a-3c2b1a0f9e8d"
    sync_state.apply_pull_page(ws.db, [], [], 5, reviews=[server_review(record_id, 5, "verifie")])
    sync_state.apply_pull_page(ws.db, [server_copy(record_id, 6)], [], 6)
    assert services.get_record(ws, record_id).review_status == "verifie"


def test_an_entry_sent_back_by_the_server_replaces_the_waiting_copy(ws) -> None:
    enrolled(ws, ["*"])
    record = incident(ws)
    entry = desk.add_review(ws, record.id, status="verifie")
    sync_state.apply_pull_page(
        ws.db, [], [], 9, reviews=[server_review(record.id, 9, "verifie", id=entry.id)]
    )
    (stored,) = desk.review_thread(ws, record.id)
    assert (stored.id, stored.pending) == (entry.id, False)
    assert review_store.count_unsent(ws.db) == 0


# ----------------------------------------------------------------------------- conflicts


def conflict_on(ws: services.Workspace, record: records.Record, conflict_id: int = 7, **data):
    other = {**record.data, **data}
    conflict_store.apply_server_conflicts(
        ws.db,
        [
            {
                "conflict_id": conflict_id,
                "record_id": record.id,
                "code": "stale_base_version",
                "data": other,
                "deleted": False,
                "seq": 12,
                "created_at": "2023-06-02T08:00:00+00:00",
            }
        ],
    )
    return conflict_id


def test_conflict_fields_are_side_by_side_with_the_form_labels(ws) -> None:
    record = incident(ws)
    conflict_id = conflict_on(ws, record, morts=4, titre="Attaque du poste de Tassiga")
    fields = {f.field: f for f in desk.conflict_fields(ws, conflict_id)}
    assert fields["titre"].label == "Titre court"
    assert fields["titre"].current == "Attaque d'un poste de contrôle"
    assert fields["titre"].other == "Attaque du poste de Tassiga"
    assert fields["morts"].differs
    assert fields["titre"].differs
    assert not fields["blesses"].differs
    assert desk.conflict_fields(ws, conflict_id, lang="en")[0].label == "Short title"
    order = [f.field for f in desk.conflict_fields(ws, conflict_id)]
    assert order.index("titre") < order.index("date_incident") < order.index("morts")


def test_resolving_a_conflict_saves_an_edit_and_waits_to_tell_the_server(ws) -> None:
    record = incident(ws)
    sync_state.apply_push_answer(
        ws.db,
        sync_state.PendingBatch("b", {record.id: record.local_rev}),
        acks=[(record.id, 2)],
        conflicts=[],
        rejected=[],
    )
    conflict_id = conflict_on(ws, record, morts=4, blesses=9)
    result = desk.resolve_conflict(
        ws, conflict_id, {"morts": "other", "blesses": "current"}, {"heure": "06:15"}
    )
    saved = services.get_record(ws, record.id)
    assert (saved.data["morts"], saved.data["blesses"], saved.data["heure"]) == (4, 2, "06:15")
    assert (saved.dirty, saved.base_version, result.record.id) == (True, 2, record.id)
    assert services.list_conflicts(ws) == []
    stored = conflict_store.get(ws.db, conflict_id)
    assert (stored.resolved, stored.resolution_sent) == (True, False)
    assert conflict_store.unsent_resolutions(ws.db) == []  # the edit goes first
    with pytest.raises(UsageError) as again:
        desk.resolve_conflict(ws, conflict_id, {})
    assert refused_with(again.value) == "conflict_already_resolved"
    assert services.get_record(ws, record.id).local_rev == saved.local_rev  # nothing changed


def test_a_bad_choice_or_an_invalid_result_changes_nothing(ws) -> None:
    record = incident(ws)
    conflict_id = conflict_on(ws, record, morts=4)
    with pytest.raises(UsageError) as refused:
        desk.resolve_conflict(ws, conflict_id, {"morts": "mine"})
    assert refused_with(refused.value) == "conflict_choice_invalid"
    with pytest.raises(ValidationFailed):
        desk.resolve_conflict(ws, conflict_id, {}, {"titre": ""})
    assert services.get_record(ws, record.id).local_rev == record.local_rev
    assert not conflict_store.get(ws.db, conflict_id).resolved
    with pytest.raises(NotFound):
        desk.conflict_fields(ws, 999)


def test_an_old_unresolved_copy_never_undoes_a_resolution_made_here(ws) -> None:
    record = incident(ws)
    conflict_id = conflict_on(ws, record, morts=4)
    desk.resolve_conflict(ws, conflict_id, {"morts": "other"})
    conflict_on(ws, record, morts=4)  # a full pull sends the old state again
    assert conflict_store.get(ws.db, conflict_id).resolved
    conflict_store.apply_server_conflicts(
        ws.db,
        [
            {
                "conflict_id": conflict_id,
                "record_id": record.id,
                "code": "stale_base_version",
                "data": {},
                "deleted": False,
                "seq": 30,
                "created_at": "2023-06-02T08:00:00+00:00",
                "resolved": True,
                "resolved_by": "secretariat",
                "resolved_at": "2023-06-03T09:00:00+00:00",
            }
        ],
    )
    stored = conflict_store.get(ws.db, conflict_id)
    assert (stored.resolved_by, stored.resolution_sent) == ("secretariat", True)


# ----------------------------------------------------------------------------- dashboard


def device(name: str, last_sync_at: str | None, **more) -> desk.DeviceRow:
    return desk.DeviceRow(
        name=name,
        role=more.get("role", "focal_point"),
        regions=["gao"],
        created_at=more.get("created_at", "2023-01-01T00:00:00+00:00"),
        revoked_at=more.get("revoked_at"),
        last_seen_at=None,
        last_sync_at=last_sync_at,
        waiting=None,
        app_version="",
    )


def test_stale_devices_are_those_silent_for_more_than_seven_days() -> None:
    today = date(2023, 6, 10)
    rows = [
        device("recent", "2023-06-09T18:00:00+00:00"),
        device("seven-days", "2023-06-03T08:00:00+00:00"),
        device("eight-days", "2023-06-02T08:00:00+00:00"),
        device("never", None),
        device("never-but-new", None, created_at="2023-06-08T08:00:00+00:00"),
        device("revoked", None, revoked_at="2023-02-01T00:00:00+00:00"),
    ]
    assert [d.name for d in desk.stale_devices(rows, today=today)] == ["never", "eight-days"]


def test_the_dashboard_counts_verified_incidents_per_region(ws) -> None:
    enrolled(ws, ["*"])
    checked = incident(ws, morts=3, blesses=0)
    incident(ws, morts=10)  # not verified: not counted
    mopti = incident(ws, lieu={"region": "mopti", "cercle": "mopti"}, morts=1, blesses=0)
    old = incident(ws, date_incident="2023-05-02", morts=2, blesses=0)  # same month only
    for record in (checked, mopti, old):
        desk.add_review(ws, record.id, status="verifie")
    sync_state.store_devices(
        ws.db,
        [
            {
                "name": "pf-gao",
                "role": "focal_point",
                "regions": ["gao"],
                "created_at": "2023-01-01T00:00:00+00:00",
                "last_sync_at": "2023-05-01T00:00:00+00:00",
            }
        ],
        "2023-05-27T10:00:00+00:00",
    )
    board = desk.desk_dashboard(ws, today=date(2023, 5, 27))
    assert (board.week.label, board.month.label) == ("2023-W21", "2023-05")
    by_region = {code: (week, month) for code, week, month in board.regions}
    assert (by_region["gao"][0].incidents, by_region["gao"][0].deaths) == (1, 3)
    assert (by_region["gao"][1].incidents, by_region["gao"][1].deaths) == (2, 5)
    assert by_region["mopti"][0].incidents == 1
    assert by_region["tombouctou"][1].incidents == 0  # every region is listed
    assert len(board.awaiting) == 1
    assert [d.name for d in board.stale_devices] == ["pf-gao"]
    assert board.devices_fetched_at == "2023-05-27T10:00:00+00:00"


# ----------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    "code",
    [
        "sync_forbidden",
        "review_forbidden",
        "review_status_unknown",
        "review_empty",
        "comment_too_long",
        "conflict_already_resolved",
        "conflict_not_found",
        "conflict_choice_invalid",
        "record_not_found",
        "secretariat_only",
        "device_not_found",
        "form_version_not_newer_remote",
    ],
)
def test_every_desk_code_has_a_french_and_an_english_sentence(code) -> None:
    assert set(MESSAGES[code]) == {"fr", "en"}
