"""The shipped forms are valid against the documented schema and cover every field type."""

from __future__ import annotations

import json

import jsonschema
import pytest

from focalpoint.domain.errors import ImportFileError
from focalpoint.domain.forms import FIELD_TYPES, parse_form
from focalpoint.store.forms import check_definition, load_shipped_forms
from tests.conftest import REPO

FORM_FILES = sorted(p for p in (REPO / "forms").glob("*.json") if p.name != "form.schema.json")
SCHEMA = json.loads((REPO / "forms" / "form.schema.json").read_text(encoding="utf-8"))


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", FORM_FILES, ids=lambda p: p.stem)
def test_form_file_validates_against_schema(path) -> None:
    definition = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(definition, SCHEMA)
    form = parse_form(definition)
    assert form.id == path.stem
    assert form.field(form.region_field).type == "location"
    assert form.field(form.date_field).type == "date"
    assert form.field(form.title_field).type == "text"


def test_shipped_forms_are_activite_and_incident() -> None:
    assert set(load_shipped_forms()) >= {"activite", "incident"}


def test_shipped_forms_use_every_field_type() -> None:
    used = {f.type for form in load_shipped_forms().values() for _parent, f in form.iter_fields()}
    assert used == set(FIELD_TYPES)


@pytest.mark.parametrize("path", FORM_FILES, ids=lambda p: p.stem)
def test_every_label_has_french_and_english(path) -> None:
    form = load_shipped_forms()[path.stem]
    for _parent, f in form.iter_fields():
        assert f.label["fr"]
        assert f.label["en"]
        for choice in f.choices:
            assert choice.label["fr"]
            assert choice.label["en"]


def test_youth_is_computed_from_age_18_to_35() -> None:
    participants = load_shipped_forms()["activite"].field("participants")
    youth = participants.subfield("jeune")
    assert youth.calculate.field == "age"
    assert (youth.calculate.low, youth.calculate.high) == (18, 35)


@pytest.mark.parametrize(
    ("mutation", "where"),
    [
        (lambda d: d.pop("region_field"), "(racine)"),
        (lambda d: d["sections"][0]["fields"][0].update(type="colour"), "sections/0/fields/0"),
        (lambda d: d["sections"][0]["fields"][0]["label"].pop("fr"), "sections/0/fields/0/label"),
    ],
)
def test_a_bad_definition_is_refused_with_its_place(mutation, where) -> None:
    definition = json.loads(FORM_FILES[0].read_text(encoding="utf-8"))
    mutation(definition)
    with pytest.raises(ImportFileError) as caught:
        check_definition(definition, source="x.json")
    assert caught.value.params["reason"].startswith(where)
