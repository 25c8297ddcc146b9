"""The installer: ``scripts/build_installer`` builds the one-folder Linux bundle, which then
opens its window offscreen, creates and reads back a record in an encrypted folder through its
own command line, and prints a PDF report with the fonts it carries (slow: ~1 min; run in CI).
What the spec trims to fit the 120 MB budget is checked too: every library of the bundle still
finds the libraries and symbols it needs, Qt still collates and names time zones in French with
the trimmed ICU, and the bundle reads folders encrypted outside it (its SQLCipher uses the
bundle's OpenSSL, not the wheel's)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import incident_data

REPO = Path(__file__).resolve().parents[1]
BUDGET_BYTES = 120_000_000  # the issue's "< 120 MB", decimal (114.4 MiB); Linux: 109.1 MiB

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
    assert "kept whole" not in built.stderr, built.stderr[-3000:]  # ICU could not be trimmed
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
    assert size < BUDGET_BYTES, f"{size} bytes, {size / 1048576:.1f} MiB"
    assert not list(inside.rglob("libQt6Qml*")), "an unused Qt module was bundled"
    assert not list(inside.rglob("libQt6Network*")), "an unused Qt module was bundled"
    (icu_data,) = (inside / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    assert icu_data.stat().st_size < 8_000_000, "ICU's data was not trimmed (32 MB whole)"
    assert not [link for link in inside.rglob("*") if link.is_symlink() and not link.exists()]


def test_every_library_of_the_bundle_finds_the_libraries_and_symbols_it_needs(
    bundle: Path,
) -> None:
    """What the spec left out (libQt6Network, Kerberos, …) or replaced by a link to the system
    copy (the wheels' libcrypto, libXau, libzstd, liblzma) is missed by no one: ``ldd -r`` binds
    every symbol of every library, with the library path the bundle's launcher sets."""
    inside = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(inside)}
    libraries = [
        f
        for f in inside.rglob("*")
        if re.search(r"\.so(\.[\d.]+)?$", f.name) and f.is_file() and not f.is_symlink()
    ]
    assert len(libraries) > 100
    # Extension modules take the C API (and sqlcipher3's wheel, libm's log) from the interpreter
    from_python = re.compile(r"undefined symbol: (_?Py\w*|log)\s")
    problems = []
    for library in [bundle / "focalpoint", *libraries]:
        linked = subprocess.run(
            ["ldd", "-r", str(library)], capture_output=True, text=True, env=env, check=False
        )
        for line in (linked.stdout + linked.stderr).splitlines():
            if "not found" in line or ("undefined symbol" in line and not from_python.search(line)):
                problems.append(f"{library.relative_to(bundle)}: {line.strip()}")
    assert not problems, "\n".join(problems[:20])


QT_IN_FRENCH = """
import json
from PySide6.QtCore import QByteArray, QCollator, QLocale, QTimeZone
fr = QLocale("fr_FR")
words = ["Zoé", "Élise", "eric", "Émile", "Ousmane", "côte", "cote"]
zone = QTimeZone(QByteArray(b"Africa/Bamako"))
print(json.dumps({
    "sorted": sorted(words, key=QCollator(fr).sortKey),
    "zone": zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, fr),
    "upper": fr.toUpper("élise à l’œuvre"),
    "icu": sorted({line.split()[-1] for line in open("/proc/self/maps") if "libicu" in line}),
}))
"""


def test_qt_collates_and_names_time_zones_in_french_with_the_bundled_icu(bundle: Path) -> None:
    """The bundle's ICU (its data trimmed to root, French and English by scripts/trim_icu.py)
    loaded by the same Qt build from the virtualenv: French collation (accents sort with their
    letter: Élise with the E's, not after Zoé), French time-zone names (from ICU's zone/fr data:
    without it the name comes out in English) and French upper case."""
    icu = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    shown = subprocess.run(
        [sys.executable, "-c", QT_IN_FRENCH],
        env={**os.environ, "LD_LIBRARY_PATH": str(icu), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr[-3000:]
    result = json.loads(shown.stdout)
    assert result["icu"] == sorted(str(lib) for lib in icu.glob("libicu*.so.*")), result["icu"]
    assert result["sorted"] == ["cote", "côte", "Élise", "Émile", "eric", "Ousmane", "Zoé"]
    assert result["zone"] == "heure moyenne de Greenwich"
    assert result["upper"] == "ÉLISE À L’ŒUVRE"
    assert "collator" not in shown.stderr.lower(), shown.stderr  # Qt's "Could not create collator"


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


def test_the_bundle_and_the_virtualenv_read_each_others_encrypted_folders(
    bundle: Path, tmp_path: Path
) -> None:
    """The bundle's SQLCipher runs on the bundle's OpenSSL (the system's 3.0, linked in place of
    the 3.5 the sqlcipher3 wheel carries): a folder either one encrypts, the other reads."""
    env = {"FOCALPOINT_PASSPHRASE": "mot de passe du test"}
    record = tmp_path / "incident.json"
    record.write_text(json.dumps(incident_data(titre="Conflit foncier à Léré")), "utf-8")

    def venv(folder: Path, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "focalpoint", "--data-dir", str(folder), *args],
            cwd=REPO,
            env={**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )

    add = ("records", "add", "--form", "incident", "--file", str(record))
    written = venv(tmp_path / "by-venv", *add)
    assert written.returncode == 0, written.stderr[-3000:]
    shown_by = ("records", "show", written.stdout.strip())
    read = run(bundle, "--data-dir", str(tmp_path / "by-venv"), *shown_by, env=env)
    assert read.returncode == 0, read.stderr[-3000:]
    assert "Conflit foncier à Léré" in read.stdout
    written = run(bundle, "--data-dir", str(tmp_path / "by-bundle"), *add, env=env)
    assert written.returncode == 0, written.stderr[-3000:]
    read = venv(tmp_path / "by-bundle", "records", "show", written.stdout.strip())
    assert read.returncode == 0, read.stderr[-3000:]
    assert "Conflit foncier à Léré" in read.stdout
