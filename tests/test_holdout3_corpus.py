"""The third held-out corpus in tests/corpus_holdout3 (mixed formats): consistent,
reproducible, and a floor.

The floors sit slightly below the scores reached after the fixes it prompted (see
tests/corpus_holdout3/README.md), so a regression in HTML, Markdown, JSON or plain-text
handling fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from labelled_corpus import assert_build_script_reproduces, assert_documents_match_labels, labels_of

from feedd.eval import evaluate_corpus

HOLDOUT3 = Path(__file__).parent / "corpus_holdout3"
LABELS = labels_of(HOLDOUT3)


def test_holdout3_labels_and_documents_match_one_to_one() -> None:
    assert_documents_match_labels(HOLDOUT3)


def test_holdout3_has_every_input_kind() -> None:
    kinds = {name.rsplit(".", 1)[-1] for name in LABELS}
    assert kinds == {"html", "md", "json", "txt"}


def test_build_holdout3_regenerates_identical_bytes(tmp_path: Path) -> None:
    assert_build_script_reproduces(HOLDOUT3, "build_holdout3.py", tmp_path)


@pytest.fixture(scope="module")
def metrics() -> dict[str, Any]:
    return evaluate_corpus(HOLDOUT3, passes=1)


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("title_exact", 0.96),
        ("body_f1", 0.985),
        ("source_accuracy", 0.9),
        ("author_accuracy", 0.96),
        ("published_accuracy", 0.96),
        ("language_accuracy", 1.0),
        ("link_accuracy", 1.0),
    ],
)
def test_holdout3_scores_stay_above_their_floor(
    metrics: dict[str, Any], metric: str, floor: float
) -> None:
    assert metrics[metric] >= floor, f"{metric} {metrics[metric]:.3f} < {floor}"


@pytest.mark.parametrize("kind", ["html", "json", "md", "txt"])
def test_holdout3_body_of_each_kind_stays_above_its_floor(
    metrics: dict[str, Any], kind: str
) -> None:
    f1 = metrics["by_format"][kind]["body_f1"]
    assert f1 >= 0.98, f"{kind} body F1 {f1:.3f} < 0.98"


def test_holdout3_chrome_leak_stays_low(metrics: dict[str, Any]) -> None:
    assert metrics["chrome_leak"] <= 0.04
