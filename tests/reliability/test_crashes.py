"""Crashes and faults: kill -9 at any moment, full and read-only disks, failing jobs, a
second feedd on the same state, SIGTERM under load. Afterwards nothing is lost or
doubled, the database is intact, and a reader never got a partial or invalid feed.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ROOT, Workspace
from daemon_helpers import DaemonProcess, NotifyListener, free_port, wait_until

from .checker import FeedPoller, make_document, new_marker
from .conftest import settled_report, write_reliable_config
from .storm import KILL_MOMENTS, WriterStorm, kill_at


def integrity(state: Path) -> str:
    with contextlib.closing(sqlite3.connect(state)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def store_paths(state: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(state)) as db:
        return {row[0] for row in db.execute("SELECT path FROM files")}


# -- kill -9 --------------------------------------------------------------------------------------


def run_kill_loop(workspace: Workspace, tmp_path: Path, *, kills: int, seed: int) -> None:
    """A writer storm and a polling reader while feedd is killed `kills` times at moments
    of every kind; then one clean start must agree with the folder. settle_s is well
    above the slow copies' pauses (0.3-0.8 s): across a restart no close event can be
    seen, and a pause stretched by a loaded machine must still fit (README: a writer
    pausing longer than settle_s across a restart cannot be told from a finished one)."""
    write_reliable_config(workspace, settle_s=1.5)
    rng = random.Random(seed)
    port = free_port()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    storm = WriterStorm(workspace.seeds, scratch, seed=seed, max_live=150, pause_s=0.02)
    hits: list[str] = []
    with FeedPoller(f"http://127.0.0.1:{port}") as poller:
        storm.start()
        try:
            for round_number in range(kills):
                daemon = DaemonProcess(workspace.config_path, port=port)
                moment = KILL_MOMENTS[round_number % len(KILL_MOMENTS)]
                hits.append(kill_at(daemon, moment, rng))
        finally:
            written = storm.stop()
        with DaemonProcess(workspace.config_path, port=port) as final:
            final.start(timeout_s=60)
            report = settled_report(workspace, timeout_s=30)
            assert final.get("/healthz").status_code == 200
    stats = poller.stop()
    print(f"kills {hits}; {written}; {stats.fetches} polls, {stats.unavailable} while down")
    assert integrity(workspace.state) == "ok"
    report.assert_ok()
    assert not stats.invalid, stats.invalid[:3]
    assert not stats.half, stats.half[:3]
    assert stats.server_errors == 0
    assert written.written > 20 and report.found == report.expected > 0
    assert {"ingest", "publish", "startup"} <= set(hits), hits


def test_kill_9_at_random_moments_loses_nothing_and_breaks_nothing(
    reliable: Workspace, tmp_path: Path
) -> None:
    run_kill_loop(reliable, tmp_path, kills=8, seed=1)


@pytest.mark.slow
def test_kill_9_twenty_five_times_loses_nothing_and_breaks_nothing(
    reliable: Workspace, tmp_path: Path
) -> None:
    run_kill_loop(reliable, tmp_path, kills=25, seed=2)


def test_a_file_being_written_across_a_restart_is_never_served_half(
    reliable: Workspace, tmp_path: Path
) -> None:
    # The new daemon cannot see the writer's earlier writes nor know it is still going,
    # but a file changed less than settle_s before the start-up reconcile waits for the
    # watcher, which sees the next write and then waits for the close.
    write_reliable_config(reliable, settle_s=1.0)
    port = free_port()
    marker = new_marker()
    paragraphs = make_document(marker, paragraphs=12).split("\n\n")
    with FeedPoller(f"http://127.0.0.1:{port}") as poller:
        kill_at(DaemonProcess(reliable.config_path, port=port), "random", random.Random(1))
        with open(reliable.seeds / "midway.txt", "w", encoding="utf-8") as handle:
            daemon = DaemonProcess(reliable.config_path, port=port)
            starting = threading.Thread(target=daemon.start, kwargs={"timeout_s": 60})
            starting.start()
            for paragraph in paragraphs:  # about 4 s of writing, the restart in the middle
                handle.write(paragraph + "\n\n")
                handle.flush()
                time.sleep(0.3)
            starting.join()
        with daemon:
            wait_until(lambda: marker in daemon.feed_text(), timeout_s=5)
            report = settled_report(reliable, timeout_s=5)
    stats = poller.stop()
    assert not stats.half, stats.half[:3]
    report.assert_ok(strict_ids=True)


# -- full and read-only folders -----------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(folder: Path, *, size: str = "2m", read_only: bool = False) -> Iterator[Path]:
    """A small tmpfs mounted on `folder` (skip when mounting is not permitted here)."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip() or result.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system of `folder` to the last byte; return the filler file."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)
    return filler


@pytest.mark.parametrize("full", ["output", "state"])
def test_a_full_disk_keeps_the_last_good_feeds_logs_and_recovers(
    full: str, reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    folder = reliable.output if full == "output" else reliable.state.parent
    with tmpfs(folder):
        daemon = start_daemon()
        before = [new_marker() for _ in range(3)]
        for marker in before:
            reliable.add(f"before-{marker}.txt", make_document(marker))
        wait_until(lambda: all(m in daemon.feed_text() for m in before), timeout_s=5)
        good_feed = daemon.get("/all.atom").content
        filler = fill(folder)

        during = [new_marker() for _ in range(20)]
        for marker in during:
            reliable.add(f"during-{marker}.txt", make_document(marker, paragraphs=8))

        failed = daemon.wait_for_log("job_failed", timeout_s=10)
        assert "No space left" in failed["exception"] or "disk is full" in failed["exception"]
        wait_until(lambda: daemon.get("/healthz").status_code == 503, timeout_s=5)
        served = daemon.get("/all.atom")
        assert served.status_code == 200 and served.content == good_feed
        assert daemon.returncode is None

        filler.unlink()  # space returns

        wait_until(lambda: all(m in daemon.feed_text() for m in during), timeout_s=20)
        wait_until(lambda: daemon.get("/healthz").status_code == 200, timeout_s=10)
        settled_report(reliable, timeout_s=10).assert_ok()
        daemon.stop()
        assert integrity(reliable.state) == "ok"


def test_a_read_only_state_folder_stops_start_up_with_a_clear_error(
    reliable: Workspace,
) -> None:
    with tmpfs(reliable.state.parent, size="1m", read_only=True):
        started = time.monotonic()
        result = reliable.cli("run", "--port", str(free_port()))
    assert result.returncode == 3
    assert str(reliable.state) in result.stderr and "Read-only file system" in result.stderr
    assert time.monotonic() - started < 10
    # systemd must not restart it in a loop: exit 3 cannot be fixed by restarting.
    unit = (ROOT / "systemd" / "feedd.service").read_text(encoding="utf-8")
    prevented = [
        line.split("=", 1)[1].split()
        for line in unit.splitlines()
        if line.startswith("RestartPreventExitStatus=")
    ]
    assert any("3" in codes for codes in prevented), prevented


# -- faults inside the daemon ---------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["watcher", "job"])
def test_an_exception_in_the_watcher_or_a_job_is_reported_not_a_silent_stall(
    fault: str,
    reliable: Workspace,
    start_daemon: Callable[..., DaemonProcess],
    tmp_path: Path,
) -> None:
    systemd = NotifyListener(tmp_path / "notify.sock")
    try:
        daemon = start_daemon(
            env={
                "NOTIFY_SOCKET": systemd.path,
                "WATCHDOG_USEC": "400000",
                "FEEDD_TEST_FAULT": fault,
            }
        )
        assert daemon.get("/healthz").status_code == 200
        wait_until(lambda: "WATCHDOG=1" in systemd.messages(), timeout_s=5)  # healthy: pings

        reliable.add("trigger.txt", make_document(new_marker()))

        wait_until(lambda: daemon.get("/healthz").status_code == 503, timeout_s=5)
        failing = "watcher" if fault == "watcher" else "regeneration"
        assert daemon.get("/healthz").json()["checks"][failing] is False
        time.sleep(0.5)  # a ping already on its way when health turned
        since = time.monotonic()
        time.sleep(1.0)
        assert "WATCHDOG=1" not in systemd.messages(since)
        assert daemon.returncode is None
    finally:
        systemd.close()


# -- two writers of one state ---------------------------------------------------------------------


def test_a_rebuild_or_a_second_daemon_on_a_running_state_is_refused(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    markers = [new_marker() for _ in range(5)]
    for marker in markers:
        reliable.add(f"{marker}.txt", make_document(marker))
    wait_until(lambda: all(m in daemon.feed_text() for m in markers), timeout_s=5)

    rebuild = reliable.cli("rebuild")
    second = start_daemon(wait_ready=False)

    assert rebuild.returncode == 3 and "another feedd process" in rebuild.stderr
    assert second.wait(timeout_s=30) == 3 and "another feedd process" in second.log_text()
    later = new_marker()
    reliable.add("later.txt", make_document(later))
    wait_until(lambda: later in daemon.feed_text(), timeout_s=5)
    settled_report(reliable, timeout_s=5).assert_ok(strict_ids=True)
    assert daemon.stop() == 0
    assert integrity(reliable.state) == "ok"
    assert reliable.cli("rebuild").returncode == 0  # and once it is gone, a rebuild runs


# -- SIGTERM under load ---------------------------------------------------------------------------


def test_sigterm_under_load_finishes_the_batch_in_hand_and_exits_in_time(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    for number in range(1500):
        reliable.add(f"load/{number % 10}/{number:04}.txt", make_document(new_marker()))
    mark = len(daemon.lines)
    daemon.wait_for_log("file_ingested", after=mark, timeout_s=10)

    started = time.monotonic()
    daemon.send_signal(signal.SIGTERM)

    assert daemon.wait(timeout_s=15) == 0
    assert time.monotonic() - started < 15  # systemd's TimeoutStopSec
    assert daemon.events("daemon_stopped")
    ingested = {line["path"] for line in daemon.events("file_ingested")}
    assert ingested <= store_paths(reliable.state)  # every batch begun was committed
    assert integrity(reliable.state) == "ok"
    restarted = start_daemon()
    settled_report(reliable, timeout_s=60).assert_ok(strict_ids=True)
    assert restarted.get("/healthz").status_code == 200


def test_sigterm_during_a_long_start_up_reconcile_exits_in_time(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    for number in range(3000):
        reliable.add(f"big/{number % 30}/{number:04}.txt", make_document(new_marker()))
    daemon = start_daemon(wait_ready=False)
    daemon.wait_for_log("watcher_started", timeout_s=30)
    time.sleep(0.5)

    started = time.monotonic()
    daemon.send_signal(signal.SIGTERM)

    assert daemon.wait(timeout_s=15) == 0
    assert time.monotonic() - started < 15
    assert integrity(reliable.state) == "ok"
    assert os.path.exists(reliable.state)
