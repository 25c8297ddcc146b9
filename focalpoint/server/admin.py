"""What the command line calls to run the server and manage devices (``focalpoint serve``,
``focalpoint server add-device|revoke-device|list-devices|publish-form|publish-reference|
audit``).

Each function takes the database as a URL or a plain SQLite path, brings its schema up to
date, and closes it again. Bad arguments raise ``UsageError``; an unknown device ``NotFound``.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa  # noqa: TID253 - the server is where SQLAlchemy lives

from focalpoint.domain.errors import StorageError, UsageError
from focalpoint.server import storage
from focalpoint.server.listener import tcp_listener
from focalpoint.server.settings import Settings

logger = logging.getLogger(__name__)


@contextmanager
def _migrated(db_url: str) -> Iterator[sa.Engine]:
    """The server database at ``db_url``, migrated. A database that cannot be reached (a
    PostgreSQL server down, a wrong address or password) raises ``StorageError``
    ``server_db_unreachable``, not a traceback."""
    engine = storage.make_engine(db_url)
    try:
        try:
            storage.migrate(engine)
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
            shown = sa.make_url(storage.database_url(db_url)).render_as_string(hide_password=True)
            logger.warning("server database %s unreachable: %s", shown, exc)
            raise StorageError(str(exc), detail_code="server_db_unreachable", db=shown) from exc
        yield engine
    finally:
        engine.dispose()


def serve(db_url: str, host: str, port: int, workers: int = 1) -> None:
    """Migrate the database, then serve the sync API on ``host:port`` until interrupted, in
    ``workers`` processes (one a core: requests are parsed in parallel, writes queue).

    Plain HTTP: put it behind a TLS reverse proxy (or uvicorn's TLS options) in production.
    A proxy on this host is trusted for ``X-Forwarded-For`` (uvicorn's default, 127.0.0.1), so
    failed authentications are counted per real client address (``ratelimit.py``), by each
    worker process on its own: one address gets 429 after 20 to 20 × ``workers`` a minute.
    """
    import uvicorn

    from focalpoint.server.app import DB_URL_VARIABLE, create_app

    if workers < 1:
        raise UsageError("workers must be at least 1", detail_code="workers_invalid")
    with _migrated(db_url):
        pass
    logger.info("serving on %s:%d (%d worker(s))", host, port, workers)
    # No access log: which laptop called when is itself sensitive (THREATS §1.4).
    options: dict[str, Any] = {"host": host, "port": port, "server_header": False}
    if workers == 1:
        app = create_app(Settings(db_url=db_url))
        uvicorn.run(app, access_log=False, **options)
        return
    os.environ[DB_URL_VARIABLE] = db_url  # each worker process builds its own app from it
    # uvicorn.run(workers=N) as uvicorn does it, but on a socket that says it is TCP, so that
    # every connection gets TCP_NODELAY (listener.py: 40 ms a request otherwise).
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(
        "focalpoint.server.app:app_from_environment",
        factory=True,
        workers=workers,
        access_log=False,
        **options,
    )
    try:
        sock = tcp_listener(host, port, inheritable=True)
    except OSError as exc:
        address, reason = f"{host}:{port}", exc.strerror or str(exc)
        raise UsageError(
            f"cannot listen on {address}: {reason}",
            detail_code="listen_failed",
            address=address,
            reason=reason,
        ) from exc
    with sock:
        Multiprocess(config, sockets=[sock]).run()


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


def publish_form(
    db_url: str, path: Path, published_by: str = ""
) -> tuple[storage.Published, list[tuple[str, dict[str, Any]]]]:
    """Publish the form in ``path`` (JSON, or an XLSForm ``.xlsx`` converted first); returns
    what was published and the XLSForm features the conversion left out.

    Raises ``ImportFileError`` for an unreadable file or a definition the form schema refuses,
    ``UsageError`` when that form is already published at this version or a higher one.
    """
    from focalpoint.server.publish import read_form_file

    definition, notes = read_form_file(path)
    with _migrated(db_url) as engine:
        published = storage.publish_form(
            engine, definition, published_by=published_by, source=str(path)
        )
    return published, notes


def publish_reference(db_url: str, path: Path, published_by: str = "") -> storage.Published:
    """Publish the locations reference list in ``path`` (the format of ``mali.json``).

    Raises ``ImportFileError`` for an unreadable file or a list in the wrong format,
    ``UsageError`` when it is the same as the last one published.
    """
    from focalpoint.server.publish import read_json_object

    data = read_json_object(path)
    with _migrated(db_url) as engine:
        return storage.publish_reference(engine, data, published_by=published_by, source=str(path))


def collect_garbage(db_url: str, days: int = 7) -> dict[str, Any]:
    """``focalpoint server gc``: delete unfinished uploads, attachments no record refers to
    and stored push answers, all untouched for ``days`` days (see ``storage.blobs``).

    Returns what was removed: ``incomplete`` and ``unreferenced`` (lists of SHA-256),
    ``freed_bytes`` and ``batches`` (a count). Raises ``UsageError`` for a negative ``days``.
    """
    from focalpoint.domain.errors import UsageError
    from focalpoint.server.storage import blobs

    if days < 0:
        raise UsageError("days must be 0 or more", detail_code="gc_days_invalid", days=days)
    with _migrated(db_url) as engine:
        report = blobs.collect_garbage(engine, days=days)
    return dataclasses.asdict(report) | {
        "incomplete": list(report.incomplete),
        "unreferenced": list(report.unreferenced),
    }


def audit_log(
    db_url: str,
    *,
    since: int = 0,
    record_id: str | None = None,
    device: str | None = None,
) -> Iterator[storage.AuditRow]:
    """``focalpoint server audit``: every audit row after ``since`` (oldest first), only those
    of ``record_id`` and of the device named ``device`` when given, read page by page so a
    long log never sits in memory at once."""
    with _migrated(db_url) as engine:
        while True:
            rows, more = storage.read_audit(engine, since=since, record_id=record_id, device=device)
            yield from rows
            if not more or not rows:
                return
            since = rows[-1].id
