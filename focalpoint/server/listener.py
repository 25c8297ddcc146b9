"""The listening socket the server is handed (``serve --workers N``, the tests' live servers).

uvicorn binds the socket it shares between worker processes with ``socket.socket(family)``,
which leaves ``proto`` at 0; accepted connections inherit it, and asyncio only turns
``TCP_NODELAY`` on for a socket whose ``proto`` is ``IPPROTO_TCP``. Nagle's algorithm then
holds the second half of each answer (uvicorn writes the headers and the body apart) until the
laptop's delayed ACK: about 40 ms on every request of a keep-alive connection after the first
(uvicorn issue #3149). Measured: a ping took 48 ms with ``--workers 2`` and 3 ms with one
worker. The socket made here says it is TCP, so asyncio sets ``TCP_NODELAY`` on each
connection it accepts.
"""

from __future__ import annotations

import socket


def tcp_listener(host: str, port: int, *, inheritable: bool = False) -> socket.socket:
    """A TCP socket bound to ``host:port`` (port 0: any free one), not yet listening (the
    server calls ``listen``), whose accepted connections get ``TCP_NODELAY`` from asyncio.
    ``inheritable``: for worker processes started from this one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.set_inheritable(inheritable)
    except OSError:
        sock.close()
        raise
    return sock
