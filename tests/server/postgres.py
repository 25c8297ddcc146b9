"""A throw-away PostgreSQL cluster for the tests, from Debian's ``postgresql`` package.

``shared_cluster()`` starts one cluster per test session (about 1 s) in a temporary folder
(in /dev/shm when it is a roomy tmpfs: copying a database there takes 10 ms, not 200 ms on a
slow disk): ``initdb`` with trust authentication and no fsync, then ``pg_ctl start`` listening
on 127.0.0.1 and on a socket in that folder, on a free port. Root may not run PostgreSQL, so as
root the server runs as the ``postgres`` user the Debian package creates (``nobody`` when there
is none). Each test then gets a database of its own (``create_database``), dropped afterwards.

When the cluster cannot start (no binaries, no psycopg, no user to run it as, the server
refuses to start) the answer is ``(None, reason)``: the tests using it skip with that reason.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BIN_GLOB = "/usr/lib/postgresql/*/bin"
SUPERUSER = "focalpoint"
RUN_AS = ("postgres", "nobody")  # who runs the server when the tests run as root
MEMORY_DIR = Path("/dev/shm")  # noqa: S108 - only the parent of a mkdtemp folder
MEMORY_DIR_MIN_FREE = 1024**3  # the cluster takes ~60 MB, plus 8 MB per live test database
START_ATTEMPTS = 3  # a free port can be taken between finding it and binding it
TIMEOUT_S = 60
SERVER_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
    " -c full_page_writes=off -c max_connections=200 -c wal_level=minimal -c max_wal_senders=0"
)


@dataclass
class Cluster:
    """A running cluster: its binaries, its folder (data, socket, log) and its port."""

    bindir: Path
    root: Path
    port: int
    user: pwd.struct_passwd | None  # who runs the server (None: this process's user)
    _numbers: Any = field(default_factory=itertools.count)
    _admin: Any = None  # an autocommit psycopg connection to the ``postgres`` database
    _stopped: bool = False

    def url(self, database: str) -> str:
        """The URL of ``database``, as an operator would pass it to ``--db`` (no driver)."""
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its name."""
        name = f"t_{next(self._numbers)}"
        self._execute(f"CREATE DATABASE {name} STRATEGY FILE_COPY")  # less I/O than WAL_LOG
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending any session still connected to it."""
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def dump(self, name: str) -> bytes:
        """``pg_dump`` of ``name``: everything the database holds, as SQL text."""
        command = [str(self.bindir / "pg_dump"), "-h", "127.0.0.1", "-p", str(self.port)]
        command += ["-U", SUPERUSER, "--no-password", name]
        result = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
        assert result.returncode == 0, result.stderr.decode(errors="replace")
        return result.stdout

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its folder; a second call does nothing."""
        if self._stopped:
            return
        self._stopped = True
        if self._admin is not None:
            self._admin.close()
        _run(self, "pg_ctl", "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _execute(self, sql: str) -> None:
        import psycopg

        if self._admin is None:
            self._admin = psycopg.connect(self.url("postgres"), autocommit=True)
        self._admin.execute(sql)


_shared: tuple[Cluster | None, str] | None = None


def shared_cluster() -> tuple[Cluster | None, str]:
    """The session's cluster, started at the first call: ``(cluster, "")`` or ``(None, why)``."""
    global _shared
    if _shared is None:
        _shared = start_cluster()
        if _shared[0] is not None:
            atexit.register(_shared[0].stop)  # in case the session ends without teardown
    return _shared


def stop_shared() -> None:
    """Stop the session's cluster if it was started."""
    if _shared is not None and _shared[0] is not None:
        _shared[0].stop()


def start_cluster() -> tuple[Cluster | None, str]:
    """Initialise and start a new cluster in a temporary folder: ``(cluster, "")`` or
    ``(None, the reason it cannot run here)``."""
    try:
        import psycopg  # noqa: F401 - the server's PostgreSQL driver must be there too
    except ImportError:
        return None, "psycopg is not installed (pip install 'psycopg[binary]')"
    found = sorted(glob.glob(BIN_GLOB), key=_version_key)
    bindirs = [Path(path) for path in found if Path(path, "initdb").exists()]
    if not bindirs:
        return (
            None,
            f"PostgreSQL is not installed (no initdb in {BIN_GLOB}; apt install postgresql)",
        )
    user, problem = _server_user()
    if problem:
        return None, problem
    root = Path(tempfile.mkdtemp(prefix="focalpoint-pg-", dir=_temporary_parent()))
    try:
        cluster, problem = _init_and_start(bindirs[-1], root, user)
    except (OSError, subprocess.SubprocessError) as error:
        cluster, problem = None, f"PostgreSQL could not start: {error}"
    if cluster is None:
        shutil.rmtree(root, ignore_errors=True)
    return cluster, problem


def _temporary_parent() -> Path | None:
    """``MEMORY_DIR`` if it is there with room to spare, else None (the usual temporary folder)."""
    try:
        roomy = shutil.disk_usage(MEMORY_DIR).free >= MEMORY_DIR_MIN_FREE
    except OSError:
        return None
    return MEMORY_DIR if roomy and os.access(MEMORY_DIR, os.W_OK) else None


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _server_user() -> tuple[pwd.struct_passwd | None, str]:
    if os.geteuid() != 0:
        return None, ""
    for name in RUN_AS:
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name), ""
    return None, f"running as root and no user ({', '.join(RUN_AS)}) to run PostgreSQL as"


def _init_and_start(
    bindir: Path, root: Path, user: pwd.struct_passwd | None
) -> tuple[Cluster | None, str]:
    data, sockets = root / "data", root / "socket"
    sockets.mkdir()
    if user is not None:
        for path in (root, sockets):
            os.chown(path, user.pw_uid, user.pw_gid)
    cluster = Cluster(bindir, root, 0, user)
    init = _run(
        cluster, "initdb", "-D", str(data), "-A", "trust", "-U", SUPERUSER, "--no-sync",
        "-E", "UTF8", "--no-locale", "--no-instructions",
    )  # fmt: skip
    if init.returncode != 0:
        return None, f"initdb failed: {_tail(init.stderr)}"
    problem = ""
    log = root / "server.log"
    for _attempt in range(START_ATTEMPTS):
        cluster.port = _free_port()
        options = f"-k {sockets} -p {cluster.port} {SERVER_OPTIONS}"
        log.unlink(missing_ok=True)
        start = _run(cluster, "pg_ctl", "-D", str(data), "-l", str(log), "-o", options, "-w",
                     "-t", str(TIMEOUT_S), "start")  # fmt: skip
        if start.returncode == 0:
            return cluster, ""
        log_text = log.read_text(errors="replace") if log.exists() else ""
        problem = f"pg_ctl start failed: {_tail(start.stderr + start.stdout, 1)} {_tail(log_text)}"
        if "already in use" not in log_text:  # only a port taken meanwhile is worth a retry
            break
    return None, problem


def _run(cluster: Cluster, program: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run one of the cluster's programs as its user, in its folder, in the C locale."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "LANG": "C"}
    switch: dict[str, Any] = {}
    if cluster.user is not None:
        env["HOME"] = str(cluster.root)
        switch = {"user": cluster.user.pw_uid, "group": cluster.user.pw_gid, "extra_groups": []}
    return subprocess.run(
        [str(cluster.bindir / program), *args],
        cwd=cluster.root,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
        **switch,
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])
