"""Checking what the secretariat publishes: form definitions and the locations reference list.

Both the laptop (``store.forms``) and the server (``server.storage.definitions``) check a form
definition here, against the one JSON Schema ``forms/form.schema.json``, and a reference list
in the format of ``resources/locations/mali.json``. Both sides store a definition as canonical
JSON (``canonical_json``), so the same definition is always the same text.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from focalpoint.domain.errors import ImportFileError
from focalpoint.domain.forms import Form, parse_form
from focalpoint.domain.locations import Locations

KIND_FORM = "form"
KIND_REFERENCE = "reference"
KINDS: tuple[str, ...] = (KIND_FORM, KIND_REFERENCE)
LOCATIONS_KEY = "locations"  # the reference list the location pickers use
REGION_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")  # a record's region on the wire


def default_schema_path() -> Path:
    """Where ``forms/form.schema.json`` is: the repository, or the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "forms" / "form.schema.json"
    return Path(__file__).resolve().parents[2] / "forms" / "form.schema.json"


@lru_cache(maxsize=4)
def load_form_schema(path: Path | None = None) -> Mapping[str, Any]:
    """The JSON Schema of form definitions (read once per process)."""
    return json.loads((path or default_schema_path()).read_text(encoding="utf-8"))


def canonical_json(value: Any) -> str:
    """``value`` as canonical JSON text: sorted keys, no spaces, UTF-8 characters kept."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def check_form_definition(
    definition: Any, *, source: str = "", schema: Mapping[str, Any] | None = None
) -> Form:
    """Validate a form definition against the form schema and parse it.

    Raises ``ImportFileError`` (``reason`` naming the first schema error and where it is).
    """
    if not isinstance(definition, Mapping):
        raise ImportFileError(
            "a form definition is a JSON object", path=source, reason_code="not_json_object"
        )
    try:
        _validator(json.dumps(schema or load_form_schema(), sort_keys=True)).validate(definition)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(racine)"
        raise ImportFileError(exc.message, path=source, reason=f"{where}: {exc.message}") from exc
    try:
        return parse_form(definition)
    except (KeyError, ValueError, TypeError) as exc:
        raise ImportFileError(str(exc), path=source, reason=str(exc)) from exc


@lru_cache(maxsize=4)
def _validator(schema_text: str) -> Any:
    """A validator of the schema in ``schema_text``, made (and the schema itself checked) once:
    ``jsonschema.validate`` checks the schema against its meta-schema at every call, which was
    most of the 50 ms the app spent loading its forms at every start."""
    schema = json.loads(schema_text)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def check_reference_list(data: Any, *, source: str = "") -> Locations:
    """Validate a locations reference list (the format of ``mali.json``) and parse it.

    It needs at least one region, region codes usable as a record's region, and no code
    repeated among siblings. Raises ``ImportFileError`` with ``reason_code`` and ``detail``.
    """
    try:
        locations = Locations.from_mapping(data)
    except (ValueError, TypeError, AttributeError) as exc:
        raise ImportFileError(
            str(exc), path=source, reason_code="reference_invalid", detail=str(exc)
        ) from exc
    if not locations.regions:
        raise ImportFileError(
            "no region", path=source, reason_code="reference_invalid", detail="regions: []"
        )
    for region in locations.regions:
        if not REGION_CODE.match(region.code):
            detail = f"region code {region.code!r}"
            raise ImportFileError(
                detail, path=source, reason_code="reference_invalid", detail=detail
            )
    return locations
