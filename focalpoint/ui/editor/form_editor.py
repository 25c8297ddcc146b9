"""The record editor, generated from a form: sections, field widgets, live checks, autosave.

What is typed is checked live with the domain's pure rules (prepare → compute → validate):
fields that are not relevant hide, computed values update, and each problem shows in French
under its field. Every change is autosaved (debounced, off the GUI thread) so a crash or a
power cut loses nothing; "Enregistrer comme brouillon" and "Finaliser" save through services.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from focalpoint import services
from focalpoint.domain.errors import ValidationFailed
from focalpoint.domain.formatting import format_date
from focalpoint.domain.forms import Field, Form
from focalpoint.domain.messages import problem_message
from focalpoint.domain.problems import Problem
from focalpoint.domain.validation import compute, is_relevant, prepare, validate
from focalpoint.ui.editor import fields as w
from focalpoint.ui.errors import error_text, show_error
from focalpoint.ui.widgets import add_shortcut

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 1500
CHECK_MS = 250


class FieldRow(QWidget):
    """A field's widget with its hint and the place where its problem shows."""

    def __init__(self, field: Field, widget: QWidget, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.widget = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        if field.hint:
            hint = QLabel(field.hint.get(lang) or field.hint["fr"], self)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

    def show_problem(self, text: str) -> None:
        """Show ``text`` under the field (hide when empty)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class FormEditor(QWidget):
    """Edit one record of ``form``; ``closed`` is emitted when the person leaves it."""

    closed = Signal()
    saved = Signal(object)  # services.SaveResult

    def __init__(
        self,
        window: MainWindow,
        *,
        form: Form,
        record: services.Record | None,
        record_id: str,
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.form = form
        self.record = record
        self.record_id = record_id
        self.is_new = record is None
        self.lang = window.lang
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: list[Problem] = []
        self._dirty = False
        self._loading = True
        # "required" shows for fields already touched, or everywhere once finalising was tried
        # or for a saved record; a blank new form is not a page of red.
        self._touched: set[str] = set()
        self._show_required = record is not None
        self._build()
        self._autosave_timer = self._timer(AUTOSAVE_MS, self.autosave_now)
        self._check_timer = self._timer(CHECK_MS, self.check_now)
        self.set_data(initial if initial is not None else dict(record.data) if record else {})
        self._loading = False
        if initial is not None:  # an interrupted edit: it differs from what is saved
            self._dirty = True
            self.status.setText(self.tr("Saisie interrompue reprise : vérifiez puis enregistrez."))

    # -- construction -------------------------------------------------------------------------

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _build(self) -> None:
        title = self.form.title.get(self.lang, self.form.title["fr"])
        heading = QLabel(
            self.tr("Nouvelle fiche : %s") % title if self.is_new else self.record.title or title,  # type: ignore[union-attr]
            self,
        )
        heading.setObjectName("pageTitle")
        self.status = QLabel(self)
        self.status.setObjectName("editorStatus")
        self.save_button = QPushButton(self.tr("Enregistrer comme brouillon (Ctrl+S)"), self)
        self.final_button = QPushButton(self.tr("Finaliser"), self)
        self.close_button = QPushButton(self.tr("Fermer (Échap)"), self)
        self.save_button.clicked.connect(lambda: self.save(final=False))
        self.final_button.clicked.connect(lambda: self.save(final=True))
        self.close_button.clicked.connect(lambda: self.request_close())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        self.print_button: QPushButton | None = None
        if self.form.id == "activite":
            buttons.addWidget(self._print_button())
        for button in (self.save_button, self.final_button, self.close_button):
            buttons.addWidget(button)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for section in self.form.sections:
            box = QGroupBox(section.label.get(self.lang) or section.label["fr"], body)
            layout = QFormLayout(box)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in section.fields:
                row = FieldRow(field, self._make_widget(field, box), self.lang, box)
                label = QLabel(self._label_text(field), box)
                label.setBuddy(row.widget.focus_widget())
                label.setWordWrap(True)
                if field.type == "repeat":
                    layout.addRow(label)
                    layout.addRow(row)
                else:
                    layout.addRow(label, row)
                self.rows[field.id] = row
                self.labels[field.id] = label
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self._with_review(scroll, buttons), 1)
        layout.addLayout(buttons)
        add_shortcut(self, "Ctrl+S", lambda: self.save(final=False))
        add_shortcut(self, "Ctrl+Return", lambda: self.save(final=True))
        add_shortcut(self, "Escape", lambda: self.request_close())

    def _with_review(self, scroll: QScrollArea, buttons: QHBoxLayout) -> QWidget:
        """A saved incident gets its review panel beside the fields (status, comments,
        history); another saved record, a « Historique… » button."""
        self.review: Any = None
        if self.record is None:
            return scroll
        from focalpoint.ui.editor.review_panel import ReviewPanel

        if self.form.id != "incident":
            history = QPushButton(self.tr("Historique…"), self)
            history.clicked.connect(lambda: ReviewPanel.show_history(self, self.record_id))
            buttons.insertWidget(1, history)
            return scroll
        self.review = ReviewPanel(self.window_, self.record, self.form, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.review)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _print_button(self) -> QPushButton:
        """ "Imprimer la liste de présence": the blank sheet to sign, or the entered list."""
        button = QPushButton(self.tr("Imprimer la liste de présence"), self)
        menu = QMenu(button)
        menu.addAction(
            self.tr("Liste de présence vierge (à signer)"),
            lambda: self.print_attendance(blank=True),
        )
        menu.addAction(
            self.tr("Liste des participants saisis"), lambda: self.print_attendance(blank=False)
        )
        button.setMenu(menu)
        self.print_button = button
        return button

    def print_attendance(self, *, blank: bool) -> None:
        """Open the activity's attendance sheet as PDF in the system viewer (to print); what
        is typed is first saved as a draft, since the sheet is made from the saved record."""
        from focalpoint.ui.report_files import print_attendance

        window, record_id = self.window_, self.record_id
        if self.is_new or self._dirty:
            self.save(final=False, then=lambda: print_attendance(window, record_id, blank=blank))
        else:
            print_attendance(window, record_id, blank=blank)

    def _label_text(self, field: Field) -> str:
        text = field.label.get(self.lang) or field.label["fr"]
        return f"{text} *" if field.required else text

    def _make_widget(self, field: Field, parent: QWidget) -> w.FieldWidget | QWidget:
        if field.type == "repeat":
            from focalpoint.ui.editor.participants import ParticipantsEditor

            widget: Any = ParticipantsEditor(field, parent)
        elif field.is_computed:
            widget = w.ComputedField(field, self.lang, parent)
        elif field.type == "location":
            widget = w.LocationField(field, self.lang, self.window_.locations, parent)
        elif field.type == "attachment":
            widget = w.AttachmentField(field, self.lang, self.choose_attachment, parent)
        else:
            factory = {
                "long_text": w.LongTextField,
                "date": w.DateField,
                "boolean": w.BooleanField,
                "select_one": w.SelectOneField,
                "select_many": w.SelectManyField,
                "gps": w.GpsField,
            }.get(field.type, w.TextField)
            widget = factory(field, self.lang, parent)
        widget.changed.connect(lambda field_id=field.id: self._on_changed(field_id))
        return widget

    # -- data ---------------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """Everything typed, as typed (empty fields omitted)."""
        values = {fid: row.widget.value() for fid, row in self.rows.items()}
        return {k: v for k, v in values.items() if v not in (None, "", [], {})}

    def set_data(self, data: dict[str, Any]) -> None:
        """Show ``data`` (a saved record's, or an autosave's)."""
        for field_id, row in self.rows.items():
            row.widget.set_value(data.get(field_id))
        self.check_now()

    def focus_first(self) -> None:
        """Put the cursor in the first field."""
        first = next(iter(self.rows.values()), None)
        if first is not None:
            first.widget.focus_widget().setFocus()

    def _on_changed(self, field_id: str) -> None:
        if self._loading:
            return
        self._touched.add(field_id)
        self._dirty = True
        self.status.setText(self.tr("Modifications non enregistrées"))
        self._autosave_timer.start()
        self._check_timer.start()

    def check_now(self) -> list[Problem]:
        """Check what is typed: show or hide relevant fields, computed values, problems."""
        data = compute(self.form, prepare(self.form, self.data(), self.window_.locations))
        self.problems = validate(self.form, data, locations=self.window_.locations)
        for field_id, row in self.rows.items():
            field = row.field
            visible = is_relevant(field, data, data)
            row.setVisible(visible)
            self.labels[field_id].setVisible(visible)
            if field.is_computed:
                row.widget.set_value(data.get(field_id))
            own = [
                p for p in self.problems if p.path == field_id or p.path.startswith(f"{field_id}.")
            ]
            if not (self._show_required or field_id in self._touched):
                own = [p for p in own if p.code != "required"]
            inner = [p for p in self.problems if p.path.startswith(f"{field_id}[")]
            if hasattr(row.widget, "set_problems"):
                row.widget.set_problems(inner)
            row.show_problem(self._problem_text(own, inner))
        return self.problems

    def _problem_text(self, own: list[Problem], inner: list[Problem]) -> str:
        """The first problem of the field itself, else how many of its rows have problems."""
        if own:
            return problem_message(own[0], self.lang)
        if inner:
            rows = {p.path.split("]")[0] for p in inner}
            return self.tr("%n ligne(s) à corriger (cases en rouge).", "", len(rows))
        return ""

    # -- saving -------------------------------------------------------------------------------

    def autosave_now(self) -> None:
        """Keep what is typed now (debounced on every change; forced before closing)."""
        self._autosave_timer.stop()
        if not self._dirty:
            return
        form_id, record_id, data, is_new = self.form.id, self.record_id, self.data(), self.is_new
        self.window_.runner.run(
            lambda ws: services.autosave(ws, form_id, record_id, data, is_new=is_new),
            on_done=lambda _r: self._autosaved(),
        )

    def _autosaved(self) -> None:
        if self._dirty:
            self.status.setText(self.tr("Saisie sauvegardée automatiquement (non finalisée)"))

    def save(self, *, final: bool, then: Callable[[], None] | None = None) -> None:
        """Save as a draft, or finalise (only a valid record: problems are shown instead)."""
        if final:
            self._show_required = True
        if final and self.check_now():
            self._show_problems()
            return
        self._autosave_timer.stop()
        form_id, record_id, data, is_new = self.form.id, self.record_id, self.data(), self.is_new
        self.window_.runner.run(
            lambda ws: services.save_record(
                ws, form_id, data, record_id=record_id, final=final, is_new=is_new
            ),
            on_done=lambda result: self._saved(result, final, then),
            on_error=self._save_failed,
        )

    def _saved(
        self, result: services.SaveResult, final: bool, then: Callable[[], None] | None
    ) -> None:
        self.record = result.record
        self.is_new = False
        self._dirty = False
        when = format_date(result.record.updated_at, self.lang)
        self.status.setText(
            self.tr("Finalisé le %s") % when
            if final
            else self.tr("Brouillon enregistré le %s") % when
        )
        self.saved.emit(result)
        self.window_.data_changed.emit(result.changes)
        if then is not None:
            then()
        elif final:
            self._close()

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            self.check_now()
            self._show_problems()
        else:
            show_error(self, error)

    def _show_problems(self) -> None:
        count = len(self.problems)
        self.status.setText(self.tr("%n problème(s) à corriger avant de finaliser", "", count))
        for field_id, row in self.rows.items():
            if any(p.path.split(".")[0].split("[")[0] == field_id for p in self.problems):
                self.scroll.ensureWidgetVisible(row)
                row.widget.focus_widget().setFocus()
                break

    # -- attachments --------------------------------------------------------------------------

    def choose_attachment(self, target: w.AttachmentField) -> None:
        """Pick a file and copy it into the attachment store (off the GUI thread)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Joindre un fichier"))
        if path:
            self.attach(target, Path(path))

    def attach(self, target: w.AttachmentField, path: Path) -> None:
        """Store ``path`` and add it to ``target``; an unreadable file is reported in place."""
        row = self.rows[target.field.id]
        self.window_.runner.run(
            lambda ws: services.attach_file(ws, path).as_value(),
            on_done=lambda value: (row.show_problem(""), target.add(value)),
            on_error=lambda error: row.show_problem(error_text(error, self.lang)),
        )

    # -- closing ------------------------------------------------------------------------------

    def request_close(self, then: Callable[[], None] | None = None) -> None:
        """Leave the editor; unsaved changes: save as draft, drop, or stay."""
        if not self._dirty:
            self._close(then)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Modifications non enregistrées"))
        box.setText(self.tr("Enregistrer les modifications comme brouillon avant de fermer ?"))
        keep = box.addButton(
            self.tr("Enregistrer comme brouillon"), QMessageBox.ButtonRole.AcceptRole
        )
        drop = box.addButton(self.tr("Ne pas enregistrer"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Continuer la saisie"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)

        def decided(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is keep:
                self.save(final=False, then=lambda: self._close(then))
            elif clicked is drop:
                record_id = self.record_id
                self.window_.runner.run(lambda ws: services.discard_autosave(ws, record_id))
                self._dirty = False
                self._close(then)

        box.finished.connect(decided)
        self.close_prompt = box
        box.open()

    def _close(self, then: Callable[[], None] | None = None) -> None:
        self._autosave_timer.stop()
        self._check_timer.stop()
        self.closed.emit()
        if then is not None:
            then()
