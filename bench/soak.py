"""Soak `feedd run`: a writer storm, random kill -9s and restarts, a polling reader; then
check the feeds against the folder.

`python bench/soak.py --minutes N [--writers 2] [--seed 1] [--uptime 2,20] [--workdir DIR]`

For N minutes: `--writers` threads write, rewrite, rename and delete documents in every
producer style (tests/reliability/producers.py: direct, renamed in from outside, temp name
then rename, slow copy, overwrite in place, vim and gedit saves, folder moved in, fresh
nested folders, created then deleted); the daemon runs for a random `--uptime` (seconds)
and is then killed with SIGKILL at a moment of a random kind (while storing a batch,
right after a feed file was written, during start-up, any time) and restarted at once;
a reader polls all.atom, all.rss and the topic feed all along. Then the writers stop, a
last daemon starts, and once it is idle the folder is compared with every served feed
and entry page (tests/reliability/checker.py) and the database is integrity-checked.

The config is the reliability suite's: every entry listed (max_entries, max_feed_bytes),
reconcile every 60 s, and settle_s = 1.0, longer than the slow copies' pauses (up to
0.8 s): across a restart no close event can be seen, so a writer that pauses longer than
settle_s is taken as done (README, `daemon.settle_s`).

Prints a summary (files written, expected, found, lost, duplicated, invalid feeds seen,
half documents seen, kills) and writes it as JSON to bench/results/soak-<UTC time>.json.
Exit status 0 when nothing was lost, doubled, stale, invalid or half-served.

A driver outside the package: it imports the reliability suite's helpers from tests/.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
sys.path.insert(0, str(ROOT / "tests"))

from daemon_helpers import DaemonProcess, free_port  # noqa: E402
from reliability.checker import TOPIC_TOML, FeedPoller, Report, check_output  # noqa: E402
from reliability.storm import KILL_MOMENTS, WriterStorm, kill_at  # noqa: E402

CONFIG = """\
watch_dir = "seeds"
state_file = "var/state.sqlite3"
output_dir = "var/feeds"
base_url = "http://feeds.example/"
max_entries = 100000
max_feed_bytes = 1000000000

[daemon]
settle_s = 1.0
debounce_s = 0.3
reconcile_interval_s = 60

"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, required=True)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--uptime", default="2,20", help="seconds up before a kill: MIN,MAX")
    parser.add_argument("--max-live", type=int, default=400, help="documents per writer")
    parser.add_argument("--workdir", type=Path, help="keep the run here (default: a temp dir)")
    args = parser.parse_args()
    low, high = (float(x) for x in args.uptime.split(","))

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="feedd-soak-"))
    workdir.mkdir(parents=True, exist_ok=True)
    seeds, scratch = workdir / "seeds", workdir / "scratch"
    seeds.mkdir(exist_ok=True)
    scratch.mkdir(exist_ok=True)
    config = workdir / "feedd.toml"
    config.write_text(CONFIG + TOPIC_TOML, encoding="utf-8")
    rng = random.Random(args.seed)
    port = free_port()
    print(f"# soak: {args.minutes} min, {args.writers} writers, workdir {workdir}", flush=True)

    started = time.monotonic()
    deadline = started + args.minutes * 60
    kills: Counter[str] = Counter()
    job_failures = 0
    storms = [
        WriterStorm(seeds / f"w{n}", scratch, seed=args.seed * 100 + n, max_live=args.max_live)
        for n in range(args.writers)
    ]
    with FeedPoller(
        f"http://127.0.0.1:{port}", ("all.atom", "all.rss", "lighthouses.atom")
    ) as poller:
        for storm in storms:
            storm.start()
        try:
            while time.monotonic() < deadline:
                moment = rng.choice(KILL_MOMENTS)
                daemon = DaemonProcess(config, port=port)
                uptime = min(rng.uniform(low, high), max(0.0, deadline - time.monotonic()))
                kills[kill_at(daemon, moment, rng, uptime_s=uptime)] += 1
                job_failures += len(daemon.events("job_failed"))
                elapsed = (time.monotonic() - started) / 60
                written = sum(s.stats.written for s in storms)
                print(
                    f"# {elapsed:5.1f} min: {sum(kills.values())} kills, {written} written",
                    flush=True,
                )
        finally:
            stats = [storm.stop() for storm in storms]
        final = DaemonProcess(config, port=port)
        try:
            final.start(timeout_s=120)
            report = settle(seeds, workdir / "var" / "feeds", timeout_s=180)
            healthy = final.get("/healthz").status_code == 200
            job_failures += len(final.events("job_failed"))
        finally:
            final.stop()
    polled = poller.stop()
    integrity = check_integrity(workdir / "var" / "state.sqlite3")

    summary = {
        "minutes": round((time.monotonic() - started) / 60, 1),
        "files_written": sum(s.written for s in stats),
        "by_style": dict(sum((s.by_style for s in stats), Counter())),
        "deleted": sum(s.deleted for s in stats),
        "renamed": sum(s.renamed for s in stats),
        "created_then_deleted": sum(s.fleeting for s in stats),
        "expected": report.expected,
        "found": report.found,
        "lost": len(report.lost),
        "duplicated": len(report.duplicated),
        "stale": len(report.unexpected),
        "half_in_final_feeds": len(report.half),
        "invalid_final_feeds": len(report.invalid_feeds),
        "page_problems": len(report.missing_pages) + len(report.orphan_pages),
        "invalid_feeds_seen": len(polled.invalid),
        "half_documents_seen": len(set(polled.half)),
        "polls": polled.fetches,
        "polls_while_down": polled.unavailable,
        "server_errors_seen": polled.server_errors,
        "kills": sum(kills.values()),
        "kills_by_moment": dict(kills),
        "job_failures_logged": job_failures,
        "healthy_at_end": healthy,
        "integrity_check": integrity,
        "problems": report.problems(),
        "invalid_seen_examples": polled.invalid[:5],
        "half_seen_examples": sorted(set(polled.half))[:10],
    }
    is_ok = (
        not report.problems()
        and not polled.invalid
        and not polled.half
        and integrity == "ok"
        and healthy
    )
    print_summary(summary, is_ok)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"soak-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    out.write_text(json.dumps({**summary, "ok": is_ok}, indent=2) + "\n", encoding="utf-8")
    print(f"# summary written to {out.relative_to(ROOT)}")
    if args.workdir is None and is_ok:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if is_ok else 1


def settle(seeds: Path, output: Path, *, timeout_s: float) -> Report:
    """Wait until the output agrees with the folder, then check with full validation."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not check_output(seeds, output, validate=False).problems():
            break
        time.sleep(0.5)
    return check_output(seeds, output)


def check_integrity(state: Path) -> str:
    with contextlib.closing(sqlite3.connect(state)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def print_summary(summary: dict[str, object], is_ok: bool) -> None:
    rows = [
        ("minutes", summary["minutes"]),
        ("files written", summary["files_written"]),
        ("expected (in the folder at the end)", summary["expected"]),
        ("found (in the feeds)", summary["found"]),
        ("lost", summary["lost"]),
        ("duplicated", summary["duplicated"]),
        ("stale (deleted or superseded, still served)", summary["stale"]),
        ("invalid feeds seen by the reader", summary["invalid_feeds_seen"]),
        ("half documents seen by the reader", summary["half_documents_seen"]),
        ("kills (kill -9)", f"{summary['kills']} {summary['kills_by_moment']}"),
        ("reader polls (while down)", f"{summary['polls']} ({summary['polls_while_down']})"),
        ("job failures logged", summary["job_failures_logged"]),
        ("PRAGMA integrity_check", summary["integrity_check"]),
        ("result", "OK" if is_ok else "FAIL"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for problem in summary["problems"]:  # type: ignore[attr-defined]
        print(f"  problem: {problem}")


if __name__ == "__main__":
    sys.exit(main())
