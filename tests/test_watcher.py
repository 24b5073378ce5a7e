"""The watcher: when a file counts as complete, coalescing, batching, event mapping, and a
real inotify observer on a temp folder."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog.testing
from fakes import FakeClock, FakeFiles
from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
)

from feedd.sources import stat_file
from feedd.watcher import (
    OVERFLOW_LOGGER,
    Batch,
    ChangeHandler,
    FolderWatcher,
    PendingChanges,
)

SETTLE_S = 0.3
ROOT = "/srv/seeds"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def files() -> FakeFiles:
    return FakeFiles()


@pytest.fixture
def pending(clock: FakeClock, files: FakeFiles) -> PendingChanges:
    return PendingChanges(settle_s=SETTLE_S, stat=files.stat, clock=clock)


@pytest.fixture
def no_leaked_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while set(threading.enumerate()) - before and time.monotonic() < deadline:
        time.sleep(0.05)
    leaked = set(threading.enumerate()) - before
    assert not leaked, f"threads left running: {leaked}"


# -- PendingChanges: when a file counts ----------------------------------------------------------


def test_a_closed_file_is_due_at_once(pending: PendingChanges, clock: FakeClock) -> None:
    due_at = pending.complete("a.txt")

    assert due_at == clock.now
    assert pending.take_due(10) == Batch(paths=("a.txt",))
    assert pending.take_due(10) == Batch()
    assert len(pending) == 0


def test_a_file_being_written_waits_for_its_close_however_long(
    pending: PendingChanges, clock: FakeClock, files: FakeFiles
) -> None:
    files.write("a.txt", 100)
    pending.writing("a.txt")
    clock.advance(60)  # a writer pausing for a minute, the file stable all along

    assert not pending.take_due(10)
    assert pending.next_due_at() is None
    assert pending.waiting_paths() == {"a.txt"}

    pending.complete("a.txt")
    assert pending.take_due(10).paths == ("a.txt",)


def test_a_created_file_with_no_write_counts_once_stable_for_settle_s(
    pending: PendingChanges, clock: FakeClock, files: FakeFiles
) -> None:
    files.write("link.txt", 100)
    due_at = pending.appeared("link.txt")

    assert due_at == pytest.approx(clock.now + SETTLE_S)
    clock.advance(SETTLE_S / 2)
    assert not pending.take_due(10)
    clock.advance(SETTLE_S / 2)
    assert pending.take_due(10).paths == ("link.txt",)


def test_a_settling_file_that_keeps_changing_waits_again(
    pending: PendingChanges, clock: FakeClock, files: FakeFiles
) -> None:
    files.write("grow.txt", 10)
    pending.changed("grow.txt")
    clock.advance(SETTLE_S)
    files.write("grow.txt", 20)  # grew without an event reaching us (polling)

    assert not pending.take_due(10)
    assert pending.next_due_at() == pytest.approx(clock.now + SETTLE_S)
    clock.advance(SETTLE_S)
    assert pending.take_due(10).paths == ("grow.txt",)


def test_a_write_after_a_close_waits_for_the_next_close(
    pending: PendingChanges, files: FakeFiles
) -> None:
    pending.complete("a.txt")
    pending.writing("a.txt")  # reopened and written before the worker took it

    assert not pending.take_due(10)


def test_a_creation_does_not_demote_a_path_already_pending(pending: PendingChanges) -> None:
    pending.complete("d/a.txt")  # e.g. synthetic: inside a folder moved in
    pending.appeared("d/a.txt")

    assert pending.take_due(10).paths == ("d/a.txt",)


# -- PendingChanges: coalescing and batches ------------------------------------------------------


def test_many_events_for_one_path_are_one_entry(pending: PendingChanges) -> None:
    for _ in range(50):
        pending.writing("a.txt")
        pending.complete("a.txt")

    assert len(pending) == 1
    assert pending.take_due(10).paths == ("a.txt",)


def test_a_thousand_complete_files_come_out_in_batches_oldest_first(
    pending: PendingChanges,
) -> None:
    names = [f"{n:04}.txt" for n in range(1000)]
    for name in names:
        pending.complete(name)

    batches = [pending.take_due(400).paths for _ in range(3)]

    assert [len(b) for b in batches] == [400, 400, 200]
    assert [p for b in batches for p in b] == names


def test_settled_paths_fill_a_batch_only_up_to_its_limit(
    pending: PendingChanges, clock: FakeClock, files: FakeFiles
) -> None:
    for n in range(5):
        files.write(f"{n}.txt", 10)
        pending.appeared(f"{n}.txt")
    pending.complete("closed.txt")
    clock.advance(SETTLE_S)

    first = pending.take_due(3)
    second = pending.take_due(3)

    assert first.paths[0] == "closed.txt" and len(first.paths) == 3
    assert len(second.paths) == 3
    assert not pending.take_due(3)


def test_a_move_replaces_pending_work_on_both_names(pending: PendingChanges) -> None:
    pending.complete("a.txt")
    pending.writing("b.txt")
    pending.moved("a.txt", "b.txt")

    assert pending.take_due(10) == Batch(moves=(("a.txt", "b.txt"),))


def test_moves_keep_their_order(pending: PendingChanges) -> None:
    pending.moved("a.txt", "b.txt")
    pending.moved("b.txt", "c.txt")

    assert pending.take_due(10).moves == (("a.txt", "b.txt"), ("b.txt", "c.txt"))


def test_a_removed_folder_drops_pending_paths_under_it_and_settles(
    pending: PendingChanges, clock: FakeClock
) -> None:
    pending.complete("d/a.txt")
    pending.writing("d/sub/b.txt")
    pending.complete("dd/c.txt")
    due_at = pending.folder_removed("d")

    assert due_at == clock.now + SETTLE_S
    assert pending.take_due(10) == Batch(paths=("dd/c.txt",))
    assert not pending.waiting_paths()
    assert pending.next_due_at() == due_at
    clock.advance(SETTLE_S)
    assert pending.take_due(10) == Batch(removed_folders=("d",))


def test_a_file_moved_into_a_new_unwatched_folder_arrives_no_later_than_it_leaves(
    pending: PendingChanges, clock: FakeClock, files: FakeFiles
) -> None:
    """inotify: `mkdir new && mv a.txt new/` before the watch on new/ exists is a creation
    (simulated when the watch is added) and then an unpaired move out."""
    files.write("new/a.txt", 10)
    handler, _ = handler_for(pending)

    handler.dispatch(FileCreatedEvent(at("new/a.txt")))
    clock.advance(0.05)
    handler.dispatch(FileMovedEvent(at("a.txt"), ""))
    taken = []
    for _ in range(4):
        clock.advance(SETTLE_S / 2)
        taken.extend(pending.take_due(10).paths)

    assert taken == ["new/a.txt", "a.txt"]


def test_next_due_at_is_the_earliest_settle_deadline(
    pending: PendingChanges, clock: FakeClock, files: FakeFiles
) -> None:
    assert pending.next_due_at() is None
    pending.appeared("a.txt")
    clock.advance(0.1)
    pending.appeared("b.txt")

    assert pending.next_due_at() == pytest.approx(clock.now - 0.1 + SETTLE_S)
    pending.removed("c.txt")
    assert pending.next_due_at() == clock.now


def test_drop_waiting_forgets_only_paths_waiting_since_before_a_time(
    pending: PendingChanges, clock: FakeClock
) -> None:
    pending.writing("old.txt")
    clock.advance(10)
    pending.writing("new.txt")

    assert pending.drop_waiting(older_than=clock.now - 5) == 1
    assert pending.waiting_paths() == {"new.txt"}
    assert pending.drop_waiting() == 1
    assert len(pending) == 0


def test_settle_checks_stat_outside_the_lock_and_keep_newer_events(
    clock: FakeClock, files: FakeFiles
) -> None:
    pending: PendingChanges

    def stat_then_event(path: str) -> tuple[int, int] | None:
        # An event for the same path lands while the worker is stat-ing it.
        if clock.now > 1000 + SETTLE_S / 2:
            pending.writing(path)
        return files.stat(path)

    pending = PendingChanges(settle_s=SETTLE_S, stat=stat_then_event, clock=clock)
    pending.appeared("a.txt")
    clock.advance(SETTLE_S)

    assert not pending.take_due(10)
    assert pending.waiting_paths() == {"a.txt"}  # still waiting for the writer's close


# -- ChangeHandler: watchdog events to pending work ----------------------------------------------


def handler_for(
    pending: PendingChanges, *, has_close_events: bool = True, inject_fault: bool = False
) -> tuple[ChangeHandler, list[float]]:
    wakeups: list[float] = []
    handler = ChangeHandler(
        Path(ROOT),
        pending,
        has_close_events=has_close_events,
        on_due=wakeups.append,
        inject_fault=inject_fault,
    )
    return handler, wakeups


def at(name: str) -> str:
    return f"{ROOT}/{name}" if name else ""


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (FileClosedEvent(at("a.txt")), Batch(paths=("a.txt",))),
        (FileMovedEvent("", at("a.txt")), Batch(paths=("a.txt",))),
        (FileMovedEvent(at(".a.txt.tmp"), at("a.txt")), Batch(paths=("a.txt",))),
        (FileMovedEvent(at("a.part"), at("sub/a.txt")), Batch(paths=("sub/a.txt",))),
        (FileMovedEvent(at("a.txt"), at("sub/b.txt")), Batch(moves=(("a.txt", "sub/b.txt"),))),
        (FileMovedEvent(at("a.txt"), ""), Batch(paths=("a.txt",))),
        (FileMovedEvent(at("a.txt"), "/elsewhere/a.txt"), Batch(paths=("a.txt",))),
        (FileMovedEvent(at("a.txt"), at("a.txt~")), Batch(paths=("a.txt",))),
        (FileDeletedEvent(at("d/a.txt")), Batch(paths=("d/a.txt",))),
        (FileCreatedEvent(at("d/a.txt"), is_synthetic=True), Batch(paths=("d/a.txt",))),
        (DirMovedEvent(at("d"), ""), Batch(removed_folders=("d",))),
        (DirDeletedEvent(at("d/e")), Batch(removed_folders=("d/e",))),
        (DirMovedEvent(at("d"), at("e")), Batch()),
        (DirCreatedEvent(at("d")), Batch()),
        (FileClosedEvent(at(".hidden.txt")), Batch()),
        (FileClosedEvent(at(".git/config")), Batch()),
        (FileClosedEvent(at("draft.txt.swp")), Batch()),
        (FileClosedEvent("/elsewhere/a.txt"), Batch()),
        (FileMovedEvent(at("a.tmp"), at("b.tmp")), Batch()),
    ],
    ids=lambda value: _event_id(value) if isinstance(value, FileSystemEvent) else None,
)
def test_events_become_pending_work(
    pending: PendingChanges, clock: FakeClock, event: FileSystemEvent, expected: Batch
) -> None:
    handler, _ = handler_for(pending)

    handler.dispatch(event)
    clock.advance(SETTLE_S)  # removals by a move out settle first

    assert pending.take_due(10) == expected
    assert handler.last_event_ok


@pytest.mark.parametrize(
    "event",
    [FileModifiedEvent(at("a.txt")), FileCreatedEvent(at("a.txt")), FileAttribEvent(at("a.txt"))],
    ids=["modified", "created", "attrib"],
)
def test_writes_and_creations_are_not_due_at_once(
    pending: PendingChanges, event: FileSystemEvent
) -> None:
    handler, _ = handler_for(pending)

    handler.dispatch(event)

    assert not pending.take_due(10)
    assert pending.waiting_paths() == {"a.txt"}


def test_without_close_events_every_change_settles(
    pending: PendingChanges, clock: FakeClock, files: FakeFiles
) -> None:
    handler, wakeups = handler_for(pending, has_close_events=False)
    files.write("a.txt", 10)

    handler.dispatch(FileCreatedEvent(at("a.txt")))
    handler.dispatch(FileMovedEvent("", at("b.txt")))  # no close events: not trusted either

    assert wakeups == [pytest.approx(clock.now + SETTLE_S)] * 2
    clock.advance(SETTLE_S)
    assert set(pending.take_due(10).paths) == {"a.txt", "b.txt"}


def test_the_worker_is_woken_when_work_becomes_due(
    pending: PendingChanges, clock: FakeClock
) -> None:
    handler, wakeups = handler_for(pending)

    handler.dispatch(FileModifiedEvent(at("a.txt")))
    handler.dispatch(FileClosedEvent(at("a.txt")))

    assert wakeups == [clock.now]


def test_a_failing_event_is_logged_never_raised_and_marks_the_handler(
    pending: PendingChanges,
) -> None:
    handler, _ = handler_for(pending, inject_fault=True)

    with structlog.testing.capture_logs() as logs:
        handler.dispatch(FileClosedEvent(at("a.txt")))

    assert not handler.last_event_ok
    assert handler.errors == 1
    assert [(line["event"], line.get("exc_info")) for line in logs] == [
        ("watcher_event_failed", True)  # logged with its traceback
    ]
    handler.inject_fault = False
    handler.dispatch(FileClosedEvent(at("a.txt")))
    assert handler.last_event_ok  # healthy again once an event is handled


def test_losing_the_watched_folder_marks_the_handler(pending: PendingChanges) -> None:
    handler, _ = handler_for(pending)

    handler.dispatch(DirDeletedEvent(ROOT))

    assert handler.is_root_lost


# -- FolderWatcher: a real observer on a temp folder ------------------------------------------


class Woken:
    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self, due_at: float) -> None:
        self.event.set()


def real_watcher(root: Path, **kwargs: object) -> tuple[FolderWatcher, PendingChanges, Woken]:
    pending = PendingChanges(settle_s=SETTLE_S, stat=lambda p: _signature(root, p))
    woken = Woken()
    settings: dict[str, object] = {"watch_mode": "native", "poll_interval_s": 0.1, **kwargs}
    watcher = FolderWatcher(
        root,
        pending,
        watch_mode=str(settings["watch_mode"]),
        poll_interval_s=float(str(settings["poll_interval_s"])),
        on_due=woken,
        on_overflow=lambda: None,
    )
    return watcher, pending, woken


def _signature(root: Path, path: str) -> tuple[int, int] | None:
    found = stat_file(root, path)
    return None if found is None else (found.size, found.mtime_ns)


def take_within(pending: PendingChanges, seconds: float) -> Batch:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        batch = pending.take_due(100)
        if batch:
            return batch
        time.sleep(0.02)
    return Batch()


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="inotify close events")
def test_real_watcher_waits_for_a_slow_writer_to_close(
    tmp_path: Path, no_leaked_threads: None
) -> None:
    watcher, pending, woken = real_watcher(tmp_path)
    watcher.start()
    try:
        with open(tmp_path / "slow.txt", "w", encoding="utf-8") as handle:
            handle.write("first half")
            handle.flush()
            assert not take_within(pending, 3 * SETTLE_S)
            handle.write(" and the rest")
        assert take_within(pending, 2).paths == ("slow.txt",)
        assert woken.event.is_set()
    finally:
        watcher.stop()


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="inotify")
def test_real_watcher_sees_renames_in_within_and_out(
    tmp_path: Path, no_leaked_threads: None
) -> None:
    root = tmp_path / "root"
    outside = tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "in.txt").write_text("x", encoding="utf-8")
    (outside / "folder").mkdir()
    (outside / "folder" / "f.txt").write_text("x", encoding="utf-8")
    watcher, pending, _ = real_watcher(root)
    watcher.start()
    try:
        (outside / "in.txt").rename(root / "in.txt")
        assert take_within(pending, 2).paths == ("in.txt",)
        (root / "in.txt").rename(root / "moved.txt")
        assert take_within(pending, 2).moves == (("in.txt", "moved.txt"),)
        (outside / "folder").rename(root / "folder")
        assert take_within(pending, 2).paths == ("folder/f.txt",)
        (root / "folder").rename(outside / "back")
        assert take_within(pending, 2).removed_folders == ("folder",)
        (root / "moved.txt").rename(outside / "moved.txt")
        assert take_within(pending, 2).paths == ("moved.txt",)
    finally:
        watcher.stop()


def test_polling_watcher_settles_new_files(tmp_path: Path, no_leaked_threads: None) -> None:
    watcher, pending, _ = real_watcher(tmp_path, watch_mode="poll")
    assert not watcher.has_close_events
    watcher.start()
    try:
        (tmp_path / "a.txt").write_text("x", encoding="utf-8")
        assert take_within(pending, 3).paths == ("a.txt",)
    finally:
        watcher.stop()


def test_an_inotify_overflow_warning_reaches_on_overflow(
    tmp_path: Path, no_leaked_threads: None
) -> None:
    overflows: list[bool] = []
    pending = PendingChanges(settle_s=SETTLE_S, stat=lambda p: None)
    watcher = FolderWatcher(
        tmp_path,
        pending,
        watch_mode="native",
        poll_interval_s=1.0,
        on_due=lambda _: None,
        on_overflow=lambda: overflows.append(True),
    )
    watcher.start()
    try:
        # What watchdog logs when the kernel reports IN_Q_OVERFLOW (and nothing else).
        logging.getLogger(OVERFLOW_LOGGER).warning(
            "Inotify queue overflowed; filesystem events were lost"
        )
        logging.getLogger(OVERFLOW_LOGGER).warning("something else")
    finally:
        watcher.stop()
    logging.getLogger(OVERFLOW_LOGGER).warning(
        "Inotify queue overflowed; filesystem events were lost"
    )

    assert overflows == [True]


def _event_id(event: FileSystemEvent) -> str:
    names = [os.fsdecode(p).removeprefix(ROOT + "/") for p in (event.src_path, event.dest_path)]
    synthetic = "-synthetic" if event.is_synthetic else ""
    return f"{type(event).__name__}{synthetic}:{'->'.join(n or '(outside)' for n in names)}"
