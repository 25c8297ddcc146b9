"""Imports (.jsonl, .json, .csv, .xlsx) report bad lines by number; exports read back the same."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from focalpoint import services
from focalpoint.domain.errors import ImportFileError, UsageError
from tests.conftest import activity_data, incident_data


def jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    return path


def test_jsonl_bad_row_is_reported_with_its_line_and_others_imported(ws, tmp_path) -> None:
    path = jsonl(
        tmp_path / "in.jsonl",
        [
            {"form_id": "incident", "data": incident_data()},
            {"form_id": "incident", "data": incident_data(morts="trois")},
            {"form_id": "activite", "data": activity_data()},
        ],
    )
    report = services.import_records(ws, path)
    assert len(report.imported) == 2
    assert [(r.line, [p.code for p in r.problems]) for r in report.rejected] == [
        (2, ["not_an_integer"])
    ]
    assert len(list(services.list_records(ws))) == 2


def test_all_or_nothing_imports_nothing_when_a_row_is_bad(ws, tmp_path) -> None:
    path = jsonl(tmp_path / "in.jsonl", [incident_data(), incident_data(domaine="sport")])
    report = services.import_records(ws, path, form_id="incident", all_or_nothing=True)
    assert report.imported == ()
    assert len(report.rejected) == 1
    assert list(services.list_records(ws)) == []


def test_malformed_json_line_does_not_block_the_others(ws, tmp_path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(incident_data()) + "\n{pas du json\n", encoding="utf-8")
    report = services.import_records(ws, path, form_id="incident")
    assert len(report.imported) == 1
    assert [(r.line, r.problems[0].code) for r in report.rejected] == [(2, "malformed_line")]


def test_unknown_form_in_a_row_is_rejected(ws, tmp_path) -> None:
    path = jsonl(tmp_path / "in.jsonl", [{"form_id": "meteo", "data": {}}])
    report = services.import_records(ws, path)
    assert report.rejected[0].problems[0].code == "unknown_form"


def test_unknown_form_flag_is_a_usage_error(ws, tmp_path) -> None:
    with pytest.raises(UsageError):
        services.import_records(ws, jsonl(tmp_path / "in.jsonl", []), form_id="meteo")


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ";") -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


CSV_HEADER = [
    "titre",
    "date_incident",
    "lieu.region",
    "lieu.cercle",
    "domaine",
    "type_incident",
    "description",
    "morts",
    "sources",
    "fiabilite",
]


def csv_row(**overrides: str) -> list[str]:
    row = {
        "titre": "Enlèvement d'un commerçant",
        "date_incident": "12/04/2023",
        "lieu.region": "Tombouctou",
        "lieu.cercle": "Goundam",
        "domaine": "crime_extremisme",
        "type_incident": "enlevement",
        "description": "Un commerçant a été enlevé sur la route.",
        "morts": "0",
        "sources": "temoin;media",
        "fiabilite": "confirmee",
    }
    row.update(overrides)
    return [row[c] for c in CSV_HEADER]


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_import_with_a_bad_row(ws, tmp_path, delimiter: str) -> None:
    path = write_csv(
        tmp_path / "in.csv",
        CSV_HEADER,
        [csv_row(), csv_row(date_incident="31/02/2023"), csv_row()],
        delimiter,
    )
    report = services.import_records(ws, path, form_id="incident")
    assert len(report.imported) == 2
    assert [(r.line, r.problems[0].path, r.problems[0].code) for r in report.rejected] == [
        (3, "date_incident", "invalid_date")
    ]
    record = services.get_record(ws, report.imported[0])
    assert record.data["lieu"] == {"region": "tombouctou", "cercle": "goundam"}
    assert record.region == "tombouctou"


def test_csv_missing_a_required_column_is_refused_whole(ws, tmp_path) -> None:
    header = [c for c in CSV_HEADER if c != "fiabilite"]
    path = write_csv(tmp_path / "in.csv", header, [csv_row()[:-1]])
    with pytest.raises(ImportFileError) as caught:
        services.import_records(ws, path, form_id="incident")
    assert caught.value.params["columns"] == "fiabilite"
    assert list(services.list_records(ws)) == []


def test_csv_not_utf8_is_refused(ws, tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(";".join(CSV_HEADER).encode() + b"\n" + "Enlèvement".encode("latin-1"))
    with pytest.raises(ImportFileError) as caught:
        services.import_records(ws, path, form_id="incident")
    assert caught.value.params["reason_code"] == "not_utf8"


def test_xlsx_that_is_not_a_workbook_is_refused(ws, tmp_path) -> None:
    path = tmp_path / "faux.xlsx"
    path.write_text("je ne suis pas un classeur", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        services.import_records(ws, path, form_id="incident")
    assert caught.value.params["reason_code"] == "not_xlsx"


def test_unsupported_extension_is_refused(ws, tmp_path) -> None:
    path = tmp_path / "in.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(ImportFileError):
        services.import_records(ws, path, form_id="incident")


def test_xlsx_import_with_typed_cells_and_a_bad_row(ws, tmp_path) -> None:
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.append(CSV_HEADER)
    good = csv_row()
    good[1] = datetime(2023, 4, 12)  # a real date cell
    good[7] = 2  # a real number
    sheet.append(good)
    sheet.append(csv_row(morts="-4"))
    book.save(tmp_path / "in.xlsx")
    report = services.import_records(ws, tmp_path / "in.xlsx", form_id="incident")
    assert len(report.imported) == 1
    assert [(r.line, r.problems[0].code) for r in report.rejected] == [(3, "too_small")]
    data = services.get_record(ws, report.imported[0]).data
    assert (data["date_incident"], data["morts"]) == ("2023-04-12", 2)


def seed(ws) -> list[str]:
    ids = [services.save_record(ws, "activite", activity_data(), final=True).record.id]
    ids.append(
        services.save_record(
            ws, "incident", incident_data(gps={"lat": 15.9, "lon": 0.3}), final=True
        ).record.id
    )
    return ids


def test_xlsx_export_has_typed_cells_and_participants_sheet(ws, tmp_path) -> None:
    activity_id, _ = seed(ws)
    out = tmp_path / "export.xlsx"
    assert services.export_records(ws, "xlsx", out) == 2
    book = load_workbook(out)
    assert set(book.sheetnames) == {"activite", "participants", "incident"}
    header = [c.value for c in book["activite"][1]]
    row = [c.value for c in book["activite"][2]]
    assert row[header.index("date_debut")].date().isoformat() == "2023-05-22"
    participants = list(book["participants"].iter_rows(values_only=True))
    assert participants[0][:2] == ("activite_id", "rang")
    assert [p[0] for p in participants[1:]] == [activity_id] * 3
    sexe = participants[0].index("sexe")
    assert [p[sexe] for p in participants[1:]] == ["F", "M", "M"]


def test_xlsx_export_then_import_gives_the_same_records(ws, tmp_path, data_dir) -> None:
    seed(ws)
    out = tmp_path / "export.xlsx"
    services.export_records(ws, "xlsx", out)
    original = {r.id: r.data for r in services.list_records(ws)}
    other = services.open_workspace(type(data_dir)(tmp_path / "other"))
    try:
        report = services.import_records(other, out)
        assert report.rejected == ()
        assert {r.id: r.data for r in services.list_records(other)} == original
    finally:
        other.close()


def test_csv_export_writes_one_file_per_table_that_reimports(ws, tmp_path) -> None:
    seed(ws)
    folder = tmp_path / "csv"
    services.export_records(ws, "csv", folder)
    assert sorted(p.name for p in folder.iterdir()) == [
        "activite.csv",
        "incident.csv",
        "participants.csv",
    ]
    text = (folder / "incident.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id;form_id;")
    report = services.import_records(ws, folder / "incident.csv")
    assert (len(report.imported), report.rejected) == (1, ())


def test_json_export_round_trips(ws, tmp_path) -> None:
    seed(ws)
    out = tmp_path / "export.json"
    services.export_records(ws, "json", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {r["form_id"] for r in doc["records"]} == {"activite", "incident"}
    report = services.import_records(ws, out)
    assert (len(report.imported), report.rejected) == (2, ())
    assert len(list(services.list_records(ws))) == 2  # same ids: updated, not duplicated


def test_a_cancelled_import_writes_nothing(ws, tmp_path) -> None:
    import threading

    from focalpoint.domain.errors import Cancelled

    path = jsonl(tmp_path / "in.jsonl", [incident_data() for _ in range(50)])
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        services.import_records(ws, path, form_id="incident", cancel=cancel)
    assert list(services.list_records(ws)) == []
