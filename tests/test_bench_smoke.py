"""The benchmark's own tools run on a fresh install: the corpus generator and the wrapper
that measures a rebuild (a benchmark that breaks silently measures nothing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, Workspace

BENCH = ROOT / "bench"


def test_a_generated_corpus_rebuilds_under_the_measuring_wrapper(workspace: Workspace) -> None:
    subprocess.run(
        [sys.executable, str(BENCH / "corpus.py"), str(workspace.seeds), "--count", "80"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    documents = [p for p in workspace.seeds.rglob("*") if p.is_file()]
    assert len(documents) == 80
    assert all(2000 <= p.stat().st_size <= 8500 for p in documents)

    usage_path = workspace.root / "rusage.json"
    result = subprocess.run(
        [
            sys.executable,
            str(BENCH / "measure.py"),
            str(usage_path),
            "rebuild",
            "--config",
            str(workspace.config_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "80 ingested" in result.stdout
    usage = json.loads(Path(usage_path).read_text(encoding="utf-8"))
    assert usage["self_maxrss_kib"] > 0 and usage["self_cpu_s"] > 0


def test_the_normalizer_benchmark_reports_its_speed_and_worker_memory(tmp_path: Path) -> None:
    # Only that every figure is there and positive: speed is measured, never asserted.
    result = subprocess.run(
        [
            sys.executable,
            str(BENCH / "normalize.py"),
            *("--count", "30", "--repeat", "1", "--json", "--out", str(tmp_path)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    [written] = tmp_path.glob("normalize-*.json")
    assert json.loads(written.read_text(encoding="utf-8")) == report

    machine = report["machine"]
    assert machine["cpu_count"] > 0 and machine["python"] and "repo_commit" in machine
    speed = report["throughput"]
    assert speed["documents"] == 30 and speed["articles"] > 0
    assert speed["docs_per_s"] > 0 and speed["us_per_doc"] > 0 and speed["per_doc_us"]["max"] > 0
    assert report["stages"]["us_per_doc"]["decode"] > 0
    workers = report["workers"]
    assert "python -m feedd" in workers
    for worker in workers.values():
        assert worker["documents"] == 30 and worker["articles"] > 0
        assert worker["vmhwm_mib"] >= worker["vmrss_mib"] > 0
    rows = {row["scenario"]: row for row in report["rows"]}
    assert rows["normalize_throughput"]["verdict"] in ("PASS", "FAIL")
    assert rows["worker_peak_rss_m"]["verdict"] in ("PASS", "FAIL")
    assert rows["worker_rss_m"]["value"] > 0
    # The table goes to stderr when the JSON takes stdout.
    assert "normalize_throughput" in result.stderr and "worker_peak_rss" in result.stderr
