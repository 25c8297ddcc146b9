"""The laptop's HTTP client for the sync protocol: one session, retries, gzip, clear failures.

Retries with exponential backoff come from urllib3's ``Retry`` (POST included: a push is made
idempotent by its ``batch_id``, so a retry reuses the same body). Timeouts are stall timeouts:
requests' read timeout bounds the wait for each chunk of bytes, not the whole transfer. Every
answer must carry the protocol header; a 200 without it (a captive portal's login page) is a
failure, never a success. 401/403 stop at once (no retry), and so does 429: the server sends it
only to requests whose token failed, once their address has failed too often. A 401, a 429 and
a 403 ``token_revoked`` are the kind ``auth`` (this token is refused); any other 403 (a
focal-point token on a secretariat-only operation) is the kind ``forbidden``.

TLS is always verified (``ca_bundle`` adds a trust anchor, nothing turns checking off). A
certificate refused for its dates — expired or not yet valid, which on a laptop is most often
its own clock, set years off after a flat battery — is the distinct kind ``tls_clock`` (the
message asks to check the date and time); any other refusal is ``tls``. Neither is retried.
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import ssl
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ValidationError

from focalpoint import __version__
from focalpoint.domain.errors import SyncError
from focalpoint.sync.blob_protocol import (
    COMPLETE_HEADER,
    RECEIVED_HEADER,
    SIZE_HEADER,
    BlobState,
    blob_path,
)
from focalpoint.sync.protocol import (
    APP_VERSION_HEADER,
    AUDIT_PATH,
    CONFLICT_RESOLVE_PATH,
    DEFINITIONS_PATH,
    DEVICE_REGIONS_PATH,
    DEVICE_REVOKE_PATH,
    DEVICES_PATH,
    HISTORY_PATH,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PATH,
    PUSH_PATH,
    REVIEWS_PATH,
    REVOCATIONS_PATH,
    WAITING_HEADER,
    AuditPage,
    DefinitionsResponse,
    DeviceEnrolment,
    DeviceList,
    DeviceSummary,
    EnrolledDevice,
    PublishRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RecordHistory,
    RegionsRequest,
    ResolveRequest,
    ServerConflict,
    ServerDefinition,
    ServerReview,
    WireReview,
)

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 15.0
STALL_TIMEOUT = 30.0
MAX_ANSWER_BYTES = 32 * 1024 * 1024  # a bigger (or endlessly inflating) answer is refused
# OpenSSL's verify codes of a certificate outside its validity dates, as a wrong clock sees it.
X509_V_ERR_CERT_NOT_YET_VALID = 9
X509_V_ERR_CERT_HAS_EXPIRED = 10
CLOCK_VERIFY_CODES = frozenset({X509_V_ERR_CERT_NOT_YET_VALID, X509_V_ERR_CERT_HAS_EXPIRED})
TOKEN_REVOKED = "token_revoked"  # noqa: S105 - an error code: the 403 of a refused token


class SyncClient:
    """Talks to one server with one device token."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        stall_timeout: float = STALL_TIMEOUT,
        retries: int = 4,
        backoff: float = 1.0,
        ca_bundle: str | None = None,
    ) -> None:
        import requests
        from requests.adapters import HTTPAdapter

        self.base_url = base_url.rstrip("/")
        self.timeout = (CONNECT_TIMEOUT, stall_timeout)
        self.session = requests.Session()
        self.session.trust_env = False  # no proxy or netrc surprises; TLS is always verified
        if ca_bundle:
            self.session.verify = ca_bundle
        retry = _retry_class()(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            backoff_factor=backoff,
            status_forcelist=(500, 502, 503, 504),
            allowed_methods=frozenset({"GET", "POST"}),
            raise_on_status=False,
            respect_retry_after_header=True,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                PROTOCOL_HEADER: PROTOCOL_VERSION,
                "Accept-Encoding": "gzip",
                "User-Agent": "focalpoint-sync/1",
            }
        )
        self.requests_made = 0

    def close(self) -> None:
        """Close the connection pool."""
        self.session.close()

    # -- protocol calls -----------------------------------------------------------------------

    def push(self, request: PushRequest) -> PushResponse:
        """Send one batch; the same ``request`` may be sent again safely."""
        return self.push_body(
            gzip.compress(request.model_dump_json().encode("utf-8"), compresslevel=6)
        )

    def push_body(self, body: bytes) -> PushResponse:
        """Send one batch already serialised and gzip-compressed (``push`` does both)."""
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        answer = self._call("POST", PUSH_PATH, data=body, headers=headers)
        return self._parse(answer, PushResponse)

    def pull(
        self, since: int, limit: int, *, include_own: bool = False, waiting: int | None = None
    ) -> PullResponse:
        """Fetch the page of changes after ``since`` (``include_own``: with this device's own
        writes too, to rebuild a copy). The app's version and ``waiting`` (records waiting to
        be sent, as this laptop counts them) go in headers, for the Appareils page."""
        params: dict[str, Any] = {"since": since, "limit": limit}
        if include_own:
            params["include_own"] = "true"
        headers = {APP_VERSION_HEADER: __version__}
        if waiting is not None:
            headers[WAITING_HEADER] = str(max(0, waiting))
        answer = self._call("GET", PULL_PATH, params=params, headers=headers)
        return self._parse(answer, PullResponse)

    def definitions(self, since: int) -> DefinitionsResponse:
        """Fetch the form versions and reference lists published after ``since``."""
        answer = self._call("GET", DEFINITIONS_PATH, params={"since": since})
        return self._parse(answer, DefinitionsResponse)

    def ping(self) -> dict[str, Any]:
        """Check the address and the token (enrolment); returns the device's name and regions."""
        return self._json(self._call("GET", "/api/v1/ping"))

    def revoke_by_hash(self, token_sha256: str) -> None:
        """Ask the server to revoke the token whose SHA-256 is ``token_sha256`` (sent after a
        panic wipe, which kept only the hash). The server answers 204 whether it knew it."""
        answer = self._call("POST", REVOCATIONS_PATH, json={"token_sha256": token_sha256})
        answer.close()

    # -- the secretariat's desk ----------------------------------------------------------------

    def post_review(self, entry: WireReview) -> ServerReview:
        """Send one entry of a record's review thread (sending it again returns the stored one).
        Raises ``SyncError``: ``forbidden`` (``secretariat_only``: a focal point set a status),
        ``protocol`` with ``code_detail`` ``record_not_found`` (a record this token may not
        see) or a 422 code."""
        answer = self._call("POST", REVIEWS_PATH, json=entry.model_dump(mode="json"))
        return self._parse(answer, ServerReview)

    def resolve_conflict(self, conflict_id: int, note: str = "") -> ServerConflict:
        """Tell the server a conflict is settled (its data was pushed as an edit first).
        ``code_detail`` ``conflict_already_resolved`` (409) or ``conflict_not_found`` (404)."""
        path = CONFLICT_RESOLVE_PATH.format(conflict_id=int(conflict_id))
        answer = self._call("POST", path, json=ResolveRequest(note=note).model_dump())
        return self._parse(answer, ServerConflict)

    def history(self, record_id: str) -> RecordHistory:
        """Every version of a record and its review thread (the read is audited)."""
        answer = self._call("GET", HISTORY_PATH.format(record_id=_segment(record_id)))
        return self._parse(answer, RecordHistory)

    def list_devices(self) -> DeviceList:
        """Every enrolled laptop (secretariat only)."""
        return self._parse(self._call("GET", DEVICES_PATH), DeviceList)

    def enrol_device(self, enrolment: DeviceEnrolment) -> EnrolledDevice:
        """Enrol a laptop (secretariat only): its token comes back this once."""
        answer = self._call("POST", DEVICES_PATH, json=enrolment.model_dump())
        return self._parse(answer, EnrolledDevice)

    def revoke_device(self, name: str) -> DeviceSummary:
        """Revoke a laptop's token (secretariat only)."""
        answer = self._call("POST", DEVICE_REVOKE_PATH.format(name=_segment(name)))
        return self._parse(answer, DeviceSummary)

    def reassign_device(self, name: str, regions: list[str]) -> DeviceSummary:
        """Give a laptop new regions (secretariat only)."""
        body = RegionsRequest(regions=regions).model_dump()
        answer = self._call("PUT", DEVICE_REGIONS_PATH.format(name=_segment(name)), json=body)
        return self._parse(answer, DeviceSummary)

    def publish_form(self, form: dict[str, Any]) -> ServerDefinition:
        """Publish a form version (secretariat only); 409 ``form_version_not_newer``."""
        answer = self._call("POST", DEFINITIONS_PATH, json=PublishRequest(form=form).model_dump())
        return self._parse(answer, ServerDefinition)

    def audit(
        self,
        since: int = 0,
        limit: int = 500,
        *,
        record_id: str | None = None,
        device: str | None = None,
    ) -> AuditPage:
        """A page of the audit log after entry ``since`` (secretariat only)."""
        params: dict[str, Any] = {"since": since, "limit": limit}
        if record_id:
            params["record_id"] = record_id
        if device:
            params["device"] = device
        return self._parse(self._call("GET", AUDIT_PATH, params=params), AuditPage)

    # -- attachments (blob_protocol.py) --------------------------------------------------------

    def blob_state(self, sha256: str) -> BlobState | None:
        """How much of ``sha256`` the server holds (HEAD); None when it has none of it."""
        answer = self._call("HEAD", blob_path(sha256), accept=(404,))
        answer.close()
        if answer.status_code == 404:
            return None
        return _state_from_headers(sha256, answer.headers)

    def put_blob_chunk(self, sha256: str, start: int, data: bytes, total: int) -> BlobState:
        """Send bytes ``start``… of the ``total``-byte file ``sha256``; the server's state after
        it. When the server holds another number of bytes than ``start`` (a chunk whose answer
        was lost, another laptop uploading the same file), the state says where to resume.
        Raises ``SyncError`` (``detail`` ``blob_hash_mismatch`` when the content is not
        ``sha256``'s)."""
        if total == 0:
            content_range = "bytes */0"
        else:
            content_range = f"bytes {start}-{start + len(data) - 1}/{total}"
        headers = {"Content-Range": content_range, "Content-Type": "application/octet-stream"}
        answer = self._call("PUT", blob_path(sha256), data=data, headers=headers, accept=(409,))
        if answer.status_code == 409:
            body = self._json(answer)
            code = str(body.get("code", "")) if isinstance(body, dict) else ""
            received = answer.headers.get(RECEIVED_HEADER, "")
            if code != "blob_offset_mismatch" or not received.isdigit():
                raise SyncError("protocol", code or "http_409", status=409, code_detail=code)
            return BlobState(sha256=sha256, received=int(received), size=total, complete=False)
        return self._parse(answer, BlobState)

    def open_blob(self, sha256: str, start: int = 0) -> Any | None:
        """The streamed answer to a download of ``sha256`` from byte ``start`` (read it with
        ``iter_content``; its status is 206 when ``start`` > 0), or None when the server cannot
        give it (no record this device may see refers to it, or its upload is unfinished)."""
        headers = {"Accept-Encoding": "identity"}
        if start:
            headers["Range"] = f"bytes={start}-"
        answer = self._call("GET", blob_path(sha256), headers=headers, accept=(404, 409))
        if answer.status_code in (404, 409):
            answer.close()
            return None
        return answer

    def blob_chunks(self, answer: Any, chunk_size: int = 65536) -> Iterator[bytes]:
        """The bytes of a download opened by ``open_blob``; a cut link raises ``SyncError``
        (``network``) after the bytes that did arrive were given."""
        import requests

        try:
            yield from answer.iter_content(chunk_size=chunk_size)
        except requests.exceptions.RequestException as exc:
            raise SyncError("network", type(exc).__name__) from exc
        finally:
            answer.close()

    # -- internals ----------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, accept: tuple[int, ...] = (), **kwargs: Any) -> Any:
        import requests

        self.requests_made += 1
        try:
            response = self.session.request(
                method, self.base_url + path, timeout=self.timeout, stream=True, **kwargs
            )
        except requests.exceptions.SSLError as exc:
            raise _tls_error(exc) from exc
        except requests.exceptions.RetryError as exc:
            raise SyncError("server", str(exc)) from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise SyncError("network", type(exc).__name__) from exc
        except requests.exceptions.RequestException as exc:
            raise SyncError("network", type(exc).__name__) from exc
        self._check(response, accept)
        return response

    def _check(self, response: Any, accept: tuple[int, ...] = ()) -> None:
        status = response.status_code
        if response.headers.get(PROTOCOL_HEADER) is None:
            response.close()
            raise SyncError(
                "captive_portal", f"HTTP {status} without protocol header", status=status
            )
        if response.headers.get(PROTOCOL_HEADER) != PROTOCOL_VERSION:
            response.close()
            raise SyncError("protocol", "protocol version mismatch", status=status)
        if status in (401, 403, 429):  # 429: this token failed too often (see the docstring)
            code, details = self._error_info(response)
            if status == 403 and code != TOKEN_REVOKED:
                raise SyncError("forbidden", code, status=status, code_detail=code, details=details)
            raise SyncError("auth", code, status=status, code_detail=code)
        if status in accept:
            return
        if status >= 500:
            raise SyncError("server", f"HTTP {status}", status=status)
        if status >= 400:
            code, details = self._error_info(response)
            raise SyncError("protocol", code, status=status, code_detail=code, details=details)

    def _body(self, response: Any) -> bytes:
        import requests

        chunks, size = [], 0
        try:
            for chunk in response.iter_content(chunk_size=65536):  # decoded (gunzipped) stream
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    response.close()
                    raise SyncError("protocol", "answer too large")
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            raise SyncError("network", type(exc).__name__) from exc
        return b"".join(chunks)

    def _json(self, response: Any) -> Any:
        try:
            return json.loads(self._body(response))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SyncError("protocol", "answer is not JSON") from exc

    def _parse(self, response: Any, model: type[BaseModel]) -> Any:
        try:
            return model.model_validate(self._json(response))
        except ValidationError as exc:
            raise SyncError("protocol", f"unexpected answer: {exc.error_count()} error(s)") from exc

    def _error_info(self, response: Any) -> tuple[str, dict[str, Any]]:
        """The ``ErrorBody`` code of a refusal and its ``details`` (a 422's list of errors
        becomes ``{"errors": [...]}``)."""
        try:
            body = self._json(response)
        except SyncError:
            return f"http_{response.status_code}", {}
        if not isinstance(body, dict):
            return "", {}
        details = body.get("details", body.get("detail", {}))
        if not isinstance(details, dict):
            details = {"errors": details}
        return str(body.get("code", f"http_{response.status_code}")), details


def _segment(value: str) -> str:
    """``value`` quoted as one path segment (a device name may hold spaces or slashes)."""
    from urllib.parse import quote

    return quote(str(value), safe="")


@functools.cache
def _retry_class() -> Any:
    """urllib3's ``Retry``, except that a certificate refused by verification ends the call at
    once (neither a wrong certificate nor a wrong clock mends itself between retries), and that
    a 429 is not retried even with a ``Retry-After`` (the server's 429 means this token failed
    too often: waiting cannot make it valid)."""
    from urllib3.exceptions import MaxRetryError
    from urllib3.util.retry import Retry

    class SyncRetry(Retry):
        RETRY_AFTER_STATUS_CODES = frozenset({503})

        def increment(
            self,
            method: str | None = None,
            url: str | None = None,
            response: Any = None,
            error: Exception | None = None,
            _pool: Any = None,
            _stacktrace: Any = None,
        ) -> Retry:
            if error is not None and _verification_failure(error) is not None:
                raise MaxRetryError(_pool, url or "", error) from error
            return super().increment(method, url, response, error, _pool, _stacktrace)

    return SyncRetry


def _verification_failure(error: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification failure somewhere in ``error``'s chain, or None (requests
    and urllib3 wrap it in their own exceptions, in ``args``, ``reason`` or ``__cause__``)."""
    pending: list[object] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        pending += [*current.args, getattr(current, "reason", None)]
        pending += [current.__cause__, current.__context__]
    return None


def _tls_error(error: BaseException) -> SyncError:
    """``tls_clock`` for a certificate refused for its dates, ``tls`` for any other failure."""
    failure = _verification_failure(error)
    if failure is not None and failure.verify_code in CLOCK_VERIFY_CODES:
        return SyncError("tls_clock", str(failure.verify_message), verify_code=failure.verify_code)
    return SyncError("tls", str(error))


def _state_from_headers(sha256: str, headers: Any) -> BlobState:
    """A ``BlobState`` from a HEAD answer's headers; ``SyncError`` if they are not numbers."""
    received, size = headers.get(RECEIVED_HEADER, ""), headers.get(SIZE_HEADER, "")
    if not (received.isdigit() and size.isdigit()):
        raise SyncError("protocol", "blob state headers missing")
    return BlobState(
        sha256=sha256,
        received=int(received),
        size=int(size),
        complete=headers.get(COMPLETE_HEADER) == "1",
    )
