"""The layer rule of DESIGN §2 is checked by import-linter, and the check can fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )


def test_import_contracts_are_kept() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "contract"),
    [
        ("focalpoint/domain/forms.py", "import sqlite3", "The domain stays pure"),
        ("focalpoint/store/records.py", "import PySide6", "Only ui (and cli, lazily) import Qt"),
        ("focalpoint/domain/problems.py", "import focalpoint.services", "Layers"),
        ("focalpoint/store/db.py", "import focalpoint.reports.exports", "Layers"),
    ],
)
def test_an_upward_or_forbidden_import_breaks_a_contract(
    tmp_path: Path, module: str, bad_import: str, contract: str
) -> None:
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copytree(
        REPO / "focalpoint", copy / "focalpoint", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    target = copy / module
    target.write_text(
        target.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n", encoding="utf-8"
    )
    result = lint_imports(copy)
    assert result.returncode != 0
    assert f"{contract}" in result.stdout
    assert "BROKEN" in result.stdout
