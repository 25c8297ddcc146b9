"""Export records to CSV, XLSX and JSON from plain data (never from a database).

Each form becomes one table (one row per record, nested values in dotted columns such as
``lieu.region``); each repeat (the participant list) becomes its own table linked to its record
by a ``<form>_id`` column. CSV: one file per table in a folder, ``;``-separated UTF-8 with BOM so
that a French Excel opens it as is. XLSX: one sheet per table with typed cells (dates as dates,
numbers as numbers, booleans as booleans). JSON: the records with their full data.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from focalpoint.domain.forms import Field, Form

META = ("id", "form_id", "form_version", "region", "status", "author", "created_at", "updated_at")
FORMATS = ("csv", "xlsx", "json")


@dataclass
class Table:
    """A named table: column names, rows of typed Python values, and which columns hold
    shares (fractions shown as percentages in a spreadsheet)."""

    name: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    percent_columns: frozenset[int] = frozenset()


def _columns(f: Field) -> list[str]:
    if f.type == "location":
        return [f"{f.id}.{level}" for level in f.levels]
    if f.type == "gps":
        return [f"{f.id}.lat", f"{f.id}.lon"]
    return [f.id]


def _values(f: Field, value: Any) -> list[Any]:
    if f.type == "location":
        place = value if isinstance(value, Mapping) else {}
        return [place.get(level) for level in f.levels]
    if f.type == "gps":
        point = value if isinstance(value, Mapping) else {}
        return [point.get("lat"), point.get("lon")]
    if value is None:
        return [None]
    if f.type == "date" and isinstance(value, str):
        try:
            return [date.fromisoformat(value)]
        except ValueError:
            return [value]
    if f.type == "select_many" and isinstance(value, list):
        return [";".join(map(str, value))]
    if f.type == "attachment" and isinstance(value, list):
        return [";".join(str(a.get("name", "")) for a in value if isinstance(a, Mapping))]
    if isinstance(value, dict | list):
        return [json.dumps(value, ensure_ascii=False)]
    return [value]


def build_tables(forms: Mapping[str, Form], records: Iterable[Mapping[str, Any]]) -> list[Table]:
    """Flatten records (mappings with the META keys and ``data``) into one table per form and
    one per repeat, in form order. Records of unknown forms are skipped."""
    tables: dict[str, Table] = {}
    for form in forms.values():
        scalar = [f for f in form.fields if f.type != "repeat"]
        tables[form.id] = Table(form.id, [*META, *(c for f in scalar for c in _columns(f))])
        for rep in form.repeats():
            tables[rep.id] = Table(
                rep.id, [f"{form.id}_id", "rang", *(c for f in rep.fields for c in _columns(f))]
            )
    for record in records:
        form = forms.get(record["form_id"])
        if form is None:
            continue
        data = record["data"]
        row = [record.get(k) for k in META]
        row += [v for f in form.fields if f.type != "repeat" for v in _values(f, data.get(f.id))]
        tables[form.id].rows.append(row)
        for rep in form.repeats():
            for rank, item in enumerate(data.get(rep.id) or [], start=1):
                sub = [v for f in rep.fields for v in _values(f, item.get(f.id))]
                tables[rep.id].rows.append([record["id"], rank, *sub])
    return list(tables.values())


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(tables: Iterable[Table], folder: Path) -> list[Path]:
    """Write one ``<table>.csv`` per table into ``folder`` (created); returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(table.columns)
            writer.writerows([_csv_text(v) for v in row] for row in table.rows)
        paths.append(path)
    return paths


def write_xlsx(tables: Iterable[Table], path: Path) -> Path:
    """One sheet per table: bold frozen header, typed cells, dates dd/mm/yyyy, shares 0,0 %."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append(table.columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(row)
        for column in sheet.iter_cols(min_row=2):
            for cell in column:
                if isinstance(cell.value, date):
                    cell.number_format = "DD/MM/YYYY"
                elif cell.column - 1 in table.percent_columns and isinstance(cell.value, float):
                    cell.number_format = "0.0%"
        for index, title in enumerate(table.columns, start=1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = max(10, min(50, len(str(title)) + 4))
        sheet.freeze_panes = "A2"
    book.save(path)
    return path


def write_json(records: Iterable[Mapping[str, Any]], path: Path) -> Path:
    """Write ``{"exported_at", "records": [...]}`` with each record's full data (UTF-8)."""
    doc = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "records": [{**{k: r.get(k) for k in META}, "data": r["data"]} for r in records],
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
