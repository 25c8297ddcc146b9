"""The bundled DejaVu Sans fonts: where they are and their one registration with reportlab.

The PDF reports never use reportlab's built-in Helvetica: it has no glyph for U+202F (the French
thousands separator) and prints it as a black box. The fonts live in ``resources/fonts/``, beside
the package in a source tree or inside a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import logging
import sys
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from focalpoint.domain.errors import StorageError

logger = logging.getLogger(__name__)

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def default_fonts_dir() -> Path:
    """The shipped ``resources/fonts`` folder (in the source tree or a PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "fonts"
    return Path(__file__).resolve().parents[3] / "resources" / "fonts"


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu Sans (four faces, one family) with reportlab once; return the family name.

    Raises ``StorageError`` when a font file is missing (a broken installation).
    """
    folder = default_fonts_dir()
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise StorageError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT_ITALIC)):
        addMapping(FONT, bold, italic, name)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    logger.debug("registered fonts from %s", folder)
    return FONT
