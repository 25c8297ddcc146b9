"""The quarterly bulletin, structured like the secretariat's (2023 T2): programmes, then incidents.

It opens with the quarter's synthesis (sessions, participants disaggregated, the NEWS reports
produced and the incident toll), then one section per programme listing its activities with
dates, places and participants, then the incident figures of the quarter. Which incidents count
(the verified ones, or all with the unverified ones marked) is said under the title and again
at the head of the incident figures; activities are not reviewed and always count.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from focalpoint.domain.aggregation import ActivitySummary, ProgrammeBlock, QuarterlyReport
from focalpoint.domain.formatting import format_date_range, format_long_date
from focalpoint.domain.indicators import ParticipantTotals
from focalpoint.reports.pdf._incidents import incident_sections, verification_note
from focalpoint.reports.pdf._inputs import Labels, Target, place_label
from focalpoint.reports.pdf._layout import (
    build_pdf,
    data_table,
    fmt,
    frame_width,
    para,
    spacer,
)
from focalpoint.reports.pdf._participants import totals_table

TITLE = "Bulletin trimestriel"
ACTIVITY_HEADERS = ("Date(s)", "Activité", "Lieu", "Part.", "Femmes", "Jeunes", "Pers. hand.")


def _plural(count: int, one: str, many: str) -> str:
    return f"{fmt(count)} {one if count <= 1 else many}"


def synthesis(report: QuarterlyReport, labels: Labels) -> str:
    """The bulletin's opening paragraph, as the secretariat writes it (French)."""
    p, t = report.participants, report.incidents.totals
    start, end = format_long_date(report.period.start), format_long_date(report.period.end)
    where = f" dans la région de {labels.region(report.region)}" if report.region else ""
    activities = (
        f"Entre le {start} et le {end}, WANEP-Mali a tenu "
        f"{_plural(report.sessions, 'activité', 'activités')}{where}, "
        f"touchant {_plural(p.total, 'participant', 'participants')} dont "
        f"{_plural(p.women, 'femme', 'femmes')}, {_plural(p.youth, 'jeune', 'jeunes')} "
        f"et {_plural(p.disabled, 'personne handicapée', 'personnes handicapées')}."
    )
    weekly = _plural(report.weekly_reports, "rapport hebdomadaire", "rapports hebdomadaires")
    news = (
        f" Le NEWS-Mali a produit {weekly}"
        f" et {_plural(report.monthly_bulletins, 'bulletin mensuel', 'bulletins mensuels')} "
        f"sur la sécurité humaine faisant cas de {_plural(t.incidents, 'incident', 'incidents')}, "
        f"avec un bilan de {_plural(t.deaths, 'mort', 'morts')} et "
        f"{_plural(t.injured, 'blessé', 'blessés')}."
    )
    return activities + news


def _activity_row(activity: ActivitySummary, labels: Labels) -> list[str]:
    place = place_label(
        labels, activity.region, activity.cercle, activity.commune, activity.locality
    )
    if activity.place_text:
        place = f"{activity.place_text}, {place}" if place else activity.place_text
    people = activity.participants
    return [
        format_date_range(activity.start, activity.end),
        activity.title,
        place,
        fmt(people.total),
        fmt(people.women),
        fmt(people.youth),
        fmt(people.disabled),
    ]


def _total_row(people: ParticipantTotals, count: int) -> list[str]:
    label = _plural(count, "activité", "activités")
    return ["Total", label, "", *(fmt(n) for n in _counts(people))]


def _counts(people: ParticipantTotals) -> tuple[int, int, int, int]:
    return people.total, people.women, people.youth, people.disabled


def programme_section(block: ProgrammeBlock, labels: Labels) -> list[Flowable]:
    """One programme: its label, then its activities with dates, places and participants."""
    width = frame_width()
    widths = [28 * mm, 0.0, 44 * mm, 12 * mm, 18 * mm, 15 * mm, 15 * mm]
    widths[1] = width - sum(widths)
    rows = [_activity_row(a, labels) for a in block.activities]
    rows.append(_total_row(block.participants, len(block.activities)))
    table = data_table(ACTIVITY_HEADERS, rows, widths, numeric=(3, 4, 5, 6), bold_last=True)
    return [KeepTogether([para(labels.programme(block.programme), "h2"), table]), spacer(2)]


def render_quarterly_bulletin(target: Target, report: QuarterlyReport, labels: Labels) -> int:
    """The quarterly bulletin of ``report`` (``domain.aggregation.quarterly_report``).

    Returns the page count; raises ``StorageError`` when ``target`` cannot be written.
    """
    period = report.period.title()
    scope = f" — région de {labels.region(report.region)}" if report.region else ""
    story: list[Flowable] = [
        para(f"{TITLE} — {period}", "title"),
        verification_note(report.incidents),
        spacer(2),
        para(synthesis(report, labels), "summary"),
    ]
    if report.is_empty:
        story.append(para("Aucune activité ni aucun incident sur cette période.", "note"))
    story += [para("Participants de la période", "h1")]
    story += [totals_table(report.participants, frame_width()), spacer(2)]
    story.append(para("Nos programmes", "h1"))
    if not report.programmes:
        story.append(para("Aucune activité enregistrée sur cette période.", "note"))
    for block in report.programmes:
        story += programme_section(block, labels)
    story.append(para("Système national d'alerte précoce (NEWS) : incidents du trimestre", "h1"))
    story.append(para(_news_note(report)))
    story.append(verification_note(report.incidents))
    story += incident_sections(report.incidents, labels, heading="h2")
    return build_pdf(target, story, title=TITLE, subtitle=f"{period}{scope}")


def _news_note(report: QuarterlyReport) -> str:
    t = report.incidents.totals
    return (
        f"{_plural(t.incidents, 'incident', 'incidents')}, "
        f"{_plural(t.deaths, 'mort', 'morts')}, {_plural(t.injured, 'blessé', 'blessés')} "
        f"et {_plural(t.displaced, 'personne déplacée', 'personnes déplacées')} sur le trimestre."
    )
