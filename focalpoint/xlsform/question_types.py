"""Question types: which focalpoint field type each XLSForm question type becomes.

text (``multiline`` -> long_text), integer, decimal, date, time, geopoint -> gps,
``select_one`` / ``select_multiple`` -> select_one / select_many, phone number -> phone,
image/audio/video/file -> attachment, acknowledge/trigger -> boolean are converted;
datetime -> date, barcode -> text and range -> integer/decimal with a note; calculate is kept
for ``expressions.between``; notes, metadata and any other type are skipped with a note.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from focalpoint.xlsform.notes import Notes
from focalpoint.xlsform.xpath import number

SELECT_KINDS = ("select one", "select all that apply")
_SHOWN = {"photo": "image"}  # pyxform's name -> the name people write in XLSForms
_CALCULATE_KINDS = frozenset({"calculate", "q calculate", "add calculate prompt", "hidden"})
_UPLOAD_MEDIA = frozenset({"image", "audio", "video", "application"})
_INPUT_TYPES = {
    "int": "integer",
    "decimal": "decimal",
    "date": "date",
    "time": "time",
    "geopoint": "gps",
}
_SKIPPED = "xlsform_type_skipped"
_RANGE_NOTES = {"integer": "xlsform_range_as_integer", "decimal": "xlsform_range_as_decimal"}

Mapped = tuple[str | None, str | None]  # (field type or None if skipped, note code or None)


def field_type(elem: Mapping[str, Any], notes: Notes) -> str | None:
    """The field type for a question, or None (with a note) when it is not imported.

    ``calculate`` means a calculation that ``expressions.between`` may turn into a computed
    field.
    """
    from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

    kind = str(elem.get("type", ""))
    name = str(elem.get("name", ""))
    if kind in SELECT_KINDS:
        if elem.get("choices"):
            return "select_one" if kind == "select one" else "select_many"
        notes.add("xlsform_choices_from_file", field=name, file=elem.get("itemset"))
        return None
    ftype, code = _mapped(elem, kind, QUESTION_TYPE_DICT.get(kind) or {})
    if code is not None:
        notes.add(code, field=name, type=_SHOWN.get(kind, kind))
    return ftype


def _mapped(elem: Mapping[str, Any], kind: str, spec: Mapping[str, Any]) -> Mapped:
    if not spec:
        return None, _SKIPPED
    bind, control = spec.get("bind", {}), spec.get("control", {})
    tag = control.get("tag")
    if "jr:preload" in bind or tag == "action" or kind == "audit":
        return None, "xlsform_metadata_skipped"
    if bind.get("readonly") == "true()":
        return None, "xlsform_display_only_skipped"
    if tag is None:
        return ("calculate", None) if kind in _CALCULATE_KINDS else (None, _SKIPPED)
    if tag == "upload":
        media = str(control.get("mediatype", "")).split("/")[0]
        if media not in _UPLOAD_MEDIA:
            return None, _SKIPPED
        return "attachment", "xlsform_type_as_attachment"
    if tag == "trigger" and kind != "background-geopoint":
        return "boolean", "xlsform_type_as_boolean"
    if tag == "range":
        ftype = _range_type(elem)
        return ftype, _RANGE_NOTES[ftype]
    if bind.get("type") == "barcode":
        return "text", "xlsform_barcode_as_text"
    if tag == "input":
        return _input_type(elem, kind, str(bind.get("type")))
    return None, _SKIPPED


def _input_type(elem: Mapping[str, Any], kind: str, btype: str) -> Mapped:
    if btype in _INPUT_TYPES:
        return _INPUT_TYPES[btype], None
    if btype == "dateTime":
        return "date", "xlsform_datetime_as_date"
    if btype != "string":
        return None, _SKIPPED
    if kind == "phone number":
        return "phone", None
    appearance = str((elem.get("control") or {}).get("appearance", "")).split()
    return ("long_text" if "multiline" in appearance else "text"), None


def _range_type(elem: Mapping[str, Any]) -> str:
    params = elem.get("parameters") or {}
    bounds = [number(params.get(key, "")) for key in ("start", "end", "step")]
    return "integer" if all(v is None or isinstance(v, int) for v in bounds) else "decimal"
