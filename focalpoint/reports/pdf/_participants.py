"""Attendance sheets: the blank "Liste de présence" to print and the filled participant list.

Both are A4 landscape with the columns the ``activite`` form asks for (nom, prénom, sexe, âge,
organisation, fonction, localité, téléphone) plus a signature column; the header row repeats on
every page. The filled list ends with the totals the aggregation computed
(``ActivitySummary.participants``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from focalpoint.domain.aggregation import ParticipantRow
from focalpoint.domain.formatting import format_date_range, format_percent
from focalpoint.domain.indicators import ParticipantTotals
from focalpoint.reports.pdf._inputs import ActivityHeading, Target
from focalpoint.reports.pdf._layout import (
    build_pdf,
    data_table,
    fmt,
    frame_width,
    info_table,
    para,
    spacer,
)

SHEET_TITLE = "Liste de présence"
# (header, attribute of ParticipantRow, width in mm on the blank sheet, on the filled list);
# the signature column takes the rest of the landscape page.
COLUMNS: tuple[tuple[str, str, float, float], ...] = (
    ("N°", "", 9, 9),
    ("Nom", "last_name", 32, 38),
    ("Prénom", "first_name", 30, 32),
    ("Sexe", "sex", 11, 11),
    ("Âge", "age", 10, 10),
    ("Organisation", "organisation", 40, 52),
    ("Fonction", "function", 30, 34),
    ("Localité", "locality", 27, 28),
    ("Téléphone", "phone", 32, 32),
)
SIGNATURE = "Signature"
BLANK_ROW_HEIGHT = 9.5 * mm


def _widths(*, filled: bool) -> list[float]:
    fixed = [(f if filled else b) * mm for _, _, b, f in COLUMNS]
    return [*fixed, frame_width(is_landscape=True) - sum(fixed)]


def _header() -> list[str]:
    return [h for h, _, _, _ in COLUMNS] + [SIGNATURE]


def heading_block(heading: ActivityHeading, *, blank: str = "—") -> list[Flowable]:
    """The activity's title and details above a participant table (``blank`` for missing parts)."""
    dates = format_date_range(heading.start, heading.end)
    pairs = [
        ("Activité", heading.title or blank),
        ("Programme", heading.programme or blank),
        ("Lieu", ", ".join(p for p in (heading.venue, heading.place) if p) or blank),
        ("Partenaire", heading.partner or blank),
        ("Date(s)", dates or blank),
        ("Facilitateur(s)", heading.facilitators or blank),
    ]
    return [info_table(pairs, frame_width(is_landscape=True), columns=2), spacer(4)]


def _row(row: ParticipantRow) -> list[Any]:
    cells: list[Any] = [fmt(row.number)]
    cells += [getattr(row, key) for _, key, _, _ in COLUMNS[1:]]
    cells[4] = fmt(row.age)
    return [*cells, ""]


def render_attendance_sheet(target: Target, heading: ActivityHeading, *, rows: int = 25) -> int:
    """The blank "Liste de présence": ``rows`` numbered empty rows to fill by hand.

    Returns the page count. Raises ``StorageError`` when ``target`` cannot be written.
    """
    numbered = [[fmt(n)] + [""] * len(COLUMNS) for n in range(1, max(rows, 0) + 1)]
    table = data_table(
        _header(), numbered, _widths(filled=False), numeric=(0, 4), row_height=BLANK_ROW_HEIGHT
    )
    story = [*heading_block(heading, blank=""), table]
    return build_pdf(target, story, title=SHEET_TITLE, subtitle=heading.title, is_landscape=True)


def totals_table(totals: ParticipantTotals, width: float) -> Flowable:
    """Total, women, men, youth (18–35) and persons with disabilities, counts and shares."""
    header = ["", "Total", "Femmes", "Hommes", "Jeunes (18–35 ans)", "Personnes handicapées"]
    counts = (totals.total, totals.women, totals.men, totals.youth, totals.disabled)
    rows = [
        ["Nombre", *(fmt(c) for c in counts)],
        ["Pourcentage", *(format_percent(totals.share(c)) for c in counts)],
    ]
    first = 30 * mm
    widths = [first] + [(width - first) / 5] * 5
    return data_table(header, rows, widths, numeric=(1, 2, 3, 4, 5))


def render_participant_list(
    target: Target,
    heading: ActivityHeading,
    participants: Sequence[ParticipantRow],
    totals: ParticipantTotals,
) -> int:
    """The filled participant list: one numbered row per participant, then the totals.

    ``participants`` and ``totals`` come from ``domain.aggregation`` (``participant_rows``
    and ``ActivitySummary.participants``). Returns the page count.
    """
    body = [_row(row) for row in participants]
    story: list[Flowable] = [*heading_block(heading)]
    if body:
        story.append(data_table(_header(), body, _widths(filled=True), numeric=(0, 4)))
    else:
        story.append(para("Aucun participant n'a été saisi pour cette activité.", "note"))
    story.append(spacer(5))
    width = frame_width(is_landscape=True) * 0.7
    story.append(
        KeepTogether([para("Récapitulatif des participants", "h2"), totals_table(totals, width)])
    )
    return build_pdf(
        target,
        story,
        title="Liste des participants",
        subtitle=heading.title,
        is_landscape=True,
    )
