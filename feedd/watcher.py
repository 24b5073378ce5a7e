"""Watches the folder with watchdog and turns its events into pending work for the worker.

Owns the watchdog observer, the rules for when a file counts as complete, and
`PendingChanges`: the thread-safe set of paths the worker takes batches from. Runs in
watchdog's threads and never touches the store or the pipeline: it records relative paths
and calls `on_due(at)` so the daemon can schedule the worker. Must not import the store,
the pipeline, the publisher, the scheduler, the server or the daemon.

When a file counts as complete (a half-written file must never be published):
- Linux inotify (watch_mode "native"): at once on close-after-write (FileClosedEvent)
  and on a rename into the folder (the observer runs with `generate_full_events`, so a
  move from outside arrives as FileMovedEvent("", dest), distinct from a creation). A data
  write (FileModifiedEvent) means a writer holds the file open: wait for its close, however
  long it pauses. A creation or attribute change with no write seen (a hard link, a file
  inside a folder created before its watch existed) counts once its size and mtime have
  been stable for `settle_s`.
- Polling (watch_mode "poll") and other platforms have no close events: every change
  waits until size and mtime are stable for `settle_s`.
- A rename inside the folder is a move (same entry, new path); a deletion is a removal.
  A rename out of the folder, and a folder moved out or deleted, are removals after
  `settle_s`: inotify reports a rename into a subfolder created a moment before (not
  watched yet) as a move out plus a creation there, and the delay lets the creation reach
  the worker first, so the entry is kept. A folder moved in reports its files as created
  (synthetic events), which are complete.
- Hidden, editor and partial files (`sources.is_ignored_path`) are ignored; a rename from
  an ignored name (`.doc.tmp` → `doc.txt`) is the arrival of a complete file.

Inotify queue overflow: watchdog only logs it (a warning from
`watchdog.observers.inotify_c`) and rebuilds its watches; `FolderWatcher` hooks that log
record to call `on_overflow`, so the daemon can log it and reconcile at once.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import structlog
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
    FileSystemEventHandler,
)
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from feedd.sources import is_ignored_path

log = structlog.get_logger(__name__)

Signature = tuple[int, int] | None  # (size, mtime_ns); None when the file is absent
StatFn = Callable[[str], Signature]
Clock = Callable[[], float]

# The events feedd reacts to. Opens and read-only closes are left out: the daemon's own
# reads of the folder would otherwise wake the watcher for every file it ingests.
EVENT_FILTER: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]
OVERFLOW_LOGGER = "watchdog.observers.inotify_c"
OVERFLOW_MESSAGE = "Inotify queue overflowed"


@dataclass(frozen=True, slots=True)
class Batch:
    """Work taken from `PendingChanges`, applied in this order: moves (in the order they
    happened), removed folders, then paths (each brought in line with the file as it is now:
    present, changed or gone)."""

    moves: tuple[tuple[str, str], ...] = ()
    removed_folders: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.moves or self.removed_folders or self.paths)


class _Wait(Enum):
    SETTLE = "settle"  # due once the signature is stable for settle_s
    CLOSE = "close"  # a writer has it open: due on its close-after-write


@dataclass(slots=True)
class _Waiting:
    wait: _Wait
    changed_at: float  # last event, or last time the signature was seen to change
    signature: Signature


class PendingChanges:
    """Paths waiting for the worker, coalesced: many events for one path are one entry.

    Thread-safe. The watcher thread records events; the worker calls `take_due`. Every
    recording method returns when the new work becomes due (a `clock` time), or None when
    it waits for a close event, so the caller can wake the worker then.
    """

    def __init__(self, *, settle_s: float, stat: StatFn, clock: Clock = time.monotonic) -> None:
        self.settle_s = settle_s
        self._stat = stat
        self._clock = clock
        self._lock = threading.Lock()
        self._ready: dict[str, None] = {}  # insertion-ordered set: oldest first
        self._waiting: dict[str, _Waiting] = {}
        self._moves: list[tuple[str, str]] = []
        self._removed_folders: dict[str, float] = {}  # folder → when it went

    def __len__(self) -> int:
        with self._lock:
            return (
                len(self._ready)
                + len(self._waiting)
                + len(self._moves)
                + len(self._removed_folders)
            )

    # -- recording (watcher thread) ---------------------------------------------------------

    def complete(self, path: str) -> float:
        """The file is complete now (closed after writing, or renamed into the folder)."""
        with self._lock:
            self._waiting.pop(path, None)
            self._ready[path] = None
        return self._clock()

    def removed(self, path: str) -> float:
        """The file was deleted."""
        return self.complete(path)  # the worker finds it gone and drops its entry

    def moved_out(self, path: str) -> float:
        """The file was renamed out of the folder, or into a new subfolder not watched
        yet: then it comes back as a creation there. Settle, so both usually reach the
        worker in one batch or the arrival first, and the entry is kept."""
        return self.changed(path)

    def writing(self, path: str) -> None:
        """Data was written: a writer holds the file open; wait for its close."""
        with self._lock:
            self._ready.pop(path, None)
            self._waiting[path] = _Waiting(_Wait.CLOSE, self._clock(), None)

    def appeared(self, path: str) -> float | None:
        """Created, or its attributes changed, with no write seen: settle, unless the path is
        already pending (its earlier event says more, e.g. a synthetic one for a folder
        moved in, or a write in progress)."""
        signature = self._stat(path)
        with self._lock:
            if path in self._ready:
                return self._clock()
            current = self._waiting.get(path)
            if current is not None:
                return None if current.wait is _Wait.CLOSE else current.changed_at + self.settle_s
            now = self._clock()
            self._waiting[path] = _Waiting(_Wait.SETTLE, now, signature)
            return now + self.settle_s

    def changed(self, path: str) -> float:
        """A change on a platform without close events: settle from now."""
        signature = self._stat(path)
        with self._lock:
            self._ready.pop(path, None)
            now = self._clock()
            self._waiting[path] = _Waiting(_Wait.SETTLE, now, signature)
            return now + self.settle_s

    def moved(self, old_path: str, new_path: str) -> float:
        """Renamed inside the folder: the entry follows the file."""
        with self._lock:
            for path in (old_path, new_path):
                self._ready.pop(path, None)
                self._waiting.pop(path, None)
            self._moves.append((old_path, new_path))
        return self._clock()

    def folder_removed(self, folder: str) -> float:
        """A folder was deleted or moved out: everything under it is gone. Due after
        settle_s, like `moved_out` (it may have moved into a folder not watched yet)."""
        prefix = folder + "/"
        with self._lock:
            for table in (self._ready, self._waiting):
                for path in [p for p in table if p.startswith(prefix)]:
                    del table[path]
            now = self._clock()
            self._removed_folders[folder] = now
        return now + self.settle_s

    # -- taking (worker thread) ---------------------------------------------------------------

    def take_due(self, limit: int) -> Batch:
        """Moves and removed folders, plus up to `limit` paths that are due now, oldest first.
        A settling path whose size or mtime changed since its last look waits again."""
        now = self._clock()
        with self._lock:
            moves = tuple(self._moves)
            self._moves.clear()
            folders = tuple(
                sorted(f for f, at in self._removed_folders.items() if at + self.settle_s <= now)
            )
            for folder in folders:
                del self._removed_folders[folder]
            paths: list[str] = []
            while self._ready and len(paths) < limit:
                path = next(iter(self._ready))
                del self._ready[path]
                paths.append(path)
            room = limit - len(paths)
            candidates = [
                (path, item)
                for path, item in self._waiting.items()
                if item.wait is _Wait.SETTLE and item.changed_at + self.settle_s <= now
            ][: max(room, 0)]
        # stat() outside the lock: the watcher thread must never wait on the disk.
        looked = [(path, item, self._stat(path)) for path, item in candidates]
        with self._lock:
            for path, item, signature in looked:
                if self._waiting.get(path) is not item:
                    continue  # a newer event replaced it meanwhile
                if signature == item.signature:
                    del self._waiting[path]
                    paths.append(path)
                else:
                    item.signature = signature
                    item.changed_at = now
        return Batch(moves=moves, removed_folders=folders, paths=tuple(paths))

    def next_due_at(self) -> float | None:
        """When `take_due` will next have something: now, a settle deadline, or None."""
        with self._lock:
            if self._ready or self._moves:
                return self._clock()
            deadlines = [
                item.changed_at + self.settle_s
                for item in self._waiting.values()
                if item.wait is _Wait.SETTLE
            ]
            deadlines.extend(at + self.settle_s for at in self._removed_folders.values())
        return min(deadlines) if deadlines else None

    def has_news(self, path: str) -> bool:
        """Whether an event for `path` is pending (due, being written, settling or moved):
        what the worker read of it before that event may already be out of date."""
        with self._lock:
            return (
                path in self._ready
                or path in self._waiting
                or any(path in move for move in self._moves)
            )

    def waiting_paths(self) -> frozenset[str]:
        """Paths not complete yet (being written or settling): a reconcile must skip them."""
        with self._lock:
            return frozenset(self._waiting)

    def drop_waiting(self, *, older_than: float | None = None) -> int:
        """Forget paths waiting since before `older_than` (all when None), e.g. after an
        overflow lost their close events; a reconcile then looks at them instead."""
        with self._lock:
            stale = [
                path
                for path, item in self._waiting.items()
                if older_than is None or item.changed_at < older_than
            ]
            for path in stale:
                del self._waiting[path]
        return len(stale)


class ChangeHandler(FileSystemEventHandler):
    """Maps watchdog events to `PendingChanges`. Called on watchdog's dispatcher thread:
    it never raises into it; an error is logged with its traceback and marks the watcher
    unhealthy until an event is handled again."""

    def __init__(
        self,
        root: Path,
        pending: PendingChanges,
        *,
        has_close_events: bool,
        on_due: Callable[[float], None],
        inject_fault: bool = False,
    ) -> None:
        super().__init__()
        self._root = os.path.abspath(root)
        self._pending = pending
        self._has_close_events = has_close_events
        self._on_due = on_due
        self.inject_fault = inject_fault
        self.last_event_ok = True
        self.errors = 0
        self.is_root_lost = False

    def dispatch(self, event: FileSystemEvent) -> None:
        try:
            if self.inject_fault:
                raise RuntimeError("injected fault (FEEDD_TEST_FAULT=watcher)")
            due_at = self._handle(event)
            if due_at is not None:
                self._on_due(due_at)
            self.last_event_ok = True
        except Exception:
            # A raise here would kill watchdog's dispatcher thread and stop all watching.
            self.last_event_ok = False
            self.errors += 1
            log.exception(
                "watcher_event_failed",
                kind=event.event_type,
                path=os.fsdecode(event.src_path),
            )

    def _handle(self, event: FileSystemEvent) -> float | None:
        pending = self._pending
        src = self._relative(event.src_path)
        if isinstance(event, DirMovedEvent | DirDeletedEvent | DirCreatedEvent):
            if src == "" and not isinstance(event, DirCreatedEvent):
                self.is_root_lost = True
                log.error("watch_dir_gone", path=self._root, kind=event.event_type)
                return None
            is_gone = isinstance(event, DirDeletedEvent) or (
                isinstance(event, DirMovedEvent) and self._relative(event.dest_path) is None
            )
            # Moved out or deleted. (Moved within or in: its files get their own events.)
            if is_gone and src and not is_ignored_path(src):
                return pending.folder_removed(src)
            return None
        if isinstance(event, FileMovedEvent):
            return self._handle_move(src, self._relative(event.dest_path))
        if src is None or src == "" or is_ignored_path(src):
            return None
        if isinstance(event, FileDeletedEvent):
            return pending.removed(src)
        if not self._has_close_events:
            return pending.changed(src)
        if isinstance(event, FileClosedEvent):
            return pending.complete(src)
        if isinstance(event, FileModifiedEvent):
            pending.writing(src)
            return None
        if isinstance(event, FileCreatedEvent) and event.is_synthetic:
            return pending.complete(src)  # a file inside a folder moved in: complete
        if isinstance(event, FileCreatedEvent | FileAttribEvent):
            return pending.appeared(src)
        return None

    def _handle_move(self, src: str | None, dest: str | None) -> float | None:
        pending = self._pending
        src_counts = bool(src) and not is_ignored_path(src or "")
        dest_counts = bool(dest) and not is_ignored_path(dest or "")
        if src_counts and dest_counts:
            assert src is not None and dest is not None
            return pending.moved(src, dest)
        if dest_counts:
            assert dest is not None
            # In from outside, or from an ignored temp name: a rename is atomic, so complete.
            if self._has_close_events:
                return pending.complete(dest)
            return pending.changed(dest)
        if src_counts:
            assert src is not None
            return pending.moved_out(src)  # out of the folder, or to an ignored name
        return None

    def _relative(self, path: bytes | str) -> str | None:
        """The path relative to the root with "/" separators; "" for the root itself; None
        when empty (the far side of a move from or to outside) or outside the root."""
        text = os.fsdecode(path)
        if not text:
            return None
        relative = os.path.relpath(text, self._root)
        if relative == ".":
            return ""
        if relative == ".." or relative.startswith(".." + os.sep):
            return None
        return relative.replace(os.sep, "/")


class _OverflowHook(logging.Filter):
    """Sees watchdog's inotify overflow warning (its only signal of lost events)."""

    def __init__(self, on_overflow: Callable[[], None]) -> None:
        super().__init__()
        self._on_overflow = on_overflow

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage().startswith(OVERFLOW_MESSAGE):
            try:
                self._on_overflow()
            except Exception:
                # Runs on the inotify reader thread: a raise would end all watching.
                log.exception("watch_overflow_callback_failed")
        return True


class FolderWatcher:
    """Runs a watchdog observer on `root`, recursively, feeding `pending`."""

    def __init__(
        self,
        root: Path,
        pending: PendingChanges,
        *,
        watch_mode: str,
        poll_interval_s: float,
        on_due: Callable[[float], None],
        on_overflow: Callable[[], None],
        inject_fault: bool = False,
    ) -> None:
        self.root = root
        self.watch_mode = watch_mode
        self._observer = _make_observer(watch_mode, poll_interval_s)
        self.has_close_events = _has_close_events(self._observer)
        self.handler = ChangeHandler(
            root,
            pending,
            has_close_events=self.has_close_events,
            on_due=on_due,
            inject_fault=inject_fault,
        )
        self._overflow_hook = _OverflowHook(on_overflow)

    def start(self) -> None:
        """Start watching (setting up the recursive watches may take a while on a big tree)."""
        overflow_logger = logging.getLogger(OVERFLOW_LOGGER)
        overflow_logger.addFilter(self._overflow_hook)
        if overflow_logger.getEffectiveLevel() > logging.WARNING:
            overflow_logger.setLevel(logging.WARNING)  # the hook needs to see the warning
        self._observer.schedule(
            self.handler, str(self.root), recursive=True, event_filter=EVENT_FILTER
        )
        self._observer.start()
        log.info(
            "watcher_started",
            path=str(self.root),
            mode=self.watch_mode,
            observer=type(self._observer).__name__,
            close_events=self.has_close_events,
        )

    def stop(self, timeout_s: float = 5.0) -> None:
        logging.getLogger(OVERFLOW_LOGGER).removeFilter(self._overflow_hook)
        if self._observer.is_alive():
            self._observer.stop()
            self._observer.join(timeout_s)

    @property
    def is_alive(self) -> bool:
        return self._observer.is_alive()

    @property
    def is_healthy(self) -> bool:
        """Running, the watched folder still there, and the last event handled."""
        return self.is_alive and self.handler.last_event_ok and not self.handler.is_root_lost


def _make_observer(watch_mode: str, poll_interval_s: float) -> BaseObserver:
    if watch_mode == "poll":
        return PollingObserver(timeout=poll_interval_s)
    if sys.platform.startswith("linux"):
        from watchdog.observers.inotify import InotifyObserver

        # Full events: a move from outside is FileMovedEvent("", dest), not a creation.
        return InotifyObserver(generate_full_events=True)
    from watchdog.observers import Observer

    return Observer()


def _has_close_events(observer: BaseObserver) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    from watchdog.observers.inotify import InotifyObserver

    return isinstance(observer, InotifyObserver)
