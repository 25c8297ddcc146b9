"""Problems found in a record: a field path, a stable code and the values a message needs.

Every code is declared here once (``CODES``); ``domain.messages`` holds its French and English
sentences, and a test checks that no code lacks either. Codes are never reused for another meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

CODES: frozenset[str] = frozenset(
    {
        "required",
        "not_an_integer",
        "not_a_number",
        "too_small",
        "too_large",
        "too_short",
        "too_long",
        "pattern_mismatch",
        "invalid_choice",
        "invalid_date",
        "invalid_time",
        "invalid_boolean",
        "date_in_future",
        "date_before",
        "phone_invalid",
        "location_invalid",
        "location_unknown_region",
        "location_unknown_cercle",
        "location_unknown_commune",
        "gps_invalid",
        "gps_outside_mali",
        "too_few_rows",
        "too_many_rows",
        "not_a_list",
        "not_an_object",
        "not_text",
        "attachment_invalid",
        "unknown_field",
        "region_missing",
        "malformed_line",
        "unknown_form",
    }
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one value.

    ``path`` names the value ("titre", "participants[3].telephone"); ``code`` is one of
    ``CODES``; ``params`` carries what the message needs (a bound, a field label key...).
    """

    path: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.path}: {self.code}"
