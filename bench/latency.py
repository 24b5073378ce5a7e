"""Drop-to-served latency of `feedd run`: how long after a file lands in the folder is it
in the served all.atom?

`python bench/latency.py [--files 300] [--rate 50] [--prefill 0] [--debounce S] [--settle S]`
starts a daemon (`python -m feedd run`, a subprocess) on a temp folder, optionally
pre-filled with N documents by bench/corpus.py, drops M documents at a steady rate (each
written and closed in place, or with `--atomic` written elsewhere and renamed in), and
polls /all.atom with conditional GETs (If-None-Match) to see when each headline is served.
Prints p50/p95/p99/max drop-to-served latency and the machine's core count, and writes
the numbers to bench/results/latency-<UTC time>.json (git-ignored).

A driver outside the package: it may import feedd's test-free pieces, feedd never
imports it. It does not touch the repository's own var/ or seeds/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"
TITLE = re.compile(r"<title>([^<]*)</title>")

WORDS = (
    "officials reviewed agreements signed under the former government while analysts warned "
    "about pressure from sanctions inflation and trade disputes regional leaders met in the "
    "capital to discuss energy supplies transport corridors and investment plans parliament "
    "debated a budget for schools hospitals and roads prices rose in several cities the "
    "central bank kept rates unchanged exports fell for a third month"
).split()
PLACES = ("Moscow", "Damascus", "Ankara", "Tbilisi", "Almaty", "Riga", "Baku", "Yerevan")


def document(index: int) -> tuple[str, str]:
    """(headline, text) of a page in the style of seeds/*.txt, unique per index."""
    rng = random.Random(index)
    topic = " ".join(w.capitalize() for w in rng.sample(WORDS, 4))
    headline = f"{rng.choice(PLACES)} {topic} in Dispatch {index}"
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            words = " ".join(rng.choices(WORDS, k=rng.randint(10, 24)))
            sentences.append(words[0].upper() + words[1:] + ".")
        paragraphs.append(" ".join(sentences))
    text = "\n\n".join(
        [
            "Support The Moscow Times!",
            headline,
            f"Officials meet in {rng.choice(PLACES)}. Reuters",
            *paragraphs,
            "Sign up for our free weekly newsletter",
            "Our weekly newsletter contains a hand-picked selection of news.",
        ]
    )
    return headline, text + "\n"


@dataclass
class Tracker:
    """Headlines dropped (with when) and first seen served (with when)."""

    dropped_at: dict[str, float] = field(default_factory=dict)
    served_at: dict[str, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    polls: int = 0
    changed_polls: int = 0

    def drop(self, headline: str, at: float) -> None:
        with self.lock:
            self.dropped_at[headline] = at

    def seen(self, titles: list[str], at: float) -> None:
        with self.lock:
            for title in titles:
                if title in self.dropped_at and title not in self.served_at:
                    self.served_at[title] = at

    def latencies_s(self) -> list[float]:
        with self.lock:
            return [
                self.served_at[h] - self.dropped_at[h]
                for h in self.dropped_at
                if h in self.served_at
            ]

    def missing(self) -> int:
        with self.lock:
            return len(set(self.dropped_at) - set(self.served_at))


def poll_feed(
    client: httpx.Client, tracker: Tracker, stop: threading.Event, interval_s: float
) -> None:
    etag: str | None = None
    while not stop.is_set():
        headers = {"If-None-Match": etag} if etag else {}
        response = client.get("/all.atom", headers=headers)
        now = time.monotonic()
        tracker.polls += 1
        if response.status_code == 200:
            tracker.changed_polls += 1
            etag = response.headers.get("etag")
            tracker.seen(TITLE.findall(response.text), now)
        time.sleep(interval_s)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(work: Path, args: argparse.Namespace) -> Path:
    daemon = [f"settle_s = {args.settle}"] if args.settle is not None else []
    if args.debounce is not None:
        daemon.append(f"debounce_s = {args.debounce}")
    config = work / "feedd.toml"
    config.write_text(
        'watch_dir = "seeds"\nstate_file = "state.sqlite3"\noutput_dir = "feeds"\n'
        # Every file dropped between two renders must fit, or it is pushed out unseen.
        f"max_entries = {args.max_entries}\n"
        '[[topics]]\nname = "Bases"\nquery = "tartus OR hmeimim OR (military AND base*)"\n'
        + ("[daemon]\n" + "\n".join(daemon) + "\n" if daemon else ""),
        encoding="utf-8",
    )
    return config


def start_daemon(config: Path, port: int, log_path: Path) -> tuple[subprocess.Popen[bytes], float]:
    started = time.monotonic()
    log_file = open(log_path, "wb")  # noqa: SIM115 - closed with the process, in stop_daemon
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "feedd",
            "run",
            "--config",
            str(config),
            "--port",
            str(port),
            "--log-format",
            "json",
        ],
        cwd=config.parent,
        stdout=subprocess.DEVNULL,
        stderr=log_file,
    )
    log_file.close()  # the child holds its own copy
    deadline = time.monotonic() + 600
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=2) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise SystemExit(f"feedd run exited with {process.returncode}; see {log_path}")
            try:
                if client.get("/healthz").status_code == 200:
                    return process, time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
    process.kill()
    raise SystemExit("feedd run did not become healthy in 600 s")


def stop_daemon(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait(5)


def metric(client: httpx.Client, name: str) -> float | None:
    for line in client.get("/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return None


def percentile(values: list[float], pct: int) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=300, help="documents to drop (M)")
    parser.add_argument("--rate", type=int, default=50, help="documents dropped per second")
    parser.add_argument("--prefill", type=int, default=0, help="documents in the folder at start")
    parser.add_argument("--debounce", type=float, help="daemon.debounce_s (default: feedd's)")
    parser.add_argument("--settle", type=float, help="daemon.settle_s (default: feedd's)")
    parser.add_argument(
        "--max-entries",
        type=int,
        default=50,
        help="entries per feed (feedd's default 50); raise it when rate x debounce nears it",
    )
    parser.add_argument("--atomic", action="store_true", help="write elsewhere, rename in")
    parser.add_argument("--poll-ms", type=float, default=5.0, help="feed poll interval")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON results folder")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="feedd-latency-"))
    seeds = work / "seeds"
    staging = work / "staging"
    seeds.mkdir()
    staging.mkdir()
    if args.prefill:
        sys.path.insert(0, str(BENCH))
        from corpus import generate  # bench/corpus.py: deterministic sample-style pages

        print(f"# pre-filling {args.prefill} documents", file=sys.stderr)
        generate(seeds / "prefill", args.prefill)
    config = write_config(work, args)
    port = free_port()
    process, startup_s = start_daemon(config, port, work / "feedd.log")
    print(f"# daemon ready in {startup_s:.2f} s on port {port}", file=sys.stderr)

    tracker = Tracker()
    stop = threading.Event()
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5)
    poller = threading.Thread(
        target=poll_feed, args=(client, tracker, stop, args.poll_ms / 1000), daemon=True
    )
    regenerations_before = metric(client, "feedd_regenerations_total") or 0.0
    poller.start()
    exit_code: int | None = None
    try:
        began = time.monotonic()
        for index in range(args.files):
            due = began + index / args.rate
            time.sleep(max(0.0, due - time.monotonic()))
            headline, text = document(index)
            name = f"drop-{index:05d}.txt"
            if args.atomic:
                staged = staging / name
                staged.write_text(text, encoding="utf-8")
                os.rename(staged, seeds / name)
            else:
                (seeds / name).write_text(text, encoding="utf-8")
            tracker.drop(headline, time.monotonic())
        drop_seconds = time.monotonic() - began
        deadline = time.monotonic() + 30
        while tracker.missing() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        poller.join(5)
        regenerations = (metric(client, "feedd_regenerations_total") or 0.0) - regenerations_before
        client.close()
        exit_code = stop_daemon(process)

    latencies_ms = sorted(s * 1000 for s in tracker.latencies_s())
    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    summary = {
        "p50": round(percentile(latencies_ms, 50), 1) if latencies_ms else None,
        "p95": round(percentile(latencies_ms, 95), 1) if latencies_ms else None,
        "p99": round(percentile(latencies_ms, 99), 1) if latencies_ms else None,
        "max": round(latencies_ms[-1], 1) if latencies_ms else None,
        "mean": round(statistics.fmean(latencies_ms), 1) if latencies_ms else None,
    }
    result = {
        "benchmark": "drop_to_served_latency",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cores": cores,
            "usable_cores": usable,
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "options": {
            "files": args.files,
            "rate_per_s": args.rate,
            "prefill": args.prefill,
            "debounce_s": args.debounce,
            "settle_s": args.settle,
            "atomic_rename": args.atomic,
            "poll_ms": args.poll_ms,
            "max_entries": args.max_entries,
        },
        "startup_s": round(startup_s, 2),
        "drop_seconds": round(drop_seconds, 2),
        "served": len(latencies_ms),
        "missing": tracker.missing(),
        "latency_ms": summary,
        "regenerations": regenerations,
        "feed_polls": tracker.polls,
        "daemon_exit_code": exit_code,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    out_file = args.out / f"latency-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    out_file.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print(
        f"{args.files} files at {args.rate}/s (prefill {args.prefill},"
        f" {'rename' if args.atomic else 'write'}): {len(latencies_ms)} served,"
        f" {tracker.missing()} missing; drop-to-served ms p50 {summary['p50']}"
        f" p95 {summary['p95']} p99 {summary['p99']} max {summary['max']};"
        f" {regenerations:.0f} regenerations; cores {cores} (usable {usable})"
    )
    print(f"# wrote {out_file.name} in {args.out}", file=sys.stderr)
    if args.keep:
        print(f"# kept {work}", file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if not tracker.missing() and exit_code == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
