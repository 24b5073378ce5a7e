"""JobScheduler: one worker thread, coalesced requests, failures logged and survived."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import structlog.testing

from feedd.scheduler import JobScheduler


@pytest.fixture
def scheduler() -> Iterator[JobScheduler]:
    before = set(threading.enumerate())
    jobs = JobScheduler()
    yield jobs
    jobs.shutdown(wait=True)
    deadline = time.monotonic() + 5
    while set(threading.enumerate()) - before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not set(threading.enumerate()) - before, "scheduler threads left running"


def wait_for(check: object, timeout_s: float = 3.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_every_job_runs_on_the_same_single_worker_thread(scheduler: JobScheduler) -> None:
    threads: list[str] = []
    running = threading.Lock()
    overlaps: list[bool] = []

    def job() -> None:
        overlaps.append(not running.acquire(blocking=False))
        threads.append(threading.current_thread().name)
        time.sleep(0.01)
        running.release()

    for name in ("a", "b", "c"):
        scheduler.add_job(name, job, interval_s=3600)
    scheduler.start()
    for _ in range(3):
        for name in ("a", "b", "c"):
            scheduler.request(name)
        time.sleep(0.02)
    scheduler.run_on_worker(job, timeout_s=5)

    assert len(set(threads)) == 1
    assert not any(overlaps)


def test_requests_before_a_run_coalesce_into_one_run(scheduler: JobScheduler) -> None:
    runs: list[float] = []
    scheduler.add_job("job", lambda: runs.append(time.monotonic()), interval_s=3600)
    scheduler.start()

    for _ in range(100):
        scheduler.request("job", delay_s=0.2)
    time.sleep(0.5)

    assert len(runs) == 1


def test_an_earlier_request_moves_a_later_one_forward(scheduler: JobScheduler) -> None:
    ran = threading.Event()
    scheduler.add_job("job", ran.set, interval_s=3600)
    scheduler.start()

    scheduler.request("job", delay_s=60)
    scheduler.request("job", delay_s=0)

    assert ran.wait(2)


def test_a_request_while_the_job_runs_gets_a_run_of_its_own(scheduler: JobScheduler) -> None:
    started = threading.Event()
    release = threading.Event()
    runs: list[int] = []

    def job() -> None:
        runs.append(len(runs))
        started.set()
        release.wait(5)

    scheduler.add_job("job", job, interval_s=3600, max_instances=2)
    scheduler.start()
    scheduler.request("job")
    assert started.wait(2)
    scheduler.request("job")  # work recorded while the first run is in hand
    release.set()

    wait_for(lambda: len(runs) == 2)


def test_a_failing_job_is_logged_recorded_and_the_scheduler_keeps_going() -> None:
    failures: list[str] = []
    scheduler = JobScheduler(on_job_failed=failures.append)
    calls: list[int] = []

    def job() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("disk on fire")

    scheduler.add_job("flaky", job, interval_s=3600)
    scheduler.start()
    try:
        with structlog.testing.capture_logs() as logs:
            scheduler.request("flaky")
            wait_for(lambda: scheduler.outcome("flaky") is not None)
        assert scheduler.failing_jobs() == {"flaky": "RuntimeError: disk on fire"}
        assert failures == ["flaky"]
        assert [(line["event"], line["job"], line.get("exc_info")) for line in logs] == [
            ("job_failed", "flaky", True)
        ]
        assert scheduler.is_alive

        scheduler.request("flaky")
        wait_for(lambda: len(calls) == 2)
        wait_for(lambda: not scheduler.failing_jobs())
    finally:
        scheduler.shutdown()


def test_run_on_worker_returns_the_result_or_raises_the_error(scheduler: JobScheduler) -> None:
    scheduler.start()

    assert scheduler.run_on_worker(lambda: 42, timeout_s=5) == 42
    with pytest.raises(ValueError, match="bad"):
        scheduler.run_on_worker(lambda: int("bad"), timeout_s=5)


def test_a_late_run_still_runs(scheduler: JobScheduler) -> None:
    """The worker busy for longer than APScheduler's default grace second: no skipped run."""
    ran = threading.Event()
    scheduler.add_job("late", ran.set, interval_s=3600)
    scheduler.start()

    scheduler.run_on_worker(lambda: scheduler.request("late") or time.sleep(1.5), timeout_s=5)

    assert ran.wait(2)


def test_is_alive_only_while_started(scheduler: JobScheduler) -> None:
    assert not scheduler.is_alive
    scheduler.start()
    assert scheduler.is_alive
    scheduler.shutdown()
    assert not scheduler.is_alive


def test_shutdown_waits_for_a_job_that_requests_another_job(scheduler: JobScheduler) -> None:
    in_job = threading.Event()
    finished = threading.Event()

    def job() -> None:
        in_job.set()
        time.sleep(0.3)  # shutdown begins meanwhile
        scheduler.request("other")
        finished.set()

    scheduler.add_job("job", job, interval_s=3600)
    scheduler.add_job("other", lambda: None, interval_s=3600)
    scheduler.start()
    scheduler.request("job")
    assert in_job.wait(2)

    stopper = threading.Thread(target=scheduler.shutdown)
    stopper.start()
    stopper.join(5)

    assert not stopper.is_alive(), "shutdown deadlocked"
    assert finished.is_set()
