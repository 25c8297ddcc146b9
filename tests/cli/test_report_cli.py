"""`focalpoint report …`: each report in each format, figures equal to the aggregation, and a
clear French message with exit code 2 for each bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from focalpoint import services
from focalpoint.cli import EXIT_DATA, EXIT_OK, main
from focalpoint.store.datadir import DataDir
from tests.reports.pdf_helpers import page_texts, squash


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


UNENCRYPTED = (
    "Attention : ce fichier n'est pas chiffré ; ne le gardez pas plus longtemps que nécessaire.\n"
)


def left_out(count: int) -> str:
    """What the command says when unverified incidents were not counted (none: nothing)."""
    if not count:
        return ""
    return (
        f"{count} incident(s) non vérifié(s) de la période ne sont pas comptés ; "
        "--include-unverified les inclut (marqués).\n"
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("report-cli") / "fp"
    assert main(["--data-dir", str(folder), "demo"]) == EXIT_OK
    return str(folder)


@pytest.fixture(scope="module")
def activity_id(home: str) -> str:
    ws = services.open_workspace(DataDir(Path(home)))
    try:
        return next(
            r.id
            for r in services.list_records(ws, form_id="activite")
            if r.data.get("participants")
        )
    finally:
        ws.close()


def aggregation(
    home: str, kind: str, period: str, region: str | None = None, *, every: bool = False
):
    ws = services.open_workspace(DataDir(Path(home)))
    try:
        if kind == "quarterly":
            return services.quarterly_report(ws, period, region=region, include_unverified=every)
        return services.incident_report(ws, period, region=region, include_unverified=every)
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("kind", "flag", "period"),
    [("weekly", "--week", "2023-W22"), ("monthly", "--month", "2023-05")],
)
def test_incident_reports_as_json_equal_the_aggregation(
    capsys, home, tmp_path, kind, flag, period
) -> None:
    out = tmp_path / "r.json"
    code, stdout, err = run(
        capsys, "--data-dir", home, "report", kind, flag, period, "-o", str(out)
    )
    report = aggregation(home, kind, period)
    assert (code, err) == (EXIT_OK, left_out(report.unverified) + UNENCRYPTED)
    assert "Rapport écrit dans" in stdout
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["totals"]["incidents"] == report.totals.incidents > 0
    assert (doc["include_unverified"], doc["unverified"]) == (False, report.unverified)
    assert doc["totals"]["deaths"] == report.totals.deaths
    assert [d["code"] for d in doc["by_domain"]] == [c for c, _ in report.by_domain]
    assert len(doc["major"]) == len(report.major)


def test_quarterly_xlsx_with_a_region_filter(capsys, home, tmp_path) -> None:
    out = tmp_path / "q.xlsx"
    code, _, err = run(
        capsys, "--data-dir", home, "report", "quarterly", "--quarter", "2023-Q2",
        "--region", "Gao", "-o", str(out),
    )  # fmt: skip
    report = aggregation(home, "quarterly", "2023-Q2", region="gao")
    assert (code, err) == (EXIT_OK, left_out(report.incidents.unverified) + UNENCRYPTED)
    everywhere = aggregation(home, "quarterly", "2023-Q2")
    assert 0 < report.sessions < everywhere.sessions
    book = load_workbook(out)
    summary = {r[0]: r[1] for r in book["synthese"].iter_rows(min_row=2, values_only=True)}
    assert summary["Région"] == "Gao"
    assert summary["Sessions (activités)"] == report.sessions
    assert summary["Participants"] == report.participants.total
    regions = [r[0] for r in book["par_region"].iter_rows(min_row=2, values_only=True)]
    assert regions == ["gao"]


def test_only_verified_incidents_count_unless_asked(capsys, home, tmp_path) -> None:
    strict = aggregation(home, "monthly", "2023-05")
    every = aggregation(home, "monthly", "2023-05", every=True)
    assert strict.unverified > 0  # the demo's May holds unverified incidents
    assert every.totals.incidents == strict.totals.incidents + strict.unverified

    out = tmp_path / "m.json"
    code, _, err = run(
        capsys, "--data-dir", home, "report", "monthly", "--month", "2023-05",
        "--include-unverified", "-o", str(out),
    )  # fmt: skip
    assert code == EXIT_OK
    assert f"Le rapport inclut {strict.unverified} incident(s) non vérifié(s)" in err
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["totals"]["incidents"] == every.totals.incidents
    assert doc["include_unverified"] is True
    assert [m["verification"] for m in doc["major"]] == [
        m.review_status or "recu" for m in every.major
    ]

    pdf = tmp_path / "m.pdf"
    code, _, _ = run(
        capsys, "--data-dir", home, "report", "monthly", "--month", "2023-05", "-o", str(pdf)
    )
    assert code == EXIT_OK
    text = squash(" ".join(page_texts(pdf)))
    assert f"{strict.totals.incidents} incidents ont été rapportés" in text
    assert f"{strict.unverified} incidents non vérifiés de la période n'y figurent pas" in text
    assert "non vérifié (" not in text
    code, _, _ = run(
        capsys, "--data-dir", home, "report", "monthly", "--month", "2023-05",
        "--include-unverified", "-o", str(pdf),
    )  # fmt: skip
    assert code == EXIT_OK
    text = squash(" ".join(page_texts(pdf)))
    assert f"Inclut {strict.unverified} incidents non vérifiés par le secrétariat" in text
    assert f"{every.totals.incidents} incidents ont été rapportés" in text
    unverified = next(m for m in every.major if not m.verified)
    assert f"{squash(unverified.title)} non vérifié (" in text


def test_the_quarterly_bulletin_takes_the_option_too(capsys, home, tmp_path) -> None:
    out = tmp_path / "q.json"
    code, _, _ = run(
        capsys, "--data-dir", home, "report", "quarterly", "--quarter", "2023-Q4",
        "--include-unverified", "-o", str(out),
    )  # fmt: skip
    assert code == EXIT_OK
    doc = json.loads(out.read_text(encoding="utf-8"))
    every = aggregation(home, "quarterly", "2023-Q4", every=True)
    strict = aggregation(home, "quarterly", "2023-Q4")
    assert doc["incidents"]["include_unverified"] is True
    assert doc["incidents"]["totals"]["incidents"] == every.incidents.totals.incidents
    assert every.incidents.totals.incidents > strict.incidents.totals.incidents
    assert doc["sessions"] == strict.sessions == every.sessions  # activities: not reviewed


def test_the_option_is_for_period_reports_only(capsys, home, tmp_path, activity_id) -> None:
    code, _, err = run(
        capsys, "--data-dir", home, "report", "participants", "--activity", activity_id,
        "--include-unverified", "-o", str(tmp_path / "p.csv"),
    )  # fmt: skip
    assert code == EXIT_DATA
    assert "--include-unverified" in err


def test_participants_csv_and_blank_sheet(capsys, home, tmp_path, activity_id) -> None:
    out = tmp_path / "p.csv"
    code, _, _ = run(
        capsys,
        "--data-dir",
        home,
        "report",
        "participants",
        "--activity",
        activity_id,
        "-o",
        str(out),
    )
    assert code == EXIT_OK
    text = out.read_text(encoding="utf-8-sig")
    assert "participants" in text
    assert "totaux" in text
    blank = tmp_path / "b.json"
    code, _, _ = run(
        capsys, "--data-dir", home, "report", "participants", "--activity", activity_id,
        "--blank", "--rows", "7", "-o", str(blank),
    )  # fmt: skip
    assert code == EXIT_OK
    doc = json.loads(blank.read_text(encoding="utf-8"))
    assert doc["blank_rows"] == 7
    assert doc["participants"] == []


def test_pdf_output_is_written_or_refused_clearly(capsys, home, tmp_path) -> None:
    out = tmp_path / "w.pdf"
    code, stdout, err = run(
        capsys, "--data-dir", home, "report", "weekly", "--week", "2023-W22", "-o", str(out)
    )
    if code == EXIT_OK:
        assert out.read_bytes().startswith(b"%PDF")
        assert "page(s)" in stdout
    else:  # the PDF renderer is missing: a French sentence, no traceback, no file
        assert code == EXIT_DATA
        assert "PDF" in err
        assert not out.exists()
    assert "Traceback" not in err


def test_a_period_without_data_gives_a_report_that_says_so(capsys, home, tmp_path) -> None:
    out = tmp_path / "e.json"
    code, _, err = run(
        capsys, "--data-dir", home, "report", "weekly", "--week", "2019-W10", "-o", str(out)
    )
    assert code == EXIT_OK
    assert "Aucune donnée pour la période 2019-W10" in err
    assert "aucun incident" in json.loads(out.read_text(encoding="utf-8"))["summary"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["weekly", "--week", "2023-W54"], "semaine « 2023-W54 » non valide"),
        (["monthly", "--month", "2023-13"], "mois « 2023-13 » non valide"),
        (["quarterly", "--quarter", "2023-Q5"], "trimestre « 2023-Q5 » non valide"),
        (["weekly", "--week", "2023-W22", "--region", "Atlantis"], "région inconnue"),
        (["participants", "--activity", "nope"], "aucune activité avec l'identifiant « nope »"),
        (["weekly", "--week", "2023-W22", "--output", "OUT/x.txt"], "format de sortie"),
        (
            ["weekly", "--week", "2023-W22", "--output", "OUT/missing/x.csv"],
            "le dossier n'existe pas",
        ),
        (["weekly", "--week", "2023-W22", "--output", "OUT/dir.csv"], "c'est un dossier"),
    ],
)
def test_bad_input_gives_a_clear_message_and_exit_2(capsys, home, tmp_path, args, expected) -> None:
    (tmp_path / "dir.csv").mkdir()
    args = [a.replace("OUT", str(tmp_path)) for a in args]
    if "--output" not in args:
        args += ["-o", str(tmp_path / "x.csv")]
    code, _, err = run(capsys, "--data-dir", home, "report", *args)
    assert code == EXIT_DATA
    assert expected in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.csv").exists()


def test_blank_rows_out_of_range(capsys, home, tmp_path, activity_id) -> None:
    for rows in ("0", "5000"):
        code, _, err = run(
            capsys, "--data-dir", home, "report", "participants", "--activity", activity_id,
            "--blank", "--rows", rows, "-o", str(tmp_path / "b.csv"),
        )  # fmt: skip
        assert code == EXIT_DATA
        assert "--rows" in err


def test_english_messages(capsys, home, tmp_path) -> None:
    code, _, err = run(
        capsys, "--lang", "en", "--data-dir", home, "report", "weekly", "--week", "2023-W54",
        "-o", str(tmp_path / "x.csv"),
    )  # fmt: skip
    assert code == EXIT_DATA
    assert "invalid week “2023-W54”" in err
