"""The command line: each command, and a clear message and exit code for each bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from focalpoint.cli import EXIT_DATA, EXIT_OK, EXIT_STORAGE, main
from tests.conftest import REPO, incident_data


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "fp")


def write_json(path: Path, obj: object) -> Path:
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return path


def test_records_add_prints_the_id_and_list_shows_it(capsys, home, tmp_path) -> None:
    code, out, err = run(
        capsys,
        "--data-dir",
        home,
        "records",
        "add",
        "--form",
        "incident",
        "--file",
        str(write_json(tmp_path / "r.json", incident_data())),
    )
    assert (code, err) == (EXIT_OK, "")
    record_id = out.strip()
    code, out, _ = run(capsys, "--data-dir", home, "records", "list")
    assert code == EXIT_OK
    assert out.split("\t")[:5] == [record_id, "incident", "26/05/2023", "Gao", "final"]


def test_records_list_json(capsys, home, tmp_path) -> None:
    run(
        capsys,
        "--data-dir",
        home,
        "records",
        "add",
        "--form",
        "incident",
        "--file",
        str(write_json(tmp_path / "r.json", incident_data())),
    )
    code, out, _ = run(
        capsys, "--data-dir", home, "records", "list", "--form", "incident", "--json"
    )
    rows = json.loads(out)
    assert code == EXIT_OK
    assert rows[0]["data"]["lieu"] == {"region": "gao", "cercle": "ansongo"}


def test_invalid_record_lists_each_problem_in_french(capsys, home, tmp_path) -> None:
    bad = incident_data(morts="trois", date_incident="31/02/2023")
    code, out, err = run(
        capsys,
        "--data-dir",
        home,
        "records",
        "add",
        "--form",
        "incident",
        "--file",
        str(write_json(tmp_path / "r.json", bad)),
    )
    assert (code, out) == (EXIT_DATA, "")
    assert "L'enregistrement contient 2 erreur(s)" in err
    assert "Date de l'incident : Date non valide" in err
    assert "Nombre de morts : Saisissez un nombre entier" in err


def test_messages_in_english_with_lang_en(capsys, home, tmp_path) -> None:
    code, _, err = run(
        capsys,
        "--lang",
        "en",
        "--data-dir",
        home,
        "records",
        "add",
        "--form",
        "incident",
        "--file",
        str(write_json(tmp_path / "r.json", incident_data(morts=-1))),
    )
    assert code == EXIT_DATA
    assert "Number of deaths: The value must be at least 0." in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"titre": ', "JSON mal formé (ligne 1, colonne 11)"),
        ("[1, 2]", "un objet JSON est attendu"),
    ],
)
def test_malformed_json_file(capsys, home, tmp_path, content: str, expected: str) -> None:
    path = tmp_path / "r.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run(
        capsys, "--data-dir", home, "records", "add", "--form", "incident", "--file", str(path)
    )
    assert code == EXIT_DATA
    assert f"Fichier « {path} » : {expected}" in err


def test_missing_file(capsys, home, tmp_path) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        home,
        "records",
        "add",
        "--form",
        "incident",
        "--file",
        str(tmp_path / "absent.json"),
    )
    assert code == EXIT_DATA
    assert "le fichier n'existe pas" in err


def test_unknown_form(capsys, home, tmp_path) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        home,
        "records",
        "add",
        "--form",
        "meteo",
        "--file",
        str(write_json(tmp_path / "r.json", {})),
    )
    assert code == EXIT_DATA
    assert "formulaire inconnu « meteo » (formulaires : activite, incident)" in err


def test_missing_flag_is_a_usage_error_not_a_traceback(capsys, home) -> None:
    code, _, err = run(capsys, "--data-dir", home, "records", "add", "--form", "incident")
    assert code == EXIT_DATA
    assert err.startswith("Commande incorrecte")
    assert "Traceback" not in err


def test_csv_with_a_missing_column(capsys, home, tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("titre;date_incident\nVol;01/02/2023\n", encoding="utf-8")
    code, _, err = run(
        capsys, "--data-dir", home, "records", "import", str(path), "--form", "incident"
    )
    assert code == EXIT_DATA
    assert (
        "colonne(s) obligatoire(s) absente(s) : "
        "lieu, domaine, type_incident, description, sources, fiabilite" in err
    )


def test_import_reports_the_bad_line_and_imports_the_rest(capsys, home, tmp_path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(json.dumps(d) for d in [incident_data(), incident_data(heure="25:61")]),
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "--data-dir", home, "records", "import", str(path), "--form", "incident"
    )
    assert code == EXIT_DATA
    assert "in.jsonl, ligne 2 : Heure : Heure non valide" in err
    assert "1 enregistrement(s) importé(s), 1 ligne(s) rejetée(s)." in out


def test_xlsx_that_is_not_a_workbook(capsys, home, tmp_path) -> None:
    path = tmp_path / "faux.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run(
        capsys, "--data-dir", home, "records", "import", str(path), "--form", "incident"
    )
    assert code == EXIT_DATA
    assert "ce n'est pas un classeur Excel (.xlsx) valide" in err


def test_data_dir_that_cannot_be_created(capsys, tmp_path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(blocker / "fp"), "records", "list")
    assert code == EXIT_STORAGE
    assert "n'est pas accessible en écriture" in err


def test_export_to_an_unwritable_place(capsys, home, tmp_path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    code, _, err = run(
        capsys, "--data-dir", home, "export", "--format", "xlsx", "-o", str(blocker / "out.xlsx")
    )
    assert code == EXIT_STORAGE
    assert "Traceback" not in err


def test_delete_and_show(capsys, home, tmp_path) -> None:
    _, out, _ = run(
        capsys,
        "--data-dir",
        home,
        "records",
        "add",
        "--form",
        "incident",
        "--file",
        str(write_json(tmp_path / "r.json", incident_data())),
    )
    record_id = out.strip()
    assert run(capsys, "--data-dir", home, "records", "show", record_id)[0] == EXIT_OK
    assert run(capsys, "--data-dir", home, "records", "delete", record_id)[0] == EXIT_OK
    code, _, err = run(capsys, "--data-dir", home, "records", "show", record_id)
    assert code == EXIT_DATA
    assert err.startswith("Introuvable")


def test_focalpoint_home_is_used_without_data_dir(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FOCALPOINT_HOME", str(tmp_path / "env-home"))
    run(capsys, "records", "list")
    assert (tmp_path / "env-home" / "focalpoint.db").exists()


def test_console_script_runs_in_a_fresh_process(tmp_path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "focalpoint.cli",
            "--data-dir",
            str(tmp_path / "fp"),
            "forms",
            "list",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0
    assert "activite\tv1\tActivité" in result.stdout
