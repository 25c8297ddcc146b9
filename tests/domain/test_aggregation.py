"""The one aggregation: periods (ISO weeks included), incident figures, activities, the quarter."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focalpoint.domain import aggregation as agg
from focalpoint.domain.errors import UsageError
from focalpoint.domain.indicators import ParticipantTotals
from focalpoint.domain.messages import error_message
from focalpoint.store.forms import load_shipped_forms


def incident(
    ident: str,
    day: str,
    *,
    region: str = "gao",
    cercle: str = "gao",
    domain: str = "crime_extremisme",
    kind: str = "attaque_armee",
    deaths: int | None = 0,
    injured: int | None = 0,
    status: str = "final",
    deleted: bool = False,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "titre": f"Incident {ident}",
        "date_incident": day,
        "lieu": {"region": region, "cercle": cercle},
        "domaine": domain,
        "type_incident": kind,
    }
    if deaths is not None:
        data["morts"] = deaths
    if injured is not None:
        data["blesses"] = injured
    return {
        "id": ident,
        "form_id": "incident",
        "region": region,
        "status": status,
        "deleted": deleted,
        "data": data,
    }


def activity(
    ident: str,
    start: str,
    *,
    programme: str = "news",
    region: str = "gao",
    rows: list[dict[str, Any]] | None = None,
    status: str = "final",
    deleted: bool = False,
    end: str | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "programme": programme,
        "type_activite": "atelier",
        "titre": f"Activité {ident}",
        "date_debut": start,
        "lieu": {"region": region, "cercle": region, "commune": "c1"},
        "partenaire": "PNUD",
        "participants": rows or [],
        "feuille_signee": [{"sha256": "a" * 64, "name": "liste.pdf"}],
        "pieces_jointes": [{"sha256": "b" * 64, "name": "photo.jpg"}],
    }
    if end:
        data["date_fin"] = end
    return {
        "id": ident,
        "form_id": "activite",
        "region": region,
        "status": status,
        "deleted": deleted,
        "data": data,
    }


def person(sex: str, age: int, *, disabled: bool = False) -> dict[str, Any]:
    return {
        "nom": "Maïga",
        "prenom": "Aminata" if sex == "F" else "Moussa",
        "sexe": sex,
        "age": age,
        "jeune": 18 <= age <= 35,
        "handicap": disabled,
    }


# ----------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2023-W22", "week", date(2023, 5, 29), date(2023, 6, 4)),
        ("2020-W53", "week", date(2020, 12, 28), date(2021, 1, 3)),  # spans two years
        ("2015-W01", "week", date(2014, 12, 29), date(2015, 1, 4)),  # starts the year before
        ("2023-05", "month", date(2023, 5, 1), date(2023, 5, 31)),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        ("2023-Q2", "quarter", date(2023, 4, 1), date(2023, 6, 30)),
        ("2023-T4", "quarter", date(2023, 10, 1), date(2023, 12, 31)),
    ],
)
def test_parse_period(text: str, kind: str, start: date, end: date) -> None:
    period = agg.parse_period(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert agg.parse_period(period.label) == period


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("2023-W54", "week", "week_invalid"),
        ("2021-W53", "week", "week_invalid"),  # 2021 has 52 ISO weeks
        ("2023-W00", None, "week_invalid"),
        ("2023-13", "month", "month_invalid"),
        ("2023-00", None, "month_invalid"),
        ("2023-Q5", "quarter", "quarter_invalid"),
        ("2023-05", "week", "week_invalid"),  # a month where a week is asked
        ("mai 2023", None, "period_invalid"),
        ("", None, "period_invalid"),
    ],
)
def test_bad_period_is_a_usage_error_with_a_french_message(
    text: str, kind: str | None, code: str
) -> None:
    with pytest.raises(UsageError) as caught:
        agg.parse_period(text, kind)
    assert caught.value.params["detail_code"] == code
    french = error_message(caught.value, "fr")
    assert text in french
    assert "non valide" in french
    assert "invalid" in error_message(caught.value, "en")


def test_previous_periods_cross_year_boundaries() -> None:
    week = agg.parse_period("2021-W02")
    assert [p.label for p in week.previous(3)] == ["2020-W52", "2020-W53", "2021-W01"]
    month = agg.parse_period("2023-02")
    assert [p.label for p in month.previous(2)] == ["2022-12", "2023-01"]
    quarter = agg.parse_period("2023-Q1")
    assert [p.label for p in quarter.previous(2)] == ["2022-Q3", "2022-Q4"]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_every_day_is_in_exactly_its_week_month_and_quarter(day: date) -> None:
    for make in (agg.week_period, agg.month_period, agg.quarter_period):
        period = make(day)
        assert period.contains(day)
        assert agg.parse_period(period.label) == period
        assert period.shift(1).start == period.end + timedelta(days=1)
        assert period.shift(-1).end == period.start - timedelta(days=1)
    assert agg.week_period(day).days == 7


def test_a_quarter_has_twelve_complete_weeks_and_three_months() -> None:
    q2 = agg.parse_period("2023-Q2")
    assert agg.complete_weeks(q2) == 12  # as the 2023 Q2 bulletin: douze rapports hebdomadaires
    assert agg.months_in(q2) == 3
    assert agg.complete_weeks(agg.parse_period("2023-W22")) == 1


def test_period_titles() -> None:
    assert agg.parse_period("2023-W22").title() == "semaine 22 (29 mai – 4 juin 2023)"
    assert agg.parse_period("2023-05").title() == "mai 2023"
    assert agg.parse_period("2023-Q2").title() == "2e trimestre 2023"
    assert agg.parse_period("2023-Q1").title() == "1er trimestre 2023"
    assert agg.parse_period("2023-Q2").title("en") == "Q2 2023"


# ----------------------------------------------------------------------------- incidents


def known_records() -> list[dict[str, Any]]:
    return [
        incident("a", "2023-05-29", deaths=3, injured=4),  # major (7 ≥ 5)
        incident("b", "2023-05-30", deaths=1, injured=0, domain="femme_paix_securite"),
        incident("c", "2023-06-04", region="mopti", cercle="bandiagara", deaths=0, injured=5),
        incident("d", "2023-06-05", deaths=10),  # the next week
        incident("e", "2023-05-28", deaths=10),  # the week before
        incident("draft", "2023-05-31", deaths=50, status="draft"),
        incident("gone", "2023-05-31", deaths=50, deleted=True),
        incident("nodata", "2023-05-31", deaths=None, injured=None),
        activity("act", "2023-05-31"),  # other forms are ignored
    ]


def test_incident_report_with_known_figures() -> None:
    report = agg.incident_report(known_records(), agg.parse_period("2023-W22"))
    assert report.totals == agg.IncidentFigures(incidents=4, deaths=4, injured=9)
    assert dict(report.by_region) == {
        "gao": agg.IncidentFigures(3, 4, 4),
        "mopti": agg.IncidentFigures(1, 0, 5),
    }
    assert dict(report.by_domain)["femme_paix_securite"] == agg.IncidentFigures(1, 1, 0)
    assert dict(report.by_cercle)[("mopti", "bandiagara")].injured == 5
    assert [m.id for m in report.major] == ["a", "c"]
    assert report.major[0].day == date(2023, 5, 29)
    assert report.major_totals == agg.IncidentFigures(2, 3, 9)
    assert [p.label for p, _ in report.trend][-2:] == ["2023-W21", "2023-W22"]
    assert report.trend[-1][1] == report.totals
    assert report.trend[-2][1] == agg.IncidentFigures(1, 10, 0)
    assert len(report.trend) == agg.DEFAULT_TREND_LENGTH["week"]


def test_drafts_and_tombstones_never_count() -> None:
    records = [
        incident("draft", "2023-05-31", deaths=50, status="draft"),
        incident("gone", "2023-05-31", deaths=50, deleted=True),
    ]
    report = agg.incident_report(records, agg.parse_period("2023-05"))
    assert report.totals == agg.IncidentFigures()
    assert report.is_empty
    assert not report.major
    assert "aucun incident" in agg.summary_sentence(report)


def test_region_filter_keeps_one_region() -> None:
    report = agg.incident_report(known_records(), agg.parse_period("2023-W22"), region="mopti")
    assert report.totals == agg.IncidentFigures(1, 0, 5)
    assert [code for code, _ in report.by_region] == ["mopti"]
    assert [m.id for m in report.major] == ["c"]


def test_major_threshold_is_configurable() -> None:
    records = known_records()
    week = agg.parse_period("2023-W22")
    assert len(agg.incident_report(records, week, major_threshold=1).major) == 3
    assert len(agg.incident_report(records, week, major_threshold=8).major) == 0


def reviewed(record: dict[str, Any], status: str) -> dict[str, Any]:
    """``record`` with the review status the store reads from ``records.review_status``."""
    return {**record, "review_status": status}


def review_mix() -> list[dict[str, Any]]:
    """One verified incident and one of each other review state, all major, in 2023-W22."""
    return [
        reviewed(incident("v", "2023-05-29", deaths=5), "verifie"),
        reviewed(incident("w", "2023-05-30", deaths=6), "en_verification"),
        reviewed(incident("x", "2023-05-30", deaths=7), "besoin_informations"),
        reviewed(incident("y", "2023-05-31", deaths=8), "rejete"),
        incident("z", "2023-06-01", deaths=9),  # never reviewed: ''
        reviewed(incident("old", "2023-05-22", deaths=10), "en_verification"),  # W21
    ]


def test_only_verified_incidents_count_when_unverified_are_left_out() -> None:
    week = agg.parse_period("2023-W22")
    strict = agg.incident_report(review_mix(), week, include_unverified=False)
    assert strict.totals == agg.IncidentFigures(1, 5, 0)
    assert [m.id for m in strict.major] == ["v"]
    assert strict.major[0].verified
    assert dict(strict.by_domain) == {"crime_extremisme": agg.IncidentFigures(1, 5, 0)}
    assert strict.trend[-2][1] == agg.IncidentFigures()  # the W21 one is not verified either
    assert (strict.include_unverified, strict.unverified, strict.awaiting) == (False, 4, 3)
    assert not strict.is_empty


def test_included_unverified_incidents_are_counted_and_marked() -> None:
    week = agg.parse_period("2023-W22")
    report = agg.incident_report(review_mix(), week, include_unverified=True)
    assert report.totals == agg.IncidentFigures(5, 35, 0)
    assert report.trend[-2][1] == agg.IncidentFigures(1, 10, 0)
    assert [(m.id, m.review_status, m.verified) for m in report.major] == [
        ("v", "verifie", True),
        ("w", "en_verification", False),
        ("x", "besoin_informations", False),
        ("y", "rejete", False),
        ("z", "", False),
    ]
    assert (report.include_unverified, report.unverified, report.awaiting) == (True, 4, 3)
    assert agg.unverified_mark("verifie") == ""
    assert agg.unverified_mark("en_verification") == "non vérifié (en vérification)"
    assert agg.unverified_mark("") == "non vérifié (reçu)"
    assert agg.unverified_mark("rejete", "en") == "not verified (rejected)"
    assert agg.review_code("") == "recu"


def test_the_verification_sentence_says_what_was_counted() -> None:
    week = agg.parse_period("2023-W22")
    strict = agg.incident_report(review_mix(), week, include_unverified=False)
    assert agg.verification_sentence(strict) == (
        "Seuls les incidents vérifiés par le secrétariat sont comptés ; 4 incidents non "
        "vérifiés de la période n'y figurent pas."
    )
    assert agg.verification_sentence(strict, "en") == (
        "Only the incidents verified by the secretariat are counted; 4 unverified incidents "
        "of the period are left out."
    )
    included = agg.incident_report(review_mix(), week, include_unverified=True)
    assert agg.verification_sentence(included) == (
        "Inclut 4 incidents non vérifiés par le secrétariat (« non vérifié » dans la liste des "
        "incidents majeurs)."
    )
    assert agg.verification_sentence(included, "en").startswith(
        "Includes 4 incidents not verified by the secretariat"
    )
    clean = [reviewed(incident("v", "2023-05-29"), "verifie")]
    assert agg.verification_sentence(
        agg.incident_report(clean, week, include_unverified=False)
    ) == ("Seuls les incidents vérifiés par le secrétariat sont comptés.")
    minor = [incident("m", "2023-05-29", deaths=1)]  # unverified but not major: no list to mark
    assert agg.verification_sentence(agg.incident_report(minor, week, include_unverified=True)) == (
        "Inclut 1 incident non vérifié par le secrétariat."
    )


def test_a_period_with_only_unverified_incidents_says_no_verified_one() -> None:
    week = agg.parse_period("2023-W22")
    report = agg.incident_report(
        [incident("z", "2023-05-30", deaths=2)], week, include_unverified=False
    )
    assert report.is_empty
    assert report.unverified == report.awaiting == 1
    assert "aucun incident vérifié n'a été rapporté" in agg.summary_sentence(report)
    assert "no verified incident was reported" in agg.summary_sentence(report, "en")
    nothing = agg.incident_report([], week, include_unverified=False)
    assert "aucun incident n'a été rapporté" in agg.summary_sentence(nothing)


def test_the_aggregation_itself_counts_every_final_incident_unless_told() -> None:
    """The pure aggregation's default is every final incident (the lead's contract); the
    published reports' default — verified only — is the services' (tests/services)."""
    week = agg.parse_period("2023-W22")
    assert agg.incident_report(review_mix(), week).totals.incidents == 5


def test_quarterly_counts_every_activity_whatever_the_incidents_option() -> None:
    quarter = agg.parse_period("2023-Q2")
    records = [activity("a1", "2023-04-03", rows=[person("F", 20)]), *review_mix()]
    strict = agg.quarterly_report(records, quarter, include_unverified=False)
    assert strict.sessions == 1  # activities are not reviewed: never left out
    assert strict.incidents.totals.incidents == 1
    assert strict.incidents == agg.incident_report(records, quarter, include_unverified=False)
    assert agg.quarterly_report(records, quarter, include_unverified=True).incidents.unverified == 5


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 40),
            st.integers(0, 12),
            st.sampled_from(
                ["", "recu", "en_verification", "verifie", "rejete", "besoin_informations"]
            ),
        ),
        max_size=40,
    )
)
def test_verified_and_unverified_figures_add_up(rows: list[tuple[int, int, str]]) -> None:
    month = agg.parse_period("2023-05")
    records = [
        reviewed(incident(f"i{n}", f"2023-05-{1 + day % 31:02d}", deaths=dead), status)
        for n, (day, dead, status) in enumerate(rows)
    ]
    strict = agg.incident_report(records, month, include_unverified=False)
    loose = agg.incident_report(records, month, include_unverified=True)
    verified = [r for r in records if r["review_status"] == "verifie"]
    assert strict.totals.incidents == len(verified)
    assert strict.totals.deaths == sum(r["data"]["morts"] for r in verified)
    assert loose.totals.incidents == len(records)
    assert strict.unverified == loose.unverified == len(records) - len(verified)
    assert strict.awaiting == sum(r["review_status"] not in ("verifie", "rejete") for r in records)
    assert all(m.verified for m in strict.major)
    assert sum(not m.verified for m in loose.major) <= loose.unverified


incidents_strategy = st.lists(
    st.builds(
        lambda i, offset, region, domain, deaths, injured, status: incident(
            f"i{i}",
            (date(2023, 4, 1) + timedelta(days=offset)).isoformat(),
            region=region,
            cercle=f"{region}-c{offset % 3}",
            domain=domain,
            deaths=deaths,
            injured=injured,
            status=status,
        ),
        st.integers(0, 10**6),
        st.integers(-60, 150),
        st.sampled_from(["gao", "mopti", "tombouctou"]),
        st.sampled_from(["crime_extremisme", "autre", ""]),
        st.integers(0, 30),
        st.integers(0, 30),
        st.sampled_from(["final", "final", "draft"]),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(incidents_strategy, st.sampled_from(["2023-Q2", "2023-05", "2023-W20"]))
def test_breakdowns_add_up_to_the_totals(records: list[dict[str, Any]], text: str) -> None:
    period = agg.parse_period(text)
    report = agg.incident_report(records, period)
    for breakdown in (report.by_domain, report.by_region, report.by_cercle, report.by_type):
        total = agg.IncidentFigures()
        for _, figures in breakdown:
            total += figures
        assert total == report.totals
    counted = [
        r
        for r in records
        if r["status"] == "final"
        and period.contains(date.fromisoformat(r["data"]["date_incident"]))
    ]
    assert report.totals.incidents == len(counted)
    assert report.totals.deaths == sum(r["data"]["morts"] for r in counted)
    assert all(m.deaths + m.injured >= report.major_threshold for m in report.major)
    by_region = agg.incident_report(records, period, region="gao").totals
    assert by_region == dict(report.by_region).get("gao", agg.IncidentFigures())


def test_summary_sentence_in_french_and_english() -> None:
    report = agg.incident_report(known_records(), agg.parse_period("2023-W22"))
    assert agg.summary_sentence(report) == (
        "Entre le 29 mai 2023 et le 4 juin 2023, 4 incidents ont été rapportés, faisant 4 morts "
        "et 9 blessés ; 2 incidents majeurs (au moins 5 morts et blessés)."
    )
    assert agg.summary_sentence(report, "en").startswith(
        "Between 29 May 2023 and 4 June 2023, 4 incidents were reported, causing 4 deaths"
    )


def test_summary_sentence_groups_thousands_with_a_narrow_space() -> None:
    records = [incident(f"i{i}", "2023-05-02", deaths=1) for i in range(1234)]
    sentence = agg.summary_sentence(agg.incident_report(records, agg.parse_period("2023-05")))
    assert "1\u202f234 incidents ont été rapportés, faisant 1\u202f234 morts" in sentence


# ----------------------------------------------------------------------------- activities


def test_activity_summary_and_participant_rows() -> None:
    rows = [person("F", 24), person("M", 41, disabled=True), person("F", 70)]
    record = activity("act", "2023-05-22", rows=rows, end="2023-05-24")
    summary = agg.activity_summary(record)
    assert summary.participants == ParticipantTotals(3, 2, 1, 1, 1)
    assert (summary.start, summary.end) == (date(2023, 5, 22), date(2023, 5, 24))
    assert summary.attachments == ("liste.pdf", "photo.jpg")
    assert summary.signed_sheets == 1
    assert (summary.region, summary.cercle, summary.commune) == ("gao", "gao", "c1")
    one_day = agg.activity_summary(activity("x", "2023-05-22"))
    assert one_day.end == one_day.start
    listed = agg.participant_rows(record)
    assert [r.number for r in listed] == [1, 2, 3]
    assert listed[1].disabled is True
    assert listed[0].youth is True
    assert listed[2].youth is False


def test_youth_comes_from_age_when_jeune_is_missing() -> None:
    rows = [
        {"sexe": "F", "age": 20},
        {"sexe": "M", "age": 36},
        {"sexe": "M", "jeune": False, "age": 20},
    ]
    summary = agg.activity_summary(activity("a", "2023-05-22", rows=rows))
    assert summary.participants.youth == 1


def test_blank_participant_list() -> None:
    record = activity("act", "2023-05-22", rows=[person("F", 24)])
    blank = agg.participant_list(record, blank_rows=30)
    assert blank.rows == ()
    assert blank.blank_rows == 30
    assert len(agg.participant_list(record).rows) == 1


def test_quarterly_report_by_programme() -> None:
    records = [
        activity("a1", "2023-04-03", programme="fps", rows=[person("F", 20), person("M", 50)]),
        activity("a2", "2023-06-30", programme="news", rows=[person("M", 30, disabled=True)]),
        activity("a3", "2023-05-10", programme="fps", rows=[person("F", 40)]),
        activity("out", "2023-07-01", programme="fps", rows=[person("F", 20)]),
        activity("draft", "2023-05-01", status="draft", rows=[person("F", 20)]),
        activity("gone", "2023-05-01", deleted=True, rows=[person("F", 20)]),
        activity("mopti", "2023-05-01", region="mopti", rows=[person("F", 20)]),
        *known_records(),
    ]
    quarter = agg.parse_period("2023-Q2")
    report = agg.quarterly_report(records, quarter, programme_order=("news", "fps"))
    assert [b.programme for b in report.programmes] == ["news", "fps"]
    assert report.sessions == 5  # a1, a2, a3, mopti and the "act" of known_records
    assert report.participants == ParticipantTotals(5, 3, 2, 3, 1)
    gao = agg.quarterly_report(records, quarter, "gao", programme_order=("news", "fps"))
    assert [b.programme for b in gao.programmes] == ["news", "fps"]
    fps = gao.programmes[1]
    assert [a.id for a in fps.activities] == ["a1", "a3"]
    assert fps.participants == ParticipantTotals(3, 2, 1, 1, 0)
    assert gao.sessions == 4
    assert gao.incidents == agg.incident_report(records, quarter, region="gao")
    assert (gao.weekly_reports, gao.monthly_bulletins) == (12, 3)
    programme_sum = sum((b.participants for b in report.programmes), ParticipantTotals())
    assert programme_sum == report.participants


def test_code_labels_come_from_the_forms() -> None:
    from focalpoint.domain.locations import default_locations

    forms = load_shipped_forms()
    labels = agg.CodeLabels.from_forms(forms["activite"], forms["incident"], default_locations())
    assert labels.programme("jps") == "Jeunesse, paix et sécurité"
    assert labels.domain("crime_extremisme") == "Crime organisé et extrémisme violent"
    assert labels.region("segou") == "Ségou"
    assert labels.programme("") == "Non précisé"
    assert labels.programme("zzz") == "zzz"
    english = agg.CodeLabels.from_forms(forms["activite"], forms["incident"], lang="en")
    assert english.incident_type("enlevement") == "Kidnapping"
    assert agg.choice_label(forms["incident"], "domaine", "autre", "en") == "Other"
    assert agg.choice_order(forms["activite"], "programme")[0] == "news"
