"""Runs feedd's jobs with APScheduler 3 (BackgroundScheduler), all on ONE worker thread.

Owns the APScheduler instance, its single-thread executor (the store is not thread-safe,
so every job runs on the same thread, one at a time), when jobs run (an interval, plus
`request()` to run one sooner) and the outcome of every run: a job that raises is logged
with its traceback and recorded as failing; nothing is raised into APScheduler.
Knows nothing of what a job does: must not import the pipeline, the store, the watcher,
the server or the daemon.

Requests are coalesced: a request for a time no earlier than one already pending is a
no-op, and a run clears the pending request when it starts, so work recorded while a job
runs is picked up by the next run.
"""

from __future__ import annotations

import itertools
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import structlog
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

log = structlog.get_logger(__name__)

T = TypeVar("T")
WORKER_THREAD_NAME = "feedd-worker"


@dataclass(frozen=True, slots=True, kw_only=True)
class JobOutcome:
    is_ok: bool
    finished_at: float  # time.monotonic()
    seconds: float
    consecutive_failures: int
    error: str | None = None


class JobScheduler:
    def __init__(self, *, on_job_failed: Callable[[str], None] | None = None) -> None:
        self._scheduler = BackgroundScheduler(
            executors={
                "default": ThreadPoolExecutor(
                    max_workers=1, pool_kwargs={"thread_name_prefix": WORKER_THREAD_NAME}
                )
            },
            timezone=UTC,
        )
        self._on_job_failed = on_job_failed
        self._lock = threading.Lock()
        self._requested: dict[str, float] = {}  # job id → monotonic time of the pending request
        self._outcomes: dict[str, JobOutcome] = {}
        self._one_off_ids = itertools.count(1)
        self._is_shut_down = False

    # -- jobs ---------------------------------------------------------------------------------

    def add_job(
        self,
        job_id: str,
        func: Callable[[], None],
        *,
        interval_s: float,
        max_instances: int = 1,
        misfire_grace_time_s: float | None = None,
    ) -> None:
        """Run `func` every `interval_s` (first after one interval) and whenever requested.

        coalesce=True everywhere: runs missed while the worker was busy become one run.
        `misfire_grace_time_s=None` runs a late job however late (APScheduler's default of
        1 s would silently skip it when the worker was busy for longer).
        """
        self._scheduler.add_job(
            self._guarded(job_id, func),
            IntervalTrigger(seconds=interval_s, timezone=UTC),
            id=job_id,
            name=job_id,
            coalesce=True,
            max_instances=max_instances,
            # APScheduler 3 takes whole seconds here.
            misfire_grace_time=(
                None if misfire_grace_time_s is None else max(1, math.ceil(misfire_grace_time_s))
            ),
            replace_existing=True,
        )

    def reschedule(self, job_id: str, interval_s: float) -> None:
        """A new interval, counted from now."""
        self._scheduler.reschedule_job(
            job_id, trigger=IntervalTrigger(seconds=interval_s, timezone=UTC)
        )

    def request(self, job_id: str, delay_s: float = 0.0) -> None:
        """Run the job in `delay_s` seconds, unless a run is already requested by then.
        Thread-safe (the watcher thread calls it); a no-op once shutdown has begun."""
        delay_s = max(delay_s, 0.0)
        wanted_at = time.monotonic() + delay_s
        with self._lock:
            if self._is_shut_down:
                return
            pending = self._requested.get(job_id)
            if pending is not None and pending <= wanted_at:
                return
            self._requested[job_id] = wanted_at
            # Under the lock, so two requesting threads cannot reorder their changes.
            self._scheduler.modify_job(
                job_id, next_run_time=datetime.now(UTC) + timedelta(seconds=delay_s)
            )

    def run_on_worker(self, func: Callable[[], T], timeout_s: float) -> T:
        """Run `func` once on the worker thread, after the job in hand; return its result
        or raise its exception here. TimeoutError if it has not finished in `timeout_s`."""
        future: Future[T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(func())
            except BaseException as err:  # handed to the waiting caller, who logs it
                future.set_exception(err)

        self._scheduler.add_job(
            run,
            id=f"once-{next(self._one_off_ids)}",
            misfire_grace_time=None,
            next_run_time=datetime.now(UTC),
        )
        return future.result(timeout=timeout_s)

    def _guarded(self, job_id: str, func: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            with self._lock:
                self._requested.pop(job_id, None)
            started = time.monotonic()
            error: str | None = None
            try:
                func()
            except Exception as err:
                # APScheduler would survive a raise too, but log it without our fields;
                # here it is one structured line with the traceback, and health sees it.
                error = f"{type(err).__name__}: {err}"
                log.exception("job_failed", job=job_id)
            finished = time.monotonic()
            with self._lock:
                before = self._outcomes.get(job_id)
                failures = 0
                if error is not None:
                    failures = (before.consecutive_failures if before else 0) + 1
                self._outcomes[job_id] = JobOutcome(
                    is_ok=error is None,
                    finished_at=finished,
                    seconds=finished - started,
                    consecutive_failures=failures,
                    error=error,
                )
            if error is not None and self._on_job_failed is not None:
                self._on_job_failed(job_id)

        return run

    # -- state ----------------------------------------------------------------------------------

    def outcome(self, job_id: str) -> JobOutcome | None:
        with self._lock:
            return self._outcomes.get(job_id)

    def failing_jobs(self) -> dict[str, str]:
        """Jobs whose last run raised, with the error."""
        with self._lock:
            return {
                job_id: outcome.error or ""
                for job_id, outcome in self._outcomes.items()
                if not outcome.is_ok
            }

    @property
    def is_alive(self) -> bool:
        """Started and its thread still running."""
        # APScheduler 3 has no public accessor for its thread; `running` alone stays True
        # if the thread died.
        thread: Any = getattr(self._scheduler, "_thread", None)
        return bool(self._scheduler.running and thread is not None and thread.is_alive())

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop starting jobs; with `wait`, let the job in hand (and any already queued
        behind it) finish first."""
        with self._lock:
            # APScheduler waits for the executor while holding its job-store lock, so a
            # job that requested another job now would wait for that lock forever.
            self._is_shut_down = True
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)
