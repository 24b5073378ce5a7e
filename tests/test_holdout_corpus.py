"""The held-out corpus in tests/corpus_holdout: its files are consistent and reproducible.

No quality thresholds here: the held-out corpus measures how the normalizer generalises
(`python -m feedd.eval tests/corpus_holdout`); it is not a target to tune against.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import assert_build_script_reproduces, assert_documents_match_labels

HOLDOUT = Path(__file__).parent / "corpus_holdout"


def test_holdout_labels_and_documents_match_one_to_one() -> None:
    assert_documents_match_labels(HOLDOUT)


def test_build_holdout_regenerates_identical_bytes(tmp_path: Path) -> None:
    assert_build_script_reproduces(HOLDOUT, "build_holdout.py", tmp_path)
