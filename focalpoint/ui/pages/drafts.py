"""Brouillons: unfinished records of every form, and edits interrupted by a crash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from focalpoint import services
from focalpoint.domain.formatting import format_date
from focalpoint.ui.models.records import RecordIdRole, RecordsModel, RecordsProxy
from focalpoint.ui.pages.records import records_table
from focalpoint.ui.widgets import LazyPage

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow


class DraftsPage(LazyPage):
    """Draft records (all forms) to finish, and a button to resume an interrupted edit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Brouillons"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.autosave_label = QLabel(self)
        self.autosave_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Reprendre la saisie interrompue"), self)
        self.resume_button.clicked.connect(self.resume)
        layout.addWidget(self.autosave_label)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tables: dict[str, tuple[RecordsModel, QTableView]] = {}
        for form in window.forms.values():
            model = RecordsModel(form, window.locations, window.lang, self)
            proxy = RecordsProxy(self)
            proxy.setSourceModel(model)
            table = records_table(self, proxy)
            table.activated.connect(
                lambda index, f=form.id: self.window_.open_editor(f, index.data(RecordIdRole))
            )
            layout.addWidget(QLabel(form.title.get(window.lang, form.title["fr"]), self))
            layout.addWidget(table, 1)
            self.tables[form.id] = (model, table)
        self.pending: list[services.Autosave] = []
        window.data_changed.connect(self.on_data_changed)

    def reload(self) -> None:
        """Load drafts and interrupted edits."""

        def load(ws: services.Workspace) -> tuple[dict[str, list], list[services.Autosave]]:
            drafts = {
                form_id: services.list_summaries(ws, form_id=form_id, status="draft")
                for form_id in self.tables
            }
            return drafts, services.pending_autosaves(ws)

        self.window_.runner.run(load, on_done=self._loaded)

    def _loaded(self, loaded: tuple[dict[str, list], list[services.Autosave]]) -> None:
        self.mark_loaded()
        drafts, self.pending = loaded
        for form_id, rows in drafts.items():
            self.tables[form_id][0].set_rows(rows)
        if self.pending:
            self.autosave_label.setText(
                self.tr("Saisie interrompue le %s : elle n'a pas été enregistrée.")
                % format_date(self.pending[0].updated_at, self.window_.lang)
            )
        self.autosave_label.setVisible(bool(self.pending))
        self.resume_button.setVisible(bool(self.pending))

    def resume(self) -> None:
        """Open the newest interrupted edit in the editor."""
        if self.pending:
            latest = self.pending[0]
            self.window_.open_editor(latest.form_id, restore=latest)
