"""Writing: a converted form saved in the forms folder, never over a newer or equal version."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from focalpoint.domain.errors import DiskFull, ImportFileError, StorageError
from focalpoint.xlsform.names import IDENTIFIER, MAX_ID

log = logging.getLogger(__name__)

_ENOSPC = 28


def write_form(definition: Mapping[str, Any], forms_dir: Path) -> Path:
    """Write ``definition`` to ``<forms_dir>/<id>.json`` (UTF-8, atomically) and return that path.

    Raises ``ImportFileError`` when the id or version is not valid, or when the folder holds
    this form already in a version that is not older or that cannot be read; ``StorageError``
    (``DiskFull``) when the file cannot be written.
    """
    forms_dir = Path(forms_dir)
    form_id = str(definition.get("id", ""))
    version = definition.get("version")
    if not IDENTIFIER.match(form_id) or len(form_id) > MAX_ID:
        raise ImportFileError(
            f"form id {form_id!r} is not a valid identifier",
            path=str(forms_dir),
            reason_code="invalid_form_id",
            form=form_id,
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError(
            f"form version {version!r} is not an integer >= 1",
            path=str(forms_dir),
            reason_code="invalid_form_version",
            version=version,
        )
    target = forms_dir / f"{form_id}.json"
    if target.exists():
        _refuse_downgrade(target, form_id, version)
    _write_atomically(target, json.dumps(definition, ensure_ascii=False, indent=2) + "\n")
    log.info("form %s v%d written to %s", form_id, version, target)
    return target


def _refuse_downgrade(target: Path, form_id: str, version: int) -> None:
    try:
        existing = json.loads(target.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise _unreadable(target) from err
    if not isinstance(existing, int) or isinstance(existing, bool):
        raise _unreadable(target)
    if existing >= version:
        raise ImportFileError(
            f"{target} already holds version {existing} of form {form_id!r}; the imported "
            f"version {version} is not newer",
            path=str(target),
            reason_code="version_not_newer",
            form=form_id,
            existing=existing,
            version=version,
        )


def _unreadable(target: Path) -> ImportFileError:
    return ImportFileError(
        f"{target} exists and cannot be read; remove it to import this form",
        path=str(target),
        reason_code="existing_form_unreadable",
    )


def _write_atomically(target: Path, text: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    except OSError as err:
        if err.errno == _ENOSPC:
            raise DiskFull(f"cannot write {target}: {err}", path=str(target)) from err
        raise StorageError(
            f"cannot write {target}: {err}",
            path=str(target),
            detail=f"{target} ({err.strerror or err})",
        ) from err
