"""Columns: the XLSForm columns of a question or group that the conversion does not read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from focalpoint.xlsform.question_types import SELECT_KINDS

# Keys of pyxform's JSON elements that the conversion reads; any other key is reported.
_READ_KEYS = frozenset({"type", "name", "label", "hint", "bind", "control", "choices", "children"})
_SELECT_KEYS = frozenset({"itemset", "list_name", "parameters", "choice_filter"})
_READ_BIND = frozenset({"type", "required", "constraint", "relevant", "calculate"})
_RANGE_CONTROL = frozenset({"start", "end", "step"})
_EMPTY = (None, "", {}, [])
# pyxform's key -> the XLSForm column people write.
_COLUMN_NAMES = {
    "jr:constraintMsg": "constraint_message",
    "jr:requiredMsg": "required_message",
    "readonly": "read_only",
    "jr:count": "repeat_count",
    "itemset": "select_one_from_file",
}


def unread_columns(elem: Mapping[str, Any], *, with_appearance: bool = False) -> list[str]:
    """The columns of ``elem`` that the conversion ignores, as named in the XLSForm.

    ``appearance`` is left out (a field reports it on its own, a group's is irrelevant) unless
    ``with_appearance`` is true.
    """
    kind = elem.get("type")
    read = _READ_KEYS | (_SELECT_KEYS if kind in SELECT_KINDS else set())
    read_control = {"jr:count"} | (set() if with_appearance else {"appearance"})
    if kind == "range":
        read |= {"parameters"}
        read_control |= _RANGE_CONTROL
    keys = [key for key, value in elem.items() if key not in read and value not in _EMPTY]
    keys += [key for key in elem.get("bind") or {} if key not in _READ_BIND]
    keys += [key for key in elem.get("control") or {} if key not in read_control]
    return [_COLUMN_NAMES.get(key, key) for key in keys]
