"""The participant list editor of the activity form: a table typed like a spreadsheet.

Rows can be typed, added, deleted, or pasted from Excel/LibreOffice (tab-separated text, with
or without a header row). Everything is kept as typed, so a wrong value stays in its cell and
the form's validation marks it; the totals under the table follow every change.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focalpoint.domain.formatting import format_number, format_percent
from focalpoint.domain.forms import Field
from focalpoint.domain.indicators import ParticipantTotals, participant_totals
from focalpoint.domain.problems import Problem
from focalpoint.domain.validation import compute_rows, is_empty, prepare_value
from focalpoint.ui.editor.participants_model import (
    ParticipantsModel,
    PasteResult,
    ProblemRole,
    is_empty_row,
    parse_paste,
)
from focalpoint.ui.errors import current_language

__all__ = ["ParticipantsEditor", "ParticipantsModel", "PasteResult", "ProblemRole", "parse_paste"]

logger = logging.getLogger(__name__)

PLACEHOLDERS = {"phone": "76 12 34 56", "integer": "0", "decimal": "0,0"}
MIN_WIDTHS = {"text": 100, "select_one": 80, "integer": 50, "boolean": 60, "phone": 115}


def _two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The narrowest width showing ``text`` on at most two lines (column titles wrap)."""
    two_lines = 2 * metrics.lineSpacing()
    width = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
    flags = int(Qt.TextFlag.TextWordWrap)
    while (
        metrics.boundingRect(QRect(0, 0, width, 10 * two_lines), flags, text).height() > two_lines
    ):
        width += 4
    return width


class CellDelegate(QStyledItemDelegate):
    """A list of labels for select_one cells (the value is stored), a line edit elsewhere."""

    def __init__(self, model: ParticipantsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _field(self, index: QModelIndex | QPersistentModelIndex) -> Field:
        return self._model.columns[index.column()]

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        f = self._field(index)
        if f.type == "select_one":
            combo = QComboBox(parent)
            combo.addItem("", None)
            for choice in f.choices:
                combo.addItem(f.choice_label(choice.value, current_language()), choice.value)
            combo.activated.connect(lambda _i, c=combo: self._done(c))
            return combo
        edit = QLineEdit(parent)
        edit.setPlaceholderText(PLACEHOLDERS.get(f.type, ""))
        return edit

    def _done(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        raw = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(prepare_value(self._field(index), raw))
            if position < 0 and not is_empty(raw):  # keep an unknown answer selectable
                editor.addItem(str(raw), raw)
                position = editor.count() - 1
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if raw is None else str(raw))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        raw = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        if ("" if raw is None else str(raw)) != ("" if value is None else str(value)):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class ParticipantsEditor(QWidget):
    """Edit the rows of a repeat field (the participant list); ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.model = ParticipantsModel(field, self)
        self._quiet = False

        self.add_button = QPushButton(self.tr("Ajouter une ligne"), self)
        self.add_button.setToolTip(self.tr("Raccourci : Inser ou Ctrl+Maj+N"))
        self.remove_button = QPushButton(self.tr("Supprimer les lignes sélectionnées"), self)
        self.remove_button.setToolTip(self.tr("Raccourci : Ctrl+Suppr (Suppr vide les cases)"))
        self.paste_button = QPushButton(self.tr("Coller depuis Excel"), self)
        self.paste_button.setToolTip(
            self.tr(
                "Copiez les lignes dans Excel ou LibreOffice, puis cliquez ici (ou Ctrl+V dans "
                "le tableau). Une première ligne de titres (Nom, Prénom, Sexe…) est reconnue."
            )
        )
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected_rows)
        self.paste_button.clicked.connect(self.paste_clipboard)

        self.message = QLabel(self)
        self.message.setObjectName("pasteMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: #eef4fb; color: #1f3a5f; padding: 4px;")
        self.message.hide()

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)
        self._size_columns()

        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("participantTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)

        self.model.edited.connect(self._on_edited)
        self.model.modelReset.connect(self._update_totals)
        self._update_totals()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        font = QFont(header.font())
        font.setBold(True)  # the current column's title is bold
        metrics = QFontMetrics(font)
        for col, f in enumerate(self.model.columns):
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            wanted = _two_line_width(metrics, text) + 16
            self.table.setColumnWidth(col, max(wanted, MIN_WIDTHS.get(f.type, 100)))
        header.setMinimumHeight(2 * metrics.lineSpacing() + 10)  # two-line titles
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setMinimumHeight(header.minimumHeight() + 6 * rows.defaultSectionSize())

    # -- public API ---------------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        """The rows as typed, empty cells omitted, fully empty rows dropped."""
        rows = [{k: v for k, v in r.items() if not is_empty(v)} for r in self.model.rows()]
        return [r for r in rows if not is_empty_row(r)]

    def set_value(self, rows: Sequence[Mapping[str, Any]] | None) -> None:
        """Show ``rows`` (a saved record's, or an autosave's); None shows an empty list."""
        kept = [r for r in rows or () if isinstance(r, Mapping)]
        if len(kept) != len(rows or ()):
            logger.warning("participant rows that are not objects were not shown")
        self._show_message("")
        self.model.set_rows(kept)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Mark the cells of ``problems`` ("participants[3].telephone") in red, with the message."""
        self.model.set_problems(problems)

    def totals(self) -> ParticipantTotals:
        """The participant counts of what is typed now (ages and sexes read as validation does)."""
        rows = self.value()
        if not rows:
            return ParticipantTotals()
        return participant_totals(compute_rows(self.field, prepare_value(self.field, rows)))

    def focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus (the form editor's label buddy)."""
        return self.table

    def paste_text(self, text: str) -> None:
        """Append the rows of ``text`` (tab-separated, as copied from a spreadsheet)."""
        result = parse_paste(self.field, text)
        notes: list[str] = []
        if result.rows:
            first = self._quietly(lambda: self.model.append_rows(result.rows))
            self.table.scrollTo(self.model.index(first, 0))
            self.table.setCurrentIndex(self.model.index(first, 0))
            notes.append(self.tr("%n ligne(s) ajoutée(s).", "", len(result.rows)))
        elif result.header:
            notes.append(self.tr("Aucune ligne à coller sous la ligne des titres."))
        else:
            notes.append(
                self.tr("Rien à coller : copiez d'abord les cellules dans Excel ou LibreOffice.")
            )
        if result.ignored:
            names = ", ".join(n or self.tr("(sans titre)") for n in result.ignored)
            template = (
                self.tr("Colonne ignorée : {columns}.")
                if len(result.ignored) == 1
                else self.tr("Colonnes ignorées : {columns}.")
            )
            notes.append(template.format(columns=names))
        if result.extra_columns > 0:
            order = ", ".join(self._label(f) for f in self.field.fields if not f.is_computed)
            notes.append(
                self.tr(
                    "%n colonne(s) en trop ignorée(s) : vérifiez l'ordre des colonnes ({columns}).",
                    "",
                    result.extra_columns,
                ).format(columns=order)
            )
        self._show_message(" ".join(notes))
        logger.info(
            "pasted %d participant row(s); header=%s, %d ignored, %d extra column(s)",
            len(result.rows),
            result.header,
            len(result.ignored),
            result.extra_columns,
        )
        if result.rows:
            self._on_edited()

    # -- actions ------------------------------------------------------------------------------

    def paste_clipboard(self) -> None:
        """Paste the clipboard's text (what Ctrl+V does in the table)."""
        self.paste_text(QGuiApplication.clipboard().text())

    def add_row(self) -> None:
        """Add an empty row at the end and start typing its first cell."""
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_selected_rows(self) -> None:
        """Delete every row that has a selected cell (or the current row)."""
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        if not rows:
            return
        for row in sorted(rows, reverse=True):
            self._quietly(lambda r=row: self.model.removeRows(r, 1))
        self._on_edited()
        if self.model.rowCount():
            self.table.setCurrentIndex(
                self.model.index(min(min(rows), self.model.rowCount() - 1), 0)
            )

    def clear_selected_cells(self) -> None:
        """Empty the selected editable cells (the rows stay)."""
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        editable = [
            i for i in indexes if i.isValid() and self.model.flags(i) & Qt.ItemFlag.ItemIsEditable
        ]
        if not editable:
            return
        self._quietly(
            lambda: [self.model.setData(i, None, Qt.ItemDataRole.EditRole) for i in editable]
        )
        self._on_edited()

    # -- internals ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's keys: Ctrl+V pastes, Inser / Ctrl+Maj+N adds, Suppr clears the selected
        cells (as in a spreadsheet), Ctrl+Suppr deletes the selected rows."""
        if watched is self.table and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            action = self._key_action(event)  # type: ignore[arg-type]
            if action is not None:
                if event.type() == QEvent.Type.KeyPress:
                    action()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, event: QKeyEvent) -> Any:
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.paste_clipboard
        combo = event.keyCombination()
        if combo.key() == Qt.Key.Key_Delete:
            if combo.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier:
                return self.remove_selected_rows
            return self.clear_selected_cells
        if combo.key() == Qt.Key.Key_Insert and combo.keyboardModifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return self.add_row
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if combo.key() == Qt.Key.Key_N and combo.keyboardModifiers() == ctrl_shift:
            return self.add_row
        return None

    def _quietly(self, work: Any) -> Any:
        """Run ``work`` without one ``changed`` per step (the caller emits it once)."""
        self._quiet = True
        try:
            return work()
        finally:
            self._quiet = False

    def _on_edited(self) -> None:
        if self._quiet:
            return
        self._update_totals()
        self.changed.emit()

    def _update_totals(self) -> None:
        lang = current_language()
        t = self.totals()
        self.totals_label.setText(
            self.tr(
                "Total : {total} · Femmes : {women} ({share}) · Hommes : {men} · "
                "Jeunes (18-35 ans) : {youth} · Personnes handicapées : {disabled}"
            ).format(
                total=format_number(t.total, lang),
                women=format_number(t.women, lang),
                share=format_percent(t.share(t.women), lang),
                men=format_number(t.men, lang),
                youth=format_number(t.youth, lang),
                disabled=format_number(t.disabled, lang),
            )
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @staticmethod
    def _label(f: Field) -> str:
        return f.label.get(current_language()) or f.label["fr"]
