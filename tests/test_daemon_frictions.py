"""`feedd run` at the edges a user meets first: a taken port stops it before any work,
and every request leaves one structured access-log line."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import pytest
from conftest import Workspace
from daemon_helpers import DaemonProcess, document

FAST = "[daemon]\nsettle_s = 0.2\ndebounce_s = 0.2\n"


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def test_a_taken_port_stops_the_daemon_with_status_3_before_the_reconcile(
    workspace: Workspace, taken_port: int
) -> None:
    workspace.write_config(FAST)
    for number in range(20):
        workspace.add(f"doc{number}.txt", document(number))
    daemon = DaemonProcess(workspace.config_path, port=taken_port)
    started = time.monotonic()
    daemon.start(wait_ready=False)
    try:
        code = daemon.wait(timeout_s=15)
    finally:
        daemon.stop()
    assert code == 3
    assert time.monotonic() - started < 10
    log = daemon.log_text()
    assert f"cannot listen on 127.0.0.1:{taken_port}" in log
    assert "[server] port" in log
    # Nothing was read or written: the port was checked first.
    assert not daemon.events("file_ingested")
    assert not daemon.events("startup_reconciled")
    assert not workspace.output.exists() or not any(workspace.output.glob("*.atom"))


def test_each_request_logs_one_json_access_line_without_the_query_string(
    workspace: Workspace,
) -> None:
    workspace.write_config(FAST)
    workspace.add_sample()
    with DaemonProcess(workspace.config_path) as daemon:
        daemon.start()
        feed = daemon.get("/all.atom")
        assert feed.status_code == 200
        not_modified = daemon.get("/all.atom", headers={"if-none-match": feed.headers["etag"]})
        assert not_modified.status_code == 304
        assert daemon.get("/nothing-here?token=s3cret-value").status_code == 404
        assert daemon.client.head("/all.atom").status_code == 200

        def access_lines() -> list[dict[str, object]]:
            return daemon.events("http_request")

        deadline = time.monotonic() + 5
        while len(access_lines()) < 4 and time.monotonic() < deadline:
            time.sleep(0.02)
        lines = access_lines()
        log = daemon.log_text()

    assert [(x["method"], x["path"], x["status"]) for x in lines] == [
        ("GET", "/all.atom", 200),
        ("GET", "/all.atom", 304),
        ("GET", "/nothing-here", 404),
        ("HEAD", "/all.atom", 200),
    ]
    assert lines[0]["bytes"] == int(feed.headers["content-length"])  # as sent (gzip here)
    assert lines[1]["bytes"] == 0
    assert lines[3]["bytes"] == 0
    for line in lines:
        assert line["level"] == "info"
        assert isinstance(line["ms"], float | int) and float(line["ms"]) >= 0
    assert "s3cret-value" not in log
    # Each line is one JSON object, uvicorn's own access log stays off.
    raw = [text for text in log.splitlines() if "http_request" in text]
    assert all(isinstance(json.loads(text), dict) for text in raw)
    assert "uvicorn.access" not in log
