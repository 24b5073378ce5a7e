"""`feedd run` as a real subprocess: files dropped into the folder are served over HTTP;
signals, reloads, systemd notifications, health and coalescing.

Each test starts its own daemon on a free port and stops it (DaemonProcess.__exit__).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import Workspace, shipped_topics_toml
from daemon_helpers import (
    DaemonProcess,
    NotifyListener,
    document,
    headline_of,
    wait_until,
)

from feedd.daemon import keep_restart_only_settings

TOPIC_FEED = "russia-syria-bases.atom"
FAST = "[daemon]\nsettle_s = 0.2\ndebounce_s = 0.2\n"
WEATHER_TOPIC = '[[topics]]\nname = "Siberia weather"\nquery = "snow AND siberia"\n'


@pytest.fixture
def start_daemon(workspace: Workspace) -> Iterator[Callable[..., DaemonProcess]]:
    started: list[DaemonProcess] = []

    def start(**kwargs: object) -> DaemonProcess:
        wait_ready = bool(kwargs.pop("wait_ready", True))
        daemon = DaemonProcess(workspace.config_path, **kwargs)  # type: ignore[arg-type]
        started.append(daemon)
        return daemon.start(wait_ready=wait_ready)

    workspace.write_config(FAST)
    yield start
    for daemon in started:
        daemon.stop()


def served(daemon: DaemonProcess, text: str, feed: str = "all.atom") -> Callable[[], bool]:
    return lambda: text in daemon.feed_text(feed)


def gone(daemon: DaemonProcess, text: str, feed: str = "all.atom") -> Callable[[], bool]:
    return lambda: text not in daemon.feed_text(feed)


# -- files in, feeds out ------------------------------------------------------------------------


def test_a_dropped_file_appears_in_its_topic_feed_within_two_seconds(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()

    (workspace.seeds / "kremlin.txt").write_text(document(1), encoding="utf-8")

    wait_until(served(daemon, headline_of(1), TOPIC_FEED), timeout_s=2)
    wait_until(served(daemon, headline_of(1), "all.atom"), timeout_s=1)
    assert daemon.events("file_ingested")[0]["path"] == "kremlin.txt"


def test_an_atomic_rename_into_the_folder_is_picked_up(
    workspace: Workspace, tmp_path: Path, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    outside = tmp_path / "outside.txt"
    outside.write_text(document(1), encoding="utf-8")
    temp_inside = workspace.seeds / ".incoming.txt.tmp"
    temp_inside.write_text(document(2), encoding="utf-8")

    os.rename(outside, workspace.seeds / "from-outside.txt")
    os.rename(temp_inside, workspace.seeds / "from-temp-name.txt")

    wait_until(served(daemon, headline_of(1)), timeout_s=2)
    wait_until(served(daemon, headline_of(2)), timeout_s=2)
    paths = {line["path"] for line in daemon.events("file_ingested")}
    assert paths == {"from-outside.txt", "from-temp-name.txt"}  # never the temp name


def test_a_slow_partial_write_never_shows_half_a_document(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    text = document(1, marker="The end of the story.")
    half = len(text) // 2
    seen_half: list[str] = []
    stop_polling = threading.Event()

    def poll() -> None:
        while not stop_polling.is_set():
            feed = daemon.feed_text()
            if headline_of(1) in feed and "The end of the story." not in feed:
                seen_half.append(feed)
            time.sleep(0.02)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        with open(workspace.seeds / "slow.txt", "w", encoding="utf-8") as handle:
            handle.write(text[:half])
            handle.flush()
            time.sleep(1.0)
            assert headline_of(1) not in daemon.feed_text()
            handle.write(text[half:])
        wait_until(served(daemon, "The end of the story."), timeout_s=2)
    finally:
        stop_polling.set()
        poller.join()
    assert not seen_half
    assert len(daemon.events("file_ingested")) == 1


def test_a_deleted_file_leaves_the_feed(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    path = workspace.seeds / "sub" / "doomed.txt"
    path.parent.mkdir()
    path.write_text(document(1), encoding="utf-8")
    wait_until(served(daemon, headline_of(1), TOPIC_FEED), timeout_s=2)

    path.unlink()

    wait_until(gone(daemon, headline_of(1), TOPIC_FEED), timeout_s=2)
    wait_until(gone(daemon, headline_of(1), "all.atom"), timeout_s=1)


def test_a_file_renamed_inside_the_folder_keeps_its_entry(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    (workspace.seeds / "a.txt").write_text(document(1), encoding="utf-8")
    wait_until(served(daemon, headline_of(1)), timeout_s=2)
    entry_id = daemon.events("file_ingested")[0]["entry_id"]
    (workspace.seeds / "archive").mkdir()

    os.rename(workspace.seeds / "a.txt", workspace.seeds / "archive" / "a.txt")
    (workspace.seeds / "b.txt").write_text(document(2), encoding="utf-8")
    wait_until(served(daemon, headline_of(2)), timeout_s=2)

    feed = daemon.feed_text()
    assert feed.count(entry_id) == 1  # same entry, not removed and re-added


def test_a_folder_moved_out_takes_its_entries_with_it(
    workspace: Workspace, tmp_path: Path, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    folder = workspace.seeds / "batch"
    folder.mkdir()
    for number in (1, 2):
        (folder / f"{number}.txt").write_text(document(number), encoding="utf-8")
    wait_until(served(daemon, headline_of(2)), timeout_s=2)
    wait_until(served(daemon, headline_of(1)), timeout_s=2)

    os.rename(folder, tmp_path / "batch-elsewhere")

    wait_until(gone(daemon, headline_of(1)), timeout_s=2)
    wait_until(gone(daemon, headline_of(2)), timeout_s=2)


def test_a_file_added_while_stopped_appears_after_restart(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    first = start_daemon()
    (workspace.seeds / "before.txt").write_text(document(1), encoding="utf-8")
    wait_until(served(first, headline_of(1)), timeout_s=2)
    assert first.stop() == 0

    (workspace.seeds / "while-stopped.txt").write_text(document(2), encoding="utf-8")
    (workspace.seeds / "before.txt").unlink()
    second = start_daemon()

    assert headline_of(2) in second.feed_text()  # served as soon as it is ready
    assert headline_of(1) not in second.feed_text()
    startup = second.events("startup_reconciled")[0]
    assert (startup["ingested"], startup["removed"]) == (1, 1)


def test_poll_mode_picks_up_a_dropped_file(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    workspace.write_config('[daemon]\nwatch_mode = "poll"\npoll_interval_s = 0.2\nsettle_s = 0.2\n')
    daemon = start_daemon()

    (workspace.seeds / "polled.txt").write_text(document(1), encoding="utf-8")

    wait_until(served(daemon, headline_of(1)), timeout_s=3)
    assert daemon.events("watcher_started")[0]["observer"] == "PollingObserver"


# -- signals ------------------------------------------------------------------------------------


def test_sighup_with_a_new_topic_serves_its_feed(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    (workspace.seeds / "snow.txt").write_text(document(1, topic="weather"), encoding="utf-8")
    wait_until(served(daemon, headline_of(1, topic="weather")), timeout_s=2)
    assert daemon.get("/siberia-weather.atom").status_code == 404

    workspace.write_config(FAST, topics=shipped_topics_toml() + "\n\n" + WEATHER_TOPIC)
    daemon.send_signal(signal.SIGHUP)

    reloaded = daemon.wait_for_log("config_reloaded", timeout_s=5)
    assert reloaded["topics_added"] == ["siberia-weather"]
    assert headline_of(1, topic="weather") in daemon.feed_text("siberia-weather.atom")
    assert daemon.get("/siberia-weather.rss").status_code == 200

    workspace.write_config(FAST)  # and removed again
    mark = len(daemon.lines)
    daemon.send_signal(signal.SIGHUP)
    removed = daemon.wait_for_log("config_reloaded", timeout_s=5, after=mark)
    assert removed["topics_removed"] == ["siberia-weather"]
    assert daemon.get("/siberia-weather.atom").status_code == 404


def test_sighup_with_a_broken_config_keeps_serving_and_logs_the_error(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    workspace.config_path.write_text("watch_dir = [unclosed\n", encoding="utf-8")

    daemon.send_signal(signal.SIGHUP)

    failed = daemon.wait_for_log("config_reload_failed", timeout_s=5)
    assert "not valid TOML" in failed["error"]
    (workspace.seeds / "after.txt").write_text(document(1), encoding="utf-8")
    wait_until(served(daemon, headline_of(1), TOPIC_FEED), timeout_s=2)
    assert daemon.get("/healthz").status_code == 200
    assert daemon.returncode is None


def test_a_reload_keeps_the_settings_only_a_restart_can_change(workspace: Workspace) -> None:
    workspace.write_config(FAST)
    running = workspace.config()
    workspace.write_config(
        '[server]\nport = 9999\n[daemon]\nwatch_mode = "poll"\ndebounce_s = 2.0\n',
        topics=WEATHER_TOPIC,
    )
    wanted = replace(workspace.config(), state_file=running.state_file.with_name("other.db"))

    kept, needs_restart = keep_restart_only_settings(running, wanted)

    assert needs_restart == ["state_file", "server.port", "daemon.watch_mode"]
    assert (kept.state_file, kept.server, kept.base_url) == (
        running.state_file,
        running.server,
        running.base_url,
    )
    assert kept.daemon.watch_mode == "native"
    assert kept.daemon.debounce_s == 2.0  # the rest takes effect
    assert [t.slug for t in kept.topics] == ["siberia-weather"]


def test_sigterm_exits_zero_within_a_few_seconds(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    for number in range(50):
        (workspace.seeds / f"{number}.txt").write_text(document(number), encoding="utf-8")

    started = time.monotonic()
    daemon.send_signal(signal.SIGTERM)

    assert daemon.wait(timeout_s=5) == 0
    assert time.monotonic() - started < 5
    assert daemon.events("daemon_stopped")


def test_a_second_daemon_on_the_same_state_exits_with_a_clear_message(
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    first = start_daemon()

    second = start_daemon(wait_ready=False)

    assert second.wait(timeout_s=15) == 3
    assert "another feedd process" in second.log_text()
    assert f"pid {first.pid}" in second.log_text()
    assert first.get("/healthz").status_code == 200


# -- systemd notify, health, faults ---------------------------------------------------------------


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[NotifyListener]:
    listener = NotifyListener(tmp_path / "notify.sock")
    yield listener
    listener.close()


def kinds(messages: list[str]) -> list[str]:
    """READY, WATCHDOG, RELOADING, STOPPING (STATUS lines left out), repeats folded."""
    folded: list[str] = []
    for message in messages:
        kind = message.split("=", 1)[0]
        if kind != "STATUS" and (not folded or folded[-1] != kind):
            folded.append(kind)
    return folded


def test_systemd_hears_ready_watchdog_reloading_ready_stopping_in_order(
    start_daemon: Callable[..., DaemonProcess], systemd: NotifyListener
) -> None:
    daemon = start_daemon(env={"NOTIFY_SOCKET": systemd.path, "WATCHDOG_USEC": "1000000"})
    time.sleep(1.2)  # two or three pings at half of the 1 s watchdog
    daemon.send_signal(signal.SIGHUP)
    daemon.wait_for_log("config_reloaded", timeout_s=5)
    daemon.send_signal(signal.SIGTERM)
    assert daemon.wait(timeout_s=5) == 0

    messages = systemd.messages()

    sequence = [kind for kind in kinds(messages) if kind != "WATCHDOG"]
    assert sequence == ["READY", "RELOADING", "READY", "STOPPING"]
    assert kinds(messages)[:3] == ["READY", "WATCHDOG", "RELOADING"]
    assert messages.count("WATCHDOG=1") >= 2
    assert any(m.startswith("STATUS=watching") for m in messages)


def test_a_failing_job_turns_healthz_503_and_stops_watchdog_pings(
    workspace: Workspace,
    start_daemon: Callable[..., DaemonProcess],
    systemd: NotifyListener,
) -> None:
    daemon = start_daemon(
        env={"NOTIFY_SOCKET": systemd.path, "WATCHDOG_USEC": "400000", "FEEDD_TEST_FAULT": "job"}
    )
    assert daemon.get("/healthz").status_code == 200

    (workspace.seeds / "a.txt").write_text(document(1), encoding="utf-8")

    wait_until(lambda: daemon.get("/healthz").status_code == 503, timeout_s=3)
    health = daemon.get("/healthz").json()
    assert health["checks"]["regeneration"] is False
    assert "regenerate" in health["failing_jobs"]
    failure = daemon.wait_for_log("job_failed")
    assert failure["job"] == "regenerate" and "injected fault" in failure["exception"]
    time.sleep(0.3)  # a ping already on its way when health turned
    since = time.monotonic()
    time.sleep(1.0)  # five watchdog periods
    assert "WATCHDOG=1" not in systemd.messages(since)
    assert "WATCHDOG=1" in systemd.messages()  # it did ping while healthy
    assert daemon.metric("feedd_job_failures_total", 'job="regenerate"') >= 1


def test_a_failing_watcher_callback_turns_healthz_503(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon(env={"FEEDD_TEST_FAULT": "watcher"})
    assert daemon.get("/healthz").status_code == 200

    (workspace.seeds / "a.txt").write_text(document(1), encoding="utf-8")

    wait_until(lambda: daemon.get("/healthz").status_code == 503, timeout_s=2)
    assert daemon.get("/healthz").json()["checks"]["watcher"] is False
    assert daemon.wait_for_log("watcher_event_failed")["exception"]


# -- coalescing -----------------------------------------------------------------------------------


def test_a_thousand_files_at_once_cause_far_fewer_regenerations(
    workspace: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    startup_renders = len(daemon.events("feeds_regenerated"))

    for number in range(1000):
        (workspace.seeds / f"{number:04}.txt").write_text(document(number), encoding="utf-8")

    wait_until(lambda: daemon.metric("feedd_entries") == 1000, timeout_s=40)
    renders = len(daemon.events("feeds_regenerated")) - startup_renders
    all_feed_writes = [line for line in daemon.events("feed_written") if line["feed"] == "all.atom"]
    assert 1 <= renders <= 100, renders
    assert len(all_feed_writes) <= 101
    assert daemon.metric("feedd_regenerations_total") <= 101
    assert daemon.metric("feedd_files_ingested_total") == 1000
    assert daemon.metric("feedd_watcher_pending_paths") == 0
