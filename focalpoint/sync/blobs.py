"""Attachment sync on the laptop: resumable uploads after the push, downloads after the pull.

Once the records are pushed (they are small and reach the secretariat first), every blob that a
sendable record refers to and that the server does not hold complete is uploaded
(``upload_pending``): HEAD says how many bytes arrived, then
chunks go from there, sized to the link (``blob_protocol.next_chunk_size``: 64 KiB first, then
256 KiB on a fast link, 64 KiB on 2G, halved after a cut). A cut link is resumed a few times
within the sync, then left for the next one, which starts from what the server kept (DESIGN §5
case 19).
A record whose attachments could not all be sent is pushed all the same (its data is what
matters) and shows as incomplete (``store.blobs.attachments_waiting``, case 20) until they are.
After the pull, attachments that records refer to and this laptop lacks are downloaded
(``download_missing``), resuming an interrupted download, and kept only if their SHA-256
matches. With nothing waiting, neither makes a single request (a sync with nothing to do is
one request).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from focalpoint.domain.errors import Cancelled, SyncError
from focalpoint.store import blobs
from focalpoint.sync.blob_protocol import (
    FIRST_UPLOAD_CHUNK_BYTES,
    MIN_UPLOAD_CHUNK_BYTES,
    after_cut,
    next_chunk_size,
)
from focalpoint.sync.client import SyncClient

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # phase ("upload"/"download"), bytes done, total
RESUME_ATTEMPTS = 3  # a cut link is resumed this many times within one sync
RESUME_PAUSE_S = 0.5  # times the attempt number


@dataclass(frozen=True)
class BlobReport:
    """What one pass over the attachments did: files completed on the server (``uploaded``)
    or here (``downloaded``), files left for a later sync (``missing``), bytes moved."""

    uploaded: int = 0
    downloaded: int = 0
    missing: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0

    def __add__(self, other: BlobReport) -> BlobReport:
        return BlobReport(
            self.uploaded + other.uploaded,
            self.downloaded + other.downloaded,
            self.missing + other.missing,
            self.bytes_sent + other.bytes_sent,
            self.bytes_received + other.bytes_received,
        )


def _fatal(error: SyncError) -> bool:
    """Whether ``error`` must stop the whole sync (a refused token, a captive portal, another
    protocol version) rather than just leave this file for later."""
    if error.kind in ("auth", "captive_portal", "tls", "tls_clock", "not_enrolled"):
        return True
    return error.params.get("code_detail") == "protocol_mismatch" or (
        error.kind == "protocol" and error.detail == "protocol version mismatch"
    )


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("sync cancelled")


def _pause(attempt: int, cancel: threading.Event | None) -> None:
    delay = RESUME_PAUSE_S * attempt
    if cancel is not None:
        cancel.wait(delay)
    elif delay > 0:
        threading.Event().wait(delay)
    _check(cancel)


# ----------------------------------------------------------------------------- upload


@dataclass
class _Chunk:
    """The upload chunk size of one sync, learnt from the link as chunks go."""

    size: int = FIRST_UPLOAD_CHUNK_BYTES


def upload_pending(
    db: Database,
    client: SyncClient,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BlobReport:
    """Upload every blob a sendable record refers to that the server lacks (see the module
    docstring). Raises ``SyncError`` only when the whole sync must stop, ``Cancelled``."""
    pending = blobs.blobs_to_upload(db)
    if not pending:
        return BlobReport()
    total = sum(blob.size for blob in pending)
    report = BlobReport()
    chunk = _Chunk()
    for index, blob in enumerate(pending):
        _check(cancel)
        done_before = report.bytes_sent

        def step(sent: int, *, base: int = done_before) -> None:
            if progress:
                progress("upload", min(base + sent, total), total)

        try:
            complete, sent = _upload_resuming(db, client, blob, step, cancel, chunk)
        except SyncError as error:
            if _fatal(error):
                raise
            if error.kind in ("network", "server"):  # the link is down: the rest waits too
                logger.warning("attachment uploads stopped (%s): resumed at the next sync", error)
                return report + BlobReport(missing=len(pending) - index)
            logger.warning("attachment %s… not sent: %s", blob.sha256[:12], error)
            report += BlobReport(missing=1)
            continue
        report += BlobReport(uploaded=int(complete), missing=int(not complete), bytes_sent=sent)
    logger.info("attachments: %d sent, %d waiting", report.uploaded, report.missing)
    return report


def _upload_resuming(
    db: Database,
    client: SyncClient,
    blob: blobs.LocalBlob,
    step: Callable[[int], None],
    cancel: threading.Event | None,
    chunk: _Chunk,
) -> tuple[bool, int]:
    """Upload ``blob``, resuming after a cut link up to ``RESUME_ATTEMPTS`` times (with chunks
    half as big); returns (complete on the server, bytes sent)."""
    sent = 0
    for attempt in range(RESUME_ATTEMPTS + 1):
        try:
            complete, more = _upload(db, client, blob, _offset(step, sent), cancel, chunk)
            return complete, sent + more
        except _Interrupted as cut:
            sent += cut.sent
            chunk.size = after_cut(chunk.size)
            if attempt == RESUME_ATTEMPTS:
                raise cut.error from None
            logger.info("upload of %s… cut (%s): resuming", blob.sha256[:12], cut.error)
            _pause(attempt + 1, cancel)
    raise AssertionError("unreachable")  # pragma: no cover


def _offset(step: Callable[[int], None], base: int) -> Callable[[int], None]:
    return lambda sent: step(base + sent)


class _Interrupted(Exception):
    """A network failure in the middle of an upload, with the bytes sent before it."""

    def __init__(self, error: SyncError, sent: int) -> None:
        super().__init__(str(error))
        self.error = error
        self.sent = sent


def _upload(
    db: Database,
    client: SyncClient,
    blob: blobs.LocalBlob,
    step: Callable[[int], None],
    cancel: threading.Event | None,
    chunk: _Chunk,
) -> tuple[bool, int]:
    """One attempt: ask where the server is, send the rest in chunks sized to the link;
    (complete, bytes sent)."""
    sent = 0
    try:
        state = client.blob_state(blob.sha256)
        if state is not None and state.complete:
            blobs.mark_uploaded(db, blob.sha256)
            return True, 0
        offset = state.received if state is not None and state.size == blob.size else 0
        if not blobs.has_content(db, blob.sha256):
            logger.warning("attachment %s… is not in the store", blob.sha256[:12])
            return False, 0
        # Each answer says where the server is: progress or a resume point, never a loop.
        for _request in range(blob.size // MIN_UPLOAD_CHUNK_BYTES + 8):
            _check(cancel)
            data = blobs.read_range(db, blob.sha256, offset, chunk.size)
            started = time.monotonic()
            state = client.put_blob_chunk(blob.sha256, offset, data, blob.size)
            chunk.size = next_chunk_size(len(data), time.monotonic() - started)
            sent += len(data)
            step(sent)
            if state.complete:
                blobs.mark_uploaded(db, blob.sha256)
                return True, sent
            if state.received >= blob.size:
                break
            offset = state.received
        logger.warning("attachment %s… did not complete", blob.sha256[:12])
        return False, sent
    except SyncError as error:
        if error.kind == "network":
            raise _Interrupted(error, sent) from error
        raise


# ----------------------------------------------------------------------------- download


def download_missing(
    db: Database,
    client: SyncClient,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BlobReport:
    """Download every attachment a live record refers to that this laptop lacks. A file the
    server cannot give yet (its upload is unfinished) or whose link is cut is left for the
    next sync; an interrupted download resumes where it stopped."""
    wanted = blobs.blobs_to_download(db)
    if not wanted:
        return BlobReport()
    report = BlobReport()
    for index, (sha256, mime) in enumerate(wanted):
        _check(cancel)
        try:
            got, size = _download(db, client, sha256, mime)
        except SyncError as error:
            if _fatal(error):
                raise
            if error.kind in ("network", "server"):
                logger.warning("attachment downloads stopped (%s): resumed at the next sync", error)
                return report + BlobReport(missing=len(wanted) - index)
            logger.warning("attachment %s… not received: %s", sha256[:12], error)
            got, size = False, 0
        report += BlobReport(downloaded=int(got), missing=int(not got), bytes_received=size)
        if progress:
            progress("download", index + 1, len(wanted))
    logger.info("attachments: %d received, %d missing", report.downloaded, report.missing)
    return report


def _download(db: Database, client: SyncClient, sha256: str, mime: str) -> tuple[bool, int]:
    start = blobs.partial_size(db, sha256)
    answer = client.open_blob(sha256, start)
    if answer is None:
        return False, 0
    restart = start == 0 or answer.status_code != 206
    try:
        size = blobs.append_download(db, sha256, client.blob_chunks(answer), restart=restart)
    except ValueError:
        blobs.drop_partial(db, sha256)
        logger.warning("attachment %s… larger than allowed: dropped", sha256[:12])
        return False, 0
    if not blobs.finish_download(db, sha256, mime):
        logger.warning("attachment %s… did not match its hash: dropped", sha256[:12])
        return False, size
    return True, size
