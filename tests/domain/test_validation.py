"""Validation rules of each field type, relevant fields, computed values and path naming."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focalpoint.domain.problems import Problem
from focalpoint.domain.validation import compute, is_empty, prepare, record_region, validate
from focalpoint.store.forms import load_shipped_forms
from tests.conftest import activity_data, incident_data

FORMS = load_shipped_forms()
ACTIVITE, INCIDENT = FORMS["activite"], FORMS["incident"]
TODAY = date(2023, 6, 30)


def check(form, data):
    """prepare → compute → validate, as the services do."""
    return validate(form, compute(form, prepare(form, data)), today=TODAY)


def codes(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.path, p.code) for p in problems}


def test_valid_incident_has_no_problem() -> None:
    assert check(INCIDENT, incident_data()) == []


def test_valid_activity_has_no_problem() -> None:
    assert check(ACTIVITE, activity_data()) == []


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        # text / long text
        ("titre", "ab", "too_short"),
        ("titre", "x" * 201, "too_long"),
        ("titre", 12, "not_text"),
        ("description", "court", "too_short"),
        # integer
        ("morts", "trois", "not_an_integer"),
        ("morts", "3,5", "not_an_integer"),
        ("morts", -1, "too_small"),
        ("morts", 10001, "too_large"),
        # date
        ("date_incident", "31/02/2023", "invalid_date"),
        ("date_incident", "hier", "invalid_date"),
        ("date_incident", "2023-07-01", "date_in_future"),
        # time
        ("heure", "25:00", "invalid_time"),
        ("heure", "midi", "invalid_time"),
        # boolean
        ("victimes_femmes", "peut-être", "invalid_boolean"),
        # select one / many
        ("domaine", "sport", "invalid_choice"),
        ("sources", ["temoin", "rumeur"], "invalid_choice"),
        ("sources", 3, "not_a_list"),
        # gps
        ("gps", {"lat": 95, "lon": 0}, "gps_invalid"),
        ("gps", {"lat": 48.85, "lon": 2.35}, "gps_outside_mali"),
        ("gps", "quelque part", "gps_invalid"),
        # attachment
        ("pieces_jointes", [{"name": "photo.jpg"}], "attachment_invalid"),
        # required
        ("fiabilite", "", "required"),
    ],
)
def test_incident_field_rule(field: str, value: object, code: str) -> None:
    problems = check(INCIDENT, incident_data(**{field: value}))
    assert [p.code for p in problems if p.path.split("[")[0] == field] == [code]


@pytest.mark.parametrize(
    ("place", "path", "code"),
    [
        ({"region": "atlantide"}, "lieu.region", "location_unknown_region"),
        ({"region": "gao", "cercle": "mopti"}, "lieu.cercle", "location_unknown_cercle"),
        (
            {"region": "gao", "cercle": "ansongo", "commune": "konna"},
            "lieu.commune",
            "location_unknown_commune",
        ),
        ({"cercle": "ansongo"}, "lieu.region", "required"),
        ({"region": "gao", "pays": "mali"}, "lieu", "location_invalid"),
    ],
)
def test_location_rules(place: dict, path: str, code: str) -> None:
    assert (path, code) in codes(check(INCIDENT, incident_data(lieu=place)))


def test_location_names_are_turned_into_codes_and_locality_is_free() -> None:
    data = prepare(
        INCIDENT,
        incident_data(
            lieu={"region": "GAO", "cercle": "Ansongo", "localite": "Fafa, près du fleuve"}
        ),
    )
    assert data["lieu"] == {
        "region": "gao",
        "cercle": "ansongo",
        "localite": "Fafa, près du fleuve",
    }
    assert validate(INCIDENT, data, today=TODAY) == []
    assert record_region(INCIDENT, data) == "gao"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("76 12 34 56", "+22376123456"),
        ("+223 66 12 34 56", "+22366123456"),
        ("0022390123456", "+22390123456"),
    ],
)
def test_mali_phone_numbers_are_normalised(typed: str, stored: str) -> None:
    data = prepare(ACTIVITE, activity_data(participants=1))
    data["participants"][0]["telephone"] = typed
    assert prepare(ACTIVITE, data)["participants"][0]["telephone"] == stored


@pytest.mark.parametrize(
    "phone", ["12345678901234", "7612345", "+33 6 12 34 56 78", "pas de numéro"]
)
def test_bad_phone_is_reported_with_its_row(phone: str) -> None:
    data = activity_data()
    data["participants"][2]["telephone"] = phone
    assert codes(check(ACTIVITE, data)) == {("participants[2].telephone", "phone_invalid")}


def test_age_of_300_is_too_large_and_youth_not_computed_from_it() -> None:
    data = activity_data(participants=1)
    data["participants"][0]["age"] = 300
    problems = check(ACTIVITE, data)
    assert codes(problems) == {("participants[0].age", "too_large")}


@pytest.mark.parametrize(("age", "youth"), [(17, False), (18, True), (35, True), (36, False)])
def test_youth_is_computed_from_age(age: int, youth: bool) -> None:
    data = activity_data(participants=1)
    data["participants"][0]["age"] = age
    assert compute(ACTIVITE, prepare(ACTIVITE, data))["participants"][0]["jeune"] is youth


def test_youth_is_absent_without_age_and_cannot_be_typed() -> None:
    data = activity_data(participants=1)
    data["participants"][0].pop("age")
    data["participants"][0]["jeune"] = True
    assert "jeune" not in compute(ACTIVITE, data)["participants"][0]


def test_end_date_before_start_date() -> None:
    problems = check(ACTIVITE, activity_data(date_debut="2023-05-24", date_fin="22/05/2023"))
    assert codes(problems) == {("date_fin", "date_before")}


def test_relevant_field_is_required_only_when_shown() -> None:
    assert codes(check(INCIDENT, incident_data(type_incident="autre"))) == {
        ("type_autre", "required")
    }
    assert check(INCIDENT, incident_data(type_incident="autre", type_autre="Feu de brousse")) == []


def test_value_of_a_hidden_field_is_dropped() -> None:
    data = compute(INCIDENT, incident_data(type_autre="restant d'une saisie"))
    assert "type_autre" not in data


def test_relevant_filled_rule_on_select_many() -> None:
    shown = compute(INCIDENT, incident_data(contact_source="+22376123456"))
    hidden = compute(INCIDENT, incident_data(sources=[], contact_source="+22376123456"))
    assert shown["contact_source"] == "+22376123456"
    assert "contact_source" not in hidden


def test_repeat_row_problems_carry_their_path() -> None:
    data = activity_data()
    data["participants"][1]["sexe"] = "X"
    data["participants"][1].pop("nom")
    assert codes(check(ACTIVITE, data)) == {
        ("participants[1].sexe", "invalid_choice"),
        ("participants[1].nom", "required"),
    }


def test_too_many_participants() -> None:
    data = activity_data(participants=501)
    assert ("participants", "too_many_rows") in codes(check(ACTIVITE, data))


def test_unknown_field_is_reported() -> None:
    assert codes(check(INCIDENT, incident_data(couleur="rouge"))) == {("couleur", "unknown_field")}


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [
        ("morts", " 12 ", 12),
        ("date_incident", "26/05/2023", "2023-05-26"),
        ("heure", "9h05", "09:05"),
        ("victimes_femmes", "Oui", True),
        ("victimes_femmes", "non", False),
        ("sources", "temoin; media", ["temoin", "media"]),
        ("gps", "16,27 -0,04", {"lat": 16.27, "lon": -0.04}),
    ],
)
def test_prepare_reads_what_people_type(field: str, typed: object, stored: object) -> None:
    assert prepare(INCIDENT, {field: typed})[field] == stored


def test_decimal_accepts_french_comma() -> None:
    data = prepare(ACTIVITE, activity_data(duree_heures="6,5"))
    assert data["duree_heures"] == 6.5
    assert validate(ACTIVITE, data, today=TODAY) == []


def test_is_empty() -> None:
    assert all(map(is_empty, [None, "", "  ", [], {}, {"region": ""}]))
    assert not any(map(is_empty, [0, False, "x", [1]]))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([f.id for f in INCIDENT.fields] + ["x"]), json_values))
def test_any_json_input_gives_problems_never_an_exception(data: dict) -> None:
    problems = check(INCIDENT, data)
    assert all(isinstance(p, Problem) for p in problems)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from(["nom", "sexe", "age", "telephone", "zz"]), json_values),
        max_size=5,
    )
)
def test_any_participant_rows_are_validated_without_exception(rows: list) -> None:
    data = activity_data(participants=0)
    data["participants"] = rows
    problems = check(ACTIVITE, data)
    assert all(p.path.startswith("participants") for p in problems)


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [
        ("domaine", "Démocratie et gouvernance", "democratie_gouvernance"),
        ("domaine", "DEMOCRACY AND GOVERNANCE", "democratie_gouvernance"),
        ("fiabilite", " non_confirmee ", "non_confirmee"),
        ("sources", "Témoin direct; Média", ["temoin", "media"]),
        ("sources", "temoin media", ["temoin", "media"]),
    ],
)
def test_choice_labels_are_read_as_values(field: str, typed: str, stored: object) -> None:
    assert prepare(INCIDENT, {field: typed})[field] == stored


def test_sex_label_in_a_participant_row() -> None:
    data = activity_data(participants=1)
    data["participants"][0]["sexe"] = "femme"
    assert prepare(ACTIVITE, data)["participants"][0]["sexe"] == "F"
