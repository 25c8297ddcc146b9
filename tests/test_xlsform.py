"""Tests of focalpoint.xlsform: XLSForm workbooks converted into focalpoint form definitions."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import focalpoint.xlsform
from focalpoint.cli import EXIT_DATA, EXIT_OK, main
from focalpoint.domain.errors import ImportFileError
from focalpoint.domain.forms import Field, Form, parse_form
from focalpoint.domain.messages import MESSAGES
from focalpoint.xlsform import SCHEMA_PATH, XlsFormResult, write_form, xlsform_to_form

FR = "label::Français (fr)"
EN = "label::English (en)"

Rows = Sequence[Mapping[str, Any]]


def _write_sheet(workbook: Any, title: str, rows: Rows) -> None:
    sheet = workbook.create_sheet(title)
    headers = list(dict.fromkeys(key for row in rows for key in row))
    sheet.append(headers)
    for row in rows:
        sheet.append([row.get(h) for h in headers])


def _xlsform(
    tmp_path: Path,
    survey: Rows,
    choices: Rows = (),
    settings: Mapping[str, Any] | None = None,
    name: str = "formulaire.xlsx",
) -> Path:
    """Save an XLSForm workbook with the given sheets (rows are dicts keyed by column)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    _write_sheet(workbook, "survey", survey)
    if choices:
        _write_sheet(workbook, "choices", choices)
    if settings is not None:
        _write_sheet(workbook, "settings", [settings])
    path = tmp_path / name
    workbook.save(path)
    return path


def _q(kind: str, name: str, fr: str = "", en: str = "", **columns: Any) -> dict[str, Any]:
    """One survey row with French and English labels."""
    row: dict[str, Any] = {"type": kind, "name": name}
    if fr or en:
        row[FR] = fr or None
        row[EN] = en or None
    row.update(columns)
    return row


def _choice(list_name: str, value: str, fr: str, en: str) -> dict[str, Any]:
    return {"list_name": list_name, "name": value, FR: fr, EN: en}


def _end(kind: str) -> dict[str, Any]:
    return {"type": kind}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _valid(result: XlsFormResult) -> Form:
    """The converted form, checked against the schema; each note fits its message."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.validate(result.definition, schema)
    for note in result.unsupported:
        assert note.code in MESSAGES, note
        assert set(note.params) == _placeholders(MESSAGES[note.code]["fr"]), note
        assert all(isinstance(value, str) for value in note.params.values()), note
    return parse_form(result.definition)


def _field(form: Form, field_id: str) -> Field:
    found = next((f for _parent, f in form.iter_fields() if f.id == field_id), None)
    assert found is not None, f"no field {field_id}"
    return found


def _raw(result: XlsFormResult, field_id: str) -> dict[str, Any]:
    """The JSON of field ``field_id`` (top level or in a repeat)."""
    for section in result.definition["sections"]:
        for top in section["fields"]:
            for raw in (top, *top.get("fields", ())):
                if raw["id"] == field_id:
                    return raw
    raise AssertionError(f"no field {field_id}")


def _has_note(result: XlsFormResult, code: str, **params: str) -> bool:
    """Whether a note ``code`` was made with (at least) these parameters."""
    return any(
        note.code == code and all(note.params.get(k) == v for k, v in params.items())
        for note in result.unsupported
    )


def _codes(result: XlsFormResult) -> set[str]:
    return {note.code for note in result.unsupported}


# --------------------------------------------------------------------------- conversion


@pytest.fixture
def activity_xlsform(tmp_path: Path) -> Path:
    survey = [
        _q("start", "start"),
        _q("text", "titre", "Titre de l'activité", "Activity title", required="yes"),
        _q("date", "date_debut", "Date de début", "Start date", required="true"),
        _q("select_one programmes", "programme", "Programme", "Programme", required="yes"),
        _q(
            "text",
            "precision",
            "Précisez",
            "Specify",
            relevant="${programme} = 'autre'",
            appearance="multiline",
        ),
        _q("select_multiple themes", "themes", "Thèmes", "Themes"),
        _q("integer", "nb_jours", "Nombre de jours", "Number of days"),
        _q("geopoint", "position", "Position GPS", "GPS position"),
        _q("image", "photo_sig", "Feuille signée", "Signed sheet"),
        _q("begin_repeat", "participants", "Participants", "Participants"),
        _q("text", "nom", "Nom", "Surname", required="yes"),
        _q("integer", "age", "Âge", "Age"),
        _q("select_one sexes", "sexe", "Sexe", "Sex"),
        _end("end_repeat"),
    ]
    choices = [
        _choice("programmes", "news", "Alerte précoce", "Early warning"),
        _choice("programmes", "autre", "Autre", "Other"),
        _choice("themes", "paix", "Paix", "Peace"),
        _choice("themes", "genre", "Genre", "Gender"),
        _choice("sexes", "F", "Femme", "Woman"),
        _choice("sexes", "M", "Homme", "Man"),
    ]
    settings = {"form_title": "Suivi d'activité", "form_id": "Suivi-Activité", "version": 3}
    return _xlsform(tmp_path, survey, choices, settings)


def test_full_form_converts_to_schema_valid_definition(activity_xlsform: Path) -> None:
    result = xlsform_to_form(activity_xlsform)
    form = _valid(result)

    assert form.id == "suivi_activite"
    assert form.version == 3
    assert form.title == {"fr": "Suivi d'activité", "en": "Suivi d'activité"}
    types = {f.id: f.type for _parent, f in form.iter_fields()}
    assert types == {
        "lieu": "location",
        "titre": "text",
        "date_debut": "date",
        "programme": "select_one",
        "precision": "long_text",
        "themes": "select_many",
        "nb_jours": "integer",
        "position": "gps",
        "photo_sig": "attachment",
        "participants": "repeat",
        "nom": "text",
        "age": "integer",
        "sexe": "select_one",
    }
    titre = _field(form, "titre")
    assert titre.label == {"fr": "Titre de l'activité", "en": "Activity title"}
    assert titre.required
    assert _field(form, "programme").choice_values() == ("news", "autre")
    assert _field(form, "programme").choice_label("news", "en") == "Early warning"
    assert _field(form, "themes").choice_values() == ("paix", "genre")
    assert _field(form, "sexe").choice_values() == ("F", "M")
    participants = _field(form, "participants")
    assert [f.id for f in participants.fields] == ["nom", "age", "sexe"]
    assert participants.subfield("nom").required


def test_key_fields_and_added_location(activity_xlsform: Path) -> None:
    result = xlsform_to_form(activity_xlsform)
    form = _valid(result)

    assert form.region_field == "lieu"
    assert form.sections[0].fields[0].id == "lieu"
    assert form.sections[0].fields[0].required
    assert form.title_field == "titre"
    assert form.date_field == "date_debut"
    assert form.list_columns == ("titre", "date_debut", "lieu")
    assert _has_note(result, "xlsform_location_added", field="lieu")
    assert _has_note(result, "xlsform_type_as_attachment", field="photo_sig", type="image")
    assert _has_note(result, "xlsform_metadata_skipped", field="start", type="start")


def test_top_level_groups_become_sections(tmp_path: Path) -> None:
    survey = [
        _q("text", "titre", "Titre", "Title"),
        _q("begin_group", "Contexte", "Contexte", "Context"),
        _q("date", "jour", "Jour", "Day"),
        _q("begin_group", "details", "Détails", "Details"),
        _q("decimal", "montant", "Montant", "Amount"),
        _end("end_group"),
        _end("end_group"),
    ]
    result = xlsform_to_form(_xlsform(tmp_path, survey))
    form = _valid(result)

    assert [s.id for s in form.sections] == ["general", "contexte"]
    assert form.sections[1].label == {"fr": "Contexte", "en": "Context"}
    assert [f.id for f in form.sections[1].fields] == ["jour", "montant"]
    assert _has_note(result, "xlsform_group_flattened", group="details", parent="Contexte")


def test_constraints_map_to_bounds_pattern_and_dates(tmp_path: Path) -> None:
    survey = [
        _q("text", "code", "Code", "Code", constraint="regex(., '^[A-Z]{3}[0-9]+$')"),
        _q("text", "resume", "Résumé", "Summary", constraint="string-length(.) <= 50"),
        _q("integer", "age", "Âge", "Age", constraint=". >= 10 and . <= 110"),
        _q("integer", "nb", "Nombre", "Number", constraint=". > 0"),
        _q("decimal", "taux", "Taux", "Rate", constraint=". <= 100.5"),
        _q("date", "debut", "Début", "Start", constraint=". <= today()"),
        _q("date", "fin", "Fin", "End", constraint=". >= ${debut}"),
    ]
    result = xlsform_to_form(_xlsform(tmp_path, survey))
    form = _valid(result)

    assert _field(form, "code").pattern == "^[A-Z]{3}[0-9]+$"
    assert _field(form, "resume").max_length == 50
    age = _field(form, "age")
    assert (age.minimum, age.maximum) == (10, 110)
    assert _field(form, "nb").minimum == 1
    assert _field(form, "taux").maximum == 100.5
    assert _field(form, "debut").not_future
    assert _field(form, "fin").not_before == "debut"
    assert "xlsform_constraint_unsupported" not in _codes(result)


def test_unsupported_constraint_is_reported(tmp_path: Path) -> None:
    survey = [
        _q("integer", "x", "X", "X", constraint=". > ${y}"),
        _q("integer", "y", "Y", "Y", constraint=". >= 0 or . = -1"),
    ]
    result = xlsform_to_form(_xlsform(tmp_path, survey))
    _valid(result)

    assert _has_note(result, "xlsform_constraint_unsupported", field="x", expression=". > ${y}")
    assert _has_note(
        result, "xlsform_constraint_unsupported", field="y", expression=". >= 0 or . = -1"
    )
    assert "min" not in _raw(result, "y")


def test_relevant_expressions(tmp_path: Path) -> None:
    survey = [
        _q("select_one types", "type_activite", "Type", "Type"),
        _q("text", "autre", "Autre", "Other", relevant="${type_activite} = 'autre'"),
        _q(
            "text",
            "pas_atelier",
            "Pas atelier",
            "Not workshop",
            relevant="${type_activite} != 'atelier'",
        ),
        _q("text", "si_type", "Si type", "If type", relevant="${type_activite} != ''"),
        _q("select_multiple types", "themes", "Thèmes", "Themes"),
        _q("text", "si_theme", "Si thème", "If theme", relevant="selected(${themes}, 'autre')"),
        _q("text", "si_un", "Si un", "If one", relevant="selected(${type_activite}, 'atelier')"),
        _q(
            "text",
            "deux",
            "Deux",
            "Two",
            relevant="${type_activite} = 'atelier' or ${type_activite} = 'autre'",
        ),
    ]
    choices = [
        _choice("types", "atelier", "Atelier", "Workshop"),
        _choice("types", "autre", "Autre", "Other"),
    ]
    result = xlsform_to_form(_xlsform(tmp_path, survey, choices))
    _valid(result)

    assert _raw(result, "autre")["relevant"] == {"field": "type_activite", "equals": "autre"}
    assert _raw(result, "pas_atelier")["relevant"] == {
        "field": "type_activite",
        "not_equals": "atelier",
    }
    assert _raw(result, "si_type")["relevant"] == {"field": "type_activite", "filled": True}
    assert _raw(result, "si_theme")["relevant"] == {"field": "themes", "in": ["autre"]}
    assert _raw(result, "si_un")["relevant"] == {"field": "type_activite", "equals": "atelier"}
    assert _raw(result, "deux")["relevant"] == {
        "field": "type_activite",
        "in": ["atelier", "autre"],
    }
    assert not _codes(result) & {
        "xlsform_relevant_unsupported",
        "xlsform_group_relevant_unsupported",
        "xlsform_group_relevant_dropped",
    }


def test_group_relevant_is_copied_to_its_fields(tmp_path: Path) -> None:
    survey = [
        _q("integer", "nb", "Nombre", "Number"),
        _q("begin_group", "suite", "Suite", "More", relevant="${nb} != ''"),
        _q("text", "detail", "Détail", "Detail"),
        _end("end_group"),
    ]
    result = xlsform_to_form(_xlsform(tmp_path, survey))
    _valid(result)

    assert _raw(result, "detail")["relevant"] == {"field": "nb", "filled": True}


def test_between_calculation_becomes_computed_field(tmp_path: Path) -> None:
    survey = [
        _q("begin_repeat", "participants", "Participants", "Participants"),
        _q("integer", "age", "Âge", "Age"),
        _q("calculate", "jeune", calculation="if(${age} >= 18 and ${age} <= 35, 1, 0)"),
        _end("end_repeat"),
    ]
    result = xlsform_to_form(_xlsform(tmp_path, survey))
    form = _valid(result)

    jeune = _field(form, "jeune")
    assert jeune.type == "boolean"
    assert jeune.is_computed
    assert (jeune.calculate.field, jeune.calculate.low, jeune.calculate.high) == ("age", 18, 35)


def test_unsupported_features_are_listed(tmp_path: Path) -> None:
    survey = [
        _q("text", "nom", "Nom", "Name"),
        _q("integer", "age", "Âge", "Age"),
        _q("note", "intro", "Bienvenue", "Welcome"),
        _q(
            "text",
            "complexe",
            "Complexe",
            "Complex",
            relevant="${age} > 18 and ${nom} = 'x'",
        ),
        _q("calculate", "nom_maj", calculation="concat(${nom}, '!')"),
        _q("begin_repeat", "menages", "Ménages", "Households"),
        _q("text", "chef", "Chef", "Head"),
        _q("begin_repeat", "membres", "Membres", "Members"),
        _q("text", "membre", "Membre", "Member"),
        _end("end_repeat"),
        _end("end_repeat"),
    ]
    result = xlsform_to_form(_xlsform(tmp_path, survey))
    form = _valid(result)

    assert _has_note(result, "xlsform_display_only_skipped", field="intro", type="note")
    assert _has_note(
        result,
        "xlsform_relevant_unsupported",
        field="complexe",
        expression="${age} > 18 and ${nom} = 'x'",
    )
    assert _has_note(
        result, "xlsform_calculate_unsupported", field="nom_maj", expression="concat(${nom}, '!')"
    )
    assert _has_note(result, "xlsform_nested_repeat", field="membres", repeat="menages", count="1")
    ids = {f.id for _parent, f in form.iter_fields()}
    assert "complexe" in ids
    assert _field(form, "complexe").relevant is None
    assert not ids & {"intro", "nom_maj", "membres", "membre"}
    assert [f.id for f in _field(form, "menages").fields] == ["chef"]


def test_plain_labels_names_and_settings_fallbacks(tmp_path: Path) -> None:
    survey = [
        {"type": "text", "name": "Nom-Complet", "label": "Nom complet"},
        {"type": "integer", "name": "age", "label": "Âge", "hint": "En années"},
    ]
    path = _xlsform(tmp_path, survey, settings={"version": "v2"}, name="Enquête Rapide.xlsx")
    result = xlsform_to_form(path)
    form = _valid(result)

    assert form.id == "enquete_rapide"
    assert form.version == 1
    nom = _field(form, "nom_complet")
    assert nom.label == {"fr": "Nom complet", "en": "Nom complet"}
    assert _field(form, "age").hint == {"fr": "En années", "en": "En années"}
    assert form.title_field == "nom_complet"
    assert form.date_field == "date"
    assert _field(form, "date").required
    assert _has_note(result, "xlsform_name_changed", field="Nom-Complet", id="nom_complet")
    assert _has_note(result, "xlsform_form_id_changed", original="Enquête Rapide")
    assert _has_note(result, "xlsform_version_invalid", version="v2")
    assert _has_note(
        result,
        "xlsform_language_column_missing",
        count="3",
        texts="Nom-Complet, age, age (hint)",
    )
    assert _has_note(result, "xlsform_date_field_added", field="date")


def test_missing_english_label_is_filled_and_noted(tmp_path: Path) -> None:
    survey = [_q("text", "titre", "Titre", ""), _q("date", "jour", "Jour", "Day")]
    result = xlsform_to_form(_xlsform(tmp_path, survey))
    form = _valid(result)

    assert _field(form, "titre").label == {"fr": "Titre", "en": "Titre"}
    assert _has_note(result, "xlsform_english_missing", count="1", texts="titre")


# --------------------------------------------------------------------------- errors


def test_not_an_xlsx_raises_import_file_error(tmp_path: Path) -> None:
    path = tmp_path / "faux.xlsx"
    path.write_bytes(b"type,name,label\ntext,nom,Nom\n")

    with pytest.raises(ImportFileError) as caught:
        xlsform_to_form(path)
    assert caught.value.params == {"path": str(path), "reason_code": "not_xlsx"}


def test_missing_file_raises_import_file_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.xlsx"

    with pytest.raises(ImportFileError) as caught:
        xlsform_to_form(path)
    assert caught.value.params == {"path": str(path), "reason_code": "file_missing"}


def test_pyxform_rejection_raises_import_file_error(tmp_path: Path) -> None:
    survey = [_q("select_one inconnue", "choix", "Choix", "Choice")]
    choices = [_choice("autre_liste", "a", "A", "A")]
    path = _xlsform(tmp_path, survey, choices)

    with pytest.raises(ImportFileError) as caught:
        xlsform_to_form(path)
    assert caught.value.params["reason_code"] == "xlsform_rejected"
    assert caught.value.params["path"] == str(path)
    assert "inconnue" in caught.value.params["detail"]


# --------------------------------------------------------------------------- write_form


def test_write_form_writes_utf8_json_and_refuses_downgrade(
    activity_xlsform: Path, tmp_path: Path
) -> None:
    definition = xlsform_to_form(activity_xlsform).definition
    forms_dir = tmp_path / "forms"

    target = write_form(definition, forms_dir)

    assert target == forms_dir / "suivi_activite.json"
    text = target.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert "Suivi d'activité" in text
    assert json.loads(text) == definition

    for older in (3, 2):
        with pytest.raises(ImportFileError) as caught:
            write_form({**definition, "version": older}, forms_dir)
        assert caught.value.params == {
            "path": str(target),
            "reason_code": "version_not_newer",
            "form": "suivi_activite",
            "existing": 3,
            "version": older,
        }
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 3

    write_form({**definition, "version": 4}, forms_dir)
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 4


def test_write_form_rejects_unsafe_id_and_bad_version(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        write_form({"id": "../evil", "version": 1}, tmp_path)
    assert caught.value.params["reason_code"] == "invalid_form_id"
    with pytest.raises(ImportFileError) as caught:
        write_form({"id": "ok", "version": True}, tmp_path)
    assert caught.value.params["reason_code"] == "invalid_form_version"
    assert not list(tmp_path.iterdir())


def test_write_form_refuses_an_unreadable_existing_form(tmp_path: Path) -> None:
    (tmp_path / "ok.json").write_text("{ not json", encoding="utf-8")

    with pytest.raises(ImportFileError) as caught:
        write_form({"id": "ok", "version": 2}, tmp_path)
    assert caught.value.params["reason_code"] == "existing_form_unreadable"


# --------------------------------------------------------------------------- messages


def _package_source() -> str:
    package = Path(focalpoint.xlsform.__file__).parent
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(package.glob("*.py")))


def test_every_note_code_has_a_message() -> None:
    source = _package_source()
    codes = set(re.findall(r"[\"'](xlsform_[a-z_]+)[\"']", source)) - set(
        focalpoint.xlsform.__all__
    )

    assert len(codes) > 40  # the grep does find the codes
    assert not re.search(r"\bf[\"']xlsform_", source), "note codes must be plain literals"
    assert sorted(code for code in codes if code not in MESSAGES) == []


def test_every_reason_code_has_a_message() -> None:
    codes = set(re.findall(r"reason_code=[\"']([a-z_]+)[\"']", _package_source()))

    assert {"file_missing", "not_xlsx", "xlsform_rejected", "version_not_newer"} <= codes
    assert sorted(code for code in codes if code not in MESSAGES) == []


def test_cli_import_speaks_french_and_english(
    activity_xlsform: Path, tmp_path: Path, capsys
) -> None:
    where = ["--data-dir", str(tmp_path / "data")]
    command = ["forms", "import", str(activity_xlsform), "--forms-dir", str(tmp_path / "forms")]

    assert main([*where, *command]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out.startswith("Formulaire « suivi_activite » version 3 écrit dans ")
    lines = captured.err.splitlines()
    assert lines
    assert all(line.startswith("Non pris en charge : ") for line in lines)
    assert (
        "Non pris en charge : Champ « photo_sig » : le type « image » est importé comme pièce "
        "jointe." in lines
    )
    assert (
        "Non pris en charge : Aucun champ de lieu dans le XLSForm : un champ obligatoire « lieu » "
        "(Lieu) a été ajouté en tête de la première section ; il donne la région de "
        "l'enregistrement." in lines
    )
    assert not re.search(r"Field|not supported|imported|skipped", captured.err)

    assert main([*where, *command]) == EXIT_DATA
    error = capsys.readouterr().err.splitlines()[-1]
    assert error.startswith("Fichier « ")
    assert "le formulaire « suivi_activite » existe déjà en version 3" in error
    assert "la version importée (3) n'est pas plus récente" in error

    assert main([*where, "--lang", "en", *command]) == EXIT_DATA
    captured = capsys.readouterr()
    assert (
        "Not supported: Field “photo_sig”: type “image” imported as an attachment."
        in captured.err.splitlines()
    )
    assert "form “suivi_activite” already exists in version 3" in captured.err
    assert "« " not in captured.err
