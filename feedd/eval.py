"""Score the normalizer against a labelled corpus: `python -m feedd.eval tests/corpus [--json]`.

Without a corpus (or with `--web-pages [DIR]`) it scores the public real web-page datasets
instead; that evaluation lives in `feedd.eval_webpages`.

Owns reading a corpus folder (`docs/` plus `labels.json`, as written by
`tests/corpus/build_corpus.py`), running `normalize_document` on every document and
computing the quality metrics: title exact match, body token precision/recall/F1, chrome
leak rate, metadata accuracy, a per-format breakdown and normalization speed.

A development tool, not part of the daemon: it reads files, but must not import the
store, the publisher, the server or any driver. Only `main` prints.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, Protocol, TypedDict, cast

from feedd.errors import FeeddError
from feedd.model import Article, Document, Rejected
from feedd.normalize import normalize_document

FORMATS: dict[str, str] = {"txt": "txt", "html": "html", "htm": "html", "md": "md", "json": "json"}
WORD = re.compile(r"[^\W_]+")


class Normalizer(Protocol):
    """What the evaluation needs from a normalizer (`normalize_document` fits)."""

    def __call__(self, document: Document, *, default_tz: tzinfo) -> Article | Rejected: ...


class Label(TypedDict):
    """One entry of labels.json; see tests/corpus/README.md."""

    layout: str
    title: str
    source: str | None
    author: str | None
    published: str | None
    link: str | None
    language: str
    body: list[str]
    chrome: list[str]


@dataclass(frozen=True, slots=True)
class DocScore:
    """How one normalized document compares with its label."""

    name: str
    format: str
    layout: str
    rejected: str | None
    title_ok: bool
    overlap_tokens: int
    predicted_tokens: int
    gold_tokens: int
    leaked: tuple[str, ...]
    source_ok: bool
    author_ok: bool
    language_ok: bool
    link_ok: bool
    published_ok: bool | None  # None: the page states no date
    published_spurious: bool | None  # a date invented for a page that states none
    problems: tuple[str, ...] = field(default=())


def tokens(text: str) -> Counter[str]:
    """Lower-case words (letters and digits of any script) as a multiset."""
    return Counter(WORD.findall(text.lower()))


def chrome_key(line: str) -> str:
    """A chrome line as searched for in the body: spaces collapsed, non-alphanumeric ends cut."""
    text = " ".join(line.split())
    return re.sub(r"^[\W_]+|[\W_]+$", "", text)


def leaked_chrome(content_text: str, chrome: Sequence[str]) -> tuple[str, ...]:
    """The chrome lines that appear, as whole words, in the content."""
    flat = " ".join(content_text.split())
    found = []
    for line in chrome:
        key = chrome_key(line)
        if key and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", flat):
            found.append(line)
    return tuple(found)


# Typographic quotes and apostrophes are the same text as their ASCII forms: a page's
# headline has “curly” quotes where its <title> or a gold label has straight ones.
_PLAIN_QUOTES = str.maketrans({**dict.fromkeys("‘’‚‛′", "'"), **dict.fromkeys("“”„‟″«»", '"')})


def same_text(got: str | None, want: str | None) -> bool:
    """Equal up to Unicode normalization, case, runs of whitespace and the style of
    quotes. A `?` in `want` also matches a quote or non-ASCII character of `got`: some gold
    texts lost their curly quotes to `?` when they were saved (L3S-GN1's)."""
    if got is None or want is None:
        return got is None and want is None

    def fold(text: str) -> str:
        folded = unicodedata.normalize("NFKC", text).casefold().translate(_PLAIN_QUOTES)
        return " ".join(folded.split())

    got, want = fold(got), fold(want)
    if got == want:
        return True
    return len(got) == len(want) and all(
        g == w or (w == "?" and (g in "'\"" or not g.isascii()))
        for g, w in zip(got, want, strict=True)
    )


def published_matches(got: datetime | None, want: str) -> bool:
    """Same instant when the label has a time; else the same calendar date (in UTC)."""
    if got is None or got.tzinfo is None:
        return False
    if "T" in want:
        return got == datetime.fromisoformat(want)
    return got.astimezone(UTC).date() == date.fromisoformat(want)


def body_problem(content_text: str, body: Sequence[str], overlap: int) -> str:
    """Say how the body differs: token counts, a missing and an extra paragraph."""
    got = [" ".join(p.split()) for p in content_text.split("\n\n") if p.strip()]
    want = [" ".join(p.split()) for p in body]
    flat = " ".join(got)
    missing = [p for p in want if p not in flat]
    extra = [p for p in got if p not in want]
    text = (
        f"body: {overlap} common tokens, {sum(tokens(content_text).values())} predicted, "
        f"{sum(tokens(' '.join(want)).values())} labelled"
    )
    if missing:
        text += f"; {len(missing)} paragraph(s) missing, e.g. {missing[0][:80]!r}"
    if extra:
        text += f"; {len(extra)} paragraph(s) not in the label, e.g. {extra[0][:80]!r}"
    return text


def score_document(name: str, label: Label, result: Article | Rejected) -> DocScore:
    """Compare one normalizer result with its label."""
    fmt = FORMATS.get(name.rsplit(".", 1)[-1].lower(), "other")
    gold = tokens("\n\n".join(label["body"]))
    want_date = label["published"]
    if isinstance(result, Rejected):
        return DocScore(
            name=name,
            format=fmt,
            layout=label["layout"],
            rejected=result.reason,
            title_ok=False,
            overlap_tokens=0,
            predicted_tokens=0,
            gold_tokens=sum(gold.values()),
            leaked=(),
            source_ok=False,
            author_ok=False,
            language_ok=False,
            link_ok=False,
            published_ok=False if want_date else None,
            published_spurious=None if want_date else False,
            problems=(f"rejected: {result.reason} {result.detail}".rstrip(),),
        )
    predicted = tokens(result.content_text)
    overlap = sum((predicted & gold).values())
    problems: list[str] = []

    def check(what: str, is_ok: bool, got: object, want: object) -> bool:
        if not is_ok:
            problems.append(f"{what}: got {got!r}, want {want!r}")
        return is_ok

    title_ok = check(
        "title",
        unicodedata.normalize("NFC", result.title.strip()) == label["title"],
        result.title,
        label["title"],
    )
    got_date = result.published_at.isoformat() if result.published_at else None
    published_ok = None
    spurious = None
    if want_date:
        published_ok = check(
            "published", published_matches(result.published_at, want_date), got_date, want_date
        )
    else:
        spurious = not check("published", result.published_at is None, got_date, None)
    leaked = leaked_chrome(result.content_text, label["chrome"])
    if leaked:
        problems.append(f"chrome leaked: {list(leaked)!r}")
    if 2 * overlap < 0.95 * (sum(predicted.values()) + sum(gold.values())):  # F1 < 0.95
        problems.append(body_problem(result.content_text, label["body"], overlap))
    return DocScore(
        name=name,
        format=fmt,
        layout=label["layout"],
        rejected=None,
        title_ok=title_ok,
        overlap_tokens=overlap,
        predicted_tokens=sum(predicted.values()),
        gold_tokens=sum(gold.values()),
        leaked=leaked,
        source_ok=check(
            "source", same_text(result.source, label["source"]), result.source, label["source"]
        ),
        author_ok=check(
            "author", same_text(result.author, label["author"]), result.author, label["author"]
        ),
        language_ok=check(
            "language",
            (result.language or "").lower() == label["language"],
            result.language,
            label["language"],
        ),
        link_ok=check(
            "link", (result.link or "").strip() == (label["link"] or ""), result.link, label["link"]
        ),
        published_ok=published_ok,
        published_spurious=spurious,
        problems=tuple(problems),
    )


def _rate(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def summarize(scores: Sequence[DocScore]) -> dict[str, Any]:
    """Aggregate metrics over some documents; token counts are micro-averaged."""
    overlap = sum(s.overlap_tokens for s in scores)
    predicted = sum(s.predicted_tokens for s in scores)
    gold = sum(s.gold_tokens for s in scores)
    precision = overlap / predicted if predicted else 0.0
    recall = overlap / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dated = [s.published_ok for s in scores if s.published_ok is not None]
    undated = [s.published_spurious for s in scores if s.published_spurious is not None]
    return {
        "documents": len(scores),
        "rejected": sum(s.rejected is not None for s in scores),
        "title_exact": _rate([s.title_ok for s in scores]),
        "body_precision": precision,
        "body_recall": recall,
        "body_f1": f1,
        "chrome_leak": _rate([bool(s.leaked) for s in scores]),
        "source_accuracy": _rate([s.source_ok for s in scores]),
        "author_accuracy": _rate([s.author_ok for s in scores]),
        "published_accuracy": _rate(dated),
        "published_documents": len(dated),
        "published_spurious": _rate(undated),
        "language_accuracy": _rate([s.language_ok for s in scores]),
        "link_accuracy": _rate([s.link_ok for s in scores]),
    }


def load_corpus(path: Path) -> tuple[list[Document], dict[str, Label]]:
    """Read `path/docs/*` as Documents and `path/labels.json`; they must match one-to-one."""
    docs_dir = path / "docs"
    labels_path = path / "labels.json"
    if not docs_dir.is_dir() or not labels_path.is_file():
        raise FeeddError(f"{path} is not a corpus: it needs docs/ and labels.json")
    labels = cast(dict[str, Label], json.loads(labels_path.read_text(encoding="utf-8")))
    documents = []
    for file in sorted(p for p in docs_dir.rglob("*") if p.is_file()):
        documents.append(
            Document(
                relative_path=file.relative_to(docs_dir).as_posix(),
                data=file.read_bytes(),
                modified_at=datetime.fromtimestamp(file.stat().st_mtime, tz=UTC),
            )
        )
    names = {d.relative_path for d in documents}
    if names != set(labels):
        missing = sorted(set(labels) - names)[:5]
        unlabelled = sorted(names - set(labels))[:5]
        raise FeeddError(
            f"{path}: docs/ and labels.json differ (missing files {missing}, "
            f"unlabelled files {unlabelled})"
        )
    return documents, labels


def evaluate_corpus(
    path: str | Path, *, passes: int = 3, normalize: Normalizer = normalize_document
) -> dict[str, Any]:
    """Normalize every corpus document `passes` times; score the first pass, time them all."""
    documents, labels = load_corpus(Path(path))
    results: list[Article | Rejected] = []
    elapsed_s = 0.0
    for n in range(max(1, passes)):
        start = time.perf_counter()
        outcome = [normalize(doc, default_tz=UTC) for doc in documents]
        elapsed_s += time.perf_counter() - start
        if n == 0:
            results = outcome
    scores = [
        score_document(doc.relative_path, labels[doc.relative_path], result)
        for doc, result in zip(documents, results, strict=True)
    ]
    metrics = summarize(scores)
    metrics["by_format"] = {
        fmt: summarize([s for s in scores if s.format == fmt])
        for fmt in sorted({s.format for s in scores})
    }
    metrics["by_layout"] = {
        layout: summarize([s for s in scores if s.layout == layout])
        for layout in sorted({s.layout for s in scores})
    }
    metrics["passes"] = max(1, passes)
    metrics["docs_per_second"] = len(documents) * max(1, passes) / elapsed_s if elapsed_s else 0.0
    metrics["problems"] = {s.name: list(s.problems) for s in scores if s.problems}
    return metrics


TABLE_ROWS: list[tuple[str, str]] = [
    ("documents", "documents"),
    ("rejected", "rejected"),
    ("title exact", "title_exact"),
    ("body precision", "body_precision"),
    ("body recall", "body_recall"),
    ("body F1", "body_f1"),
    ("chrome leak", "chrome_leak"),
    ("source", "source_accuracy"),
    ("author", "author_accuracy"),
    ("published", "published_accuracy"),
    ("  dated docs", "published_documents"),
    ("  invented date", "published_spurious"),
    ("language", "language_accuracy"),
    ("link", "link_accuracy"),
]


def format_table(metrics: dict[str, Any]) -> str:
    """The metrics as a text table: one column for all documents, one per format."""
    columns: list[tuple[str, dict[str, Any]]] = [("all", metrics)]
    columns += list(metrics["by_format"].items())

    def cell(value: object) -> str:
        if value is None:
            return "-"
        if isinstance(value, float):
            return f"{value:.3f}"
        return str(value)

    lines = [f"{'metric':<18}" + "".join(f"{name:>8}" for name, _ in columns)]
    for title, key in TABLE_ROWS:
        lines.append(f"{title:<18}" + "".join(f"{cell(m[key]):>8}" for _, m in columns))
    lines.append(
        f"speed: {metrics['docs_per_second']:.1f} documents/second "
        f"(normalization only, {metrics['passes']} passes)"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m feedd.eval",
        description="Score the normalizer on a labelled corpus, or on the public web pages.",
    )
    parser.add_argument(
        "corpus",
        type=Path,
        nargs="?",
        help="folder with docs/ and labels.json; without it, the web pages are scored",
    )
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--passes", type=int, default=3, help="timing passes (default 3)")
    parser.add_argument(
        "--problems",
        action="store_true",
        help="also list what went wrong, per document (web pages: the tuned split's worst)",
    )
    web = parser.add_argument_group("web pages")
    web.add_argument(
        "--web-pages",
        nargs="?",
        const="",
        metavar="DIR",
        help="score the web-page datasets in DIR (default ../shared/datasets/web-pages)",
    )
    web.add_argument("--datasets", help="comma-separated dataset names (default: all found)")
    web.add_argument(
        "--styles", default="blocks,dump", help="rendering styles (default blocks,dump)"
    )
    web.add_argument("--limit", type=_positive, help="score only the first N pages of each dataset")
    web.add_argument(
        "--jobs",
        type=_positive,
        default=os.cpu_count() or 1,
        help="worker processes (default: CPUs)",
    )
    args = parser.parse_args(argv)
    if args.corpus is not None and args.web_pages is not None:
        parser.error("give a corpus or --web-pages, not both")
    if args.corpus is None:
        return _main_web_pages(args)
    try:
        metrics = evaluate_corpus(args.corpus, passes=args.passes)
    except FeeddError as err:
        print(f"feedd.eval: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(metrics, ensure_ascii=False, indent=2))
        return 0
    print(format_table(metrics))
    if args.problems:
        for name, problems in metrics["problems"].items():
            print(f"\n{name}")
            for problem in problems:
                print(f"  {problem}")
    return 0


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return number


def _main_web_pages(args: argparse.Namespace) -> int:
    # Imported here: the web-page evaluation needs lxml and the dataset reader, a corpus
    # run does not (and feedd.eval_webpages imports this module).
    from feedd.eval_webpages import evaluate_web_pages, format_problems, format_web_tables
    from feedd.training.webpages import default_root

    root = Path(args.web_pages) if args.web_pages else default_root()
    try:
        metrics = evaluate_web_pages(
            root,
            datasets=[d for d in args.datasets.split(",") if d] if args.datasets else None,
            styles=[s for s in args.styles.split(",") if s],
            limit=args.limit,
            jobs=args.jobs,
            with_problems=args.problems,
        )
    except FeeddError as err:
        print(f"feedd.eval: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(metrics, ensure_ascii=False, indent=2))
        return 0
    print(format_web_tables(metrics))
    if args.problems:
        print()
        print(format_problems(metrics["problems"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
