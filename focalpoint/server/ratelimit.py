"""The limit on failed authentications (THREATS test 19), per client address.

A request whose token is absent, unknown or revoked counts as one failure of its client
address; past ``Settings.max_auth_failures`` failures in a minute, such a request gets 429
``rate_limited`` with ``Retry-After`` (the seconds until the oldest failure leaves the moving
window) instead of its 401/403. Only failures count and only failures are refused: a device
whose token is valid is served whatever its address did before (the laptops of a region often
share one carrier-grade NAT address with a revoked laptop, or with a scanner). A token is 256
random bits, beyond guessing anyway; the limit bounds the database lookups and log lines an
unauthenticated client can cause, and makes a scan visible as 429s.

It is built on ``limits``, the library under slowapi, not on slowapi's decorators: those count
every call of a decorated route and decide before the route's dependencies have run, so they
could neither count only the auth dependency's refusals nor let a valid token through from an
address over its limit.

The counts live in the memory of each server process (``limits.storage.MemoryStorage``): with
``serve --workers N`` each worker counts on its own, so an address gets between 20 and 20 × N
failures a minute (the kernel spreads connections over the workers) before every worker refuses
it, and a restart forgets them. An address over its limit costs at most 20 entries a worker;
idle entries expire after the window. IPv6 clients are counted per /64 (one subscriber's
prefix), so rotating through one's own addresses does not reset the count. Behind a reverse
proxy on the same host, uvicorn gives the client's address from ``X-Forwarded-For`` (trusted
only from ``--forwarded-allow-ips``, 127.0.0.1 by default), so proxied clients are still
counted one by one. Client addresses are never logged (THREATS §1.4).
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time

from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from focalpoint.server.errors import ApiError

logger = logging.getLogger(__name__)

RATE_LIMITED = "rate_limited"
UNKNOWN_CLIENT = "unknown"
IPV6_PREFIX = 64


class AuthFailureLimiter:
    """Counts failed authentications by client address in a moving window of ``window_s``."""

    def __init__(self, max_failures: int, window_s: int = 60) -> None:
        self.item = RateLimitItemPerSecond(max_failures, window_s)
        self.limiter = MovingWindowRateLimiter(MemoryStorage())

    def count_failure(self, host: str | None) -> None:
        """Count one failed authentication from ``host`` (the client's IP address, None when
        unknown). Raises ``ApiError`` 429 ``rate_limited``, with ``Retry-After``, when this
        failure is over the limit (it is then not counted: a client that keeps trying gets one
        failure through each time an old one leaves the window)."""
        key = client_key(host)
        if self.limiter.hit(self.item, key):
            return
        reset_at, _remaining = self.limiter.get_window_stats(self.item, key)
        wait_s = max(1, math.ceil(reset_at - time.time()))
        logger.info("failed authentication over the limit: refused with 429")
        raise ApiError(
            429,
            RATE_LIMITED,
            "too many failed authentications from this address: wait before trying again",
            {"retry_after": wait_s},
            {"Retry-After": str(wait_s)},
        )


def client_key(host: str | None) -> str:
    """The key ``host`` is counted under: the IPv4 address, the /64 of an IPv6 one (an
    IPv4-mapped one is its IPv4 address), the text as given when it is not an address."""
    if not host:
        return UNKNOWN_CLIENT
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, IPV6_PREFIX), strict=False))
    return str(address)
