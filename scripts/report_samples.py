"""Regenerate docs/samples/*.png: page 1 of each PDF report made from the demo data.

Run: .venv/bin/python scripts/report_samples.py   (needs pdftoppm, from poppler-utils)

The demo data set is generated in a temporary folder; each report goes through
``services.write_report`` — what ``focalpoint report`` and the Rapports page call — and its
first page is rendered at 60 dpi. Look at the PNGs after a change to the reports.

Reports count the incidents the secretariat verified (the default); ``weekly-news-unverified``
is a week that includes the others (``include_unverified``): its first page says so and its
second page (``-p2``) lists a major incident marked « non vérifié ».
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from focalpoint import services
from focalpoint.store.datadir import DataDir

SAMPLES = ROOT / "docs" / "samples"
logger = logging.getLogger("report_samples")


def main() -> None:
    """Write one PNG per report into docs/samples/."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm is missing: apt install poppler-utils")
    SAMPLES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = services.open_workspace(DataDir(Path(tmp) / "data"))
        try:
            services.load_demo(ws)
            activities = services.list_summaries(ws, form_id="activite")
            busiest = max(
                activities[:200],
                key=lambda s: len(services.get_record(ws, s.id).data.get("participants", [])),
            )
            jobs = {
                "attendance-sheet": ("participants", {"activity_id": busiest.id, "blank": True}),
                "participant-list": ("participants", {"activity_id": busiest.id}),
                "activity-report": ("activity", {"activity_id": busiest.id}),
                "weekly-news": ("weekly", {"period": "2023-W21"}),
                "monthly-bulletin-gao": ("monthly", {"period": "2023-05", "region": "gao"}),
                "quarterly-bulletin": ("quarterly", {"period": "2023-Q2"}),
                "weekly-news-unverified": (
                    "weekly",
                    {"period": "2023-W50", "include_unverified": True},
                ),
            }
            pages = {"weekly-news-unverified": (1, 2)}  # page 1 only for the others
            for name, (kind, options) in jobs.items():
                pdf = Path(tmp) / f"{name}.pdf"
                services.write_report(ws, kind, pdf, **options)
                for page in pages.get(name, (1,)):
                    png = name if page == 1 else f"{name}-p{page}"
                    subprocess.run(  # noqa: S603 - fixed arguments, our own files
                        [pdftoppm, "-png", "-r", "60", "-f", str(page), "-l", str(page),
                         "-singlefile", str(pdf), str(SAMPLES / png)],
                        check=True,
                    )  # fmt: skip
                    logger.info("docs/samples/%s.png", png)
        finally:
            ws.close()


if __name__ == "__main__":
    main()
