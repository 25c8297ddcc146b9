"""The aggregations behind every figure: the app's live totals, reports, exports, dashboard.

Pure functions over record data. Each figure is computed here once, so a PDF, a spreadsheet and
the screen can never disagree. Participant rows use the ``activite`` form's columns: ``sexe``
("F"/"M"), ``jeune`` (computed from the age, 18-35) and ``handicap``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ParticipantTotals:
    """Disaggregated participant counts of one activity (or of several, added up)."""

    total: int = 0
    women: int = 0
    men: int = 0
    youth: int = 0
    disabled: int = 0

    def share(self, count: int) -> float:
        """``count`` as a fraction of ``total`` (0.0 when there is nobody)."""
        return count / self.total if self.total else 0.0

    def __add__(self, other: ParticipantTotals) -> ParticipantTotals:
        return ParticipantTotals(
            self.total + other.total,
            self.women + other.women,
            self.men + other.men,
            self.youth + other.youth,
            self.disabled + other.disabled,
        )


def participant_totals(rows: Iterable[Mapping[str, Any]]) -> ParticipantTotals:
    """Count participants: every row, women (sexe F), men (M), youth (jeune), disabled.

    A row whose sex is missing counts in the total only; ``jeune`` and ``handicap`` count when
    they are exactly True.
    """
    total = women = men = youth = disabled = 0
    for row in rows:
        total += 1
        sex = row.get("sexe")
        women += sex == "F"
        men += sex == "M"
        youth += row.get("jeune") is True
        disabled += row.get("handicap") is True
    return ParticipantTotals(total, women, men, youth, disabled)
