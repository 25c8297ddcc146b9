"""Conversion state: what the steps of one XLSForm conversion share, and the questions kept."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from focalpoint.xlsform.choices import ChoiceLists
from focalpoint.xlsform.labels import Texts
from focalpoint.xlsform.names import unique
from focalpoint.xlsform.notes import Notes


@dataclass(eq=False)
class Item:
    """A survey question kept by the conversion, before its options are converted.

    ``conditions`` are the ``(relevant, group name)`` pairs of the groups around it;
    ``calculation`` is the computed rule of a ``calculate`` question, once understood.
    """

    elem: Mapping[str, Any]
    id: str
    type: str
    repeat: Item | None
    conditions: tuple[tuple[str, str], ...]
    children: list[Item] = field(default_factory=list)
    calculation: dict[str, Any] | None = None

    @property
    def name(self) -> str:
        """The question's XLSForm name."""
        return str(self.elem.get("name", ""))

    @property
    def list_name(self) -> str:
        """The choice list of a select question."""
        return str(self.elem.get("list_name") or self.elem.get("itemset"))

    @property
    def raw_choices(self) -> list[Mapping[str, Any]]:
        """The choices pyxform attached to a select question."""
        return list(self.elem.get("choices") or ())


class Context:
    """The notes, texts, choice lists and field names of one conversion."""

    def __init__(self) -> None:
        self.notes = Notes()
        self.texts = Texts(self.notes)
        self.choices = ChoiceLists(self.notes, self.texts)
        self._field_ids: set[str] = set()
        self._by_name: dict[str, Item | None] = {}

    def note(self, code: str, **params: object) -> None:
        """Add a note (see ``notes.Notes.add``)."""
        self.notes.add(code, **params)

    def new_id(self, base: str) -> str:
        """A field id not used yet in the form: ``base``, else ``base_2``..."""
        return unique(base, self._field_ids)

    def declare(self, item: Item) -> None:
        """Make ``item`` the target of references to its name (none if the name is reused)."""
        self._by_name[item.name] = None if item.name in self._by_name else item

    def forget(self, item: Item) -> None:
        """Make references to ``item`` unresolvable (it was not imported)."""
        if self._by_name.get(item.name) is item:
            self._by_name[item.name] = None

    def resolve(self, name: str, item: Item) -> Item | None:
        """The kept question that an expression of ``item`` names, if it is in scope."""
        ref = self._by_name.get(name)
        if ref is None or ref is item:
            return None
        if ref.repeat is not None and ref.repeat is not item.repeat:
            return None
        return ref
