"""Assembling: the converted sections, the record's key fields and the schema-checked form."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from focalpoint.domain.errors import ImportFileError
from focalpoint.domain.forms import parse_form
from focalpoint.xlsform.context import Context
from focalpoint.xlsform.fields import Field, build_field
from focalpoint.xlsform.names import humanise, slug, unique
from focalpoint.xlsform.notes import Note
from focalpoint.xlsform.reader import read_xlsform
from focalpoint.xlsform.settings import read_header
from focalpoint.xlsform.survey import SectionDraft, collect

log = logging.getLogger(__name__)

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "forms" / "form.schema.json"

_GENERAL = {"fr": "Informations générales", "en": "General information"}
_TITLE_TYPES = ("text", "long_text", "select_one")  # by preference

Section = dict[str, Any]


@dataclass(frozen=True)
class XlsFormResult:
    """A converted form and the notes about what the conversion left out or changed.

    ``definition`` is valid against ``forms/form.schema.json``; ``unsupported`` holds one
    ``Note`` per XLSForm feature that was not converted as written.
    """

    definition: dict[str, Any]
    unsupported: tuple[Note, ...]


def xlsform_to_form(path: Path) -> XlsFormResult:
    """Read the XLSForm at ``path`` with pyxform and convert it to a focalpoint form.

    Raises ``ImportFileError`` (with ``path`` and a ``reason_code`` in its params) when the
    file is missing, not an XLSX workbook, unreadable, rejected by pyxform or when the
    converted form fails the form schema.
    """
    xls = read_xlsform(Path(path))
    ctx = Context()
    header = read_header(xls, ctx)
    sections = _sections(collect(xls.survey, ctx), ctx)
    keys = _key_fields(sections, ctx)
    ctx.texts.language_notes()
    definition: dict[str, Any] = {
        "$schema": "./form.schema.json",
        "id": header.id,
        "version": header.version,
        "title": header.title,
        **keys,
    }
    if ctx.choices.shared:
        definition["choice_lists"] = ctx.choices.shared
    definition["sections"] = sections
    _check(definition, xls.path)
    notes = ctx.notes.unique()
    log.info(
        "XLSForm %s converted to form %s v%s (%d note(s))",
        xls.path.name,
        header.id,
        header.version,
        len(notes),
    )
    return XlsFormResult(definition=definition, unsupported=notes)


def _sections(drafts: list[SectionDraft], ctx: Context) -> list[Section]:
    """The sections that have importable fields (a ``general`` one if none has)."""
    sections: list[Section] = []
    taken: set[str] = set()
    for draft in drafts:
        fields = [f for f in (build_field(ctx, item) for item in draft.items) if f]
        if not fields:
            if draft.name is not None:
                ctx.note("xlsform_section_empty", group=draft.name)
            continue
        if draft.group is None or draft.name is None:  # the fields outside any group
            section_id, label = unique("general", taken), dict(_GENERAL)
        else:
            section_id = unique(slug(draft.name, fallback="section"), taken)
            label = ctx.texts.get(draft.group.get("label"), draft.name) or {
                "fr": humanise(draft.name),
                "en": humanise(draft.name),
            }
        sections.append({"id": section_id, "label": label, "fields": fields})
    if not sections:
        sections.append({"id": "general", "label": dict(_GENERAL), "fields": []})
    return sections


def _key_fields(sections: list[Section], ctx: Context) -> dict[str, Any]:
    """The record's title, date and region fields, added to the first section when missing.

    XLSForm has no location type, so the required region field ``lieu`` is always added.
    """
    top = [f for s in sections for f in s["fields"]]
    first = sections[0]["fields"]
    title = _first_of(top, _TITLE_TYPES) or _add(
        ctx, first, "xlsform_title_field_added", "titre", "text", "Titre", "Title", max_length=200
    )
    date = _first_of(top, ("date",)) or _add(
        ctx, first, "xlsform_date_field_added", "date", "date", "Date", "Date"
    )
    region = _add(ctx, first, "xlsform_location_added", "lieu", "location", "Lieu", "Place")
    return {
        "region_field": region,
        "title_field": title,
        "date_field": date,
        "list_columns": list(dict.fromkeys([title, date, region])),
    }


def _first_of(fields: list[Field], types: tuple[str, ...]) -> str | None:
    return next((f["id"] for ftype in types for f in fields if f["type"] == ftype), None)


def _add(
    ctx: Context,
    first: list[Field],
    code: str,
    base: str,
    ftype: str,
    fr: str,
    en: str,
    **extra: Any,
) -> str:
    """Insert a required field at the top of ``first``, note it with ``code``, return its id."""
    field_id = ctx.new_id(base)
    label = {"fr": fr, "en": en}
    first.insert(0, {"id": field_id, "type": ftype, "label": label, "required": True, **extra})
    ctx.note(code, field=field_id)
    return field_id


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _check(definition: dict[str, Any], path: Path) -> None:
    """Raise ``ImportFileError`` unless ``definition`` passes the schema and ``parse_form``."""
    import jsonschema

    try:
        schema = _schema()
    except (OSError, ValueError) as err:
        raise ImportFileError(
            f"cannot read the form schema {SCHEMA_PATH}",
            path=str(path),
            reason_code="form_schema_unreadable",
            detail=str(err),
        ) from err
    validator = jsonschema.Draft202012Validator(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(definition))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise _invalid(path, f"{where}: {error.message}")
    try:
        parse_form(definition)
    except (KeyError, ValueError) as err:
        raise _invalid(path, str(err)) from err


def _invalid(path: Path, detail: str) -> ImportFileError:
    return ImportFileError(
        f"the form converted from {path.name} is not valid: {detail}",
        path=str(path),
        reason_code="xlsform_schema_invalid",
        detail=detail,
    )
