"""The server's listening socket (``server/listener.py``): every connection it accepts gets
``TCP_NODELAY``, in the tests' servers and in ``focalpoint serve --workers N``, whose socket
uvicorn would otherwise bind with ``proto`` 0 (uvicorn #3149: 40 ms a keep-alive request)."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest

from focalpoint.domain.errors import UsageError
from focalpoint.server import admin
from focalpoint.server.listener import tcp_listener


def _nodelay_of_accepted(listener: socket.socket) -> int:
    """TCP_NODELAY of the connection an asyncio server on ``listener`` accepts."""
    seen: list[int] = []

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            sock = transport.get_extra_info("socket")
            seen.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(Probe, sock=listener)
        async with server:
            host, port = listener.getsockname()[:2]
            _reader, writer = await asyncio.open_connection(host, port)
            for _ in range(200):
                if seen:
                    break
                await asyncio.sleep(0.01)
            writer.close()

    asyncio.run(main())
    assert seen, "no connection was accepted"
    return seen[0]


def test_connections_accepted_on_the_listener_get_tcp_nodelay() -> None:
    listener = tcp_listener("127.0.0.1", 0)
    assert listener.proto == socket.IPPROTO_TCP
    assert _nodelay_of_accepted(listener) == 1


def test_a_socket_bound_the_way_uvicorn_binds_it_does_not() -> None:
    """The control: what ``uvicorn.Config.bind_socket`` makes (``socket.socket(family)``)."""
    plain = socket.socket(socket.AF_INET)
    plain.bind(("127.0.0.1", 0))
    assert _nodelay_of_accepted(plain) == 0


def test_serve_with_workers_hands_uvicorn_the_tcp_listener(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    handed: list[socket.socket] = []

    class Supervisor:
        def __init__(self, config: Any, sockets: list[socket.socket]) -> None:
            assert config.workers == 2
            handed.extend(sockets)

        def run(self) -> None:
            sock = handed[0]
            assert (sock.proto, sock.get_inheritable()) == (socket.IPPROTO_TCP, True)
            assert sock.getsockname()[0] == "127.0.0.1"

    monkeypatch.setattr("uvicorn.supervisors.Multiprocess", Supervisor)
    admin.serve(str(tmp_path / "server.db"), "127.0.0.1", 0, workers=2)
    assert len(handed) == 1
    assert handed[0].fileno() == -1  # closed once the supervisor returns


def test_a_port_already_taken_is_a_usage_error(tmp_path: Any) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(UsageError) as refused:
            admin.serve(str(tmp_path / "server.db"), "127.0.0.1", port, workers=2)
    assert refused.value.params["detail_code"] == "listen_failed"
    assert refused.value.params["address"] == f"127.0.0.1:{port}"
