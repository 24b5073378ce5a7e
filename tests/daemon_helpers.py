"""Run a real `feedd run` in a subprocess: start it, read its JSON log, talk HTTP, stop it.

Also writes documents in the style of the sample in seeds/ (page chrome, headline,
caption, body), each with its own headline and text so each makes a distinct entry.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent

LogLine = dict[str, Any]
# Settings a test passes on purpose, never inherited from the environment running pytest.
_DAEMON_ENV = frozenset(
    {"NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "FEEDD_TEST_FAULT", "FEEDD_CONFIG"}
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def document(number: int, *, topic: str = "bases", marker: str = "") -> str:
    """A scraped page like seeds/*.txt: `topic` "bases" matches the shipped topic
    (Russia–Syria bases); "weather" matches nothing but the all feed."""
    if topic == "bases":
        headline = f"Kremlin Weighs New Talks on Tartus Naval Base Lease, Report {number}"
        body = (
            f"Russian officials said on day {number} that Moscow is reviewing its military"
            " presence in Syria, including the naval base at Tartus and the air base at"
            " Hmeimim, after talks with the new authorities in Damascus."
        )
    else:
        headline = f"Heavy Snow Closes Roads Across Siberia, Bulletin {number}"
        body = (
            f"Forecasters warned on day {number} that heavy snow would keep roads closed"
            " across much of Siberia, and asked drivers to stay at home until the storm ends."
        )
    return (
        "Support The Moscow Times!\n\n"
        f"{headline}\n\n"
        "A view of the harbor. Reuters\n\n"
        f"{body}\n\n"
        f"Officials described the discussions as constructive in statement {number}."
        f" {marker}\n\n"
        "Sign up for our free weekly newsletter\n"
    )


def headline_of(number: int, *, topic: str = "bases") -> str:
    return document(number, topic=topic).split("\n\n")[1]


class DaemonProcess:
    """`python -m feedd run --config <config> --port <port>`, logging JSON to a pipe."""

    def __init__(
        self,
        config_path: Path,
        *,
        port: int | None = None,
        env: dict[str, str] | None = None,
        args: tuple[str, ...] = (),
        preexec_fn: Callable[[], None] | None = None,
    ) -> None:
        self.config_path = config_path
        self.preexec_fn = preexec_fn  # runs in the child before exec (e.g. drop privileges)
        self.port = port or free_port()
        inherited = {k: v for k, v in os.environ.items() if k not in _DAEMON_ENV}
        self.env = {**inherited, "PYTHONUNBUFFERED": "1", **(env or {})}
        self.args = args
        self.lines: list[LogLine] = []
        self.raw: list[str] = []
        self._changed = threading.Condition()
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=5.0)

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self, *, wait_ready: bool = True, timeout_s: float = 15.0) -> DaemonProcess:
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "feedd",
                "run",
                "--config",
                str(self.config_path),
                "--port",
                str(self.port),
                "--log-format",
                "json",
                *self.args,
            ],
            cwd=self.config_path.parent,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=self.preexec_fn,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        if wait_ready:
            self.wait_for_log("daemon_ready", timeout_s=timeout_s)
        return self

    def _read(self) -> None:
        assert self._process is not None and self._process.stderr is not None
        for text in self._process.stderr:
            with self._changed:
                self.raw.append(text)
                try:
                    line = json.loads(text)
                except json.JSONDecodeError:
                    line = {"event": "<not json>", "text": text}
                self.lines.append(line if isinstance(line, dict) else {"event": str(line)})
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def send_signal(self, signum: int) -> None:
        assert self._process is not None
        self._process.send_signal(signum)

    def wait(self, timeout_s: float) -> int:
        assert self._process is not None
        code = self._process.wait(timeout_s)
        if self._reader is not None:
            self._reader.join(5)
        return code

    def stop(self, timeout_s: float = 10.0) -> int | None:
        """SIGTERM and wait; kill if it does not exit in time. Safe to call twice."""
        self.client.close()
        process = self._process
        if process is None:
            return None
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        if self._reader is not None:
            self._reader.join(5)
        if process.stderr is not None:
            process.stderr.close()
        return process.returncode

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    @property
    def returncode(self) -> int | None:
        return None if self._process is None else self._process.poll()

    def __enter__(self) -> DaemonProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- log ----------------------------------------------------------------------------------

    def events(self, event: str) -> list[LogLine]:
        with self._changed:
            return [line for line in self.lines if line.get("event") == event]

    def wait_for_log(
        self,
        event: str,
        *,
        timeout_s: float = 10.0,
        where: Callable[[LogLine], bool] = lambda _: True,
        after: int = 0,
    ) -> LogLine:
        """The first line from index `after` on with this event (and `where`)."""
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                for line in self.lines[after:]:
                    if line.get("event") == event and where(line):
                        return line
                remaining = deadline - time.monotonic()
                exited = self._process is not None and self._process.poll() is not None
                if remaining <= 0 or (exited and not self._reader_alive()):
                    raise AssertionError(
                        f"no {event!r} log line in {timeout_s} s; log:\n" + "".join(self.raw[-40:])
                    )
                self._changed.wait(min(remaining, 0.1))

    def _reader_alive(self) -> bool:
        return self._reader is not None and self._reader.is_alive()

    def log_text(self) -> str:
        with self._changed:
            return "".join(self.raw)

    # -- HTTP ---------------------------------------------------------------------------------

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.client.get(path, **kwargs)

    def feed_text(self, name: str = "all.atom") -> str:
        response = self.get(f"/{name}")
        return response.text if response.status_code == 200 else ""

    def metric(self, name: str, labels: str = "") -> float:
        """One sample from /metrics (0 when absent)."""
        wanted = f"{name}{{{labels}}}" if labels else name
        for line in self.get("/metrics").text.splitlines():
            if line.startswith("#"):
                continue
            key, _, value = line.rpartition(" ")
            if key == wanted:
                return float(value)
        return 0.0


def wait_until(check: Callable[[], bool], *, timeout_s: float, interval_s: float = 0.02) -> float:
    """Poll until `check()` is true; return the seconds it took. AssertionError on timeout."""
    started = time.monotonic()
    while True:
        if check():
            return time.monotonic() - started
        if time.monotonic() - started > timeout_s:
            raise AssertionError(f"not true within {timeout_s} s")
        time.sleep(interval_s)


class NotifyListener:
    """A stand-in for systemd's notify socket: an AF_UNIX datagram socket read on a
    thread, as systemd would (an unread socket fills up and blocks the sender)."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(self.path)
        self._sock.settimeout(0.05)
        self._messages: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self._sock.recv(4096)
            except TimeoutError:
                continue
            with self._lock:
                self._messages.append((time.monotonic(), data.decode("utf-8")))

    def messages(self, since: float = 0.0) -> list[str]:
        """Every message received (at or after the monotonic time `since`), in order."""
        with self._lock:
            return [text for at, text in self._messages if at >= since]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()
