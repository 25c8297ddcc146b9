"""Sync protocol v1: the wire format shared by the laptop's client and the secretariat server.

Push then pull (DESIGN §5). Every answer carries ``PROTOCOL_HEADER``; a 200 without it (a
captive portal's page) is a failure. Bodies are JSON, gzip-compressed both ways.

* ``POST /api/v1/push``  ``PushRequest`` → ``PushResponse``: one transaction per batch; a replayed
  ``batch_id`` returns the stored answer; each record is acked, put in conflict, or rejected.
* ``GET /api/v1/pull?since=SEQ&limit=N[&include_own=true]`` → ``PullResponse``: changes after
  the cursor, by the server's sequence number, scoped to the token's regions, tombstones and
  conflicts included. Records this device wrote last are not echoed back unless
  ``include_own=true`` (a laptop rebuilding its database from the server).
* ``GET /api/v1/ping`` → the device's name and regions (enrolment check).
* ``GET /api/v1/definitions?since=N`` → ``DefinitionsResponse``: the form versions and
  reference lists published after the definitions cursor. Every pull answer carries the
  highest one (``definitions_seq``), so a laptop asks only when something new was published.

Conflict rule (written once, applied by the server): a record pushed with a ``base_version``
that is older than the server's current version loses; the server keeps its copy and stores the
incoming one in its conflicts table. A deletion always wins (the tombstone sticks); the copy it
replaced, or the edit that came after it, is kept as the conflict. A ``base_version`` NEWER than
the server's means the server was restored from a backup and lost that change: the incoming
copy is taken — clients re-push everything after an epoch change for exactly this (an id the
restored server does not know is simply inserted). A ``deleted_after_edit`` conflict means the
incoming deletion WAS applied (its ``version`` is the tombstone's); the replaced copy is kept.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from focalpoint.domain.review import MAX_COMMENT_LENGTH

PROTOCOL_VERSION = "1"
PROTOCOL_HEADER = "X-Focalpoint-Protocol"
EPOCH_HEADER = "X-Focalpoint-Epoch"
PUSH_PATH = "/api/v1/push"
PULL_PATH = "/api/v1/pull"
DEFINITIONS_PATH = "/api/v1/definitions"
REVOCATIONS_PATH = "/api/v1/revocations"
REVIEWS_PATH = "/api/v1/reviews"
CONFLICT_RESOLVE_PATH = "/api/v1/conflicts/{conflict_id}/resolve"
HISTORY_PATH = "/api/v1/records/{record_id}/history"
DEVICES_PATH = "/api/v1/devices"
DEVICE_REVOKE_PATH = "/api/v1/devices/{name}/revoke"
DEVICE_REGIONS_PATH = "/api/v1/devices/{name}/regions"
AUDIT_PATH = "/api/v1/audit"
APP_VERSION_HEADER = "X-Focalpoint-App-Version"  # sent by laptops: shown on the Appareils page
WAITING_HEADER = "X-Focalpoint-Waiting"  # records waiting to be sent, as the laptop counts them
MAX_BATCH_RECORDS = 500
MAX_BATCH_BYTES = 256 * 1024  # before gzip; the client cuts batches at this size
MAX_BODY_BYTES = 2 * 1024 * 1024  # what the server accepts, compressed or not
MAX_PULL_LIMIT = 1000
MAX_LIST_ITEMS = 500  # the longest list in a record's data (a repeat's rows: participants)

RecordId = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
    ),
]
Code = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]


def _json_integer(value: Any) -> Any:
    """Refuse what pydantic's lax mode would read as an integer but JSON does not call one: a
    boolean (``true`` → 1) or a string (``"2"``); ``2`` and ``2.0`` go on to ``int``."""
    if isinstance(value, bool | str):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


Version = Annotated[int, Field(ge=1), BeforeValidator(_json_integer)]  # a form's, a record's


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WireRecord(_Strict):
    """A record as the laptop pushes it. ``base_version`` is the server version the edit is
    based on (None for a new record); ``region`` is checked against the token, never trusted.
    ``deleted`` must be a JSON boolean (``0`` is refused, not read as false), the versions
    JSON integers (``true`` and ``"2"`` are refused, not read as numbers). No list in
    ``data`` has more than ``MAX_LIST_ITEMS`` items (a laptop keeps such a record unsent; the
    server refuses a batch holding one with 422)."""

    id: RecordId
    form_id: Code
    form_version: Version
    region: Code
    status: Literal["draft", "final"]
    data: dict[str, Any]
    deleted: StrictBool = False
    base_version: Version | None = None
    author: str = Field(default="", max_length=200)
    created_at: str = Field(default="", max_length=40)
    updated_at: str = Field(default="", max_length=40)

    @field_validator("data")
    @classmethod
    def _lists_are_short(cls, data: dict[str, Any]) -> dict[str, Any]:
        # Only containers are stacked, and parsed JSON's are exactly dict and list (a tuple
        # may come from Python callers): this walk runs over every value of every pushed record.
        pending: list[Any] = [data.values()]
        while pending:
            for value in pending.pop():
                kind = type(value)
                if kind is dict:
                    pending.append(value.values())
                elif kind is list or kind is tuple:
                    if len(value) > MAX_LIST_ITEMS:
                        raise PydanticCustomError(
                            "too_long",
                            "a list in data has more than {max_items} items",
                            {"max_items": MAX_LIST_ITEMS},
                        )
                    pending.append(value)
        return data


class PushRequest(_Strict):
    """One batch: at most ``MAX_BATCH_RECORDS`` records; the same ``batch_id`` on a retry."""

    batch_id: Annotated[
        str, StringConstraints(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    ]
    records: list[WireRecord] = Field(max_length=MAX_BATCH_RECORDS)


class Ack(_Strict):
    """A record the server committed: its new ``version`` and the ``seq`` of that change."""

    id: str
    version: int
    seq: int


class ConflictNote(_Strict):
    """A record that lost under the conflict rule; ``version`` is the server's current one."""

    id: str
    version: int
    seq: int
    code: Literal["stale_base_version", "edited_after_delete", "deleted_after_edit"]


class Rejection(_Strict):
    """A record the server refused (nothing written for it); ``code`` says why."""

    id: str
    code: Code
    message: str = ""


def expected_version(base_version: int | None) -> int:
    """The version a record gets when the server takes it as sent: ``base_version + 1``, 1 for
    a new record. Such acks are only counted in ``PushResponse.acked``, not listed."""
    return (base_version or 0) + 1


class PushResponse(_Strict):
    """The answer to one batch (stored and returned again for a replayed ``batch_id``).

    Every record of the batch not listed in ``acks``, ``conflicts`` or ``rejected`` was taken
    at its ``expected_version``; ``acked`` counts them, so the laptop can check the answer
    matches the batch it sent. Listing them would repeat every id: 13 % of a first push's bytes.
    """

    batch_id: str
    acked: int = 0
    acks: list[Ack] = []
    conflicts: list[ConflictNote] = []
    rejected: list[Rejection] = []
    server_epoch: str


class ServerRecord(_Strict):
    """A record as the server sends it down (tombstones included: ``deleted``)."""

    id: str
    form_id: str
    form_version: int
    region: str
    status: str
    data: dict[str, Any]
    deleted: bool
    version: int
    seq: int
    author: str = ""
    updated_at: str = ""


class ServerConflict(_Strict):
    """A losing copy kept by the server, sent down so the Conflits page can show it. It is sent
    again (with a new ``seq``) once resolved: ``resolved`` true, by whom and when."""

    conflict_id: int
    record_id: str
    code: str
    data: dict[str, Any]
    deleted: bool
    seq: int
    created_at: str
    resolved: bool = False
    resolved_by: str = ""
    resolved_at: str = ""


ReviewStatus = Literal["recu", "en_verification", "verifie", "rejete", "besoin_informations"]


class WireReview(_Strict):
    """``POST /api/v1/reviews``: one entry of a record's review thread, made on a laptop.

    ``id`` is a UUID4 made on the laptop: sending it again returns the stored entry (a retry
    never doubles a comment). Only a secretariat token may set ``status`` (403
    ``secretariat_only``); any token may comment on a record it may see (404
    ``record_not_found`` otherwise). At least one of ``status`` and ``comment``."""

    id: RecordId
    record_id: RecordId
    status: ReviewStatus | None = None
    comment: str = Field(default="", max_length=MAX_COMMENT_LENGTH)
    created_at: str = Field(default="", max_length=40)  # the laptop's clock: informative only

    @field_validator("comment")
    @classmethod
    def _no_nul(cls, comment: str) -> str:
        if "\x00" in comment:
            raise PydanticCustomError("text_invalid", "the comment holds a NUL character")
        return comment

    @model_validator(mode="after")
    def _says_something(self) -> WireReview:
        if self.status is None and not self.comment.strip():
            raise PydanticCustomError("review_empty", "a review sets a status or comments")
        return self


class ServerReview(_Strict):
    """A review entry as the server keeps it: ``author`` and ``role`` come from the token that
    sent it (never from the laptop), ``created_at`` is the server's time; sent down by pulls
    (in the record's region) and in a record's history."""

    id: str
    record_id: str
    status: str | None = None
    comment: str = ""
    author: str
    role: str
    created_at: str
    seq: int


class ResolveRequest(_Strict):
    """``POST /api/v1/conflicts/{conflict_id}/resolve``: the conflict is settled (the chosen
    data was pushed as an ordinary edit first). 409 ``conflict_already_resolved`` the second
    time; 404 ``conflict_not_found`` for a conflict the token may not see."""

    note: str = Field(default="", max_length=MAX_COMMENT_LENGTH)


class HistoryEntry(_Strict):
    """One version of a record as it was written (``kind`` ``write``), or a losing copy kept
    by the conflict rule (``kind`` ``conflict``, with its ``code``). ``device`` is the name of
    the laptop whose token wrote it; ``author`` what that laptop said."""

    kind: Literal["write", "conflict"]
    version: int
    seq: int
    changed_at: str
    device: str
    author: str = ""
    status: str
    deleted: bool
    form_version: int
    data: dict[str, Any]
    code: str = ""


class RecordHistory(_Strict):
    """``GET /api/v1/records/{record_id}/history``: every version, oldest first, and the review
    thread. Reading it is logged in the audit log."""

    record_id: str
    versions: list[HistoryEntry] = []
    reviews: list[ServerReview] = []


class DeviceSummary(_Strict):
    """A laptop as the Appareils page lists it (never its token or token hash)."""

    name: str
    role: str
    regions: list[str]
    created_at: str
    revoked_at: str | None = None
    last_seen_at: str | None = None
    last_sync_at: str | None = None
    waiting: int | None = None
    app_version: str = ""


class DeviceList(_Strict):
    """``GET /api/v1/devices`` (secretariat only)."""

    devices: list[DeviceSummary] = []


class DeviceEnrolment(_Strict):
    """``POST /api/v1/devices`` (secretariat only): enrol a laptop."""

    name: str = Field(min_length=1, max_length=200)
    role: Literal["focal_point", "secretariat"] = "focal_point"
    regions: list[Code] = Field(default=[], max_length=100)


class EnrolledDevice(_Strict):
    """The answer to an enrolment: the token, shown this once (only its hash is kept)."""

    device: DeviceSummary
    token: str


class RegionsRequest(_Strict):
    """``PUT /api/v1/devices/{name}/regions`` (secretariat only)."""

    regions: list[Code] = Field(min_length=1, max_length=100)


class PublishRequest(_Strict):
    """``POST /api/v1/definitions`` (secretariat only): publish a form version (409
    ``form_version_not_newer`` if not above the published one, 422 for a form the schema
    refuses)."""

    form: dict[str, Any]


class AuditEntry(_Strict):
    """One line of the audit log: who (device name) did or read what, when."""

    id: int
    at: str
    device: str
    action: str
    record_id: str | None = None
    detail: str = ""


class AuditPage(_Strict):
    """``GET /api/v1/audit?since=ID&limit=N`` (secretariat only), oldest first."""

    entries: list[AuditEntry] = []
    next_since: int
    more: bool


class Digest(_Strict):
    """A summary of the records in the device's scope with ``seq <= next_since``: how many,
    how many are tombstones, and the sum of their versions. A laptop that has applied every
    page finds the same figures in its own copy; a difference means its copy drifted (restored
    from an old backup, damaged) and triggers a download-only repair (DESIGN §5 cases 18, 26).
    """

    count: int
    deleted: int
    versions: int


class PullResponse(_Strict):
    """One page of changes after ``since``; ``next_since`` is the cursor to store with it.

    ``regions`` is the token's scope now (``["*"]``: every region): a laptop whose scope
    changed drops what it may no longer see and pulls the new scope from the start. The last
    page (``more`` false) carries the ``digest`` of the scope up to ``next_since``.
    """

    records: list[ServerRecord] = []
    conflicts: list[ServerConflict] = []
    next_since: int
    more: bool
    server_epoch: str
    regions: list[str] = []
    digest: Digest | None = None
    definitions_seq: int = 0  # the highest published definition: fetch /definitions if newer
    reviews: list[ServerReview] = []  # review entries after the cursor, in the scope


class ErrorBody(_Strict):
    """Every 4xx answer: a stable code, an English message, details."""

    code: Code
    message: str = ""
    details: dict[str, Any] = {}


class ServerDefinition(_Strict):
    """A published definition: a form version (``key`` is the form id) or a reference list
    (``key`` is its name, e.g. ``locations``); ``body`` is the form or list itself."""

    kind: Literal["form", "reference"]
    key: Code
    version: int = Field(ge=1)
    body: dict[str, Any]
    seq: int
    published_at: str = ""


class DefinitionsResponse(_Strict):
    """``GET /api/v1/definitions?since=N``: every definition with seq > N, by seq, and the
    cursor to store with them (``next_since``). Definitions are few: there is no paging."""

    definitions: list[ServerDefinition] = []
    next_since: int
    server_epoch: str
