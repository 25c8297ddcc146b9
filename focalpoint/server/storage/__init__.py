"""The server's storage (SQLAlchemy Core, Alembic): devices, records, conflicts, batches.

One module per noun (``devices``, ``push``, ``pull``, ``definitions``), the table descriptions
in ``schema``, engine and transactions in ``engine``. Region scoping happens here, from the
``Device``.
The server's routes and admin commands import from this package only.
"""

from focalpoint.server.storage.definitions import (
    Published,
    get_definition,
    highest_definitions_seq,
    list_published,
    publish_form,
    publish_reference,
    read_definitions,
)
from focalpoint.server.storage.devices import (
    ALL_REGIONS,
    ROLES,
    Device,
    DeviceInfo,
    add_device,
    find_device_by_token,
    list_devices,
    revoke_by_token_hash,
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
    "Published",
    "add_device",
    "apply_push",
    "database_url",
    "find_device_by_token",
    "get_definition",
    "get_epoch",
    "highest_definitions_seq",
    "list_devices",
    "list_published",
    "make_engine",
    "metadata",
    "migrate",
    "publish_form",
    "publish_reference",
    "read_changes",
    "read_definitions",
    "reading",
    "revoke_by_token_hash",
    "revoke_device",
    "set_regions",
    "writing",
]
