"""The participant list's data: a table model (one row per participant, one column per
sub-field) and the reading of rows pasted from a spreadsheet (``parse_paste``).

Rows are kept exactly as typed (a wrong age stays "4O" in its cell, for validation to report);
``domain.validation`` turns them into stored types when the record is checked or saved. The
computed columns (youth from age) are read-only and shown from the row's prepared values.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from focalpoint.domain.formatting import format_number
from focalpoint.domain.forms import Field
from focalpoint.domain.messages import problem_message
from focalpoint.domain.problems import Problem
from focalpoint.domain.validation import compute_rows, is_empty, prepare_value
from focalpoint.ui.errors import current_language

logger = logging.getLogger(__name__)

ProblemRole = Qt.ItemDataRole.UserRole + 1
"""The French (or English) sentence of the cell's problem, None when the cell is fine."""

PROBLEM_BACKGROUND = QBrush(QColor("#fbd5d5"))
COMPUTED_BACKGROUND = QBrush(QColor("#eef1f5"))
COMPUTED_FOREGROUND = QBrush(QColor("#3c4a5c"))
ROW_KEY = ""  # problems of a whole row ("participants[3]": not_an_object) are kept under this key

Index = QModelIndex | QPersistentModelIndex


def is_empty_row(row: Mapping[str, Any]) -> bool:
    """True when nothing was typed in ``row`` (an unticked box counts as nothing)."""
    return all(is_empty(v) or v is False for v in row.values())


def _checked(value: Any) -> bool:
    """Whether a CheckStateRole value (enum or int, depending on the caller) means checked."""
    return int(getattr(value, "value", value)) == Qt.CheckState.Checked.value


class ParticipantsModel(QAbstractTableModel):
    """The rows of one repeat field, as typed. ``edited`` is emitted after a person's change
    (``setData``, ``insertRows``, ``removeRows``, ``append_rows``), not after ``set_rows`` or
    ``set_problems``, so re-validating never looks like an edit."""

    edited = Signal()

    def __init__(self, field: Field, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.columns: tuple[Field, ...] = field.fields
        self._rows: list[dict[str, Any]] = []
        self._problems: dict[tuple[int, str], str] = {}
        self._path = re.compile(rf"^{re.escape(field.id)}\[(\d+)\](?:\.([A-Za-z0-9_]+))?")

    # -- reading and replacing rows -----------------------------------------------------------

    def rows(self) -> list[dict[str, Any]]:
        """Every row as typed, empty rows included (copies)."""
        return [dict(r) for r in self._rows]

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Replace every row (a record being opened); problem marks are cleared."""
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self._problems = {}
        self.endResetModel()

    def append_rows(self, rows: Sequence[Mapping[str, Any]]) -> int:
        """Add ``rows`` after the last non-empty row, replacing the empty rows at the end.

        Returns the index of the first added row.
        """
        start = len(self._rows)
        while start > 0 and is_empty_row(self._rows[start - 1]):
            start -= 1
        if start < len(self._rows):
            self._remove(start, len(self._rows) - start)
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows[start:start] = [dict(r) for r in rows]
            self._shift_problems(start, len(rows))
            self.endInsertRows()
        self.edited.emit()
        return start

    def column_of(self, field_id: str) -> int:
        """The column of sub-field ``field_id`` (-1 when the form has no such column)."""
        return next((i for i, f in enumerate(self.columns) if f.id == field_id), -1)

    def prepared_row(self, row: int) -> dict[str, Any]:
        """Row ``row`` with typed text coerced and computed columns filled (for display)."""
        typed = self._rows[row]
        prepared = {
            k: prepare_value(f, v) if (f := self.field.subfield(k)) else v for k, v in typed.items()
        }
        return compute_rows(self.field, [prepared])[0]

    # -- problems -----------------------------------------------------------------------------

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Mark the cells named by ``problems`` ("participants[3].telephone"); ignore the rest."""
        lang = current_language()
        marks: dict[tuple[int, str], list[str]] = {}
        for problem in problems:
            m = self._path.match(problem.path)
            if m is None:
                continue
            key = (int(m.group(1)), m.group(2) or ROW_KEY)
            marks.setdefault(key, []).append(problem_message(problem, lang))
        self._problems = {key: "\n".join(texts) for key, texts in marks.items()}
        if self._rows:
            roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, ProblemRole]
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, roles)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def problem(self, row: int, field_id: str) -> str | None:
        """The message marking cell (``row``, ``field_id``), or None."""
        return self._problems.get((row, field_id))

    def _shift_problems(self, start: int, delta: int) -> None:
        """Keep marks on their rows when rows are inserted (delta > 0) or removed (< 0)."""
        moved: dict[tuple[int, str], str] = {}
        for (row, key), text in self._problems.items():
            if row < start:
                moved[(row, key)] = text
            elif delta > 0 or row >= start - delta:
                moved[(row + delta, key)] = text
        self._problems = moved

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self.columns[index.column()]
        problem = self._problems.get((index.row(), f.id))
        if role == ProblemRole:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole:
            return PROBLEM_BACKGROUND if problem else COMPUTED_BACKGROUND if f.is_computed else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or self._tooltip(f)
        if f.is_computed:
            return self._computed_data(index.row(), f, role)
        value = self._rows[index.row()].get(f.id)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, value)
        if role == Qt.ItemDataRole.CheckStateRole and f.type == "boolean":
            checked = prepare_value(f, value) is True
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and f.type in ("integer", "decimal"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _computed_data(self, row: int, f: Field, role: int) -> Any:
        value = self.prepared_row(row).get(f.id)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, bool):
                return self.tr("Oui") if value else self.tr("Non")
            return self._display(f, value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return COMPUTED_FOREGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, f: Field, value: Any) -> str | None:
        if is_empty(value):
            return None
        if f.type == "boolean":
            # A box shows the answer; text only for what could not be read ("peut-être").
            return None if isinstance(prepare_value(f, value), bool) else str(value)
        if f.type == "select_one":
            prepared = prepare_value(f, value)
            if prepared in f.choice_values():
                return f.choice_label(prepared, current_language())
            return str(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            decimals = 0 if float(value).is_integer() else 2
            return format_number(value, current_language(), decimals=decimals)
        return str(value)

    def _tooltip(self, f: Field) -> str | None:
        lang = current_language()
        if f.calculate is not None:
            source = self.field.subfield(f.calculate.field)
            name = (source.label.get(lang) or source.label["fr"]) if source else f.calculate.field
            return self.tr("Calculé automatiquement à partir de : %s") % name
        return (f.hint.get(lang) or f.hint.get("fr")) if f.hint else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            f = self.columns[section]
            label = f.label.get(current_language()) or f.label["fr"]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{label} *" if f.required else label
            if role == Qt.ItemDataRole.ToolTipRole:
                hint = self._tooltip(f)
                return f"{label} — {hint}" if hint else label
            return None
        if not 0 <= section < len(self._rows):
            return None
        problem = self._problems.get((section, ROW_KEY))
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(section + 1, current_language())
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return PROBLEM_BACKGROUND
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        f = self.columns[index.column()]
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if f.is_computed:
            return base
        if f.type == "boolean":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        f = self.columns[index.column()]
        if f.is_computed:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and f.type == "boolean":
            value = _checked(value)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if is_empty(value):
            row.pop(f.id, None)
        else:
            row[f.id] = value
        self.dataChanged.emit(index, index, [role])
        for col, other in enumerate(self.columns):  # youth follows the age as it is typed
            if other.calculate is not None and other.calculate.field == f.id:
                cell = self.index(index.row(), col)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])
        self.edited.emit()
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [{} for _ in range(count)]
        self._shift_problems(row, count)
        self.endInsertRows()
        self.edited.emit()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self._remove(row, count)
        self.edited.emit()
        return True

    def _remove(self, row: int, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self._shift_problems(row, -count)
        self.endRemoveRows()
        logger.debug("removed %d participant row(s) at %d", count, row)


# --------------------------------------------------------------------------- paste


def fold(text: str) -> str:
    """A column name reduced for comparison: "Âge *" → "age", "Prénom(s)" → "prenom s"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


@dataclass
class PasteResult:
    """What ``parse_paste`` read: the rows, the header columns it ignored, the extra columns."""

    rows: list[dict[str, Any]] = dataclass_field(default_factory=list)
    header: bool = False
    ignored: list[str] = dataclass_field(default_factory=list)
    extra_columns: int = 0


def _cells(text: str) -> list[list[str]]:
    """Tab-separated lines as Excel writes them (quoted cells may hold tabs and newlines)."""
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    except csv.Error:
        logger.warning("pasted text is not clean tab-separated text; read line by line")
        lines = [line.split("\t") for line in text.splitlines()]
    return [[c.strip() for c in line] for line in lines if any(c.strip() for c in line)]


def parse_paste(repeat: Field, text: str) -> PasteResult:
    """Read rows pasted from a spreadsheet into the columns of ``repeat``.

    A first line naming columns (ids or labels, any case, with or without accents) is a header:
    columns are then matched by name, unknown or computed ones ignored. Otherwise the columns
    are the editable sub-fields in form order, and extra columns are dropped. Values stay as
    typed, except readable yes/no answers in boolean columns (True/False).
    """
    lines = _cells(text)
    result = PasteResult()
    if not lines:
        return result
    names: dict[str, Field] = {}
    for sub in repeat.fields:
        for name in (sub.id, *sub.label.values()):
            names.setdefault(fold(name), sub)
    first = [c for c in lines[0] if c]
    matched = [c for c in first if fold(c) in names]
    columns: list[Field | None]
    if matched and (len(matched) >= 2 or 2 * len(matched) >= len(first)):
        result.header = True
        columns = []
        for i, cell in enumerate(lines.pop(0)):
            sub = names.get(fold(cell)) if cell else None
            if sub is None or sub.is_computed or sub in columns:
                if cell or any(i < len(line) and line[i] for line in lines):
                    result.ignored.append(cell)  # named, or untitled over values
                sub = None
            columns.append(sub)
    else:
        columns = [sub for sub in repeat.fields if not sub.is_computed]
        width = max(
            (i + 1 for line in lines for i, c in enumerate(line) if c and i >= len(columns)),
            default=len(columns),
        )
        result.extra_columns = width - len(columns)
    for line in lines:
        row: dict[str, Any] = {}
        for sub, cell in zip(columns, line, strict=False):
            if sub is None or not cell:
                continue
            value: Any = cell
            if sub.type == "boolean" and isinstance(prepare_value(sub, cell), bool):
                value = prepare_value(sub, cell)
            row[sub.id] = value
        if row:
            result.rows.append(row)
    return result
