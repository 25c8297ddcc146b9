"""The secretariat's desk: review threads, history, conflict resolution, laptops, forms and the
Bamako dashboard. Plain arguments, no Qt; the app's pages and the command line call these.

Every function takes an open ``services.Workspace`` first. Local rules raise ``UsageError``
with a ``detail_code`` that ``domain.messages`` turns into French; calls that need the server
(history, devices, publishing) raise ``SyncError`` (``forbidden`` for a 403 that is not a
revoked token, ``not_enrolled`` before enrolment). Review entries and conflict resolutions are
written here at once and sent by the next sync (``sync.engine``).

The laptop knows it is the secretariat's when the server gave its token the scope ``["*"]``
(stored at enrolment from the ping's answer, then by every pull).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from focalpoint import services
from focalpoint.domain import aggregation, review
from focalpoint.domain.aggregation import IncidentFigures, Period
from focalpoint.domain.errors import NotFound, SyncError, UsageError
from focalpoint.domain.review import MAX_COMMENT_LENGTH
from focalpoint.store import conflicts as conflict_store
from focalpoint.store import records, sync_state
from focalpoint.store import reviews as review_store
from focalpoint.store.db import translate_errors
from focalpoint.store.records import Record, record_from_row

if TYPE_CHECKING:  # imported where used: requests and the wire models cost 0.15 s at start-up
    from focalpoint.sync.client import SyncClient
    from focalpoint.sync.protocol import DeviceSummary

logger = logging.getLogger(__name__)

SECRETARIAT = "secretariat"
FOCAL_POINT = "focal_point"
ROLES: tuple[str, ...] = (FOCAL_POINT, SECRETARIAT)
STALE_DAYS = 7  # a laptop not synced for longer shows on the dashboard
# The server's refusals of a request's content (4xx codes), said to the person as a
# ``UsageError`` with that code's sentence from ``domain.messages``.
REFUSAL_CODES = frozenset(
    {
        "record_not_found",
        "conflict_not_found",
        "conflict_already_resolved",
        "device_not_found",
        "device_exists",
        "device_name_invalid",
        "device_role_invalid",
        "device_needs_region",
        "device_sees_all",
        "region_code_invalid",
        "form_version_not_newer",
        "form_version_too_large",
        "secretariat_only",
    }
)


# ----------------------------------------------------------------------------- role


def role(ws: services.Workspace) -> str:
    """``"secretariat"`` (the server gave this laptop's token the scope ``["*"]``),
    ``"focal_point"`` (any other enrolled laptop: the least it may be) or ``""`` (not
    enrolled)."""
    if not (
        sync_state.get_value(ws.db, sync_state.SERVER_URL)
        and sync_state.get_value(ws.db, sync_state.TOKEN)
    ):
        return ""
    return SECRETARIAT if sync_state.is_secretariat(ws.db) else FOCAL_POINT


def is_secretariat(ws: services.Workspace) -> bool:
    """Whether this laptop's token sees every region (the secretariat's)."""
    return role(ws) == SECRETARIAT


# ----------------------------------------------------------------------------- reviews


@dataclass(frozen=True)
class ReviewEntry:
    """One entry of a record's review thread: a status set, a comment, or both.

    ``pending``: written here and not yet sent; ``error``: the code the server refused it with
    (kept, shown, never resent)."""

    id: str
    record_id: str
    status: str | None
    comment: str
    author: str
    role: str
    created_at: str
    pending: bool
    error: str


def review_thread(ws: services.Workspace, record_id: str) -> list[ReviewEntry]:
    """The thread of ``record_id``: the server's entries oldest first, then those waiting here."""
    return [_entry(stored) for stored in review_store.thread(ws.db, record_id)]


def add_review(
    ws: services.Workspace, record_id: str, *, status: str | None = None, comment: str = ""
) -> ReviewEntry:
    """Write an entry of ``record_id``'s thread; it is sent at the next sync and the record's
    ``review_status`` changes at once.

    Raises ``UsageError`` ``review_forbidden`` (a focal point sets a status),
    ``review_status_unknown``, ``review_empty`` (no status and no comment),
    ``comment_too_long``; ``NotFound`` for an unknown record."""
    records.get_record(ws.db, record_id)  # NotFound for an unknown or deleted record
    status = status or None
    if status is not None:
        if not review.is_review_status(status):
            raise UsageError(
                f"unknown review status {status}",
                detail_code="review_status_unknown",
                status=status,
            )
        if not is_secretariat(ws):
            raise UsageError(
                "a focal point cannot set a review status", detail_code="review_forbidden"
            )
    comment = (comment or "").replace("\x00", "")
    if status is None and not comment.strip():
        raise UsageError("a review sets a status or comments", detail_code="review_empty")
    if len(comment) > MAX_COMMENT_LENGTH:
        raise UsageError(
            "comment too long",
            detail_code="comment_too_long",
            max=MAX_COMMENT_LENGTH,
            length=len(comment),
        )
    stored = review_store.add_local(
        ws.db,
        {
            "id": str(uuid.uuid4()),
            "record_id": record_id,
            "status": status,
            "comment": comment,
            "author": services.current_author(ws),
            "role": role(ws) or FOCAL_POINT,
            "created_at": services.now_utc(),
        },
    )
    logger.info("review entry %s written on record %s", stored.id, record_id)
    return _entry(stored)


def awaiting_review(ws: services.Workspace) -> list[Record]:
    """Final incidents whose review status is neither ``verifie`` nor ``rejete``, oldest
    record date first (what the secretariat still has to check)."""
    rows = ws.db.query(
        "select * from records where form_id = ? and status = 'final' and deleted = 0 "
        "and review_status not in (select value from json_each(?)) order by record_date, id",
        [aggregation.INCIDENT_FORM, json.dumps(list(review.SETTLED_STATUSES))],
    )
    return [record_from_row(row) for row in rows]


# ----------------------------------------------------------------------------- history


@dataclass(frozen=True)
class HistoryView:
    """One version of a record as the server keeps it, with what changed since the previous
    write (``changes``: all fields for the first version); ``kind`` ``conflict`` for a losing
    copy (its ``code`` says why)."""

    version: int
    kind: str
    code: str
    changed_at: str
    device: str
    author: str
    status: str
    deleted: bool
    changes: list[review.FieldChange]


def record_history(
    ws: services.Workspace, record_id: str
) -> tuple[list[HistoryView], list[ReviewEntry]]:
    """Every version of ``record_id`` and its review thread, from the server (online; the read
    is logged in the server's audit log). Raises ``SyncError``."""
    with _server(ws, record_id=record_id) as client:
        history = client.history(record_id)
    views: list[HistoryView] = []
    previous: Mapping[str, Any] = {}
    for entry in sorted(history.versions, key=lambda v: (v.seq, v.version)):
        views.append(
            HistoryView(
                version=entry.version,
                kind=entry.kind,
                code=entry.code,
                changed_at=entry.changed_at,
                device=entry.device,
                author=entry.author,
                status=entry.status,
                deleted=entry.deleted,
                changes=review.diff_data(previous, entry.data),
            )
        )
        if entry.kind == "write":
            previous = entry.data
    thread = [
        ReviewEntry(
            id=r.id,
            record_id=r.record_id,
            status=r.status,
            comment=r.comment,
            author=r.author,
            role=r.role,
            created_at=r.created_at,
            pending=False,
            error="",
        )
        for r in sorted(history.reviews, key=lambda r: r.seq)
    ]
    known = {entry.id for entry in thread}
    thread += [e for e in review_thread(ws, record_id) if e.pending and e.id not in known]
    return views, thread


# ----------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class FieldChoice:
    """One field of a conflict, side by side: the record as it is here (``current``) and the
    losing copy (``other``); ``label`` from the record's form."""

    field: str
    label: str
    current: Any
    other: Any
    differs: bool


def conflict_fields(
    ws: services.Workspace, conflict_id: int, *, lang: str = "fr"
) -> list[FieldChoice]:
    """The fields of an unresolved conflict, in the form's order (then any other field).
    Raises ``NotFound`` for an unknown conflict, ``UsageError`` ``conflict_already_resolved``."""
    conflict, record = _open_conflict(ws, conflict_id)
    form = services.form_of(ws, record)
    current, other = record.data, conflict.data
    order = [f.id for f in form.fields]
    order += [k for k in (*current, *other) if k not in order]
    choices = []
    for key in dict.fromkeys(order):
        if key not in current and key not in other:
            continue
        field = form.field(key)
        label = _label(field.label, lang) if field is not None else key
        now, then = current.get(key), other.get(key)
        choices.append(FieldChoice(key, label or key, now, then, now != then))
    return choices


def resolve_conflict(
    ws: services.Workspace,
    conflict_id: int,
    choices: Mapping[str, str],
    edits: Mapping[str, Any] | None = None,
) -> services.SaveResult:
    """Resolve a conflict: each field from the current copy unless ``choices`` says
    ``"other"``, then ``edits``; saved as an ordinary edit of the record (validated like
    ``save_record``, final if the record is) and the conflict marked resolved here, told to
    the server at the next sync. Raises ``UsageError`` ``conflict_already_resolved`` /
    ``conflict_choice_invalid``, ``NotFound``, ``ValidationFailed``."""
    conflict, record = _open_conflict(ws, conflict_id)
    for key, choice in choices.items():
        if choice not in (review.CHOOSE_CURRENT, review.CHOOSE_OTHER):
            raise UsageError(
                f"bad choice {choice!r}",
                detail_code="conflict_choice_invalid",
                field=key,
                choice=choice,
            )
    merged = review.merge_choice(record.data, conflict.data, choices, edits)
    with translate_errors(ws.db), ws.db.atomic():
        result = services.save_record(
            ws, record.form_id, merged, record_id=record.id, final=record.status == "final"
        )
        conflict_store.mark_resolved(
            ws.db, conflict.conflict_id, by=services.current_author(ws), at=services.now_utc()
        )
    logger.info("conflict %s resolved on record %s", conflict.conflict_id, record.id)
    return result


# ----------------------------------------------------------------------------- devices


@dataclass(frozen=True)
class DeviceRow:
    """A laptop as the Appareils page lists it."""

    name: str
    role: str
    regions: list[str]
    created_at: str
    revoked_at: str | None
    last_seen_at: str | None
    last_sync_at: str | None
    waiting: int | None
    app_version: str


def list_devices(ws: services.Workspace) -> list[DeviceRow]:
    """Every laptop the server knows (online, secretariat); the list is cached here for the
    dashboard. Raises ``SyncError``."""
    with _server(ws) as client:
        listing = client.list_devices()
    fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
    sync_state.store_devices(ws.db, [d.model_dump() for d in listing.devices], fetched_at)
    return [_device(d) for d in listing.devices]


def cached_devices(ws: services.Workspace) -> tuple[list[DeviceRow], str]:
    """The last device list fetched and when (``""`` never fetched)."""
    from focalpoint.sync.protocol import DeviceSummary

    raw, fetched_at = sync_state.cached_devices(ws.db)
    rows = []
    for item in raw:
        try:
            rows.append(_device(DeviceSummary.model_validate(item)))
        except ValueError:  # pydantic's ValidationError: a list kept by another version
            logger.warning("cached device entry unreadable: skipped")
    return rows, fetched_at


@dataclass(frozen=True)
class Enrolment:
    """A laptop just enrolled: its token (shown this once) and the QR code giving the server
    address and token to the new laptop (PNG bytes)."""

    device: DeviceRow
    token: str
    server_url: str
    qr_png: bytes


def enrol_device(ws: services.Workspace, name: str, role: str, regions: list[str]) -> Enrolment:
    """Enrol a laptop on the server (online, secretariat). Raises ``SyncError`` (``protocol``
    with ``code_detail`` ``device_exists`` for a taken name), ``UsageError``
    ``device_role_invalid`` / ``device_regions_missing`` / ``region_code_invalid``."""
    import io

    import segno

    if role not in ROLES:
        raise UsageError(f"unknown role {role}", detail_code="device_role_invalid", role=role)
    codes = [] if role == SECRETARIAT else region_codes(ws, regions)
    if role == FOCAL_POINT and not codes:
        raise UsageError("a focal point needs a region", detail_code="device_needs_region")
    from focalpoint.sync.protocol import DeviceEnrolment

    enrolment = DeviceEnrolment(name=name.strip(), role=role, regions=codes)  # type: ignore[arg-type]
    with _server(ws, name=enrolment.name, role=role) as client:
        enrolled = client.enrol_device(enrolment)
        server_url = client.base_url
    buffer = io.BytesIO()
    segno.make(qr_text(server_url, enrolled.token), error="m").save(buffer, kind="png", scale=8)
    logger.info("device %s enrolled (%s)", enrolled.device.name, role)
    return Enrolment(_device(enrolled.device), enrolled.token, server_url, buffer.getvalue())


def revoke_device(ws: services.Workspace, name: str) -> DeviceRow:
    """Revoke a laptop's token (online, secretariat). Raises ``SyncError``."""
    with _server(ws, name=name) as client:
        device = client.revoke_device(name)
    logger.info("device %s revoked", name)
    return _device(device)


def reassign_device(ws: services.Workspace, name: str, regions: list[str]) -> DeviceRow:
    """Give a laptop new regions (online, secretariat): at its next sync it receives the new
    scope in full and drops the old one. Raises ``SyncError``, ``UsageError``."""
    codes = region_codes(ws, regions)
    if not codes:
        raise UsageError("a focal point needs a region", detail_code="device_needs_region")
    with _server(ws, name=name) as client:
        device = client.reassign_device(name, codes)
    logger.info("device %s reassigned to %s", name, codes)
    return _device(device)


# ----------------------------------------------------------------------------- forms


def publish_form(ws: services.Workspace, path: Path) -> tuple[int, str, list[Any]]:
    """Publish a form version read from ``path`` (a JSON form or an XLSForm ``.xlsx``) on the
    server (online, secretariat); laptops receive it at their next sync. Returns (version,
    form id, the XLSForm conversion notes). Raises ``ImportFileError``, ``SyncError``
    (``protocol`` / ``form_version_not_newer``)."""
    from focalpoint.server.publish import read_form_file  # stdlib + xlsform: no server extras
    from focalpoint.store.forms import check_definition

    definition, notes = read_form_file(Path(path))
    form = check_definition(definition, source=str(path))  # ImportFileError, said here
    with _server(ws) as client:
        try:
            published = client.publish_form(dict(definition))
        except SyncError as exc:
            if exc.params.get("code_detail") == "form_version_not_newer":
                raise UsageError(
                    str(exc),
                    detail_code="form_version_not_newer_remote",
                    form=form.id,
                    version=form.version,
                ) from exc
            raise
    logger.info("form %s version %d published", published.key, published.version)
    return published.version, published.key, notes


# ----------------------------------------------------------------------------- dashboard


@dataclass(frozen=True)
class DeskDashboard:
    """What the Bamako dashboard shows: every region's verified figures for the week and the
    month (from ``domain.aggregation``), the incidents awaiting review, and the laptops that
    have not synced for more than ``STALE_DAYS`` days (from the cached device list)."""

    week: Period
    month: Period
    regions: list[tuple[str, IncidentFigures, IncidentFigures]]
    awaiting: list[Record]
    stale_devices: list[DeviceRow]
    devices_fetched_at: str


def desk_dashboard(ws: services.Workspace, *, today: date | None = None) -> DeskDashboard:
    """The dashboard of the week and month holding ``today`` (default: the latest data day)."""
    day = today or services.latest_data_day(ws) or date.today()
    week, month = aggregation.week_period(day), aggregation.month_period(day)
    incidents = list(services.list_records(ws, form_id=aggregation.INCIDENT_FORM))
    figures = [
        dict(
            aggregation.incident_report(
                incidents, period, trend_length=1, include_unverified=False
            ).by_region
        )
        for period in (week, month)
    ]
    codes = [r.code for r in ws.locations.regions]
    codes += sorted({code for f in figures for code in f if code not in codes})
    empty = IncidentFigures()
    devices, fetched_at = cached_devices(ws)
    return DeskDashboard(
        week=week,
        month=month,
        regions=[
            (code, figures[0].get(code, empty), figures[1].get(code, empty)) for code in codes
        ],
        awaiting=awaiting_review(ws),
        stale_devices=stale_devices(devices, today=today or date.today()),
        devices_fetched_at=fetched_at,
    )


def stale_devices(devices: list[DeviceRow], *, today: date) -> list[DeviceRow]:
    """The laptops still enrolled whose last sync (or enrolment, if they never synced) is more
    than ``STALE_DAYS`` days before ``today``, longest silent first."""
    stale: list[tuple[str, DeviceRow]] = []
    for device in devices:
        if device.revoked_at:
            continue
        since = device.last_sync_at or device.created_at
        day = _day(since)
        if day is not None and (today - day).days > STALE_DAYS:
            stale.append((since, device))
    return [device for _since, device in sorted(stale, key=lambda item: item[0])]


# ----------------------------------------------------------------------------- helpers


def region_codes(ws: services.Workspace, names: list[str]) -> list[str]:
    """Region names or codes as typed ("Gao", "Tombouctou") → codes, without repeats.
    Raises ``UsageError`` ``region_code_invalid``."""
    codes: list[str] = []
    for name in names:
        code = services.report_region(ws, name)
        if code is not None and code not in codes:
            codes.append(code)
    return codes


def qr_text(server_url: str, token: str) -> str:
    """What the enrolment QR code holds: the server address with the token in its fragment
    (as ``focalpoint server add-device --url`` prints it)."""
    return f"{server_url.rstrip('/')}#token={token}"


@contextmanager
def _server(ws: services.Workspace, **context: Any) -> Iterator[SyncClient]:
    """A client on this laptop's server with its token; the server's refusals of the request's
    content become ``UsageError`` with their code (``REFUSAL_CODES``) and the parameters of its
    sentence (the server's ``details`` over ``context``)."""
    url = sync_state.get_value(ws.db, sync_state.SERVER_URL)
    token = sync_state.get_value(ws.db, sync_state.TOKEN)
    if not url or not token:
        raise SyncError("not_enrolled")
    bundle = sync_state.get_value(ws.db, services.CA_BUNDLE) or None
    from focalpoint.sync.client import SyncClient

    client = SyncClient(url, token, retries=1, ca_bundle=bundle)
    try:
        yield client
    except SyncError as exc:
        code = exc.params.get("code_detail")
        if exc.kind == "protocol" and code in REFUSAL_CODES:
            details = exc.params.get("details") or {}
            params = {**context, **{k: v for k, v in details.items() if isinstance(k, str)}}
            params.pop("detail_code", None)
            raise UsageError(str(exc), **params, detail_code=code) from exc
        raise
    finally:
        client.close()


def _open_conflict(
    ws: services.Workspace, conflict_id: int
) -> tuple[conflict_store.StoredConflict, Record]:
    conflict = conflict_store.get(ws.db, conflict_id)
    if conflict is None:
        raise NotFound(f"conflict {conflict_id}", detail=str(conflict_id))
    if conflict.resolved:
        raise UsageError(
            f"conflict {conflict_id} already resolved",
            detail_code="conflict_already_resolved",
            resolved_by=conflict.resolved_by,
            resolved_at=conflict.resolved_at,
        )
    return conflict, records.get_record(ws.db, conflict.record_id)


def _entry(stored: review_store.StoredReview) -> ReviewEntry:
    return ReviewEntry(
        id=stored.id,
        record_id=stored.record_id,
        status=stored.status,
        comment=stored.comment,
        author=stored.author,
        role=stored.role,
        created_at=stored.created_at,
        pending=not stored.sent,
        error=stored.error,
    )


def _device(summary: DeviceSummary) -> DeviceRow:
    return DeviceRow(
        name=summary.name,
        role=summary.role,
        regions=list(summary.regions),
        created_at=summary.created_at,
        revoked_at=summary.revoked_at,
        last_seen_at=summary.last_seen_at,
        last_sync_at=summary.last_sync_at,
        waiting=summary.waiting,
        app_version=summary.app_version,
    )


def _label(label: Mapping[str, str], lang: str) -> str:
    return label.get(lang) or label.get("fr") or next(iter(label.values()), "")


def _day(text: str | None) -> date | None:
    """The date of an ISO timestamp or day; None when unreadable."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
