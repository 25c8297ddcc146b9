"""The dashboard at the top of the Rapports page: this month, last month and the quarter in
figures, and the incident trend chart — all from ``services.dashboard`` (the one aggregation
behind every report), loaded off the GUI thread.

The chart is the PDFs' own (``reports.pdf.trend_svg``), drawn by QtSvg.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from focalpoint import services
from focalpoint.domain.formatting import format_number, format_percent

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

CHART_SIZE = QSize(540, 250)
COLUMNS = ("month", "previous_month", "quarter")
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
        grid.setRowStretch(len(FIGURES) + 1, 1)
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
        self.chart.load(QByteArray(svg.encode("utf-8")))
