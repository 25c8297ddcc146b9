"""The secretariat's desk end to end: one secretariat laptop and focal-point laptops (Gao,
Mopti) with real SQLite files, syncing through the real server on 127.0.0.1."""

from __future__ import annotations

import io
import json
import struct
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import segno
import sqlalchemy as sa

from focalpoint import desk, services
from focalpoint.domain.errors import SyncError, UsageError
from focalpoint.domain.messages import error_detail
from focalpoint.server.storage.schema import devices
from focalpoint.store import conflicts as conflict_store
from focalpoint.store import records, sync_state
from focalpoint.store.datadir import DataDir
from focalpoint.sync.protocol import WireReview
from tests.server.test_definitions import incident_form

MOPTI_PLACE = {"region": "mopti", "cercle": "mopti"}


@pytest.fixture
def desk_laptops(laptops):
    """The secretariat in Bamako, a focal point in Gao and one in Mopti."""
    return (
        laptops("secretariat", ["*"], "secretariat"),
        laptops("gao-1", ["gao"]),
        laptops("mopti-1", ["mopti"]),
    )


def thread_of(laptop, record_id: str) -> list[tuple]:
    return [
        (e.status, e.comment, e.author, e.role, e.pending, e.error)
        for e in desk.review_thread(laptop.ws, record_id)
    ]


def review_count(laptop) -> int:
    return laptop.ws.db.execute("select count(*) from reviews").fetchone()[0]


# ----------------------------------------------------------------------------- reviews


def test_a_status_and_a_comment_go_down_to_the_focal_point_and_back(desk_laptops) -> None:
    bamako, gao, mopti = desk_laptops
    assert (desk.role(bamako.ws), desk.role(gao.ws)) == ("secretariat", "focal_point")
    record_id = gao.add()
    gao.sync()
    bamako.sync()
    assert [r.id for r in desk.awaiting_review(bamako.ws)] == [record_id]

    desk.add_review(
        bamako.ws, record_id, status="besoin_informations", comment="Combien de blessés ?"
    )
    report = bamako.sync()
    assert (report.reviews_sent, report.reviews_refused) == (1, 0)
    assert not desk.review_thread(bamako.ws, record_id)[0].pending

    gao.sync()
    assert services.get_record(gao.ws, record_id).review_status == "besoin_informations"
    assert thread_of(gao, record_id) == [
        ("besoin_informations", "Combien de blessés ?", "secretariat", "secretariat", False, "")
    ]
    mopti.sync()
    assert review_count(mopti) == 0

    desk.add_review(gao.ws, record_id, comment="Deux blessés, confirmé par l'infirmier.")
    assert gao.sync().reviews_sent == 1
    bamako.sync()
    assert thread_of(bamako, record_id)[-1] == (
        None,
        "Deux blessés, confirmé par l'infirmier.",
        "gao-1",
        "focal_point",
        False,
        "",
    )
    assert services.get_record(bamako.ws, record_id).review_status == "besoin_informations"
    mopti.sync()
    assert review_count(mopti) == 0
    assert gao.sync().requests == 1  # a focal point's empty sync stays one request

    desk.add_review(bamako.ws, record_id, status="verifie")
    bamako.sync()
    gao.sync()
    assert services.get_record(gao.ws, record_id).review_status == "verifie"
    assert desk.awaiting_review(bamako.ws) == []


def test_a_correction_after_needs_information_is_a_new_version_in_history(desk_laptops) -> None:
    bamako, gao, _mopti = desk_laptops
    record_id = gao.add()
    gao.sync()
    bamako.sync()
    desk.add_review(bamako.ws, record_id, status="besoin_informations", comment="Blessés ?")
    bamako.sync()
    gao.sync()

    gao.edit(record_id, blesses=5, description="Cinq blessés évacués vers Gao.")
    assert gao.sync().pushed == 1
    bamako.sync()
    assert services.get_record(bamako.ws, record_id).data["blesses"] == 5

    versions, thread = desk.record_history(bamako.ws, record_id)
    assert [(v.version, v.kind, v.device) for v in versions] == [
        (1, "write", "gao-1"),
        (2, "write", "gao-1"),
    ]
    assert {c.field for c in versions[0].changes} >= {"titre", "morts", "blesses"}
    assert {(c.field, c.before, c.after) for c in versions[1].changes} == {
        (
            "description",
            "Des hommes armés ont attaqué le poste de contrôle à l'aube.",
            "Cinq blessés évacués vers Gao.",
        ),
        ("blesses", 2, 5),
    }
    assert all(v.changed_at for v in versions)
    assert [(e.status, e.comment, e.author) for e in thread] == [
        ("besoin_informations", "Blessés ?", "secretariat")
    ]
    # the focal point reads its own record's history too
    gao_versions, _ = desk.record_history(gao.ws, record_id)
    assert [v.version for v in gao_versions] == [1, 2]


def test_a_focal_point_cannot_set_a_status_nor_use_the_secretariat_calls(
    desk_laptops, live_server
) -> None:
    _bamako, gao, _mopti = desk_laptops
    record_id = gao.add()
    gao.sync()
    with pytest.raises(UsageError) as refused:
        desk.add_review(gao.ws, record_id, status="verifie")
    assert refused.value.params["detail_code"] == "review_forbidden"

    review = WireReview(id=str(uuid.uuid4()), record_id=record_id, status="verifie")
    with pytest.raises(SyncError) as forbidden:
        gao.client.post_review(review)
    assert (forbidden.value.kind, forbidden.value.params["code_detail"]) == (
        "forbidden",
        "secretariat_only",
    )
    for call in (gao.client.audit, gao.client.list_devices):
        with pytest.raises(SyncError) as caught:
            call()
        assert (caught.value.kind, caught.value.params["status"]) == ("forbidden", 403)
    with pytest.raises(SyncError) as caught:
        desk.list_devices(gao.ws)
    assert caught.value.code == "sync_forbidden"
    assert gao.sync().requests == 1  # nothing was queued, nothing is blocked


def test_a_comment_on_a_record_out_of_scope_is_kept_with_its_error(desk_laptops) -> None:
    bamako, gao, _mopti = desk_laptops
    gao_record = gao.add()
    gao.sync()
    desk.add_review(gao.ws, gao_record, comment="Précision : c'était à Tassiga.")
    desk.reassign_device(bamako.ws, "gao-1", ["Mopti"])  # before gao-1 sends its comment
    mopti_record = gao.add(lieu=MOPTI_PLACE, titre="Incident à Mopti")
    desk.add_review(gao.ws, mopti_record, comment="Source : la radio locale.")

    report = gao.sync()
    assert (report.pushed, report.reviews_sent, report.reviews_refused) == (1, 1, 1)
    refused = desk.review_thread(gao.ws, gao_record)
    assert [(e.comment, e.pending, e.error) for e in refused] == [
        ("Précision : c'était à Tassiga.", True, "record_not_found")
    ]
    assert [e.pending for e in desk.review_thread(gao.ws, mopti_record)] == [False]
    assert gao.sync().requests == 1  # the refused comment is not sent again
    bamako.sync()
    assert [e.comment for e in desk.review_thread(bamako.ws, gao_record)] == []
    assert [e.comment for e in desk.review_thread(bamako.ws, mopti_record)] == [
        "Source : la radio locale."
    ]


# ----------------------------------------------------------------------------- laptops


def test_a_reassigned_laptop_receives_its_new_scope_in_full(desk_laptops, laptops) -> None:
    bamako, gao, mopti = desk_laptops
    other_gao = laptops("gao-2", ["gao"])
    gao_ids = {other_gao.add(), other_gao.add(titre="Vol de bétail")}
    mopti_ids = {mopti.add(lieu=MOPTI_PLACE), mopti.add(lieu=MOPTI_PLACE, titre="Enlèvement")}
    other_gao.sync()
    mopti.sync()
    gao.sync()
    assert gao.ids() == gao_ids

    row = desk.reassign_device(bamako.ws, "gao-1", ["Mopti", "tombouctou"])
    assert (row.name, row.regions) == ("gao-1", ["mopti", "tombouctou"])
    gao.sync()
    assert gao.ids() == mopti_ids
    assert sync_state.get_regions(gao.ws.db) == ["mopti", "tombouctou"]
    with pytest.raises(UsageError) as unknown:
        desk.reassign_device(bamako.ws, "personne", ["gao"])
    assert unknown.value.params["detail_code"] == "device_not_found"
    with pytest.raises(UsageError) as bad_region:
        desk.reassign_device(bamako.ws, "gao-1", ["Atlantide"])
    assert bad_region.value.params["detail_code"] == "region_code_invalid"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_an_enrolled_laptop_gets_a_working_token_and_qr_code(
    desk_laptops, live_server, tmp_path
) -> None:
    bamako, _gao, _mopti = desk_laptops
    enrolment = desk.enrol_device(bamako.ws, "pf-tombouctou", "focal_point", ["Tombouctou"])
    assert (enrolment.device.name, enrolment.device.regions) == ("pf-tombouctou", ["tombouctou"])
    assert enrolment.server_url == live_server.url
    width, height = png_size(enrolment.qr_png)
    assert width == height
    assert width >= 200
    expected = io.BytesIO()
    segno.make(desk.qr_text(live_server.url, enrolment.token), error="m").save(
        expected, kind="png", scale=8
    )
    assert enrolment.qr_png == expected.getvalue()  # the code holds the address and token

    newcomer = services.open_workspace(DataDir(tmp_path / "pf-tombouctou"))
    try:
        device = services.enroll(newcomer, live_server.url, enrolment.token)
        assert device["regions"] == ["tombouctou"]
        assert desk.role(newcomer) == "focal_point"
        services.run_sync(newcomer)
        with pytest.raises(UsageError) as taken:
            desk.enrol_device(bamako.ws, "pf-tombouctou", "focal_point", ["gao"])
        assert taken.value.params["detail_code"] == "device_exists"
        assert "existe déjà" in error_detail(taken.value)

        revoked = desk.revoke_device(bamako.ws, "pf-tombouctou")
        assert revoked.revoked_at
        with pytest.raises(SyncError) as refused:
            services.run_sync(newcomer)
        assert refused.value.kind == "auth"
    finally:
        newcomer.close()


def test_the_dashboard_lists_laptops_silent_for_more_than_seven_days(
    desk_laptops, live_server
) -> None:
    bamako, gao, mopti = desk_laptops
    gao.add()
    gao.sync()
    mopti.sync()
    long_ago = (datetime.now(UTC) - timedelta(days=10)).isoformat(timespec="seconds")
    with live_server.engine.begin() as conn:
        conn.execute(
            sa.update(devices).where(devices.c.name == "gao-1").values(last_sync_at=long_ago)
        )
    bamako.sync()  # a secretariat's sync refreshes its device list
    listed, fetched_at = desk.cached_devices(bamako.ws)
    assert fetched_at
    by_name = {d.name: d for d in listed}
    assert by_name["mopti-1"].app_version == "0.1.0"
    assert by_name["mopti-1"].waiting == 0
    board = desk.desk_dashboard(bamako.ws, today=date.today())
    assert [d.name for d in board.stale_devices] == ["gao-1"]
    assert board.devices_fetched_at == fetched_at
    assert len(board.awaiting) == 1
    assert {d.name for d in desk.list_devices(bamako.ws)} == {"secretariat", "gao-1", "mopti-1"}


# ----------------------------------------------------------------------------- forms


def test_a_published_form_version_is_used_while_old_records_keep_theirs(
    desk_laptops, tmp_path
) -> None:
    bamako, gao, _mopti = desk_laptops
    old_id = gao.add()
    gao.sync()
    path = tmp_path / "incident-v2.json"
    path.write_text(json.dumps(incident_form(2), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SyncError) as forbidden:
        desk.publish_form(gao.ws, path)
    assert forbidden.value.kind == "forbidden"

    assert desk.publish_form(bamako.ws, path) == (2, "incident", [])
    with pytest.raises(UsageError) as again:
        desk.publish_form(bamako.ws, path)
    assert again.value.params["detail_code"] == "form_version_not_newer_remote"

    gao.sync()
    services.reload_definitions(gao.ws)
    assert gao.ws.forms["incident"].version == 2
    new_id = gao.add(temoin_principal="Le chef de village")
    assert services.get_record(gao.ws, new_id).form_version == 2
    old = services.get_record(gao.ws, old_id)
    assert services.form_of(gao.ws, old).version == 1
    gao.edit(old_id, morts=4)  # no v2 field is asked of a v1 record
    edited = services.get_record(gao.ws, old_id)
    assert (edited.form_version, edited.data["morts"]) == (1, 4)
    assert gao.sync().pushed == 2
    bamako.sync()
    assert services.get_record(bamako.ws, old_id).form_version == 1
    assert services.get_record(bamako.ws, new_id).form_version == 2


# ----------------------------------------------------------------------------- conflicts


def test_a_conflict_resolved_at_the_secretariat_disappears_everywhere(
    desk_laptops, laptops, live_server
) -> None:
    bamako, gao, _mopti = desk_laptops
    other = laptops("gao-2", ["gao"])
    record_id = gao.add()
    gao.sync()
    other.sync()
    gao.edit(record_id, morts=4)
    other.edit(record_id, morts=7, blesses=1)
    gao.sync()
    assert other.sync().conflicts == 1
    bamako.sync()
    (conflict,) = services.list_conflicts(bamako.ws)
    fields = {f.field: f for f in desk.conflict_fields(bamako.ws, conflict.conflict_id)}
    assert (fields["morts"].current, fields["morts"].other, fields["morts"].differs) == (4, 7, True)
    assert fields["morts"].label == "Nombre de morts"

    desk.resolve_conflict(bamako.ws, conflict.conflict_id, {"morts": "other"}, {"blesses": 3})
    report = bamako.sync()
    assert (report.pushed, report.resolutions_sent) == (1, 1)
    stored = conflict_store.get(bamako.ws.db, conflict.conflict_id)
    assert (stored.resolved, stored.resolution_sent, stored.resolved_by) == (
        True,
        True,
        "secretariat",
    )
    for laptop in (gao, other):
        laptop.sync()
        assert services.list_conflicts(laptop.ws) == []
        data = services.get_record(laptop.ws, record_id).data
        assert (data["morts"], data["blesses"]) == (7, 3)

    with pytest.raises(UsageError) as twice:
        desk.resolve_conflict(bamako.ws, conflict.conflict_id, {})
    assert twice.value.params["detail_code"] == "conflict_already_resolved"
    with pytest.raises(SyncError) as remote:
        bamako.client.resolve_conflict(conflict.conflict_id)
    assert (remote.value.params["status"], remote.value.params["code_detail"]) == (
        409,
        "conflict_already_resolved",
    )
    versions, _thread = desk.record_history(bamako.ws, record_id)
    assert [v.kind for v in versions].count("conflict") == 1
    assert [v.device for v in versions if v.kind == "write"][-1] == "secretariat"


def test_a_resolution_made_twice_loses_nothing(desk_laptops, laptops) -> None:
    bamako, gao, _mopti = desk_laptops
    other = laptops("gao-2", ["gao"])
    record_id = gao.add()
    gao.sync()
    other.sync()
    gao.edit(record_id, morts=4)
    other.edit(record_id, morts=7)
    gao.sync()
    other.sync()
    bamako.sync()
    gao.sync()  # gao-1 sees the conflict on its own record too
    (at_bamako,) = services.list_conflicts(bamako.ws)
    (at_gao,) = services.list_conflicts(gao.ws)
    assert at_bamako.conflict_id == at_gao.conflict_id

    desk.resolve_conflict(bamako.ws, at_bamako.conflict_id, {"morts": "other"})
    bamako.sync()
    # gao-1 resolves it too, before it hears of the secretariat's resolution
    desk.resolve_conflict(gao.ws, at_gao.conflict_id, {}, {"morts": 5})
    report = gao.sync()
    assert report.resolutions_sent == 0  # the server said: already resolved
    assert conflict_store.count_unsent_resolutions(gao.ws.db) == 0
    bamako.sync()
    # gao-1's figure was not overwritten without a trace: it is a new conflict to look at
    remaining = services.list_conflicts(bamako.ws)
    assert [c.other.get("morts") for c in remaining] == [5]
    assert records.get_record(bamako.ws.db, record_id).data["morts"] == 7


def test_a_secretariat_sync_with_nothing_to_do_is_the_pull_and_the_device_list(
    desk_laptops,
) -> None:
    bamako, _gao, _mopti = desk_laptops
    bamako.sync()
    report = bamako.sync()
    assert (report.requests, report.pushed, report.pulled) == (2, 0, 0)
