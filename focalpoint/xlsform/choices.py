"""Choices: the XLSForm choices sheet turned into choice values and labels.

A list used by one question is written inline (``choices``); a list used by several becomes a
named ``choice_lists`` entry that each of them points to (``choice_list``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from focalpoint.xlsform.labels import Texts
from focalpoint.xlsform.names import ascii_text, slug, unique
from focalpoint.xlsform.notes import Notes

_VALUE_BAD = re.compile(r"[^A-Za-z0-9_.-]+")
_READ_COLUMNS = frozenset({"name", "label", "list_name", "__row"})

Choices = list[dict[str, Any]]


class ChoiceLists:
    """The choice lists of one conversion, each converted once."""

    def __init__(self, notes: Notes, texts: Texts) -> None:
        self._notes = notes
        self._texts = texts
        self._uses: dict[str, int] = {}
        self._converted: dict[str, tuple[Choices, dict[str, str]]] = {}
        self._keys: dict[str, str] = {}
        self.shared: dict[str, Choices] = {}

    def count_use(self, list_name: str) -> None:
        """Record that one more question uses ``list_name``."""
        self._uses[list_name] = self._uses.get(list_name, 0) + 1

    def option(self, list_name: str, raw: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
        """A question's ``{"choices": [...]}``, or ``{"choice_list": key}`` for a shared list."""
        choices, _values = self._convert(list_name, raw)
        if self._uses.get(list_name, 0) <= 1:
            return {"choices": copy.deepcopy(choices)}
        key = self._keys.get(list_name)
        if key is None:
            key = unique(slug(list_name, fallback="list"), set(self.shared))
            self._keys[list_name] = key
            self.shared[key] = choices
        return {"choice_list": key}

    def values(self, list_name: str, raw: Iterable[Mapping[str, Any]]) -> dict[str, str]:
        """The map from the XLSForm choice names of ``list_name`` to the stored values."""
        return self._convert(list_name, raw)[1]

    def _convert(
        self, list_name: str, raw: Iterable[Mapping[str, Any]]
    ) -> tuple[Choices, dict[str, str]]:
        if list_name not in self._converted:
            choices: Choices = []
            values: dict[str, str] = {}
            taken: set[str] = set()
            for index, row in enumerate(raw, start=1):
                name = str(row.get("name", ""))
                value = values[name] = self._value(list_name, name, index, taken)
                choices.append({"value": value, "label": self._label(list_name, row)})
            self._converted[list_name] = (choices, values)
        return self._converted[list_name]

    def _value(self, list_name: str, name: str, index: int, taken: set[str]) -> str:
        base = _VALUE_BAD.sub("_", ascii_text(name)).strip("_") or f"choice_{index}"
        value = unique(base, taken, limit=None)
        if value != name:
            self._notes.add(
                "xlsform_choice_value_changed", list=list_name, choice=name, value=value
            )
        return value

    def _label(self, list_name: str, row: Mapping[str, Any]) -> dict[str, str]:
        name = str(row.get("name", ""))
        label = self._texts.get(row.get("label"), f"{list_name}/{name}")
        if label is None:
            self._notes.add("xlsform_choice_label_missing", list=list_name, choice=name)
            label = {"fr": name, "en": name}
        for column, cell in row.items():
            if column not in _READ_COLUMNS and cell not in (None, "", {}):
                self._notes.add("xlsform_choice_column_ignored", list=list_name, column=column)
        return label
