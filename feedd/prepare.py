"""Reading and normalizing files: the CPU-bound half of ingest, run in worker processes.

Kept apart from `pipeline` so a worker imports only this, `sources` and the normalizer:
no SQLite, no feed builder, no lxml until an HTML page comes. Workers are started fresh
(`spawn`), not forked from the main process, so each holds ~30 MB of its own instead of
a copy of everything the main process has grown to (measured as RSS by any monitor).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from feedd.learning import apply_learned_lines, learned_in, normalize_with_learned
from feedd.model import Article, Rejected
from feedd.sources import CHANGING, FileRead, FileStat, UnreadableFile, read_file
from feedd.stories import signature_of


@dataclass(frozen=True, slots=True)
class PrepareSettings:
    """What a worker process needs to read and normalize files (small, picklable)."""

    root: str
    max_file_bytes: int
    timezone: str
    boilerplate: frozenset[str]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A file read and normalized, ready to be stored (outside any transaction)."""

    stat: FileStat
    content_hash: str
    outcome: Article | Rejected | None  # None: the bytes are those the store has
    # The article's HTML is just its body's paragraphs (always, for plain text): the
    # store need not keep it. Checked here, in parallel, not in the storing process.
    html_is_body: bool = False
    # The body's story signature (feedd.stories), None for a body too short to compare.
    signature: bytes | None = None
    # The body as read, before learned lines: "" when it is the body, None when unknown
    # (the page was normalized with its learned lines, feedd.learning.apply_learned_lines
    # could not derive them); and the learned lines that count for the page
    # (feedd.learning.learned_in), sorted.
    read_body: str | None = ""
    learned: tuple[str, ...] = ()
    # How many times the page was normalized (0 when it could not be read).
    normalizations: int = 0


@dataclass(frozen=True, slots=True)
class StillChanging:
    """The file changed while it was read: a writer is at it. Neither stored nor removed;
    it is looked at again once complete."""

    relative_path: str


# What preparing one file gives: None if it vanished.
PrepareResult = Prepared | StillChanging | None

# How often a worker checks that the process that started it is still there.
PARENT_CHECK_S = 0.5


def new_pool(workers: int) -> ProcessPoolExecutor:
    # `spawn`, never `fork`: the daemon has threads (a fork could copy a held lock), and
    # a forked worker's RSS counts every page of the main process it was copied from.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )


def _exit_with_parent(parent_pid: int) -> None:
    """Runs first in each worker: leave when the parent is gone. A worker holds its own
    copy of the task pipe, so a parent killed with SIGKILL (no clean shutdown) would
    otherwise leave it waiting for work forever."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_S)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def prepare_chunk(settings: PrepareSettings, paths: list[str]) -> list[PrepareResult]:
    return [prepare_one(settings, path) for path in paths]


def prepare_one(settings: PrepareSettings, path: str) -> PrepareResult:
    """Read and normalize one file; None if it vanished."""
    try:
        read = read_file(Path(settings.root), path, settings.max_file_bytes)
    except UnreadableFile as err:
        if err.reason == "vanished":
            return None
        if err.reason == CHANGING:
            return StillChanging(path)
        fallback = FileStat(relative_path=path, size=0, mtime_ns=0)
        return Prepared(fallback, "", Rejected(reason=err.reason, detail=err.detail))
    if read.stat.size > settings.max_file_bytes:
        rejected = Rejected(
            reason="too_large",
            detail=f"{read.stat.size} bytes is over max_file_bytes ({settings.max_file_bytes})",
        )
        return Prepared(read.stat, read.content_hash, rejected)
    from feedd.normalize.text import body_html

    # The page is read once, as it is; its source's learned lines are then applied to what
    # was read (no second reading), so the store can apply other lines later on its own.
    as_read = _normalize(read, settings, frozenset())
    if not isinstance(as_read, Article):
        return Prepared(read.stat, read.content_hash, as_read, normalizations=1)
    derived = apply_learned_lines(as_read, settings.boilerplate)
    if derived is not None:
        outcome = derived
        read_body = "" if derived is as_read else as_read.content_text
        normalizations = 1
    else:
        renormalized = _normalize(read, settings, settings.boilerplate)
        if not isinstance(renormalized, Article):
            return Prepared(read.stat, read.content_hash, renormalized, normalizations=2)
        outcome, read_body, normalizations = renormalized, None, 2
    html_is_body = outcome.content_html == body_html(outcome.content_text)
    signature = signature_of(outcome.content_text)
    return Prepared(
        read.stat,
        read.content_hash,
        outcome,
        html_is_body,
        signature.to_bytes() if signature is not None else None,
        read_body,
        # Where the body as read is unknown to the store, it counts what it has: the body.
        tuple(
            sorted(learned_in(as_read if derived is not None else outcome, settings.boilerplate))
        ),
        normalizations,
    )


def _normalize(
    read: FileRead, settings: PrepareSettings, learned: frozenset[str]
) -> Article | Rejected:
    return normalize_with_learned(
        read.document(),
        default_tz=ZoneInfo(settings.timezone),
        boilerplate=learned,
        max_bytes=settings.max_file_bytes,
    )
