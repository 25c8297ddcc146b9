"""focalpoint server publish-form / publish-reference: what is published, what is refused and
what the person reads (French by default), with exit code 2 for a refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from focalpoint.cli import EXIT_DATA, EXIT_OK, main
from focalpoint.server import storage
from tests.server.test_definitions import incident_form, mali_list
from tests.test_xlsform import _choice, _q, _xlsform


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def published(db: str) -> list[tuple[str, str, int]]:
    engine = storage.make_engine(db)
    try:
        return [(p.kind, p.key, p.version) for p in storage.list_published(engine)]
    finally:
        engine.dispose()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "server.db")


def test_publish_a_form_then_an_older_version_is_refused(capsys, tmp_path, db) -> None:
    v2 = write(tmp_path / "incident.json", incident_form(2))
    code, out, err = run(capsys, "server", "publish-form", "--db", db, str(v2), "--by", "Awa")
    assert (code, err) == (EXIT_OK, "")
    assert out.strip() == (
        "Formulaire « incident » version 2 publié : les ordinateurs le recevront à leur "
        "prochaine synchronisation."
    )
    for version in (2, 1):
        older = write(tmp_path / f"incident-v{version}.json", incident_form(version))
        code, out, err = run(capsys, "server", "publish-form", "--db", db, str(older))
        assert (code, out) == (EXIT_DATA, "")
        assert err.strip() == (
            "Commande incorrecte : le formulaire « incident » est déjà publié en version 2 : "
            f"la version à publier doit être plus grande (ce fichier est en version {version})"
        )
    code, _, err = run(capsys, "--lang", "en", "server", "publish-form", "--db", db, str(older))
    assert code == EXIT_DATA
    assert "already published at version 2" in err
    assert published(db) == [("form", "incident", 2)]
    engine = storage.make_engine(db)
    try:
        assert storage.list_published(engine)[0].published_by == "Awa"
    finally:
        engine.dispose()


def test_a_malformed_form_is_refused_with_where_it_is_wrong(capsys, tmp_path, db) -> None:
    form = incident_form(2)
    del form["sections"][0]["fields"][0]["label"]
    bad = write(tmp_path / "incident.json", form)
    code, out, err = run(capsys, "server", "publish-form", "--db", db, str(bad))
    assert (code, out) == (EXIT_DATA, "")
    assert err.startswith(f"Fichier « {bad} » : sections/0/fields/0: ")
    assert "'label' is a required property" in err

    not_json = tmp_path / "casse.json"
    not_json.write_text("{ pas du json", encoding="utf-8")
    code, _, err = run(capsys, "server", "publish-form", "--db", db, str(not_json))
    assert code == EXIT_DATA
    assert "JSON mal formé (ligne 1, colonne 3)" in err

    code, _, err = run(capsys, "server", "publish-form", "--db", db, str(tmp_path / "absent"))
    assert code == EXIT_DATA
    assert "le fichier n'existe pas" in err
    assert published(db) == []


def test_publish_an_xlsform(capsys, tmp_path, db) -> None:
    survey = [
        _q("text", "titre", "Titre", "Title", required="yes"),
        _q("date", "date_visite", "Date de la visite", "Visit date", required="yes"),
        _q("select_one avis", "avis", "Avis", "Opinion"),
    ]
    choices = [_choice("avis", "bon", "Bon", "Good"), _choice("avis", "mauvais", "Mauvais", "Bad")]
    settings = {"form_title": "Visite de terrain", "form_id": "visite", "version": 4}
    path = _xlsform(tmp_path, survey, choices, settings)
    code, out, _ = run(capsys, "server", "publish-form", "--db", db, str(path))
    assert code == EXIT_OK
    assert "« visite » version 4 publié" in out
    assert published(db) == [("form", "visite", 4)]
    engine = storage.make_engine(db)
    try:
        body = storage.get_definition(engine, "form", "visite", 4)
    finally:
        engine.dispose()
    assert body["id"] == "visite"
    assert body["region_field"] == "lieu"  # the conversion added the place field


def test_publish_the_reference_list(capsys, tmp_path, db) -> None:
    places = write(tmp_path / "mali.json", mali_list())
    code, out, _ = run(capsys, "server", "publish-reference", "--db", db, str(places))
    assert code == EXIT_OK
    assert out.strip() == (
        "Liste des lieux publiée (version 1) : les ordinateurs la recevront à leur prochaine "
        "synchronisation."
    )
    code, out, err = run(capsys, "server", "publish-reference", "--db", db, str(places))
    assert (code, out) == (EXIT_DATA, "")
    assert "déjà publiée (version 1) : rien à publier" in err

    duplicate = mali_list()
    duplicate["regions"].append(duplicate["regions"][0])
    bad = write(tmp_path / "doublon.json", duplicate)
    code, _, err = run(capsys, "server", "publish-reference", "--db", db, str(bad))
    assert code == EXIT_DATA
    assert err.startswith(f"Fichier « {bad} » : liste des lieux non valide (")
    assert "duplicate code 'kayes'" in err
    assert published(db) == [("reference", "locations", 1)]


def test_publish_on_the_live_server_reaches_a_laptop(capsys, tmp_path, live_server) -> None:
    v2 = write(tmp_path / "incident.json", incident_form(2))
    code, _, _ = run(capsys, "server", "publish-form", "--db", live_server.db_url, str(v2))
    assert code == EXIT_OK
    token = live_server.add_device("gao-1")
    home = str(tmp_path / "fp")
    run(capsys, "--data-dir", home, "enroll", "--server", live_server.url, "--token", token)
    code, _, _ = run(capsys, "--data-dir", home, "sync")
    assert code == EXIT_OK
    code, out, _ = run(capsys, "--data-dir", home, "forms", "list")
    assert code == EXIT_OK
    assert "incident\tv2\t" in out
