"""A form's record list: search, filters (region, category, status, period), sort, open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focalpoint import services
from focalpoint.domain.forms import Form
from focalpoint.domain.review import REVIEW_STATUSES, status_label
from focalpoint.ui.models.records import (
    COL_DATE,
    REVIEWED_FORMS,
    RecordFilter,
    RecordIdRole,
    RecordsModel,
    RecordsProxy,
)
from focalpoint.ui.widgets import LazyPage, add_shortcut

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

NO_DATE = QDate(2000, 1, 1)


def records_table(parent: QWidget, proxy: RecordsProxy) -> QTableView:
    """A read-only, sortable table of record summaries: title stretches, the rest fit."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)  # rows arrive newest first; a click sorts the model
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, proxy.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _date_filter(parent: QWidget, tooltip: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    edit.setToolTip(tooltip)
    return edit


class RecordsPage(LazyPage):
    """The list of one form's records, with what a focal point filters by."""

    def __init__(self, window: MainWindow, form: Form) -> None:
        super().__init__(window)
        self.window_ = window
        self.form = form
        lang = window.lang
        self.model = RecordsModel(form, window.locations, lang, self)
        self.proxy = RecordsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build(lang)
        window.data_changed.connect(self.on_data_changed)

    def _build(self, lang: str) -> None:
        names = {"activite": self.tr("Activités"), "incident": self.tr("Incidents")}
        title = QLabel(
            names.get(self.form.id) or self.form.title.get(lang, self.form.title["fr"]), self
        )
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("Nouveau (Ctrl+N)"), self)
        self.new_button.clicked.connect(self.new_record)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher dans les titres (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.region = QComboBox(self)
        self.region.addItem(self.tr("Toutes les régions"), "")
        for region in self.window_.locations.regions:
            self.region.addItem(region.name, region.code)
        self.category = QComboBox(self)
        category = self.form.field(self.form.category_field) if self.form.category_field else None
        label = category.label.get(lang, category.label["fr"]) if category else ""
        self.category.addItem(self.tr("%s : tous") % label if category else "—", "")
        for choice in category.choices if category else ():
            self.category.addItem(choice.label.get(lang, choice.label["fr"]), choice.value)
        self.category.setVisible(category is not None)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(18)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Tous les statuts"), "")
        self.status.addItem(self.tr("Brouillons"), "draft")
        self.status.addItem(self.tr("Finalisés"), "final")
        self.review = QComboBox(self)
        self.review.addItem(self.tr("Toutes les vérifications"), "")
        for code in REVIEW_STATUSES:
            self.review.addItem(status_label(code, lang), code)
        self.review.setVisible(self.form.id in REVIEWED_FORMS)
        self.date_from = _date_filter(self, self.tr("Depuis le"))
        self.date_to = _date_filter(self, self.tr("Jusqu'au"))
        self.count_label = QLabel(self)
        self.table = records_table(self, self.proxy)
        # activated: double-click or Enter on a row
        self.table.activated.connect(lambda index: self.open_record(index.row()))

        top = QHBoxLayout()
        top.addWidget(title, 1)
        self.print_button: QPushButton | None = None
        if self.form.id == "activite":
            top.addWidget(self._print_button())
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (
            self.region,
            self.category,
            self.status,
            self.review,
            QLabel(self.tr("Du"), self),
            self.date_from,
            QLabel(self.tr("au"), self),
            self.date_to,
        ):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.region, self.category, self.status, self.review):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filter)
        add_shortcut(self, "Ctrl+N", self.new_record)
        add_shortcut(self, "Ctrl+F", self.focus_search)

    # -- behaviour ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the form's record summaries (on the database thread)."""
        form_id = self.form.id
        self.window_.runner.run(
            lambda ws: services.list_summaries(ws, form_id=form_id), on_done=self._loaded
        )

    def _loaded(self, rows: list[services.RecordSummary]) -> None:
        self.mark_loaded()
        self.model.set_rows(rows)
        self._update_count()

    def current_filter(self) -> RecordFilter:
        """The criteria chosen in the filter bar."""

        def iso(edit: QDateEdit) -> str:
            return "" if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        return RecordFilter(
            text=self.search.text(),
            region=self.region.currentData() or "",
            category=self.category.currentData() or "",
            status=self.status.currentData() or "",
            review=self.review.currentData() or "",
            date_from=iso(self.date_from),
            date_to=iso(self.date_to),
        )

    def apply_filter(self) -> None:
        """Filter the list by the filter bar."""
        self.proxy.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 sur %2 affiché(s)").replace("%1", str(shown)).replace("%2", str(total))
        )

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def _print_button(self) -> QPushButton:
        """ "Imprimer la liste de présence" of the selected activity (blank or filled)."""
        button = QPushButton(self.tr("Imprimer la liste de présence"), self)
        button.setToolTip(self.tr("Pour l'activité sélectionnée dans la liste"))
        menu = QMenu(button)
        menu.addAction(
            self.tr("Liste de présence vierge (à signer)"),
            lambda: self.print_selected(blank=True),
        )
        menu.addAction(
            self.tr("Liste des participants saisis"), lambda: self.print_selected(blank=False)
        )
        button.setMenu(menu)
        button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: button.setEnabled(bool(self.selected_id()))
        )
        self.proxy.modelReset.connect(lambda: button.setEnabled(bool(self.selected_id())))
        self.print_button = button
        return button

    def selected_id(self) -> str:
        """The id of the selected record ("" when none)."""
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(RecordIdRole) or "") if rows else ""

    def print_selected(self, *, blank: bool) -> None:
        """Open the selected activity's attendance sheet (PDF) in the system viewer."""
        from focalpoint.ui.report_files import print_attendance

        record_id = self.selected_id()
        if record_id:
            print_attendance(self.window_, record_id, blank=blank)

    def new_record(self) -> None:
        """Open the editor on a new record of this form."""
        self.window_.open_editor(self.form.id)

    def open_record(self, proxy_row: int) -> None:
        """Open the record shown at ``proxy_row``."""
        record_id = self.proxy.index(proxy_row, 0).data(RecordIdRole)
        if record_id:
            self.window_.open_editor(self.form.id, record_id)
