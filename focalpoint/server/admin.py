"""What the command line calls to run the server and manage devices (``focalpoint serve``,
``focalpoint server add-device|revoke-device|list-devices``).

Each function takes the database as a URL or a plain SQLite path, brings its schema up to
date, and closes it again. Bad arguments raise ``UsageError``; an unknown device ``NotFound``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa  # noqa: TID253 - the server is where SQLAlchemy lives

from focalpoint.server import storage
from focalpoint.server.settings import Settings

logger = logging.getLogger(__name__)


@contextmanager
def _migrated(db_url: str) -> Iterator[sa.Engine]:
    engine = storage.make_engine(db_url)
    try:
        storage.migrate(engine)
        yield engine
    finally:
        engine.dispose()


def serve(db_url: str, host: str, port: int) -> None:
    """Migrate the database, then serve the sync API on ``host:port`` until interrupted.

    Plain HTTP: put it behind a TLS reverse proxy (or uvicorn's TLS options) in production.
    """
    import uvicorn

    from focalpoint.server.app import create_app

    with _migrated(db_url):
        pass
    app = create_app(Settings(db_url=db_url))
    logger.info("serving on %s:%d", host, port)
    # No access log: which laptop called when is itself sensitive (THREATS §1.4).
    uvicorn.run(app, host=host, port=port, server_header=False, access_log=False)


def add_device(db_url: str, name: str, role: str, regions: Sequence[str]) -> str:
    """Enrol a device and return its token (shown once: only its hash is stored).

    ``role`` is ``focal_point`` or ``secretariat`` (which sees every region). Raises
    ``UsageError`` for a bad role, no region for a focal point, or a name already taken.
    """
    with _migrated(db_url) as engine:
        _device, token = storage.add_device(engine, name, role, list(regions))
    return token


def revoke_device(db_url: str, name: str) -> None:
    """Revoke the device called ``name``; raises ``NotFound`` if there is none."""
    with _migrated(db_url) as engine:
        storage.revoke_device(engine, name)


def set_regions(db_url: str, name: str, regions: Sequence[str]) -> list[str]:
    """Reassign the focal-point device ``name`` to ``regions`` (see ``storage.set_regions``)."""
    with _migrated(db_url) as engine:
        return list(storage.set_regions(engine, name, list(regions)))


def list_devices(db_url: str) -> list[dict[str, Any]]:
    """Every device as a dict: name, role, regions (a list), created_at, revoked_at,
    last_seen_at (ISO-8601 UTC text or None). Tokens are never listed."""
    with _migrated(db_url) as engine:
        devices = storage.list_devices(engine)
    return [{**dataclasses.asdict(device), "regions": list(device.regions)} for device in devices]
