"""The installer: ``scripts/build_installer`` builds the one-folder Linux bundle, which then
opens its window offscreen, creates and reads back a record in an encrypted folder through its
own command line, and prints a PDF report with the fonts it carries (slow: ~1 min; run in CI)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import incident_data

REPO = Path(__file__).resolve().parents[1]
LINUX_BUDGET_MIB = 160  # Windows: 120 MiB (README); Linux adds Qt's 36 MiB of ICU and X libs

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="the test builds the Linux bundle"
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle built by the script, as a user runs it (its own folder, no virtualenv)."""
    out = tmp_path_factory.mktemp("installer")
    built = subprocess.run(
        ["bash", "scripts/build_installer", "--distpath", out / "dist", "--workpath", out / "w"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert "MiB (budget" in built.stderr
    shutil.rmtree(out / "w")
    return out / "dist" / "focalpoint"


def run(bundle: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    inherited = ("PYTHON", "VIRTUAL_ENV", "FOCALPOINT")  # as on a laptop: none of the tests' own
    clean = {k: v for k, v in os.environ.items() if not k.startswith(inherited)}
    return subprocess.run(
        [str(bundle / "focalpoint"), *args],
        cwd=bundle.parent,  # not the repository: the bundle must carry its own files
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_the_bundle_carries_its_files_within_the_size_budget(bundle: Path) -> None:
    inside = bundle / "_internal"
    assert (inside / "forms" / "incident.json").is_file()
    assert (inside / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "resources" / "i18n" / "focalpoint_en.qm").is_file()
    assert (inside / "babel" / "locale-data" / "root.dat").is_file()
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    assert size < LINUX_BUDGET_MIB * 1024 * 1024, f"{size / 1048576:.0f} MiB"
    assert not list(inside.rglob("libQt6Qml*")), "an unused Qt module was bundled"


def test_the_bundled_app_opens_its_window_on_demo_data(bundle: Path, tmp_path: Path) -> None:
    opened = run(bundle, "--data-dir", str(tmp_path / "demo"), "gui", "--demo", "--check")
    assert opened.returncode == 0, opened.stderr[-3000:]
    assert opened.stdout.startswith("ready ")
    pdf = tmp_path / "hebdo.pdf"
    report = run(
        bundle,
        "--data-dir",
        str(tmp_path / "demo"),
        "report",
        "weekly",
        "--week",
        "2023-W22",
        "-o",
        str(pdf),
    )
    assert report.returncode == 0, report.stderr[-3000:]
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Rapport hebdomadaire NEWS" in text
    assert "Période" in text  # accents through the bundled DejaVu Sans


def test_the_bundled_command_line_saves_and_reads_an_encrypted_record(
    bundle: Path, tmp_path: Path
) -> None:
    folder, env = str(tmp_path / "pf"), {"FOCALPOINT_PASSPHRASE": "mot de passe du test"}
    record = tmp_path / "incident.json"
    record.write_text(json.dumps(incident_data(titre="Vol de bétail à Ansongo")), "utf-8")
    added = run(
        bundle,
        "--data-dir",
        folder,
        "records",
        "add",
        "--form",
        "incident",
        "--file",
        str(record),
        env=env,
    )
    assert added.returncode == 0, added.stderr[-3000:]
    record_id = added.stdout.strip()
    shown = run(bundle, "--data-dir", folder, "records", "show", record_id, env=env)
    assert shown.returncode == 0, shown.stderr[-3000:]
    assert "Vol de bétail à Ansongo" in shown.stdout
    assert b"SQLite format 3" not in (tmp_path / "pf" / "focalpoint.db").read_bytes()[:16]
    refused = run(
        bundle,
        "--data-dir",
        folder,
        "records",
        "show",
        record_id,
        env={"FOCALPOINT_PASSPHRASE": "une autre"},
    )
    assert refused.returncode != 0
    assert "Vol de bétail" not in refused.stdout
