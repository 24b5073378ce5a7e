"""The daemon's Prometheus metrics, in a private registry (nothing global, so two daemons
in one test process never share a counter).

Owns metric names, help texts and the exposition bytes for /metrics. Values are plain
arguments: must not import the store, the pipeline, the drivers or the daemon. Safe to
update from the worker thread while the HTTP thread renders.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

REGENERATION_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class DaemonMetrics:
    def __init__(self, *, pending_paths: Callable[[], int]) -> None:
        # No `*_created` series: they double the output and no dashboard of ours uses them.
        # (A process-wide switch; the daemon is the only user of prometheus_client.)
        disable_created_metrics()  # type: ignore[no-untyped-call]
        self.registry = CollectorRegistry(auto_describe=True)
        registry = self.registry
        self.files_seen = Counter(
            "feedd_files_seen", "Files looked at (events and reconciles).", registry=registry
        )
        self.files_ingested = Counter(
            "feedd_files_ingested", "Files stored as a new or changed entry.", registry=registry
        )
        self.files_duplicate = Counter(
            "feedd_files_duplicate",
            "Files whose bytes another file already shows as an entry.",
            registry=registry,
        )
        self.files_removed = Counter(
            "feedd_files_removed", "Files gone from the folder.", registry=registry
        )
        self.files_rejected = Counter(
            "feedd_files_rejected", "Files rejected, by reason.", ["reason"], registry=registry
        )
        self.entries = Gauge("feedd_entries", "Entries in the store.", registry=registry)
        self.feeds_written = Counter(
            "feedd_feeds_written", "Feed files (Atom and RSS) written.", registry=registry
        )
        self.regenerations = Counter(
            "feedd_regenerations", "Regeneration runs that succeeded.", registry=registry
        )
        self.regeneration_seconds = Histogram(
            "feedd_regeneration_duration_seconds",
            "Time to render changed feeds and pages.",
            buckets=REGENERATION_BUCKETS_S,
            registry=registry,
        )
        self.last_regeneration_success = Gauge(
            "feedd_last_regeneration_success_timestamp_seconds",
            "Unix time of the last successful regeneration.",
            registry=registry,
        )
        self.pending_paths = Gauge(
            "feedd_watcher_pending_paths",
            "Paths the watcher recorded that the worker has not taken yet.",
            registry=registry,
        )
        self.pending_paths.set_function(lambda: float(pending_paths()))
        self.job_failures = Counter(
            "feedd_job_failures",
            "Scheduled job runs that raised, by job.",
            ["job"],
            registry=registry,
        )
        self.watch_overflows = Counter(
            "feedd_watch_queue_overflows",
            "Times the kernel's watch queue overflowed and events were lost.",
            registry=registry,
        )
        self.reconciles = Counter(
            "feedd_reconciles", "Full folder-versus-store reconciles finished.", registry=registry
        )

    def record_files(
        self,
        *,
        seen: int,
        ingested: int,
        duplicates: int,
        removed: int,
        rejected: Mapping[str, int],
    ) -> None:
        self.files_seen.inc(seen)
        self.files_ingested.inc(ingested)
        self.files_duplicate.inc(duplicates)
        self.files_removed.inc(removed)
        for reason, count in rejected.items():
            self.files_rejected.labels(reason=reason).inc(count)

    def record_regeneration(
        self, *, seconds: float, feeds_written: int, entries: int, finished_at: float
    ) -> None:
        """`finished_at`: Unix time."""
        self.regenerations.inc()
        self.regeneration_seconds.observe(seconds)
        self.feeds_written.inc(feeds_written)
        self.entries.set(entries)
        self.last_regeneration_success.set(finished_at)

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)
