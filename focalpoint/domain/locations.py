"""Mali's administrative reference list (régions, cercles, communes): loading and pure lookups.

The list lives in ``resources/locations/mali.json`` (see the README next to it). A location value
in a record is ``{"region": code, "cercle": code, "commune": code, "localite": free text}``; the
codes come from that file and follow :func:`slugify`. This module reads the file and answers
questions about it; it never validates records (``domain.validation`` does).
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

logger = logging.getLogger(__name__)

_LIGATURES = {ord("œ"): "oe", ord("æ"): "ae", ord("ß"): "ss", ord("ø"): "o", ord("đ"): "d"}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Words people put before a name ("Région de Gao", "Cercle d'Ansongo"), tried when nothing
# matches as typed. Longest first so "cercle_de_" wins over "cercle_".
_PREFIXES: tuple[str, ...] = (
    "district_de_",
    "region_de_",
    "region_du_",
    "cercle_de_",
    "cercle_du_",
    "cercle_d_",
    "commune_de_",
    "commune_du_",
    "commune_d_",
    "district_",
    "region_",
    "cercle_",
)


def slugify(text: str) -> str:
    """Return the code of a name: lowercase ASCII, accents dropped, other characters → ``_``.

    ``"Ségou"`` → ``"segou"``, ``"N'Tillit"`` → ``"n_tillit"``, ``"Gourma-Rharous"`` →
    ``"gourma_rharous"``. The result only holds ``[a-z0-9_]``, never starts or ends with ``_``
    and never has two ``_`` in a row, so ``slugify(slugify(x)) == slugify(x)``.
    """
    lowered = text.lower().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_SLUG.sub("_", stripped).strip("_")


def _compact(slug: str) -> str:
    return slug.replace("_", "")


@dataclass(frozen=True)
class Commune:
    """A commune (the lowest level of the list); ``aliases`` are other spellings in use."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cercle:
    """A cercle and its communes (empty when the list does not detail them)."""

    code: str
    name: str
    communes: tuple[Commune, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region:
    """A région (or the District de Bamako) and its cercles."""

    code: str
    name: str
    cercles: tuple[Cercle, ...] = ()
    aliases: tuple[str, ...] = ()


class _Named(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


_T = TypeVar("_T", bound=_Named)


def _find(items: Iterable[_T], text: Any) -> _T | None:
    """The item whose code, name or alias matches ``text`` ignoring case, accents and spacing."""
    if not isinstance(text, str):
        return None
    key = slugify(text)
    if not key:
        return None
    candidates = tuple(items)
    keys = [key, *(key.removeprefix(p) for p in _PREFIXES if key.startswith(p))]
    for k in keys:
        for item in candidates:
            if k == item.code or any(k == slugify(s) for s in (item.name, *item.aliases)):
                return item
    # Second pass: ignore word boundaries ("Tin Hama", "Tinhama", "Tin-Hama").
    for k in map(_compact, keys):
        for item in candidates:
            if any(k == _compact(slugify(s)) for s in (item.code, item.name, *item.aliases)):
                return item
    return None


def _entry(raw: Any, level: str) -> tuple[str, str, tuple[str, ...]]:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{level}: expected an object, got {type(raw).__name__}")
    code, name, aliases = raw.get("code"), raw.get("name"), raw.get("aliases", [])
    if not isinstance(code, str) or not code or not isinstance(name, str) or not name:
        raise ValueError(f"{level}: 'code' and 'name' must be non-empty strings ({raw!r:.80})")
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ValueError(f"{level} {code}: 'aliases' must be a list of strings")
    return code, name, tuple(aliases)


def _children(raw: Mapping[str, Any], key: str, level: str) -> list[Any]:
    children = raw.get(key, [])
    if not isinstance(children, list):
        raise ValueError(f"{level} {raw.get('code')}: {key!r} must be a list")
    return children


def _check_unique(codes: Iterable[str], where: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ValueError(f"{where}: duplicate code {code!r}")
        seen.add(code)


class Locations:
    """The parsed reference list, with lookups by code and by typed text."""

    def __init__(self, regions: Iterable[Region], source: str = "", version: str = "") -> None:
        self._regions = tuple(regions)
        self.source = source
        self.version = version
        _check_unique((r.code for r in self._regions), "regions")
        self._by_code = {r.code: r for r in self._regions}
        self._cercles: dict[tuple[str, str], Cercle] = {}
        self._communes: dict[tuple[str, str, str], Commune] = {}
        for r in self._regions:
            _check_unique((c.code for c in r.cercles), f"region {r.code}")
            for c in r.cercles:
                self._cercles[(r.code, c.code)] = c
                _check_unique((m.code for m in c.communes), f"cercle {r.code}/{c.code}")
                for m in c.communes:
                    self._communes[(r.code, c.code, m.code)] = m

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Locations:
        """Build from the parsed JSON (``{"source", "version", "regions": [...]}``).

        Raises ``ValueError`` when the shape is wrong or a code repeats among siblings.
        """
        if not isinstance(data, Mapping) or not isinstance(data.get("regions"), list):
            raise ValueError("locations: expected an object with a 'regions' list")
        regions = []
        for raw_region in data["regions"]:
            r_code, r_name, r_aliases = _entry(raw_region, "region")
            cercles = []
            for raw_cercle in _children(raw_region, "cercles", "region"):
                c_code, c_name, c_aliases = _entry(raw_cercle, "cercle")
                communes = tuple(
                    Commune(*_entry(raw, "commune"))
                    for raw in _children(raw_cercle, "communes", "cercle")
                )
                cercles.append(Cercle(c_code, c_name, communes, c_aliases))
            regions.append(Region(r_code, r_name, tuple(cercles), r_aliases))
        return cls(regions, str(data.get("source", "")), str(data.get("version", "")))

    @property
    def regions(self) -> tuple[Region, ...]:
        """Every region, in file order."""
        return self._regions

    def region(self, code: str) -> Region | None:
        """The region with exactly this code, or None."""
        return self._by_code.get(code) if isinstance(code, str) else None

    def cercle(self, region_code: str, cercle_code: str) -> Cercle | None:
        """The cercle with exactly these codes, or None."""
        return self._cercles.get((region_code, cercle_code))

    def commune(self, region_code: str, cercle_code: str, commune_code: str) -> Commune | None:
        """The commune with exactly these codes, or None."""
        return self._communes.get((region_code, cercle_code, commune_code))

    def find_region(self, text: str) -> Region | None:
        """The region whose code, name or alias matches ``text`` (case and accents ignored)."""
        return _find(self._regions, text)

    def find_cercle(self, region_code: str, text: str) -> Cercle | None:
        """The cercle of region ``region_code`` matching ``text`` like :meth:`find_region`."""
        region = self.region(region_code)
        return _find(region.cercles, text) if region else None

    def find_commune(self, region_code: str, cercle_code: str, text: str) -> Commune | None:
        """The commune of the given cercle matching ``text`` like :meth:`find_region`."""
        cercle = self.cercle(region_code, cercle_code)
        return _find(cercle.communes, text) if cercle else None

    def label(self, value: Mapping[str, Any]) -> str:
        """Render a location value as French text, most precise part first.

        ``{"region": "gao", "cercle": "ansongo", "commune": "ouattagouna"}`` →
        ``"Ouattagouna, Ansongo, Gao"``. Missing parts are skipped, an unknown code is shown
        as is (so nothing typed is hidden), and a name repeating the next one is shown once
        (``"Gao"`` rather than ``"Gao, Gao, Gao"`` for the commune of Gao).
        """
        if not isinstance(value, Mapping):
            return ""

        def part(key: str) -> str:
            raw = value.get(key)
            return raw.strip() if isinstance(raw, str) else ""

        region_code, cercle_code, commune_code = part("region"), part("cercle"), part("commune")
        region = self.region(region_code)
        cercle = self.cercle(region_code, cercle_code)
        commune = self.commune(region_code, cercle_code, commune_code)
        parts = [
            part("localite"),
            commune.name if commune else commune_code,
            cercle.name if cercle else cercle_code,
            region.name if region else region_code,
        ]
        out: list[str] = []
        for text in parts:
            if text and not (out and slugify(out[-1]) == slugify(text)):
                out.append(text)
        return ", ".join(out)


def load_locations(path: Path) -> Locations:
    """Read and parse a locations JSON file (UTF-8)."""
    with Path(path).open(encoding="utf-8") as fh:
        data = json.load(fh)
    locations = Locations.from_mapping(data)
    logger.debug("Loaded %d regions from %s", len(locations.regions), path)
    return locations


def default_locations_path() -> Path:
    """Where the bundled ``mali.json`` is: the repository, or the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "locations" / "mali.json"
    return Path(__file__).resolve().parents[2] / "resources" / "locations" / "mali.json"


@functools.lru_cache(maxsize=1)
def default_locations() -> Locations:
    """The bundled list, read once per process."""
    return load_locations(default_locations_path())
