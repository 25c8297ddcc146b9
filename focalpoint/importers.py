"""Read record files (.jsonl, .json, .csv, .xlsx) into rows for the import service.

This module only reads and reshapes: it never validates a record against its form (the service
does) and never writes. A file that cannot be read at all raises ``ImportFileError``; a line that
cannot be read becomes a row carrying a ``malformed_line`` problem, so the other lines still go in.

Columns (CSV, XLSX) are field ids; nested values use dots (``lieu.region``, ``gps.lat``).
Participants (any repeat) come from their own sheet named after the repeat, linked to the
record by a ``<form>_id`` column, as the export writes them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from focalpoint.domain.errors import ImportFileError, unreadable_file
from focalpoint.domain.forms import Form
from focalpoint.domain.problems import Problem

META_COLUMNS = frozenset(
    {
        "id",
        "form_id",
        "form_version",
        "region",
        "status",
        "author",
        "created_at",
        "updated_at",
        "title",
        "record_date",
    }
)
SUPPORTED = (".jsonl", ".json", ".csv", ".xlsx")


@dataclass
class ImportRow:
    """One record read from a file: where it was, its form, optional id, raw data."""

    line: int
    form_id: str | None
    record_id: str | None
    data: dict[str, Any]
    sheet: str | None = None
    problems: list[Problem] = field(default_factory=list)


def read_rows(path: Path, forms: Mapping[str, Form], default_form: str | None) -> list[ImportRow]:
    """Read every record of ``path``; ``default_form`` applies to rows that name none.

    Raises ``ImportFileError`` (with a ``reason`` code in its params) when the file is missing,
    not of a supported type, not UTF-8, not a workbook, has no header or lacks required columns.
    """
    if not path.is_file():
        raise ImportFileError("file missing", path=str(path), reason_code="file_missing")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ImportFileError("bad extension", path=str(path), reason_code="bad_extension")
    if suffix == ".xlsx":
        return _read_xlsx(path, forms, default_form)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError("not utf-8", path=str(path), reason_code="not_utf8") from exc
    except OSError as exc:
        raise unreadable_file(path, exc) from exc
    if suffix == ".jsonl":
        return _read_jsonl(text, default_form)
    if suffix == ".json":
        return _read_json(path, text, default_form)
    return _read_csv(path, text, forms, default_form)


def _row_from_object(line: int, obj: Any, default_form: str | None) -> ImportRow:
    if not isinstance(obj, dict):
        return ImportRow(line, default_form, None, {}, problems=[_malformed("not an object")])
    if isinstance(obj.get("data"), dict):
        form_id = obj.get("form_id") or default_form
        return ImportRow(line, form_id, _str_or_none(obj.get("id")), dict(obj["data"]))
    data = {k: v for k, v in obj.items() if k not in META_COLUMNS}
    return ImportRow(line, obj.get("form_id") or default_form, _str_or_none(obj.get("id")), data)


def _malformed(reason: str) -> Problem:
    return Problem("", "malformed_line", {"reason": reason})


def _str_or_none(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def _read_jsonl(text: str, default_form: str | None) -> list[ImportRow]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append(ImportRow(number, default_form, None, {}, problems=[_malformed(exc.msg)]))
            continue
        rows.append(_row_from_object(number, obj, default_form))
    return rows


def _read_json(path: Path, text: str, default_form: str | None) -> list[ImportRow]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            exc.msg, path=str(path), reason_code="not_json", line=exc.lineno, column=exc.colno
        ) from exc
    items = doc.get("records") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise ImportFileError("no records", path=str(path), reason_code="not_json_object")
    return [_row_from_object(i, obj, default_form) for i, obj in enumerate(items, start=1)]


# ----------------------------------------------------------------------------- tables


def _unflatten(record: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        head, dot, tail = key.partition(".")
        if dot:
            out.setdefault(head, {})
            if isinstance(out[head], dict):
                out[head][tail] = value
        else:
            out[key] = value
    return out


def _check_columns(path: Path, columns: Sequence[str], form: Form, sheet: str | None) -> None:
    heads = {c.partition(".")[0] for c in columns}
    missing = [
        f.id
        for f in form.fields
        if f.required
        and f.relevant is None
        and not f.is_computed
        and f.type != "repeat"
        and f.id not in heads
    ]
    if missing:
        raise ImportFileError(
            "missing columns",
            path=f"{path}{f' [{sheet}]' if sheet else ''}",
            reason_code="missing_columns",
            columns=", ".join(missing),
        )


def _table_rows(
    path: Path,
    header: Sequence[str],
    rows: Iterable[tuple[int, Sequence[Any]]],
    forms: Mapping[str, Form],
    default_form: str | None,
    sheet: str | None = None,
) -> list[ImportRow]:
    columns = [str(h).strip() if h is not None else "" for h in header]
    if not any(columns):
        raise ImportFileError("no header", path=str(path), reason_code="no_header")
    form = forms.get(default_form or "") if "form_id" not in columns else None
    if form is not None:
        _check_columns(path, columns, form, sheet)
    out = []
    for number, values in rows:
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        record = {c: _cell(v) for c, v in zip(columns, values, strict=False) if c}
        form_id = _str_or_none(record.get("form_id")) or default_form
        data = _unflatten({k: v for k, v in record.items() if k not in META_COLUMNS})
        _drop_file_columns(data, forms.get(form_id or ""))
        out.append(ImportRow(number, form_id, _str_or_none(record.get("id")), data, sheet=sheet))
    return out


def _drop_file_columns(data: dict[str, Any], form: Form | None) -> None:
    """A table can name attachments but not carry them: their columns are not imported."""
    for f in form.fields if form else ():
        if f.type == "attachment":
            data.pop(f.id, None)


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def _read_csv(
    path: Path, text: str, forms: Mapping[str, Form], default_form: str | None
) -> list[ImportRow]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration as exc:
        raise ImportFileError("empty", path=str(path), reason_code="no_header") from exc
    except csv.Error as exc:
        raise ImportFileError(
            str(exc), path=str(path), reason_code="csv_malformed", detail=str(exc)
        ) from exc
    rows = ((reader.line_num, values) for values in reader)
    try:
        return _table_rows(path, header, rows, forms, default_form)
    except csv.Error as exc:
        raise ImportFileError(
            str(exc), path=str(path), reason_code="csv_malformed", detail=str(exc)
        ) from exc


def _read_xlsx(path: Path, forms: Mapping[str, Form], default_form: str | None) -> list[ImportRow]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(str(exc), path=str(path), reason_code="not_xlsx") from exc
    try:
        named = [s for s in book.sheetnames if s in forms]
        record_sheets = named or ([book.sheetnames[0]] if book.sheetnames else [])
        rows: list[ImportRow] = []
        for name in record_sheets:
            rows.extend(_sheet_rows(path, book[name], forms, name if named else default_form))
        _attach_repeats(path, book, forms, rows)
        return rows
    finally:
        book.close()


def _sheet_rows(
    path: Path, sheet: Any, forms: Mapping[str, Form], form_id: str | None
) -> list[ImportRow]:
    values = sheet.iter_rows(values_only=True)
    header = next(values, None)
    if header is None:
        raise ImportFileError(
            "empty sheet", path=f"{path} [{sheet.title}]", reason_code="no_header"
        )
    numbered = ((i, list(v)) for i, v in enumerate(values, start=2))
    return _table_rows(path, header, numbered, forms, form_id, sheet=sheet.title)


def _attach_repeats(
    path: Path, book: Any, forms: Mapping[str, Form], rows: list[ImportRow]
) -> None:
    """Append rows of repeat sheets (e.g. "participants") to their records by ``<form>_id``."""
    by_id = {r.record_id: r for r in rows if r.record_id}
    for form in forms.values():
        link = f"{form.id}_id"
        for repeat in form.repeats():
            if repeat.id not in book.sheetnames:
                continue
            values = book[repeat.id].iter_rows(values_only=True)
            header = [str(h).strip() if h is not None else "" for h in next(values, ())]
            if link not in header:
                continue
            for cells in values:
                item = {c: _cell(v) for c, v in zip(header, cells, strict=False) if c}
                owner = by_id.get(_str_or_none(item.pop(link, None)) or "")
                if owner is None:
                    continue
                sub = {k: v for k, v in _unflatten(item).items() if repeat.subfield(k)}
                owner.data.setdefault(repeat.id, []).append(sub)
