"""Devices (laptops) and their tokens: enrol, revoke, list, and find the device behind a token.

A token is 256 random bits shown once; the server keeps only its SHA-256 hex digest. A device
is bound to a role and to regions; a secretariat device sees every region (``ALL_REGIONS``).
Region scoping for queries is built here (``region_clause``), from the device, never from
what a request says.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa  # noqa: TID253 - the server's storage is where SQLAlchemy lives
from pydantic import TypeAdapter, ValidationError

from focalpoint.domain.errors import NotFound, UsageError
from focalpoint.server.storage.audit import log_action
from focalpoint.server.storage.engine import reading, utc_now, writing
from focalpoint.server.storage.schema import TEXT_LENGTH, devices
from focalpoint.sync.protocol import Code

logger = logging.getLogger(__name__)

ROLES = ("focal_point", "secretariat")
ALL_REGIONS = "*"
MAX_TOKEN_LENGTH = 256  # longer Authorization values are not ours: no lookup at all
TOUCH_EVERY_SECONDS = 60  # pulls refresh last_seen_at at most this often

_region_code = TypeAdapter(Code)


@dataclass(frozen=True)
class Device:
    """The device a request's token belongs to."""

    id: int
    name: str
    role: str
    regions: tuple[str, ...]
    revoked: bool

    @property
    def sees_all_regions(self) -> bool:
        """True for a secretariat device."""
        return ALL_REGIONS in self.regions

    def may_see(self, region: str) -> bool:
        """Whether this device may read and write records of ``region``."""
        return self.sees_all_regions or region in self.regions


@dataclass(frozen=True)
class DeviceInfo:
    """A device as the admin commands and the Appareils page list it (never its token or token
    hash): ``last_sync_at``, ``waiting`` (records waiting on the laptop) and ``app_version``
    are what the laptop said at its last pull (None, or "" for the version: never said)."""

    name: str
    role: str
    regions: tuple[str, ...]
    created_at: str
    revoked_at: str | None
    last_seen_at: str | None
    last_sync_at: str | None = None
    waiting: int | None = None
    app_version: str = ""


def new_token() -> str:
    """256 random bits, URL-safe, never starting with "-" (a command line would read
    ``--token -x…`` as an option: `focalpoint enroll` failed for one token in 64)."""
    while True:
        token = secrets.token_urlsafe(32)
        if not token.startswith("-"):
            return token


def hash_token(token: str) -> str:
    """The SHA-256 hex digest stored in place of ``token``."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_device(
    engine: sa.Engine,
    name: str,
    role: str,
    regions: Sequence[str],
    *,
    by: Device | None = None,
) -> tuple[Device, str]:
    """Enrol a device; returns it and its token, which is never stored and cannot be shown again.

    A secretariat device sees every region, whatever ``regions`` says. ``by`` (the secretariat
    device enrolling it through the API) is logged in the audit log (``enrol``). Raises
    ``UsageError`` for an empty, too long or unprintable name, a name already taken, an unknown
    role, or a focal point with no region or a malformed one.
    """
    name = name.strip()
    clean_regions = _check_device(name, role, regions)
    token = new_token()
    taken = UsageError(
        f"a device named {name!r} already exists", detail_code="device_exists", name=name
    )
    try:
        with writing(engine) as conn:
            if conn.execute(sa.select(devices.c.id).where(devices.c.name == name)).first():
                raise taken
            result = conn.execute(
                devices.insert().values(
                    name=name,
                    token_hash=hash_token(token),
                    role=role,
                    regions=json.dumps(list(clean_regions)),
                    created_at=utc_now(),
                )
            )
            device_id = int(result.inserted_primary_key[0])
            if by is not None:
                log_action(conn, by.id, "enrol", now=utc_now(), detail=name)
    except sa.exc.IntegrityError as error:  # PostgreSQL: enrolled meanwhile by another process
        raise taken from error
    logger.info("device %s enrolled (role %s, %d region(s))", device_id, role, len(clean_regions))
    return Device(device_id, name, role, clean_regions, revoked=False), token


def _check_device(name: str, role: str, regions: Sequence[str]) -> tuple[str, ...]:
    if not name or len(name) > TEXT_LENGTH or not _is_storable_name(name):
        raise UsageError(
            "bad device name", detail_code="device_name_invalid", name=name, max=TEXT_LENGTH
        )
    if role not in ROLES:
        raise UsageError("unknown role", detail_code="device_role_invalid", role=role)
    if role == "secretariat":
        return (ALL_REGIONS,)
    if not regions:
        raise UsageError("no region", detail_code="device_needs_region")
    for region in regions:
        try:
            _region_code.validate_python(region)
        except ValidationError:
            raise UsageError(
                "bad region code", detail_code="region_code_invalid", region=region
            ) from None
    return tuple(dict.fromkeys(regions))


def _is_storable_name(name: str) -> bool:
    """Whether ``name`` is printable text every database can store (no control character, no
    lone surrogate)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return name.isprintable()


def _named(conn: sa.Connection, name: str) -> sa.Row[Any]:
    """The device row called ``name``; raises ``NotFound``."""
    row = conn.execute(sa.select(devices).where(devices.c.name == name)).first()
    if row is None:
        raise NotFound(f"no device named {name!r}", detail=name)
    return row


def revoke_device(engine: sa.Engine, name: str, *, by: Device | None = None) -> None:
    """Revoke the device called ``name``: its token stops working at its next request.

    Revoking twice is harmless. ``by`` (the secretariat device revoking it through the API) is
    logged in the audit log (``revoke``); a secretariat device may revoke itself. Raises
    ``NotFound`` for an unknown name.
    """
    with writing(engine) as conn:
        row = _named(conn, name)
        now = utc_now()
        if row.revoked_at is None:
            conn.execute(devices.update().where(devices.c.id == row.id).values(revoked_at=now))
        if by is not None:
            log_action(conn, by.id, "revoke", now=now, detail=name)
    logger.info("device %s revoked", row.id)


def revoke_by_token_hash(engine: sa.Engine, token_sha256: str) -> bool:
    """Revoke the device whose token hashes to ``token_sha256`` (a laptop wiped in a panic sends
    it: it kept only the hash). Returns whether a device not yet revoked was found."""
    with reading(engine) as conn:  # most calls know nothing: no write lock for them
        row = conn.execute(sa.select(devices).where(devices.c.token_hash == token_sha256)).first()
    if row is None or row.revoked_at is not None:
        return False
    with writing(engine) as conn:
        conn.execute(
            devices.update()
            .where(devices.c.id == row.id, devices.c.revoked_at.is_(None))
            .values(revoked_at=utc_now())
        )
    logger.warning("device %s revoked at its own request (data wiped)", row.id)
    return True


def set_regions(
    engine: sa.Engine, name: str, regions: Sequence[str], *, by: Device | None = None
) -> tuple[str, ...]:
    """Reassign the focal-point device ``name`` to ``regions``; returns the regions now set.

    From its next pull the device sees only the new scope: the pull answer carries the regions,
    and a laptop whose scope changed drops the records it may no longer see and pulls its new
    scope in full (DESIGN §5 case 16). ``by`` (the secretariat device reassigning it through
    the API) is logged in the audit log (``reassign``). Raises ``NotFound`` for an unknown
    name, ``UsageError`` for a secretariat device (it sees every region) or bad region codes.
    """
    with writing(engine) as conn:
        row = _named(conn, name)
        if row.role != "focal_point":
            raise UsageError(
                "a secretariat device sees every region", detail_code="device_sees_all", name=name
            )
        clean = _check_device(name, row.role, regions)
        conn.execute(
            devices.update().where(devices.c.id == row.id).values(regions=json.dumps(list(clean)))
        )
        if by is not None:
            detail = f"{name}: {','.join(clean)}"
            log_action(conn, by.id, "reassign", now=utc_now(), detail=detail)
    logger.info("device %s reassigned to %d region(s)", row.id, len(clean))
    return clean


_INFO_COLUMNS = (
    devices.c.name,
    devices.c.role,
    devices.c.regions,
    devices.c.created_at,
    devices.c.revoked_at,
    devices.c.last_seen_at,
    devices.c.last_sync_at,
    devices.c.waiting,
    devices.c.app_version,
)


def _info(row: sa.Row[Any]) -> DeviceInfo:
    return DeviceInfo(
        name=row.name,
        role=row.role,
        regions=tuple(json.loads(row.regions)),
        created_at=row.created_at,
        revoked_at=row.revoked_at,
        last_seen_at=row.last_seen_at,
        last_sync_at=row.last_sync_at,
        waiting=row.waiting,
        app_version=row.app_version or "",
    )


def list_devices(engine: sa.Engine) -> list[DeviceInfo]:
    """Every device, by name, with when it was enrolled, revoked, last seen and last synced."""
    with reading(engine) as conn:
        rows = conn.execute(sa.select(*_INFO_COLUMNS).order_by(devices.c.name)).all()
    return [_info(row) for row in rows]


def get_device(engine: sa.Engine, name: str) -> DeviceInfo:
    """The device called ``name``. Raises ``NotFound``."""
    with reading(engine) as conn:
        row = conn.execute(sa.select(*_INFO_COLUMNS).where(devices.c.name == name)).first()
    if row is None:
        raise NotFound(f"no device named {name!r}", detail=name)
    return _info(row)


def find_device_by_token(conn: sa.Connection, token: str) -> Device | None:
    """The device holding ``token`` (revoked ones included: check ``revoked``), or None."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    digest = hash_token(token)
    row = conn.execute(sa.select(devices).where(devices.c.token_hash == digest)).first()
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return Device(
        id=row.id,
        name=row.name,
        role=row.role,
        regions=tuple(json.loads(row.regions)),
        revoked=row.revoked_at is not None,
    )


_TOUCH = (
    devices.update()
    .where(devices.c.id == sa.bindparam("device_id"))
    .values(last_seen_at=sa.bindparam("now"))
)


def touch_device(conn: sa.Connection, device: Device, *, now: str) -> None:
    """Record that ``device`` was seen at ``now`` (ISO text from ``utc_now``)."""
    conn.execute(_TOUCH, {"device_id": device.id, "now": now})


def region_clause(device: Device, column: sa.ColumnElement[str]) -> sa.ColumnElement[bool]:
    """The WHERE clause limiting ``column`` to the regions ``device`` may see."""
    if device.sees_all_regions:
        return sa.true()
    return column.in_(device.regions)
