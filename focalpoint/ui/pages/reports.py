"""Rapports: the dashboard and the report builder (first tab), and importing and exporting
records (second tab); everything runs off the GUI thread.

The dashboard and the builder live in ``pages/dashboard.py`` and ``pages/report_builder.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from focalpoint import services
from focalpoint.domain.messages import describe_problem, message
from focalpoint.ui.pages.dashboard import DashboardBox, DeskBoard
from focalpoint.ui.pages.report_builder import ReportBuilder
from focalpoint.ui.tasks import TaskContext
from focalpoint.ui.widgets import LazyPage

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow


def _left(widget: QWidget) -> QWidget:
    """``widget`` at its natural width, on the left of its row."""
    holder = QWidget(widget.parentWidget())
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return holder


class ReportsPage(LazyPage):
    """The dashboard and report builder; import and export of records."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Rapports"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        reports = QWidget(self.tabs)
        reports_layout = QVBoxLayout(reports)
        self.dashboard = DashboardBox(window, reports)
        self.builder = ReportBuilder(window, reports)
        reports_layout.addWidget(self.dashboard)
        reports_layout.addWidget(self.builder)
        reports_layout.addStretch(1)
        self.tabs.addTab(reports, self.tr("Tableau de bord et rapports"))

        exchange = QWidget(self.tabs)
        self.tabs.addTab(exchange, self.tr("Importer et exporter"))
        self._build_exchange(exchange)
        self.desk = DeskBoard(window, self.tabs)  # the secretariat's laptop only
        self.desk_tab = self.tabs.addTab(self.desk, self.tr("Secrétariat : toutes les régions"))
        self.tabs.setTabVisible(self.desk_tab, window.is_secretariat)
        window.data_changed.connect(self.on_data_changed)

    def reload(self) -> None:
        """Load the dashboard and the activities offered by the builder (database thread)."""
        self.dashboard.reload(on_loaded=self._dashboard_loaded)
        self.tabs.setTabVisible(self.desk_tab, self.window_.is_secretariat)
        if self.window_.is_secretariat:
            self.desk.reload()
        self.window_.runner.run(
            lambda ws: services.list_summaries(ws, form_id="activite"),
            on_done=self._activities_loaded,
        )

    def _dashboard_loaded(self, board: services.Dashboard) -> None:
        self.builder.set_default_day(board.month.period.start)

    def _activities_loaded(self, rows: list[services.RecordSummary]) -> None:
        self.builder.set_activities(rows)
        self.mark_loaded()

    def _build_exchange(self, page: QWidget) -> None:
        window = self.window_
        layout = QVBoxLayout(page)
        export_box = QGroupBox(self.tr("Exporter les enregistrements"), page)
        form = QFormLayout(export_box)
        self.export_format = QComboBox(export_box)
        self.export_format.addItem(self.tr("Classeur Excel (.xlsx)"), "xlsx")
        self.export_format.addItem(self.tr("Fichiers CSV (un dossier)"), "csv")
        self.export_format.addItem(self.tr("JSON"), "json")
        self.export_form = QComboBox(export_box)
        self.export_form.addItem(self.tr("Tous les formulaires"), "")
        for f in window.forms.values():
            self.export_form.addItem(f.title.get(window.lang, f.title["fr"]), f.id)
        self.export_button = QPushButton(self.tr("Exporter…"), export_box)
        self.export_button.clicked.connect(self.choose_export)
        form.addRow(self.tr("Format"), self.export_format)
        form.addRow(self.tr("Formulaire"), self.export_form)
        form.addRow("", _left(self.export_button))
        unencrypted = QLabel(
            self.tr(
                "Attention : un fichier exporté n'est pas chiffré. Ne le gardez pas sur "
                "l'ordinateur plus longtemps que nécessaire et ne l'envoyez pas par messagerie."
            ),
            export_box,
        )
        unencrypted.setObjectName("hint")
        unencrypted.setWordWrap(True)
        form.addRow("", unencrypted)
        layout.addWidget(export_box)

        import_box = QGroupBox(self.tr("Importer des enregistrements"), page)
        box = QVBoxLayout(import_box)
        hint = QLabel(
            self.tr(
                "Fichier .xlsx, .csv, .jsonl ou .json : une colonne par champ (lieu.region, "
                "gps.lat…). Les lignes correctes sont importées ; chaque ligne refusée est "
                "indiquée avec son numéro et la raison."
            ),
            import_box,
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        self.import_form = QComboBox(import_box)
        for f in window.forms.values():
            self.import_form.addItem(f.title.get(window.lang, f.title["fr"]), f.id)
        self.import_button = QPushButton(self.tr("Importer un fichier…"), import_box)
        self.import_button.clicked.connect(self.choose_import)
        row.addWidget(QLabel(self.tr("Formulaire des lignes"), import_box))
        row.addWidget(self.import_form)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.report = QPlainTextEdit(import_box)
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(
            self.tr("Le compte rendu du dernier import ou export s'affiche ici.")
        )
        box.addWidget(hint)
        box.addLayout(row)
        box.addWidget(self.report, 1)
        layout.addWidget(import_box, 1)

    # -- export -------------------------------------------------------------------------------

    def choose_export(self) -> None:
        """Ask where to export, then export off the GUI thread."""
        fmt = self.export_format.currentData()
        if fmt == "csv":
            target = QFileDialog.getExistingDirectory(self, self.tr("Dossier de l'export CSV"))
        else:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer l'export"), f"focalpoint.{fmt}", f"*.{fmt}"
            )
        if target:
            self.export_to(Path(target), fmt, self.export_form.currentData() or None)

    def export_to(self, target: Path, fmt: str, form_id: str | None) -> None:
        """Export to ``target`` (a folder for CSV) and report the count."""
        self.window_.runner.run_long(
            lambda ws, _ctx: services.export_records(ws, fmt, target, form_id=form_id),
            label=self.tr("Export en cours…"),
            on_done=lambda n: self.report.setPlainText(
                message("exported", self.window_.lang, count=n, path=target)
            ),
        )

    # -- import -------------------------------------------------------------------------------

    def choose_import(self) -> None:
        """Ask for a file, then import it off the GUI thread."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer des enregistrements"),
            "",
            self.tr("Données (*.xlsx *.csv *.jsonl *.json)"),
        )
        if path:
            self.import_file(Path(path), self.import_form.currentData())

    def import_file(self, path: Path, form_id: str | None) -> None:
        """Import ``path`` with a progress bar and Cancel; show the line-by-line report."""

        def work(ws: services.Workspace, ctx: TaskContext) -> services.ImportReport:
            return services.import_records(
                ws, path, form_id=form_id, progress=ctx.progress, cancel=ctx.cancel
            )

        self.window_.runner.run_long(
            work, label=self.tr("Import en cours…"), on_done=self._imported(path)
        )

    def _imported(self, path: Path):
        def show(report: services.ImportReport) -> None:
            lang = self.window_.lang
            lines = [
                message("imported", lang, count=len(report.imported), rejected=len(report.rejected))
            ]
            for row in report.rejected:
                where = message("line", lang, line=row.line)
                form = self.window_.forms.get(row.form_id or "")
                lines += [
                    f"{path.name}, {where} : {describe_problem(form, p, lang)}"
                    for p in row.problems
                ]
            self.report.setPlainText("\n".join(lines))
            self.window_.data_changed.emit(report.changes)

        return show
