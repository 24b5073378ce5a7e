"""Use cases: ingest files, reconcile the folder with the store, regenerate feeds.

`feedd rebuild` and the daemon call these same functions; the daemon only decides when.
Wires the pure core (normalize, feed_builder) to the I/O edges (sources, store, publisher).
Must not import the drivers (watcher, scheduler, server) or the CLI.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import structlog

from feedd import __version__
from feedd.assets import ASSET_NAMES, site_assets
from feedd.config import Config
from feedd.feed_builder import (
    BUILDERS,
    FEED_FORMATS,
    FeedSpec,
    Site,
    archive_folder,
    archive_path,
    build_atom_feed,
    fit_to_budget,
    opml_path,
)
from feedd.learning import apply_learned_lines, learned_in
from feedd.model import Entry, Rejected
from feedd.prepare import (
    Prepared,
    PrepareResult,
    PrepareSettings,
    StillChanging,
    new_pool,
    prepare_chunk,
    prepare_one,
)
from feedd.publisher import Publisher
from feedd.site_pages import (
    INDEX_HEADLINES,
    FeedSummary,
    build_entry_page,
    build_index_page,
    build_opml,
)
from feedd.sources import (
    IGNORED_NAME,
    FileStat,
    Skipped,
    has_utf8_name,
    is_ignored_path,
    printable_path,
    scan_folder,
    skip_reason,
    stat_file,
)
from feedd.store import ALL_FEED, FileRecord, LearningRow, Store
from feedd.stories import signature_of
from feedd.websub.rules import advertised_hub_urls

log = structlog.get_logger(__name__)

Progress = Callable[[int], None]


@dataclass(slots=True)
class IngestReport:
    """What one ingest did. Each file seen is in exactly one of ingested, duplicates,
    unchanged, rejected and held_back (`accounted` adds them up to `seen`); removed files
    are gone from the folder, skipped paths are not documents, and `relearned` counts
    entries whose text changed when learned boilerplate was applied after they were stored
    (files already counted above). `normalized` counts pages normalized: once per file
    read, more only where learned lines could not be applied to what was read."""

    seen: int = 0
    ingested: int = 0  # new or changed entries
    duplicates: int = 0  # files whose bytes another file already shows
    unchanged: int = 0
    removed: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  # not documents (sources.Skipped)
    # Files read but not stored: still being written, or the watcher has news of them
    # since; they are looked at again once complete.
    held_back: int = 0
    relearned: int = 0
    normalized: int = 0

    def add(self, other: IngestReport, *, count_seen: bool = True) -> None:
        if count_seen:
            self.seen += other.seen
        self.ingested += other.ingested
        self.duplicates += other.duplicates
        self.unchanged += other.unchanged
        self.removed += other.removed
        self.held_back += other.held_back
        self.relearned += other.relearned
        self.normalized += other.normalized
        self.rejected.update(other.rejected)
        self.skipped.update(other.skipped)

    @property
    def changed(self) -> bool:
        return bool(
            self.ingested or self.duplicates or self.removed or self.rejected or self.relearned
        )

    @property
    def accounted(self) -> int:
        """Files in one category each: equals `seen` when every file seen is counted."""
        return (
            self.ingested
            + self.duplicates
            + self.unchanged
            + sum(self.rejected.values())
            + self.held_back
        )

    def as_fields(self) -> dict[str, object]:
        """The counts, as fields of a log line."""
        return {
            "seen": self.seen,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "rejected": dict(self.rejected),
            "held_back": self.held_back,
            "skipped": dict(self.skipped),
            "relearned": self.relearned,
            "normalized": self.normalized,
        }


@dataclass(slots=True)
class RenderReport:
    feeds_written: list[str] = field(default_factory=list)
    feeds_removed: list[str] = field(default_factory=list)
    pages_written: int = 0
    pages_removed: int = 0
    archive_pages_written: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class _Batch:
    """Files of one ingest batch: planned, being prepared, then stored together."""

    report: IngestReport = field(default_factory=IngestReport)
    to_read: list[str] = field(default_factory=list)
    priors: dict[str, FileRecord | None] = field(default_factory=dict)
    gone: list[str] = field(default_factory=list)
    results: Callable[[], list[PrepareResult]] = field(default=list)


# The rejection reason of a file whose name is not valid UTF-8.
BAD_NAME = "bad_name"
# Below this many files a batch is normalized in process: a worker round trip costs more.
PARALLEL_MIN_FILES = 64
CHUNK_FILES = 32
# Files per chunk when comparing a folder scan with the store.
SCAN_CHUNK_FILES = 2000
# An empty store filling with at least this many files is bulk loaded (Store.begin_bulk_load).
BULK_LOAD_MIN_FILES = 1000
# A bulk load commits about this often (files); the batch in hand when a crash comes is
# read again at the next start, so nothing is lost.
BULK_COMMIT_FILES = 10_000
# The site's files besides feeds and entry pages; each is rendered again if it is missing.
SITE_FILES = ("index.html", *(opml_path(f) for f in FEED_FORMATS), *ASSET_NAMES)
# Changed entries' pages are rendered this many at a time.
PAGE_CHUNK_ENTRIES = 2000
# Learned boilerplate is re-read from the store after this many normalized files.
BOILERPLATE_REFRESH_FILES = 2000
# Entries looked at per transaction when learned lines are applied to stored entries: each
# comes with its body twice (as shown and as read), so few at a time keep memory flat (at
# 2,000 the main process of a cold 10k rebuild peaked 55 MiB higher, at 250 8 MiB).
RELEARN_CHUNK_ENTRIES = 250
# Applying learned lines changes bodies, so stories, so what is learned: at most this many
# rounds per call (each round after the first looks only at what the last one changed).
MAX_LEARNING_ROUNDS = 4
# Skips are logged once per path and reason; past this many remembered, memory is reset.
MAX_SKIPS_REMEMBERED = 10_000


class Pipeline:
    """The use cases over one store and one output folder.

    `workers` > 1 normalizes large batches in a process pool (normalization is pure and
    CPU-bound; the GIL would serialize threads). Call `close()` to stop the pool.
    """

    def __init__(
        self, config: Config, store: Store, publisher: Publisher, *, workers: int = 1
    ) -> None:
        self.config = config
        self.store = store
        self.publisher = publisher
        self.workers = workers
        # One log line per ingested file: the daemon's record of outcomes. A rebuild of
        # thousands of files sets it False and prints a summary (rejections still log).
        self.logs_each_file = True
        self._pool: ProcessPoolExecutor | None = None
        self._pool_used_at = 0.0
        self._boilerplate: frozenset[str] | None = None
        self._files_since_refresh = 0
        self._files_loaded = 0
        self._refresh_every = BOILERPLATE_REFRESH_FILES
        self._skips_logged: set[tuple[str, str]] = set()
        # Set by the daemon: True when the watcher has news of a path (a newer write,
        # close or removal) since its batch was planned. What was read of it may be half
        # of the next version; the news brings it back to be read again.
        self.has_news: Callable[[str], bool] | None = None

    def close_idle_pool(self, idle_s: float) -> None:
        """Stop the worker processes when no big batch needed them for `idle_s`."""
        if self._pool is not None and time.monotonic() - self._pool_used_at > idle_s:
            log.info("worker_pool_closed", idle_s=idle_s)
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def boilerplate(self) -> frozenset[str]:
        """Lines learned from the store as boilerplate, re-read now and then."""
        if self._boilerplate is None or self._files_since_refresh >= self._refresh_every:
            self._boilerplate = self.store.learned_boilerplate()
            self._files_since_refresh = 0
            # In a bulk load each refresh is a pass over all pages loaded so far: doubling
            # the interval keeps the passes' total to about twice one last pass.
            if self.store.in_bulk_load:
                self._refresh_every = max(self._refresh_every, self._files_loaded)
            else:
                self._refresh_every = BOILERPLATE_REFRESH_FILES
        return self._boilerplate

    def _start_preparing(
        self, paths: list[str], *, learned: frozenset[str] | None = None
    ) -> Callable[[], list[PrepareResult]]:
        """Begin reading and normalizing `paths`; the returned call waits for the results.
        `learned`: the learned lines to apply (default: `boilerplate()`).

        With a pool the work starts now, so the caller can store the previous batch while
        the workers normalize this one.
        """
        settings = PrepareSettings(
            root=str(self.config.watch_dir),
            max_file_bytes=self.config.max_file_bytes,
            timezone=self.config.timezone,
            boilerplate=self.boilerplate() if learned is None else learned,
        )
        self._files_since_refresh += len(paths)
        self._files_loaded += len(paths)

        def in_process() -> list[PrepareResult]:
            return [prepare_one(settings, path) for path in paths]

        if self.workers <= 1 or len(paths) < PARALLEL_MIN_FILES:
            return in_process
        pool = self._start_pool()
        try:
            futures = [
                pool.submit(prepare_chunk, settings, paths[i : i + CHUNK_FILES])
                for i in range(0, len(paths), CHUNK_FILES)
            ]
        except BrokenProcessPool:
            self._drop_broken_pool()
            return in_process

        def results() -> list[PrepareResult]:
            try:
                return [item for future in futures for item in future.result()]
            except BrokenProcessPool:
                # A worker died (killed, out of memory): this batch is done here, and
                # the next big one gets a new pool.
                self._drop_broken_pool()
                return in_process()

        return results

    def _start_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = new_pool(self.workers)
        self._pool_used_at = time.monotonic()
        return self._pool

    def _drop_broken_pool(self) -> None:
        log.warning("worker_pool_broken", detail="a worker process died; starting a new pool")
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _warm_up_pool(self) -> None:
        """Start the workers now, so their start overlaps the folder scan."""
        if self.workers > 1:
            pool = self._start_pool()
            for _ in range(self.workers):
                pool.submit(int)

    @property
    def site(self) -> Site:
        config = self.config
        return Site(
            title=config.title,
            author=config.author,
            base_url=config.base_url,
            hub_urls=advertised_hub_urls(  # WebSub: none unless [websub] says so
                config.base_url,
                is_enabled=config.websub.enabled,
                external_hub=config.websub.external_hub,
            ),
        )

    def feed_specs(self) -> list[FeedSpec]:
        specs = [FeedSpec(slug=t.slug, name=t.name) for t in self.config.topics]
        return [*specs, FeedSpec(slug=ALL_FEED, name="All entries")]

    # -- ingest ---------------------------------------------------------------------------

    def apply_topics(self) -> list[str]:
        """Bring stored topic membership in line with the config; return changed slugs."""
        changed, removed = self.store.sync_topics(self.config.topics)
        for slug in removed:
            for feed_format in FEED_FORMATS:
                self.publisher.remove(f"{slug}.{feed_format.suffix}")
            self.publisher.remove_folder(archive_folder(slug))
            with self.store.transaction():
                self.store.drop_archive(slug)
            log.info("topic_removed", topic=slug)
        return changed

    def ingest_paths(
        self, paths: Iterable[str], *, trust_stat: bool = False, renormalize: bool = False
    ) -> IngestReport:
        """Bring the store in line with these files (present, changed or gone), one batch.

        `trust_stat`: skip reading a file whose size and mtime match the store. Events from
        the watcher pass False, so a rewrite with the same size and mtime is still seen.
        `renormalize`: normalize and store again even when the bytes did not change.
        """
        batch = self._plan_batch(paths, trust_stat=trust_stat)
        return self._finish_batch(batch, renormalize=renormalize)

    def _plan_batch(
        self, paths: Iterable[str], *, trust_stat: bool, just_scanned: bool = False
    ) -> _Batch:
        """`just_scanned`: the folder scan has just stat'd these paths, so they are not
        stat'd again; a worker finding one gone reports it (None) like a vanished file."""
        batch = _Batch()
        root = self.config.watch_dir
        for path in dict.fromkeys(paths):
            if is_ignored_path(path):
                continue
            if not has_utf8_name(path):
                # Never in the store (it cannot hold the name), so never an entry to remove.
                if stat_file(root, path) is not None:
                    batch.report.seen += 1
                    batch.report.rejected[BAD_NAME] += 1
                    log.warning(
                        "file_rejected",
                        path=printable_path(path),
                        reason=BAD_NAME,
                        detail="the file name is not valid UTF-8; rename the file",
                    )
                continue
            if just_scanned:
                batch.report.seen += 1
                batch.priors[path] = self.store.file_record(path)
                batch.to_read.append(path)
                continue
            file_stat = stat_file(root, path)
            if file_stat is None:
                skipped = skip_reason(root, path)
                if skipped is not None:
                    self._note_skip(skipped, batch.report)
                batch.gone.append(path)  # an entry it had is gone either way
                continue
            batch.report.seen += 1
            prior = self.store.file_record(path)
            if (
                trust_stat
                and prior is not None
                and (prior.size, prior.mtime_ns) == (file_stat.size, file_stat.mtime_ns)
            ):
                batch.report.unchanged += 1
                continue
            batch.priors[path] = prior
            batch.to_read.append(path)
        batch.results = self._start_preparing(batch.to_read)
        return batch

    def _finish_batch(
        self,
        batch: _Batch,
        *,
        renormalize: bool = False,
        on_unsettled: Callable[[str], None] | None = None,
    ) -> IngestReport:
        """Store what the batch read. `on_unsettled` (a reconcile in the daemon): a file
        found modified less than settle_s before it was read is handed to it instead."""
        report = batch.report
        prepared: list[Prepared] = []
        results = batch.results()
        settled_before_ns = time.time_ns() - int(self.config.daemon.settle_s * 1e9)
        for path, item in zip(batch.to_read, results, strict=True):
            prior = batch.priors[path]
            if isinstance(item, Prepared):
                report.normalized += item.normalizations
            if isinstance(item, StillChanging):
                # A writer is at it. In the daemon the watcher saw the write and brings
                # the file back once complete; a rebuild leaves it to the next run.
                log.info("file_still_changing", path=path)
                report.held_back += 1
            elif self._is_held_back(path, item, on_unsettled, settled_before_ns):
                report.held_back += 1
            elif item is None:
                batch.gone.append(path)
                report.seen -= 1
            elif not renormalize and prior is not None and prior.content_hash == item.content_hash:
                prepared.append(Prepared(item.stat, item.content_hash, None))
            else:
                prepared.append(item)
        with self.store.transaction():
            for item in prepared:
                self._store(item, report)
            # Removals last: a renamed file is first found by content, keeping its entry.
            for path in batch.gone:
                if self.has_news is not None and self.has_news(path):
                    continue  # it came back meanwhile, or its removal is pending anyway
                if self.store.file_record(path) is not None:
                    self.store.remove_file(path)
                    report.removed += 1
                    log.info("file_removed", path=path)
        return report

    def _is_held_back(
        self,
        path: str,
        item: Prepared | None,
        on_unsettled: Callable[[str], None] | None,
        settled_before_ns: int,
    ) -> bool:
        """Whether what was read of `path` must wait: the watcher has news of it since, or
        (with `on_unsettled`) a writer may be midway."""
        if self.has_news is not None and self.has_news(path):
            return True
        if on_unsettled is not None and item is not None and item.stat.mtime_ns > settled_before_ns:
            # Changed since the scan, a moment ago: a writer that began before the daemon
            # watched makes no close event, so the watcher's settle rule decides.
            on_unsettled(path)
            return True
        return False

    def _store(self, item: Prepared, report: IngestReport, *, is_settled: bool = False) -> None:
        file_stat = item.stat
        path = file_stat.relative_path
        if item.outcome is None:
            self.store.touch_file(path, file_stat.size, file_stat.mtime_ns)
            report.unchanged += 1
            return
        if isinstance(item.outcome, Rejected):
            self.store.record_rejected(
                path, file_stat.size, file_stat.mtime_ns, item.content_hash, item.outcome.reason
            )
            report.rejected[item.outcome.reason] += 1
            log.warning(
                "file_rejected", path=path, reason=item.outcome.reason, detail=item.outcome.detail
            )
            return
        entry_id, outcome = self.store.store_article(
            path=path,
            size=file_stat.size,
            mtime_ns=file_stat.mtime_ns,
            content_hash=item.content_hash,
            article=item.outcome,
            modified_at=_mtime(file_stat),
            topics=self.config.topics,
            html_is_body=item.html_is_body,
            signature=item.signature,
            read_body=item.read_body,
            learned=item.learned,
            is_settled=is_settled,
        )
        if outcome == "duplicate":
            report.duplicates += 1
        else:
            report.ingested += 1
        if self.logs_each_file:
            log.info("file_ingested", path=path, entry_id=entry_id, outcome=outcome)

    def _note_skip(self, skipped: Skipped, report: IngestReport) -> None:
        """Count a path that is not a document; log it the first time it is seen."""
        report.skipped[skipped.reason] += 1
        key = (skipped.relative_path, skipped.reason)
        if key in self._skips_logged:
            return
        if len(self._skips_logged) >= MAX_SKIPS_REMEMBERED:
            self._skips_logged.clear()
        self._skips_logged.add(key)
        # Editor and hidden files are routine; the others mean something odd is in the folder.
        level = log.info if skipped.reason == IGNORED_NAME else log.warning
        level(
            "file_skipped",
            path=printable_path(skipped.relative_path),
            reason=skipped.reason,
            detail=skipped.detail,
        )

    def move_path(self, old_path: str, new_path: str) -> IngestReport:
        """A rename inside the folder: same entry, new path; then look at the new file."""
        if not (has_utf8_name(old_path) and has_utf8_name(new_path)):
            return self.ingest_paths([old_path, new_path])  # old gone, new rejected
        with self.store.transaction():
            if is_ignored_path(new_path):
                return self.ingest_paths([old_path])
            self.store.move_file(old_path, new_path)
        return self.ingest_paths([new_path], trust_stat=True)

    def reconcile(
        self,
        *,
        progress: Progress | None = None,
        on_total: Callable[[int], None] | None = None,
        skip_paths: Collection[str] = frozenset(),
        on_unsettled: Callable[[str], None] | None = None,
    ) -> IngestReport:
        """Compare the whole folder with the store: ingest what is new or changed (by size
        and mtime), drop what is gone. One stat per file; unchanged files are not read.
        `skip_paths`: files still being written (the daemon's watcher hands them over once
        complete); left as the store has them.
        `on_unsettled`: given, a changed file modified less than `settle_s` ago is handed to
        it instead of read: a writer may be midway (one that began before the daemon
        watched, e.g. across a restart, makes no close event to wait for)."""
        report = IngestReport()
        bad_names: list[str] = []
        on_skip = lambda skipped: self._note_skip(skipped, report)  # noqa: E731
        settled_before_ns = time.time_ns() - int(self.config.daemon.settle_s * 1e9)
        # The store compares the scan chunk by chunk: memory stays flat however many
        # files the folder holds.
        if self.store.is_empty():
            self._warm_up_pool()  # a cold load: every file will be normalized
        self.store.begin_folder_scan()
        scanned = scan_folder(self.config.watch_dir, on_skip=on_skip)
        while chunk := list(itertools.islice(scanned, SCAN_CHUNK_FILES)):
            report.seen += len(chunk)
            # A name that is not UTF-8 cannot reach the store: _plan_batch rejects it.
            bad_names.extend(f.relative_path for f in chunk if not has_utf8_name(f.relative_path))
            self.store.record_scanned(
                (f.relative_path, f.size, f.mtime_ns)
                for f in chunk
                if has_utf8_name(f.relative_path)
            )
        report.unchanged = report.seen - len(bad_names)
        unsettled: list[str] = []

        def changed() -> Iterator[str]:
            for path, mtime_ns in self.store.changed_in_scan():
                report.unchanged -= 1
                if path in skip_paths:
                    continue
                if on_unsettled is not None and mtime_ns > settled_before_ns:
                    unsettled.append(path)
                else:
                    yield path

        # The rest wait in the store, so memory stays flat however many files change.
        total = len(bad_names) + self.store.stage_candidates(changed())
        if on_unsettled is not None:
            for path in unsettled:
                on_unsettled(path)
        if on_total is not None:
            on_total(total)
        is_bulk = total >= BULK_LOAD_MIN_FILES and self.store.begin_bulk_load()
        if not is_bulk:
            self._ingest_candidates(bad_names, report, progress, on_unsettled)
            return report
        try:
            with self.store.transaction():
                self._ingest_candidates(bad_names, report, progress, on_unsettled, bulk=True)
        finally:
            self.store.finish_bulk_load()
            self._boilerplate = None  # read again from the exact counts, at the usual interval
        return report

    def _ingest_candidates(
        self,
        bad_names: list[str],
        report: IngestReport,
        progress: Progress | None,
        on_unsettled: Callable[[str], None] | None,
        *,
        bulk: bool = False,
    ) -> None:
        """Ingest `bad_names` (paths SQLite cannot hold), then the staged candidates.
        `bulk`: a bulk load, inside one transaction committed every BULK_COMMIT_FILES,
        each batch indexed once stored (while the workers normalize the next)."""
        batch_size = self.config.daemon.batch_size

        def finish(batch: _Batch, files: int) -> None:
            report.add(self._finish_batch(batch, on_unsettled=on_unsettled), count_seen=False)
            if bulk:
                self.store.index_bulk_loaded()
            if progress is None:
                return
            try:
                progress(files)
            except BaseException:
                if bulk:
                    # A stop asked for between batches: keep what is stored (the rest is
                    # read again at the next start), not 10,000 files' work rolled back.
                    self.store.commit_so_far()
                raise

        # Two batches in flight: the workers normalize batch k+1 while this process
        # stores batch k.
        in_flight: tuple[_Batch, int] | None = None
        uncommitted = 0
        after = 0
        while True:
            if bad_names:
                paths, just_scanned, bad_names = bad_names, False, []
            else:
                staged = self.store.staged_candidates(after, batch_size)
                if not staged:
                    break
                after = staged[-1][0]
                paths = [path for _, path, _ in staged]
                # Gone files (not listed by the scan) are stat'd again: what is there now
                # (if anything) decides how it goes.
                just_scanned = all(listed for _, _, listed in staged)
            uncommitted += len(paths)
            if bulk and uncommitted > BULK_COMMIT_FILES:
                self.store.commit_so_far()
                uncommitted = 0
            batch = self._plan_batch(paths, trust_stat=False, just_scanned=just_scanned)
            if in_flight is not None:
                finish(*in_flight)
            in_flight = (batch, len(paths))
        if in_flight is not None:
            finish(*in_flight)

    def rebuild(
        self,
        *,
        progress: Progress | None = None,
        on_total: Callable[[int], None] | None = None,
    ) -> tuple[IngestReport, RenderReport]:
        """The whole one-shot run of `feedd rebuild`: topics, folder, boilerplate, feeds."""
        self.publisher.prepare()
        self.apply_topics()
        report = self.reconcile(progress=progress, on_total=on_total)
        report.add(self.apply_learned_boilerplate(), count_seen=False)
        self.close()
        return report, self.regenerate(full=True)

    def apply_learned_boilerplate(self) -> IngestReport:
        """Bring stored entries in line with the lines now learned as boilerplate (a cold
        rebuild learns them from the first pages it reads), without reading pages again.

        Each entry keeps its body as read and the learned lines it was made with
        (`feedd.learning.learned_in`); one made with other lines than those now learned
        is made again from what was read (`feedd.learning.apply_learned_lines`), and only
        one whose text changes is written (and its feeds rendered). Where that cannot be
        done (the body as read is unknown), the file is read again. Entries whose text
        changes may change stories, and so what is learned: this repeats while it does,
        up to MAX_LEARNING_ROUNDS (the rest is for the next look). No entry stored or gone
        since the last call: two lookups, nothing normalized, nothing written.

        Only the text of entries changes: every file stays in the category the ingest
        counted it in, and the report counts `relearned` entries (and `normalized` pages
        read again) only."""
        report = IngestReport()
        if not self.store.is_learning_stale():
            return report  # no entry stored or gone since: what is learned is as applied
        for _ in range(MAX_LEARNING_ROUNDS):
            learned = self.store.learned_boilerplate()
            changed = learned ^ self.store.applied_learned_lines()
            if not changed and not self.store.has_unsettled_entries():
                with self.store.transaction():  # as applied: no longer stale
                    self.store.set_applied_learned_lines(learned)
                break
            self._boilerplate = learned
            self._files_since_refresh = 0
            queued = self.store.stage_relearn(changed)
            to_read: list[str] = []
            relearned = 0
            after = 0
            while rows := self.store.staged_relearn(after, RELEARN_CHUNK_ENTRIES):
                after = rows[-1].rowid
                with self.store.transaction():
                    for row in rows:
                        relearned += self._apply_learned(row, learned, to_read)
                    self.store.settle_entries(row.rowid for row in rows)
            report.relearned += relearned
            batch_size = self.config.daemon.batch_size
            for start in range(0, len(to_read), batch_size):
                read_again = self._relearn(to_read[start : start + batch_size], learned)
                report.relearned += read_again.relearned
                report.normalized += read_again.normalized
            with self.store.transaction():
                self.store.set_applied_learned_lines(learned)
            log.info(
                "boilerplate_applied",
                lines=len(learned),
                changed_lines=len(changed),
                entries_looked_at=queued,
                relearned=relearned,
                read_again=len(to_read),
            )
            if not relearned and not to_read and not self.store.has_unsettled_entries():
                # No text changed, so no story nor learned line did: another round would
                # count the same lines again (a pass over every entry) only to stop.
                break
        return report

    def _apply_learned(self, row: LearningRow, learned: frozenset[str], to_read: list[str]) -> int:
        """Make one stored entry with `learned`; 1 if its text changed. A file to read
        again goes to `to_read`."""
        now = learned_in(row.read or row.shown, learned)
        if now == row.learned:
            return 0
        article = apply_learned_lines(row.read, learned) if row.read is not None else None
        if article is None or row.read is None:
            if row.path is not None:
                to_read.append(row.path)
            return 0
        if article.content_text == row.shown.content_text:
            self.store.note_learned(row.rowid, now)
            return 0
        from feedd.normalize.text import body_html

        signature = signature_of(article.content_text)
        self.store.relearn_entry(
            row.rowid,
            article,
            read_body="" if article is row.read else row.read.content_text,
            learned=now,
            html_is_body=article.content_html == body_html(article.content_text),
            signature=signature.to_bytes() if signature is not None else None,
            topics=self.config.topics,
        )
        return 1

    def _relearn(self, paths: list[str], learned: frozenset[str]) -> IngestReport:
        """Read these files again with `learned` (their entries' bodies as read are
        unknown) and store what they make now, as made with the set being applied."""
        report = IngestReport()
        priors = {path: self.store.file_record(path) for path in paths}
        results = self._start_preparing(paths, learned=learned)()
        with self.store.transaction():
            for path, item in zip(paths, results, strict=True):
                prior = priors[path]
                if isinstance(item, Prepared):
                    report.normalized += item.normalizations
                if not isinstance(item, Prepared) or prior is None:
                    why = "still being written" if item is not None else "gone"
                elif prior.content_hash != item.content_hash:
                    why = "changed since it was read"
                elif isinstance(item.outcome, Rejected):
                    why = f"rejected now ({item.outcome.reason})"
                else:
                    self._store(item, IngestReport(), is_settled=True)
                    report.relearned += 1
                    continue
                log.info("relearn_skipped", path=path, detail=f"{why}; kept as stored")
        return report

    # -- render ---------------------------------------------------------------------------

    def render_fingerprint(self) -> str:
        """What a feed's bytes (and the index page) depend on besides its entries: the site,
        the feeds, the caps, the queries and this feedd's version (a feedd whose feeds read
        otherwise says so by its own)."""
        settings = (
            __version__,
            self.site,
            self.feed_specs(),
            self.config.max_entries,
            self.config.max_feed_bytes,
            self.config.archive_page_entries,
            # shown on the index page, with the site's static files
            [topic.query for topic in self.config.topics],
            sorted(site_assets().items()),
        )
        return hashlib.sha256(repr(settings).encode()).hexdigest()

    def regenerate(self, *, full: bool = False) -> RenderReport:
        """Render feeds whose entries changed (or whose files are missing, or which were
        rendered with other settings: `render_fingerprint`), entry pages of changed
        entries, the index page and the OPML list. `full` also checks every page."""
        started = time.perf_counter()
        report = RenderReport()
        self.publisher.prepare()
        dirty = self.store.dirty_feeds()
        fingerprint = self.render_fingerprint()
        is_rendered_alike = self.store.rendered_with() == fingerprint
        summaries: list[FeedSummary] = []
        for spec in self.feed_specs():
            info = self.store.feed_info(spec.slug)
            summaries.append(
                FeedSummary(spec=spec, entry_count=info.entry_count, updated_at=info.updated_at)
            )
            names = [f"{spec.slug}.{f.suffix}" for f in FEED_FORMATS]
            if (
                spec.slug not in dirty
                and is_rendered_alike
                and all(map(self.publisher.exists, names))
                and (not full or self._has_archive_pages(spec.slug))
            ):
                continue
            self._render_feed(spec, report)
        self._render_pages(report, full=full)
        # The index shows each feed's newest entries and the OPML lists the feeds: neither
        # changes unless a feed's entries or the settings did, so a no-op run builds neither.
        if dirty or not is_rendered_alike or not all(map(self.publisher.exists, SITE_FILES)):
            self._render_site(summaries)
        wanted = {f"{s.slug}.{f.suffix}" for s in self.feed_specs() for f in FEED_FORMATS}
        for stale in sorted(self.publisher.feed_files() - wanted):
            self.publisher.remove(stale)
            report.feeds_removed.append(stale)
        with self.store.transaction():
            self.store.clear_dirty(dirty)
            if not is_rendered_alike:
                self.store.set_rendered_with(fingerprint)
        report.seconds = time.perf_counter() - started
        return report

    def _render_site(self, summaries: list[FeedSummary]) -> None:
        """The index page, the OPML list and the static files. Derived data, written only
        when changed: atomic, but not worth an fsync each."""
        queries = {topic.slug: topic.query for topic in self.config.topics}
        count = min(INDEX_HEADLINES, self.config.max_entries)  # shown in feeds: have pages
        shown = [
            FeedSummary(
                spec=s.spec,
                entry_count=s.entry_count,
                updated_at=s.updated_at,
                query=queries.get(s.spec.slug, ""),
                headlines=tuple(self.store.entries_for_feed(s.spec.slug, count)),
            )
            for s in summaries
        ]
        self.publisher.publish("index.html", build_index_page(shown, self.site), durable=False)
        for feed_format in FEED_FORMATS:
            opml = build_opml(summaries, self.site, feed_format)
            self.publisher.publish(opml_path(feed_format), opml, durable=False)
        for name, data in site_assets().items():
            self.publisher.publish(name, data, durable=False)

    def _render_feed(self, spec: FeedSpec, report: RenderReport) -> None:
        started = time.perf_counter()
        newest = self.store.entries_for_feed(spec.slug, self.config.max_entries)
        complete_pages, unarchived = self._render_archive(spec, report)
        if complete_pages:
            spec = replace(spec, prev_archive=complete_pages)
        # RFC 5005: the subscription feed and the complete archive pages together hold every
        # entry, so the feed also shows the entries of the page still filling up.
        entries = _newest_first([*newest, *unarchived])
        budget = self.config.max_feed_bytes
        for feed_format in FEED_FORMATS:
            data = fit_to_budget(BUILDERS[feed_format], spec, entries, self.site, budget)
            name = f"{spec.slug}.{feed_format.suffix}"
            if self.publisher.publish(name, data):
                report.feeds_written.append(name)
                log.info(
                    "feed_written",
                    feed=name,
                    entries=len(entries),
                    bytes=len(data),
                    ms=round((time.perf_counter() - started) * 1000, 1),
                )

    def _render_archive(self, spec: FeedSpec, report: RenderReport) -> tuple[int, list[Entry]]:
        """Give the feed's new entries their archive places, write each archive page that
        became complete (or whose file is missing), and return how many pages are complete
        and the entries of the page still filling up. A complete page is never written
        again: its entries may change or go later, the page stays as it was published."""
        slug, size = spec.slug, self.config.archive_page_entries
        series = self._archive_series(spec.slug)
        if self.store.archive_series(slug) != series:
            # Another query or page size: the old pages no longer say what the feed holds.
            self.publisher.remove_folder(archive_folder(slug))
            self.store.start_archive_series(slug, series)
        places = self.store.place_in_archive(slug)
        complete = places // size
        written = self.store.written_archive_pages(slug)
        for page in range(1, complete + 1):
            name = archive_path(slug, page)
            if page <= written and self.publisher.exists(name):
                continue
            entries = self.store.archived_entries(slug, (page - 1) * size, page * size - 1)
            data = fit_to_budget(
                build_atom_feed,
                replace(spec, archive_page=page),
                entries,
                self.site,
                self.config.max_feed_bytes,
                can_drop_entries=False,
            )
            if self.publisher.publish(name, data):
                report.archive_pages_written += 1
                log.info("archive_page_written", feed=slug, page=page, entries=len(entries))
        if complete != written:
            with self.store.transaction():
                self.store.set_written_archive_pages(slug, complete)
        return complete, self.store.archived_entries(slug, complete * size)

    def _still_filling(self, slug: str) -> set[str]:
        """Ids of the entries on the feed's archive page still filling up, which the feed
        shows beyond its newest entries. Read from the store, not kept from the render: a
        restarted daemon that renders no feed still gives them their pages."""
        first = self.store.written_archive_pages(slug) * self.config.archive_page_entries
        return self.store.archived_entry_ids(slug, first)

    def _has_archive_pages(self, slug: str) -> bool:
        """Whether every archive page written for the feed is on disk (a rebuild puts back
        what was deleted from the output folder)."""
        pages = self.store.written_archive_pages(slug)
        return all(self.publisher.exists(archive_path(slug, n)) for n in range(1, pages + 1))

    def _archive_series(self, slug: str) -> str:
        """What a feed's archive places were given under: its query and the page size."""
        expression = next((t.match_expression for t in self.config.topics if t.slug == slug), "")
        key = f"{slug}\0{expression}\0{self.config.archive_page_entries}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def _render_pages(self, report: RenderReport, *, full: bool) -> None:
        """Entry pages: every entry a feed links to has one, and a page once written is kept
        current until its entry goes (a reader may still hold the link). Entries no feed
        ever showed get none: a cold rebuild of 100k documents writes ~100 pages, not 100k."""
        if full:
            extra = self.store.pages_without_entry(self.publisher.entry_page_ids())
            report.pages_removed += self.publisher.remove_entry_pages(extra)
        linked = self.store.entries_in_feeds(
            [spec.slug for spec in self.feed_specs()], self.config.max_entries
        )
        for spec in self.feed_specs():  # shown beyond max_entries (_render_feed)
            linked.update(self._still_filling(spec.slug))
        # Changed entries come in chunks (a cold load changes them all), each chunk
        # cleared once its pages are done.
        after = ""
        while chunk := self.store.dirty_entries(after=after, limit=PAGE_CHUNK_ENTRIES):
            for entry_id in chunk:
                self._render_page(entry_id, is_linked=entry_id in linked, report=report)
                linked.discard(entry_id)
            with self.store.transaction():
                self.store.clear_dirty_entries(chunk)
            after = chunk[-1]
        for entry_id in sorted(linked):  # unchanged, but a feed may show them only now
            self._render_page(entry_id, is_linked=True, is_changed=False, report=report)

    def _render_page(
        self, entry_id: str, *, is_linked: bool, report: RenderReport, is_changed: bool = True
    ) -> None:
        short_id = entry_id.rsplit(":", 1)[-1]
        name = f"entries/{short_id}.html"
        has_page = self.publisher.exists(name)
        if not (is_changed if has_page else is_linked):
            return
        entry = self.store.entry(entry_id)
        if entry is None:
            report.pages_removed += self.publisher.remove_entry_pages([short_id])
        elif self.publisher.publish(
            name, build_entry_page(entry, self.site, self.feed_specs()), durable=False
        ):
            report.pages_written += 1


def _newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Entries without repeats, newest first as the store orders them (published, then id)."""
    unique = {e.entry_id: e for e in entries}
    by_id = sorted(unique.values(), key=lambda e: e.entry_id)
    return sorted(by_id, key=lambda e: e.published_at, reverse=True)


def _mtime(file_stat: FileStat) -> datetime:
    return datetime.fromtimestamp(file_stat.mtime_ns / 1e9, UTC)
