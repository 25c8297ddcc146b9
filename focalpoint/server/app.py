"""The secretariat server's FastAPI app, assembled by ``create_app(settings)``.

Routers (push, pull, ping, definitions, blobs, revocations, and the desk's reviews, conflicts,
records, devices, audit) each own their routes and carry the auth dependency;
``errors.py`` shapes every 4xx; ``wire.py`` wraps everything (protocol headers, body limits,
gzip bodies, the logged 500). Answers are gzip-compressed for clients that accept it. The OpenAPI
description is served at ``/openapi.json``. The database must already be migrated.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import sqlalchemy as sa  # noqa: TID253 - the server is where SQLAlchemy lives
from fastapi import FastAPI  # noqa: TID253 - the server is where FastAPI lives
from starlette.middleware.gzip import GZipMiddleware

from focalpoint.domain.errors import StorageError
from focalpoint.server import errors, storage
from focalpoint.server.ratelimit import AuthFailureLimiter
from focalpoint.server.routers import (
    audit,
    blobs,
    conflicts,
    definitions,
    devices,
    ping,
    pull,
    push,
    records,
    reviews,
    revocations,
)
from focalpoint.server.settings import Settings
from focalpoint.server.wire import WireMiddleware
from focalpoint.sync.protocol import PROTOCOL_VERSION

logger = logging.getLogger(__name__)

GZIP_MINIMUM_BYTES = 500
DB_URL_VARIABLE = "FOCALPOINT_SERVER_DB"


def create_app(settings: Settings) -> FastAPI:
    """A new app serving the database at ``settings.db_url``.

    Raises ``StorageError`` if that database has not been migrated (``storage.migrate``).
    """
    engine = storage.make_engine(settings.db_url)
    try:
        with storage.reading(engine) as conn:
            epoch = storage.get_epoch(conn)
    except BaseException:
        engine.dispose()
        raise

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="focalpoint secretariat server",
        version=PROTOCOL_VERSION,
        summary="Sync protocol v1: push then pull, scoped to each device's regions.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.auth_limiter = AuthFailureLimiter(settings.max_auth_failures)
    errors.install(app)
    routers = (push, pull, ping, definitions, blobs, revocations)
    routers += (reviews, conflicts, records, devices, audit)
    for router in (module.router for module in routers):
        app.include_router(router)
    push.document(app)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_BYTES)
    read_epoch = _epoch_reader(engine, epoch)
    app.add_middleware(WireMiddleware, settings=settings, read_epoch=read_epoch)  # outermost
    return app


def app_from_environment() -> FastAPI:
    """The app for the database named by ``FOCALPOINT_SERVER_DB`` (``serve --workers``: each
    worker process calls this)."""
    return create_app(Settings(db_url=os.environ[DB_URL_VARIABLE]))


def _epoch_reader(engine: sa.Engine, first: str) -> Callable[[], str]:
    """A function returning the server epoch now, or the last one read if the database fails
    (the request then fails on its own and is answered with a logged 500)."""
    known = [first]

    def read_epoch() -> str:
        try:
            with storage.reading(engine) as conn:
                known[0] = storage.get_epoch(conn)
        except (StorageError, sa.exc.SQLAlchemyError):
            logger.warning("server epoch unreadable: sending the last one known")
        return known[0]

    return read_epoch
