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
