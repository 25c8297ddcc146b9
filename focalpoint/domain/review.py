"""The secretariat's review of a record: statuses, the thread of comments, what changed.

Pure rules shared by the server, the laptop, the reports and the screens:

* a record's review status is the last status set in its thread (by server order); a final
  incident nobody has reviewed yet is ``recu``;
* only ``verifie`` records count in published reports by default (``aggregation.is_counted``);
* ``diff_data`` says which fields changed between two versions of a record (history);
* ``merge_choice`` builds the resolution of a conflict from a choice per field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

RECEIVED = "recu"
IN_REVIEW = "en_verification"
VERIFIED = "verifie"
REJECTED = "rejete"
NEEDS_INFO = "besoin_informations"
REVIEW_STATUSES: tuple[str, ...] = (RECEIVED, IN_REVIEW, VERIFIED, REJECTED, NEEDS_INFO)
# Statuses after which the secretariat has nothing left to do on a record.
SETTLED_STATUSES: tuple[str, ...] = (VERIFIED, REJECTED)
MAX_COMMENT_LENGTH = 4000  # characters in one comment of a thread (the server refuses more)

STATUS_LABELS: dict[str, dict[str, str]] = {
    RECEIVED: {"fr": "Reçu", "en": "Received"},
    IN_REVIEW: {"fr": "En vérification", "en": "Being checked"},
    VERIFIED: {"fr": "Vérifié", "en": "Verified"},
    REJECTED: {"fr": "Rejeté", "en": "Rejected"},
    NEEDS_INFO: {"fr": "Besoin d'informations", "en": "Needs information"},
}

CHOOSE_CURRENT = "current"
CHOOSE_OTHER = "other"


def status_label(status: str, lang: str = "fr") -> str:
    """The label of a review status in ``lang`` (the code itself when unknown)."""
    labels = STATUS_LABELS.get(status)
    if labels is None:
        return status
    return labels.get(lang, labels["fr"])


def is_review_status(value: Any) -> bool:
    """Whether ``value`` is one of ``REVIEW_STATUSES``."""
    return isinstance(value, str) and value in REVIEW_STATUSES


def current_status(statuses: Iterable[str | None], *, default: str = RECEIVED) -> str:
    """The status in force after a thread whose entries set ``statuses`` in order (None for a
    comment that sets no status); ``default`` when none set one."""
    found = default
    for status in statuses:
        if status:
            found = status
    return found


@dataclass(frozen=True)
class FieldChange:
    """One top-level field of a record's data that differs between two versions."""

    field: str
    before: Any
    after: Any


def diff_data(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[FieldChange]:
    """The top-level fields whose value differs from ``before`` to ``after``, in field order
    of ``after`` then the removed ones (a missing field reads as None)."""
    keys = [*after, *(key for key in before if key not in after)]
    return [
        FieldChange(key, before.get(key), after.get(key))
        for key in keys
        if before.get(key) != after.get(key)
    ]


def merge_choice(
    current: Mapping[str, Any],
    other: Mapping[str, Any],
    choices: Mapping[str, str],
    edits: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The data resolving a conflict: each field from ``current`` unless ``choices`` names it
    ``"other"`` (then the losing copy's value, or its absence), then ``edits`` (values typed by
    the person) over both. Raises ``ValueError`` for a choice that is neither."""
    merged = dict(current)
    for key, choice in choices.items():
        if choice == CHOOSE_OTHER:
            if key in other:
                merged[key] = other[key]
            else:
                merged.pop(key, None)
        elif choice != CHOOSE_CURRENT:
            raise ValueError(f"unknown choice {choice!r} for {key}")
    merged.update(edits or {})
    return merged
