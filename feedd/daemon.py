"""`feedd run`: wires the store, pipeline, watcher, scheduler and HTTP server into a daemon.

Owns the process lifecycle (start-up reconcile and first render, SIGTERM/SIGINT stop,
SIGHUP reload), the systemd notifications, the state behind /healthz and /metrics, and the
jobs the scheduler runs. Only this module and the CLI build objects and wire them; may
import anything in feedd except the CLI.

Threads, and who may touch the store (it is not thread-safe):
- main: start-up (before any other thread uses the store), then signals and reloads.
- the scheduler's single worker thread: every pipeline and store call after start-up
  (jobs: ingest, regenerate, reconcile, heartbeat, and the reload's apply step).
- watchdog's threads: record paths in `PendingChanges` and request the ingest job.
- the HTTP thread: reads the published files and the cached state below, never the store.
- WebSub (when [websub] is configured): the hub's delivery threads; the worker hands them
  each feed a render changed (`_push_feeds`), the HTTP thread hands them requests.

Ingest latency: a close-after-write makes a path due at once; the ingest job takes up to
`batch_size` due paths per run and requests a regeneration. Regeneration is throttled,
not delayed: the first one after a quiet spell runs at once, later ones at most every
`debounce_s`, so a lone file is served in milliseconds and a burst of 1,000 files causes a
handful of renders.
"""

from __future__ import annotations

import math
import os
import queue
import signal
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

import structlog

from feedd.config import Config, Overrides, load_config
from feedd.errors import ConfigError, FeeddError
from feedd.metrics import DaemonMetrics
from feedd.pipeline import IngestReport, Pipeline, RenderReport
from feedd.publisher import Publisher
from feedd.scheduler import JobScheduler
from feedd.sd_notify import SystemdNotifier
from feedd.server import HttpServer, create_app
from feedd.sources import stat_file
from feedd.store import Store
from feedd.watcher import Batch, FolderWatcher, PendingChanges, Signature
from feedd.websub.hub import Hub
from feedd.websub.rules import topic_urls
from feedd.websub.subscriptions import SubscriptionStore

log = structlog.get_logger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1

# Test-only: make the watcher callback ("watcher") or the regeneration job ("job") raise
# on every call, to check that /healthz turns 503 and watchdog pings stop.
FAULT_ENV = "FEEDD_TEST_FAULT"
FAULTS = frozenset({"watcher", "job"})

INGEST_JOB = "ingest"
REGENERATE_JOB = "regenerate"
RECONCILE_JOB = "reconcile"
HEARTBEAT_JOB = "heartbeat"

# The ingest job also runs this often on its own: a lost wake-up costs at most this delay.
INGEST_SAFETY_INTERVAL_S = 5.0
# Without a systemd watchdog the worker still proves it is alive this often (for /healthz).
HEARTBEAT_INTERVAL_S = 5.0
# A worker silent for this long is stuck (every job beats between batches).
WORKER_STALL_S = 60.0
RELOAD_TIMEOUT_S = 60.0
# The normalizing pool is closed after this long without a big batch.
POOL_IDLE_S = 30.0
# Each reconcile batch at start-up extends systemd's start timeout by this much.
STARTUP_EXTEND_S = 60.0
# A failed ingest batch or render is tried again this much later.
RETRY_AFTER_S = 5.0


class _StopRequested(Exception):
    """SIGTERM or SIGINT arrived during a long step; unwind and shut down."""


class SignalInbox:
    """Turns SIGTERM, SIGINT and SIGHUP into items for the main loop. The handlers only
    record: all work happens in the main loop, outside the handler."""

    SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[int] = queue.SimpleQueue()  # put() is reentrant
        self.stop_requested = threading.Event()
        self._previous: dict[int, object] = {}

    def install(self) -> None:
        for signum in self.SIGNALS:
            self._previous[signum] = signal.signal(signum, self._on_signal)

    def uninstall(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        self._previous.clear()

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        if signum != signal.SIGHUP:
            self.stop_requested.set()
        self._queue.put(signum)

    def next(self, timeout_s: float) -> int | None:
        try:
            return self._queue.get(timeout=timeout_s)
        except queue.Empty:
            return None


def run_daemon(config: Config, *, config_path: Path | None, overrides: Overrides) -> int:
    """Run until SIGTERM/SIGINT; return the exit status. StoreLockedError (another daemon
    holds the state) and ServerError (port taken) propagate to the CLI."""
    notifier = SystemdNotifier()
    fault = os.environ.get(FAULT_ENV) or None
    if fault is not None and fault not in FAULTS:
        log.warning("unknown_test_fault", env=FAULT_ENV, value=fault, known=sorted(FAULTS))
        fault = None
    signals = SignalInbox()
    signals.install()
    try:
        notifier.status("opening the state database")
        with Store(config.state_file) as store:
            daemon = Daemon(
                config,
                store=store,
                config_path=config_path,
                overrides=overrides,
                notifier=notifier,
                signals=signals,
                fault=fault,
            )
            return daemon.run()
    finally:
        signals.uninstall()


class Daemon:
    def __init__(
        self,
        config: Config,
        *,
        store: Store,
        config_path: Path | None,  # None: the built-in defaults (no config file)
        overrides: Overrides,
        notifier: SystemdNotifier,
        signals: SignalInbox,
        fault: str | None = None,
    ) -> None:
        self.config = config
        self.config_path = config_path
        self.overrides = overrides
        self.notifier = notifier
        self.signals = signals
        self.fault = fault
        self.store = store
        # Normalizing in-process once running: a process pool would also receive systemd's
        # SIGTERM (KillMode=control-group) and break the batch in hand on shutdown.
        self.pipeline = Pipeline(config, store, Publisher(config.output_dir))
        self.pending = PendingChanges(settle_s=config.daemon.settle_s, stat=self._signature)
        self.pipeline.has_news = self.pending.has_news
        self.metrics = DaemonMetrics(pending_paths=lambda: len(self.pending))
        self.scheduler = JobScheduler(on_job_failed=self._on_job_failed)
        self.watcher = FolderWatcher(
            config.watch_dir,
            self.pending,
            watch_mode=config.daemon.watch_mode,
            poll_interval_s=config.daemon.poll_interval_s,
            on_due=self._on_paths_due,
            on_overflow=self._on_watch_overflow,
            inject_fault=fault == "watcher",
        )
        self.hub: Hub | None = None
        if config.websub.is_active:
            self.hub = Hub(
                config.websub,
                base_url=config.base_url,
                store=SubscriptionStore(config.state_file),
                topics=self._topic_urls,
            )
        app = create_app(
            config.output_dir, health=self.health, metrics=self.metrics.render, hub=self.hub
        )
        self.http = HttpServer(app, bind=config.server.bind, port=config.server.port)

        self._stopping = threading.Event()
        self._is_started = False
        self._has_overflowed_during_startup = False
        # Set by an overflow, cleared by the reconcile it asks for: paths that came to wait
        # for a close event between the two may have lost that event too.
        self._is_waiting_suspect = False
        # Written by the worker, read by the HTTP thread: single assignments only.
        self._last_regeneration_ok = True
        self._last_regeneration_at: datetime | None = None
        self._regeneration_started_at = -math.inf
        self._entries = 0
        self._worker_beat_at = time.monotonic()
        self._watchdog_s = notifier.watchdog_interval_s()
        self._ping_every_s = self._watchdog_s / 2 if self._watchdog_s else None
        self._last_ping_at = -math.inf
        self._is_ping_withheld = False

    # -- lifecycle ------------------------------------------------------------------------------

    def run(self) -> int:
        try:
            self._start()
            return self._serve()
        except _StopRequested:
            log.info("stopped_during_startup")
            return EXIT_OK
        except Exception:
            if not self.signals.stop_requested.is_set():
                raise
            # A stop during start-up also reaches the normalizer's worker processes (same
            # process group, same cgroup under systemd), which breaks their pool.
            log.warning("stopped_during_startup", exc_info=True)
            return EXIT_OK
        finally:
            self._shutdown()

    def _start(self) -> None:
        config = self.config
        started = time.perf_counter()
        if self.fault:
            log.warning("test_fault_enabled", fault=self.fault)
        # A taken port is known now, not after a reconcile that may take minutes.
        self.http.reserve()
        self.pipeline.publisher.prepare()
        # Watch first: a file dropped during the reconcile is not missed; the worker takes
        # it once the scheduler runs.
        self.watcher.start()
        self._check_stop()
        self.notifier.status("applying topics")
        self.pipeline.apply_topics()
        self.notifier.status("reconciling the folder with the store")
        # Big batches (this first reconcile, bursts) normalize in a process pool, as
        # `feedd rebuild` does; small ones stay in process. The heartbeat closes the pool
        # once it has been idle for a while, so a quiet daemon holds no workers.
        self.pipeline.workers = os.cpu_count() or 1
        done = 0

        def on_progress(files: int) -> None:
            # A big first reconcile outlasts systemd's start timeout: ask for more time
            # with every batch, and say how far it got.
            nonlocal done
            done += files
            self.notifier.extend_timeout(STARTUP_EXTEND_S)
            self.notifier.status(f"reconciling the folder with the store: {done} files")
            self._check_stop()

        try:
            report = self.pipeline.reconcile(
                progress=on_progress,
                skip_paths=self.pending.waiting_paths(),
                on_unsettled=self._on_unsettled,
            )
            self._check_stop()
            report.add(self.pipeline.apply_learned_boilerplate(), count_seen=False)
        finally:
            self.pipeline.close()
        self._record_files(report)
        self.metrics.reconciles.inc()
        self._check_stop()
        if self.hub is not None:
            # Before the first render: feeds that changed while feedd was down are pushed.
            self.hub.start()
        self.notifier.status("rendering feeds")
        render = self.pipeline.regenerate(full=True)
        self._regeneration_done(render)
        log.info(
            "startup_reconciled",
            **report.as_fields(),
            entries=self._entries,
            feeds_written=len(render.feeds_written),
            ms=_ms(time.perf_counter() - started),
        )
        self._check_stop()
        self._add_jobs(config)
        self.scheduler.start()
        self._is_started = True
        if self._has_overflowed_during_startup:
            self.scheduler.request(RECONCILE_JOB)
        next_due = self.pending.next_due_at()
        if next_due is not None:
            self._on_paths_due(next_due)
        self.http.start()
        self._worker_beat_at = time.monotonic()
        self.notifier.ready()
        self.notifier.status(self._status_line())
        log.info(
            "daemon_ready",
            address=f"{config.server.bind}:{self.http.port}",
            watch_dir=str(config.watch_dir),
            topics=len(config.topics),
            entries=self._entries,
            watchdog_s=self._watchdog_s,
            ms=_ms(time.perf_counter() - started),
        )

    def _add_jobs(self, config: Config) -> None:
        daemon = config.daemon
        # Up to two ingest runs: one in hand and one queued behind it, so a wake-up that
        # arrives while a run is finishing is never refused (and never lost).
        self.scheduler.add_job(
            INGEST_JOB, self._ingest_job, interval_s=INGEST_SAFETY_INTERVAL_S, max_instances=2
        )
        # Late is better than never for a render: it publishes entries already stored.
        self.scheduler.add_job(
            REGENERATE_JOB, self._regenerate_job, interval_s=daemon.regenerate_interval_s
        )
        # A reconcile more than a whole interval late is skipped: the next one is due.
        self.scheduler.add_job(
            RECONCILE_JOB,
            self._reconcile_job,
            interval_s=daemon.reconcile_interval_s,
            misfire_grace_time_s=daemon.reconcile_interval_s,
        )
        self.scheduler.add_job(
            HEARTBEAT_JOB,
            self._heartbeat_job,
            interval_s=self._ping_every_s or HEARTBEAT_INTERVAL_S,
        )

    def _serve(self) -> int:
        while True:
            signum = self.signals.next(timeout_s=1.0)
            if signum in (signal.SIGTERM, signal.SIGINT):
                log.info("stop_requested", signal=signal.Signals(signum).name)
                return EXIT_OK
            if signum == signal.SIGHUP:
                self._reload()
            if not self.http.is_alive:
                log.error("http_server_died")
                return EXIT_FAILED

    def _shutdown(self) -> None:
        """Stop taking work, let the batch in hand finish, publish it, close up."""
        self.notifier.stopping()
        self.notifier.status("stopping")
        self._stopping.set()
        self.watcher.stop()
        self.scheduler.shutdown(wait=True)
        if self._is_started and self.store.dirty_feeds():
            try:
                self._regeneration_done(self.pipeline.regenerate())
            except FeeddError as err:
                log.error("final_regeneration_failed", error=str(err))
        self.http.stop()
        if self.hub is not None:
            self.hub.stop()
        self.pipeline.close()
        log.info("daemon_stopped")

    def _check_stop(self) -> None:
        if self.signals.stop_requested.is_set():
            raise _StopRequested

    # -- jobs (all on the worker thread) ------------------------------------------------------

    def _ingest_job(self) -> None:
        if self._stopping.is_set():
            return
        batch = self.pending.take_due(self.config.daemon.batch_size)
        if batch:
            try:
                report = self._apply_batch(batch)
            except BaseException:
                # The batch's transaction rolled back and its paths left `pending`: a
                # reconcile finds them again (the scheduler logs this failure).
                self.scheduler.request(RECONCILE_JOB, RETRY_AFTER_S)
                raise
            self._record_files(report)
            if report.changed:
                self._request_regeneration()
        self._beat()
        next_due = self.pending.next_due_at()
        if next_due is not None:
            self._on_paths_due(next_due)

    def _apply_batch(self, batch: Batch) -> IngestReport:
        report = IngestReport()
        for old_path, new_path in batch.moves:
            report.add(self.pipeline.move_path(old_path, new_path))
        for folder in batch.removed_folders:
            prefix = folder + "/"
            known = [path for path, _, _ in self.store.file_stats() if path.startswith(prefix)]
            report.add(self.pipeline.ingest_paths(known))
        if batch.paths:
            report.add(self.pipeline.ingest_paths(batch.paths))
        return report

    def _regenerate_job(self) -> None:
        self._regeneration_started_at = time.monotonic()
        is_ok = False
        try:
            if self.fault == "job":
                raise RuntimeError(f"injected fault ({FAULT_ENV}=job)")
            render = self.pipeline.regenerate()
            is_ok = True
        finally:
            self._last_regeneration_ok = is_ok
            if not is_ok:
                # Unhealthy until a render succeeds; a passing fault heals at the retry.
                self.scheduler.request(REGENERATE_JOB, RETRY_AFTER_S)
        self._regeneration_done(render)
        self._beat()

    def _reconcile_job(self) -> None:
        if self._stopping.is_set():
            return
        started = time.monotonic()
        # A path waiting this long lost its close event (or its writer is idle): look at it.
        if self._is_waiting_suspect:
            self._is_waiting_suspect = False
            dropped = self.pending.drop_waiting()
        else:
            dropped = self.pending.drop_waiting(
                older_than=started - self.config.daemon.reconcile_interval_s
            )
        try:
            report = self.pipeline.reconcile(
                progress=self._reconcile_progress,
                skip_paths=self.pending.waiting_paths(),
                on_unsettled=self._on_unsettled,
            )
            report.add(self.pipeline.apply_learned_boilerplate(), count_seen=False)
        except _StopRequested:
            log.info("reconcile_interrupted")
            return
        self._record_files(report)
        self.metrics.reconciles.inc()
        if report.changed:
            self._request_regeneration()
        log.info(
            "reconcile_finished",
            **report.as_fields(),
            stale_waiting_dropped=dropped,
            ms=_ms(time.monotonic() - started),
        )

    def _reconcile_progress(self, _: int) -> None:
        self._beat()
        if self._stopping.is_set():
            raise _StopRequested

    def _heartbeat_job(self) -> None:
        self.pipeline.close_idle_pool(POOL_IDLE_S)
        self._beat()

    def _beat(self) -> None:
        """The worker is alive: note it, and ping systemd's watchdog if all is healthy."""
        now = time.monotonic()
        self._worker_beat_at = now
        if self._ping_every_s is None or now - self._last_ping_at < self._ping_every_s / 2:
            return
        is_healthy, details = self.health()
        if not is_healthy:
            if not self._is_ping_withheld:
                log.error("watchdog_ping_withheld", **details)
            self._is_ping_withheld = True
            return
        if self._is_ping_withheld:
            log.info("watchdog_ping_resumed")
        self._is_ping_withheld = False
        self.notifier.watchdog()
        self._last_ping_at = now

    # -- requests from other threads -------------------------------------------------------------

    def _on_paths_due(self, due_at: float) -> None:
        """Watcher thread (or worker): work in `pending` becomes due at `due_at`."""
        if self._is_started and not self._stopping.is_set():
            self.scheduler.request(INGEST_JOB, due_at - time.monotonic())

    def _on_unsettled(self, path: str) -> None:
        """Worker (or main, at start-up): a reconcile found a file changed a moment ago; the
        watcher's rules decide when it is complete (its next write waits for the close)."""
        due_at = self.pending.appeared(path)
        if due_at is not None:
            self._on_paths_due(due_at)

    def _request_regeneration(self) -> None:
        """First render after a quiet spell at once, then at most one per debounce_s."""
        run_at = self._regeneration_started_at + self.config.daemon.debounce_s
        self.scheduler.request(REGENERATE_JOB, run_at - time.monotonic())

    def _on_watch_overflow(self) -> None:
        """Inotify thread: the kernel dropped events. Close events may be among them, so
        waiting paths are handed to a reconcile, which runs at once."""
        dropped = self.pending.drop_waiting()
        self._is_waiting_suspect = True
        self.metrics.watch_overflows.inc()
        log.warning("watch_queue_overflow", action="reconcile", waiting_dropped=dropped)
        if not self._is_started:
            self._has_overflowed_during_startup = True  # the start-up scan may predate it
        elif not self._stopping.is_set():
            self.scheduler.request(RECONCILE_JOB)

    def _on_job_failed(self, job_id: str) -> None:
        self.metrics.job_failures.labels(job=job_id).inc()

    # -- reload (main thread; the apply step runs on the worker) ---------------------------------

    def _reload(self) -> None:
        self.notifier.reloading()
        self.notifier.status("reloading the config")
        old = self.config
        try:
            new = load_config(self.config_path, self.overrides)
            if not new.watch_dir.is_dir():
                where = new.path or "built-in defaults"
                raise ConfigError(f"{where}: watch_dir: {new.watch_dir} is not a folder")
        except ConfigError as err:
            log.error("config_reload_failed", error=str(err), path=str(self.config_path))
            self.notifier.status(f"config reload failed, running on the previous config: {err}")
            self.notifier.ready()
            return
        new, needs_restart = keep_restart_only_settings(old, new)
        if needs_restart:
            log.warning(
                "config_reload_needs_restart",
                keys=needs_restart,
                detail="these settings keep their running values until feedd is restarted",
            )
        try:
            render = self.scheduler.run_on_worker(
                lambda: self._apply_config(new), timeout_s=RELOAD_TIMEOUT_S
            )
        except Exception as err:
            # The main thread would die here, and with it the daemon: keep the old config.
            log.exception("config_reload_failed", error=f"{type(err).__name__}: {err}")
            self.notifier.status(f"config reload failed, running on the previous config: {err}")
            self.notifier.ready()
            return
        self.config = new
        self.pending.settle_s = new.daemon.settle_s
        for job_id, before, after in (
            (REGENERATE_JOB, old.daemon.regenerate_interval_s, new.daemon.regenerate_interval_s),
            (RECONCILE_JOB, old.daemon.reconcile_interval_s, new.daemon.reconcile_interval_s),
        ):
            if before != after:
                self.scheduler.reschedule(job_id, after)
        old_topics = {t.slug: t.query for t in old.topics}
        new_topics = {t.slug: t.query for t in new.topics}
        log.info(
            "config_reloaded",
            path=str(self.config_path),
            topics_added=sorted(new_topics.keys() - old_topics.keys()),
            topics_removed=sorted(old_topics.keys() - new_topics.keys()),
            topics_changed=sorted(
                s for s in new_topics.keys() & old_topics.keys() if new_topics[s] != old_topics[s]
            ),
            feeds_written=render.feeds_written,
            feeds_removed=render.feeds_removed,
        )
        self.notifier.ready()
        self.notifier.status(self._status_line())

    def _apply_config(self, new: Config) -> RenderReport:
        """Worker thread: topics and feeds in line with `new`; on failure back to the old."""
        old = self.pipeline.config
        self.pipeline.config = new
        try:
            self.pipeline.apply_topics()
            render = self.pipeline.regenerate(full=True)
        except BaseException:
            self.pipeline.config = old
            self.pipeline.apply_topics()
            raise
        self._regeneration_done(render)
        return render

    # -- state for /healthz, /metrics and STATUS= ------------------------------------------------

    def health(self) -> tuple[bool, dict[str, object]]:
        """Healthy while the watcher and scheduler run, the worker beats, and the last
        regeneration and every job's last run succeeded. Any thread; never the store."""
        worker_silent_s = time.monotonic() - self._worker_beat_at
        failing = self.scheduler.failing_jobs()
        checks = {
            "watcher": self.watcher.is_healthy,
            "scheduler": self.scheduler.is_alive,
            "worker": worker_silent_s < WORKER_STALL_S,
            "regeneration": self._last_regeneration_ok,
            "jobs": not failing,
        }
        details: dict[str, object] = {
            "checks": checks,
            "worker_silent_s": round(worker_silent_s, 1),
            "failing_jobs": failing,
            "watcher_errors": self.watcher.handler.errors,
            "last_regeneration_at": self._last_regeneration_at,
            "pending_paths": len(self.pending),
            "entries": self._entries,
        }
        return all(checks.values()), details

    def _record_files(self, report: IngestReport) -> None:
        self.metrics.record_files(
            seen=report.seen,
            ingested=report.ingested,
            duplicates=report.duplicates,
            removed=report.removed,
            rejected=report.rejected,
        )

    def _regeneration_done(self, render: RenderReport) -> None:
        self._entries = self.store.counts()["entries"]
        finished_at = datetime.now(UTC)
        self._last_regeneration_ok = True
        self._last_regeneration_at = finished_at
        self.metrics.record_regeneration(
            seconds=render.seconds,
            feeds_written=len(render.feeds_written),
            entries=self._entries,
            finished_at=finished_at.timestamp(),
        )
        self._push_feeds(render)
        if render.feeds_written or render.feeds_removed or render.pages_written:
            log.info(
                "feeds_regenerated",
                feeds_written=render.feeds_written,
                feeds_removed=render.feeds_removed,
                pages_written=render.pages_written,
                pages_removed=render.pages_removed,
                ms=_ms(render.seconds),
            )

    def _push_feeds(self, render: RenderReport) -> None:
        """WebSub: hand the hub each feed whose bytes this render changed."""
        if self.hub is None:
            return
        for name in render.feeds_written:
            try:
                data = (self.config.output_dir / name).read_bytes()
            except OSError as err:
                log.error("websub_feed_unreadable", feed=name, error=str(err))
                continue
            self.hub.feed_changed(name, data)

    def _topic_urls(self) -> frozenset[str]:
        """The hub's topics: every feed's URL in each format (any thread: reads the config
        only)."""
        base_url = self.hub.base_url if self.hub is not None else self.config.base_url
        return frozenset(
            url for spec in self.pipeline.feed_specs() for url in topic_urls(base_url, spec.slug)
        )

    def _status_line(self) -> str:
        return (
            f"watching {self.config.watch_dir}: {self._entries} entries,"
            f" {len(self.config.topics)} topics; serving on"
            f" {self.config.server.bind}:{self.http.port}"
        )

    def _signature(self, path: str) -> Signature:
        found = stat_file(self.config.watch_dir, path)
        return None if found is None else (found.size, found.mtime_ns)


def keep_restart_only_settings(old: Config, new: Config) -> tuple[Config, list[str]]:
    """`new` with the settings a reload cannot change (the folder watched, the state file,
    the output folder, the listening address, the watch mode, the WebSub hub) set back to
    `old`'s; and the names of those that differed."""
    differ = [
        name
        for name, before, after in (
            ("watch_dir", old.watch_dir, new.watch_dir),
            ("state_file", old.state_file, new.state_file),
            ("output_dir", old.output_dir, new.output_dir),
            ("server.bind", old.server.bind, new.server.bind),
            ("server.port", old.server.port, new.server.port),
            ("daemon.watch_mode", old.daemon.watch_mode, new.daemon.watch_mode),
            ("daemon.poll_interval_s", old.daemon.poll_interval_s, new.daemon.poll_interval_s),
            ("websub", old.websub, new.websub),
        )
        if before != after
    ]
    if not differ:
        return new, []
    base_url = new.base_url
    if base_url == f"http://{new.server.bind}:{new.server.port}/":
        base_url = old.base_url  # the default follows the address, which stays as it is
    kept = replace(
        new,
        watch_dir=old.watch_dir,
        state_file=old.state_file,
        output_dir=old.output_dir,
        base_url=base_url,
        server=old.server,
        websub=old.websub,
        daemon=replace(
            new.daemon,
            watch_mode=old.daemon.watch_mode,
            poll_interval_s=old.daemon.poll_interval_s,
        ),
    )
    return kept, differ


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)
