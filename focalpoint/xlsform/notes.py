"""Notes: what an XLSForm import left out or changed, as message codes with their parameters.

Each code (they all start with ``xlsform_``) has a French and an English sentence in
``focalpoint.domain.messages.MESSAGES``; the parameters are the strings that sentence needs
(field names, types, expressions...), so the person importing reads the note in their language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Note:
    """One XLSForm feature not converted as written: ``message(code, lang, **params)``."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))


class Notes:
    """The notes of one conversion, in the order they were made."""

    def __init__(self) -> None:
        self._notes: list[Note] = []

    def add(self, code: str, **params: object) -> None:
        """Record ``code``; every parameter is kept as a string."""
        texts = {key: str(value) for key, value in params.items()}
        self._notes.append(Note(code, MappingProxyType(texts)))

    def unique(self) -> tuple[Note, ...]:
        """The notes without repeats, each at its first place."""
        return tuple(dict.fromkeys(self._notes))
