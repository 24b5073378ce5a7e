"""Producers and bursts: whatever way a document is written into the folder, it is served
once, whole, and never its first half; a reader polling all the while never gets an
invalid feed. A burst that overflows the kernel's event queue still arrives, within one
reconcile period, and the overflow is logged.

The periodic reconcile is slow here (600 s) unless a test says otherwise, so a document
that arrives in seconds came through the watcher, not the safety net.
"""

from __future__ import annotations

import contextlib
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import Workspace
from daemon_helpers import DaemonProcess, wait_until

from .checker import FeedPoller, make_document, new_marker, scan_documents
from .conftest import settled_report, write_reliable_config
from .producers import KEEPING, create_then_delete

QUEUE_LIMIT = Path("/proc/sys/fs/inotify/max_queued_events")


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """Outside the watched folder, on the same file system (renames in are atomic)."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    return folder


def poller_for(daemon: DaemonProcess) -> FeedPoller:
    return FeedPoller(
        f"http://127.0.0.1:{daemon.port}", ("all.atom", "all.rss", "lighthouses.atom")
    )


def assert_reader_saw_only_whole_feeds(poller: FeedPoller) -> None:
    stats = poller.stop()
    assert stats.fetches > 0
    assert not stats.invalid, stats.invalid[:3]
    assert not stats.half, stats.half[:3]
    assert stats.server_errors == 0


@pytest.mark.parametrize("style", sorted(KEEPING))
def test_each_producer_style_is_served_once_whole_and_its_old_version_goes(
    style: str,
    reliable: Workspace,
    start_daemon: Callable[..., DaemonProcess],
    scratch: Path,
) -> None:
    daemon = start_daemon()
    produce = KEEPING[style]
    rng = random.Random(style)
    names = [f"{style}/a.txt", f"{style}/deeper/b.txt", f"{style}-c.txt"]
    if style not in ("fresh_folders", "folder_in"):
        (reliable.seeds / style / "deeper").mkdir(parents=True)  # watched before the write
        time.sleep(0.2)
    with poller_for(daemon) as poller:
        for number, name in enumerate(names):
            text = make_document(new_marker(rng), is_on_topic=number == 0)
            produce(reliable.seeds, scratch, name, text, rng)
        report = settled_report(reliable, timeout_s=5)
        report.assert_ok(strict_ids=True)

        new_version = new_marker(rng)
        produce(reliable.seeds, scratch, names[0], make_document(new_version), rng)
        wait_until(lambda: new_version in daemon.feed_text(), timeout_s=3)
        report = settled_report(reliable, timeout_s=3)
    assert_reader_saw_only_whole_feeds(poller)
    report.assert_ok(strict_ids=True)
    assert report.expected == report.found == 3
    ingested = {line["path"] for line in daemon.events("file_ingested")}
    assert ingested == set(names)  # never a temp, swap or backup name


def test_a_writer_still_writing_in_a_folder_made_a_moment_ago_is_never_served_half(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    # `mkdir -p` and a write before the new folder's watch exists (made certain here by
    # pausing the daemon): the watcher first hears of the file as created, its earlier
    # writes unseen. The writer goes on writing within settle_s, so the file must wait
    # for its close. (A writer pausing longer than settle_s there is taken as done: with
    # no close event to wait for, settle_s is the contract.)
    write_reliable_config(reliable, settle_s=1.0)
    daemon = start_daemon()
    marker = new_marker()
    text = make_document(marker, paragraphs=6)
    paragraphs = text.split("\n\n")
    chunks = ["\n\n".join(paragraphs[:3]) + "\n\n", *(p + "\n\n" for p in paragraphs[3:])]
    path = reliable.seeds / "new" / "inner" / "doc.txt"
    with poller_for(daemon) as poller:
        daemon.send_signal(signal.SIGSTOP)
        try:
            path.parent.mkdir(parents=True)
            handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 - written across the pause
            handle.write(chunks[0])
            handle.flush()
        finally:
            daemon.send_signal(signal.SIGCONT)
        with handle:
            for chunk in chunks[1:]:
                time.sleep(0.4)
                assert marker not in daemon.feed_text()
                handle.write(chunk)
                handle.flush()
        wait_until(lambda: marker in daemon.feed_text(), timeout_s=3)
        report = settled_report(reliable, timeout_s=3)
    assert_reader_saw_only_whole_feeds(poller)
    report.assert_ok(strict_ids=True)


def test_files_created_then_deleted_leave_nothing_behind(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess], scratch: Path
) -> None:
    daemon = start_daemon()
    rng = random.Random(7)
    keeper = new_marker(rng)
    with poller_for(daemon) as poller:
        for number in range(20):
            text = make_document(new_marker(rng))
            create_then_delete(reliable.seeds, scratch, f"fleeting/{number}.txt", text, rng)
        reliable.add("keeper.txt", make_document(keeper))
        wait_until(lambda: keeper in daemon.feed_text(), timeout_s=3)
        report = settled_report(reliable, timeout_s=5)
    assert_reader_saw_only_whole_feeds(poller)
    report.assert_ok()
    assert report.entries == 1


def test_every_producer_at_once_is_served_exactly_once(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess], scratch: Path
) -> None:
    daemon = start_daemon()

    def storm(style: str) -> None:
        rng = random.Random(style)
        produce = KEEPING[style]
        if style == "slow_copy":
            # Paused longer than settle_s: only a watched folder sees the writer pause.
            (reliable.seeds / "storm" / style).mkdir(parents=True, exist_ok=True)
            time.sleep(0.2)
        for number in range(8):
            name = f"storm/{style}/{number % 5}.txt"  # some paths get a second version
            produce(reliable.seeds, scratch, name, make_document(new_marker(rng)), rng)
        create_then_delete(reliable.seeds, scratch, f"storm/{style}/gone.txt", "x" * 900, rng)

    with poller_for(daemon) as poller:
        writers = [threading.Thread(target=storm, args=(style,)) for style in sorted(KEEPING)]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        report = settled_report(reliable, timeout_s=10)
    assert_reader_saw_only_whole_feeds(poller)
    report.assert_ok()
    assert report.expected == 5 * len(KEEPING)
    assert daemon.get("/healthz").status_code == 200


# -- overflowing the kernel's event queue ------------------------------------------------------


@contextlib.contextmanager
def small_inotify_queue(events: int) -> Iterator[None]:
    """Lower max_queued_events while a daemon creates its inotify instance (the limit is
    read then). Restore it at once: the setting is machine-wide. Skips if not writable."""
    try:
        before = QUEUE_LIMIT.read_text()
        QUEUE_LIMIT.write_text(f"{events}\n")
    except OSError as err:
        pytest.skip(f"cannot lower {QUEUE_LIMIT}: {err}")
    try:
        yield
    finally:
        QUEUE_LIMIT.write_text(before)


def burst_while_paused(
    workspace: Workspace,
    start_daemon: Callable[..., DaemonProcess],
    *,
    files: int,
    queue_events: int | None,
    reconcile_interval_s: float,
) -> tuple[DaemonProcess, float]:
    """Start a daemon (with a small event queue if asked), SIGSTOP it, write `files`
    documents, SIGCONT; return it and the seconds from SIGCONT until all are served."""
    write_reliable_config(workspace, reconcile_interval_s=reconcile_interval_s)
    if queue_events is None:
        daemon = start_daemon(wait_ready=False)
        daemon.wait_for_log("watcher_started", timeout_s=30)
    else:
        with small_inotify_queue(queue_events):
            daemon = start_daemon(wait_ready=False)
            daemon.wait_for_log("watcher_started", timeout_s=30)
    daemon.wait_for_log("daemon_ready", timeout_s=30)
    rng = random.Random(files)
    # The folders first, watched before the pause, so every file makes events to queue.
    for folder in range(20):
        (workspace.seeds / f"burst/{folder:02}").mkdir(parents=True)
    time.sleep(0.5)
    daemon.send_signal(signal.SIGSTOP)
    try:
        for number in range(files):
            path = workspace.seeds / f"burst/{number % 20:02}/{number:05}.txt"
            path.write_text(make_document(new_marker(rng), paragraphs=1), encoding="utf-8")
    finally:
        daemon.send_signal(signal.SIGCONT)
    resumed = time.monotonic()
    expected = len(scan_documents(workspace.seeds).expected)
    assert expected == files
    wait_until(
        lambda: daemon.metric("feedd_entries") == files,
        timeout_s=reconcile_interval_s + files / 100,
        interval_s=0.2,
    )
    return daemon, time.monotonic() - resumed


def test_a_burst_that_overflows_the_event_queue_arrives_and_is_logged(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon, seconds = burst_while_paused(
        reliable, start_daemon, files=1500, queue_events=256, reconcile_interval_s=10
    )

    overflow = daemon.wait_for_log("watch_queue_overflow", timeout_s=1)
    assert overflow["action"] == "reconcile"
    assert daemon.metric("feedd_watch_queue_overflows_total") >= 1
    assert seconds < 10  # within one reconcile period
    report = settled_report(reliable, timeout_s=10)
    report.assert_ok(strict_ids=True)
    assert report.found == 1500
    assert daemon.get("/healthz").status_code == 200


@pytest.mark.slow
def test_a_burst_of_twenty_thousand_files_arrives_within_one_reconcile_period(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    # The machine's own queue limit (16384 by default) when it is below the events
    # 20,000 files make; else a smaller one for this daemon.
    limit = int(QUEUE_LIMIT.read_text())
    daemon, seconds = burst_while_paused(
        reliable,
        start_daemon,
        files=20_000,
        queue_events=None if limit < 40_000 else 16_384,
        reconcile_interval_s=30,
    )

    assert daemon.events("watch_queue_overflow")
    assert seconds < 30  # within one reconcile period
    report = settled_report(reliable, timeout_s=30)
    report.assert_ok(strict_ids=True)
    assert report.found == 20_000
    print(f"20,000 files served {seconds:.1f} s after SIGCONT")
