"""Sync protocol v1, attachments: resumable, hash-checked uploads and scoped downloads.

Attachment content is addressed by its SHA-256 (64 lowercase hex digits); identical files
are stored once. Every answer carries ``protocol.PROTOCOL_HEADER``; a 4xx body is
``protocol.ErrorBody``.

* ``HEAD /api/v1/blobs/{sha256}`` → 200 with ``RECEIVED_HEADER`` (bytes stored so far),
  ``COMPLETE_HEADER`` (``1`` when the whole file arrived and its hash was checked) and
  ``SIZE_HEADER`` (the announced total); 404 with ``RECEIVED_HEADER: 0`` when unknown.
* ``PUT /api/v1/blobs/{sha256}`` with ``Content-Range: bytes START-END/TOTAL`` (END
  inclusive; ``bytes */0`` for an empty file) and exactly END-START+1 bytes, at most
  ``MAX_CHUNK_BYTES``. Appended only when START is the number of bytes received: otherwise
  409 ``blob_offset_mismatch`` with ``details.received`` (and ``RECEIVED_HEADER``), so the
  client resumes from there. When the last byte arrives the server hashes the whole content:
  a mismatch discards the upload (422 ``blob_hash_mismatch``). A complete blob answers 200 at
  once, whatever the range (the same file sent twice: no 409). A 200 body is ``BlobState``.
  Other refusals: 400 ``bad_sha256``, ``bad_content_range``, ``body_length_mismatch``;
  413 ``blob_too_large`` (TOTAL above ``MAX_BLOB_BYTES``), ``chunk_too_large``;
  416 ``range_invalid`` (END beyond TOTAL, START after END); 409 ``blob_size_mismatch``
  (another TOTAL than the upload in progress announced, not restarting at 0).
* ``GET /api/v1/blobs/{sha256}`` → the content (``application/octet-stream``), only if a
  record in the token's regions refers to it; else 404 ``blob_not_found`` (whether it exists
  elsewhere is not said). 409 ``blob_incomplete`` while its upload is unfinished. A
  ``Range: bytes=START-`` header resumes a download (206 with ``Content-Range``).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

BLOBS_PATH = "/api/v1/blobs"
RECEIVED_HEADER = "X-Focalpoint-Received"
COMPLETE_HEADER = "X-Focalpoint-Complete"
SIZE_HEADER = "X-Focalpoint-Size"
MAX_BLOB_BYTES = 50 * 1024 * 1024
MAX_CHUNK_BYTES = 1024 * 1024  # the body limit is 2 MiB: a chunk always fits
UPLOAD_CHUNK_BYTES = 256 * 1024  # the most the laptop sends per request
FIRST_UPLOAD_CHUNK_BYTES = 64 * 1024  # 8 s on 2G; on a fast link the next one is the most
MIN_UPLOAD_CHUNK_BYTES = 32 * 1024
CHUNK_TARGET_S = 10.0  # a chunk should take about this long at the rate just measured
_CHUNK_STEP = 16 * 1024


def next_chunk_size(sent: int, seconds: float) -> int:
    """The size of the next upload chunk after one of ``sent`` bytes took ``seconds``: what the
    link carries in about ``CHUNK_TARGET_S`` at that rate, in steps of 16 KiB, between
    ``MIN_UPLOAD_CHUNK_BYTES`` and ``UPLOAD_CHUNK_BYTES``. On a 2G link (64 kbit/s) a 256 KiB
    chunk takes 33 s and a 20 s outage every minute cuts most of them, to be sent again;
    chunks of about 80 KiB mostly get through (``benchmarks/link.py``)."""
    if seconds <= 0 or sent <= 0:
        return UPLOAD_CHUNK_BYTES
    wanted = min(float(UPLOAD_CHUNK_BYTES), sent / seconds * CHUNK_TARGET_S)  # inf-safe
    return max(MIN_UPLOAD_CHUNK_BYTES, int(wanted) // _CHUNK_STEP * _CHUNK_STEP)


def after_cut(size: int) -> int:
    """The chunk size to resume with after a chunk of ``size`` bytes was cut: half of it."""
    return max(MIN_UPLOAD_CHUNK_BYTES, size // 2 // _CHUNK_STEP * _CHUNK_STEP)


def blob_path(sha256: str) -> str:
    """The URL path of the blob ``sha256``."""
    return f"{BLOBS_PATH}/{sha256}"


class BlobState(BaseModel):
    """How much of a blob the server holds: bytes received, announced size, complete."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sha256: str
    received: int
    size: int
    complete: bool
