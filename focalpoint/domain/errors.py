"""The one exception hierarchy of focalpoint, rooted at FocalpointError.

Each class carries a stable ``code`` (a snake_case word) that the message table in
``domain.messages`` turns into French or English; the developer-facing ``str()`` stays English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from focalpoint.domain.problems import Problem


class FocalpointError(Exception):
    """Base of every error focalpoint raises on purpose.

    ``params`` holds the values that the user-facing message needs (a path, a line number...).
    """

    code = "error"

    def __init__(self, detail: str = "", /, **params: Any) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params: Mapping[str, Any] = params


class UsageError(FocalpointError):
    """A command or its arguments are wrong (bad flag value, unknown form...)."""

    code = "usage_error"


class ValidationFailed(FocalpointError):
    """A record does not satisfy its form; ``problems`` lists every problem found."""

    code = "validation_failed"

    def __init__(self, problems: Sequence[Problem], detail: str = "", /, **params: Any) -> None:
        super().__init__(detail or f"{len(problems)} problem(s)", count=len(problems), **params)
        self.problems = list(problems)


class NotFound(FocalpointError):
    """A record, form or file that was asked for does not exist."""

    code = "not_found"


class Conflict(FocalpointError):
    """A write collided with another version of the same record."""

    code = "conflict"


class StorageError(FocalpointError):
    """The local database or file store could not be read or written."""

    code = "storage_error"


class DiskFull(StorageError):
    """The disk holding the data directory is full."""

    code = "disk_full"


class DataDirNotWritable(StorageError):
    """The data directory cannot be created or written."""

    code = "data_dir_not_writable"


class DatabaseCorrupt(StorageError):
    """``PRAGMA quick_check`` found damage; writes are refused until a backup is restored."""

    code = "database_corrupt"


class LockError(FocalpointError):
    """The data folder is encrypted and could not be unlocked (base of the unlock errors)."""

    code = "lock_error"


class PassphraseRequired(LockError):
    """The data folder is encrypted (or is being created) and no passphrase was given."""

    code = "passphrase_required"


class NewPassphraseRequired(PassphraseRequired):
    """A new data folder must be given a passphrase (only the demo may stay unencrypted)."""

    code = "passphrase_new_required"


class WrongPassphrase(LockError):
    """The passphrase does not open the key file; ``failures`` counts them in a row."""

    code = "wrong_passphrase"


class UnlockThrottled(LockError):
    """Too many wrong passphrases: the next try must wait ``seconds``."""

    code = "unlock_throttled"


class WeakPassphrase(LockError):
    """A new passphrase is too short (or the two entries differ: ``reason_code`` says)."""

    code = "weak_passphrase"


class KeyFileDamaged(StorageError):
    """The key file is missing or unreadable: the encrypted database cannot be opened."""

    code = "key_file_damaged"


SYNC_KINDS = (
    "auth",
    "network",
    "protocol",
    "server",
    "captive_portal",
    "tls",
    "tls_clock",
    "not_enrolled",
    "forbidden",  # a 403 that is not a revoked token: an operation this token may not do
)


class SyncError(FocalpointError):
    """A synchronisation failed; ``kind`` is one of ``SYNC_KINDS``; ``code`` is sync_<kind>."""

    code = "sync_error"

    def __init__(self, kind: str, detail: str = "", /, **params: Any) -> None:
        super().__init__(detail or kind, kind=kind, **params)
        self.kind = kind
        if kind in SYNC_KINDS:
            self.code = f"sync_{kind}"


class ImportFileError(FocalpointError):
    """A file given to an import cannot be read at all (not the format, unreadable, no header).

    Row-level problems do not raise this: they are reported per line by the import.
    """

    code = "import_file_error"


class Cancelled(FocalpointError):
    """The user cancelled a long task; shown silently."""

    code = "cancelled"


def unreadable_file(path: object, error: OSError) -> ImportFileError:
    """The ``ImportFileError`` for a file the system would not let us read, with a reason code
    a person understands (missing, permission denied, a folder, or unreadable)."""
    import errno

    codes = {
        errno.ENOENT: "file_missing",
        errno.EACCES: "file_denied",
        errno.EISDIR: "file_is_folder",
    }
    code = codes.get(error.errno or 0, "file_unreadable")
    detail = errno.errorcode.get(error.errno or 0, type(error).__name__)
    return ImportFileError(str(error), path=str(path), reason_code=code, detail=detail)
