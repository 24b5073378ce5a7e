"""HTTP abuse against a running daemon: path traversal in every spelling, symlinks in the
output folder, oversized request targets and headers, many slow clients. Answers are 4xx
where due, nothing outside the output folder is ever served, and other clients are still
served promptly.

Request targets go through raw sockets: httpx would normalise dot segments and escapes.
"""

from __future__ import annotations

import contextlib
import os
import resource
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from conftest import Workspace
from daemon_helpers import DaemonProcess, wait_until

from feedd.server import HttpServer, create_app

from .checker import make_document, new_marker

OUTSIDE_SECRET = b"OUTSIDE-THE-OUTPUT-FOLDER-51C2"


def raw_request(port: int, head: bytes, *, timeout_s: float = 5.0) -> tuple[int, bytes]:
    """Send `head` as is; return the status (0 if the server closed without one) and body."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout_s) as sock:
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            sock.sendall(head)
        data = b""
        with contextlib.suppress(ConnectionResetError, TimeoutError):
            while chunk := sock.recv(65536):
                data += chunk
    status_line, _, rest = data.partition(b"\r\n")
    parts = status_line.split()
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    return status, rest.partition(b"\r\n\r\n")[2]


def get(target: bytes, extra_headers: bytes = b"") -> bytes:
    return (
        b"GET "
        + target
        + b" HTTP/1.1\r\nHost: x\r\n"
        + extra_headers
        + b"Connection: close\r\n\r\n"
    )


@pytest.fixture
def served(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess], tmp_path: Path
) -> Iterator[DaemonProcess]:
    """A daemon serving two entries, a secret file beside the output folder, and symlinks
    planted in the output folder that point at it."""
    secret = tmp_path / "secret.txt"
    secret.write_bytes(OUTSIDE_SECRET)
    for _ in range(2):
        marker = new_marker()
        reliable.add(f"{marker}.txt", make_document(marker))
    daemon = start_daemon()
    wait_until(lambda: daemon.feed_text().count("<entry>") == 2, timeout_s=5)
    entries = reliable.output / "entries"
    os.symlink(secret, entries / "00000000-0000-5000-8000-000000000000.html")
    os.symlink(secret, reliable.output / "planted.atom")
    os.symlink("/", entries / "root")
    yield daemon


def secrets_of(workspace: Workspace) -> list[bytes]:
    return [
        OUTSIDE_SECRET,
        b"SQLite format 3",
        workspace.config_path.read_bytes()[:40],
        Path("/etc/passwd").read_bytes()[:20],
    ]


@pytest.mark.parametrize(
    "target",
    [
        b"/../feedd.toml",
        b"/%2e%2e/feedd.toml",
        b"/%2E%2E/%2E%2E/etc/passwd",
        b"/entries/..%2f..%2ffeedd.toml",
        b"/entries/%2e%2e/%2e%2e/var/state.sqlite3",
        b"/..%5cfeedd.toml",
        b"/all.atom%00.html",
        b"/all.atom%00",
        b"//etc/passwd",
        b"/etc/passwd",
        b"http://x/../../etc/passwd",
        b"/entries/home/etc/passwd",
        b"/entries/00000000-0000-5000-8000-000000000000.html",
        b"/planted.atom",
        b"/.feedd-tmp-x",
        b"/entries/../../state.sqlite3",
        b"/./all.atom/../../feedd.toml",
    ],
)
def test_traversal_in_any_spelling_serves_nothing_outside_the_output_folder(
    served: DaemonProcess, reliable: Workspace, target: bytes
) -> None:
    status, body = raw_request(served.port, get(target))

    assert 400 <= status < 500, (target, status)
    for secret in secrets_of(reliable):
        assert secret not in body


def test_oversized_targets_and_headers_get_4xx_and_the_server_carries_on(
    served: DaemonProcess,
) -> None:
    long_target = b"/" + b"a" * 10_000
    huge_target = b"/" + b"a" * 100_000
    big_header = b"X-Big: " + b"b" * 200_000 + b"\r\n"
    many_headers = b"".join(b"X-H%d: %s\r\n" % (i, b"c" * 60) for i in range(3000))

    assert raw_request(served.port, get(long_target))[0] == 414
    assert raw_request(served.port, get(huge_target))[0] in (400, 414, 431)
    assert raw_request(served.port, get(b"/all.atom", big_header))[0] == 431
    assert raw_request(served.port, get(b"/all.atom", many_headers))[0] == 431
    assert raw_request(served.port, get(b"/all.atom"))[0] == 200
    assert served.get("/healthz").status_code == 200


@contextlib.contextmanager
def slow_clients(port: int, count: int) -> Iterator[list[socket.socket]]:
    """`count` connections that send half a request head and then nothing."""
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /all.atom HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            sockets.append(sock)
        yield sockets
    finally:
        for sock in sockets:
            sock.close()


def still_open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(1) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False


def test_many_slow_clients_do_not_keep_others_waiting(
    served: DaemonProcess, reliable: Workspace
) -> None:
    with slow_clients(served.port, 300):
        seconds = []
        for _ in range(20):
            started = time.monotonic()
            assert served.get("/all.atom").status_code == 200
            seconds.append(time.monotonic() - started)
        marker = new_marker()
        reliable.add("during.txt", make_document(marker))
        wait_until(lambda: marker in served.feed_text(), timeout_s=5)
    assert max(seconds) < 1.0, seconds


def test_a_request_head_that_never_completes_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "all.atom").write_bytes(b"<feed/>")
    app = create_app(tmp_path, health=lambda: (True, {}), metrics=lambda: b"")
    server = HttpServer(app, bind="127.0.0.1", port=0, header_timeout_s=0.5)
    server.start()
    try:
        with slow_clients(server.port, 20) as sockets:
            with httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as client:
                assert client.get("/all.atom").status_code == 200
            wait_until(lambda: not any(still_open(s) for s in sockets), timeout_s=5)
    finally:
        server.stop()


def _low_open_file_limit() -> None:
    resource.setrlimit(
        resource.RLIMIT_NOFILE, (1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1])
    )


@pytest.mark.slow
def test_more_slow_clients_than_open_files_cannot_stop_ingest(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    # systemd's default soft limit: 1024 open files. 1,500 slow clients: the excess is
    # answered 503 at once, the rest are dropped after the header timeout (10 s); the worker
    # keeps the descriptors it needs all along.
    daemon = start_daemon(preexec_fn=_low_open_file_limit)
    marker = new_marker()
    with slow_clients(daemon.port, 1500):
        reliable.add("during-the-attack.txt", make_document(marker))
        daemon.wait_for_log("file_ingested", timeout_s=10)
        time.sleep(12)  # past the header timeout: the slow ones are gone
        started = time.monotonic()
        assert daemon.get("/all.atom").status_code == 200
        assert time.monotonic() - started < 1.0
    assert marker in daemon.feed_text()
    assert daemon.get("/healthz").status_code == 200
    assert not [line for line in daemon.lines if "Too many open files" in str(line)]
