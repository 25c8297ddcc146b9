"""The report builder of the Rapports page: choose a report, its period, region, activity and
format; generate it off the GUI thread; open it in the system viewer or save a copy.

Reports are written by ``services.write_report`` (the one aggregation behind every format);
this widget only gathers the choices and shows the outcome. Weekly, monthly and quarterly
reports count the incidents the secretariat verified; « Inclure les incidents non vérifiés »
counts the others too (the report marks them), and the outcome says how many were left out or
included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from focalpoint import services
from focalpoint.domain.aggregation import month_period, parse_period, quarter_period, week_period
from focalpoint.domain.messages import message
from focalpoint.ui.errors import show_error, show_notice
from focalpoint.ui.models.records import (
    COL_CATEGORY,
    COL_STATUS,
    RecordFilter,
    RecordIdRole,
    RecordsModel,
    RecordsProxy,
)
from focalpoint.ui.report_files import open_file, report_path, write_then

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow


@dataclass(frozen=True)
class ReportKind:
    """One choice of the report list: the service's kind, what it needs, its file name."""

    key: str
    service_kind: str
    period_kind: str | None  # week, month, quarter; None: an activity-based report
    blank: bool = False


REPORT_CHOICES = (
    ReportKind("attendance", "participants", None, blank=True),
    ReportKind("participants", "participants", None),
    ReportKind("activity", "activity", None),
    ReportKind("weekly", "weekly", "week"),
    ReportKind("monthly", "monthly", "month"),
    ReportKind("quarterly", "quarterly", "quarter"),
)
FILE_NAMES = {
    "attendance": "liste-presence",
    "participants": "liste-participants",
    "activity": "rapport-activite",
    "weekly": "rapport-hebdomadaire-news",
    "monthly": "bulletin-mensuel",
    "quarterly": "bulletin-trimestriel",
}
FORMATS = ("pdf", "xlsx", "csv", "json")


class PeriodPicker(QWidget):
    """A year and a week, month or quarter of it; ``code()`` gives "2023-W22", "2023-05" or
    "2023-Q2" (what ``services.write_report`` reads)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.kind = "month"
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Année"))
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Période"))
        self.period.setMinimumContentsLength(30)
        self.period.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.year)
        row.addWidget(self.period)
        row.addStretch(1)
        self.year.valueChanged.connect(lambda _y: self._fill())
        self._fill()

    def set_kind(self, kind: str) -> None:
        """Offer weeks, months or quarters of the chosen year (keeping the same dates)."""
        if kind == self.kind:
            return
        current = self.code()
        self.kind = kind
        self._fill()
        if current:
            self.set_day(parse_period(current).start)

    def _fill(self) -> None:
        year = self.year.value()
        index = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        if self.kind == "week":
            weeks = date(year, 12, 28).isocalendar()[1]
            periods = [week_period(date.fromisocalendar(year, w, 1)) for w in range(1, weeks + 1)]
        elif self.kind == "quarter":
            periods = [quarter_period(date(year, 3 * q - 2, 1)) for q in range(1, 5)]
        else:
            periods = [month_period(date(year, m, 1)) for m in range(1, 13)]
        for period in periods:
            self.period.addItem(period.title(self.lang), period.label)
        self.period.setCurrentIndex(min(max(index, 0), self.period.count() - 1))
        self.period.blockSignals(False)

    def set_day(self, day: date) -> None:
        """Choose the period holding ``day``."""
        period = {"week": week_period, "quarter": quarter_period}.get(self.kind, month_period)(day)
        self.year.setValue(int(period.label[:4]))
        self.period.setCurrentIndex(max(self.period.findData(period.label), 0))

    def code(self) -> str:
        """The chosen period's code ("2023-W22", "2023-05", "2023-Q2")."""
        return str(self.period.currentData() or "")


def activity_picker(parent: QWidget, proxy: RecordsProxy) -> QComboBox:
    """A combo box over the activity list model: title shown, a table of title, date, region
    in its pop-up; the current activity's id is ``currentData(RecordIdRole)``."""
    combo = QComboBox(parent)
    combo.setModel(proxy)
    combo.setModelColumn(0)
    view = QTableView(combo)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().hide()
    view.setShowGrid(False)
    view.setWordWrap(False)
    combo.setView(view)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (COL_CATEGORY, COL_STATUS):
        view.hideColumn(column)
    view.setMinimumWidth(640)
    combo.setMinimumContentsLength(40)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class ReportBuilder(QGroupBox):
    """Choose and generate a report; open it or save a copy."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Générer un rapport"))
        self.window_ = window
        self.result: services.ReportResult | None = None
        self._period_set = False
        form = window.forms["activite"]
        self.activities = RecordsModel(form, window.locations, window.lang, self)
        self.activity_proxy = RecordsProxy(self)
        self.activity_proxy.setSourceModel(self.activities)
        self._build()
        self.select("monthly")
        self._on_kind_changed()

    def _build(self) -> None:
        names = {
            "attendance": self.tr("Liste de présence vierge (à signer)"),
            "participants": self.tr("Liste des participants"),
            "activity": self.tr("Rapport d'activité"),
            "weekly": self.tr("Rapport hebdomadaire NEWS"),
            "monthly": self.tr("Bulletin mensuel sur la sécurité humaine"),
            "quarterly": self.tr("Bulletin trimestriel"),
        }
        self.kind = QComboBox(self)
        for choice in REPORT_CHOICES:
            self.kind.addItem(names[choice.key], choice.key)
        self.period = PeriodPicker(self.window_.lang, self)
        self.region = QComboBox(self)
        self.region.addItem(self.tr("Toutes les régions"), "")
        for region in self.window_.locations.regions:
            self.region.addItem(region.name, region.code)
        self.activity_search = QLineEdit(self)
        self.activity_search.setPlaceholderText(self.tr("Rechercher une activité"))
        self.activity_search.setClearButtonEnabled(True)
        self.activity_search.textChanged.connect(
            lambda text: self.activity_proxy.set_filter(RecordFilter(text=text))
        )
        self.activity = activity_picker(self, self.activity_proxy)
        activity_row = QWidget(self)
        row = QHBoxLayout(activity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.activity_search, 1)
        row.addWidget(self.activity, 2)
        self.rows = QSpinBox(self)
        self.rows.setRange(1, services.MAX_BLANK_ROWS)
        self.rows.setValue(25)
        self.include_unverified = QCheckBox(self.tr("Inclure les incidents non vérifiés"), self)
        self.include_unverified.setToolTip(
            self.tr(
                "Par défaut, seuls les incidents vérifiés par le secrétariat sont comptés. "
                "Cochée, les autres le sont aussi et le rapport les signale comme non vérifiés."
            )
        )
        self.format = QComboBox(self)
        for fmt, text in zip(
            FORMATS,
            (
                self.tr("PDF (à lire ou imprimer)"),
                self.tr("Classeur Excel (.xlsx)"),
                self.tr("CSV (.csv)"),
                self.tr("JSON (.json)"),
            ),
            strict=True,
        ):
            self.format.addItem(text, fmt)

        self.generate_button = QPushButton(self.tr("Générer"), self)
        self.generate_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.save_button = QPushButton(self.tr("Enregistrer sous…"), self)
        self.save_button.setToolTip(
            self.tr(
                "Le fichier enregistré n'est pas chiffré : ne le gardez pas sur l'ordinateur "
                "plus longtemps que nécessaire."
            )
        )
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generate_button.clicked.connect(self.generate)
        self.open_button.clicked.connect(self.open_result)
        self.save_button.clicked.connect(self.save_result)
        buttons = QWidget(self)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.generate_button, self.open_button, self.save_button):
            button_row.addWidget(button)
        button_row.addWidget(self.outcome, 1)
        self._show_result(None)

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("Rapport"), self.kind)
        self.form.addRow(self.tr("Période"), self.period)
        self.form.addRow(self.tr("Région"), self.region)
        self.form.addRow(self.tr("Activité"), activity_row)
        self.form.addRow(self.tr("Nombre de lignes"), self.rows)
        self.form.addRow(self.tr("Vérification"), self.include_unverified)
        self.form.addRow(self.tr("Format"), self.format)
        self.form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)

    # -- choices ------------------------------------------------------------------------------

    def choice(self) -> ReportKind:
        """The report chosen."""
        return REPORT_CHOICES[max(self.kind.currentIndex(), 0)]

    def select(self, key: str) -> None:
        """Choose report ``key`` (attendance, participants, activity, weekly, monthly,
        quarterly)."""
        self.kind.setCurrentIndex(self.kind.findData(key))

    def _on_kind_changed(self) -> None:
        choice = self.choice()
        by_period = choice.period_kind is not None
        if by_period:
            self.period.set_kind(choice.period_kind or "month")
        for widget, visible in (
            (self.period, by_period),
            (self.region, by_period),
            (self.activity.parentWidget(), not by_period),
            (self.rows, choice.blank),
            (self.include_unverified, by_period),
        ):
            self.form.setRowVisible(widget, visible)

    def set_activities(self, rows: list[services.RecordSummary]) -> None:
        """The activities offered (newest first), keeping the chosen one when it is still there."""
        chosen = self.activity_id()
        self.activities.set_rows(rows)
        if chosen:
            self.select_activity(chosen)

    def select_activity(self, record_id: str) -> None:
        """Choose the activity ``record_id`` (shown by the current search)."""
        index = self.activity.findData(record_id, RecordIdRole)
        if index >= 0:
            self.activity.setCurrentIndex(index)

    def activity_id(self) -> str:
        """The chosen activity's id ("" when none)."""
        return str(self.activity.currentData(RecordIdRole) or "")

    def set_default_day(self, day: date | None) -> None:
        """Open the period pickers on the period holding ``day`` (once: a choice made by the
        person is kept)."""
        if day is not None and not self._period_set:
            self._period_set = True
            self.period.set_day(day)

    # -- generating ---------------------------------------------------------------------------

    def generate(self) -> None:
        """Write the chosen report off the GUI thread (progress bar, Cancel)."""
        choice = self.choice()
        fmt = str(self.format.currentData())
        activity_id = self.activity_id() if choice.period_kind is None else None
        period = self.period.code() if choice.period_kind else None
        if choice.period_kind is None and not activity_id:
            show_notice(self, self.tr("Choisissez d'abord une activité."))
            return
        self.generate_period(choice.key, period, fmt, activity_id=activity_id)

    def generate_period(
        self,
        key: str,
        period: str | None,
        fmt: str,
        *,
        activity_id: str | None = None,
        region: str | None = None,
    ) -> None:
        """Write report ``key`` of ``period`` (a code, as typed or picked) as ``fmt``; the
        region is the one chosen unless given."""
        choice = next(c for c in REPORT_CHOICES if c.key == key)
        region = region if region is not None else (self.region.currentData() or None)
        suffix = period or (activity_id or "")[:8]
        out = report_path(f"{FILE_NAMES[key]}-{suffix}{'-' + region if region else ''}", fmt)
        rows = self.rows.value()
        lang = self.window_.lang
        include_unverified = bool(choice.period_kind) and self.include_unverified.isChecked()
        self._show_result(None)
        self.generate_button.setEnabled(False)
        write_then(
            self.window_,
            self.tr("Préparation du rapport…"),
            lambda ws: services.write_report(
                ws,
                choice.service_kind,
                out,
                period=period,
                region=region if choice.period_kind else None,
                activity_id=activity_id,
                blank=choice.blank,
                rows=rows,
                lang=lang,
                include_unverified=include_unverified,
            ),
            lambda result: self._generated(result, choice, period),
            self._failed,
        )

    def _generated(
        self, result: services.ReportResult, choice: ReportKind, period: str | None
    ) -> None:
        self.generate_button.setEnabled(True)
        self._show_result(result)
        if not result.empty:
            return
        lang = self.window_.lang
        if choice.period_kind is None:
            show_notice(self, message("report_no_participants", lang))
        elif result.unverified and not result.include_unverified:
            show_notice(
                self,
                self.tr(
                    "Aucun incident vérifié sur cette période : %n incident(s) non vérifié(s) "
                    "n'y figure(nt) pas. Cochez « Inclure les incidents non vérifiés » pour les "
                    "compter.",
                    "",
                    result.unverified,
                ),
            )
        else:
            title = parse_period(period or "").title(lang)
            show_notice(self, message("report_no_data", lang, period=title))

    def _failed(self, error: BaseException) -> None:
        self.generate_button.setEnabled(True)
        self._show_result(None)
        show_error(self, error)

    def _show_result(self, result: services.ReportResult | None) -> None:
        self.result = result
        self.open_button.setEnabled(result is not None)
        self.save_button.setEnabled(result is not None)
        if result is None:
            self.outcome.setText("")
            return
        if result.pages is not None:
            text = self.tr("%n page(s) prête(s) : %s", "", result.pages).replace(
                "%s", result.path.name
            )
        else:
            text = self.tr("Fichier prêt : %s") % result.path.name
        n = result.unverified
        if n and result.include_unverified:
            text += " — " + self.tr("%n incident(s) non vérifié(s) inclus et signalés", "", n)
        elif n:
            text += " — " + self.tr("%n incident(s) non vérifié(s) non compté(s)", "", n)
        self.outcome.setText(text)

    # -- the file -----------------------------------------------------------------------------

    def open_result(self) -> None:
        """Open the last report with the system's viewer (print it from there)."""
        if self.result is not None:
            open_file(self.result.path)

    def save_result(self) -> None:
        """Copy the last report where the person chooses."""
        if self.result is None:
            return
        source = self.result.path
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le rapport"),
            source.name,
            f"*{source.suffix}",
        )
        if not target:
            return
        destination = Path(target)
        if not destination.suffix:
            destination = destination.with_suffix(source.suffix)
        self.window_.runner.run_detached(
            lambda: services.save_report_copy(source, destination),
            on_done=lambda _p: self.outcome.setText(
                self.tr("Copie enregistrée : %s") % str(destination)
            ),
            on_error=lambda error: show_error(self, error),
        )
