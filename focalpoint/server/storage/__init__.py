"""The server's storage (SQLAlchemy Core, Alembic): devices, records, conflicts, batches.

One module per noun (``devices``, ``push``, ``pull``), the table descriptions in ``schema``,
engine and transactions in ``engine``. Region scoping happens here, from the ``Device``.
The server's routes and admin commands import from this package only.
"""

from focalpoint.server.storage.devices import (
    ALL_REGIONS,
    ROLES,
    Device,
    DeviceInfo,
    add_device,
    find_device_by_token,
    list_devices,
    revoke_device,
    set_regions,
)
from focalpoint.server.storage.engine import (
    database_url,
    get_epoch,
    make_engine,
    migrate,
    reading,
    writing,
)
from focalpoint.server.storage.pull import read_changes
from focalpoint.server.storage.push import apply_push
from focalpoint.server.storage.schema import metadata

__all__ = [
    "ALL_REGIONS",
    "ROLES",
    "Device",
    "DeviceInfo",
    "add_device",
    "apply_push",
    "database_url",
    "find_device_by_token",
    "get_epoch",
    "list_devices",
    "make_engine",
    "metadata",
    "migrate",
    "read_changes",
    "reading",
    "revoke_device",
    "set_regions",
    "writing",
]
