"""``GET /api/v1/definitions``: form versions and reference lists published after a cursor;
``POST /api/v1/definitions``: publish a form version (secretariat only).

Any enrolled, non-revoked device may read them (they are the same for every region). A laptop
calls it only when a pull answer's ``definitions_seq`` is above its stored cursor. A
publication is logged in the audit log (``publish``); 409 ``form_version_not_newer`` when the
form is already published at that version or a higher one, 422 ``form_invalid`` (with
``details.reason``) for a form the schema refuses.
"""

from __future__ import annotations

import json
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Query  # noqa: TID253 - the server is where FastAPI lives

from focalpoint.domain.errors import ImportFileError, UsageError
from focalpoint.server import storage
from focalpoint.server.deps import CurrentDevice, Engine, SecretariatDevice, current_device
from focalpoint.server.errors import ApiError
from focalpoint.server.routers import CONFLICT, ERRORS
from focalpoint.sync.protocol import (
    DEFINITIONS_PATH,
    DefinitionsResponse,
    PublishRequest,
    ServerDefinition,
)

logger = logging.getLogger(__name__)

MAX_SEQ = 2**63 - 1  # a seq is a signed 64-bit integer in the database

router = APIRouter(tags=["definitions"], dependencies=[Depends(current_device)], responses=ERRORS)


@router.get(DEFINITIONS_PATH)
def definitions(
    device: CurrentDevice,
    engine: Engine,
    since: Annotated[int, Query(ge=0, le=MAX_SEQ, description="the definitions cursor")] = 0,
) -> DefinitionsResponse:
    """Every definition published after ``since``; store them with ``next_since``."""
    answer = storage.read_definitions(engine, since)
    logger.info(
        "device %s fetched %d definition(s) after %d", device.id, len(answer.definitions), since
    )
    return answer


@router.post(DEFINITIONS_PATH, responses=CONFLICT)
def publish(body: PublishRequest, device: SecretariatDevice, engine: Engine) -> ServerDefinition:
    """Publish a form version: every laptop receives it at its next sync."""
    _check_storable(body.form)
    try:
        published = storage.publish_form(engine, body.form, published_by=device.name, by=device)
    except ImportFileError as error:
        reason = str(error.params.get("reason") or error.params.get("reason_code") or error)
        message = "the form schema refuses this form"
        raise ApiError(422, "form_invalid", message, {"reason": reason}) from None
    except RecursionError:
        raise ApiError(422, "form_invalid", "the form is nested too deeply") from None
    except UsageError as error:
        code = str(error.params.get("detail_code", "invalid_request"))
        status = 409 if code == "form_version_not_newer" else 422
        details = {k: v for k, v in error.params.items() if k in ("form", "version", "published")}
        raise ApiError(status, code, error.detail, details) from None
    return ServerDefinition(
        kind=published.kind,
        key=published.key,
        version=published.version,
        body=body.form,
        seq=published.seq,
        published_at=published.published_at,
    )


def _check_storable(form: dict[str, object]) -> None:
    """422 ``text_invalid`` for a form holding text no database can store (a lone surrogate)."""
    try:
        json.dumps(form, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(422, "text_invalid", "the form holds text that cannot be stored") from None
    except (ValueError, RecursionError):
        raise ApiError(422, "form_invalid", "the form is not storable JSON") from None
