"""Reading the files the secretariat publishes: a form (JSON, or an XLSForm converted by
``focalpoint.xlsform``) and a locations reference list (JSON in the format of ``mali.json``).

What the file holds is checked when it is published (``storage.publish_form`` and
``storage.publish_reference``); here the file is only read, with the errors a person can act on
(missing, unreadable, not UTF-8, not JSON, not an object) as ``ImportFileError`` reason codes.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from focalpoint.domain.errors import ImportFileError, unreadable_file

logger = logging.getLogger(__name__)

XLSFORM_SUFFIXES = (".xlsx",)


def read_json_object(path: Path) -> dict[str, Any]:
    """The JSON object in the file at ``path``. Raises ``ImportFileError``."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ImportFileError(str(exc), path=str(path), reason_code="file_missing") from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(str(exc), path=str(path), reason_code="not_utf8") from exc
    except OSError as exc:
        raise unreadable_file(path, exc) from exc
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            exc.msg, path=str(path), reason_code="not_json", line=exc.lineno, column=exc.colno
        ) from exc
    if not isinstance(doc, dict):
        raise ImportFileError("not an object", path=str(path), reason_code="not_json_object")
    return doc


def read_form_file(path: Path) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]:
    """A form definition from a JSON file or an XLSForm (``.xlsx``), and the XLSForm
    features the conversion left out (``(code, params)`` for ``domain.messages``)."""
    path = Path(path)
    if path.suffix.lower() not in XLSFORM_SUFFIXES:
        return read_json_object(path), []
    from focalpoint.xlsform import xlsform_to_form

    result = xlsform_to_form(path)
    notes = [(note.code, dict(note.params)) for note in result.unsupported]
    logger.info("XLSForm %s converted for publication (%d note(s))", path.name, len(notes))
    return dict(result.definition), notes
