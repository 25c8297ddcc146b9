"""Form definitions on the laptop: the shipped ``forms/*.json`` and every version ever used.

A record keeps the form id and version it was made with; each version used is stored in the
``form_versions`` table, so a newer version never makes an older record unreadable.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from focalpoint.domain.definitions import check_form_definition
from focalpoint.domain.errors import ImportFileError, NotFound
from focalpoint.domain.forms import Form, parse_form
from focalpoint.store.db import translate_errors


def default_forms_dir() -> Path:
    """The shipped ``forms/`` folder (beside the package, or inside a PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "forms"
    return Path(__file__).resolve().parents[2] / "forms"


@lru_cache(maxsize=4)
def load_schema(forms_dir: Path | None = None) -> Mapping[str, Any]:
    """The JSON Schema of form definitions (``forms/form.schema.json``)."""
    folder = forms_dir or default_forms_dir()
    return json.loads((folder / "form.schema.json").read_text(encoding="utf-8"))


def check_definition(definition: Mapping[str, Any], *, source: str = "") -> Form:
    """Validate a form definition against the schema and parse it.

    Raises ``ImportFileError`` naming the first schema error and where it is.
    """
    return check_form_definition(definition, source=source, schema=load_schema())


def load_form_file(path: Path) -> Form:
    """Read, check and parse one form JSON file. Raises ``ImportFileError`` when it is bad."""
    try:
        definition = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(str(exc), path=str(path), reason=str(exc)) from exc
    return check_definition(definition, source=str(path))


def load_shipped_forms(forms_dir: Path | None = None) -> dict[str, Form]:
    """Every form in the shipped folder, by id (``form.schema.json`` excluded)."""
    folder = forms_dir or default_forms_dir()
    forms = (
        load_form_file(p) for p in sorted(folder.glob("*.json")) if p.name != "form.schema.json"
    )
    return {f.id: f for f in forms}


def ensure_form_version(db: Database, form: Form) -> None:
    """Store ``form``'s definition under (id, version) if it is not there yet."""
    with translate_errors(db), db.atomic():
        if not list(
            db.query(
                "select 1 from form_versions where form_id = ? and version = ?",
                [form.id, form.version],
            )
        ):
            db["form_versions"].insert(
                {
                    "form_id": form.id,
                    "version": form.version,
                    "definition": json.dumps(form.definition, ensure_ascii=False),
                    "added_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )


def get_form_version(db: Database, form_id: str, version: int) -> Form:
    """The stored definition of ``form_id`` at ``version``. Raises ``NotFound``."""
    rows = list(
        db.query(
            "select definition from form_versions where form_id = ? and version = ?",
            [form_id, version],
        )
    )
    if not rows:
        raise NotFound(f"form {form_id} v{version}", detail=f"{form_id} v{version}")
    return parse_form(json.loads(rows[0]["definition"]))


def latest_stored_forms(db: Database) -> dict[str, Form]:
    """The newest stored version of each form id."""
    rows = db.query(
        "select definition from form_versions fv where version = "
        "(select max(version) from form_versions where form_id = fv.form_id)"
    )
    forms = (parse_form(json.loads(r["definition"])) for r in rows)
    return {f.id: f for f in forms}
