"""What every labelled corpus under tests/ must hold to: its documents and labels match
one to one, and its build script rewrites exactly the committed bytes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from feedd.eval import load_corpus


def labels_of(corpus: Path) -> dict[str, dict[str, Any]]:
    labels: dict[str, dict[str, Any]] = json.loads((corpus / "labels.json").read_text("utf-8"))
    return labels


def assert_documents_match_labels(corpus: Path) -> None:
    docs = corpus / "docs"
    files = {p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()}
    assert files == set(labels_of(corpus))
    documents, labels = load_corpus(corpus)
    assert len(documents) == len(labels) == len(files)


def assert_build_script_reproduces(corpus: Path, script: str, out: Path) -> None:
    subprocess.run(
        [sys.executable, str(corpus / script), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    built = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    committed = {f"docs/{name}" for name in labels_of(corpus)} | {"labels.json"}
    assert built == committed
    for name in sorted(built):
        assert (out / name).read_bytes() == (corpus / name).read_bytes(), name
