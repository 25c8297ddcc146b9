"""PDF reports of WANEP-Mali (reportlab, DejaVu Sans): the one public entry of ``reports.pdf``.

Every function takes what ``domain.aggregation`` computed (codes and figures), a ``Labels``
turning codes into French labels (``Labels.from_forms(activity_form, incident_form,
locations)``) and a target — a path or a binary file — and returns the page count; none opens
a database. reportlab loads only when a document is rendered, so importing this module is
cheap. A target that cannot be written raises ``StorageError``.

- ``render_attendance_sheet``: the blank "Liste de présence" (A4 landscape, N numbered rows);
- ``render_participant_list``: the same sheet filled in, with totals and percentages (or the
  blank sheet when the ``ParticipantList`` asks for ``blank_rows``);
- ``render_activity_report``: one activity, its participants disaggregated, its attachments;
- ``render_incident_bulletin``: the weekly NEWS report (a week) or the monthly
  human-security bulletin (a month);
- ``render_quarterly_bulletin``: the quarterly bulletin (activities by programme, incidents);
- ``trend_svg``: the trend chart as SVG text for the dashboard (no ``clipPath``, for QtSvg).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from focalpoint.reports.pdf._inputs import ActivityHeading, Labels, Target

if TYPE_CHECKING:
    from focalpoint.domain.aggregation import (
        ActivitySummary,
        IncidentFigures,
        IncidentReport,
        ParticipantList,
        Period,
        QuarterlyReport,
    )

__all__ = [
    "ActivityHeading",
    "Labels",
    "Target",
    "render_activity_report",
    "render_attendance_sheet",
    "render_incident_bulletin",
    "render_participant_list",
    "render_quarterly_bulletin",
    "trend_svg",
]


def render_attendance_sheet(
    target: Target,
    activity: ActivitySummary | ActivityHeading | None,
    labels: Labels,
    *,
    rows: int = 25,
) -> int:
    """The blank "Liste de présence" (A4 landscape) with ``rows`` numbered empty rows.

    ``activity`` gives the title, place, dates, programme and partner printed at the top (an
    ``ActivityHeading`` for free text; None leaves them blank, to fill by hand). Columns: N°,
    nom, prénom, sexe, âge, organisation, fonction, localité, téléphone, signature; the header
    row repeats on every page. Returns the page count.
    """
    from focalpoint.reports.pdf import _participants

    return _participants.render_attendance_sheet(target, _heading(activity, labels), rows=rows)


def render_participant_list(target: Target, participants: ParticipantList, labels: Labels) -> int:
    """The participant list of ``aggregation.participant_list(record, blank_rows=…)``.

    With rows: the filled list (the sheet's columns, one row per participant) ending with the
    totals of ``participants.activity.participants`` — total, femmes, hommes, jeunes (18–35),
    personnes handicapées — and their percentages. With ``blank_rows`` > 0 and no rows: the
    blank attendance sheet of that many rows. Returns the page count.
    """
    from focalpoint.reports.pdf import _participants

    heading = ActivityHeading.from_summary(participants.activity, labels)
    if participants.blank_rows > 0 and not participants.rows:
        return _participants.render_attendance_sheet(target, heading, rows=participants.blank_rows)
    return _participants.render_participant_list(
        target, heading, participants.rows, participants.activity.participants
    )


def render_activity_report(
    target: Target,
    activity: ParticipantList,
    labels: Labels,
    *,
    results: str = "",
    facilitators: str = "",
) -> int:
    """The report of one activity (``aggregation.participant_list(record)``).

    Details (programme, type, dates, place, room, partner), participant totals with shares, the
    participant list, ``results`` (the record's ``resultats`` text) and the attachments by file
    name (signed attendance sheets first). ``facilitators``: the record's ``facilitateurs``.
    Returns the page count.
    """
    from focalpoint.reports.pdf import _activity

    return _activity.render_activity_report(
        target, activity, labels, results=results, facilitators=facilitators
    )


def render_incident_bulletin(target: Target, report: IncidentReport, labels: Labels) -> int:
    """The weekly NEWS report or the monthly human-security bulletin of ``report``.

    ``report`` is ``aggregation.incident_report(records, period, …)``; its period's kind picks
    the title ("Rapport hebdomadaire NEWS", "Bulletin mensuel sur la sécurité humaine"). The
    PDF holds the summary sentence, incidents / % / morts / blessés by domain, region (when
    not filtered to one) and cercle, the trend chart of ``report.trend`` and the major
    incidents. A period without incidents says so. A line under the title says which incidents
    count (``aggregation.verification_sentence``): the verified ones only, or — in bold orange —
    the unverified ones too, each then marked « non vérifié (…) » among the major incidents.
    Returns the page count.
    """
    from focalpoint.reports.pdf import _incidents

    return _incidents.render_incident_bulletin(target, report, labels)


def render_quarterly_bulletin(target: Target, report: QuarterlyReport, labels: Labels) -> int:
    """The quarterly bulletin of ``report`` (``aggregation.quarterly_report``).

    A synthesis (sessions, participants, NEWS reports produced, incident toll), participant
    totals, one section per programme listing its activities (dates, place, participants,
    women, youth, persons with disabilities, a total row), then the incident figures of the
    quarter as in the bulletins (which incidents count is said under the title and again at
    the head of the incident figures). Returns the page count.
    """
    from focalpoint.reports.pdf import _quarterly

    return _quarterly.render_quarterly_bulletin(target, report, labels)


def trend_svg(
    trend: Sequence[tuple[Period, IncidentFigures]],
    *,
    width: float = 480,
    height: float = 190,
    title: str = "",
) -> str:
    """The trend chart of ``IncidentReport.trend`` as SVG text, without ``clipPath``.

    The same bar chart as the PDFs (incidents, morts, blessés per period), sized ``width`` ×
    ``height`` points, for the dashboard's QtSvg widget (which cannot draw clip paths).
    """
    from focalpoint.reports.pdf import _charts, _incidents

    points = _incidents.trend_points(trend)
    return _charts.trend_svg(points, width=width, height=height, title=title)


def _heading(activity: ActivitySummary | ActivityHeading | None, labels: Labels) -> ActivityHeading:
    if activity is None:
        return ActivityHeading()
    if isinstance(activity, ActivityHeading):
        return activity
    return ActivityHeading.from_summary(activity, labels)
