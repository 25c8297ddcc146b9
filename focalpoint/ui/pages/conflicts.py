"""Conflits: each conflict, its two copies side by side field by field, and its resolution.

For each field the person keeps the version here (« Garder la version actuelle ») or takes
the other one (« Prendre l'autre version »), through a combo box in the table, or types a
value; « Résoudre » saves the result as an ordinary edit of the record
(``desk.resolve_conflict``), which the next sync sends like any edit.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focalpoint import desk, services
from focalpoint.domain.errors import NotFound, UsageError, ValidationFailed
from focalpoint.domain.formatting import format_date
from focalpoint.domain.forms import Form
from focalpoint.domain.review import CHOOSE_CURRENT, CHOOSE_OTHER
from focalpoint.domain.validation import prepare_value
from focalpoint.ui.desk_text import conflict_text, value_text
from focalpoint.ui.errors import show_error
from focalpoint.ui.models.headed import HeadedTableModel
from focalpoint.ui.widgets import LazyPage

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
COL_FIELD, COL_CURRENT, COL_OTHER, COL_CHOICE, COL_RESULT = range(5)
DIFFERS = QColor("#fff3cd")
EDITED = "edited"  # the choice column's state when a value was typed (not a merge choice)
EDITABLE_TYPES = ("text", "long_text", "integer", "decimal", "date", "time", "phone")


class ConflictsModel(HeadedTableModel):
    """Conflicts: record, what happened, when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[services.ConflictView] = []
        self.headers = [self.tr("Fiche"), self.tr("Conflit"), self.tr("Date")]

    def set_rows(self, rows: list[services.ConflictView]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def code_text(self, code: str) -> str:
        """What happened, for a person."""
        return conflict_text(code)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return row.title or row.record_id
        if index.column() == 1:
            return self.code_text(row.code)
        return format_date(row.created_at)


class ResolutionModel(HeadedTableModel):
    """One conflict field by field: the record here, the other copy, the choice, the result.

    EditRole of the choice column is ``"current"`` or ``"other"``; EditRole of the result
    column is the value typed (only for simple fields: text, numbers, dates). A typed value
    wins over the choice; choosing a side again drops it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[desk.FieldChoice] = []
        self.choices: dict[str, str] = {}
        self.edits: dict[str, Any] = {}
        self.form: Form | None = None
        self.lang = "fr"
        self.locations: Any = None
        self.headers = [
            self.tr("Champ"),
            self.tr("Version actuelle"),
            self.tr("Autre version"),
            self.tr("Choix"),
            self.tr("Valeur retenue"),
        ]

    def choice_text(self, choice: str) -> str:
        """The words of a choice in the combo box."""
        if choice == CHOOSE_OTHER:
            return self.tr("Prendre l'autre version")
        if choice == EDITED:
            return self.tr("Valeur saisie")
        return self.tr("Garder la version actuelle")

    def choice_of(self, row: desk.FieldChoice) -> str:
        """ "current", "other", or "edited" when a value was typed."""
        return EDITED if row.field in self.edits else self.choices.get(row.field, CHOOSE_CURRENT)

    def set_fields(
        self, rows: list[desk.FieldChoice], form: Form | None, lang: str, locations: Any
    ) -> None:
        """Show ``rows`` (fields that differ first), every choice on the current version."""
        self.beginResetModel()
        self.rows = [r for r in rows if r.differs] + [r for r in rows if not r.differs]
        self.choices = {r.field: CHOOSE_CURRENT for r in self.rows}
        self.edits = {}
        self.form, self.lang, self.locations = form, lang, locations
        self.endResetModel()

    def field_type(self, field_id: str) -> str:
        """The form's type of ``field_id`` ("" when unknown)."""
        field = self.form.field(field_id) if self.form is not None else None
        return field.type if field is not None else ""

    def is_editable(self, row: desk.FieldChoice) -> bool:
        """Whether a value can be typed for this field (simple values only)."""
        values = (row.current, row.other)
        simple = all(v is None or isinstance(v, str | int | float) for v in values)
        return simple and self.field_type(row.field) in EDITABLE_TYPES

    def result(self, row: desk.FieldChoice) -> Any:
        """The value this field will have once resolved."""
        if row.field in self.edits:
            return self.edits[row.field]
        return row.other if self.choices.get(row.field) == CHOOSE_OTHER else row.current

    def _text(self, field_id: str, value: Any) -> str:
        field = self.form.field(field_id) if self.form is not None else None
        return value_text(value, field, self.lang, self.locations)

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if (index.column() == COL_CHOICE and row.differs) or (
            index.column() == COL_RESULT and self.is_editable(row)
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_CHOICE:
                return self.choice_of(row)
            if column == COL_RESULT:
                value = self.result(row)
                return "" if value is None else str(value)
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.differs and column != COL_RESULT:
            return DIFFERS
        if role == Qt.ItemDataRole.FontRole and column == COL_RESULT and row.field in self.edits:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_RESULT:
            if row.field in self.edits:
                return self.tr("Valeur saisie")
            if self.is_editable(row):
                return self.tr("Double-cliquez pour saisir une autre valeur")
        return None

    def _display(self, row: desk.FieldChoice, column: int) -> str:
        if column == COL_FIELD:
            return row.label or row.field
        if column == COL_CURRENT:
            return self._text(row.field, row.current)
        if column == COL_OTHER:
            return self._text(row.field, row.other)
        if column == COL_CHOICE:
            if not row.differs and row.field not in self.edits:
                return self.tr("Identique")
            return self.choice_text(self.choice_of(row))
        return self._text(row.field, self.result(row))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not 0 <= index.row() < len(self.rows)
        ):
            return False
        row = self.rows[index.row()]
        if index.column() == COL_CHOICE and value in (CHOOSE_CURRENT, CHOOSE_OTHER):
            self.choices[row.field] = value
            self.edits.pop(row.field, None)
        elif index.column() == COL_RESULT and self.is_editable(row):
            self.edits[row.field] = self._typed(row.field, str(value).strip())
        else:
            return False
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.FontRole]
        for column in (COL_CHOICE, COL_RESULT):  # one cell each: the open combo box follows
            cell = self.index(index.row(), column)
            self.dataChanged.emit(cell, cell, roles)
        return True

    def _typed(self, field_id: str, text: str) -> Any:
        """A typed value as the record's fields take it (``domain.validation.prepare_value``:
        French numbers and dates read; anything else left for the validation to explain)."""
        field = self.form.field(field_id) if self.form is not None else None
        if field is None:
            return text or None
        return prepare_value(field, text, self.locations)

    def set_all(self, choice: str) -> None:
        """Choose the same side for every field that differs (typed values are dropped)."""
        for row in self.rows:
            if row.differs:
                self.choices[row.field] = choice
        self.edits.clear()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, COL_CHOICE),
                self.index(len(self.rows) - 1, COL_RESULT),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole],
            )


class ChoiceDelegate(QStyledItemDelegate):
    """The choice column's combo box: « Garder la version actuelle » / « Prendre l'autre »."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, index: Index
    ) -> QWidget | None:
        if index.column() != COL_CHOICE:
            return super().createEditor(parent, _option, index)
        model = index.model()
        combo = QComboBox(parent)
        texts = model.choice_text if isinstance(model, ResolutionModel) else str
        combo.addItem(texts(CHOOSE_CURRENT), CHOOSE_CURRENT)
        combo.addItem(texts(CHOOSE_OTHER), CHOOSE_OTHER)
        combo.addItem(texts(EDITED), EDITED)  # shown when a value was typed; not choosable
        item = combo.model().item(2) if isinstance(combo.model(), QStandardItemModel) else None
        if item is not None:
            item.setEnabled(False)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if position >= 0 and position != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(position)
                editor.blockSignals(False)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentData() != EDITED:
                model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ConflictsPage(LazyPage):
    """Each conflict and, for the one selected, both copies side by side, to resolve."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.current: services.ConflictView | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Conflits"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.empty = QLabel(
            self.tr(
                "Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la "
                "fois sur cet ordinateur et ailleurs ; les deux versions sont alors présentées ici "
                "côte à côte. Rien n'est jamais effacé sans trace."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.fields = ResolutionModel(self)
        self.list = QTableView(self)
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        list_header = self.list.horizontalHeader()
        list_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        list_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_detail(splitter))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.show_conflict(current.row() if current.isValid() else -1)
        )
        window.data_changed.connect(self.on_data_changed)

    def _build_detail(self, parent: QWidget) -> QWidget:
        detail = QWidget(parent)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explain = QLabel(
            self.tr(
                "Pour chaque champ en jaune, choisissez la version à garder, ou double-cliquez "
                "sur la valeur retenue pour en saisir une autre. La fiche résolue est "
                "enregistrée comme une modification et partira à la prochaine synchronisation."
            ),
            detail,
        )
        self.explain.setWordWrap(True)
        self.explain.setObjectName("hint")
        self.deleted_note = QLabel(
            self.tr("L'autre version est une suppression de la fiche."), detail
        )
        self.deleted_note.hide()
        self.table = QTableView(detail)
        self.table.setModel(self.fields)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.modelReset.connect(self._open_choice_editors)
        self.keep_all = QPushButton(self.tr("Tout garder"), detail)
        self.keep_all.setToolTip(self.tr("Garder la version actuelle pour chaque champ"))
        self.keep_all.clicked.connect(lambda: self._choose_all(CHOOSE_CURRENT))
        self.take_all = QPushButton(self.tr("Tout prendre de l'autre version"), detail)
        self.take_all.clicked.connect(lambda: self._choose_all(CHOOSE_OTHER))
        self.resolve_button = QPushButton(self.tr("Résoudre"), detail)
        self.resolve_button.setObjectName("primary")
        self.resolve_button.clicked.connect(self.resolve)
        self.status = QLabel(detail)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.keep_all, self.take_all, self.resolve_button):
            buttons.addWidget(button)
        layout.addWidget(self.explain)
        layout.addWidget(self.deleted_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._set_enabled(False)
        return detail

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.keep_all, self.take_all, self.resolve_button):
            button.setEnabled(enabled)

    def _open_choice_editors(self) -> None:
        """A combo box always visible on each field that differs."""
        for row, choice in enumerate(self.fields.rows):
            if choice.differs:
                self.table.openPersistentEditor(self.fields.index(row, COL_CHOICE))
        self.table.resizeColumnToContents(COL_CHOICE)
        self.table.resizeRowsToContents()

    def _choose_all(self, choice: str) -> None:
        self.fields.set_all(choice)
        for row, field in enumerate(self.fields.rows):  # the open combo boxes follow
            if field.differs:
                editor = self.table.indexWidget(self.fields.index(row, COL_CHOICE))
                if isinstance(editor, QComboBox):
                    editor.blockSignals(True)
                    editor.setCurrentIndex(editor.findData(choice))
                    editor.blockSignals(False)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load unresolved conflicts."""
        self.window_.runner.run(services.list_conflicts, on_done=self._loaded)

    def _loaded(self, rows: list[services.ConflictView]) -> None:
        self.mark_loaded()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.list.selectRow(0)
            self.show_conflict(0)
        else:
            self.show_conflict(-1)

    def show_conflict(self, row: int) -> None:
        """Load the fields of the conflict at ``row`` (-1: none)."""
        conflict = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        if conflict is not None and conflict is self.current and self.fields.rows:
            return
        self.current = conflict
        self._set_enabled(False)
        self.deleted_note.setVisible(bool(conflict and conflict.other_deleted))
        if conflict is None:
            self.fields.set_fields([], None, self.window_.lang, self.window_.locations)
            return
        cid, lang = conflict.conflict_id, self.window_.lang
        form = self.window_.forms.get(conflict.form_id)
        self.window_.runner.run(
            lambda ws: desk.conflict_fields(ws, cid, lang=lang),
            on_done=lambda rows: self._fields_loaded(conflict, rows, form),
            on_error=self._failed,
        )

    def _fields_loaded(
        self, conflict: services.ConflictView, rows: list[desk.FieldChoice], form: Form | None
    ) -> None:
        if conflict is not self.current:
            return  # another conflict was chosen meanwhile
        self.fields.set_fields(rows, form, self.window_.lang, self.window_.locations)
        self._set_enabled(True)

    # -- resolving ----------------------------------------------------------------------------

    def resolve(self) -> None:
        """Save the chosen values as the record's new version and close the conflict."""
        conflict = self.current
        if conflict is None:
            return
        cid = conflict.conflict_id
        choices, edits = dict(self.fields.choices), dict(self.fields.edits)
        self._set_enabled(False)
        self.status.clear()
        self.window_.runner.run(
            lambda ws: desk.resolve_conflict(ws, cid, choices, edits),
            on_done=self._resolved,
            on_error=self._failed,
        )

    def _resolved(self, result: services.SaveResult) -> None:
        logger.info("conflict resolved on record %s", result.record.id)
        self.current = None
        self.window_.data_changed.emit(result.changes)
        self.reload()
        self.status.setText(
            self.tr(
                "Conflit résolu : la fiche est enregistrée et partira "
                "à la prochaine synchronisation."
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._set_enabled(self.current is not None and bool(self.fields.rows))
        if isinstance(error, ValidationFailed) and "form" not in error.params:
            params = {k: v for k, v in error.params.items() if k != "count"}
            error = ValidationFailed(error.problems, error.detail, **params, form=self.fields.form)
        show_error(self, error)
        if isinstance(error, UsageError | NotFound):  # e.g. resolved meanwhile: reload the list
            self.current = None
            self.reload()
