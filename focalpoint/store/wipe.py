"""The panic wipe: make the data folder's contents unrecoverable, fast, in a safe order.

1. The pending revocation note (``revoke.json``: the server's address and the SHA-256 of the
   token, never the token) is written first, when the token could be read, so the app can ask
   the server to revoke this laptop at its next contact.
2. The key file is overwritten and removed: from then on the encrypted database, its WAL, the
   backups and the damaged copies are noise, whatever happens next (crypto-erase).
3. Then every file of the folder goes: database, ``-wal``, ``-shm``, backups, damaged copies,
   attachments, logs, settings. Files are overwritten before removal only when small (the
   key file); the rest is encrypted already, and overwriting gigabytes would break the 3 s
   budget on an old disk.

The app then starts in its enrol state (an empty folder).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from focalpoint.store import keys
from focalpoint.store.datadir import DataDir

logger = logging.getLogger(__name__)

REVOKE_NOTE = "revoke.json"


@dataclass(frozen=True)
class WipeReport:
    """What a wipe did: files removed, whether a revocation is pending, seconds taken."""

    removed: int
    revocation_pending: bool
    seconds: float


def revoke_note(root: Path) -> Path:
    """Where the pending revocation note is kept."""
    return root / REVOKE_NOTE


def read_revoke_note(root: Path) -> dict[str, str] | None:
    """The pending revocation (``server_url``, ``token_sha256``), if any."""
    try:
        data = json.loads(revoke_note(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not data.get("server_url") or not data.get("token_sha256"):
        return None
    return {"server_url": str(data["server_url"]), "token_sha256": str(data["token_sha256"])}


def wipe(data_dir: DataDir, *, server_url: str = "", token_sha256: str = "") -> WipeReport:
    """Wipe ``data_dir`` (every connection to its database closed by the caller)."""
    started = time.perf_counter()
    root = data_dir.root
    pending = bool(server_url and token_sha256)
    if pending:
        note = {"server_url": server_url, "token_sha256": token_sha256}
        revoke_note(root).write_text(json.dumps(note), encoding="utf-8")
    keys.destroy(root)
    removed = 0
    for entry in list(root.iterdir()) if root.is_dir() else ():
        if entry.name == REVOKE_NOTE and pending:
            continue
        removed += _remove(entry)
    logger.warning("data folder wiped: %d file(s) removed", removed)
    return WipeReport(removed, pending, time.perf_counter() - started)


def forget_revoke_note(root: Path) -> None:
    """The server confirmed the revocation: the note is no longer needed."""
    revoke_note(root).unlink(missing_ok=True)


def _remove(entry: Path) -> int:
    try:
        if entry.is_dir() and not entry.is_symlink():
            count = sum(1 for p in entry.rglob("*") if p.is_file())
            shutil.rmtree(entry, ignore_errors=True)
            return count
        entry.unlink(missing_ok=True)
        return 1
    except OSError as exc:
        logger.error("wipe: could not remove %s (%s)", entry.name, exc.strerror)
        try:
            os.chmod(entry, 0o600)
            entry.unlink(missing_ok=True)
        except OSError:
            return 0
        return 1
