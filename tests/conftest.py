"""Shared fixtures: every test gets its own data folder; nothing touches a real user folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from focalpoint import protection, services
from focalpoint.store import keys
from focalpoint.store.datadir import DataDir
from focalpoint.store.db import open_database

REPO = Path(__file__).resolve().parents[1]
TEST_PASSPHRASE = "phrase secrète de test"  # noqa: S105 - the tests' own passphrase
# Argon2id at its lowest cost: the tests open hundreds of folders (the real cost is measured
# by benchmarks/unlock.py and checked against the 0.5–2 s target there).
FAST_COST = keys.KdfCost(memory_kib=8, passes=1, lanes=1)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point FOCALPOINT_HOME at the test's temporary folder; new folders are encrypted with
    ``TEST_PASSPHRASE`` (given to the command line through its variable) at ``FAST_COST``."""
    monkeypatch.setenv("FOCALPOINT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setattr(keys, "DEFAULT_COST", FAST_COST)


def encrypted_folder(root: Path) -> bytes:
    """Give the new data folder ``root`` a key file at ``FAST_COST`` (for child processes,
    which do not see the monkeypatched cost); its data key."""
    return protection.create_encrypted(DataDir(root), TEST_PASSPHRASE, cost=FAST_COST)


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    """A fresh, not yet created, data folder."""
    return DataDir(tmp_path / "data")


@pytest.fixture
def db(data_dir: DataDir) -> Iterator:
    """The laptop database of ``data_dir``, opened with ``open_database`` (a real file)."""
    database = open_database(data_dir.database)
    yield database
    database.close()


@pytest.fixture
def ws(data_dir: DataDir) -> Iterator[services.Workspace]:
    """An open workspace on an empty data folder, encrypted with ``TEST_PASSPHRASE``."""
    workspace = services.open_workspace(data_dir, key=encrypted_folder(data_dir.root))
    yield workspace
    workspace.close()


def incident_data(**overrides: object) -> dict[str, object]:
    """A valid incident as a person would type it."""
    data: dict[str, object] = {
        "titre": "Attaque d'un poste de contrôle",
        "date_incident": "2023-05-26",
        "heure": "14:30",
        "lieu": {"region": "gao", "cercle": "ansongo"},
        "domaine": "crime_extremisme",
        "type_incident": "attaque_armee",
        "description": "Des hommes armés ont attaqué le poste de contrôle à l'aube.",
        "morts": 3,
        "blesses": 2,
        "sources": ["temoin"],
        "fiabilite": "probable",
    }
    data.update(overrides)
    return data


def activity_data(participants: int = 3, **overrides: object) -> dict[str, object]:
    """A valid activity with ``participants`` rows."""
    rows = [
        {"nom": "Maïga", "prenom": "Aminata", "sexe": "F", "age": 24, "telephone": "76 12 34 56"},
        {"nom": "Touré", "prenom": "Moussa", "sexe": "M", "age": 41},
        {"nom": "Ag Mohamed", "prenom": "Ibrahim", "sexe": "M", "age": 30, "handicap": True},
    ]
    data: dict[str, object] = {
        "programme": "news",
        "type_activite": "atelier",
        "titre": "Atelier de formation des moniteurs NEWS",
        "date_debut": "2023-05-22",
        "date_fin": "2023-05-24",
        "lieu": {"region": "gao", "cercle": "gao"},
        "participants": [dict(rows[i % 3]) for i in range(participants)],
    }
    data.update(overrides)
    return data


def mount_tmpfs(folder: Path, options: str) -> None:
    """Mount a tmpfs with ``options`` on ``folder`` for a test, or skip (needs root, as CI)."""
    import subprocess

    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.strip()}")


def unmount(folder: Path) -> None:
    """Undo ``mount_tmpfs``."""
    import subprocess

    subprocess.run(["umount", "-l", str(folder)], check=False)
