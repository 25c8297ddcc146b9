"""Where the laptop's data lives: --data-dir, else FOCALPOINT_HOME, else the user data dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "focalpoint"
APP_AUTHOR = "WANEP-Mali"
ENV_HOME = "FOCALPOINT_HOME"


@dataclass(frozen=True)
class DataDir:
    """The files of one laptop's data folder."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite database."""
        return self.root / "focalpoint.db"

    @property
    def attachments(self) -> Path:
        """Where earlier versions kept attachments as plain files (moved into the encrypted
        ``attachments.db`` when the folder is opened: ``store.blobs.import_legacy_files``)."""
        return self.root / "attachments"

    @property
    def attachment_store(self) -> Path:
        """The attachment store, attached to the database (``store.db.attach_blobstore``)."""
        return self.root / "attachments.db"

    @property
    def backups(self) -> Path:
        """Rotating backups made with SQLite's backup API."""
        return self.root / "backups"

    @property
    def log_file(self) -> Path:
        """The log file (ids, counts and codes only; never field values)."""
        return self.root / "focalpoint.log"


def resolve_data_dir(explicit: str | Path | None = None) -> DataDir:
    """The data folder to use: ``explicit``, else ``$FOCALPOINT_HOME``, else the platform's."""
    if explicit:
        return DataDir(Path(explicit).expanduser())
    env = os.environ.get(ENV_HOME)
    if env:
        return DataDir(Path(env).expanduser())
    return DataDir(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))
