"""The held-out corpus in tests/corpus_holdout: its files are consistent and reproducible.

No quality thresholds here: the held-out corpus measures how the normalizer generalises
(`python -m feedd.eval tests/corpus_holdout`); it is not a target to tune against.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from feedd.eval import load_corpus

HOLDOUT = Path(__file__).parent / "corpus_holdout"
DOCS = HOLDOUT / "docs"
LABELS: dict[str, dict[str, Any]] = json.loads((HOLDOUT / "labels.json").read_text("utf-8"))


def test_holdout_labels_and_documents_match_one_to_one() -> None:
    files = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*") if p.is_file()}
    assert files == set(LABELS)
    documents, labels = load_corpus(HOLDOUT)
    assert len(documents) == len(labels) == len(files)


def test_build_holdout_regenerates_identical_bytes(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(HOLDOUT / "build_holdout.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    built = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    committed = {f"docs/{name}" for name in LABELS} | {"labels.json"}
    assert built == committed
    for name in sorted(built):
        assert (tmp_path / name).read_bytes() == (HOLDOUT / name).read_bytes(), name
