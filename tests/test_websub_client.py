"""The hub's outgoing requests: every address checked at connect, no redirects followed,
answers capped, and one deadline for the whole exchange — against real loopback servers."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from feedd.websub.client import AddressRefusedError, CallbackClient, DeliveryError
from feedd.websub.rules import IPAddress, parse_allow_list

LOOPBACK = [ipaddress.ip_address("127.0.0.1")]


class RawServer:
    """A TCP server on loopback that reads a request head and answers with `respond`."""

    def __init__(self, respond: Callable[[socket.socket], None]) -> None:
        self.heads: list[bytes] = []
        self._respond = respond
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._sock.getsockname()[1])

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    head += chunk
                self.heads.append(head)
                with contextlib.suppress(OSError):
                    self._respond(conn)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[socket.socket], None]], RawServer]]:
    servers: list[RawServer] = []

    def start(respond: Callable[[socket.socket], None]) -> RawServer:
        servers.append(RawServer(respond))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def answer(status: str, body: bytes = b"", extra: str = "") -> Callable[[socket.socket], None]:
    def respond(conn: socket.socket) -> None:
        conn.sendall(
            f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode() + body
        )

    return respond


def resolving_to(addresses: list[IPAddress]) -> Callable[[str, int], list[IPAddress]]:
    return lambda host, port: addresses


def test_a_listed_name_is_called_with_its_own_host_header_at_a_checked_address(
    serve: Callable[..., RawServer],
) -> None:
    server = serve(answer("200 OK", b"challenge"))
    client = CallbackClient(
        parse_allow_list(["reader.example", "127.0.0.0/8"]),
        timeout_s=2,
        resolver=resolving_to(LOOPBACK),
    )
    reply = client.send("GET", f"http://reader.example:{server.port}/cb?hub.challenge=x")
    assert (reply.status, reply.body) == (200, b"challenge")
    assert server.heads[0].startswith(b"GET /cb?hub.challenge=x HTTP/1.1\r\n")
    assert f"Host: reader.example:{server.port}".encode() in server.heads[0]


def test_a_name_that_resolves_to_a_private_address_is_never_connected(
    serve: Callable[..., RawServer],
) -> None:
    server = serve(answer("200 OK"))
    rebound = [ipaddress.ip_address("93.184.215.14"), ipaddress.ip_address("127.0.0.1")]
    client = CallbackClient(
        parse_allow_list(["reader.example"]), timeout_s=2, resolver=resolving_to(rebound)
    )
    with pytest.raises(AddressRefusedError, match=r"127\.0\.0\.1"):
        client.send("POST", f"http://reader.example:{server.port}/cb", body=b"<feed/>")
    time.sleep(0.2)
    assert server.heads == []


def test_a_redirect_is_an_answer_not_a_second_request(serve: Callable[..., RawServer]) -> None:
    server = serve(answer("302 Found", extra="Location: http://169.254.169.254/latest\r\n"))
    client = CallbackClient(parse_allow_list(["127.0.0.1"]), timeout_s=2)
    reply = client.send("POST", f"http://127.0.0.1:{server.port}/cb", body=b"x")
    assert reply.status == 302
    assert len(server.heads) == 1


def test_only_the_first_bytes_of_a_long_answer_are_read(serve: Callable[..., RawServer]) -> None:
    server = serve(answer("200 OK", b"x" * 1_000_000))
    client = CallbackClient(parse_allow_list(["127.0.0.1"]), timeout_s=2, max_response_bytes=1000)
    reply = client.send("GET", f"http://127.0.0.1:{server.port}/cb")
    assert reply.status == 200 and len(reply.body) == 1000


def test_an_answer_dripping_a_byte_at_a_time_ends_at_the_deadline(
    serve: Callable[..., RawServer],
) -> None:
    def drip(conn: socket.socket) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100:
            conn.sendall(bytes([byte]))
            time.sleep(0.05)

    server = serve(drip)
    client = CallbackClient(parse_allow_list(["127.0.0.1"]), timeout_s=0.5)
    started = time.monotonic()
    with pytest.raises(DeliveryError):
        client.send("GET", f"http://127.0.0.1:{server.port}/cb")
    assert time.monotonic() - started < 1.5


def test_a_closed_port_is_a_delivery_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = CallbackClient(parse_allow_list(["127.0.0.1"]), timeout_s=1)
    with pytest.raises(DeliveryError):
        client.send("GET", f"http://127.0.0.1:{port}/cb")
