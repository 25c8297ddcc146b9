"""The main window: side bar, one page per task, the status bar, and the record editor.

Pages are built once the workspace (forms, reference list) is open on the database thread.
After any write the window broadcasts ``Changes`` once (``data_changed``) and each page
refreshes what it shows.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from focalpoint import desk, services
from focalpoint.domain.formatting import format_date
from focalpoint.services import DataDir
from focalpoint.ui.errors import current_language, show_error
from focalpoint.ui.style import STYLESHEET
from focalpoint.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

OPEN_WINDOWS: list[MainWindow] = []  # keeps a window rebuilt in another language alive

(
    PAGE_ACTIVITIES,
    PAGE_INCIDENTS,
    PAGE_DRAFTS,
    PAGE_CONFLICTS,
    PAGE_SYNC,
    PAGE_REPORTS,
    PAGE_SETTINGS,
    PAGE_DEVICES,  # secretariat only: its side bar entry is hidden on a focal point's laptop
) = range(8)


class MainWindow(QMainWindow):
    """Side bar (Activités … Paramètres), stacked pages, status bar with progress and Cancel."""

    data_changed = Signal(object)  # services.Changes
    ready = Signal()

    def __init__(
        self, runner: TaskRunner, data_dir: DataDir, settings: QSettings, translators: Any
    ) -> None:
        super().__init__()
        self.runner = runner
        self.data_dir = data_dir
        self.settings = settings
        self.translators = translators
        self.lang = current_language()
        self.forms: dict[str, Any] = {}
        self.locations: Any = None
        self.role = ""  # desk.role: "secretariat", "focal_point" or "" (not enrolled)
        self.pages: dict[int, QWidget] = {}
        self.editor: QWidget | None = None
        self.session: Any = None  # ui.session.Session when the app runs (lock, wipe)
        self.closing_for_lock = False
        self.setWindowTitle(self.tr("focalpoint — WANEP-Mali"))
        self.setStyleSheet(STYLESHEET)
        self.resize(1280, 720)
        self.setMinimumSize(960, 600)
        self._build_shell()
        runner.failed.connect(self._show_failure)
        runner.busy.connect(self._on_busy)
        runner.progress.connect(self._on_progress)
        runner.idle.connect(self._on_idle)
        self.data_changed.connect(self.refresh_status)
        self.data_changed.connect(self._reload_definitions)
        self.data_changed.connect(self.refresh_role)
        runner.run(
            lambda ws: (ws.forms, ws.locations, desk.role(ws)), on_done=self._on_workspace_open
        )

    def lock(self) -> None:
        """Lock the app now (Ctrl+L): same as the idle lock."""
        if self.session is not None:
            self.session.lock()

    def _show_failure(self, error: BaseException) -> None:
        show_error(self, error)

    def switch_language(self, lang: str) -> None:
        """Rebuild the window in ``lang`` (an open editor is autosaved and offered back)."""
        if self.editor is not None:
            self.editor.autosave_now()
        self.translators.install(lang)
        successor = MainWindow(self.runner, self.data_dir, self.settings, self.translators)
        successor.session = self.session
        if self.session is not None:
            self.session.window_replaced(successor)
        successor.setGeometry(self.geometry())
        OPEN_WINDOWS.append(successor)
        successor.show()
        self.close()
        if self in OPEN_WINDOWS:
            OPEN_WINDOWS.remove(self)
        self.deleteLater()

    # -- shell --------------------------------------------------------------------------------

    def _build_shell(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        labels = [
            self.tr("Activités"),
            self.tr("Incidents"),
            self.tr("Brouillons"),
            self.tr("Conflits"),
            self.tr("Synchronisation"),
            self.tr("Rapports"),
            self.tr("Paramètres"),
            self.tr("Appareils"),
        ]
        self.sidebar.addItems(labels)
        self.sidebar.item(PAGE_DEVICES).setHidden(True)
        self.stack = QStackedWidget(central)
        loading = QLabel(self.tr("Ouverture des données…"), self.stack)
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(loading)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self.show_page)
        lock = QAction(self.tr("Verrouiller"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        self.addAction(lock)
        for number in range(len(labels)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.go_to(n))
            self.addAction(action)
        self._build_status_bar()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.connection_label = QLabel(self.tr("Synchronisation non configurée"), bar)
        self.waiting_label = QLabel("", bar)
        self.progress_label = QLabel("", bar)
        self.progress_bar = QProgressBar(bar)
        self.progress_bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Annuler"), bar)
        self.cancel_button.clicked.connect(self.runner.cancel)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
            bar.addWidget(widget)
        bar.addPermanentWidget(self.waiting_label)
        bar.addPermanentWidget(self.connection_label)

    def _on_busy(self, label: str) -> None:
        self.progress_label.setText(label)
        self.progress_bar.setRange(0, 0)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_idle(self) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()

    # -- pages --------------------------------------------------------------------------------

    def go_to(self, number: int) -> None:
        """Select side bar entry ``number`` (a hidden one, e.g. Appareils, is ignored)."""
        item = self.sidebar.item(number)
        if item is not None and not item.isHidden():
            self.sidebar.setCurrentRow(number)

    @property
    def is_secretariat(self) -> bool:
        """Whether this laptop's token is the secretariat's (sees every region)."""
        return self.role == "secretariat"

    def refresh_role(self, _changes: object = None) -> None:
        """Read the laptop's role (it changes with an enrolment or a sync) and show the
        secretariat's entries only on its laptop."""
        self.runner.run(desk.role, on_done=self._set_role)

    def _set_role(self, role: str) -> None:
        self.role = role
        self.sidebar.item(PAGE_DEVICES).setHidden(not self.is_secretariat)
        if not self.is_secretariat and self.sidebar.currentRow() == PAGE_DEVICES:
            self.sidebar.setCurrentRow(PAGE_ACTIVITIES)

    def _on_workspace_open(self, opened: tuple[dict[str, Any], Any, str]) -> None:
        from focalpoint.ui.pages.conflicts import ConflictsPage
        from focalpoint.ui.pages.devices import DevicesPage
        from focalpoint.ui.pages.drafts import DraftsPage
        from focalpoint.ui.pages.info import SyncPage
        from focalpoint.ui.pages.records import RecordsPage
        from focalpoint.ui.pages.reports import ReportsPage
        from focalpoint.ui.pages.settings import SettingsPage

        self.forms, self.locations, role = opened
        self._set_role(role)
        self.pages = {
            PAGE_ACTIVITIES: RecordsPage(self, self.forms["activite"]),
            PAGE_INCIDENTS: RecordsPage(self, self.forms["incident"]),
            PAGE_DRAFTS: DraftsPage(self),
            PAGE_CONFLICTS: ConflictsPage(self),
            PAGE_SYNC: SyncPage(self),
            PAGE_REPORTS: ReportsPage(self),
            PAGE_SETTINGS: SettingsPage(self),
            PAGE_DEVICES: DevicesPage(self),
        }
        for number in sorted(self.pages):
            self.stack.addWidget(self.pages[number])
        self.sidebar.setCurrentRow(PAGE_ACTIVITIES)
        self.show_page(PAGE_ACTIVITIES)
        self.refresh_status()
        self.ready.emit()
        self.runner.run(services.pending_autosaves, on_done=self._offer_autosaves)

    def show_page(self, number: int) -> None:
        """Show page ``number`` (closing nothing: an open editor stays until closed)."""
        page = self.pages.get(number)
        if page is not None and self.editor is None:
            self.stack.setCurrentWidget(page)
        elif page is not None and self.editor is not None:
            self.editor.request_close(then=lambda: self.stack.setCurrentWidget(page))

    def current_page(self) -> QWidget | None:
        """The page shown (None while loading or editing)."""
        widget = self.stack.currentWidget()
        return widget if widget in self.pages.values() else None

    def show_sync_state(self, status: services.SyncStatus) -> None:
        """The status bar's connection part: linked or not, and the last sync (the role may
        have changed: an enrolment)."""
        self.refresh_role()
        if not status.enrolled:
            self.connection_label.setText(self.tr("Synchronisation non configurée"))
        elif status.last_sync_at:
            when = format_date(status.last_sync_at, self.lang)
            self.connection_label.setText(self.tr("Dernière synchronisation : %s") % when)
        else:
            self.connection_label.setText(self.tr("Relié au serveur, pas encore synchronisé"))

    def _reload_definitions(self, changes: object = None) -> None:
        """After a sync or an import that brought forms or places: use them for what opens
        next (an open editor keeps the form it was opened with)."""
        if not getattr(changes, "forms", False) or not self.pages:
            return

        def load(ws: services.Workspace) -> tuple[dict[str, Any], Any]:
            services.reload_definitions(ws)  # the sync stored them through another connection
            return dict(ws.forms), ws.locations

        def take(loaded: tuple[dict[str, Any], Any]) -> None:
            self.forms, self.locations = loaded

        self.runner.run(load, on_done=take)

    def refresh_status(self, _changes: object = None) -> None:
        """Update the status bar's count of records waiting to be sent."""
        self.runner.run(
            services.count_waiting,
            on_done=lambda n: self.waiting_label.setText(
                self.tr("%n enregistrement(s) à envoyer", "", n)
            ),
        )

    # -- editor -------------------------------------------------------------------------------

    def open_editor(
        self,
        form_id: str,
        record_id: str | None = None,
        *,
        restore: services.Autosave | None = None,
    ) -> None:
        """Open the form editor on a record (None: a new one), or on an interrupted edit."""
        if self.editor is not None:
            self.editor.request_close(
                then=lambda: self.open_editor(form_id, record_id, restore=restore)
            )
            return
        initial = dict(restore.data) if restore else None
        if restore is not None and not restore.is_new:
            record_id = restore.record_id
        if record_id is None:
            new_id = restore.record_id if restore else str(uuid.uuid4())
            self._show_editor(self.forms[form_id], None, new_id, initial)
            return

        def load(ws: services.Workspace) -> tuple[services.Record, Any]:
            record = services.get_record(ws, record_id)
            return record, services.form_of(ws, record)

        self.runner.run(
            load,
            on_done=lambda loaded: self._show_editor(loaded[1], loaded[0], loaded[0].id, initial),
        )

    def _show_editor(
        self,
        form: Any,
        record: services.Record | None,
        record_id: str,
        initial: dict[str, Any] | None,
    ) -> None:
        from focalpoint.ui.editor.form_editor import FormEditor

        editor = FormEditor(self, form=form, record=record, record_id=record_id, initial=initial)
        self.editor = editor
        editor.closed.connect(self._on_editor_closed)
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        editor.focus_first()

    def _on_editor_closed(self) -> None:
        editor = self.editor
        self.editor = None
        if editor is not None:
            self.stack.removeWidget(editor)
            editor.deleteLater()
        page = self.pages.get(self.sidebar.currentRow())
        if page is not None:
            self.stack.setCurrentWidget(page)
            page.setFocus()

    def _offer_autosaves(self, pending: list[services.Autosave]) -> None:
        if not pending:
            return
        latest = pending[0]
        form = self.forms.get(latest.form_id)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Saisie interrompue"))
        box.setText(
            self.tr("Une saisie n'a pas été enregistrée (%s). Voulez-vous la reprendre ?")
            % (form.title.get(self.lang, form.title["fr"]) if form else latest.form_id)
        )
        resume = box.addButton(self.tr("Reprendre la saisie"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.finished.connect(
            lambda _r: (
                box.clickedButton() is resume and self.open_editor(latest.form_id, restore=latest)
            )
        )
        self.pending_prompt = box
        box.open()

    # -- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: Any) -> None:
        if self.editor is not None:
            self.editor.autosave_now()
        super().closeEvent(event)
        if self.session is not None and not self.closing_for_lock:
            self.session.window_closed(self)
