"""Helpers of the PDF report tests: text per page (pypdf), PNG pages (pdftoppm), sample data."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from focalpoint.domain.locations import Locations

LONG_NAME = "Ag Mohamed Ould Sidi Ahmed El Béchir Abdoulaye N'Diaye-Kéïta Ténin-Ségou"


def page_texts(path: Path) -> list[str]:
    """The text of each page of a PDF."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def squash(text: str) -> str:
    """``text`` with every run of spaces and line breaks as one space (U+202F is kept)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def to_png(pdf: Path, folder: Path) -> list[Path]:
    """Render a PDF's pages to PNG files in ``folder`` with pdftoppm (skip if it is missing)."""
    binary = shutil.which("pdftoppm")
    if binary is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: cannot render PDFs to PNG")
    prefix = folder / f"{pdf.stem}-png"
    subprocess.run([binary, "-r", "40", "-png", str(pdf), str(prefix)], check=True)
    return sorted(folder.glob(f"{pdf.stem}-png-*.png"))


def is_blank(png: Path) -> bool:
    """Whether a page image is (nearly) uniform: PIL's pixel variance when PIL is there."""
    try:
        from PIL import Image, ImageStat
    except ImportError:  # pragma: no cover - PIL is a test dependency of pdf tests only
        return png.stat().st_size < 2_000
    with Image.open(png) as image:
        return max(ImageStat.Stat(image.convert("L")).var) < 50


def make_participants(count: int, seed: int = 3) -> list[dict[str, Any]]:
    """``count`` participant rows as the ``activite`` form stores them."""
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        age = rng.randint(18, 70)
        rows.append(
            {
                "nom": rng.choice(("Traoré", "Maïga", "Coulibaly", "Dembélé", "Kéïta")),
                "prenom": rng.choice(("Aïssata", "Mamadou", "Fatoumata", "Hélène", "Ousmane")),
                "sexe": rng.choice("FM"),
                "age": age,
                "jeune": 18 <= age <= 35,
                "handicap": rng.random() < 0.05,
                "organisation": "Association des femmes pour la paix",
                "fonction": "Présidente",
                "localite": "Ségou",
                "telephone": "+223 76 12 34 56",
            }
        )
    return rows


def demo_records(locations: Locations) -> list[dict[str, Any]]:
    """The demo data set as plain record mappings (what the aggregation reads), each with the
    review status its demo thread leaves (as ``records.review_status`` holds it)."""
    from dataclasses import asdict

    from focalpoint.demo import demo_reviews, generate_demo

    generated = generate_demo(locations, seed=7)
    statuses = {r.record_id: r.status for r in demo_reviews(generated, seed=7) if r.status}
    return [
        asdict(d) | {"deleted": False, "review_status": statuses.get(d.id, "")} for d in generated
    ]


def activity_record(participants: list[dict[str, Any]], **data: Any) -> dict[str, Any]:
    """A final ``activite`` record mapping holding ``participants`` (and ``data`` overrides)."""
    base: dict[str, Any] = {
        "programme": "ccs_c",
        "type_activite": "formation",
        "titre": "Formation des membres du CCS-C de Bandiagara sur la police de proximité",
        "date_debut": "2023-05-22",
        "date_fin": "2023-05-23",
        "lieu": {"region": "mopti", "cercle": "bandiagara"},
        "salle": "Salle de la mairie",
        "partenaire": "PNUD / PROSMED",
        "participants": participants,
    }
    return {
        "id": "act-1",
        "form_id": "activite",
        "region": "mopti",
        "status": "final",
        "deleted": False,
        "data": base | data,
    }
