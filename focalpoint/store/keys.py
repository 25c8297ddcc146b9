"""The data key of an encrypted data folder, wrapped by the user's passphrase (``focalpoint.key``).

The database is encrypted by SQLCipher with a random 256-bit *data key*. That key is never
stored as such: the key file holds it *wrapped* by a key-encryption key derived from the
passphrase with Argon2id (argon2-cffi). Argon2id gives 64 bytes: the first 32 are XORed with
the data key (a fresh random salt at every wrap, so each derived pad is used once), the last 32
authenticate the file with HMAC-SHA256, which is how a wrong passphrase is told from a right
one without ever touching the database.

* Changing the passphrase rewraps the same data key (new salt, new file); the database is
  never re-encrypted.
* Destroying the key file (overwritten, flushed, removed) makes the database unrecoverable:
  this is the first step of the panic wipe.
* Wrong passphrases are counted in ``focalpoint.key.failures``; from the third one on, the next
  attempt must wait ``unlock_delay(failures)`` seconds (2, 4, 8 … up to 5 minutes).

The Argon2id cost is stored in the file, so a file keeps the cost it was made with.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from focalpoint.domain.errors import KeyFileDamaged, UnlockThrottled, WrongPassphrase

logger = logging.getLogger(__name__)

FORMAT = 1
KEY_BYTES = 32
SALT_BYTES = 16
_MAC_LABEL = b"focalpoint key file v1"
FREE_FAILURES = 2
MAX_DELAY_S = 300.0
MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True)
class KdfCost:
    """Argon2id's cost: memory in KiB, passes, lanes."""

    memory_kib: int = 128 * 1024
    passes: int = 10
    lanes: int = 2


DEFAULT_COST = KdfCost()  # 0.5-0.6 s on the idle 2-core reference (benchmarks/unlock.py); a
# busy machine, or one half as fast, about 1.1 s (2.2 s on a half-speed CPU: benchmarks/laptop.py)


def key_file(root: Path) -> Path:
    """The key file of the data folder ``root``."""
    return root / "focalpoint.key"


def failures_file(root: Path) -> Path:
    """Where wrong passphrases are counted (no secret in it)."""
    return root / "focalpoint.key.failures"


def is_encrypted(root: Path) -> bool:
    """Whether the data folder ``root`` has a key file (its database is then encrypted)."""
    return key_file(root).exists()


def new_data_key() -> bytes:
    """A fresh random data key."""
    return secrets.token_bytes(KEY_BYTES)


def check_passphrase_strength(passphrase: str) -> bool:
    """Whether ``passphrase`` is long enough to be accepted as a new passphrase."""
    return len(_normalise(passphrase).strip()) >= MIN_PASSPHRASE_CHARS


def create(root: Path, passphrase: str, *, cost: KdfCost | None = None) -> bytes:
    """Make a new data key for the folder ``root``, wrap it with ``passphrase`` (at ``cost``,
    default ``DEFAULT_COST``); the data key."""
    cost = cost or DEFAULT_COST
    data_key = new_data_key()
    _write(root, _wrap(data_key, passphrase, cost))
    logger.info("key file created (argon2id m=%d KiB t=%d)", cost.memory_kib, cost.passes)
    return data_key


def unlock(root: Path, passphrase: str, *, now: float | None = None) -> bytes:
    """The data key of ``root`` unwrapped with ``passphrase``.

    Raises ``UnlockThrottled`` while the delay earned by earlier failures runs,
    ``WrongPassphrase`` (and counts the failure) when the passphrase does not open the file,
    ``KeyFileDamaged`` when the file cannot be read.
    """
    clock = time.time() if now is None else now
    failures, last = read_failures(root)
    wait = unlock_delay(failures) - (clock - last)
    if wait > 0:
        seconds = int(wait + 0.999)
        raise UnlockThrottled(f"wait {seconds} s", seconds=seconds)
    data = _read(root)
    data_key = _unwrap(data, passphrase)
    if data_key is None:
        _write_failures(root, failures + 1, clock)
        logger.warning("wrong passphrase (%d in a row)", failures + 1)
        raise WrongPassphrase("wrong passphrase", failures=failures + 1)
    if failures:
        failures_file(root).unlink(missing_ok=True)
    return data_key


def change_passphrase(root: Path, old: str, new: str, *, cost: KdfCost | None = None) -> None:
    """Rewrap the data key of ``root`` with ``new`` (the database is not touched)."""
    data = _read(root)
    data_key = unlock(root, old)
    _write(root, _wrap(data_key, new, cost or _cost_of(data)))
    logger.info("passphrase changed (key rewrapped)")


def destroy(root: Path) -> None:
    """Overwrite the key file with random bytes, flush it, remove it (crypto-erase)."""
    path = key_file(root)
    try:
        size = max(path.stat().st_size, 256)
        with path.open("r+b") as handle:
            handle.write(secrets.token_bytes(size))
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        pass
    path.unlink(missing_ok=True)
    failures_file(root).unlink(missing_ok=True)
    _fsync_dir(root)


def unlock_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong passphrases in a row before the next try."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_FAILURES))


def read_failures(root: Path) -> tuple[int, float]:
    """(wrong passphrases in a row, time of the last one)."""
    try:
        count, last = failures_file(root).read_text(encoding="ascii").split()
        return int(count), float(last)
    except (OSError, ValueError):
        return 0, 0.0


def sqlcipher_key(data_key: bytes) -> str:
    """The ``PRAGMA key`` value for ``data_key`` (a raw key: SQLCipher skips its own KDF)."""
    return f"\"x'{data_key.hex()}'\""


# -- internals --------------------------------------------------------------------------------


def _normalise(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def _derive(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        _normalise(passphrase).encode("utf-8"),
        salt,
        time_cost=cost.passes,
        memory_cost=cost.memory_kib,
        parallelism=cost.lanes,
        hash_len=2 * KEY_BYTES,
        type=Type.ID,
    )


def _mac(mac_key: bytes, salt: bytes, wrapped: bytes, cost: KdfCost) -> bytes:
    header = json.dumps(asdict(cost), sort_keys=True).encode()
    return hmac.new(mac_key, _MAC_LABEL + header + salt + wrapped, hashlib.sha256).digest()


def _wrap(data_key: bytes, passphrase: str, cost: KdfCost) -> dict[str, object]:
    salt = secrets.token_bytes(SALT_BYTES)
    derived = _derive(passphrase, salt, cost)
    pad, mac_key = derived[:KEY_BYTES], derived[KEY_BYTES:]
    wrapped = bytes(a ^ b for a, b in zip(data_key, pad, strict=True))
    return {
        "format": FORMAT,
        "kdf": {"name": "argon2id", **asdict(cost), "salt": _b64(salt)},
        "wrapped_key": _b64(wrapped),
        "mac": _b64(_mac(mac_key, salt, wrapped, cost)),
    }


def _unwrap(data: dict[str, object], passphrase: str) -> bytes | None:
    try:
        kdf = data["kdf"]
        if not isinstance(kdf, dict):
            raise TypeError("kdf")
        salt = _unb64(kdf["salt"])
        wrapped = _unb64(data["wrapped_key"])
        mac = _unb64(data["mac"])
        cost = _cost_of(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileDamaged(f"key file unreadable: {type(exc).__name__}") from exc
    if len(wrapped) != KEY_BYTES:
        raise KeyFileDamaged("key file unreadable: key length")
    derived = _derive(passphrase, salt, cost)
    pad, mac_key = derived[:KEY_BYTES], derived[KEY_BYTES:]
    if not hmac.compare_digest(mac, _mac(mac_key, salt, wrapped, cost)):
        return None
    return bytes(a ^ b for a, b in zip(wrapped, pad, strict=True))


def _cost_of(data: dict[str, object]) -> KdfCost:
    kdf = data.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise KeyFileDamaged("key file unreadable: kdf")
    try:
        return KdfCost(int(kdf["memory_kib"]), int(kdf["passes"]), int(kdf["lanes"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileDamaged("key file unreadable: kdf cost") from exc


def _read(root: Path) -> dict[str, object]:
    try:
        data = json.loads(key_file(root).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeyFileDamaged("no key file") from exc
    except (OSError, ValueError) as exc:
        raise KeyFileDamaged(f"key file unreadable: {type(exc).__name__}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeyFileDamaged("key file unreadable: format")
    return data


def _write(root: Path, data: dict[str, object]) -> None:
    """Replace the key file atomically (a power cut leaves the old or the new one)."""
    from focalpoint.store.db import ensure_writable_dir, translate_errors

    ensure_writable_dir(root)
    target = key_file(root)
    tmp = target.with_name(target.name + ".new")
    with translate_errors(root):
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    _fsync_dir(root)


def _write_failures(root: Path, count: int, when: float) -> None:
    try:
        failures_file(root).write_text(f"{count} {when}", encoding="ascii")
    except OSError:
        logger.warning("could not record a failed unlock")


def _fsync_dir(root: Path) -> None:
    try:
        fd = os.open(root, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not text")
    return base64.b64decode(text, validate=True)
