"""``POST /api/v1/revocations``: a wiped laptop asks the server to revoke its old token.

The panic wipe destroys the token and keeps only its SHA-256 (``store/wipe.py``), which is what
the server stores too: knowing it proves nothing but lets its holder switch that token off. No
bearer token is needed (the laptop has none any more); the answer is 204 whether the hash was
known or not, so the endpoint tells nothing about which devices exist; a hash that revokes
nothing counts against the client's address like a wrong token (429 past the limit).
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response  # noqa: TID253 - the server is where FastAPI lives
from pydantic import BaseModel, ConfigDict, Field

from focalpoint.server import storage
from focalpoint.server.deps import Engine
from focalpoint.server.ratelimit import AuthFailureLimiter
from focalpoint.server.routers import ERRORS
from focalpoint.sync.protocol import REVOCATIONS_PATH

# no token here, so no 401 or 403
router = APIRouter(
    tags=["devices"], responses={k: v for k, v in ERRORS.items() if k not in (401, 403)}
)


class RevocationRequest(BaseModel):
    """The SHA-256 (64 lowercase hex digits) of the token to revoke."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    token_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


@router.post(REVOCATIONS_PATH, status_code=204, response_class=Response)
def revoke(body: RevocationRequest, request: Request, engine: Engine) -> Response:
    """Revoke the device whose token hashes to ``token_sha256`` (204 in every case).

    A hash that revokes nothing counts as a failed authentication (``ratelimit.py``): guessing
    hashes from one address is limited like guessing tokens."""
    if not storage.revoke_by_token_hash(engine, body.token_sha256):
        limiter: AuthFailureLimiter = request.app.state.auth_limiter
        limiter.count_failure(request.client.host if request.client else None)
    return Response(status_code=204)
