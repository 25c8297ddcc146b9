"""The laptop's HTTP client for the sync protocol: one session, retries, gzip, clear failures.

Retries with exponential backoff come from urllib3's ``Retry`` (POST included: a push is made
idempotent by its ``batch_id``, so a retry reuses the same body). Timeouts are stall timeouts:
requests' read timeout bounds the wait for each chunk of bytes, not the whole transfer. Every
answer must carry the protocol header; a 200 without it (a captive portal's login page) is a
failure, never a success. 401/403 stop at once (no retry).
"""

from __future__ import annotations

import gzip
import json
import logging
from typing import Any

from pydantic import BaseModel, ValidationError

from focalpoint.domain.errors import SyncError
from focalpoint.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PATH,
    PUSH_PATH,
    PullResponse,
    PushRequest,
    PushResponse,
)

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 15.0
STALL_TIMEOUT = 30.0
MAX_ANSWER_BYTES = 32 * 1024 * 1024  # a bigger (or endlessly inflating) answer is refused


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
        from urllib3.util.retry import Retry

        self.base_url = base_url.rstrip("/")
        self.timeout = (CONNECT_TIMEOUT, stall_timeout)
        self.session = requests.Session()
        self.session.trust_env = False  # no proxy or netrc surprises; TLS is always verified
        if ca_bundle:
            self.session.verify = ca_bundle
        retry = Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            backoff_factor=backoff,
            status_forcelist=(429, 500, 502, 503, 504),
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
        body = gzip.compress(request.model_dump_json().encode("utf-8"), compresslevel=6)
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        answer = self._call("POST", PUSH_PATH, data=body, headers=headers)
        return self._parse(answer, PushResponse)

    def pull(self, since: int, limit: int, *, include_own: bool = False) -> PullResponse:
        """Fetch the page of changes after ``since`` (``include_own``: with this device's own
        writes too, to rebuild a copy)."""
        params: dict[str, Any] = {"since": since, "limit": limit}
        if include_own:
            params["include_own"] = "true"
        answer = self._call("GET", PULL_PATH, params=params)
        return self._parse(answer, PullResponse)

    def ping(self) -> dict[str, Any]:
        """Check the address and the token (enrolment); returns the device's name and regions."""
        return self._json(self._call("GET", "/api/v1/ping"))

    # -- internals ----------------------------------------------------------------------------

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        import requests

        self.requests_made += 1
        try:
            response = self.session.request(
                method, self.base_url + path, timeout=self.timeout, stream=True, **kwargs
            )
        except requests.exceptions.SSLError as exc:
            raise SyncError("tls", str(exc)) from exc
        except requests.exceptions.RetryError as exc:
            raise SyncError("server", str(exc)) from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise SyncError("network", type(exc).__name__) from exc
        except requests.exceptions.RequestException as exc:
            raise SyncError("network", type(exc).__name__) from exc
        self._check(response)
        return response

    def _check(self, response: Any) -> None:
        status = response.status_code
        if response.headers.get(PROTOCOL_HEADER) is None:
            response.close()
            raise SyncError(
                "captive_portal", f"HTTP {status} without protocol header", status=status
            )
        if response.headers.get(PROTOCOL_HEADER) != PROTOCOL_VERSION:
            response.close()
            raise SyncError("protocol", "protocol version mismatch", status=status)
        if status in (401, 403):
            code = self._error_code(response)
            raise SyncError("auth", code, status=status, code_detail=code)
        if status >= 500:
            raise SyncError("server", f"HTTP {status}", status=status)
        if status >= 400:
            code = self._error_code(response)
            raise SyncError("protocol", code, status=status, code_detail=code)

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

    def _error_code(self, response: Any) -> str:
        try:
            body = self._json(response)
        except SyncError:
            return f"http_{response.status_code}"
        return (
            str(body.get("code", f"http_{response.status_code}")) if isinstance(body, dict) else ""
        )
