"""The second held-out corpus in tests/corpus_holdout2: consistent, reproducible, and a floor.

The floor sits slightly below the scores reached after the fixes it prompted (see
tests/corpus_holdout2/README.md), so a regression in plain-text handling fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from feedd.eval import evaluate_corpus, load_corpus

HOLDOUT2 = Path(__file__).parent / "corpus_holdout2"
DOCS = HOLDOUT2 / "docs"
LABELS: dict[str, dict[str, Any]] = json.loads((HOLDOUT2 / "labels.json").read_text("utf-8"))


def test_holdout2_labels_and_documents_match_one_to_one() -> None:
    files = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*") if p.is_file()}
    assert files == set(LABELS)
    documents, labels = load_corpus(HOLDOUT2)
    assert len(documents) == len(labels) == len(files)


def test_build_holdout2_regenerates_identical_bytes(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(HOLDOUT2 / "build_holdout2.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    built = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    committed = {f"docs/{name}" for name in LABELS} | {"labels.json"}
    assert built == committed
    for name in sorted(built):
        assert (tmp_path / name).read_bytes() == (HOLDOUT2 / name).read_bytes(), name


@pytest.fixture(scope="module")
def metrics() -> dict[str, Any]:
    return evaluate_corpus(HOLDOUT2, passes=1)


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("title_exact", 0.95),
        ("body_f1", 0.98),
        ("source_accuracy", 0.87),
        ("author_accuracy", 0.87),
        ("published_accuracy", 0.90),
        ("language_accuracy", 1.0),
        ("link_accuracy", 1.0),
    ],
)
def test_holdout2_scores_stay_above_their_floor(
    metrics: dict[str, Any], metric: str, floor: float
) -> None:
    assert metrics[metric] >= floor, f"{metric} {metrics[metric]:.3f} < {floor}"


def test_holdout2_chrome_leak_stays_low(metrics: dict[str, Any]) -> None:
    assert metrics["chrome_leak"] <= 0.04
