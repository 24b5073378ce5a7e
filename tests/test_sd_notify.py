"""SystemdNotifier against a real AF_UNIX datagram socket standing in for systemd."""

import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from feedd.sd_notify import SystemdNotifier


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    try:
        yield sock, str(path)
    finally:
        sock.close()


def receive(sock: socket.socket) -> str:
    return sock.recv(4096).decode("utf-8")


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        (lambda n: n.ready(), "READY=1"),
        (lambda n: n.status("watching 3 topics"), "STATUS=watching 3 topics"),
        (lambda n: n.watchdog(), "WATCHDOG=1"),
        (lambda n: n.stopping(), "STOPPING=1"),
        (lambda n: n.extend_timeout(60), "EXTEND_TIMEOUT_USEC=60000000"),
    ],
    ids=["ready", "status", "watchdog", "stopping", "extend_timeout"],
)
def test_each_notification_arrives_as_one_datagram(
    listener: tuple[socket.socket, str], send: Callable[[SystemdNotifier], bool], expected: str
) -> None:
    sock, path = listener
    notifier = SystemdNotifier({"NOTIFY_SOCKET": path})

    assert send(notifier) is True
    assert receive(sock) == expected


def test_reloading_carries_the_current_monotonic_time(
    listener: tuple[socket.socket, str],
) -> None:
    sock, path = listener
    notifier = SystemdNotifier({"NOTIFY_SOCKET": path})

    before_usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
    assert notifier.reloading() is True
    after_usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000

    fields = dict(line.split("=", 1) for line in receive(sock).split("\n"))
    assert fields.keys() == {"RELOADING", "MONOTONIC_USEC"}
    assert fields["RELOADING"] == "1"
    assert before_usec <= int(fields["MONOTONIC_USEC"]) <= after_usec


def test_status_with_newlines_stays_one_assignment(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    notifier = SystemdNotifier({"NOTIFY_SOCKET": path})

    notifier.status("first line\nsecond line")

    assert receive(sock) == "STATUS=first line second line"


def test_abstract_namespace_socket_receives_notifications() -> None:
    name = f"feedd-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5)
        notifier = SystemdNotifier({"NOTIFY_SOCKET": "@" + name})

        assert notifier.enabled
        assert notifier.ready() is True
        assert receive(sock) == "READY=1"


@pytest.mark.parametrize("value", ["", "vsock:2:1234", "@"], ids=["unset", "vsock", "bare-at"])
def test_without_a_usable_socket_every_call_is_a_quiet_no_op(value: str) -> None:
    notifier = SystemdNotifier({"NOTIFY_SOCKET": value} if value else {})

    assert not notifier.enabled
    assert notifier.ready() is False
    assert notifier.status("x") is False
    assert notifier.watchdog() is False
    assert notifier.reloading() is False
    assert notifier.stopping() is False


def test_default_environment_is_read_from_os_environ(
    listener: tuple[socket.socket, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sock, path = listener
    monkeypatch.setenv("NOTIFY_SOCKET", path)

    assert SystemdNotifier().ready() is True
    assert receive(sock) == "READY=1"


def test_unset_environment_disables_notifier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)

    assert not SystemdNotifier().enabled


def test_send_to_a_missing_socket_returns_false_instead_of_raising(tmp_path: Path) -> None:
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(tmp_path / "gone.sock")})

    assert notifier.enabled
    assert notifier.ready() is False
    assert notifier.watchdog() is False


def test_send_to_a_closed_listener_returns_false(tmp_path: Path) -> None:
    path = tmp_path / "closed.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.close()  # the path stays, nobody listens: connect() gets ECONNREFUSED

    assert SystemdNotifier({"NOTIFY_SOCKET": str(path)}).ready() is False


@pytest.mark.parametrize(
    ("env", "expected_s"),
    [
        ({"WATCHDOG_USEC": "30000000"}, 30.0),
        ({"WATCHDOG_USEC": "1500000", "WATCHDOG_PID": "<self>"}, 1.5),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "<other>"}, None),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "not-a-pid"}, None),
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "-5"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({}, None),
    ],
    ids=[
        "usec",
        "pid-match",
        "pid-mismatch",
        "pid-garbage",
        "zero",
        "negative",
        "garbage",
        "unset",
    ],
)
def test_watchdog_interval_follows_sd_watchdog_enabled(
    env: dict[str, str], expected_s: float | None
) -> None:
    pids = {"<self>": str(os.getpid()), "<other>": str(os.getpid() + 1)}
    resolved = {key: pids.get(value, value) for key, value in env.items()}

    assert SystemdNotifier(resolved).watchdog_interval_s() == expected_s


def test_watchdog_interval_does_not_need_a_notify_socket() -> None:
    notifier = SystemdNotifier({"WATCHDOG_USEC": "2000000"})

    assert not notifier.enabled
    assert notifier.watchdog_interval_s() == 2.0


def test_a_reader_that_stops_reading_does_not_block_the_sender(tmp_path: Path) -> None:
    path = tmp_path / "full.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        notifier = SystemdNotifier({"NOTIFY_SOCKET": str(path)})
        for _ in range(5000):  # nobody reads: the socket's queue fills up
            started = time.monotonic()
            if not notifier.status("x" * 2000):
                break
        else:
            pytest.fail("the queue never filled")
        assert time.monotonic() - started < 10  # the send gave up instead of blocking
