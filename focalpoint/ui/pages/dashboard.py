"""The dashboard at the top of the Rapports page: this month, last month and the quarter in
figures, and the incident trend chart — all from ``services.dashboard`` (the one aggregation
behind every report), loaded off the GUI thread.

The chart is the PDFs' own (``reports.pdf.trend_svg``), drawn by QtSvg.

``DeskBoard`` is the secretariat's part (Bamako), a tab of the Rapports page on its laptop
only: every region's week and month, the incidents awaiting verification, the laptops that
have not synced for more than seven days (``desk.desk_dashboard``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focalpoint import desk, services
from focalpoint.domain.formatting import format_date, format_number, format_percent
from focalpoint.domain.review import RECEIVED, status_label
from focalpoint.ui.desk_text import moment_text, regions_text, since_text
from focalpoint.ui.models.headed import HeadedTableModel
from focalpoint.ui.models.records import RecordIdRole

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
CHART_SIZE = QSize(540, 250)
COLUMNS = ("month", "previous_month", "quarter")
AWAITING_FIELD = "awaiting_verification"  # services.Dashboard's count of incidents not verified yet
FIGURES = ("incidents", "deaths", "injured", "activities", "participants", "women", "youth")


def _figure(report: Any, key: str, lang: str) -> str:
    """One cell of the dashboard: a ``QuarterlyReport`` figure, formatted the French way."""
    people = report.participants
    count: Callable[[], int] = {
        "incidents": lambda: report.incidents.totals.incidents,
        "deaths": lambda: report.incidents.totals.deaths,
        "injured": lambda: report.incidents.totals.injured,
        "activities": lambda: report.sessions,
        "participants": lambda: people.total,
        "women": lambda: people.women,
        "youth": lambda: people.youth,
    }[key]
    text = format_number(count(), lang)
    if key in ("women", "youth") and people.total:
        text += f" ({format_percent(people.share(count()), lang)})"
    return text


def render_chart(board: services.Dashboard, title: str) -> tuple[services.Dashboard, str]:
    """The dashboard with its trend chart as SVG text (run off the GUI thread: reportlab)."""
    from focalpoint.reports.pdf import trend_svg

    svg = trend_svg(board.trend, width=CHART_SIZE.width(), height=CHART_SIZE.height(), title=title)
    return board, svg


class DashboardBox(QGroupBox):
    """Figures of the month of the latest data, the month before and their quarter; the
    incident trend over twelve months."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.board: services.Dashboard | None = None
        self.setTitle(self.tr("Tableau de bord"))
        self.cells: dict[tuple[str, str], QLabel] = {}
        self.headers: dict[str, QLabel] = {}
        names = {
            "incidents": self.tr("Incidents"),
            "deaths": self.tr("Morts"),
            "injured": self.tr("Blessés"),
            "activities": self.tr("Activités"),
            "participants": self.tr("Participants"),
            "women": self.tr("dont femmes"),
            "youth": self.tr("dont jeunes (18–35 ans)"),
        }
        table = QFrame(self)
        grid = QGridLayout(table)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for column, key in enumerate(COLUMNS, start=1):
            header = QLabel("…", table)
            header.setObjectName("figureHeader")
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
            self.headers[key] = header
        for row, figure in enumerate(FIGURES, start=1):
            name = QLabel(names[figure], table)
            if figure in ("women", "youth"):
                name.setIndent(12)
            grid.addWidget(name, row, 0)
            for column, key in enumerate(COLUMNS, start=1):
                cell = QLabel("—", table)
                cell.setObjectName("figure")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                grid.addWidget(cell, row, column)
                self.cells[(figure, key)] = cell
        self.awaiting = QLabel(table)  # incidents the secretariat has not verified yet
        self.awaiting.setObjectName("hint")
        self.awaiting.hide()
        grid.addWidget(self.awaiting, len(FIGURES) + 1, 0, 1, len(COLUMNS) + 1)
        grid.setRowStretch(len(FIGURES) + 2, 1)
        table.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.chart = QSvgWidget(self)
        self.chart.setFixedSize(CHART_SIZE)
        self.chart.setAccessibleName(self.tr("Évolution des incidents"))
        layout = QHBoxLayout(self)
        layout.addWidget(table)
        layout.addStretch(1)
        layout.addWidget(self.chart)

    def reload(self, on_loaded: Callable[[services.Dashboard], None] | None = None) -> None:
        """Load the figures and draw the chart on the database thread, then show them."""
        title = self.tr("Incidents, morts et blessés par mois")

        def loaded(result: tuple[services.Dashboard, str]) -> None:
            self.show_board(*result)
            if on_loaded is not None:
                on_loaded(result[0])

        self.window_.runner.run(
            lambda ws: render_chart(services.dashboard(ws), title), on_done=loaded
        )

    def show_board(self, board: services.Dashboard, svg: str) -> None:
        """Show ``board``'s figures and the chart ``svg``."""
        self.board = board
        lang = self.window_.lang
        for key in COLUMNS:
            report = getattr(board, key)
            title = report.period.title(lang)
            self.headers[key].setText(title[:1].upper() + title[1:])
            for figure in FIGURES:
                self.cells[(figure, key)].setText(_figure(report, figure, lang))
        awaiting = getattr(board, AWAITING_FIELD, None)
        self.awaiting.setVisible(isinstance(awaiting, int))
        if isinstance(awaiting, int):
            self.awaiting.setText(
                self.tr(
                    "%n incident(s) en attente de vérification, non compté(s) ci-dessus",
                    "",
                    awaiting,
                )
            )
        self.chart.load(QByteArray(svg.encode("utf-8")))


# ----------------------------------------------------------------------------- the desk

REGION_FIGURES = ("incidents", "deaths", "injured")


class _DeskTable(HeadedTableModel):
    """A read-only table over a list of rows with fixed headers (the desk's three tables)."""

    def __init__(self, lang: str, locations: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.locations = locations
        self.rows: list[Any] = []
        self.headers: list[str] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def region_name(self, code: str) -> str:
        """A region's name (its code when unknown)."""
        region = self.locations.region(code) if self.locations is not None else None
        return region.name if region else code

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)


class RegionFiguresModel(_DeskTable):
    """Every region's verified incidents, deaths and injured for the week and the month,
    with a total row (``desk.DeskDashboard.regions``)."""

    def __init__(self, lang: str, locations: Any, parent: QWidget | None = None) -> None:
        super().__init__(lang, locations, parent)
        names = [self.tr("Incidents"), self.tr("Morts"), self.tr("Blessés")]
        week, month = self.tr("semaine"), self.tr("mois")
        self.headers = [
            self.tr("Région"),
            *(f"{name}\n({week})" for name in names),
            *(f"{name}\n({month})" for name in names),
        ]

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row (region, week figures, month figures); a total row ends it."""
        total = list(rows)
        if rows:
            week, month = rows[0][1], rows[0][2]
            for _region, week_figures, month_figures in rows[1:]:
                week, month = week + week_figures, month + month_figures
            total.append(("", week, month))
        super().set_rows(total)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        region, week, month = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.region_name(region) if region else self.tr("Total")
            figures = week if column <= len(REGION_FIGURES) else month
            key = REGION_FIGURES[(column - 1) % len(REGION_FIGURES)]
            value = {"incidents": figures.incidents, "deaths": figures.deaths}.get(
                key, figures.injured
            )
            return format_number(value, self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not region:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AwaitingModel(_DeskTable):
    """Incidents awaiting verification (records, as ``desk.awaiting_review`` gives them):
    title, date, region, review status."""

    def __init__(self, lang: str, locations: Any, parent: QWidget | None = None) -> None:
        super().__init__(lang, locations, parent)
        self.headers = [self.tr("Incident"), self.tr("Date"), self.tr("Région"), self.tr("Statut")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        if role == RecordIdRole:
            return record.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return record.title or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return record.title or record.id
        if column == 1:
            return format_date(record.record_date, self.lang)
        if column == 2:
            return self.region_name(record.region)
        return status_label(record.review_status or RECEIVED, self.lang)


class StaleDevicesModel(_DeskTable):
    """Laptops (``desk.DeviceRow``) not synced for more than a week: name, regions, last
    sync."""

    def __init__(self, lang: str, locations: Any, parent: QWidget | None = None) -> None:
        super().__init__(lang, locations, parent)
        self.headers = [
            self.tr("Appareil"),
            self.tr("Régions"),
            self.tr("Dernière synchronisation"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        device = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return moment_text(device.last_sync_at, self.lang) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return device.name
        if index.column() == 1:
            return regions_text(device.regions, self.locations)
        if not device.last_sync_at:
            return self.tr("jamais (enrôlé le %s)") % format_date(device.created_at, self.lang)
        return since_text(device.last_sync_at)


def _table(parent: QWidget, model: QAbstractTableModel, stretch: int = 0) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class DeskBoard(QWidget):
    """The secretariat's dashboard (Bamako): every region's verified figures for the week and
    the month, the incidents awaiting verification (double-click opens one), and the laptops
    not synced for more than seven days — from ``desk.desk_dashboard`` (one aggregation)."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.board: Any = None  # desk.DeskDashboard
        lang, locations = window.lang, window.locations
        self.periods = QLabel("…", self)
        self.periods.setWordWrap(True)
        self.regions = RegionFiguresModel(lang, locations, self)
        self.awaiting = AwaitingModel(lang, locations, self)
        self.stale = StaleDevicesModel(lang, locations, self)
        self.regions_view = _table(self, self.regions)
        self.awaiting_view = _table(self, self.awaiting)
        self.awaiting_view.setToolTip(self.tr("Double-cliquez pour ouvrir l'incident"))
        self.awaiting_view.activated.connect(lambda index: self.open_awaiting(index.row()))
        self.stale_view = _table(self, self.stale)
        self.awaiting_box = QGroupBox(self.tr("Incidents en attente de vérification"), self)
        box = QVBoxLayout(self.awaiting_box)
        box.addWidget(self.awaiting_view)
        self.stale_box = QGroupBox(self.tr("Appareils sans synchronisation depuis plus de 7 jours"))
        box = QVBoxLayout(self.stale_box)
        self.devices_note = QLabel(self.stale_box)
        self.devices_note.setObjectName("hint")
        self.devices_note.setWordWrap(True)
        box.addWidget(self.stale_view)
        box.addWidget(self.devices_note)
        regions_box = QGroupBox(self.tr("Incidents vérifiés par région"), self)
        box = QVBoxLayout(regions_box)
        box.addWidget(self.periods)
        box.addWidget(self.regions_view)
        right = QVBoxLayout()
        right.addWidget(self.awaiting_box, 3)
        right.addWidget(self.stale_box, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(regions_box, 1)
        layout.addLayout(right, 1)

    def reload(self) -> None:
        """Load the desk's dashboard on the database thread (no network: the device list is
        the one cached by the last sync or the Appareils page)."""
        self.window_.runner.run(desk.desk_dashboard, on_done=self.show_board)

    def show_board(self, board: Any) -> None:
        """Show ``board`` (a ``desk.DeskDashboard``)."""
        self.board = board
        lang = self.window_.lang
        self.periods.setText(
            self.tr("Semaine : %1 · mois : %2. Seuls les incidents vérifiés sont comptés.")
            .replace("%1", board.week.title(lang))
            .replace("%2", board.month.title(lang))
        )
        self.regions.set_rows(board.regions)
        self.awaiting.set_rows(board.awaiting)
        self.awaiting_box.setTitle(
            self.tr("Incidents en attente de vérification (%s)")
            % format_number(len(board.awaiting), lang)
        )
        self.stale.set_rows(board.stale_devices)
        self.devices_note.setText(
            self.tr("Liste des appareils du %s.") % moment_text(board.devices_fetched_at, lang)
            if board.devices_fetched_at
            else self.tr(
                "La liste des appareils n'a pas encore été lue sur le serveur "
                "(page Appareils ou synchronisation)."
            )
        )

    def open_awaiting(self, row: int) -> None:
        """Open the awaiting incident at ``row`` in the editor (with its review panel)."""
        if 0 <= row < len(self.awaiting.rows):
            record = self.awaiting.rows[row]
            self.window_.open_editor(record.form_id, record.id)
