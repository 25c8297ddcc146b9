"""The server's storage (SQLAlchemy Core, Alembic): devices, records, conflicts, batches,
review threads, record history and the audit log.

One module per noun (``devices``, ``push``, ``pull``, ``definitions``, ``reviews``,
``conflicts``, ``history``, ``audit``), the table descriptions in ``schema``, engine and
transactions in ``engine``, the shared change counter in ``sequence``; the desk's functions
raise ``Refused`` (``refused``) for what the server turns down. Region scoping happens here,
from the ``Device``. The server's routes and admin commands import from this package only.
"""

from focalpoint.server.storage.audit import ACTIONS, AuditRow, read_audit
from focalpoint.server.storage.conflicts import resolve_conflict
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
    get_device,
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
from focalpoint.server.storage.history import read_history
from focalpoint.server.storage.pull import LaptopReport, read_changes
from focalpoint.server.storage.push import apply_push
from focalpoint.server.storage.refused import Refused
from focalpoint.server.storage.reviews import add_review
from focalpoint.server.storage.schema import metadata

__all__ = [
    "ACTIONS",
    "ALL_REGIONS",
    "ROLES",
    "AuditRow",
    "Device",
    "DeviceInfo",
    "LaptopReport",
    "Published",
    "Refused",
    "add_device",
    "add_review",
    "apply_push",
    "database_url",
    "find_device_by_token",
    "get_definition",
    "get_device",
    "get_epoch",
    "highest_definitions_seq",
    "list_devices",
    "list_published",
    "make_engine",
    "metadata",
    "migrate",
    "publish_form",
    "publish_reference",
    "read_audit",
    "read_changes",
    "read_definitions",
    "read_history",
    "reading",
    "resolve_conflict",
    "revoke_by_token_hash",
    "revoke_device",
    "set_regions",
    "writing",
]
