"""The labelled corpus in tests/corpus: the normalizer's quality targets, and the corpus itself.

The targets fail until the normalizer is good enough; do not lower them to make them pass.
"""

from __future__ import annotations

import codecs
import subprocess
import sys
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest
from labelled_corpus import assert_build_script_reproduces, assert_documents_match_labels, labels_of

from feedd.eval import evaluate_corpus
from feedd.model import Article, Document, Rejected

CORPUS = Path(__file__).parent / "corpus"
DOCS = CORPUS / "docs"
LABELS = labels_of(CORPUS)


@pytest.fixture(scope="module")
def metrics() -> dict[str, Any]:
    return evaluate_corpus(CORPUS, passes=1)


@pytest.mark.parametrize(
    ("metric", "target", "is_minimum", "problem"),
    [
        ("title_exact", 0.97, True, "title"),
        ("body_f1", 0.95, True, "body"),
        ("chrome_leak", 0.02, False, "chrome"),
        ("published_accuracy", 0.95, True, "published"),
    ],
)
def test_normalizer_meets_the_corpus_quality_target(
    metrics: dict[str, Any], metric: str, target: float, is_minimum: bool, problem: str
) -> None:
    value = metrics[metric]
    examples = [
        f"{name}: {p[:200]}"
        for name, problems in sorted(metrics["problems"].items())
        for p in problems
        if p.startswith((problem, "rejected"))
    ]
    detail = "\n".join(examples[:10])
    if is_minimum:
        assert value >= target, f"{metric} = {value:.3f} < {target}\n{detail}"
    else:
        assert value <= target, f"{metric} = {value:.3f} > {target}\n{detail}"


def test_labels_and_documents_match_one_to_one() -> None:
    assert_documents_match_labels(CORPUS)


def test_build_corpus_regenerates_identical_bytes(tmp_path: Path) -> None:
    assert_build_script_reproduces(CORPUS, "build_corpus.py", tmp_path)


def test_make_encoded_rewrites_the_non_utf8_documents_identically(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(CORPUS / "make_encoded.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    written = sorted((tmp_path / "docs").iterdir())
    assert len(written) >= 10
    for path in written:
        assert path.read_bytes() == (DOCS / path.name).read_bytes(), path.name


def test_corpus_covers_the_formats_layouts_languages_and_encodings() -> None:
    by_ext: dict[str, int] = {}
    for name in LABELS:
        ext = {"htm": "html"}.get(name.rsplit(".", 1)[-1], name.rsplit(".", 1)[-1])
        by_ext[ext] = by_ext.get(ext, 0) + 1
    assert by_ext["txt"] >= 66 and by_ext["html"] >= 12
    assert by_ext["md"] >= 6 and by_ext["json"] >= 6
    assert len({lab["layout"] for name, lab in LABELS.items() if name.endswith(".txt")}) >= 13
    assert sum(lab["language"] == "ru" for lab in LABELS.values()) >= 6
    assert {"de", "fr", "es"} <= {lab["language"] for lab in LABELS.values()}

    raw = [(DOCS / name).read_bytes() for name in LABELS]

    def is_utf8(data: bytes) -> bool:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True

    utf16 = [d for d in raw if d.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))]
    assert len(utf16) >= 1
    assert sum(d.startswith(codecs.BOM_UTF8) for d in raw) >= 2
    assert sum(not is_utf8(d) for d in raw) - len(utf16) >= 2  # cp1251
    assert sum(b"\r\n" in d for d in raw) >= 3


def oracle(document: Document, *, default_tz: tzinfo) -> Article | Rejected:
    """A perfect normalizer that reads the answer from labels.json."""
    label = LABELS[document.relative_path]
    stated = label["published"]
    published_at = None
    if stated and "T" in stated:
        published_at = datetime.fromisoformat(stated).astimezone(UTC)
    elif stated:
        published_at = datetime.combine(date.fromisoformat(stated), datetime.min.time(), UTC)
    return Article(
        title=label["title"],
        source=label["source"],
        author=label["author"],
        published_at=published_at,
        summary=label["body"][0],
        content_text="\n\n".join(label["body"]),
        content_html="",
        link=label["link"],
        language=label["language"],
    )


def test_a_perfect_normalizer_scores_perfectly() -> None:
    # Checks the labels against themselves: no chrome line occurs in a labelled body.
    result = evaluate_corpus(CORPUS, passes=1, normalize=oracle)
    assert result["problems"] == {}
    for metric in (
        "title_exact",
        "body_f1",
        "source_accuracy",
        "author_accuracy",
        "published_accuracy",
        "language_accuracy",
        "link_accuracy",
    ):
        assert result[metric] == pytest.approx(1.0), metric
    assert result["chrome_leak"] == 0.0
    assert result["published_spurious"] == 0.0
