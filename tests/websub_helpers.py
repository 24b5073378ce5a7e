"""A WebSub subscriber on loopback for tests: a real HTTP server in a thread that answers
verification requests (echoing the challenge, or not) and records content deliveries."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    at_s: float = field(default_factory=time.monotonic)  # when it arrived (monotonic clock)


@dataclass
class LoopbackSubscriber:
    """`with LoopbackSubscriber() as sub:` listens on 127.0.0.1 until the block ends."""

    echo_challenge: bool = True
    push_status: int = 200
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._changed = threading.Condition()
        subscriber = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                subscriber._record(Received("GET", self.path, query, dict(self.headers)))
                body = query.get("hub.challenge", "").encode() if subscriber.echo_challenge else b""
                self.send_response(200 if subscriber.echo_challenge else 404)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                subscriber._record(Received("POST", self.path, {}, dict(self.headers), body))
                self.send_response(subscriber.push_status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/callback") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> LoopbackSubscriber:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _record(self, item: Received) -> None:
        with self._changed:
            self.received.append(item)
            self._changed.notify_all()

    def wait_for(self, method: str, *, count: int = 1, timeout_s: float = 5.0) -> list[Received]:
        """The first `count` requests of `method`; AssertionError if they do not come."""
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                found = [r for r in self.received if r.method == method]
                if len(found) >= count:
                    return found[:count]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{count} {method} requests not received: {found}")
                self._changed.wait(remaining)
