"""Use cases shared by the desktop app and the command line: save, delete, list, import,
export, attach, demo. Plain arguments, no Qt; each write returns what changed (``Changes``).

A ``Workspace`` is one open data folder: its database, its attachment store and the forms known
on this laptop (the shipped ones, plus any newer version stored in the database).
"""

from __future__ import annotations

import getpass
import logging
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from focalpoint.domain.errors import Cancelled, NotFound, UsageError, ValidationFailed
from focalpoint.domain.forms import Form
from focalpoint.domain.locations import Locations, default_locations
from focalpoint.domain.problems import Problem
from focalpoint.domain.validation import compute, prepare, record_region, validate
from focalpoint.importers import ImportRow, read_rows
from focalpoint.store import autosaves, blobs, records
from focalpoint.store import forms as form_store
from focalpoint.store.datadir import DataDir
from focalpoint.store.db import open_database, translate_errors
from focalpoint.store.records import Record, RecordSummary, RecordWrite

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Changes:
    """What a write changed, so screens refresh only what moved."""

    records: frozenset[str] = frozenset()
    forms: bool = False
    attachments: frozenset[str] = frozenset()


@dataclass
class Workspace:
    """An open data folder: database, attachment store, forms, reference list."""

    data_dir: DataDir
    db: Database
    forms: dict[str, Form]
    locations: Locations = field(default_factory=default_locations)
    key: bytes | None = field(default=None, repr=False)  # the data key of an encrypted folder

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()


def open_workspace(
    data_dir: DataDir,
    *,
    key: bytes | None = None,
    forms_dir: Path | None = None,
    check: bool = True,
) -> Workspace:
    """Open (creating if needed) the data folder and register the shipped forms' versions.

    ``key`` is the data key of an encrypted folder (``unlock`` or ``create_encrypted`` give
    it); a folder with a key file and no key raises ``PassphraseRequired``. Raises the storage
    errors of ``store.db.open_database``; ``check=False`` skips its ``quick_check`` (for a
    folder just checked).
    """
    from focalpoint.domain.errors import PassphraseRequired
    from focalpoint.store import keys

    if key is None and keys.is_encrypted(data_dir.root):
        raise PassphraseRequired("this data folder is encrypted")
    db = open_database(data_dir.database, key=key, check=check)
    try:
        shipped = form_store.load_shipped_forms(forms_dir)
        for form in shipped.values():
            form_store.ensure_form_version(db, form)
        current = _newest_forms(db, shipped)
        locations = _current_locations(db)
        blobs.import_legacy_files(db, data_dir.attachments)
    except BaseException:
        db.close()
        raise
    return Workspace(data_dir=data_dir, db=db, forms=current, locations=locations, key=key)


def _newest_forms(db: Database, known: Mapping[str, Form]) -> dict[str, Form]:
    """``known`` (the shipped forms, or those in use) with every form replaced by a newer
    version stored in the database (received from the server), and stored forms added."""
    current = dict(known)
    for form_id, form in form_store.latest_stored_forms(db).items():
        if form_id not in current or form.version > current[form_id].version:
            current[form_id] = form
    return current


def _current_locations(db: Database) -> Locations:
    """The locations list received from the server, else the shipped ``mali.json``."""
    from focalpoint.domain.definitions import check_reference_list
    from focalpoint.domain.errors import ImportFileError
    from focalpoint.store import definitions as definition_store

    received = definition_store.load_reference(db)
    if received is None:
        return default_locations()
    try:
        return check_reference_list(received, source="reference_lists")
    except ImportFileError:
        logger.warning("stored locations list unreadable: using the shipped one")
        return default_locations()


def reload_definitions(ws: Workspace) -> Changes:
    """Take up the form versions and locations list stored since ``ws`` was opened (received
    by a sync): new records use the newest form versions; old records keep theirs."""
    ws.forms = _newest_forms(ws.db, ws.forms)
    ws.locations = _current_locations(ws.db)
    return Changes(forms=True)


def now_utc() -> str:
    """The current UTC time as stored in records (ISO 8601, milliseconds)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def get_form(ws: Workspace, form_id: str) -> Form:
    """The current version of ``form_id``. Raises ``UsageError`` naming the known forms."""
    form = ws.forms.get(form_id)
    if form is None:
        raise UsageError(
            f"unknown form {form_id}",
            detail_code="unknown_form",
            form=form_id,
            known=", ".join(sorted(ws.forms)),
        )
    return form


def form_of(ws: Workspace, record: Record) -> Form:
    """The form version ``record`` was made with (stored on this laptop)."""
    current = ws.forms.get(record.form_id)
    if current is not None and current.version == record.form_version:
        return current
    return form_store.get_form_version(ws.db, record.form_id, record.form_version)


def get_setting(ws: Workspace, key: str, default: str = "") -> str:
    """A local setting's value, or ``default``."""
    rows = list(ws.db.query("select value from settings where key = ?", [key]))
    return rows[0]["value"] if rows else default


def set_setting(ws: Workspace, key: str, value: str) -> None:
    """Store a local setting (one transaction)."""
    with translate_errors(ws.db), ws.db.atomic():
        ws.db["settings"].upsert({"key": key, "value": value}, pk="key")


def current_author(ws: Workspace) -> str:
    """Who writes records on this laptop: the ``author`` setting, else the system user name."""
    return get_setting(ws, "author") or getpass.getuser()


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True)
class SaveResult:
    """A saved record, the problems it still has (a draft may have some) and what changed."""

    record: Record
    problems: tuple[Problem, ...]
    changes: Changes


@dataclass(frozen=True)
class Checked:
    """A record's data after prepare + compute, with its problems and derived columns."""

    data: dict[str, Any]
    problems: tuple[Problem, ...]
    region: str
    title: str
    record_date: str


def check_record(ws: Workspace, form: Form, raw: Mapping[str, Any]) -> Checked:
    """Coerce, compute and validate ``raw`` against ``form`` without saving anything."""
    data = compute(form, prepare(form, raw, ws.locations))
    problems = tuple(validate(form, data, locations=ws.locations))
    day = data.get(form.date_field)
    record_date = day if isinstance(day, str) and _is_iso_date(day) else ""
    title = data.get(form.title_field)
    return Checked(
        data=data,
        problems=problems,
        region=record_region(form, data) or "",
        title=title if isinstance(title, str) else "",
        record_date=record_date,
    )


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def save_record(
    ws: Workspace,
    form_id: str,
    data: Mapping[str, Any],
    *,
    record_id: str | None = None,
    final: bool = False,
    is_new: bool = False,
) -> SaveResult:
    """Save a draft (whatever its problems: typing is never lost) or a final record.

    A new record gets a UUID4, never regenerated: made here, or given by an editor that opened
    it (``record_id`` with ``is_new``); an existing one keeps its id and its form version. The
    record's autosave is cleared in the same transaction. Raises ``ValidationFailed`` when
    ``final`` and the record has problems (nothing is written then), ``NotFound`` for an
    unknown or deleted ``record_id``.
    """
    existing = records.get_record(ws.db, record_id) if record_id and not is_new else None
    if is_new:
        record_id = str(uuid.UUID(record_id)) if record_id else str(uuid.uuid4())
    form = form_of(ws, existing) if existing else get_form(ws, form_id)
    checked = check_record(ws, form, data)
    if final and checked.problems:
        raise ValidationFailed(checked.problems)
    write = RecordWrite(
        id=existing.id if existing else (record_id or str(uuid.uuid4())),
        form_id=form.id,
        form_version=form.version,
        region=checked.region,
        status="final" if final else "draft",
        data=checked.data,
        author=existing.author if existing else current_author(ws),
        title=checked.title,
        record_date=checked.record_date,
    )
    with translate_errors(ws.db), ws.db.atomic():
        record = records.save_record(ws.db, write, now=now_utc())
        autosaves.delete_autosave(ws.db, record.id)
    logger.info("saved record %s (%s, %s)", record.id, record.form_id, record.status)
    return SaveResult(record, checked.problems, Changes(records=frozenset({record.id})))


def autosave(
    ws: Workspace, form_id: str, record_id: str, data: Mapping[str, Any], *, is_new: bool
) -> None:
    """Keep what is being typed in an editor (as typed, unchecked) until it is saved."""
    form = (
        form_of(ws, records.get_record(ws.db, record_id)) if not is_new else get_form(ws, form_id)
    )
    autosaves.put_autosave(
        ws.db,
        autosaves.Autosave(record_id, form.id, form.version, is_new, dict(data), now_utc()),
    )


def pending_autosaves(ws: Workspace) -> list[autosaves.Autosave]:
    """Edits that were being typed when the app stopped (crash, power cut), newest first."""
    return autosaves.list_autosaves(ws.db)


def discard_autosave(ws: Workspace, record_id: str) -> None:
    """Forget an edit the person chose not to keep."""
    autosaves.delete_autosave(ws.db, record_id)


def delete_record(ws: Workspace, record_id: str) -> Changes:
    """Delete a record (a tombstone that syncs). Raises ``NotFound``."""
    records.delete_record(ws.db, record_id, now=now_utc())
    logger.info("deleted record %s", record_id)
    return Changes(records=frozenset({record_id}))


def get_record(ws: Workspace, record_id: str) -> Record:
    """A live record by id. Raises ``NotFound``."""
    return records.get_record(ws.db, record_id)


def list_records(
    ws: Workspace, *, form_id: str | None = None, status: str | None = None
) -> Iterator[Record]:
    """Live records, by date then id (a generator: memory stays flat)."""
    if form_id is not None:
        get_form(ws, form_id)
    return records.iter_records(ws.db, form_id=form_id, status=status)


def list_summaries(
    ws: Workspace, *, form_id: str | None = None, status: str | None = None
) -> list[RecordSummary]:
    """What record lists show, newest first (no record data decoded): fast for 100,000 rows."""
    category = get_form(ws, form_id).category_field if form_id is not None else None
    return records.list_summaries(ws.db, form_id=form_id, category_field=category, status=status)


def count_waiting(ws: Workspace) -> int:
    """How many records wait to be sent to the secretariat."""
    return records.count_dirty(ws.db)


def attach_file(ws: Workspace, path: Path) -> blobs.Attachment:
    """Copy a file into the content-addressed store; returns the value a record holds."""
    return blobs.store_file(ws.db, path)


# ----------------------------------------------------------------------------- import


@dataclass(frozen=True)
class RejectedRow:
    """A line of an import file that was not imported, and why."""

    line: int
    sheet: str | None
    form_id: str | None
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class ImportReport:
    """The outcome of an import: ids written and lines rejected."""

    imported: tuple[str, ...]
    rejected: tuple[RejectedRow, ...]
    changes: Changes


def import_records(
    ws: Workspace,
    path: Path,
    *,
    form_id: str | None = None,
    all_or_nothing: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Import a .jsonl, .json, .csv or .xlsx file of records as final records.

    Every line is checked like a final save; a bad line is reported with its number and the
    others are imported (all in one transaction), or, with ``all_or_nothing``, nothing is.
    A line with the id of an existing record updates it. Raises ``ImportFileError`` for a file
    that cannot be read, ``UsageError`` for an unknown ``form_id``, ``Cancelled``.
    """
    if form_id is not None:
        get_form(ws, form_id)
    rows = read_rows(path, ws.forms, form_id)
    writes: list[tuple[ImportRow, RecordWrite, bool]] = []
    rejected: list[RejectedRow] = []
    for i, row in enumerate(rows):
        if cancel is not None and cancel.is_set():
            raise Cancelled("import cancelled")
        outcome = _check_import_row(ws, row)
        if isinstance(outcome, RejectedRow):
            rejected.append(outcome)
        else:
            writes.append((row, *outcome))
        if progress is not None and i % 100 == 0:
            progress(i, len(rows))
    if all_or_nothing and rejected:
        return ImportReport((), tuple(rejected), Changes())
    now = now_utc()
    with translate_errors(ws.db), ws.db.atomic():
        for _row, write, exists in writes:
            if exists:
                records.save_record(ws.db, write, now=now)
        records.insert_records(ws.db, (w for _r, w, exists in writes if not exists), now=now)
    ids = tuple(w.id for _r, w, _e in writes)
    logger.info("imported %d records, rejected %d lines", len(ids), len(rejected))
    return ImportReport(ids, tuple(rejected), Changes(records=frozenset(ids)))


def _check_import_row(ws: Workspace, row: ImportRow) -> RejectedRow | tuple[RecordWrite, bool]:
    def reject(*problems: Problem) -> RejectedRow:
        return RejectedRow(row.line, row.sheet, row.form_id, problems)

    if row.problems:
        return reject(*row.problems)
    form = ws.forms.get(row.form_id or "")
    if form is None:
        known = ", ".join(sorted(ws.forms))
        return reject(
            Problem("form_id", "unknown_form", {"form": row.form_id or "", "known": known})
        )
    existing = None
    if row.record_id:
        try:
            existing = records.get_record(ws.db, str(uuid.UUID(row.record_id)))
        except ValueError:
            return reject(Problem("id", "pattern_mismatch"))
        except NotFound:
            existing = None
    checked = check_record(ws, form, row.data)
    if checked.problems:
        return reject(*checked.problems)
    write = RecordWrite(
        id=str(uuid.UUID(row.record_id)) if row.record_id else str(uuid.uuid4()),
        form_id=form.id,
        form_version=form.version,
        region=checked.region,
        status="final",
        data=checked.data,
        author=existing.author if existing else current_author(ws),
        title=checked.title,
        record_date=checked.record_date,
    )
    return write, existing is not None


# ----------------------------------------------------------------------------- export


def export_records(ws: Workspace, fmt: str, out: Path, *, form_id: str | None = None) -> int:
    """Export live records (all forms, or ``form_id``) as csv (a folder), xlsx or json.

    Returns how many records were written. Raises ``UsageError`` for an unknown format or form,
    ``StorageError`` subclasses when the output cannot be written.
    """
    from focalpoint.reports import exports

    if fmt not in exports.FORMATS:
        raise UsageError(f"unknown format {fmt}", detail=fmt)
    forms = {form_id: get_form(ws, form_id)} if form_id else ws.forms
    plain = [record_dict(r) for r in list_records(ws, form_id=form_id)]
    with translate_errors(out):
        if fmt == "json":
            exports.write_json(plain, out)
        elif fmt == "xlsx":
            exports.write_xlsx(exports.build_tables(forms, plain), out)
        else:
            exports.write_csv(exports.build_tables(forms, plain), out)
    logger.info("exported %d records as %s", len(plain), fmt)
    return len(plain)


def record_dict(record: Record) -> dict[str, Any]:
    """A record as plain JSON-ready data (exports, ``records list --json``, ``records show``)."""
    return {
        "id": record.id,
        "form_id": record.form_id,
        "form_version": record.form_version,
        "region": record.region,
        "status": record.status,
        "title": record.title,
        "record_date": record.record_date,
        "author": record.author,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "data": record.data,
    }


# ----------------------------------------------------------------------------- demo


@dataclass(frozen=True)
class DemoReport:
    """What ``load_demo`` wrote (0 and 0 when demo data was already there)."""

    activities: int
    incidents: int
    existing: int
    changes: Changes


def load_demo(ws: Workspace, *, seed: int = 2023, progress: Progress | None = None) -> DemoReport:
    """Fill an empty workspace with the deterministic demo data set (checked like final saves)
    and the secretariat's review threads of its incidents (``demo.demo_reviews``).

    Does nothing when the database already holds records. Raises ``ValidationFailed`` if the
    generator made an invalid record (a bug, caught by the tests).
    """
    from dataclasses import asdict

    from focalpoint.demo import demo_reviews, generate_demo
    from focalpoint.store import reviews

    existing = records.count_records(ws.db, include_deleted=True)
    if existing:
        return DemoReport(0, 0, existing, Changes())
    generated = generate_demo(ws.locations, seed=seed)
    writes = []
    for i, demo in enumerate(generated):
        form = get_form(ws, demo.form_id)
        checked = check_record(ws, form, demo.data)
        if checked.problems and demo.status == "final":
            raise ValidationFailed(checked.problems, detail=f"demo record {demo.id}")
        writes.append(
            RecordWrite(
                id=demo.id,
                form_id=form.id,
                form_version=form.version,
                region=checked.region,
                status=demo.status,
                data=checked.data,
                author=demo.author,
                title=checked.title,
                record_date=checked.record_date,
            )
        )
        if progress is not None and i % 100 == 0:
            progress(i, len(generated))
    threads = [asdict(r) for r in demo_reviews(generated, seed=seed)]
    with translate_errors(ws.db), ws.db.atomic():
        records.insert_records(ws.db, writes, now=now_utc())
        # the secretariat's review threads, as a pull from the server would bring them
        reviews.apply_server_reviews(ws.db, threads)
    counts = {f: sum(1 for w in writes if w.form_id == f) for f in ("activite", "incident")}
    return DemoReport(
        counts["activite"], counts["incident"], 0, Changes(records=frozenset(w.id for w in writes))
    )


# ----------------------------------------------------------------------------- sync


def _client(ws: Workspace) -> Any:
    from focalpoint.domain.errors import SyncError
    from focalpoint.store import sync_state
    from focalpoint.sync.client import SyncClient

    url = sync_state.get_value(ws.db, sync_state.SERVER_URL)
    token = sync_state.get_value(ws.db, sync_state.TOKEN)
    if not url or not token:
        raise SyncError("not_enrolled")
    return SyncClient(url, token, ca_bundle=sync_state.get_value(ws.db, CA_BUNDLE) or None)


CA_BUNDLE = "sync.ca_bundle"  # a PEM file of the server's own CA (self-hosted certificates)


def enroll(
    ws: Workspace, server_url: str, token: str, *, ca_bundle: Path | None = None
) -> dict[str, Any]:
    """Link this laptop to the server with its token (checked against the server first).

    ``ca_bundle`` is the certificate authority to trust for this server (a PEM file, when the
    secretariat signs its own certificate); TLS is always verified, never switched off.
    """
    import json

    from focalpoint.store import sync_state
    from focalpoint.sync.client import SyncClient

    bundle = str(Path(ca_bundle).resolve()) if ca_bundle else None
    if bundle is not None and not Path(bundle).is_file():
        raise UsageError(f"no CA file {bundle}", detail_code="ca_bundle_missing", path=bundle)
    client = SyncClient(server_url, token.strip(), retries=1, ca_bundle=bundle)
    try:
        device = client.ping()
    finally:
        client.close()
    values = {
        sync_state.SERVER_URL: server_url.rstrip("/"),
        sync_state.TOKEN: token.strip(),
        CA_BUNDLE: bundle,
    }
    regions = device.get("regions")
    if sync_state.get_regions(ws.db) is None and isinstance(regions, list) and regions:
        # the scope (["*"]: the secretariat) is known at once; a later change is the pull's
        values[sync_state.REGIONS] = json.dumps([str(r) for r in regions])
    sync_state.set_values(ws.db, values)
    logger.info("enrolled as device %s", device.get("device"))
    return device


def run_sync(
    ws: Workspace,
    *,
    progress: Callable[[str, int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Any:
    """One synchronisation (push then pull); returns the engine's ``SyncReport``.

    Raises ``SyncError`` with a kind the person can act on (not enrolled, network, token
    refused, captive portal, server error) and ``Cancelled``; nothing acknowledged is undone.
    """
    from focalpoint.sync.engine import run_sync as engine_run

    client = _client(ws)
    try:
        report = engine_run(ws.db, client, progress=progress, cancel=cancel, attachments=True)
    finally:
        client.close()
    reload_definitions(ws)  # form versions or places may have come down (a few ms)
    return report


@dataclass(frozen=True)
class SyncStatus:
    """What the Synchronisation page and the status bar show."""

    enrolled: bool
    server_url: str
    waiting: int
    last_result: dict[str, Any]
    last_sync_at: str


def sync_status(ws: Workspace) -> SyncStatus:
    """Whether this laptop is enrolled, where to, what waits, and how the last sync went."""
    import json

    from focalpoint.store import sync_state

    url = sync_state.get_value(ws.db, sync_state.SERVER_URL)
    raw = sync_state.get_value(ws.db, sync_state.LAST_SYNC)
    last = json.loads(raw) if raw else {}
    return SyncStatus(
        enrolled=bool(url and sync_state.get_value(ws.db, sync_state.TOKEN)),
        server_url=url,
        waiting=sync_state.count_to_push(ws.db),
        last_result=last,
        last_sync_at=str(last.get("at", "")),
    )


@dataclass(frozen=True)
class ConflictView:
    """A losing copy kept by the server, beside the record as it is now."""

    conflict_id: int
    record_id: str
    form_id: str
    title: str
    code: str
    created_at: str
    current: Mapping[str, Any]
    other: Mapping[str, Any]
    other_deleted: bool


def list_conflicts(ws: Workspace) -> list[ConflictView]:
    """Unresolved conflicts, newest first, each with the current copy of its record."""
    import json

    rows = ws.db.execute(
        "select c.conflict_id, c.record_id, c.code, c.data, c.deleted, c.created_at, "
        "r.form_id, r.title, r.data from conflicts c left join records r on r.id = c.record_id "
        "where c.resolved = 0 order by c.seq desc"
    ).fetchall()
    return [
        ConflictView(
            conflict_id=row[0],
            record_id=row[1],
            code=row[2],
            other=json.loads(row[3]),
            other_deleted=bool(row[4]),
            created_at=row[5],
            form_id=row[6] or "",
            title=row[7] or "",
            current=json.loads(row[8]) if row[8] else {},
        )
        for row in rows
    ]


# ----------------------------------------------------------------------------- reports

REPORT_KINDS = ("participants", "activity", "weekly", "monthly", "quarterly")
REPORT_FORMATS = ("pdf", "csv", "xlsx", "json")
MAX_BLANK_ROWS = 1000
_PERIOD_KIND = {"weekly": "week", "monthly": "month", "quarterly": "quarter"}


def report_region(ws: Workspace, text: str | None) -> str | None:
    """A region filter as typed ("Gao", "gao", "Tombouctou") → its code; None stays None.

    Raises ``UsageError`` (``region_code_invalid``) for an unknown region.
    """
    if text is None or not text.strip():
        return None
    region = ws.locations.find_region(text)
    if region is None:
        raise UsageError(f"unknown region {text}", detail_code="region_code_invalid", region=text)
    return region.code


def _as_period(period: Any, kind: str | None) -> Any:
    from focalpoint.domain.aggregation import Period, parse_period

    return period if isinstance(period, Period) else parse_period(str(period), kind)


def report_labels(ws: Workspace, lang: str = "fr") -> Any:
    """The ``aggregation.CodeLabels`` of this workspace's forms and places, in ``lang``."""
    from focalpoint.domain.aggregation import CodeLabels

    return CodeLabels.from_forms(
        ws.forms.get("activite"), ws.forms.get("incident"), ws.locations, lang=lang
    )


def pdf_labels(ws: Workspace, lang: str = "fr") -> Any:
    """The ``reports.pdf.Labels`` the PDF renderers take, from this workspace's forms and places."""
    from focalpoint.reports.pdf import Labels

    return Labels.from_forms(
        ws.forms.get("activite"), ws.forms.get("incident"), ws.locations, lang=lang
    )


def incident_report(
    ws: Workspace,
    period: Any,
    *,
    region: str | None = None,
    major_threshold: int | None = None,
    trend_length: int | None = None,
    include_unverified: bool = False,
) -> Any:
    """The ``aggregation.IncidentReport`` of ``period`` (a ``Period`` or "2023-W22", "2023-05",
    "2023-Q2") over the workspace's incidents; ``region`` a code or name.

    Only the incidents the secretariat verified count, as in every published report;
    ``include_unverified`` counts the others too (the report marks them)."""
    from focalpoint.domain import aggregation

    kwargs: dict[str, Any] = {
        "trend_length": trend_length,
        "include_unverified": include_unverified,
    }
    if major_threshold is not None:
        kwargs["major_threshold"] = major_threshold
    return aggregation.incident_report(
        list_records(ws, form_id="incident"),
        _as_period(period, None),
        region=report_region(ws, region),
        **kwargs,
    )


def quarterly_report(
    ws: Workspace,
    quarter: Any,
    *,
    region: str | None = None,
    major_threshold: int | None = None,
    include_unverified: bool = False,
) -> Any:
    """The ``aggregation.QuarterlyReport`` of ``quarter`` ("2023-Q2" or a ``Period``);
    programmes come in the order of the activity form's choice list. Its incidents are the
    verified ones unless ``include_unverified`` (activities are not reviewed: all count)."""
    from focalpoint.domain import aggregation

    kwargs: dict[str, Any] = {"include_unverified": include_unverified}
    if major_threshold is not None:
        kwargs["major_threshold"] = major_threshold
    return aggregation.quarterly_report(
        list_records(ws),
        _as_period(quarter, "quarter"),
        report_region(ws, region),
        programme_order=aggregation.choice_order(ws.forms.get("activite"), "programme"),
        **kwargs,
    )


def activity_record(ws: Workspace, activity_id: str) -> Record:
    """The live activity ``activity_id``; ``NotFound`` (``report_not_activity``) otherwise."""
    try:
        record = get_record(ws, activity_id)
    except NotFound:
        record = None
    if record is None or record.form_id != "activite":
        raise NotFound(
            f"no activity {activity_id}", detail_code="report_not_activity", id=activity_id
        )
    return record


def participant_list(ws: Workspace, activity_id: str, *, blank_rows: int = 0) -> Any:
    """The ``aggregation.ParticipantList`` of an activity (``blank_rows`` > 0: a blank sheet)."""
    from focalpoint.domain import aggregation

    if blank_rows < 0 or blank_rows > MAX_BLANK_ROWS:
        raise UsageError(
            f"bad rows {blank_rows}",
            detail_code="report_rows_invalid",
            rows=blank_rows,
            max=MAX_BLANK_ROWS,
        )
    return aggregation.participant_list(activity_record(ws, activity_id), blank_rows=blank_rows)


@dataclass(frozen=True)
class ReportResult:
    """What ``write_report`` wrote: the path, its format, the PDF page count (None for figure
    exports) and whether the report had no data (the file then says so).

    For an incident report: ``unverified`` final incidents of the period the secretariat has
    not verified — counted (and marked) when ``include_unverified``, left out otherwise."""

    path: Path
    fmt: str
    pages: int | None
    empty: bool
    unverified: int = 0
    include_unverified: bool = False


def report_format(out: Path) -> str:
    """The report format chosen by the output's extension; ``UsageError`` if unsupported."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in REPORT_FORMATS:
        raise UsageError(
            f"unsupported report format {out.suffix!r}",
            detail_code="report_format_invalid",
            path=str(out),
            formats=", ".join(f".{f}" for f in REPORT_FORMATS),
        )
    return fmt


def _unwritable(out: Path, reason_code: str, detail: str = "") -> UsageError:
    return UsageError(
        f"cannot write {out}: {detail or reason_code}",
        detail_code="report_output_unwritable",
        path=str(out),
        reason_code=reason_code,
    )


def save_report_copy(source: Path, destination: Path) -> Path:
    """Copy a generated report to where the user chose ("Enregistrer sous…"): written next to
    ``destination`` then moved into place, with the same clear errors as ``write_report``."""
    _check_output(destination)

    def copy(tmp: Path) -> None:
        with source.open("rb") as src, tmp.open("wb") as out:
            while chunk := src.read(1 << 16):
                out.write(chunk)

    _write_atomically(destination, copy)
    return destination


def _check_output(out: Path) -> None:
    import os

    if out.is_dir():
        raise _unwritable(out, "file_is_folder")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise _unwritable(out, "folder_missing")
    if not os.access(parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise _unwritable(out, "file_denied")


def _write_atomically(out: Path, write: Callable[[Path], int | None]) -> int | None:
    """Run ``write`` on a temporary file next to ``out``, then move it into place: a failed
    report never leaves a half-written file behind."""
    import errno
    import os

    from focalpoint.domain.errors import DiskFull, StorageError

    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part{out.suffix}")
    try:
        result = write(tmp)
        os.replace(tmp, out)
        return result
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(str(exc)) from exc
        code = "file_denied" if exc.errno in (errno.EACCES, errno.EPERM) else "file_unreadable"
        raise _unwritable(out, code, str(exc)) from exc
    except StorageError as exc:
        if isinstance(exc, DiskFull):
            raise
        raise _unwritable(out, "file_denied", str(exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)


def _pdf_function(name: str) -> Callable[..., int]:
    from focalpoint.reports import pdf

    function = getattr(pdf, name, None)
    if function is None:
        raise UsageError(f"no PDF renderer {name}", detail_code="report_pdf_missing")
    return function


def write_report(
    ws: Workspace,
    kind: str,
    out: Path,
    *,
    period: str | None = None,
    region: str | None = None,
    activity_id: str | None = None,
    blank: bool = False,
    rows: int = 25,
    major_threshold: int | None = None,
    lang: str = "fr",
    include_unverified: bool = False,
) -> ReportResult:
    """Build report ``kind`` (participants, activity, weekly, monthly, quarterly) and write it
    to ``out``, as PDF, CSV, XLSX or JSON according to its extension.

    Figures come from ``domain.aggregation`` whatever the format. Weekly, monthly and
    quarterly reports count only the incidents the secretariat verified, unless
    ``include_unverified`` (each unverified one is then marked). Raises ``UsageError`` for a
    bad period, format, region or row count and for an unwritable output, ``NotFound`` for an
    unknown activity, ``DiskFull`` when the disk is full.
    """
    from focalpoint.reports import figures

    if kind not in REPORT_KINDS:
        raise UsageError(f"unknown report {kind}", detail=kind)
    fmt = report_format(out)
    labels = report_labels(ws, lang)
    tables: Callable[[], list[figures.Table]]
    doc: Callable[[], dict[str, Any]]
    render: Callable[[Path], int]
    unverified = 0
    if kind == "activity":
        if activity_id is None:
            raise UsageError("--activity is required", detail="--activity")
        plist = participant_list(ws, activity_id)
        empty = False
        tables = lambda: figures.participant_tables(plist, labels, lang)  # noqa: E731
        doc = lambda: figures.participant_json(plist, labels, lang)  # noqa: E731
        render = _activity_renderer(ws, activity_id, plist, lang)
    elif kind == "participants":
        if activity_id is None:
            raise UsageError("--activity is required", detail="--activity")
        if blank and rows < 1:
            raise UsageError(
                f"bad rows {rows}", detail_code="report_rows_invalid", rows=rows, max=MAX_BLANK_ROWS
            )
        plist = participant_list(ws, activity_id, blank_rows=rows if blank else 0)
        empty = not blank and not plist.rows
        tables = lambda: figures.participant_tables(plist, labels, lang)  # noqa: E731
        doc = lambda: figures.participant_json(plist, labels, lang)  # noqa: E731
        render = _pdf_renderer(ws, "render_participant_list", plist, lang)
    else:
        period_kind = _PERIOD_KIND[kind]
        if period is None:
            raise UsageError(f"a {period_kind} is required", detail=f"--{period_kind}")
        parsed = _as_period(period, period_kind)
        if kind == "quarterly":
            qreport = quarterly_report(
                ws,
                parsed,
                region=region,
                major_threshold=major_threshold,
                include_unverified=include_unverified,
            )
            empty, unverified = qreport.is_empty, qreport.incidents.unverified
            tables = lambda: figures.quarterly_tables(qreport, labels, lang)  # noqa: E731
            doc = lambda: figures.quarterly_json(qreport, labels, lang)  # noqa: E731
            render = _pdf_renderer(ws, "render_quarterly_bulletin", qreport, lang)
        else:
            ireport = incident_report(
                ws,
                parsed,
                region=region,
                major_threshold=major_threshold,
                include_unverified=include_unverified,
            )
            empty, unverified = ireport.is_empty, ireport.unverified
            tables = lambda: figures.incident_tables(ireport, labels, lang)  # noqa: E731
            doc = lambda: figures.incident_json(ireport, labels, lang)  # noqa: E731
            render = _pdf_renderer(ws, "render_incident_bulletin", ireport, lang)
    _check_output(out)
    if fmt == "pdf":
        pages = _write_atomically(out, render)
    else:
        _write_atomically(
            out, lambda tmp: figures.write_figures(fmt, tmp, tables(), doc()) and None
        )
        pages = None
    logger.info("report %s written to %s (%s)", kind, out, fmt)
    return ReportResult(out, fmt, pages, empty, unverified, include_unverified)


def _pdf_renderer(ws: Workspace, name: str, value: Any, lang: str) -> Callable[[Path], int]:
    """Render ``value`` with ``reports.pdf.<name>(target, value, labels)`` (looked up when the
    PDF is written, so a missing renderer gives a clear message, never a traceback)."""

    def render(tmp: Path) -> int:
        return int(_pdf_function(name)(tmp, value, pdf_labels(ws, lang)))

    return render


def _activity_renderer(
    ws: Workspace, activity_id: str, plist: Any, lang: str
) -> Callable[[Path], int]:
    """Render the activity report of ``plist`` with the record's results and facilitators."""
    data = activity_record(ws, activity_id).data

    def render(tmp: Path) -> int:
        function = _pdf_function("render_activity_report")
        return int(
            function(
                tmp,
                plist,
                pdf_labels(ws, lang),
                results=str(data.get("resultats") or ""),
                facilitators=str(data.get("facilitateurs") or ""),
            )
        )

    return render


def latest_data_day(ws: Workspace, *, today: date | None = None) -> date | None:
    """The most recent record date (activities and incidents) not after ``today``; None when
    there is no dated record. Reports and the dashboard open on the period holding it."""
    limit = (today or date.today()).isoformat()
    days = [
        s.record_date[:10]
        for s in list_summaries(ws)
        if s.record_date and s.record_date[:10] <= limit
    ]
    return date.fromisoformat(max(days)) if days else None


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard shows, all from ``domain.aggregation``.

    - ``month`` and ``previous_month``: ``QuarterlyReport`` values over one month each (the
      aggregation takes any period): sessions, participants and, in ``.incidents``, the same
      ``IncidentReport`` as ``incident_report(ws, month)``.
    - ``quarter``: the ``QuarterlyReport`` of the quarter holding ``month``.
    - ``trend``: ``incident_report(ws, month, trend_length=…).trend`` (oldest first).
    - ``include_unverified``: whether unverified incidents count (by default, as in the
      published reports, only verified ones do); ``awaiting_verification``: final incidents
      of ``month`` waiting for the secretariat's verification (``IncidentReport.awaiting``),
      so the screen can say its figures leave them out.
    """

    month: Any
    previous_month: Any
    quarter: Any
    trend: tuple[Any, ...]
    include_unverified: bool = False
    awaiting_verification: int = 0


DASHBOARD_TREND = 12


def dashboard(
    ws: Workspace,
    *,
    region: str | None = None,
    today: date | None = None,
    trend_length: int = DASHBOARD_TREND,
    include_unverified: bool = False,
) -> Dashboard:
    """The dashboard's figures: the month of the latest data (else the current month), the
    month before, their quarter, and the incident trend over ``trend_length`` months —
    verified incidents only unless ``include_unverified``, as the reports."""
    from focalpoint.domain import aggregation

    day = latest_data_day(ws, today=today) or (today or date.today())
    month = aggregation.month_period(day)
    options: dict[str, Any] = {"region": region, "include_unverified": include_unverified}
    this_month = quarterly_report(ws, month, **options)
    return Dashboard(
        month=this_month,
        previous_month=quarterly_report(ws, month.shift(-1), **options),
        quarter=quarterly_report(ws, aggregation.quarter_period(day), **options),
        trend=incident_report(ws, month, trend_length=trend_length, **options).trend,
        include_unverified=include_unverified,
        awaiting_verification=this_month.incidents.awaiting,
    )
