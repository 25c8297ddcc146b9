"""Names: XLSForm names turned into the unique identifiers a focalpoint form uses."""

from __future__ import annotations

import re
import unicodedata

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_ID = 64


def ascii_text(text: str) -> str:
    """``text`` with its accents removed and any other non-ASCII character dropped."""
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()


def slug(text: str, fallback: str = "field") -> str:
    """A lowercase ASCII identifier (``^[a-z][a-z0-9_]*$``, at most 64 characters)."""
    name = re.sub(r"[^a-z0-9]+", "_", ascii_text(text).lower()).strip("_") or fallback
    if not name[0].isalpha():
        name = f"{fallback}_{name}"
    return name[:MAX_ID].rstrip("_")


def humanise(name: str) -> str:
    """A label made from a name: ``nb_jours`` -> ``Nb jours``."""
    words = re.sub(r"[_.\-]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else name


def unique(base: str, taken: set[str], limit: int | None = MAX_ID) -> str:
    """``base``, or ``base_2``, ``base_3``... (cut to ``limit``), whichever is not in ``taken``.

    The name returned is added to ``taken``.
    """
    candidate, n = base, 2
    while candidate in taken:
        suffix = f"_{n}"
        candidate = (base if limit is None else base[: limit - len(suffix)]) + suffix
        n += 1
    taken.add(candidate)
    return candidate
