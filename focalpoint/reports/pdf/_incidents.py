"""The weekly NEWS report and the monthly human-security bulletin (one renderer).

Both show an ``IncidentReport`` of ``domain.aggregation``: the summary sentence, incidents,
deaths and injured by domain, region and cercle, the trend over the previous periods (a bar
chart), and the major incidents. Only the title differs with the period's kind.

Under the title a line says what the figures count: the incidents the secretariat verified
only (the default, with how many others were left out), or — in bold orange — that unverified
incidents are included, each one then marked « non vérifié (…) » in the major incidents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from focalpoint.domain.aggregation import (
    IncidentFigures,
    IncidentReport,
    MajorIncident,
    Period,
    summary_sentence,
    unverified_mark,
    verification_sentence,
)
from focalpoint.domain.formatting import format_date, format_percent
from focalpoint.reports.pdf._charts import TrendPoint, trend_drawing
from focalpoint.reports.pdf._inputs import Labels, Target, place_label
from focalpoint.reports.pdf._layout import (
    ORANGE,
    build_pdf,
    data_table,
    fmt,
    frame_width,
    markup,
    para,
    spacer,
    styles,
)

FIGURE_HEADERS = ("Incidents", "% des incidents", "Morts", "Blessés")
KIND_TITLES = {
    "week": "Rapport hebdomadaire NEWS",
    "month": "Bulletin mensuel sur la sécurité humaine",
    "quarter": "Bilan trimestriel des incidents",
}


def document_title(period: Period) -> str:
    """ "Rapport hebdomadaire NEWS", "Bulletin mensuel sur la sécurité humaine"…"""
    return KIND_TITLES.get(period.kind, "Rapport sur les incidents")


def trend_points(trend: Sequence[tuple[Period, IncidentFigures]]) -> list[TrendPoint]:
    """The chart's points of an ``IncidentReport.trend`` (short period titles: "S22", "mai 23")."""
    return [
        TrendPoint(period.short_title(), fig.incidents, fig.deaths, fig.injured)
        for period, fig in trend
    ]


def figures_table(
    headers: Sequence[str],
    rows: Sequence[tuple[Sequence[str], IncidentFigures]],
    total: IncidentFigures,
) -> Flowable:
    """A breakdown: per item its labels (one column each) and figures, then the total row."""
    width = frame_width()
    figure_w = 24 * mm
    label_w = (width - 4 * figure_w) / len(headers)
    widths = [label_w] * len(headers) + [figure_w] * 4

    def cells(names: Sequence[str], fig: IncidentFigures) -> list[Any]:
        share = format_percent(fig.incidents / total.incidents) if total.incidents else ""
        return [*names, fmt(fig.incidents), share, fmt(fig.deaths), fmt(fig.injured)]

    body = [cells(names, fig) for names, fig in rows]
    body.append(cells(["Total"] + [""] * (len(headers) - 1), total))
    numeric = tuple(range(len(headers), len(headers) + 4))
    return data_table([*headers, *FIGURE_HEADERS], body, widths, numeric=numeric, bold_last=True)


def verification_note(report: IncidentReport) -> Flowable:
    """The line under the title saying which incidents the figures count: a grey note for the
    verified ones only, bold orange when unverified incidents are included."""
    flagged = report.include_unverified and report.unverified > 0
    return para(verification_sentence(report), "flag" if flagged else "note")


def _incident_cell(incident: MajorIncident) -> Any:
    """The name of a major incident; an unverified one gets « non vérifié (…) » below it."""
    name = incident.title or incident.type_other or incident.type
    mark = unverified_mark(incident.review_status)
    if not mark:
        return name
    return Paragraph(
        f'{escape(name)}<br/><font color="#{ORANGE.hexval()[2:]}"><b>{escape(mark)}</b></font>',
        styles()["cell"],
    )


def major_table(majors: Sequence[MajorIncident], labels: Labels) -> Flowable:
    """The major incidents: date, incident (marked when not verified), place, domain, deaths,
    injured."""
    width = frame_width()
    widths = [20 * mm, 0.0, 42 * mm, 38 * mm, 14 * mm, 15 * mm]
    widths[1] = width - sum(widths)
    rows = [
        [
            format_date(m.day),
            _incident_cell(m),
            place_label(labels, m.region, m.cercle, m.commune),
            labels.domain(m.domain),
            fmt(m.deaths),
            fmt(m.injured),
        ]
        for m in majors
    ]
    header = ["Date", "Incident", "Lieu", "Domaine", "Morts", "Blessés"]
    return data_table(header, rows, widths, numeric=(4, 5))


def incident_sections(
    report: IncidentReport, labels: Labels, *, heading: str = "h1"
) -> list[Flowable]:
    """The figures of ``report`` as flowables (shared with the quarterly bulletin)."""
    if report.is_empty:
        if report.unverified and not report.include_unverified:
            return [para("Aucun incident vérifié sur cette période.", "note")]
        return [para("Aucun incident n'a été rapporté sur cette période.", "note")]
    total = report.totals
    by_domain = [((labels.domain(code),), fig) for code, fig in report.by_domain]
    by_region = [((labels.region(code),), fig) for code, fig in report.by_region]
    by_cercle = [
        ((labels.cercle(region, cercle), labels.region(region)), fig)
        for (region, cercle), fig in report.by_cercle
    ]
    sections = [("Incidents par domaine", ["Domaine"], by_domain)]
    if report.region is None:
        sections.append(("Incidents par région", ["Région"], by_region))
    sections.append(("Incidents par cercle", ["Cercle", "Région"], by_cercle))
    story: list[Flowable] = [
        KeepTogether([para(title, heading), figures_table(headers, rows, total)])
        for title, headers, rows in sections
    ]
    chart = trend_drawing(trend_points(report.trend), width=frame_width(), height=190)
    story.append(KeepTogether([para("Évolution sur les périodes précédentes", heading), chart]))
    threshold = fmt(report.major_threshold)
    story.append(para("Incidents majeurs", heading))
    story.append(
        para(f"Incidents ayant fait au moins {threshold} victimes (morts et blessés).", "note")
    )
    if report.major:
        story += [spacer(1.5), major_table(report.major, labels)]
    else:
        story.append(para("Aucun incident majeur sur cette période."))
    return story


def render_incident_bulletin(target: Target, report: IncidentReport, labels: Labels) -> int:
    """The weekly NEWS report (a week) or the monthly human-security bulletin (a month).

    Returns the page count; raises ``StorageError`` when ``target`` cannot be written.
    """
    title = document_title(report.period)
    period = report.period.title()
    scope = f" — région de {labels.region(report.region)}" if report.region else ""
    story: list[Flowable] = [
        para(title, "title"),
        markup(f"<b>Période\u00a0:</b> {escape(period + scope)}"),
        verification_note(report),
        spacer(2),
        para(summary_sentence(report), "summary"),
        *incident_sections(report, labels),
    ]
    return build_pdf(target, story, title=title, subtitle=f"{period}{scope}")
