"""The fourth held-out corpus in tests/corpus_holdout4 (real sites' scraped text):
consistent, reproducible, and a floor.

The floors sit slightly below the scores reached after the fixes it prompted (see
tests/corpus_holdout4/README.md), so a regression on real-world page furniture (consent
banners, <title> lines, standfirsts, company copyright lines, multi-name bylines, glued
timestamps) fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from labelled_corpus import assert_build_script_reproduces, assert_documents_match_labels

from feedd.eval import evaluate_corpus

HOLDOUT4 = Path(__file__).parent / "corpus_holdout4"


def test_holdout4_labels_and_documents_match_one_to_one() -> None:
    assert_documents_match_labels(HOLDOUT4)


def test_build_holdout4_regenerates_identical_bytes(tmp_path: Path) -> None:
    assert_build_script_reproduces(HOLDOUT4, "build_holdout4.py", tmp_path)


@pytest.fixture(scope="module")
def metrics() -> dict[str, Any]:
    return evaluate_corpus(HOLDOUT4, passes=1)


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("title_exact", 0.92),
        ("body_f1", 0.97),
        ("source_accuracy", 0.75),
        ("author_accuracy", 0.95),
        ("published_accuracy", 0.97),
        ("language_accuracy", 0.97),
        ("link_accuracy", 0.92),
    ],
)
def test_holdout4_scores_stay_above_their_floor(
    metrics: dict[str, Any], metric: str, floor: float
) -> None:
    assert metrics[metric] >= floor, f"{metric} {metrics[metric]:.3f} < {floor}"


def test_holdout4_chrome_leak_stays_below_its_ceiling(metrics: dict[str, Any]) -> None:
    # 0.175 with the rules alone; 0.275 with the trained reader (issue 9), which keeps some
    # subheadings the labels call chrome and some appeals after the text.
    assert metrics["chrome_leak"] <= 0.3
