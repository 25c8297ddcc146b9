"""Reading: an XLSForm workbook read and checked by pyxform, with its settings and sheet names.

pyxform builds the XForm too, so every rule it enforces (references, choice lists...) still
applies; anything it rejects becomes an ``ImportFileError`` whose reason the user can read.
"""

from __future__ import annotations

import copy
import logging
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from focalpoint.domain.errors import ImportFileError

log = logging.getLogger(__name__)

_UNREADABLE = (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError)


@dataclass(frozen=True)
class XlsForm:
    """What the conversion reads: pyxform's JSON survey, the settings row, the sheet names."""

    path: Path
    survey: Mapping[str, Any]
    settings: Mapping[str, str]
    sheets: tuple[str, ...]


def read_xlsform(path: Path) -> XlsForm:
    """Read and check the XLSForm at ``path``.

    Raises ``ImportFileError`` (``reason_code`` file_missing, file_unreadable, not_xlsx,
    xlsform_rejected or xlsform_unreadable) when it cannot be used.
    """
    where = str(path)
    if not path.is_file():
        raise ImportFileError(f"{path} does not exist", path=where, reason_code="file_missing")
    try:
        is_zip = zipfile.is_zipfile(path)
    except OSError as err:
        raise ImportFileError(
            f"cannot read {path}: {err}",
            path=where,
            reason_code="file_unreadable",
            detail=err.strerror or str(err),
        ) from err
    if not is_zip:
        raise ImportFileError(f"{path} is not an XLSX workbook", path=where, reason_code="not_xlsx")
    return _parse(path)


def _parse(path: Path) -> XlsForm:
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    warnings: list[str] = []
    try:
        workbook = get_xlsform(xlsform=path, file_type=".xlsx")
        settings = _settings(workbook.settings)
        sheets = tuple(str(s) for s in workbook.sheet_names or ())
        survey = workbook_to_json(
            workbook_dict=workbook,
            fallback_form_name=workbook.fallback_form_name,
            warnings=warnings,
        )
        # Building the XForm runs the checks pyxform makes after the JSON step (references...).
        create_survey_element_from_dict(copy.deepcopy(survey)).to_xml(
            validate=False, warnings=warnings
        )
    except PyXFormError as err:
        raise ImportFileError(
            f"pyxform rejected {path.name}: {err}",
            path=str(path),
            reason_code="xlsform_rejected",
            detail=str(err),
        ) from err
    except _UNREADABLE as err:
        raise ImportFileError(
            f"cannot read {path.name} as an XLSForm: {err}",
            path=str(path),
            reason_code="xlsform_unreadable",
            detail=str(err),
        ) from err
    for warning in warnings:
        log.info("pyxform warning for %s: %s", path.name, warning)
    return XlsForm(path=path, survey=survey, settings=settings, sheets=sheets)


def _settings(rows: Any) -> dict[str, str]:
    """The first settings row, without empty cells."""
    row = (rows or [{}])[0] or {}
    return {
        str(key).strip(): str(value).strip()
        for key, value in row.items()
        if key is not None and value not in (None, "")
    }
