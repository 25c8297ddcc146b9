"""The Appareils page's API (secretariat only): list the laptops, enrol one (its token is in
the answer, this once), revoke one, reassign one's regions.

``GET|POST /api/v1/devices``, ``POST /api/v1/devices/{name}/revoke``,
``PUT /api/v1/devices/{name}/regions``. A device is named in the path, quoted as one segment
(a name may hold a ``/``: ``%2F``). Every change is logged in the audit log (``enrol``,
``revoke``, ``reassign``); a secretariat device may revoke itself (its next request is then
refused like any revoked token's). Tokens are never logged: only the enrolment's answer holds
one.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Path  # noqa: TID253 - the server is where FastAPI lives

from focalpoint.domain.errors import NotFound, UsageError
from focalpoint.server import storage
from focalpoint.server.deps import Engine, SecretariatDevice, secretariat_device
from focalpoint.server.errors import ApiError
from focalpoint.server.routers import CONFLICT, ERRORS, NOT_FOUND
from focalpoint.sync.protocol import (
    DEVICE_REGIONS_PATH,
    DEVICE_REVOKE_PATH,
    DEVICES_PATH,
    DeviceEnrolment,
    DeviceList,
    DeviceSummary,
    EnrolledDevice,
    RegionsRequest,
)

logger = logging.getLogger(__name__)

router = APIRouter(tags=["devices"], dependencies=[Depends(secretariat_device)], responses=ERRORS)

# A device name may hold a "/" (quoted %2F, decoded before routing): the path convertor.
Name = Annotated[str, Path(description="the device's name")]
_REVOKE = DEVICE_REVOKE_PATH.replace("{name}", "{name:path}")
_REGIONS = DEVICE_REGIONS_PATH.replace("{name}", "{name:path}")
_CONFLICT_STATUS = {"device_exists": 409, "device_sees_all": 409}


def summary(info: storage.DeviceInfo) -> DeviceSummary:
    """A device as the API lists it."""
    return DeviceSummary(
        name=info.name,
        role=info.role,
        regions=list(info.regions),
        created_at=info.created_at,
        revoked_at=info.revoked_at,
        last_seen_at=info.last_seen_at,
        last_sync_at=info.last_sync_at,
        waiting=info.waiting,
        app_version=info.app_version,
    )


def _refusal(error: UsageError | NotFound) -> ApiError:
    if isinstance(error, NotFound):
        return ApiError(404, "device_not_found", "no device with this name")
    code = str(error.params.get("detail_code", "invalid_request"))
    return ApiError(_CONFLICT_STATUS.get(code, 422), code, error.detail)


def _check_name(name: str) -> None:
    """404 for a name no device can have (it could not be looked up on PostgreSQL)."""
    if not name.isprintable():
        raise ApiError(404, "device_not_found", "no device with this name")


@router.get(DEVICES_PATH)
def list_devices(engine: Engine) -> DeviceList:
    """Every enrolled laptop, by name: role, regions, last sync, records waiting, version."""
    return DeviceList(devices=[summary(info) for info in storage.list_devices(engine)])


@router.post(DEVICES_PATH, responses=CONFLICT)
def enrol(body: DeviceEnrolment, device: SecretariatDevice, engine: Engine) -> EnrolledDevice:
    """Enrol a laptop; its token is in the answer, this once (only its hash is kept).
    409 ``device_exists``; 422 for a bad name or a focal point without a region."""
    try:
        enrolled, token = storage.add_device(
            engine, body.name, body.role, list(body.regions), by=device
        )
        info = storage.get_device(engine, enrolled.name)
    except (UsageError, NotFound) as error:
        raise _refusal(error) from None
    return EnrolledDevice(device=summary(info), token=token)


@router.post(_REVOKE, responses=NOT_FOUND)
def revoke(name: Name, device: SecretariatDevice, engine: Engine) -> DeviceSummary:
    """Revoke a laptop's token (again: harmless); 404 ``device_not_found``."""
    _check_name(name)
    try:
        storage.revoke_device(engine, name, by=device)
        return summary(storage.get_device(engine, name))
    except (UsageError, NotFound) as error:
        raise _refusal(error) from None


@router.put(_REGIONS, responses={**NOT_FOUND, **CONFLICT})
def reassign(
    name: Name, body: RegionsRequest, device: SecretariatDevice, engine: Engine
) -> DeviceSummary:
    """Give a focal-point laptop new regions: at its next pull it drops the old scope and
    receives the new one in full. 404 ``device_not_found``; 409 ``device_sees_all`` for a
    secretariat laptop."""
    _check_name(name)
    try:
        storage.set_regions(engine, name, list(body.regions), by=device)
        return summary(storage.get_device(engine, name))
    except (UsageError, NotFound) as error:
        raise _refusal(error) from None
