"""Export the figures of a report (incident report, quarterly bulletin, participant list) as
CSV, XLSX or JSON, from the aggregation's dataclasses (never from a database).

Every number comes from ``domain.aggregation``: the exports show exactly what the PDFs show.
Tables (``Table``: name, columns, typed rows) are built once per report and written by format:

- XLSX: one sheet per table, header row bold and frozen, typed cells (dates are real dates
  shown dd/mm/yyyy, counts are integers, shares are numbers shown as percentages);
- CSV: one ``;``-separated UTF-8 file (with BOM, so a French Excel opens it), the tables one
  after the other: a line with the table name, its header, its rows, a blank line;
- JSON: the report as nested objects (codes with their labels, ISO dates, plain numbers).

Column headers are French (``lang="en"``: English); codes keep a label column next to them.

Verification (``domain.review``): the summary says whether unverified incidents are included
and how many the period holds (``IncidentReport.include_unverified`` / ``unverified``), and each
listed incident carries its ``verification`` (the review status: a label in tables, the code in
JSON), so an unverified incident included by the option is always marked.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from focalpoint.domain.aggregation import (
    ActivitySummary,
    CodeLabels,
    IncidentFigures,
    IncidentReport,
    ParticipantList,
    Period,
    QuarterlyReport,
    review_code,
    summary_sentence,
    verification_sentence,
)
from focalpoint.domain.indicators import ParticipantTotals
from focalpoint.domain.review import status_label
from focalpoint.reports.exports import Table, write_xlsx

logger = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("csv", "xlsx", "json")
PERCENT = "percent"  # marks a column whose values are shares (0.0–1.0)

_HEADERS: dict[str, tuple[str, str]] = {
    "table": ("Tableau", "Table"),
    "item": ("Élément", "Item"),
    "value": ("Valeur", "Value"),
    "period": ("Période", "Period"),
    "start": ("Début", "Start"),
    "end": ("Fin", "End"),
    "region_code": ("Code région", "Region code"),
    "region": ("Région", "Region"),
    "cercle_code": ("Code cercle", "Cercle code"),
    "cercle": ("Cercle", "Cercle"),
    "commune": ("Commune", "Commune"),
    "domain_code": ("Code domaine", "Domain code"),
    "domain": ("Domaine", "Domain"),
    "type_code": ("Code type", "Type code"),
    "type": ("Type", "Type"),
    "incidents": ("Incidents", "Incidents"),
    "deaths": ("Morts", "Deaths"),
    "injured": ("Blessés", "Injured"),
    "displaced": ("Déplacés", "Displaced"),
    "date": ("Date", "Date"),
    "title": ("Titre", "Title"),
    "id": ("Identifiant", "Id"),
    "programme_code": ("Code programme", "Programme code"),
    "programme": ("Programme", "Programme"),
    "activities": ("Activités", "Activities"),
    "activity_type": ("Type d'activité", "Activity type"),
    "place": ("Lieu", "Venue"),
    "partner": ("Partenaire", "Partner"),
    "total": ("Participants", "Participants"),
    "women": ("Femmes", "Women"),
    "men": ("Hommes", "Men"),
    "youth": ("Jeunes (18–35 ans)", "Youth (18–35)"),
    "disabled": ("Personnes handicapées", "Persons with disabilities"),
    "share_women": ("% femmes", "% women"),
    "share_men": ("% hommes", "% men"),
    "share_youth": ("% jeunes", "% youth"),
    "share_disabled": ("% handicapées", "% disabilities"),
    "number": ("N°", "No."),
    "last_name": ("Nom", "Last name"),
    "first_name": ("Prénom", "First name"),
    "sex": ("Sexe", "Sex"),
    "age": ("Âge", "Age"),
    "organisation": ("Organisation", "Organisation"),
    "function": ("Fonction", "Function"),
    "locality": ("Localité", "Locality"),
    "phone": ("Téléphone", "Phone"),
    "attachments": ("Pièces jointes", "Attachments"),
    "verification": ("Vérification", "Verification"),
}
_TABLES: dict[str, tuple[str, str]] = {
    "summary": ("synthese", "summary"),
    "by_domain": ("par_domaine", "by_domain"),
    "by_region": ("par_region", "by_region"),
    "by_cercle": ("par_cercle", "by_cercle"),
    "by_type": ("par_type", "by_type"),
    "trend": ("tendance", "trend"),
    "major": ("incidents_majeurs", "major_incidents"),
    "programmes": ("programmes", "programmes"),
    "activities": ("activites", "activities"),
    "activity": ("activite", "activity"),
    "participants": ("participants", "participants"),
    "totals": ("totaux", "totals"),
}
_ITEMS: dict[str, tuple[str, str]] = {
    "period": ("Période", "Period"),
    "start": ("Début", "Start"),
    "end": ("Fin", "End"),
    "region": ("Région", "Region"),
    "all_regions": ("Toutes les régions", "All regions"),
    "incidents": ("Incidents", "Incidents"),
    "deaths": ("Morts", "Deaths"),
    "injured": ("Blessés", "Injured"),
    "displaced": ("Déplacés", "Displaced"),
    "major": ("Incidents majeurs", "Major incidents"),
    "major_deaths": ("Morts (incidents majeurs)", "Deaths (major incidents)"),
    "major_injured": ("Blessés (incidents majeurs)", "Injured (major incidents)"),
    "threshold": ("Seuil majeur (morts + blessés)", "Major threshold (dead + injured)"),
    "summary": ("Résumé", "Summary"),
    "sessions": ("Sessions (activités)", "Sessions (activities)"),
    "weekly_reports": ("Rapports hebdomadaires", "Weekly reports"),
    "monthly_bulletins": ("Bulletins mensuels", "Monthly bulletins"),
    "title": ("Titre", "Title"),
    "programme": ("Programme", "Programme"),
    "activity_type": ("Type d'activité", "Activity type"),
    "place": ("Lieu", "Place"),
    "venue": ("Salle", "Venue"),
    "partner": ("Partenaire", "Partner"),
    "attachments": ("Pièces jointes", "Attachments"),
    "include_unverified": ("Incidents non vérifiés inclus", "Unverified incidents included"),
    "unverified": ("Incidents non vérifiés (période)", "Unverified incidents (period)"),
    "verification": ("Vérification", "Verification"),
}


def _lang_index(lang: str) -> int:
    return 1 if lang == "en" else 0


def _table(key: str, columns: Sequence[str], lang: str) -> Table:
    i = _lang_index(lang)
    heads = [_HEADERS[c][i] for c in columns]
    percents = frozenset(n for n, c in enumerate(columns) if c.startswith("share_"))
    return Table(_TABLES[key][i], heads, [], percents)


def _item(key: str, lang: str) -> str:
    return _ITEMS[key][_lang_index(lang)]


# ----------------------------------------------------------------------------- tables


def _figures(f: IncidentFigures) -> list[int]:
    return [f.incidents, f.deaths, f.injured, f.displaced]


_FIGURE_COLUMNS = ("incidents", "deaths", "injured", "displaced")
_PARTICIPANT_COLUMNS = (
    "total",
    "women",
    "men",
    "youth",
    "disabled",
    "share_women",
    "share_men",
    "share_youth",
    "share_disabled",
)


def _participants(t: ParticipantTotals) -> list[Any]:
    return [
        t.total,
        t.women,
        t.men,
        t.youth,
        t.disabled,
        t.share(t.women),
        t.share(t.men),
        t.share(t.youth),
        t.share(t.disabled),
    ]


def _region_name(labels: CodeLabels, code: str | None, lang: str) -> str:
    if code is None:
        return _item("all_regions", lang)
    return labels.region(code)


def incident_tables(
    report: IncidentReport, labels: CodeLabels | None = None, lang: str = "fr"
) -> list[Table]:
    """The tables of an incident report: summary, by domain, region, cercle and type, trend,
    major incidents."""
    labels = labels or CodeLabels(lang=lang)
    summary = _table("summary", ("item", "value"), lang)
    t, m = report.totals, report.major_totals
    summary.rows = [
        [_item("period", lang), report.period.label],
        [_item("start", lang), report.period.start],
        [_item("end", lang), report.period.end],
        [_item("region", lang), _region_name(labels, report.region, lang)],
        [_item("incidents", lang), t.incidents],
        [_item("deaths", lang), t.deaths],
        [_item("injured", lang), t.injured],
        [_item("displaced", lang), t.displaced],
        [_item("threshold", lang), report.major_threshold],
        [_item("major", lang), m.incidents],
        [_item("major_deaths", lang), m.deaths],
        [_item("major_injured", lang), m.injured],
        [_item("summary", lang), summary_sentence(report, lang)],
        [_item("include_unverified", lang), report.include_unverified],
        [_item("unverified", lang), report.unverified],
        [_item("verification", lang), verification_sentence(report, lang)],
    ]
    by_domain = _table("by_domain", ("domain_code", "domain", *_FIGURE_COLUMNS), lang)
    by_domain.rows = [[c, labels.domain(c), *_figures(f)] for c, f in report.by_domain]
    by_region = _table("by_region", ("region_code", "region", *_FIGURE_COLUMNS), lang)
    by_region.rows = [[c, labels.region(c), *_figures(f)] for c, f in report.by_region]
    by_cercle = _table(
        "by_cercle", ("region_code", "region", "cercle_code", "cercle", *_FIGURE_COLUMNS), lang
    )
    by_cercle.rows = [
        [r, labels.region(r), c, labels.cercle(r, c), *_figures(f)]
        for (r, c), f in report.by_cercle
    ]
    by_type = _table("by_type", ("type_code", "type", *_FIGURE_COLUMNS), lang)
    by_type.rows = [[c, labels.incident_type(c), *_figures(f)] for c, f in report.by_type]
    trend = _table("trend", ("period", "start", "end", *_FIGURE_COLUMNS), lang)
    trend.rows = [[p.label, p.start, p.end, *_figures(f)] for p, f in report.trend]
    major = _table(
        "major",
        (
            "date",
            "title",
            "region_code",
            "region",
            "cercle",
            "domain",
            "type",
            "deaths",
            "injured",
            "displaced",
            "verification",
            "id",
        ),
        lang,
    )
    major.rows = [
        [
            i.day,
            i.title,
            i.region,
            labels.region(i.region),
            labels.cercle(i.region, i.cercle),
            labels.domain(i.domain),
            labels.incident_type(i.type, i.type_other),
            i.deaths,
            i.injured,
            i.displaced,
            status_label(review_code(i.review_status), lang),
            i.id,
        ]
        for i in report.major
    ]
    return [summary, by_domain, by_region, by_cercle, by_type, trend, major]


def _activity_row(a: ActivitySummary, labels: CodeLabels) -> list[Any]:
    return [
        a.programme,
        labels.programme(a.programme),
        a.start,
        a.end,
        a.title,
        labels.activity_type(a.activity_type, a.activity_type_other),
        labels.region(a.region),
        labels.cercle(a.region, a.cercle),
        labels.commune(a.region, a.cercle, a.commune),
        a.place_text,
        a.partner,
        *_participants(a.participants),
        a.id,
    ]


_ACTIVITY_COLUMNS = (
    "programme_code",
    "programme",
    "start",
    "end",
    "title",
    "activity_type",
    "region",
    "cercle",
    "commune",
    "place",
    "partner",
    *_PARTICIPANT_COLUMNS,
    "id",
)


def quarterly_tables(
    report: QuarterlyReport, labels: CodeLabels | None = None, lang: str = "fr"
) -> list[Table]:
    """The tables of a quarterly bulletin: summary, programmes, activities, then the incident
    report's tables (its summary renamed ``synthese_incidents``)."""
    labels = labels or CodeLabels(lang=lang)
    summary = _table("summary", ("item", "value"), lang)
    p = report.participants
    summary.rows = [
        [_item("period", lang), report.period.label],
        [_item("start", lang), report.period.start],
        [_item("end", lang), report.period.end],
        [_item("region", lang), _region_name(labels, report.region, lang)],
        [_item("sessions", lang), report.sessions],
        [_HEADERS["total"][_lang_index(lang)], p.total],
        [_HEADERS["women"][_lang_index(lang)], p.women],
        [_HEADERS["men"][_lang_index(lang)], p.men],
        [_HEADERS["youth"][_lang_index(lang)], p.youth],
        [_HEADERS["disabled"][_lang_index(lang)], p.disabled],
        [_item("weekly_reports", lang), report.weekly_reports],
        [_item("monthly_bulletins", lang), report.monthly_bulletins],
    ]
    programmes = _table(
        "programmes", ("programme_code", "programme", "activities", *_PARTICIPANT_COLUMNS), lang
    )
    programmes.rows = [
        [
            b.programme,
            labels.programme(b.programme),
            len(b.activities),
            *_participants(b.participants),
        ]
        for b in report.programmes
    ]
    activities = _table("activities", _ACTIVITY_COLUMNS, lang)
    activities.rows = [_activity_row(a, labels) for b in report.programmes for a in b.activities]
    incidents = incident_tables(report.incidents, labels, lang)
    incidents[0].name += "_incidents"
    return [summary, programmes, activities, *incidents]


def participant_tables(
    plist: ParticipantList, labels: CodeLabels | None = None, lang: str = "fr"
) -> list[Table]:
    """The tables of a participant list: the activity, its participants, their totals."""
    labels = labels or CodeLabels(lang=lang)
    a = plist.activity
    activity = _table("activity", ("item", "value"), lang)
    activity.rows = [
        [_item("title", lang), a.title],
        [_item("programme", lang), labels.programme(a.programme)],
        [
            _item("activity_type", lang),
            labels.activity_type(a.activity_type, a.activity_type_other),
        ],
        [_item("start", lang), a.start],
        [_item("end", lang), a.end],
        [_item("region", lang), labels.region(a.region)],
        [_HEADERS["cercle"][_lang_index(lang)], labels.cercle(a.region, a.cercle)],
        [_HEADERS["commune"][_lang_index(lang)], labels.commune(a.region, a.cercle, a.commune)],
        [_item("venue", lang), a.place_text],
        [_item("partner", lang), a.partner],
        [_item("attachments", lang), "; ".join(a.attachments)],
    ]
    people = _table(
        "participants",
        (
            "number",
            "last_name",
            "first_name",
            "sex",
            "age",
            "youth",
            "disabled",
            "organisation",
            "function",
            "locality",
            "phone",
        ),
        lang,
    )
    if plist.rows:
        people.rows = [
            [
                r.number,
                r.last_name,
                r.first_name,
                r.sex,
                r.age,
                r.youth,
                r.disabled,
                r.organisation,
                r.function,
                r.locality,
                r.phone,
            ]
            for r in plist.rows
        ]
    else:
        people.rows = [[n, *[None] * 10] for n in range(1, plist.blank_rows + 1)]
    totals = _table("totals", _PARTICIPANT_COLUMNS, lang)
    totals.rows = [_participants(a.participants)] if plist.rows else []
    return [activity, people, totals]


# ----------------------------------------------------------------------------- JSON


def _period_json(p: Period, lang: str) -> dict[str, Any]:
    return {
        "kind": p.kind,
        "label": p.label,
        "title": p.title(lang),
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
    }


def _figures_json(f: IncidentFigures) -> dict[str, int]:
    return {
        "incidents": f.incidents,
        "deaths": f.deaths,
        "injured": f.injured,
        "displaced": f.displaced,
    }


def _participants_json(t: ParticipantTotals) -> dict[str, Any]:
    return {
        "total": t.total,
        "women": t.women,
        "men": t.men,
        "youth": t.youth,
        "disabled": t.disabled,
        "shares": {
            "women": t.share(t.women),
            "men": t.share(t.men),
            "youth": t.share(t.youth),
            "disabled": t.share(t.disabled),
        },
    }


def incident_json(
    report: IncidentReport, labels: CodeLabels | None = None, lang: str = "fr"
) -> dict[str, Any]:
    """An incident report as JSON-ready nested data (codes with labels, ISO dates)."""
    labels = labels or CodeLabels(lang=lang)

    def rows(items: Iterable[tuple[str, IncidentFigures]], label: Any) -> list[dict[str, Any]]:
        return [{"code": c, "label": label(c), **_figures_json(f)} for c, f in items]

    return {
        "report": "incidents",
        "period": _period_json(report.period, lang),
        "region": report.region,
        "region_label": _region_name(labels, report.region, lang),
        "summary": summary_sentence(report, lang),
        "include_unverified": report.include_unverified,
        "unverified": report.unverified,
        "awaiting_verification": report.awaiting,
        "verification": verification_sentence(report, lang),
        "totals": _figures_json(report.totals),
        "by_domain": rows(report.by_domain, labels.domain),
        "by_region": rows(report.by_region, labels.region),
        "by_cercle": [
            {
                "region": r,
                "cercle": c,
                "label": labels.cercle(r, c),
                **_figures_json(f),
            }
            for (r, c), f in report.by_cercle
        ],
        "by_type": rows(report.by_type, labels.incident_type),
        "trend": [{**_period_json(p, lang), **_figures_json(f)} for p, f in report.trend],
        "major_threshold": report.major_threshold,
        "major_totals": _figures_json(report.major_totals),
        "major": [
            {
                "id": i.id,
                "date": i.day.isoformat(),
                "title": i.title,
                "region": i.region,
                "cercle": i.cercle,
                "commune": i.commune,
                "domain": i.domain,
                "type": i.type,
                "type_other": i.type_other,
                "deaths": i.deaths,
                "injured": i.injured,
                "displaced": i.displaced,
                "verification": review_code(i.review_status),
                "verified": i.verified,
            }
            for i in report.major
        ],
    }


def _activity_json(a: ActivitySummary, labels: CodeLabels) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "programme": a.programme,
        "programme_label": labels.programme(a.programme),
        "activity_type": a.activity_type,
        "activity_type_other": a.activity_type_other,
        "start": a.start.isoformat() if a.start else None,
        "end": a.end.isoformat() if a.end else None,
        "region": a.region,
        "cercle": a.cercle,
        "commune": a.commune,
        "locality": a.locality,
        "place_text": a.place_text,
        "partner": a.partner,
        "participants": _participants_json(a.participants),
        "attachments": list(a.attachments),
    }


def quarterly_json(
    report: QuarterlyReport, labels: CodeLabels | None = None, lang: str = "fr"
) -> dict[str, Any]:
    """A quarterly bulletin as JSON-ready nested data."""
    labels = labels or CodeLabels(lang=lang)
    return {
        "report": "quarterly",
        "period": _period_json(report.period, lang),
        "region": report.region,
        "sessions": report.sessions,
        "participants": _participants_json(report.participants),
        "weekly_reports": report.weekly_reports,
        "monthly_bulletins": report.monthly_bulletins,
        "programmes": [
            {
                "programme": b.programme,
                "label": labels.programme(b.programme),
                "participants": _participants_json(b.participants),
                "activities": [_activity_json(a, labels) for a in b.activities],
            }
            for b in report.programmes
        ],
        "incidents": incident_json(report.incidents, labels, lang),
    }


def participant_json(
    plist: ParticipantList, labels: CodeLabels | None = None, lang: str = "fr"
) -> dict[str, Any]:
    """A participant list as JSON-ready data (the activity, its rows, its totals)."""
    labels = labels or CodeLabels(lang=lang)
    return {
        "report": "participants",
        "activity": _activity_json(plist.activity, labels),
        "blank_rows": plist.blank_rows,
        "participants": [
            {
                "number": r.number,
                "last_name": r.last_name,
                "first_name": r.first_name,
                "sex": r.sex,
                "age": r.age,
                "youth": r.youth,
                "disabled": r.disabled,
                "organisation": r.organisation,
                "function": r.function,
                "locality": r.locality,
                "phone": r.phone,
            }
            for r in plist.rows
        ],
    }


# ----------------------------------------------------------------------------- writers


def _csv_text(value: Any, percent: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, date):
        return value.isoformat()
    if percent and isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def write_csv(tables: Iterable[Table], path: Path) -> Path:
    """All tables in one ``;``-separated UTF-8 (BOM) file: name line, header, rows, blank line.

    Dates are ISO (2023-05-26), shares decimals (0.2400), booleans oui/non.
    """
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        for n, table in enumerate(tables):
            if n:
                writer.writerow([])
            writer.writerow([table.name])
            writer.writerow(table.columns)
            writer.writerows(
                [_csv_text(v, i in table.percent_columns) for i, v in enumerate(row)]
                for row in table.rows
            )
    return path


def write_json(doc: Mapping[str, Any], path: Path) -> Path:
    """The report's JSON (UTF-8, indented)."""
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def write_figures(fmt: str, path: Path, tables: Sequence[Table], doc: Mapping[str, Any]) -> Path:
    """Write ``tables`` (csv, xlsx) or ``doc`` (json) to ``path`` according to ``fmt``."""
    if fmt == "csv":
        return write_csv(tables, path)
    if fmt == "xlsx":
        return write_xlsx(tables, path)
    if fmt == "json":
        return write_json(doc, path)
    raise ValueError(f"unknown figures format {fmt!r}")
