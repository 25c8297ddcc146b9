"""TLS (THREATS tests 22 and 12): the client verifies every certificate, and says when a refusal
comes from the laptop's clock.

The server is the real app under uvicorn with ``ssl_certfile``/``ssl_keyfile`` on 127.0.0.1;
the certificates are made by the ``openssl`` command line in ``tmp_path``: a self-signed one
(refused unless ``ca_bundle`` names it), one signed by another CA for the right address (what
mitmproxy presents), and trusted ones outside their validity dates (what a laptop whose clock
is 3 years off sees) → ``tls_clock``, whose French message asks to check the date and time.
The package never turns verification off (grep, and ruff's S501 stays selected).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from focalpoint.domain.errors import SyncError
from focalpoint.domain.messages import error_message
from focalpoint.server import storage
from focalpoint.server.app import create_app
from focalpoint.server.settings import Settings
from focalpoint.sync.client import SyncClient
from tests.server.conftest import serving

ROOT = Path(__file__).resolve().parents[2]
ATTEMPTS = 20  # "refused 100 % of the time": every fresh connection is refused
OPENSSL_CONFIG = """\
[ca]
default_ca = signing
[signing]
database = index.txt
serial = serial
new_certs_dir = .
default_md = sha256
policy = anything
copy_extensions = copy
unique_subject = no
[anything]
commonName = supplied
[req]
distinguished_name = name
prompt = no
[name]
CN = {name}
[authority]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,digitalSignature
subjectAltName = {alt_name}
[leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = {alt_name}
"""

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="no openssl command")


class Certificates:
    """Makes keys and certificates with the ``openssl`` command line in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _run(self, *args: str, name: str = "127.0.0.1", alt_name: str = "IP:127.0.0.1") -> None:
        config = self.folder / "openssl.cnf"
        config.write_text(OPENSSL_CONFIG.format(name=name, alt_name=alt_name))
        (self.folder / "index.txt").write_text("")
        (self.folder / "serial").write_text(f"{time.time_ns():x}\n")
        subprocess.run(
            ["openssl", *args, "-config", str(config)],
            cwd=self.folder,
            check=True,
            capture_output=True,
        )

    def make(
        self,
        stem: str,
        *,
        start: datetime,
        end: datetime,
        signer: str | None = None,
        name: str = "127.0.0.1",
    ) -> tuple[Path, Path]:
        """``stem``.pem and its key ``stem``.key, valid from ``start`` to ``end``, for ``name``
        (an IP address or a DNS name): self-signed CA, or a leaf signed by the ``signer``."""
        alt_name = f"IP:{name}" if re.fullmatch(r"[0-9.]+", name) else f"DNS:{name}"
        names = {"name": name, "alt_name": alt_name}
        key, cert = self.folder / f"{stem}.key", self.folder / f"{stem}.pem"
        new_key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        self._run("req", "-new", *new_key, "-keyout", key.name, "-out", f"{stem}.csr", **names)
        signing = ["-selfsign", "-keyfile", key.name, "-extensions", "authority"]
        if signer is not None:
            signing = ["-cert", f"{signer}.pem", "-keyfile", f"{signer}.key", "-extensions", "leaf"]
        dates = ["-startdate", _asn1_time(start), "-enddate", _asn1_time(end)]
        self._run(
            "ca",
            "-batch",
            "-notext",
            *signing,
            *dates,
            "-in",
            f"{stem}.csr",
            "-out",
            cert.name,
            **names,
        )
        return cert, key


def _asn1_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%d%H%M%SZ")


@pytest.fixture
def certificates(tmp_path: Path) -> Certificates:
    folder = tmp_path / "pki"
    folder.mkdir()
    return Certificates(folder)


@pytest.fixture
def app_and_token(tmp_path: Path) -> Iterator[tuple[object, str]]:
    """The server app on an SQLite file, and the token of a Gao device enrolled on it."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    engine = storage.make_engine(url)
    storage.migrate(engine)
    _device, token = storage.add_device(engine, "pf-gao", "focal_point", ["gao"])
    engine.dispose()
    app = create_app(Settings(db_url=url))
    yield app, token
    app.state.engine.dispose()


NOW = datetime.now(UTC)
VALID = {"start": NOW - timedelta(days=1), "end": NOW + timedelta(days=30)}


def _refusal(url: str, token: str, ca_bundle: Path | None = None) -> SyncError:
    """The error of a ping through a new client; fails the test if the ping succeeds."""
    client = SyncClient(url, token, ca_bundle=str(ca_bundle) if ca_bundle else None, backoff=30)
    try:
        with pytest.raises(SyncError) as caught:
            client.ping()
    finally:
        client.close()
    return caught.value


def test_a_self_signed_certificate_is_always_refused(certificates, app_and_token) -> None:
    app, token = app_and_token
    cert, key = certificates.make("server", **VALID)
    with serving(app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as address:
        started = time.monotonic()
        kinds = [_refusal(f"https://{address}", token).kind for _ in range(ATTEMPTS)]
        elapsed = time.monotonic() - started
    assert kinds == ["tls"] * ATTEMPTS
    assert elapsed < 30  # never retried: one retry would wait backoff=30 s


def test_the_ca_bundle_option_trusts_that_certificate(certificates, app_and_token) -> None:
    app, token = app_and_token
    cert, key = certificates.make("server", **VALID)
    with serving(app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as address:
        client = SyncClient(f"https://{address}", token, ca_bundle=str(cert))
        try:
            assert client.ping()["regions"] == ["gao"]
        finally:
            client.close()


def test_a_certificate_from_another_authority_is_refused(certificates, app_and_token) -> None:
    """What mitmproxy does: a certificate for the right address, signed by its own CA."""
    app, token = app_and_token
    ours, _ = certificates.make("secretariat-ca", **VALID, name="secretariat.example")
    certificates.make("mitmproxy-ca", **VALID, name="mitmproxy.example")
    cert, key = certificates.make("intercepted", **VALID, signer="mitmproxy-ca")
    with serving(app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as address:
        kinds = [_refusal(f"https://{address}", token, ours).kind for _ in range(ATTEMPTS)]
    assert kinds == ["tls"] * ATTEMPTS


def test_a_certificate_for_another_name_is_refused(certificates, app_and_token) -> None:
    app, token = app_and_token
    cert, key = certificates.make("server", **VALID, name="sync.example.org")
    with serving(app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as address:
        assert _refusal(f"https://{address}", token, cert).kind == "tls"


@pytest.mark.parametrize(
    ("clock", "start", "end"),
    [
        ("3 years slow", NOW + timedelta(days=3 * 365), NOW + timedelta(days=4 * 365)),
        ("3 years fast", NOW - timedelta(days=4 * 365), NOW - timedelta(days=3 * 365)),
    ],
    ids=["not_yet_valid", "expired"],
)
def test_a_refusal_due_to_the_clock_says_to_fix_the_date(
    certificates, app_and_token, clock: str, start: datetime, end: datetime
) -> None:
    """The certificate is trusted (``ca_bundle``) but outside its dates: to the laptop it looks
    like this when its own clock is ``clock`` (the server's certificate being right)."""
    app, token = app_and_token
    cert, key = certificates.make("server", start=start, end=end)
    with serving(app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as address:
        error = _refusal(f"https://{address}", token, cert)
    assert (error.kind, error.code) == ("tls_clock", "sync_tls_clock")
    french = error_message(error, "fr")
    assert "date" in french
    assert "heure" in french
    assert "date" in error_message(error, "en")


def test_the_package_never_disables_certificate_checks() -> None:
    pattern = re.compile(
        r"verify\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|_create_unverified_context"
    )
    hits = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "focalpoint").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hits == []


def test_ruff_checks_for_disabled_certificate_checks() -> None:
    """S501 (``requests`` call with ``verify=False``) is selected through "S" and ignored
    nowhere that covers the package."""
    lint = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]
    lint = lint["lint"]
    assert "S" in lint["select"] or "S501" in lint["select"]
    ignored = [*lint.get("ignore", [])]
    ignored += [
        rule
        for files, rules in lint.get("per-file-ignores", {}).items()
        if not files.startswith(("tests/", "benchmarks/", "scripts/"))
        for rule in rules
    ]
    assert not [rule for rule in ignored if "S501".startswith(rule) and rule.startswith("S")]


def test_a_laptop_enrolled_with_its_ca_file_syncs_over_https(
    certificates, app_and_token, tmp_path
) -> None:
    """`enroll --ca-bundle` (the Synchronisation page's Certificat field calls the same
    service): the file is remembered and every later sync verifies against it."""
    from focalpoint import services
    from focalpoint.domain.errors import UsageError
    from focalpoint.store.datadir import DataDir
    from tests.conftest import encrypted_folder, incident_data

    app, token = app_and_token
    cert, key = certificates.make("server", **VALID)
    data_dir = DataDir(tmp_path / "laptop")
    ws = services.open_workspace(data_dir, key=encrypted_folder(data_dir.root))
    try:
        with serving(app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as address:
            url = f"https://{address}"
            with pytest.raises(SyncError) as refused:
                services.enroll(ws, url, token)  # without the file: refused, not enrolled
            assert refused.value.kind == "tls"
            with pytest.raises(UsageError):
                services.enroll(ws, url, token, ca_bundle=tmp_path / "absent.pem")
            services.enroll(ws, url, token, ca_bundle=cert)
            services.save_record(ws, "incident", incident_data(), final=True)
            report = services.run_sync(ws)
        assert report.pushed == 1
    finally:
        ws.close()
