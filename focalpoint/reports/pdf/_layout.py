"""The page template shared by every PDF: A4, WANEP-Mali header, "Page x / y" footer, tables.

``build_pdf`` lays a story out on A4 (portrait or landscape) with the identity header and the
document title on every page, and a footer counted in a second pass by a canvas that keeps its
pages until the end (so "Page 2 / 7" is right). ``data_table`` makes the tables: a header row
repeated on every page, cells whose text wraps inside the column (never overflows), numbers
right-aligned.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from focalpoint.domain.errors import StorageError
from focalpoint.domain.formatting import format_date, format_number
from focalpoint.reports.pdf._fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from focalpoint.reports.pdf._inputs import Target

logger = logging.getLogger(__name__)

IDENTITY = "WANEP-Mali — Réseau Ouest-Africain pour l'Édification de la Paix"
MOTTO = "Tissons des relations pour la paix"
NAVY = colors.HexColor("#1d3f6e")
GREEN = colors.HexColor("#3a7d44")
ORANGE = colors.HexColor("#d9822b")
LIGHT = colors.HexColor("#eef2f7")
GRID = colors.HexColor("#9aa7b8")
MARGIN = 12 * mm
HEADER_HEIGHT = 20 * mm
FOOTER_HEIGHT = 10 * mm
CELL_PAD = 3
NNBSP = "\u202f"  # NARROW NO-BREAK SPACE: Babel's French thousands separator
FRAME_PAD = 6  # reportlab's default Frame padding, on each side
BODY_SIZE = 9.5
CELL_SIZE = 8.5


def _keep_narrow_spaces() -> None:
    """Make reportlab's Paragraph treat U+202F as part of a word, as Unicode means it.

    reportlab splits paragraph text into words on every space character, U+202F (NARROW
    NO-BREAK SPACE, the French thousands separator of Babel) included, and joins the words
    back with plain spaces: "1 234" would print as "1 234" and could break across lines.
    This wraps ``reportlab.platypus.paragraph.split`` so that U+202F stays inside its word.
    """
    from reportlab.platypus import paragraph

    if getattr(paragraph.split, "_focalpoint", False):
        return
    original = paragraph.split
    separators = getattr(paragraph, "_wsc", " \t\n\r").replace(NNBSP, "")
    spaces = re.compile(f"[{re.escape(separators)}]+")

    def split(text: str | bytes, delim: str | None = None) -> list[str]:
        if delim is None and isinstance(text, str) and NNBSP in text:
            return [word for word in spaces.split(text) if word]
        return original(text, delim)

    split._focalpoint = True  # type: ignore[attr-defined]
    paragraph.split = split


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every report (DejaVu Sans, French text)."""
    register_fonts()
    _keep_narrow_spaces()
    body = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.2)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, textColor=NAVY
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13.5,
            textColor=GREEN,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "note": ParagraphStyle("note", parent=body, fontName=FONT_ITALIC, textColor=colors.grey),
        # what the reader must not miss (unverified incidents included in the figures)
        "flag": ParagraphStyle("flag", parent=body, fontName=FONT_BOLD, textColor=ORANGE),
        "summary": ParagraphStyle(
            "summary",
            parent=body,
            fontSize=10.5,
            leading=14,
            backColor=LIGHT,
            borderPadding=6,
            spaceBefore=4,
            spaceAfter=10,
        ),
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "head": ParagraphStyle(
            "head", parent=cell, fontName=FONT_BOLD, textColor=colors.white, alignment=TA_CENTER
        ),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: ``<`` and ``&`` print as typed)."""
    return Paragraph(escape(text), styles()[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of reportlab mini-markup (``<b>``); the caller escapes the data it inserts."""
    return Paragraph(text, styles()[style])


def spacer(height_mm: float = 4) -> Spacer:
    """Vertical space."""
    return Spacer(1, height_mm * mm)


def fmt(value: int | float | None) -> str:
    """A count as French text ("1 234" with U+202F); empty for None."""
    return "" if value is None else format_number(value)


def _cell(value: Any, width: float, style: ParagraphStyle) -> Any:
    """A plain string when it fits on one line (fast), else a wrapping Paragraph."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    fits = stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PAD
    if fits and "\n" not in text:
        return text
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    bold_last: bool = False,
    row_height: float | None = None,
) -> Table:
    """A table whose header row repeats on every page and whose cells wrap, never overflow.

    ``widths`` in points (their sum is the table width); ``numeric`` the indexes of
    right-aligned columns; ``bold_last`` sets the last row in bold (a total); ``row_height``
    a minimum body row height (rows to be filled by hand).
    """
    st = styles()
    head = [Paragraph(escape(h), st["head"]) for h in header]
    body = []
    for r, row in enumerate(rows):
        is_total = bold_last and r == len(rows) - 1
        base = st["cell_bold"] if is_total else st["cell"]
        body.append(
            [
                _cell(v, w, st["cell_right"] if i in numeric and not is_total else base)
                for i, (v, w) in enumerate(zip(row, widths, strict=True))
            ]
        )
    heights = [None] + [row_height] * len(body) if row_height else None
    table = LongTable([head, *body], colWidths=list(widths), rowHeights=heights, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric]
    commands += [("BACKGROUND", (0, r), (-1, r), LIGHT) for r in range(2, len(body) + 1, 2)]
    if bold_last and body:
        commands += [("FONT", (0, -1), (-1, -1), FONT_BOLD, CELL_SIZE)]
        commands += [("LINEABOVE", (0, -1), (-1, -1), 1, NAVY)]
    table.setStyle(_TableStyle(commands))
    table.hAlign = "LEFT"
    return table


def info_table(pairs: Sequence[tuple[str, str]], width: float, *, columns: int = 1) -> Table:
    """Label/value pairs ("Lieu : …") laid out in ``columns`` column pairs, values wrapping."""
    st = styles()
    per = width / columns
    label_w, value_w = per * 0.28, per * 0.72
    cells = [
        (Paragraph(escape(label), st["cell_bold"]), Paragraph(escape(value or "—"), st["cell"]))
        for label, value in pairs
    ]
    rows = []
    for start in range(0, len(cells), columns):
        chunk = cells[start : start + columns]
        chunk += [("", "")] * (columns - len(chunk))
        rows.append([c for pair in chunk for c in pair])
    table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(
        _TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _canvas_class(title: str, subtitle: str, pages: list[int]) -> type[Canvas]:
    """A canvas that holds its pages until ``save`` to print "Page x / y" and the header."""

    class _ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                _draw_frame(self, title, subtitle, number, total)
                super().showPage()
            pages.append(total)
            super().save()

    return _ReportCanvas


def _draw_frame(canvas: Canvas, title: str, subtitle: str, number: int, total: int) -> None:
    """The identity header and the footer of one page."""
    width, height = canvas._pagesize
    top = height - MARGIN
    left, right = MARGIN + FRAME_PAD, width - MARGIN - FRAME_PAD
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(left, top - 1.2 * mm, 3 * mm, -13 * mm, stroke=0, fill=1)
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawString(left + 5 * mm, top - 5 * mm, IDENTITY)
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawString(
        left + 5 * mm, top - 10 * mm, _clip(title, FONT_BOLD, 9, (right - left) * 0.42)
    )
    if subtitle:
        canvas.setFont(FONT, 8.5)
        canvas.drawRightString(
            right, top - 10 * mm, _clip(subtitle, FONT, 8.5, (right - left) * 0.52)
        )
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(1.2)
    canvas.line(left, top - 14.5 * mm, right, top - 14.5 * mm)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.4)
    canvas.line(left, MARGIN + 5 * mm, right, MARGIN + 5 * mm)
    canvas.setFont(FONT_ITALIC, 7.5)
    canvas.setFillColor(colors.grey)
    canvas.drawString(left, MARGIN + 1.5 * mm, f"{MOTTO} · édité le {format_date(date.today())}")
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.black)
    canvas.drawRightString(right, MARGIN + 1.5 * mm, f"Page {fmt(number)} / {fmt(total)}")
    canvas.restoreState()


def _clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" to fit ``width`` points (header lines never overflow)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def frame_width(is_landscape: bool = False) -> float:
    """The usable width of a page's frame, in points (what a full-width table may take)."""
    page = landscape(A4) if is_landscape else A4
    return page[0] - 2 * MARGIN - 2 * FRAME_PAD


def build_pdf(
    target: Target,
    story: Sequence[Flowable],
    *,
    title: str,
    subtitle: str = "",
    is_landscape: bool = False,
) -> int:
    """Lay ``story`` out into a PDF at ``target`` (a path or a binary file); return the page count.

    Every page carries the WANEP-Mali header with ``title`` (and ``subtitle`` at the right) and
    the footer "Page x / y". Raises ``StorageError`` when the file cannot be written.
    """
    register_fonts()
    page = landscape(A4) if is_landscape else A4
    pages: list[int] = []
    out = os.fspath(target) if isinstance(target, str | os.PathLike) else target
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=title,
        author="WANEP-Mali",
        creator="focalpoint",
        lang="fr-FR",
        initialFontName=FONT,  # never Helvetica, not even in a page's preamble
    )
    try:
        doc.build(list(story), canvasmaker=_canvas_class(title, subtitle, pages))
    except OSError as exc:
        raise StorageError(f"cannot write the PDF {out!r}: {exc}", path=str(out)) from exc
    count = pages[0] if pages else 0
    logger.info("PDF written: %d page(s)", count)
    return count
