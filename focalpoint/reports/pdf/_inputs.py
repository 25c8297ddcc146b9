"""Plain inputs of the PDF documents: code labels and an activity's heading.

The aggregation (``domain.aggregation``) returns codes; ``Labels`` (its ``CodeLabels``) turns
them into what a person reads, from the forms' choice lists and the places list.

Nothing here imports reportlab; the CLI, services and UI build these values cheaply.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import IO

from focalpoint.domain.aggregation import ActivitySummary, CodeLabels

Target = str | os.PathLike[str] | IO[bytes]
"""Where a PDF goes: a file path or a binary file open for writing."""


Labels = CodeLabels
"""The labels of codes every renderer takes: the aggregation's ``CodeLabels`` (one table)."""


def place_label(
    labels: CodeLabels, region: str, cercle: str = "", commune: str = "", locality: str = ""
) -> str:
    """ "Localité, Commune, Cercle, Région", most precise first, a repeated name shown once."""
    parts = [
        locality,
        labels.commune(region, cercle, commune) if commune else "",
        labels.cercle(region, cercle) if cercle else "",
        labels.region(region) if region else "",
    ]
    out: list[str] = []
    for part in parts:
        if part and not (out and out[-1].casefold() == part.casefold()):
            out.append(part)
    return ", ".join(out)


@dataclass(frozen=True)
class ActivityHeading:
    """What the top of an attendance sheet shows; every part may be blank (filled by hand).

    ``place`` and ``programme`` are labels ("Bandiagara, Mopti", "Jeunesse, paix et
    sécurité"); ``start``/``end`` dates or ISO strings.
    """

    title: str = ""
    place: str = ""
    start: date | str | None = None
    end: date | str | None = None
    programme: str = ""
    partner: str = ""
    facilitators: str = ""
    venue: str = ""

    @classmethod
    def from_summary(cls, activity: ActivitySummary, labels: Labels) -> ActivityHeading:
        """The heading of an aggregated activity (codes turned into labels)."""
        return cls(
            title=activity.title,
            place=place_label(
                labels, activity.region, activity.cercle, activity.commune, activity.locality
            ),
            start=activity.start,
            end=activity.end,
            programme=labels.programme(activity.programme) if activity.programme else "",
            partner=activity.partner,
            venue=activity.place_text,
        )
