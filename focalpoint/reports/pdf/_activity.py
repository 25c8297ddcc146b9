"""The activity report: one activity's details, its disaggregated participants, its attachments."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from focalpoint.domain.aggregation import ActivitySummary, ParticipantList, ParticipantRow
from focalpoint.domain.formatting import format_date_range
from focalpoint.reports.pdf._inputs import ActivityHeading, Labels, Target
from focalpoint.reports.pdf._layout import (
    build_pdf,
    data_table,
    fmt,
    frame_width,
    info_table,
    para,
    spacer,
)
from focalpoint.reports.pdf._participants import totals_table

# (header, attribute of ParticipantRow, width in mm; the last column takes the rest)
PEOPLE_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("N°", "number", 9),
    ("Nom", "last_name", 30),
    ("Prénom", "first_name", 28),
    ("Sexe", "sex", 11),
    ("Âge", "age", 10),
    ("Organisation", "organisation", 54),
    ("Fonction", "function", 44),
)


def _details(activity: ActivitySummary, heading: ActivityHeading, labels: Labels) -> Flowable:
    kind = activity.activity_type
    other = activity.activity_type_other if kind == "autre" else ""
    pairs = [
        ("Programme", heading.programme),
        ("Type d'activité", labels.activity_type(kind, other) if kind else ""),
        ("Date(s)", format_date_range(heading.start, heading.end)),
        ("Lieu", heading.place),
        ("Salle", heading.venue),
        ("Facilitateur(s)", heading.facilitators),
        ("Partenaire", heading.partner),
    ]
    return info_table(pairs, frame_width(), columns=1)


def _people(rows: tuple[ParticipantRow, ...]) -> Flowable:
    widths = [w * mm for _, _, w in PEOPLE_COLUMNS]
    widths[-1] += frame_width() - sum(widths)
    body = []
    for row in rows:
        cells = [getattr(row, key) for _, key, _ in PEOPLE_COLUMNS]
        cells[0], cells[4] = fmt(row.number), fmt(row.age)
        body.append(cells)
    return data_table([h for h, _, _ in PEOPLE_COLUMNS], body, widths, numeric=(0, 4))


def _attachments(activity: ActivitySummary) -> list[Flowable]:
    if not activity.attachments:
        return [para("Aucune pièce jointe.", "note")]
    rows = [
        [
            fmt(n),
            name,
            "Feuille de présence signée" if n <= activity.signed_sheets else "Pièce jointe",
        ]
        for n, name in enumerate(activity.attachments, start=1)
    ]
    width = frame_width()
    widths = [9 * mm, width - 9 * mm - 55 * mm, 55 * mm]
    return [data_table(["N°", "Fichier", "Nature"], rows, widths, numeric=(0,))]


def render_activity_report(
    target: Target,
    activity: ParticipantList,
    labels: Labels,
    *,
    results: str = "",
    facilitators: str = "",
) -> int:
    """The report of one activity: details, participant totals and list, results, attachments.

    Returns the page count; raises ``StorageError`` when ``target`` cannot be written.
    """
    summary = activity.activity
    heading = replace(ActivityHeading.from_summary(summary, labels), facilitators=facilitators)
    story: list[Flowable] = [
        para(summary.title or "Activité sans titre", "title"),
        spacer(2),
        _details(summary, heading, labels),
        para("Participants", "h1"),
        totals_table(summary.participants, frame_width()),
        spacer(3),
    ]
    if activity.rows:
        story.append(_people(activity.rows))
    else:
        story.append(para("Aucun participant n'a été saisi pour cette activité.", "note"))
    story += [para("Résultats", "h1"), para(results or "—")]
    story += [para("Pièces jointes", "h1"), *_attachments(summary)]
    return build_pdf(target, story, title="Rapport d'activité", subtitle=summary.title)
