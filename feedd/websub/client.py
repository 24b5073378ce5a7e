"""The hub's outgoing HTTP: the one way feedd sends a request to a URL someone gave it.

Owns the guard around every connection, on httpcore (the HTTP core httpx is built on):
- the host is resolved at each connection, and every address it resolves to must pass the
  allow-list (`rules.AllowList`); the connection then goes to one of those very addresses,
  so a name rebound between the check and the connect (DNS rebinding) gains nothing;
- no connection is kept alive, so each request resolves and checks again;
- redirects are never followed (httpcore does not follow them; a 3xx is an answer);
- environment proxies are not used (httpcore, unlike httpx, never reads them);
- one deadline bounds the whole exchange (connect, send, every read), and only the first
  `max_response_bytes` of an answer are read.
TLS names are checked against the URL's host (httpcore passes it as the server name).
Must not import the store, the pipeline or the daemon.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpcore

from feedd.errors import FeeddError
from feedd.websub.rules import AllowList, IPAddress

MAX_RESPONSE_BYTES = 64 * 1024
USER_AGENT = "feedd-websub"

Resolver = Callable[[str, int], list[IPAddress]]


class DeliveryError(FeeddError):
    """A request of the hub did not get an answer: refused by the allow-list, no such host,
    connection failed, timed out, or the answer broke HTTP."""


class AddressRefusedError(DeliveryError):
    """The host resolved to an address the allow-list does not admit."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    status: int
    body: bytes  # at most the client's max_response_bytes


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to for a TCP connection (an address resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as err:
        raise DeliveryError(f"cannot resolve {host!r}: {err}") from err
    found: list[IPAddress] = []
    for _, _, _, _, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    if not found:
        raise DeliveryError(f"{host!r} resolves to no address")
    return found


class CallbackClient:
    """Sends one request at a time per call; safe to share between threads."""

    def __init__(
        self,
        allow_list: AllowList,
        *,
        timeout_s: float,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        resolver: Resolver = resolve,
    ) -> None:
        self.timeout_s = timeout_s
        self.max_response_bytes = max_response_bytes
        self._backend = _GuardedBackend(allow_list, resolver, total_s=timeout_s)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl.create_default_context(),
            max_connections=None,
            max_keepalive_connections=0,  # every request connects, resolves and checks anew
            network_backend=self._backend,
        )

    def close(self) -> None:
        self._pool.close()

    def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> Reply:
        deadline = time.monotonic() + self.timeout_s
        all_headers = {"User-Agent": USER_AGENT, **(headers or {})}
        if method == "POST":
            all_headers["Content-Length"] = str(len(body))
        timeout = self.timeout_s
        try:
            with self._pool.stream(
                method,
                url,
                headers=list(all_headers.items()),
                content=body,
                extensions={
                    "timeout": {"connect": timeout, "read": timeout, "write": timeout},
                },
            ) as response:
                received = bytearray()
                for chunk in response.iter_stream():
                    received += chunk
                    if len(received) >= self.max_response_bytes:
                        break  # the rest is not read; the connection is closed, not reused
                    if time.monotonic() > deadline:
                        raise DeliveryError(f"no whole answer within {self.timeout_s} s")
                return Reply(
                    status=response.status, body=bytes(received[: self.max_response_bytes])
                )
        except DeliveryError:
            raise
        except httpcore.TimeoutException as err:
            raise DeliveryError(f"timed out after {self.timeout_s} s") from err
        except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as err:
            raise DeliveryError(f"{type(err).__name__}: {err}") from err
        except (OSError, ValueError) as err:  # bad URL pieces, TLS set-up
            raise DeliveryError(f"{type(err).__name__}: {err}") from err


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks every address, then connects to a checked address only."""

    def __init__(self, allow_list: AllowList, resolver: Resolver, *, total_s: float) -> None:
        self._allow_list = allow_list
        self._resolver = resolver
        self._total_s = total_s

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        name = host.lower().rstrip(".")
        addresses = self._resolver(name, port)
        refused = self._allow_list.refused_addresses(name, addresses)
        if refused:
            raise AddressRefusedError(
                f"{name!r} resolves to {', '.join(refused)}, which websub.allowed_callbacks"
                " does not admit"
            )
        # One request per connection (no keep-alive): its deadline starts here.
        deadline = time.monotonic() + self._total_s
        failure: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as err:
                failure = err
                continue
            return _DeadlineStream(stream, deadline)
        raise DeliveryError(f"cannot connect to {name!r}: {failure}")


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose reads and writes all end by one deadline: a peer that sends its
    answer a byte at a time cannot hold a delivery thread past it."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def _remaining_s(self, timeout: float | None, error: type[Exception]) -> float:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise error("the exchange outlasted its deadline")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._remaining_s(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._remaining_s(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(
            ssl_context, server_hostname, self._remaining_s(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(tls, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)
