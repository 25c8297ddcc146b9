"""The trend chart (incidents, deaths, injured per period) as a reportlab drawing, PDF or SVG.

The same drawing goes into the PDF bulletins and, as SVG text, into the app's dashboard (QtSvg
does not support ``clipPath``, so ``trend_svg`` strips those elements and references).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from focalpoint.domain.formatting import format_number
from focalpoint.reports.pdf._fonts import FONT, FONT_BOLD, register_fonts
from focalpoint.reports.pdf._layout import GREEN, NAVY, ORANGE

SERIES_COLOURS = (NAVY, ORANGE, GREEN)
_CLIP_ELEMENT = re.compile(r"<clipPath\b[^>]*?(?:/>|>.*?</clipPath>)", re.DOTALL)
_CLIP_ATTRIBUTE = re.compile(r"\s+clip-path=\"[^\"]*\"|clip-path:\s*url\([^)]*\);?\s*")
# reportlab writes the registered font names; an SVG viewer knows the family "DejaVu Sans".
_SVG_FONTS = (
    ("font-family: DejaVuSans-Bold;", "font-family: 'DejaVu Sans', sans-serif; font-weight: bold;"),
    ("font-family: DejaVuSans;", "font-family: 'DejaVu Sans', sans-serif;"),
)


@dataclass(frozen=True)
class TrendPoint:
    """One period of the trend chart: its short label ("S22", "mai") and its three figures."""

    label: str
    incidents: int
    deaths: int
    injured: int


SERIES_NAMES = ("Incidents", "Morts", "Blessés")


def trend_drawing(
    points: Sequence[TrendPoint], *, width: float = 480, height: float = 190, title: str = ""
) -> Drawing:
    """A grouped bar chart of incidents, deaths and injured per period, with its legend.

    ``width``/``height`` in points. An empty ``points`` gives a drawing that says so.
    """
    register_fonts()
    drawing = Drawing(width, height)
    top = height - (16 if title else 4)
    if title:
        drawing.add(String(0, height - 11, title, fontName=FONT_BOLD, fontSize=9.5))
    if not points:
        drawing.add(
            String(width / 2, height / 2, "Aucune donnée", fontName=FONT, textAnchor="middle")
        )
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 42
    chart.width, chart.height = width - 44, top - 48
    chart.data = [
        [p.incidents for p in points],
        [p.deaths for p in points],
        [p.injured for p in points],
    ]
    chart.categoryAxis.categoryNames = [p.label for p in points]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7 if len(points) > 8 else 8
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: format_number(v)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d5dbe3")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.groupSpacing, chart.barSpacing = 6, 0.5
    for i, colour in enumerate(SERIES_COLOURS):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 34, 2
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 80
    legend.fontName, legend.fontSize = FONT, 8
    legend.boxAnchor = "sw"
    legend.dx, legend.dy = 7, 7
    legend.colorNamePairs = list(zip(SERIES_COLOURS, SERIES_NAMES, strict=True))
    drawing.add(legend)
    return drawing


def trend_svg(
    points: Sequence[TrendPoint], *, width: float = 480, height: float = 190, title: str = ""
) -> str:
    """The trend chart as SVG text without ``clipPath`` (QtSvg cannot draw clip paths)."""
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(trend_drawing(points, width=width, height=height, title=title))
    svg = _CLIP_ATTRIBUTE.sub("", _CLIP_ELEMENT.sub("", svg))
    for old, new in _SVG_FONTS:
        svg = svg.replace(old, new)
    return svg
