"""Settings: the form's id, version and title from the settings sheet; the rest is noted."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from focalpoint.xlsform.context import Context
from focalpoint.xlsform.labels import lang_code
from focalpoint.xlsform.names import slug
from focalpoint.xlsform.reader import XlsForm

_TITLE_SETTINGS = ("form_title", "set_form_title", "title")
_READ_SETTINGS = frozenset({*_TITLE_SETTINGS, "form_id", "set_form_id", "id_string", "version"})
_READ_SHEETS = frozenset({"survey", "choices", "settings"})


@dataclass(frozen=True)
class Header:
    """The top of a form definition."""

    id: str
    version: int
    title: dict[str, str]


def read_header(xls: XlsForm, ctx: Context) -> Header:
    """The form's id, version and title, noting settings and sheets that are not imported."""
    _report_unread(xls, ctx)
    form_id = _form_id(xls, ctx)
    return Header(id=form_id, version=_version(xls, ctx), title=_title(xls, ctx, form_id))


def _report_unread(xls: XlsForm, ctx: Context) -> None:
    for key, value in xls.settings.items():
        if key in _READ_SETTINGS:
            continue
        if key != "default_language":
            ctx.note("xlsform_setting_ignored", setting=key, value=value)
        elif lang_code(value) not in ("fr", "en"):
            ctx.note("xlsform_default_language_unsupported", language=value)
    for sheet in xls.sheets:
        if sheet.strip().lower() not in _READ_SHEETS:
            ctx.note("xlsform_sheet_ignored", sheet=sheet)


def _form_id(xls: XlsForm, ctx: Context) -> str:
    raw = str(xls.survey.get("id_string") or xls.path.stem)
    form_id = slug(raw, fallback="form")
    if form_id != raw:
        ctx.note("xlsform_form_id_changed", original=raw, id=form_id)
    return form_id


def _version(xls: XlsForm, ctx: Context) -> int:
    raw = str(xls.survey.get("version") or "").strip()
    match = re.fullmatch(r"(\d+)(?:\.0+)?", raw)
    if match and int(match.group(1)) >= 1:
        return int(match.group(1))
    if raw:
        ctx.note("xlsform_version_invalid", version=raw)
    else:
        ctx.note("xlsform_version_missing")
    return 1


def _title(xls: XlsForm, ctx: Context, form_id: str) -> dict[str, str]:
    has_title = any(key in xls.settings for key in _TITLE_SETTINGS)
    raw = xls.survey.get("title") if has_title else None
    if isinstance(raw, Mapping):
        return ctx.texts.get(raw, "form_title") or {"fr": form_id, "en": form_id}
    text = str(raw or "").strip()
    if not text:
        ctx.note("xlsform_title_missing", id=form_id)
        text = form_id
    return {"fr": text, "en": text}
