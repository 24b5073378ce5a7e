"""The systemd notify protocol: readiness, status, watchdog and lifecycle datagrams.

Owns the one datagram socket feedd sends to ``$NOTIFY_SOCKET`` (a filesystem path, or an
abstract-namespace name written with a leading ``@``) and the parsing of ``$WATCHDOG_USEC`` /
``$WATCHDOG_PID``. See sd_notify(3) and sd_watchdog_enabled(3).

Stdlib only; must not import anything from feedd or third parties, and must not log: a
failed notification is reported by returning False, never by raising, so the daemon can
run unchanged outside systemd. Only ``daemon`` decides *when* to notify.
"""

import os
import socket
import time
from collections.abc import Mapping

SEND_TIMEOUT_S = 1.0


class SystemdNotifier:
    """Sends sd_notify(3) messages; every method is a no-op returning False without systemd.

    The order a ``Type=notify`` daemon must follow: ``ready()`` once it serves requests;
    ``watchdog()`` at least every ``watchdog_interval_s() / 2`` seconds; on SIGHUP
    ``reloading()``, reload, then ``ready()`` again; on shutdown ``stopping()`` first.
    """

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self._address = _socket_address(env.get("NOTIFY_SOCKET", ""))
        self._watchdog_usec = env.get("WATCHDOG_USEC", "")
        self._watchdog_pid = env.get("WATCHDOG_PID", "")

    @property
    def enabled(self) -> bool:
        """Whether a supported notify socket was given (we run under systemd)."""
        return self._address is not None

    def ready(self) -> bool:
        """Startup or a reload finished; systemd now considers the service active."""
        return self._send("READY=1")

    def status(self, text: str) -> bool:
        """A one-line human-readable status shown by ``systemctl status``."""
        # A newline would start a new assignment in the datagram.
        one_line = " ".join(text.splitlines())
        return self._send(f"STATUS={one_line}")

    def watchdog(self) -> bool:
        """Keep-alive ping for ``WatchdogSec=``."""
        return self._send("WATCHDOG=1")

    def reloading(self) -> bool:
        """A reload has begun; send ``ready()`` when it is done.

        systemd >= 253 requires MONOTONIC_USEC alongside RELOADING=1 for Type=notify-reload
        (it ties the reload to this request); older versions and Type=notify ignore it.
        """
        now_usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        return self._send(f"RELOADING=1\nMONOTONIC_USEC={now_usec}")

    def extend_timeout(self, seconds: float) -> bool:
        """Ask systemd for `seconds` more before the current start/stop timeout fires."""
        return self._send(f"EXTEND_TIMEOUT_USEC={int(seconds * 1_000_000)}")

    def stopping(self) -> bool:
        """Shutdown has begun; systemd stops waiting for watchdog pings."""
        return self._send("STOPPING=1")

    def watchdog_interval_s(self) -> float | None:
        """The watchdog timeout in seconds, or None when the watchdog is off for this process.

        Mirrors sd_watchdog_enabled(3): ``$WATCHDOG_USEC`` must be a positive integer, and
        if ``$WATCHDOG_PID`` is set it must name this process (a forked child must not ping).
        """
        try:
            usec = int(self._watchdog_usec)
        except ValueError:
            return None
        if usec <= 0:
            return None
        if self._watchdog_pid:
            try:
                pid = int(self._watchdog_pid)
            except ValueError:
                return None
            if pid != os.getpid():
                return None
        return usec / 1_000_000

    def _send(self, message: str) -> bool:
        if self._address is None:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                # A reader that stopped reading must not freeze the daemon: give up after 1 s.
                sock.settimeout(SEND_TIMEOUT_S)
                sock.connect(self._address)
                sock.sendall(message.encode("utf-8"))
        except OSError:
            return False
        return True


def _socket_address(value: str) -> str | None:
    """Turn $NOTIFY_SOCKET into an AF_UNIX address; None if unset or unsupported (vsock:)."""
    if value.startswith("/"):
        return value
    if value.startswith("@") and len(value) > 1:
        # Abstract namespace: Linux spells it with a leading NUL byte.
        return "\0" + value[1:]
    return None
