"""Published reports count only the incidents the secretariat verified, unless asked: the
services' default (weekly, monthly, quarterly, every format, the dashboard), and the option that
includes the others, marked. Reviews arrive as the server sends them down (store.reviews)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from focalpoint import services
from focalpoint.store import reviews
from tests.conftest import activity_data, incident_data
from tests.reports.pdf_helpers import page_texts, squash

WEEK = "2023-W21"  # 22–28 May 2023
SEQ = iter(range(1, 10_000))


def save_incident(ws: services.Workspace, title: str, day: str, dead: int) -> str:
    data = incident_data(titre=title, date_incident=day, morts=dead, blesses=0)
    return services.save_record(ws, "incident", data, final=True).record.id


def review(ws: services.Workspace, record_id: str, status: str, comment: str = "") -> None:
    """A review entry as a pull from the server stores it."""
    n = next(SEQ)
    reviews.apply_server_reviews(
        ws.db,
        [
            {
                "id": f"rev-{n}",
                "record_id": record_id,
                "status": status,
                "comment": comment,
                "author": "Secrétariat national",
                "role": "secretariat",
                "created_at": f"2023-05-29T09:{n % 60:02d}:00.000+00:00",
                "seq": n,
            }
        ],
    )


@pytest.fixture
def reviewed(ws: services.Workspace) -> dict[str, Any]:
    """One week of incidents: two verified, one being checked (major), one waiting for
    information, one rejected, one never reviewed; an activity the same week."""
    ids = {
        "verified_major": save_incident(ws, "Attaque vérifiée de Ansongo", "2023-05-22", 7),
        "verified": save_incident(ws, "Vol de bétail vérifié", "2023-05-23", 1),
        "checking": save_incident(ws, "Attaque en vérification à Ménaka", "2023-05-24", 9),
        "needs_info": save_incident(ws, "Enlèvement à préciser", "2023-05-25", 2),
        "rejected": save_incident(ws, "Doublon rejeté", "2023-05-26", 3),
        "new": save_incident(ws, "Incident tout juste saisi", "2023-05-27", 4),
    }
    for key in ("verified_major", "verified", "checking", "needs_info", "rejected"):
        review(ws, ids[key], "en_verification")
    review(ws, ids["verified_major"], "verifie")
    review(ws, ids["verified"], "verifie")
    review(ws, ids["needs_info"], "besoin_informations", "Merci de préciser le bilan.")
    review(ws, ids["rejected"], "rejete", "Doublon.")
    services.save_record(ws, "activite", activity_data(date_debut="2023-05-22"), final=True)
    return ids


def test_reports_count_only_verified_incidents_by_default(ws, reviewed) -> None:
    report = services.incident_report(ws, WEEK)
    assert report.totals.incidents == 2  # 6 if every final incident counted
    assert report.totals.deaths == 8
    assert [m.title for m in report.major] == ["Attaque vérifiée de Ansongo"]
    assert (report.include_unverified, report.unverified, report.awaiting) == (False, 4, 3)
    month = services.incident_report(ws, "2023-05")
    assert month.totals.incidents == 2
    quarter = services.quarterly_report(ws, "2023-Q2")
    assert quarter.incidents.totals.incidents == 2
    assert quarter.sessions == 1  # activities are not reviewed: the activity counts


def test_the_option_includes_the_others_marked(ws, reviewed) -> None:
    report = services.incident_report(ws, WEEK, include_unverified=True)
    assert report.totals.incidents == 6
    assert report.totals.deaths == 26
    assert [(m.title, m.review_status) for m in report.major] == [
        ("Attaque vérifiée de Ansongo", "verifie"),
        ("Attaque en vérification à Ménaka", "en_verification"),
    ]
    quarter = services.quarterly_report(ws, "2023-Q2", include_unverified=True)
    assert quarter.incidents == services.incident_report(ws, "2023-Q2", include_unverified=True)
    assert quarter.sessions == 1


def test_a_verification_changes_the_report(ws, reviewed) -> None:
    review(ws, reviewed["checking"], "verifie")
    report = services.incident_report(ws, WEEK)
    assert report.totals.incidents == 3
    assert [m.title for m in report.major][-1] == "Attaque en vérification à Ménaka"
    assert report.unverified == 3


def test_the_weekly_pdf_says_what_it_counts(ws, reviewed, tmp_path) -> None:
    out = tmp_path / "semaine.pdf"
    result = services.write_report(ws, "weekly", out, period=WEEK)
    assert (result.unverified, result.include_unverified, result.empty) == (4, False, False)
    text = squash(" ".join(page_texts(out)))
    assert (
        "Seuls les incidents vérifiés par le secrétariat sont comptés ; 4 incidents non "
        "vérifiés de la période n'y figurent pas." in text
    )
    assert "2 incidents ont été rapportés, faisant 8 morts" in text
    assert "Attaque en vérification à Ménaka" not in text

    out_all = tmp_path / "semaine-tout.pdf"
    result = services.write_report(ws, "weekly", out_all, period=WEEK, include_unverified=True)
    assert (result.unverified, result.include_unverified) == (4, True)
    text = squash(" ".join(page_texts(out_all)))
    assert "Inclut 4 incidents non vérifiés par le secrétariat" in text
    assert "6 incidents ont été rapportés, faisant 26 morts" in text
    assert "Attaque en vérification à Ménaka non vérifié (en vérification)" in text
    assert "Attaque vérifiée de Ansongo non vérifié" not in text


def test_json_and_csv_exports_carry_the_flag(ws, reviewed, tmp_path) -> None:
    out = tmp_path / "mois.json"
    services.write_report(ws, "monthly", out, period="2023-05")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (doc["include_unverified"], doc["unverified"], doc["totals"]["incidents"]) == (
        False,
        4,
        2,
    )
    services.write_report(ws, "monthly", out, period="2023-05", include_unverified=True)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (doc["include_unverified"], doc["totals"]["incidents"]) == (True, 6)
    assert [m["verification"] for m in doc["major"]] == ["verifie", "en_verification"]
    csv_out = tmp_path / "trimestre.csv"
    services.write_report(ws, "quarterly", csv_out, period="2023-Q2", include_unverified=True)
    text = csv_out.read_text(encoding="utf-8-sig")
    assert "Incidents non vérifiés inclus;oui" in text
    assert ";En vérification;" in text


def test_a_week_of_unverified_incidents_only_is_empty_by_default(ws, tmp_path) -> None:
    save_incident(ws, "Incident en attente", "2023-06-01", 1)
    out = tmp_path / "vide.pdf"
    result = services.write_report(ws, "weekly", out, period="2023-W22")
    assert result.empty
    assert result.unverified == 1
    assert "aucun incident vérifié n'a été rapporté" in squash(page_texts(out)[0])
    result = services.write_report(ws, "weekly", out, period="2023-W22", include_unverified=True)
    assert not result.empty


def test_the_dashboard_counts_verified_incidents_and_those_awaiting(ws, reviewed) -> None:
    board = services.dashboard(ws, today=date(2023, 6, 15))
    assert board.month.period.label == "2023-05"
    assert board.month.incidents.totals.incidents == 2
    assert board.quarter.incidents.totals.incidents == 2
    assert board.trend[-1][1].incidents == 2
    assert (board.include_unverified, board.awaiting_verification) == (False, 3)
    every = services.dashboard(ws, today=date(2023, 6, 15), include_unverified=True)
    assert every.month.incidents.totals.incidents == 6
    assert every.trend[-1][1].incidents == 6
    assert every.awaiting_verification == 3  # the same incidents wait either way
