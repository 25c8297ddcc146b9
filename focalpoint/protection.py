"""Use cases that protect the data: unlock, passphrase, backups, restore, panic wipe.

Shared by the desktop app and the command line, like ``services`` (which opens workspaces;
this module decides *how* a data folder may be opened). A data folder is in one of three
states (``folder_state``): ``new`` (nothing yet: the app asks for a passphrase, or makes a
plain demo folder when told to), ``encrypted`` (a key file: the passphrase unlocks the data
key, see ``store.keys``) or ``plain`` (an unencrypted demo folder).
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from focalpoint import services
from focalpoint.domain.errors import (
    NewPassphraseRequired,
    NotFound,
    PassphraseRequired,
    SyncError,
    UsageError,
    WeakPassphrase,
)
from focalpoint.store import backups, keys, wipe
from focalpoint.store.datadir import DataDir

logger = logging.getLogger(__name__)

NEW, PLAIN, ENCRYPTED = "new", "plain", "encrypted"
BACKUP_EVERY = timedelta(hours=6)
Backup = backups.Backup
WipeReport = wipe.WipeReport


def folder_state(data_dir: DataDir) -> str:
    """``new``, ``plain`` or ``encrypted`` (see the module's docstring)."""
    if keys.is_encrypted(data_dir.root):
        return ENCRYPTED
    return PLAIN if data_dir.database.exists() else NEW


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise ``WeakPassphrase`` unless ``passphrase`` may protect a folder (and is confirmed)."""
    if not keys.check_passphrase_strength(passphrase):
        raise WeakPassphrase("too short", reason_code="passphrase_too_short")
    if confirmation is not None and confirmation != passphrase:
        raise WeakPassphrase("entries differ", reason_code="passphrases_differ")


def create_encrypted(
    data_dir: DataDir,
    passphrase: str,
    confirmation: str | None = None,
    *,
    cost: keys.KdfCost | None = None,
) -> bytes:
    """Make the key file of a ``new`` folder; returns its data key (``open_workspace(key=…)``)."""
    check_new_passphrase(passphrase, confirmation)
    if folder_state(data_dir) != NEW:
        raise PassphraseRequired("the folder already holds data")
    return keys.create(data_dir.root, passphrase, cost=cost)


def unlock(data_dir: DataDir, passphrase: str) -> bytes:
    """The data key of an ``encrypted`` folder (``WrongPassphrase``, ``UnlockThrottled``)."""
    return keys.unlock(data_dir.root, passphrase)


def unlock_wait(data_dir: DataDir) -> int:
    """Seconds before the next passphrase may be tried (0: now)."""
    failures, last = keys.read_failures(data_dir.root)
    return max(0, int(keys.unlock_delay(failures) - (time.time() - last) + 0.999))


def change_passphrase(
    data_dir: DataDir, old: str, new: str, confirmation: str | None = None
) -> None:
    """Rewrap the data key with ``new`` (the database is not re-encrypted)."""
    check_new_passphrase(new, confirmation)
    keys.change_passphrase(data_dir.root, old, new)


def open_for(
    data_dir: DataDir, passphrase: str | None, *, allow_plain: bool = False
) -> services.Workspace:
    """Open ``data_dir`` with ``passphrase`` whatever its state: unlock an encrypted folder,
    create the key of a new one (a plain new folder only when ``allow_plain``: the demo)."""
    state = folder_state(data_dir)
    if state == ENCRYPTED:
        if passphrase is None:
            raise PassphraseRequired("encrypted folder")
        return services.open_workspace(data_dir, key=unlock(data_dir, passphrase))
    if state == NEW and passphrase is not None:
        return services.open_workspace(data_dir, key=create_encrypted(data_dir, passphrase))
    if state == NEW and not allow_plain:
        raise NewPassphraseRequired("new folder")
    if state == PLAIN:
        logger.warning("data folder is not encrypted (demo)")
    return services.open_workspace(data_dir)


# -- backups ----------------------------------------------------------------------------------


def backup_now(ws: services.Workspace) -> Backup:
    """A new backup of ``ws`` (encrypted like it), the oldest beyond ``backups.KEEP`` dropped."""
    return backups.make_backup(ws.db.conn, ws.data_dir.backups, ws.key)


def backup_if_due(ws: services.Workspace, *, every: timedelta = BACKUP_EVERY) -> Backup | None:
    """A backup when the newest is older than ``every`` (or there is none)."""
    existing = backups.list_backups(ws.data_dir.backups)
    if existing and datetime.now(UTC) - existing[0].made < every:
        return None
    return backup_now(ws)


def list_backups(data_dir: DataDir) -> list[Backup]:
    """The backups of ``data_dir``, newest first."""
    return backups.list_backups(data_dir.backups)


@dataclass(frozen=True)
class Restored:
    """A restore: the backup used, its date, and where the damaged copy was put aside."""

    backup: Path
    made: datetime
    damaged_copy: Path
    waiting: int  # records of the backup still waiting to be sent


def restore_newest_backup(data_dir: DataDir, key: bytes | None, *, force: bool = False) -> Restored:
    """Replace the damaged database with the newest backup that passes ``quick_check``.

    Every connection must be closed. Raises ``UsageError`` when the database is healthy (unless
    ``force``: what was saved since the backup would be set aside), ``NotFound`` when there is
    no good backup.
    """
    if not force and data_dir.database.exists() and backups.check_backup(data_dir.database, key):
        raise UsageError("the database is healthy", detail_code="database_healthy")
    good = backups.newest_good_backup(data_dir.backups, key)
    if good is None:
        raise NotFound("no good backup", detail_code="no_good_backup")
    aside = backups.restore(
        data_dir.database, good.path, key, damaged_root=data_dir.root / "damaged"
    )
    ws = services.open_workspace(data_dir, key=key)
    try:
        waiting = services.count_waiting(ws)
    finally:
        ws.close()
    return Restored(good.path, good.made, aside, waiting)


# -- panic wipe -------------------------------------------------------------------------------


def wipe_data(data_dir: DataDir, ws: services.Workspace | None = None) -> WipeReport:
    """Make the local data unrecoverable and leave the folder in its enrol state.

    With ``ws`` (an unlocked workspace, closed here) the server's address and the token's hash
    are kept so the server is asked to revoke this laptop at the next contact.
    """
    url, digest = "", ""
    if ws is not None:
        from focalpoint.store import sync_state

        try:
            url = sync_state.get_value(ws.db, sync_state.SERVER_URL)
            token = sync_state.get_value(ws.db, sync_state.TOKEN)
            digest = hashlib.sha256(token.encode("utf-8")).hexdigest() if token else ""
        finally:
            ws.close()
    return wipe.wipe(data_dir, server_url=url, token_sha256=digest)


def revocation_pending(data_dir: DataDir) -> bool:
    """Whether a wipe left a revocation to send."""
    return wipe.read_revoke_note(data_dir.root) is not None


def send_pending_revocation(data_dir: DataDir, *, timeout: float = 5.0) -> bool:
    """Ask the server to revoke the wiped laptop's token; True once it confirmed.

    Network failures leave the note for the next try (returns False).
    """
    note = wipe.read_revoke_note(data_dir.root)
    if note is None:
        return False
    from focalpoint.sync.client import SyncClient

    client = SyncClient(note["server_url"], "", retries=0, stall_timeout=timeout)
    try:
        client.revoke_by_hash(note["token_sha256"])
    except SyncError as exc:
        logger.info("revocation not sent yet (%s)", exc.kind)
        return False
    finally:
        client.close()
    wipe.forget_revoke_note(data_dir.root)
    logger.warning("server confirmed the revocation of this laptop's old token")
    return True
