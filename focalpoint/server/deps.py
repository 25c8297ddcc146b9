"""Dependencies shared by the routers: the engine, the settings, and the device behind a token.

``current_device`` is the auth dependency: ``Authorization: Bearer <token>`` → ``Device``;
``secretariat_device`` also requires a secretariat token (403 ``secretariat_only``).
No token → 401 ``auth_required``; an unknown token → 401 ``token_invalid``; a revoked one →
403 ``token_revoked`` (checked on every request, so revocation takes effect at once). Each of
these counts as a failure of the client's address; past the limit the answer is 429
``rate_limited`` instead (``ratelimit.py``: a valid token is never limited).
"""

from __future__ import annotations

import logging
from typing import Annotated

import sqlalchemy as sa  # noqa: TID253 - the server is where SQLAlchemy lives
from fastapi import Depends, Request  # noqa: TID253 - the server is where FastAPI lives
from fastapi.security import (  # noqa: TID253 - as above
    HTTPAuthorizationCredentials,
    HTTPBearer,
)

from focalpoint.server import storage
from focalpoint.server.errors import ApiError
from focalpoint.server.ratelimit import AuthFailureLimiter
from focalpoint.server.settings import Settings

logger = logging.getLogger(__name__)

bearer = HTTPBearer(auto_error=False, description="The device token printed by add-device.")
CHALLENGE = {"WWW-Authenticate": "Bearer"}


def get_engine(request: Request) -> sa.Engine:
    """The app's database engine."""
    return request.app.state.engine


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    return request.app.state.settings


def get_epoch(request: Request) -> str:
    """The server epoch, as read for this request by ``wire.WireMiddleware``."""
    return request.state.epoch


def current_device(
    request: Request,
    engine: Annotated[sa.Engine, Depends(get_engine)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> storage.Device:
    """The device whose token the request carries; raises ``ApiError`` 401/403 otherwise, or
    429 when the client's address has failed too often (``ratelimit.py``)."""
    limiter: AuthFailureLimiter = request.app.state.auth_limiter
    host = request.client.host if request.client else None
    if credentials is None:
        limiter.count_failure(host)
        raise ApiError(401, "auth_required", "send Authorization: Bearer <token>", None, CHALLENGE)
    with storage.reading(engine) as conn:
        device = storage.find_device_by_token(conn, credentials.credentials)
    if device is None:
        limiter.count_failure(host)
        logger.info("request with an unknown token refused")
        raise ApiError(401, "token_invalid", "this token is not known", None, CHALLENGE)
    if device.revoked:
        limiter.count_failure(host)
        logger.info("request from revoked device %s refused", device.id)
        raise ApiError(403, "token_revoked", "this device has been revoked")
    return device


def secretariat_device(
    device: Annotated[storage.Device, Depends(current_device)],
) -> storage.Device:
    """``current_device``, which must be a secretariat device: 403 ``secretariat_only``
    otherwise."""
    if device.role != "secretariat":
        logger.info("device %s refused a secretariat-only operation", device.id)
        raise ApiError(403, "secretariat_only", "this operation is for the secretariat only")
    return device


CurrentDevice = Annotated[storage.Device, Depends(current_device)]
SecretariatDevice = Annotated[storage.Device, Depends(secretariat_device)]
Engine = Annotated[sa.Engine, Depends(get_engine)]
CurrentSettings = Annotated[Settings, Depends(get_settings)]
Epoch = Annotated[str, Depends(get_epoch)]
