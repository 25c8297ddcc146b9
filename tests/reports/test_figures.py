"""Figure exports (CSV, XLSX, JSON) read back equal the aggregation they were built from."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from focalpoint import services
from focalpoint.domain import aggregation as agg
from focalpoint.reports import figures


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from focalpoint.store.datadir import DataDir

    ws = services.open_workspace(DataDir(tmp_path_factory.mktemp("demo") / "data"))
    services.load_demo(ws)
    yield ws
    ws.close()


def read_csv_tables(path: Path) -> dict[str, list[list[str]]]:
    tables: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh, delimiter=";"):
            if not row:
                current = None
            elif current is None:
                current = tables.setdefault(row[0], [])
            else:
                current.append(row)
    return tables


def test_incident_report_xlsx_has_typed_cells_equal_to_the_aggregation(demo, tmp_path) -> None:
    report = services.incident_report(demo, "2023-05")
    assert report.totals.incidents > 0
    labels = services.report_labels(demo)
    path = figures.write_xlsx(figures.incident_tables(report, labels), tmp_path / "m.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [
        "synthese",
        "par_domaine",
        "par_region",
        "par_cercle",
        "par_type",
        "tendance",
        "incidents_majeurs",
    ]
    summary = {row[0]: row[1] for row in book["synthese"].iter_rows(min_row=2, values_only=True)}
    assert summary["Incidents"] == report.totals.incidents
    assert summary["Morts"] == report.totals.deaths
    assert summary["Blessés"] == report.totals.injured
    assert isinstance(summary["Début"], datetime)
    assert summary["Début"].date() == date(2023, 5, 1)
    domains = list(book["par_domaine"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[3], r[4]) for r in domains] == [
        (code, f.incidents, f.deaths, f.injured) for code, f in report.by_domain
    ]
    assert sum(r[2] for r in domains) == report.totals.incidents
    assert all(isinstance(r[2], int) for r in domains)
    regions = list(book["par_region"].iter_rows(min_row=2, values_only=True))
    assert sum(r[3] for r in regions) == report.totals.deaths
    trend = list(book["tendance"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in trend] == [p.label for p, _ in report.trend]
    assert trend[-1][3] == report.totals.incidents
    major = list(book["incidents_majeurs"].iter_rows(min_row=2, values_only=True))
    assert len(major) == len(report.major)
    assert [r[0].date() for r in major] == [m.day for m in report.major]
    assert book["par_domaine"]["B2"].value == labels.domain(report.by_domain[0][0])


def test_quarterly_csv_and_json_equal_the_aggregation(demo, tmp_path) -> None:
    report = services.quarterly_report(demo, "2023-Q2")
    labels = services.report_labels(demo)
    tables = read_csv_tables(
        figures.write_csv(figures.quarterly_tables(report, labels), tmp_path / "q.csv")
    )
    summary = {row[0]: row[1] for row in tables["synthese"][1:]}
    assert int(summary["Sessions (activités)"]) == report.sessions
    assert int(summary["Participants"]) == report.participants.total
    assert int(summary["Femmes"]) == report.participants.women
    assert int(summary["Jeunes (18–35 ans)"]) == report.participants.youth
    assert int(summary["Rapports hebdomadaires"]) == 12
    assert int(summary["Bulletins mensuels"]) == 3
    programmes = tables["programmes"]
    header = programmes[0]
    assert [row[0] for row in programmes[1:]] == [b.programme for b in report.programmes]
    share = header.index("% femmes")
    for row, block in zip(programmes[1:], report.programmes, strict=True):
        assert int(row[header.index("Activités")]) == len(block.activities)
        assert float(row[share]) == pytest.approx(
            block.participants.share(block.participants.women), abs=1e-4
        )
    assert len(tables["activites"]) - 1 == report.sessions
    incidents = {row[0]: row[1] for row in tables["synthese_incidents"][1:]}
    assert int(incidents["Incidents"]) == report.incidents.totals.incidents

    doc = json.loads(
        figures.write_json(figures.quarterly_json(report, labels), tmp_path / "q.json").read_text(
            encoding="utf-8"
        )
    )
    assert doc["sessions"] == report.sessions
    assert doc["participants"]["total"] == report.participants.total
    assert doc["incidents"]["totals"]["deaths"] == report.incidents.totals.deaths
    assert doc["incidents"]["summary"] == agg.summary_sentence(report.incidents)
    assert sum(p["participants"]["women"] for p in doc["programmes"]) == report.participants.women
    assert doc["period"] == {
        "kind": "quarter",
        "label": "2023-Q2",
        "title": "2e trimestre 2023",
        "start": "2023-04-01",
        "end": "2023-06-30",
    }


def test_participant_list_exports(demo, tmp_path) -> None:
    record = next(
        r for r in services.list_records(demo, form_id="activite") if r.data.get("participants")
    )
    plist = services.participant_list(demo, record.id)
    path = figures.write_xlsx(figures.participant_tables(plist), tmp_path / "p.xlsx")
    book = load_workbook(path)
    rows = list(book["participants"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(record.data["participants"])
    assert rows[0][1] == record.data["participants"][0]["nom"]
    totals = list(book["totaux"].iter_rows(values_only=True))
    assert totals[1][:5] == (
        plist.activity.participants.total,
        plist.activity.participants.women,
        plist.activity.participants.men,
        plist.activity.participants.youth,
        plist.activity.participants.disabled,
    )
    assert book["totaux"]["F2"].number_format == "0.0%"
    blank = services.participant_list(demo, record.id, blank_rows=12)
    tables = read_csv_tables(
        figures.write_csv(figures.participant_tables(blank), tmp_path / "b.csv")
    )
    assert [row[0] for row in tables["participants"][1:]] == [str(n) for n in range(1, 13)]
    doc = figures.participant_json(plist)
    assert len(doc["participants"]) == plist.activity.participants.total


def test_an_empty_period_exports_zeroes_and_says_so(demo, tmp_path) -> None:
    report = services.incident_report(demo, "2019-W10")
    assert report.is_empty
    doc = figures.incident_json(report)
    assert doc["totals"]["incidents"] == 0
    assert "aucun incident" in doc["summary"]


def test_exports_flag_the_verification_of_each_listed_incident(demo, tmp_path) -> None:
    from focalpoint.domain.review import status_label

    strict = services.incident_report(demo, "2023-05")  # the default: verified only
    loose = services.incident_report(demo, "2023-05", include_unverified=True)
    assert strict.unverified == loose.unverified > 0
    assert loose.totals.incidents == strict.totals.incidents + loose.unverified
    assert any(not m.verified for m in loose.major)  # the demo's May lists one
    labels = services.report_labels(demo)

    path = figures.write_xlsx(figures.incident_tables(loose, labels), tmp_path / "all.xlsx")
    book = load_workbook(path)
    summary = {row[0]: row[1] for row in book["synthese"].iter_rows(min_row=2, values_only=True)}
    assert summary["Incidents non vérifiés inclus"] is True
    assert summary["Incidents non vérifiés (période)"] == loose.unverified
    assert summary["Vérification"] == agg.verification_sentence(loose)
    rows = list(book["incidents_majeurs"].iter_rows(values_only=True))
    column = rows[0].index("Vérification")
    marks = [row[column] for row in rows[1:]]
    assert marks == [status_label(agg.review_code(m.review_status)) for m in loose.major]
    assert "Vérifié" in marks
    assert set(marks) - {"Vérifié"}

    tables = read_csv_tables(
        figures.write_csv(figures.incident_tables(strict, labels), tmp_path / "v.csv")
    )
    summary = {row[0]: row[1] for row in tables["synthese"][1:]}
    assert summary["Incidents non vérifiés inclus"] == "non"
    assert int(summary["Incidents non vérifiés (période)"]) == strict.unverified
    assert summary["Vérification"].startswith("Seuls les incidents vérifiés")
    header = tables["incidents_majeurs"][0]
    assert {row[header.index("Vérification")] for row in tables["incidents_majeurs"][1:]} == {
        "Vérifié"
    }

    doc = figures.incident_json(loose, labels)
    assert (doc["include_unverified"], doc["unverified"]) == (True, loose.unverified)
    assert doc["awaiting_verification"] == loose.awaiting
    assert [m["verification"] for m in doc["major"]] == [
        agg.review_code(m.review_status) for m in loose.major
    ]
    assert [m["verified"] for m in doc["major"]] == [m.verified for m in loose.major]
    strict_doc = figures.incident_json(strict, labels)
    assert strict_doc["include_unverified"] is False
    assert all(m["verification"] == "verifie" for m in strict_doc["major"])

    english = figures.incident_tables(loose, services.report_labels(demo, "en"), "en")
    assert "Verification" in english[-1].columns
    assert ["Unverified incidents included", True] in english[0].rows
