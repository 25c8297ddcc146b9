"""`focalpoint demo` fills an empty data folder once, with records that pass their forms."""

from __future__ import annotations

from collections import Counter

from focalpoint import services


def test_demo_fills_an_empty_folder_once(ws) -> None:
    first = services.load_demo(ws)
    assert (first.activities, first.incidents, first.existing) == (150, 600, 0)
    again = services.load_demo(ws)
    assert (again.activities, again.incidents, again.existing) == (0, 0, 750)


def test_demo_records_are_located_dated_and_titled(ws) -> None:
    services.load_demo(ws)
    rows = list(services.list_records(ws))
    assert all(r.region and r.record_date.startswith("2023-") and r.title for r in rows)
    regions = Counter(r.region for r in rows)
    assert regions.most_common(1)[0][0] in {"gao", "mopti", "tombouctou"}


def test_demo_is_the_same_in_two_folders(tmp_path) -> None:
    from focalpoint.store.datadir import DataDir

    ids = []
    for name in ("a", "b"):
        ws = services.open_workspace(DataDir(tmp_path / name))
        services.load_demo(ws)
        ids.append(sorted(r.id for r in services.list_records(ws)))
        ws.close()
    assert ids[0] == ids[1]


def test_demo_incidents_arrive_with_the_secretariats_review(ws) -> None:
    from focalpoint.store import reviews

    services.load_demo(ws)
    incidents = [r for r in services.list_records(ws, form_id="incident") if r.status == "final"]
    statuses = Counter(r.review_status for r in incidents)
    assert statuses["verifie"] / len(incidents) >= 0.8
    assert {"en_verification", "besoin_informations", "rejete", ""} <= set(statuses)
    asked = next(r for r in incidents if r.review_status == "besoin_informations")
    thread = reviews.thread(ws.db, asked.id)
    assert [e.status for e in thread] == ["en_verification", "besoin_informations"]
    assert thread[-1].comment
    assert all(e.sent and e.seq and e.author == "Secrétariat national" for e in thread)
    assert reviews.count_unsent(ws.db) == 0  # as if they came from the server
    activities = services.list_records(ws, form_id="activite")
    assert all(r.review_status == "" for r in activities)


def test_demo_reports_of_verified_incidents_are_not_empty(ws) -> None:
    services.load_demo(ws)
    for period in ("2023-W22", "2023-05", "2023-12"):
        report = services.incident_report(ws, period)
        assert not report.is_empty, period
        every = services.incident_report(ws, period, include_unverified=True)
        assert every.totals.incidents == report.totals.incidents + report.unverified
    board = services.dashboard(ws)
    assert board.month.period.label == "2023-12"
    assert board.month.incidents.totals.incidents > 0
    assert board.awaiting_verification > 0  # December's recent incidents wait
