"""Plain-text normalizer benchmark (issue 9): documents per second on one core, and a
rebuild worker's memory.

`python bench/normalize.py [--count 2000] [--repeat 3] [--seed 1] [--json] [--out DIR]`
writes a corpus of plain-text pages with bench/corpus.py into a temp folder, then

1. starts a real rebuild worker (`feedd.prepare.new_pool`, `spawn`) from a fresh
   interpreter, has it read and normalize every page once, and reads the worker's VmHWM
   and VmRSS from its /proc/self/status: once started as the `feedd` console script
   starts it (systemd's units run that script) and once as `python -m feedd` does;
2. pins this process to one CPU and times `normalize_document(doc, default_tz=UTC)` over
   every page, after a warm-up pass (imports, the reader's model, caches), `--repeat`
   times: the median pass gives docs/s and µs/doc;
3. times the normalizer's stages over the same pages (decode, the rules' units, the
   rules' reading and line facts, the trained reader), where this checkout has them.

It prints one table row per figure, with the issue's targets (≥ 1,000 docs/s, worker
peak RSS ≤ 60 MiB), and writes the rows, raw runs and the machine to
`bench/results/normalize-<UTC time>.json` (git-ignored). Speed is measured here, never
asserted in a test. A driver outside the package: feedd must never import it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
MIB = 1024 * 1024
WORKER_TIMEOUT_S = 1800.0

# The targets; "60 MB" is read as 60 MiB, as bench/README.md reads its others.
TARGETS: dict[str, tuple[str, float]] = {
    "normalize_throughput": (">=", 1000.0),
    "worker_peak_rss": ("<=", 60.0),
    "worker_peak_rss_m": ("<=", 60.0),
}

# Run with `python -c` in a fresh interpreter: starts one rebuild worker exactly as
# feedd.pipeline does (feedd.prepare.new_pool: spawn, the same initializer), feeds it the
# corpus in the pipeline's chunks, and asks it for its own /proc/self/status and maps.
# The worker runs only feedd's code and pathlib's: nothing of this benchmark is imported
# there. argv: the corpus folder, the CPUs the worker may use (the benchmark itself is
# pinned to one), then the main script a spawned worker imports first (as `__mp_main__`),
# or "" for none (what `python -m feedd` gives it: spawn skips a package's __main__).
# The relative paths come on stdin, one a line.
WORKER_PROGRAM = """
import json, os, sys, time
from pathlib import Path
root, cpus, main_script = sys.argv[1], sys.argv[2], sys.argv[3]
if cpus:
    os.sched_setaffinity(0, {int(cpu) for cpu in cpus.split(",")})
if main_script:
    sys.modules["__main__"].__file__ = main_script
from feedd.model import Article
from feedd.normalize import DEFAULT_MAX_BYTES
from feedd.pipeline import CHUNK_FILES as chunk
from feedd.prepare import Prepared, PrepareSettings, new_pool, prepare_chunk
paths = sys.stdin.read().split()
settings = PrepareSettings(
    root=root, max_file_bytes=DEFAULT_MAX_BYTES, timezone="UTC", boilerplate=frozenset()
)
status = Path("/proc/self/status")
pool = new_pool(1)
try:
    started = pool.submit(Path.read_text, status).result()
    began = time.perf_counter()
    futures = [
        pool.submit(prepare_chunk, settings, paths[i : i + chunk])
        for i in range(0, len(paths), chunk)
    ]
    results = [item for future in futures for item in future.result()]
    seconds = time.perf_counter() - began
    finished = pool.submit(Path.read_text, status).result()
    maps = pool.submit(Path.read_text, Path("/proc/self/maps")).result()
finally:
    pool.shutdown()
articles = sum(isinstance(r, Prepared) and isinstance(r.outcome, Article) for r in results)
print(json.dumps({
    "started_status": started, "finished_status": finished, "maps": maps,
    "seconds": seconds, "documents": len(results), "articles": articles,
}))
"""
# Shared libraries worth naming when a worker has them mapped (what it imported).
NOTABLE_LIBRARIES = ("numpy", "_yaml", "_sqlite3", "lxml", "charset_normalizer", "uvloop")


def note(message: str) -> None:
    print(f"# {message}", file=sys.stderr, flush=True)


def load_script(name: str) -> ModuleType:
    """Import a sibling script of bench/ by path (bench/ is not a package)."""
    path = BENCH_DIR / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"feedd_bench_{name}", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {path.name}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# -- the corpus --------------------------------------------------------------------------


def corpus_paths(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def read_documents(root: Path, paths: Sequence[str]) -> list[Any]:
    """The pages as feedd.model.Document objects, read the way a worker reads them."""
    from feedd.normalize import DEFAULT_MAX_BYTES
    from feedd.sources import read_file

    return [read_file(root, path, DEFAULT_MAX_BYTES).document() for path in paths]


# -- one core, in this process -------------------------------------------------------------


def pin_to_one_core() -> dict[str, Any]:
    """Pin this process to the first CPU it may run on. Done before numpy is imported,
    so its thread pools size themselves for one core too."""
    if not hasattr(os, "sched_setaffinity"):
        return {"pinned_cpu": None, "detail": "not pinned (no sched_setaffinity here)"}
    allowed = sorted(os.sched_getaffinity(0))
    try:
        os.sched_setaffinity(0, {allowed[0]})
    except OSError as err:
        return {"pinned_cpu": None, "allowed": allowed, "detail": f"not pinned ({err})"}
    return {"pinned_cpu": allowed[0], "allowed": allowed, "detail": f"pinned to CPU {allowed[0]}"}


def measure_throughput(documents: Sequence[Any], repeat: int) -> dict[str, Any]:
    """normalize_document over every page: a warm-up pass, then `repeat` timed passes."""
    from feedd.model import Rejected
    from feedd.normalize import normalize_document

    started = time.perf_counter()
    outcomes = [normalize_document(doc, default_tz=UTC) for doc in documents]
    warm_up_s = time.perf_counter() - started
    rejected = Counter(o.reason for o in outcomes if isinstance(o, Rejected))
    passes: list[dict[str, float]] = []
    per_doc_s: list[list[float]] = []
    clock = time.perf_counter
    for _ in range(repeat):
        times: list[float] = []
        cpu_started = time.process_time()
        pass_started = clock()
        for doc in documents:
            began = clock()
            normalize_document(doc, default_tz=UTC)
            times.append(clock() - began)
        wall_s = clock() - pass_started
        cpu_s = time.process_time() - cpu_started
        passes.append({"wall_s": wall_s, "cpu_s": cpu_s, "docs_per_s": len(documents) / wall_s})
        per_doc_s.append(times)
    median_s = statistics.median(p["wall_s"] for p in passes)
    # The spread over documents, from the median pass.
    middle = sorted(range(repeat), key=lambda i: passes[i]["wall_s"])[repeat // 2]
    ordered = sorted(t * 1e6 for t in per_doc_s[middle])
    return {
        "documents": len(documents),
        "articles": len(documents) - sum(rejected.values()),
        "rejected": dict(rejected),
        "warm_up_s": warm_up_s,
        "passes": passes,
        "median_pass_s": median_s,
        "docs_per_s": len(documents) / median_s,
        "us_per_doc": median_s / len(documents) * 1e6,
        "cpu_share": statistics.median(p["cpu_s"] / p["wall_s"] for p in passes),
        "per_doc_us": {
            "p50": _quantile(ordered, 0.50),
            "p95": _quantile(ordered, 0.95),
            "p99": _quantile(ordered, 0.99),
            "max": ordered[-1],
        },
    }


def _quantile(ordered: Sequence[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure_model_load() -> dict[str, Any] | None:
    """The reader's model read and parsed once more, as each worker does on its first page
    (None before the reader lands)."""
    try:
        reader = importlib.import_module("feedd.normalize.reader")
    except ImportError:
        return None
    load = getattr(reader, "load_model", None)
    fresh = getattr(load, "__wrapped__", load)  # past functools.cache
    if fresh is None:
        return None
    started = time.perf_counter()
    fresh()
    seconds = time.perf_counter() - started
    name = getattr(reader, "MODEL_FILE", None)
    model_file = Path(reader.__file__).with_name(name) if reader.__file__ and name else None
    size = model_file.stat().st_size if model_file and model_file.is_file() else None
    return {"seconds": seconds, "file_bytes": size}


# -- where the time goes ---------------------------------------------------------------------

# Stage names and what each covers, in the order the normalizer runs them.
STAGES: dict[str, str] = {
    "decode": "decode_bytes: bytes to clean text",
    "units": "page_units: split into units, the rules' kind of each",
    "rules": "the rules' reading: page title, body span, headline, standfirst",
    "line_facts": "line_facts: a row of facts per unit for the reader",
    "reader": "read_page: features, forest, span decoder, headline",
    "reader.features": "  lexical_facts + page_features",
    "reader.forest": "  the body forest's logits",
    "reader.span": "  decode_span (Viterbi)",
    "reader.headline": "  rank_headline",
}


class StageClock:
    """Adds up the time spent in each stage over a pass."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started


def measure_stages(documents: Sequence[Any], repeat: int, total_us: float) -> dict[str, Any]:
    """The normalizer's stages timed one by one over the same pages (median of `repeat`
    passes), as far as this checkout has them: the stage functions are looked up by name,
    so the benchmark runs before and after the trained reader. `rest` is by difference
    from the whole normalize_document time: title, source, author, date, summary, HTML,
    language."""
    from feedd.model import Rejected
    from feedd.normalize.decode import decode_bytes

    plaintext = importlib.import_module("feedd.normalize.plaintext")
    page_units: Any = getattr(plaintext, "page_units", None)
    page_title: Any = getattr(plaintext, "_page_title", None)
    read_by_rules: Any = getattr(plaintext, "_read_by_rules", None)
    line_facts: Any = getattr(plaintext, "line_facts", None)
    has_rules = None not in (page_units, page_title, read_by_rules, line_facts)
    reader: ModuleType | None
    try:
        reader = importlib.import_module("feedd.normalize.reader")
    except ImportError:
        reader = None
    read_page: Any = getattr(reader, "read_page", None) if has_rules else None
    read_parts = _reader_parts(reader) if read_page is not None else None

    def one_page(clock: StageClock, data: bytes) -> None:
        with clock.stage("decode"):
            text = decode_bytes(data)
        if isinstance(text, Rejected) or page_units is None:
            return
        with clock.stage("units"):
            units = page_units(text)
        if not has_rules or not any(u.kind == "text" for u in units):
            return
        with clock.stage("rules"):
            title = page_title(units)
            rules = read_by_rules(units, title)
        with clock.stage("line_facts"):
            facts = line_facts(units, rules, title)
        if read_page is None:
            return
        texts = [u.text for u in units]
        with clock.stage("reader"):
            read_page(facts, texts)
        if read_parts is not None:
            read_parts(clock, facts, texts)

    runs: list[dict[str, float]] = []
    notes: list[str] = []
    for _ in range(repeat):
        clock = StageClock()
        try:
            for doc in documents:
                one_page(clock, doc.data)
        except Exception as err:  # internals mid-change: a breakdown is a bonus
            notes.append(f"stage timing stopped: {_error_text(err)}")
            break
        runs.append(clock.seconds)
    if not runs:
        return {"us_per_doc": {}, "notes": notes}
    names = [name for name in STAGES if any(name in run for run in runs)]
    us_per_doc = {
        name: statistics.median(run.get(name, 0.0) for run in runs) / len(documents) * 1e6
        for name in names
    }
    timed = sum(us for name, us in us_per_doc.items() if "." not in name)
    us_per_doc["rest"] = total_us - timed
    if page_units is None:
        notes.append("no plaintext.page_units here: no rules stage")
    elif not has_rules:
        notes.append("no line_facts/_read_by_rules/_page_title here: rules stage only as units")
    if has_rules and read_page is None:
        notes.append("no feedd.normalize.reader.read_page here")
    if read_page is not None and read_parts is None:
        notes.append("reader internals not as expected: no reader sub-stages")
    return {"us_per_doc": us_per_doc, "notes": notes}


def _reader_parts(reader: Any) -> Callable[[StageClock, Any, list[str]], None] | None:
    """read_page's steps, timed apart (its internals as of the first trained reader)."""
    names = ("load_model", "lexical_facts", "page_features", "decode_span", "rank_headline")
    if any(getattr(reader, name, None) is None for name in names):
        return None

    def parts(clock: StageClock, facts: Any, texts: list[str]) -> None:
        model = reader.load_model()
        with clock.stage("reader.features"):
            lexical = reader.lexical_facts(texts, model.word_odds)
            features = reader.page_features(facts, model.fact_names, lexical)
        with clock.stage("reader.forest"):
            logits = model.body.logits(features)
        with clock.stage("reader.span"):
            body = reader.decode_span(logits.tolist(), model.decoder)
        with clock.stage("reader.headline"):
            reader.rank_headline(features, logits, body[0] if body else len(texts), model.headline)

    return parts


# -- a rebuild worker's memory ------------------------------------------------------------


def measure_worker(
    root: Path, paths: Sequence[str], main_script: Path | None, cpus: Sequence[int]
) -> dict[str, Any]:
    """A real rebuild worker's memory after normalizing every page once (see
    WORKER_PROGRAM). `main_script`: the script a spawned worker re-imports first; `cpus`:
    those it may run on (empty: as this process)."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            WORKER_PROGRAM,
            str(root),
            ",".join(map(str, cpus)),
            str(main_script or ""),
        ],
        input="\n".join(paths),
        # Not the checkout: `-c` puts the working folder first on sys.path, and the feedd
        # measured must be the one this process imports (PYTHONPATH may name another).
        cwd=root,
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines() or [f"exit status {result.returncode}"]
        raise RuntimeError(f"worker run failed: {lines[-1]}")
    report = json.loads(result.stdout)
    started = _status_mib(report["started_status"])
    finished = _status_mib(report["finished_status"])
    maps = report["maps"]
    return {
        "started_as": "the feedd script" if main_script else "python -m feedd",
        "vmhwm_mib": finished["VmHWM"],
        "vmrss_mib": finished["VmRSS"],
        "started_vmrss_mib": started["VmRSS"],
        "documents": report["documents"],
        "articles": report["articles"],
        "seconds": report["seconds"],
        "libraries": sorted(lib for lib in NOTABLE_LIBRARIES if f"/{lib}" in maps),
    }


def _status_mib(status: str) -> dict[str, float]:
    fields: dict[str, float] = {}
    for line in status.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            fields[key] = int(value.split()[0]) / 1024  # kB
    return fields


def console_script() -> Path | None:
    """The `feedd` console script beside this interpreter (what systemd's units run)."""
    path = Path(sys.executable).parent / "feedd"
    return path if path.is_file() else None


# -- table and JSON ---------------------------------------------------------------------------


def throughput_rows(run: ModuleType, n: int, found: dict[str, Any], pinning: str) -> list[Any]:
    passes = ", ".join(f"{p['docs_per_s']:,.0f}" for p in found["passes"])
    per_doc = found["per_doc_us"]
    rejected = ", ".join(f"{reason} {count}" for reason, count in found["rejected"].items())
    return [
        run.Row(
            scenario="normalize_throughput",
            size=n,
            value=found["docs_per_s"],
            unit="docs/s",
            detail=(
                f"{found['us_per_doc']:,.0f} µs/doc; passes {passes} docs/s; per doc p50 "
                f"{per_doc['p50']:,.0f}, p95 {per_doc['p95']:,.0f}, max {per_doc['max']:,.0f} µs; "
                f"CPU {found['cpu_share']:.0%} of wall; {pinning}; "
                f"{found['articles']} articles, {sum(found['rejected'].values())} rejected"
                + (f" ({rejected})" if rejected else "")
            ),
            data=found,
        )
    ]


def stage_rows(run: ModuleType, n: int, stages: dict[str, Any], total_us: float) -> list[Any]:
    rows = []
    for name, us in stages["us_per_doc"].items():
        what = STAGES.get(name, "the rest, by difference: title, source, dates, summary, HTML…")
        rows.append(
            run.Row(
                scenario=f"stage:{name}",
                size=n,
                value=us,
                unit="µs/doc",
                detail=f"{us / total_us:.0%} of normalize; {what.strip()}",
            )
        )
    for message in stages["notes"]:
        note(message)
    return rows


def model_row(run: ModuleType, loaded: dict[str, Any]) -> Any:
    size = loaded["file_bytes"]
    return run.Row(
        scenario="model_load",
        size=None,
        value=loaded["seconds"] * 1000,
        unit="ms",
        detail="the reader's model file read and parsed, once per worker"
        + (f"; {size / 1024:,.0f} KiB" if size else ""),
    )


def worker_rows(run: ModuleType, n: int, found: dict[str, Any], suffix: str) -> list[Any]:
    how = f"started as {found['started_as']} starts it"
    speed = found["documents"] / found["seconds"] if found["seconds"] else 0.0
    libraries = ", ".join(found["libraries"]) or "none"
    return [
        run.Row(
            scenario=f"worker_peak_rss{suffix}",
            size=n,
            value=found["vmhwm_mib"],
            unit="MiB",
            detail=(
                f"VmHWM of one rebuild worker after every page; {how}; "
                f"{found['started_vmrss_mib']:.1f} MiB before its first page; "
                f"{speed:,.0f} docs/s there (with pickling); mapped: {libraries}"
            ),
            data=found,
        ),
        run.Row(
            scenario=f"worker_rss{suffix}",
            size=n,
            value=found["vmrss_mib"],
            unit="MiB",
            detail="VmRSS of the same worker at the end",
        ),
    ]


def error_row(run: ModuleType, scenario: str, n: int, err: BaseException) -> Any:
    return run.Row(
        scenario=scenario, size=n, value=None, unit="", verdict="ERROR", detail=_error_text(err)
    )


def _error_text(err: BaseException) -> str:
    # Where feedd raised it; a failure reported by this file needs no place.
    where = [f for f in traceback.extract_tb(err.__traceback__) if f.filename != __file__]
    place = f" (at {Path(where[-1].filename).name}:{where[-1].lineno})" if where else ""
    return f"{type(err).__name__}: {err}{place}"


# -- command line ----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0] if __doc__ else None,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--count", type=int, default=2000, help="pages in the corpus")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (median)")
    parser.add_argument("--seed", type=int, default=1, help="corpus.py's seed")
    parser.add_argument(
        "--out", type=Path, default=BENCH_DIR / "results", help="folder of the JSON file"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the JSON on stdout (the table goes to stderr)"
    )
    parser.add_argument("--label", default="", help="kept in the JSON: what was measured")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.count < 1 or args.repeat < 1:
        print("bench/normalize.py: --count and --repeat must be at least 1", file=sys.stderr)
        return 2
    if importlib.util.find_spec("feedd") is None:
        print("bench/normalize.py: feedd is not importable; use .venv/bin/python", file=sys.stderr)
        return 2
    table_out = sys.stderr if args.json else sys.stdout
    result: dict[str, Any] = {"pinning": pin_to_one_core()}
    pinning = result["pinning"]
    # Other work on the machine takes cores from the workers and time slices from the
    # pinned core (the throughput row's CPU share shows the latter).
    result["load_average"] = os.getloadavg()
    note(f"load average {' '.join(f'{x:.2f}' for x in result['load_average'])} at start")
    run = load_script("run")
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="feedd-bench-normalize-"))
    rows: list[Any] = []

    def add(row: Any) -> None:
        rows.append(run.judged(row, {(name, None): t for name, t in TARGETS.items()}))
        print(run.table_line(row), file=table_out, flush=True)

    try:
        root = workdir / "seeds"
        load_script("corpus").generate(root, args.count, seed=args.seed)
        paths = corpus_paths(root)
        size_mib = sum((root / p).stat().st_size for p in paths) / MIB
        note(f"corpus: {len(paths)} pages, {size_mib:.1f} MiB (seed {args.seed})")
        print(run.table_header(), file=table_out, flush=True)

        # Workers are not pinned: a real one may run on every core it is given.
        script = console_script()
        variants: list[tuple[str, Path | None]] = [("", script)] if script else []
        variants.append(("_m", None))
        result["workers"] = {}
        for suffix, main_script in variants:
            try:
                found = measure_worker(root, paths, main_script, pinning.get("allowed", ()))
            except Exception as err:
                add(error_row(run, f"worker_peak_rss{suffix}", len(paths), err))
                continue
            result["workers"][found["started_as"]] = found
            for row in worker_rows(run, len(paths), found, suffix):
                add(row)

        note(pinning["detail"])
        documents = read_documents(root, paths)
        try:
            loaded = measure_model_load()
        except Exception as err:
            add(error_row(run, "model_load", len(paths), err))
        else:
            if loaded is not None:
                add(model_row(run, loaded))
            result["model_load"] = loaded
        try:
            found = measure_throughput(documents, args.repeat)
        except Exception as err:
            add(error_row(run, "normalize_throughput", len(paths), err))
        else:
            result["throughput"] = found
            for row in throughput_rows(run, len(paths), found, pinning["detail"]):
                add(row)
            stages = measure_stages(documents, args.repeat, found["us_per_doc"])
            result["stages"] = stages
            for row in stage_rows(run, len(paths), stages, found["us_per_doc"]):
                add(row)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    result = {
        "machine": run.machine_info(),
        "options": {"count": args.count, "repeat": args.repeat, "seed": args.seed},
        "label": args.label,
        "seconds": round(time.perf_counter() - started, 1),
        **result,
        "rows": [asdict(row) for row in rows],
    }
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    # Error messages may quote paths: keep this machine's folders out of the file.
    for folder, name in ((workdir.resolve(), "<workdir>"), (REPO_DIR, "<repo>")):
        text = text.replace(str(folder), name)
    args.out.mkdir(parents=True, exist_ok=True)
    out_path = args.out / f"normalize-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    out_path.write_text(text, encoding="utf-8")
    if args.json:
        sys.stdout.write(text)
    errors = [row for row in rows if row.verdict == "ERROR"]
    note(f"wrote {out_path}; {len(errors)} ERROR rows; {result['seconds']} s in all")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
