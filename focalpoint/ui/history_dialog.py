"""« Historique » of a record: every version the server keeps (when, from which laptop, by
whom, what changed, field by field with the form's labels), the losing copies of conflicts,
and the review thread.

The history lives on the server: it is asked for off the GUI thread (``desk.record_history``);
without a connection the dialog says so in French and nothing else happens.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focalpoint import desk
from focalpoint.domain.forms import Form
from focalpoint.domain.review import FieldChange
from focalpoint.ui.desk_text import conflict_text, moment_text, value_text
from focalpoint.ui.editor.review_panel import ReviewThreadModel
from focalpoint.ui.errors import error_text
from focalpoint.ui.models.headed import HeadedTableModel

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
CONFLICT_COLOUR = QColor("#fff3cd")
DELETED_COLOUR = QColor("#f8d7da")


def field_label(form: Form | None, field_id: str, lang: str) -> str:
    """The form's label of ``field_id`` (the id itself when the form does not have it)."""
    field = form.field(field_id) if form is not None else None
    if field is None:
        return field_id
    return field.label.get(lang) or field.label.get("fr") or field_id


class VersionsModel(HeadedTableModel):
    """The versions of a record, newest first: version, date, laptop, author, kind, changes."""

    COLUMNS = 6

    def __init__(self, form: Form | None, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.lang = lang
        self.rows: list[desk.HistoryView] = []
        self.headers = [
            self.tr("Version"),
            self.tr("Date"),
            self.tr("Ordinateur"),
            self.tr("Auteur"),
            self.tr("Type"),
            self.tr("Ce qui a changé"),
        ]

    def set_rows(self, rows: list[desk.HistoryView]) -> None:
        """Replace every row (newest first)."""
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda h: (h.changed_at, h.version), reverse=True)
        self.endResetModel()

    def kind_text(self, view: desk.HistoryView) -> str:
        """ "Version", "Copie perdante (conflit) : …", "Suppression"."""
        if view.kind == "conflict":
            return self.tr("Copie perdante (conflit) : %s") % conflict_text(view.code)
        if view.deleted:
            return self.tr("Suppression")
        return self.tr("Création") if view.version == 1 else self.tr("Modification")

    def changes_text(self, view: desk.HistoryView) -> str:
        """The labels of the fields that changed."""
        if view.version == 1 and view.kind != "conflict":
            return self.tr("Première version")
        labels = [field_label(self.form, c.field, self.lang) for c in view.changes]
        return ", ".join(labels) if labels else self.tr("Aucun champ modifié")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        view = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                str(view.version),
                moment_text(view.changed_at, self.lang),
                view.device,
                view.author,
                self.kind_text(view),
                self.changes_text(view),
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if view.kind == "conflict":
                return CONFLICT_COLOUR
            if view.deleted:
                return DELETED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return self.changes_text(view)
        return None


class ChangesModel(HeadedTableModel):
    """What one version changed: field (its label), before, after."""

    def __init__(
        self, form: Form | None, lang: str, locations: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.lang = lang
        self.locations = locations
        self.rows: list[FieldChange] = []
        self.headers = [self.tr("Champ"), self.tr("Avant"), self.tr("Après")]

    def set_rows(self, rows: list[FieldChange]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            return None
        change = self.rows[index.row()]
        if index.column() == 0:
            return field_label(self.form, change.field, self.lang)
        field = self.form.field(change.field) if self.form is not None else None
        value = change.before if index.column() == 1 else change.after
        return value_text(value, field, self.lang, self.locations)


class HistoryDialog(QDialog):
    """Every version of one record and its review thread, from the server."""

    def __init__(
        self, window: MainWindow, record_id: str, form: Form | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        self.record_id = record_id
        self.loaded = False
        lang = window.lang
        self.setWindowTitle(self.tr("Historique de la fiche"))
        self.resize(980, 620)
        self.state = QLabel(self.tr("Lecture de l'historique sur le serveur…"), self)
        self.state.setWordWrap(True)
        self.versions = VersionsModel(form, lang, self)
        self.changes = ChangesModel(form, lang, window.locations, self)
        self.reviews = ReviewThreadModel(lang, self)
        self.versions_view = QTableView(self)
        self.versions_view.setModel(self.versions)
        self.versions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_view.verticalHeader().hide()
        header = self.versions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.changes_view = QTableView(self)
        self.changes_view.setModel(self.changes)
        self.changes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_view.verticalHeader().hide()
        self.changes_view.setWordWrap(True)
        changes_header = self.changes_view.horizontalHeader()
        changes_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        changes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.changes.modelReset.connect(self.changes_view.resizeRowsToContents)
        review_box = QGroupBox(self.tr("Vérification"), self)
        review_layout = QVBoxLayout(review_box)
        self.reviews_view = QListView(review_box)
        self.reviews_view.setModel(self.reviews)
        self.reviews_view.setWordWrap(True)
        self.reviews_view.setAlternatingRowColors(True)
        review_layout.addWidget(self.reviews_view)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.addWidget(self.versions_view)
        self.body.addWidget(self.changes_view)
        self.body.addWidget(review_box)
        self.body.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.versions_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.changes.set_rows(
                self.versions.rows[current.row()].changes if current.isValid() else []
            )
        )

    def load(self) -> None:
        """Ask the server for the history (off the GUI thread)."""
        record_id = self.record_id
        self.window_.runner.run_network(
            lambda ws, _ctx: desk.record_history(ws, record_id),
            label=self.tr("Lecture de l'historique…"),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, history: tuple[list[desk.HistoryView], list[desk.ReviewEntry]]) -> None:
        views, reviews = history
        self.loaded = True
        self.versions.set_rows(views)
        self.reviews.set_entries(reviews)
        self.state.setText(
            self.tr(
                "%n version(s) gardée(s) sur le serveur ; rien n'est effacé sans trace.",
                "",
                len(views),
            )
        )
        self.body.show()
        if views:
            self.versions_view.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        logger.info("history not read: %s", getattr(error, "code", type(error).__name__))
        self.state.setText(
            self.tr("L'historique est gardé sur le serveur : il faut une connexion pour le lire.")
            + "\n"
            + error_text(error, self.window_.lang)
        )
