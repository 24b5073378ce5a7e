"""Fixtures of the reliability suite: a workspace whose feeds list every entry, daemons
that are always stopped, and the `slow` marker.

Tests marked `slow` (longer than ~20 s) are skipped unless FEEDD_SLOW=1 is set or `-m`
names them (`pytest -m slow tests/reliability`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

import pytest
from conftest import Workspace
from daemon_helpers import DaemonProcess

from .checker import TOPIC_TOML, Report, check_output

# Every entry in all.atom (max_entries, max_feed_bytes), so the checker sees them all;
# short waits, so a test runs in seconds. reconcile_interval_s is long unless a test sets
# it: a missed event must show as a miss, not be repaired by the safety net.
RELIABLE: dict[str, int] = {"max_entries": 100_000, "max_feed_bytes": 1_000_000_000}
RELIABLE_DAEMON: dict[str, float] = {"settle_s": 0.2, "debounce_s": 0.2}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("FEEDD_SLOW") == "1" or "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="slow: set FEEDD_SLOW=1 or run with -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def write_reliable_config(
    workspace: Workspace, top: dict[str, int] | None = None, **daemon: float
) -> None:
    """The reliability config; `top` sets top-level keys, keywords set [daemon] keys."""
    settings = {**RELIABLE, **(top or {})}
    lines = [f"{key} = {value}" for key, value in settings.items()]
    lines += ["[daemon]"] + [f"{k} = {v}" for k, v in {**RELIABLE_DAEMON, **daemon}.items()]
    workspace.write_config("\n".join(lines), topics=TOPIC_TOML)


@pytest.fixture
def reliable(workspace: Workspace) -> Workspace:
    write_reliable_config(workspace)
    return workspace


@pytest.fixture
def start_daemon(reliable: Workspace) -> Iterator[Callable[..., DaemonProcess]]:
    """Start `feedd run` on the workspace (kwargs go to DaemonProcess); all are stopped."""
    started: list[DaemonProcess] = []

    def start(**kwargs: object) -> DaemonProcess:
        wait_ready = bool(kwargs.pop("wait_ready", True))
        daemon = DaemonProcess(reliable.config_path, **kwargs)  # type: ignore[arg-type]
        started.append(daemon)
        return daemon.start(wait_ready=wait_ready)

    yield start
    for daemon in started:
        daemon.stop()


def settled_report(
    workspace: Workspace, *, timeout_s: float, forbidden: tuple[bytes, ...] = ()
) -> Report:
    """Wait until the output agrees with the folder (checked without validation, which is
    slow), then check once more with every feed validated."""

    deadline = time.monotonic() + timeout_s
    while True:
        quick = check_output(workspace.seeds, workspace.output, forbidden=forbidden, validate=False)
        if not quick.problems() or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    return check_output(workspace.seeds, workspace.output, forbidden=forbidden)
