"""Tests of the demo data generator: determinism, shares and figures, validity against the forms."""

from __future__ import annotations

import json
import random
import re
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from focalpoint.demo import DemoRecord, DemoReview, demo_reviews, generate_demo
from focalpoint.domain.forms import Form, parse_form
from focalpoint.domain.locations import Locations, default_locations
from focalpoint.domain.review import REVIEW_STATUSES
from focalpoint.domain.validation import compute, validate

FORMS_DIR = Path(__file__).resolve().parents[1] / "forms"
PHONE = re.compile(r"^\+223[0-9]{8}$")
FOCAL = {"gao", "tombouctou", "mopti"}
END_OF_YEAR = date(2023, 12, 31)


@pytest.fixture(scope="module")
def forms() -> dict[str, Form]:
    return {
        name: parse_form(json.loads((FORMS_DIR / f"{name}.json").read_text(encoding="utf-8")))
        for name in ("activite", "incident")
    }


@pytest.fixture(scope="module")
def records() -> list[DemoRecord]:
    return generate_demo(default_locations())


@pytest.fixture(scope="module")
def activities(records: list[DemoRecord]) -> list[DemoRecord]:
    return [r for r in records if r.form_id == "activite"]


@pytest.fixture(scope="module")
def incidents(records: list[DemoRecord]) -> list[DemoRecord]:
    return [r for r in records if r.form_id == "incident"]


@pytest.fixture(scope="module")
def participants(activities: list[DemoRecord]) -> list[dict[str, Any]]:
    return [p for r in activities for p in r.data["participants"]]


def _record_date(record: DemoRecord) -> date:
    key = "date_incident" if record.form_id == "incident" else "date_debut"
    return date.fromisoformat(record.data[key])


# --------------------------------------------------------------------------- determinism


def test_same_seed_gives_the_same_records(records: list[DemoRecord]) -> None:
    again = generate_demo(default_locations())
    assert again == records
    assert [r.id for r in again] == [r.id for r in records]


def test_another_seed_gives_other_records(records: list[DemoRecord]) -> None:
    other = generate_demo(default_locations(), seed=7)
    assert {r.id for r in other}.isdisjoint({r.id for r in records})
    assert [r.data for r in other] != [r.data for r in records]


def test_global_random_state_is_untouched() -> None:
    random.seed(42)
    expected = random.random()
    random.seed(42)
    generate_demo(default_locations(), activities=5, incidents=20)
    assert random.random() == expected


def test_ids_are_unique_uuid4(records: list[DemoRecord]) -> None:
    ids = [r.id for r in records]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 4 and str(uuid.UUID(i)) == i for i in ids)


# --------------------------------------------------------------------------- counts and shares


def test_default_counts(activities: list[DemoRecord], incidents: list[DemoRecord]) -> None:
    assert len(activities) == 150
    assert len(incidents) == 600


@pytest.mark.parametrize(("n_act", "n_inc"), [(0, 0), (3, 0), (0, 10), (12, 80)])
def test_requested_counts(n_act: int, n_inc: int) -> None:
    out = generate_demo(default_locations(), seed=1, activities=n_act, incidents=n_inc)
    assert Counter(r.form_id for r in out) == Counter(activite=n_act, incident=n_inc) - Counter()


def test_records_are_sorted_by_creation(records: list[DemoRecord]) -> None:
    stamps = [r.created_at for r in records]
    assert stamps == sorted(stamps)


def test_most_records_are_in_the_focal_regions(records: list[DemoRecord]) -> None:
    share = sum(r.region in FOCAL for r in records) / len(records)
    assert 0.80 <= share <= 0.90
    assert {r.region for r in records} >= FOCAL | {"bamako"}


def test_bamako_holds_the_secretariat_activities(records: list[DemoRecord]) -> None:
    bamako = [r for r in records if r.region == "bamako"]
    assert bamako
    assert all(r.form_id == "activite" for r in bamako)
    assert all(r.author.endswith("(Secrétariat national)") for r in bamako)


def test_region_and_author_match_the_record(records: list[DemoRecord]) -> None:
    author = re.compile(r"^\S.* \((PF .+|Secrétariat national)\)$")
    for r in records:
        assert r.region == r.data["lieu"]["region"]
        assert author.match(r.author), r.author
    focal_authors = {r.author for r in records if r.region in FOCAL}
    assert all("(PF " in a for a in focal_authors)
    assert 6 <= len(focal_authors) <= 8


def test_statuses(records: list[DemoRecord]) -> None:
    counts = Counter(r.status for r in records)
    assert set(counts) == {"draft", "final"}
    assert 0.005 <= counts["draft"] / len(records) <= 0.07


def test_participant_shares_follow_the_bulletin(
    activities: list[DemoRecord], participants: list[dict[str, Any]]
) -> None:
    assert all(10 <= len(r.data["participants"]) <= 60 for r in activities)
    n = len(participants)
    women = sum(p["sexe"] == "F" for p in participants) / n
    youth = sum(18 <= p.get("age", 0) <= 35 for p in participants) / n
    disabled = sum(p["handicap"] for p in participants) / n
    no_phone = sum("telephone" not in p for p in participants) / n
    assert 0.19 <= women <= 0.30  # "78 femmes" of 325: 24 %
    assert 0.30 <= youth <= 0.42  # "117 jeunes" of 325: 36 %
    assert 0.01 <= disabled <= 0.06
    assert 0.15 <= no_phone <= 0.25
    assert all(16 <= p["age"] <= 70 for p in participants if "age" in p)
    assert all("jeune" not in p for p in participants)


def test_programmes_are_spread(activities: list[DemoRecord], forms: dict[str, Form]) -> None:
    field = forms["activite"].field("programme")
    assert field is not None
    counts = Counter(r.data["programme"] for r in activities)
    assert set(counts) == set(field.choice_values())
    assert counts.most_common(1)[0][1] <= 0.35 * len(activities)
    assert any(r.data["type_activite"] == "autre" for r in activities)


# --------------------------------------------------------------------------- dates and figures


def test_dates_are_in_2023(records: list[DemoRecord]) -> None:
    for r in records:
        day = _record_date(r)
        assert date(2023, 1, 1) <= day <= END_OF_YEAR
        created = datetime.fromisoformat(r.created_at)
        assert created.utcoffset() == timedelta(0)
        assert created.year == 2023
        assert created.date() >= date.fromisoformat(r.data.get("date_fin", day.isoformat()))


def test_activities_last_one_to_three_days(activities: list[DemoRecord]) -> None:
    for r in activities:
        start = date.fromisoformat(r.data["date_debut"])
        end = date.fromisoformat(r.data.get("date_fin", r.data["date_debut"]))
        assert 0 <= (end - start).days <= 2
        assert r.data.get("date_fin") != r.data["date_debut"]  # empty for a one-day activity


def test_incidents_cover_every_iso_week(incidents: list[DemoRecord]) -> None:
    weeks = {_record_date(r).isocalendar()[:2] for r in incidents}
    expected = {(2023, w) for w in range(1, 53)} | {(2022, 52)}  # 1 Jan 2023 is in 2022-W52
    assert weeks == expected


def test_incident_times_and_gps(incidents: list[DemoRecord]) -> None:
    with_time = [r.data["heure"] for r in incidents if "heure" in r.data]
    assert 0.6 <= len(with_time) / len(incidents) <= 0.9
    assert all(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", h) for h in with_time)
    points = [r.data["gps"] for r in incidents if "gps" in r.data]
    assert 0.5 <= len(points) / len(incidents) <= 0.7
    assert all(10.2 <= p["lat"] <= 25.0 and -12.2 <= p["lon"] <= 4.2 for p in points)


def test_quarterly_totals_are_of_the_bulletin_order(incidents: list[DemoRecord]) -> None:
    quarters: dict[int, list[int]] = {q: [0, 0, 0] for q in range(1, 5)}
    for r in incidents:
        totals = quarters[(_record_date(r).month - 1) // 3 + 1]
        totals[0] += 1
        totals[1] += r.data["morts"]
        totals[2] += r.data["blesses"]
    # 2023 Q2 bulletin: 116 incidents majeurs, 153 morts et 236 blessés.
    count, dead, hurt = quarters[2]
    assert 110 <= count <= 190
    assert 100 <= dead <= 250
    assert 150 <= hurt <= 350
    for count, dead, hurt in quarters.values():
        assert 100 <= count <= 210
        assert 70 <= dead <= 300
        assert 100 <= hurt <= 420


def test_tolls_are_skewed(incidents: list[DemoRecord]) -> None:
    deaths = [r.data["morts"] for r in incidents]
    assert sum(d <= 3 for d in deaths) / len(deaths) >= 0.85
    assert sum(d >= 10 for d in deaths) >= 6
    assert any(r.data["deplaces"] >= 100 for r in incidents)


def test_phones_are_malian_e164(records: list[DemoRecord]) -> None:
    rows = [p for r in records for p in r.data.get("participants", [])]
    phones = [p["telephone"] for p in rows if "telephone" in p]
    phones += [r.data["contact_source"] for r in records if "contact_source" in r.data]
    assert len(phones) > 1000
    assert all(PHONE.match(p) for p in phones)
    assert any(r.form_id == "incident" and "contact_source" in r.data for r in records)


# --------------------------------------------------------------------------- validity


def test_choice_values_and_required_fields(
    records: list[DemoRecord], forms: dict[str, Form]
) -> None:
    for r in records:
        form = forms[r.form_id]
        for field in form.fields:
            value = r.data.get(field.id)
            if field.required and field.relevant is None:
                assert value not in (None, "", []), (r.id, field.id)
            if value is not None and field.type == "select_one":
                assert value in field.choice_values(), (field.id, value)
            if value is not None and field.type == "select_many":
                assert value, field.id
                assert set(value) <= set(field.choice_values()), (field.id, value)
        assert set(r.data) <= {f.id for f in form.fields}


def test_incident_types_match_their_domain(incidents: list[DemoRecord]) -> None:
    allowed = {
        "crime_extremisme": {"attaque_armee", "engin_explosif", "enlevement", "assassinat",
                             "braquage", "vol_betail", "destruction_biens"},
        "securite_environnementale": {"catastrophe", "conflit_foncier"},
        "femme_paix_securite": {"vbg", "menace"},
    }  # fmt: skip
    for r in incidents:
        domain, kind = r.data["domaine"], r.data["type_incident"]
        assert kind in allowed.get(domain, {kind}), (domain, kind)
        assert ("type_autre" in r.data) == (kind == "autre")
    assert {r.data["domaine"] for r in incidents} >= set(allowed)


def test_every_record_validates(records: list[DemoRecord], forms: dict[str, Form]) -> None:
    locations = default_locations()
    for r in records:
        problems = validate(forms[r.form_id], r.data, today=END_OF_YEAR, locations=locations)
        assert problems == [], (r.form_id, r.id, problems)


def test_data_is_already_computed_except_youth(
    records: list[DemoRecord], forms: dict[str, Form]
) -> None:
    for r in records:
        computed = compute(forms[r.form_id], r.data)
        for row in computed.get("participants", []):
            row.pop("jeune", None)
        assert computed == r.data, r.id


def test_works_with_any_location_list(forms: dict[str, Form]) -> None:
    """No hard-coded codes: another list (no Gao, no Bamako) still gives valid records."""
    other = Locations.from_mapping(
        {
            "regions": [
                {"code": "nord", "name": "Nord", "cercles": [
                    {"code": "alpha", "name": "Alpha", "communes": [
                        {"code": "alpha", "name": "Alpha"}, {"code": "issa", "name": "Issa"}]},
                    {"code": "beta", "name": "Bêta"}]},
                {"code": "sud", "name": "Sud"},
            ]
        }
    )  # fmt: skip
    out = generate_demo(other, seed=3, activities=20, incidents=60)
    assert {r.region for r in out} <= {"nord", "sud"}
    for r in out:
        assert validate(forms[r.form_id], r.data, today=END_OF_YEAR, locations=other) == []


def test_empty_location_list_is_refused() -> None:
    with pytest.raises(ValueError, match="region"):
        generate_demo(Locations([]))


def test_created_at_is_utc_iso(records: list[DemoRecord]) -> None:
    for r in records[:50]:
        parsed = datetime.fromisoformat(r.created_at)
        assert parsed.astimezone(UTC).isoformat() == r.created_at


# --------------------------------------------------------------------------- review threads


@pytest.fixture(scope="module")
def threads(records: list[DemoRecord]) -> list[DemoReview]:
    return demo_reviews(records)


def _statuses(threads: list[DemoReview]) -> dict[str, str]:
    """The status in force per record (the last one set, in seq order)."""
    out: dict[str, str] = {}
    for entry in sorted(threads, key=lambda e: e.seq):
        if entry.status:
            out[entry.record_id] = entry.status
    return out


def test_review_threads_are_deterministic(records: list[DemoRecord], threads) -> None:
    assert demo_reviews(records) == threads
    assert demo_reviews(records, seed=5) != threads
    assert generate_demo(default_locations()) == records  # the records do not change


def test_review_entries_look_like_the_servers(
    records: list[DemoRecord], threads: list[DemoReview]
) -> None:
    assert [e.seq for e in threads] == list(range(1, len(threads) + 1))
    stamps = [e.created_at for e in threads]
    assert stamps == sorted(stamps)
    assert len({e.id for e in threads}) == len(threads)
    assert all(uuid.UUID(e.id).version == 4 for e in threads)
    by_id = {r.id: r for r in records}
    for entry in threads:
        record = by_id[entry.record_id]
        assert (record.form_id, record.status) == ("incident", "final")
        assert entry.created_at > record.created_at  # after the incident was saved
        moment = datetime.fromisoformat(entry.created_at)
        assert moment.utcoffset() == timedelta(0)
        assert moment.weekday() < 5
        assert 8 <= moment.hour < 17  # the secretariat's office hours
        if entry.status is None:  # the focal point's answer
            assert (entry.author, entry.role) == (record.author, "focal_point")
            assert entry.comment
        else:
            assert (entry.author, entry.role) == ("Secrétariat national", "secretariat")
            assert entry.status in REVIEW_STATUSES


def test_review_statuses_are_mostly_verified(
    records: list[DemoRecord], threads: list[DemoReview]
) -> None:
    finals = [r for r in records if r.form_id == "incident" and r.status == "final"]
    statuses = _statuses(threads)
    counts = Counter(statuses.get(r.id, "") for r in finals)
    assert counts["verifie"] / len(finals) >= 0.8
    assert 10 <= counts["en_verification"] <= 60
    assert 3 <= counts["besoin_informations"] <= 15
    assert 1 <= counts["rejete"] <= 2
    assert 1 <= counts[""] <= 20  # the last week's incidents are not reviewed yet
    last = max(_record_date(r) for r in finals)
    unreviewed = {r.id for r in finals if r.id not in statuses}
    assert all((last - _record_date(r)).days < 7 for r in finals if r.id in unreviewed)
    assert all(r.id in statuses for r in finals if (last - _record_date(r)).days >= 7)
    assert all(
        r.id not in statuses for r in records if r.form_id != "incident" or r.status != "final"
    )


def test_requests_for_information_and_rejections_say_why_in_french(threads) -> None:
    asked = [e for e in threads if e.status in ("besoin_informations", "rejete")]
    assert asked
    assert all(e.comment and e.comment[0].isupper() for e in asked)
    assert any("préciser" in e.comment for e in asked)
    answers = [e for e in threads if e.status is None]
    assert answers  # some focal points answered, then the secretariat verified
    statuses = _statuses(threads)
    assert all(statuses[e.record_id] == "verifie" for e in answers)


def test_every_week_but_the_last_has_a_verified_incident(
    records: list[DemoRecord], threads: list[DemoReview]
) -> None:
    statuses = _statuses(threads)
    verified_weeks = {
        _record_date(r).isocalendar()[:2]
        for r in records
        if r.form_id == "incident" and statuses.get(r.id) == "verifie"
    }
    every_week = {_record_date(r).isocalendar()[:2] for r in records if r.form_id == "incident"}
    assert every_week - verified_weeks == {(2023, 52)}


def test_no_final_incident_no_thread() -> None:
    assert demo_reviews(generate_demo(default_locations(), activities=5, incidents=0)) == []
