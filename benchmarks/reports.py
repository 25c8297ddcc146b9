"""Benchmark of the PDF reports: a long participant list, a big monthly bulletin, a quarter.

Run: .venv/bin/python benchmarks/reports.py [--participants 1000] [--incidents 10000]

Targets (issue 6): a 1,000-row participant list < 1 s; a monthly bulletin over 10,000
incidents < 2 s (aggregation + PDF); a quarterly bulletin over the demo data < 3 s. Prints one
table of what was measured; asserts nothing (benchmarks print, tests assert).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from focalpoint.demo import generate_demo
from focalpoint.domain import aggregation as ag
from focalpoint.domain.locations import Locations, default_locations
from focalpoint.reports import pdf
from focalpoint.store.forms import load_shipped_forms

NAMES = ("Traoré", "Maïga", "Coulibaly", "Dembélé", "Kéïta", "Ag Mohamed Ould Sidi Ahmed")
FIRST = ("Aïssata", "Mamadou", "Fatoumata", "Hélène", "Ousmane", "Sékou")


def participants(count: int, rng: random.Random) -> dict[str, Any]:
    """An activity record with ``count`` participants."""
    rows = []
    for _ in range(count):
        age = rng.randint(16, 70)
        rows.append(
            {
                "nom": rng.choice(NAMES),
                "prenom": rng.choice(FIRST),
                "sexe": rng.choice("FM"),
                "age": age,
                "handicap": rng.random() < 0.04,
                "organisation": "Association des femmes de Ségou pour la paix",
                "fonction": "Présidente",
                "localite": "Ségou",
                "telephone": "+223 76 12 34 56",
            }
        )
    data = {"titre": "Forum régional", "programme": "fps", "participants": rows}
    return {"id": "bench", "form_id": "activite", "region": "segou", "status": "final",
            "deleted": False, "data": data}  # fmt: skip


def incidents(count: int, locations: Locations, rng: random.Random) -> list[dict[str, Any]]:
    """``count`` final incidents spread over May 2023 and the five months before."""
    places = [(r.code, c.code) for r in locations.regions for c in r.cercles]
    domains = ("crime_extremisme", "democratie_gouvernance", "conflits_communautaires", "autre")
    out = []
    for n in range(count):
        region, cercle = rng.choice(places)
        day = date(2023, 5, 31) - timedelta(days=rng.randrange(180))
        data = {
            "titre": f"Incident {n}",
            "date_incident": day.isoformat(),
            "lieu": {"region": region, "cercle": cercle},
            "domaine": rng.choice(domains),
            "type_incident": "attaque_armee",
            "morts": rng.choice((0, 0, 0, 1, 2, 6)),
            "blesses": rng.choice((0, 0, 1, 3, 8)),
        }
        out.append({"id": f"i{n}", "form_id": "incident", "region": region,
                    "status": "final", "deleted": False, "data": data})  # fmt: skip
    return out


def timed(work: Callable[[], int]) -> tuple[float, int]:
    """Seconds taken by ``work`` and the page count it returned."""
    started = time.perf_counter()
    pages = work()
    return time.perf_counter() - started, pages


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--incidents", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(6)
    locations = default_locations()
    forms = load_shipped_forms()
    labels = pdf.Labels.from_forms(forms["activite"], forms["incident"], locations)
    listing = ag.participant_list(participants(args.participants, rng))
    big = incidents(args.incidents, locations, rng)
    demo = [asdict(d) | {"deleted": False} for d in generate_demo(locations, seed=7)]
    order = ag.choice_order(forms["activite"], "programme")
    pdf.render_attendance_sheet(Path(tempfile.gettempdir()) / "warm.pdf", None, labels, rows=1)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = [
            (
                f"participant list, {args.participants:,} rows",
                1.0,
                *timed(lambda: pdf.render_participant_list(folder / "list.pdf", listing, labels)),
            ),
            (
                f"monthly bulletin, {args.incidents:,} incidents",
                2.0,
                *timed(
                    lambda: pdf.render_incident_bulletin(
                        folder / "month.pdf",
                        ag.incident_report(big, ag.parse_period("2023-05")),
                        labels,
                    )
                ),
            ),
            (
                f"quarterly bulletin, demo data ({len(demo):,} records)",
                3.0,
                *timed(
                    lambda: pdf.render_quarterly_bulletin(
                        folder / "quarter.pdf",
                        ag.quarterly_report(
                            demo, ag.parse_period("2023-Q2"), programme_order=order
                        ),
                        labels,
                    )
                ),
            ),
        ]
    print(f"{'document':<48} {'pages':>6} {'seconds':>8} {'target':>7}  ok")
    for name, target, seconds, pages in rows:
        verdict = "yes" if seconds < target else "NO"
        print(f"{name:<48} {pages:>6} {seconds:>8.3f} {target:>6.1f}s  {verdict}")


if __name__ == "__main__":
    main()
