"""Score the normalizer on real web pages: `python -m feedd.eval --web-pages [DIR]`.

Owns the web-page evaluation: every page of the public datasets (read by
`feedd.training.webpages`) is rendered to plain text the way scrapers save pages
(`feedd.training.render`), normalized as a `.txt` document, and compared with the
dataset's human-made gold:

- body precision, recall and F1 on 4-word shingles, per page and macro-averaged over
  pages (the measure issue 9 names; a rejected page scores 0). F1 here is the mean of
  the pages' F1, not the F1 of mean P and mean R;
- title exact match, over pages whose dataset states a headline;
- chrome leak rate: pages whose body keeps a line of the rendered page that is not in
  the gold (see `chrome_lines`);
- source, author and published accuracy where the dataset has them (Readability);
- rejected pages and normalization speed.

Everything is reported separately for the blind split (`WebPage.is_blind`: only ever
scored) and the tuned split, per dataset, per rendering style and pooled. Details of
single pages are only ever given for the tuned split.

A development tool, not part of the daemon: it must not import the store, the publisher,
the server or any driver. Nothing here prints; `feedd.eval.main` does.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import partial
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from feedd.errors import FeeddError
from feedd.eval import WORD, Normalizer, same_text
from feedd.model import Article, Document, Rejected
from feedd.normalize import normalize_document
from feedd.training.render import STYLES, render_page
from feedd.training.webpages import WebPage, available_datasets, load_pages

SHINGLE_WORDS = 4
# A fixed file time: the normalizer's output must not depend on when the eval runs.
MODIFIED_AT = datetime(2020, 1, 1, tzinfo=UTC)
# How far into the gold text a headline counts as already stated.
TITLE_SEARCH_CHARS = 1000
# Pages listed by `--problems`.
WORST_PAGES = 25
_LINK_NUMBER = re.compile(r"\[\d+\]")
_BULLET = re.compile(r"^\s*\*\s+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True, kw_only=True)
class BodyMatch:
    """How a predicted text's shingles match the gold's, for one page."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True, kw_only=True)
class PageScore:
    """One page, rendered in one style and normalized, compared with its gold."""

    dataset: str
    page_id: str
    style: str
    is_blind: bool
    rejected: str | None  # the reason, when the normalizer refused the page
    body: BodyMatch
    predicted_words: int
    gold_words: int
    title_ok: bool | None  # None: the dataset states no headline for this page
    got_title: str | None
    want_title: str | None
    chrome_lines: int  # lines of the rendered page that are not article text
    leaked: tuple[str, ...]  # those of them the body kept
    source_ok: bool | None  # None: no gold for this field
    author_ok: bool | None
    published_ok: bool | None
    normalize_s: float  # CPU time spent in normalize_document, nothing else

    @property
    def name(self) -> str:
        return f"{self.dataset}/{self.page_id}"


# --- metrics: pure functions of strings ------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a text as compared: letters and digits of any script, NFKC, casefolded."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(sequence: Sequence[str], size: int = SHINGLE_WORDS) -> Counter[tuple[str, ...]]:
    """The multiset of runs of `size` consecutive words."""
    return Counter(tuple(sequence[i : i + size]) for i in range(max(0, len(sequence) - size + 1)))


def contains_run(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    """Whether `needle` occurs as a contiguous run of words in `haystack`."""
    return _joined(needle) in _joined(haystack)


def _joined(sequence: Sequence[str]) -> str:
    # Words hold no spaces, so a run of words is a run of this string between spaces.
    return " " + " ".join(sequence) + " "


def match_body(predicted: str, gold: str) -> BodyMatch:
    """Shingle precision, recall and F1 of one page; unigrams when the gold has < 4 words.

    Corner cases: nothing predicted for nothing wanted is perfect; nothing predicted, or
    nothing in common, scores 0.
    """
    gold_words = words(gold)
    size = SHINGLE_WORDS if len(gold_words) >= SHINGLE_WORDS else 1
    want = shingles(gold_words, size)
    got = shingles(words(predicted), size)
    common = sum((want & got).values())
    n_got, n_want = sum(got.values()), sum(want.values())
    if not n_got and not n_want:
        return BodyMatch(precision=1.0, recall=1.0, f1=1.0)
    precision = common / n_got if n_got else 0.0
    recall = common / n_want if n_want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return BodyMatch(precision=precision, recall=recall, f1=f1)


def gold_text_with_title(gold_text: str, gold_title: str | None) -> str:
    """The gold text, with the headline above it unless its start already states it."""
    if not gold_title or not words(gold_title):
        return gold_text
    if contains_run(words(gold_text[:TITLE_SEARCH_CHARS]), words(gold_title)):
        return gold_text
    return f"{gold_title}\n\n{gold_text}"


def predicted_text(article: Article) -> str:
    """What the reader shows of an entry: headline, standfirst (a summary not in the body), body."""
    parts = [article.title]
    summary_words = words(article.summary)
    if summary_words and not contains_run(words(article.content_text), summary_words):
        parts.append(article.summary)
    parts.append(article.content_text)
    return "\n\n".join(part for part in parts if part)


def chrome_key(line: str) -> list[str]:
    """A rendered line's words, without text-browser link numbers ("[12]") and bullets."""
    text = _BULLET.sub("", _LINK_NUMBER.sub(" ", line))
    return words(" ".join(text.split()))


def chrome_lines(rendered: str, gold: str) -> tuple[str, ...]:
    """The lines of a rendered page that are page chrome, not article text.

    A line is chrome when it has at least 2 words, its words are no run of the gold's
    words, and fewer than half of them occur in the gold at all (so a line that only
    wraps or joins article text differently is not chrome). Each distinct line once.
    """
    gold_words = words(gold)
    gold_joined = _joined(gold_words)
    gold_vocabulary = set(gold_words)
    found: dict[str, None] = {}
    for line in rendered.splitlines():
        key = chrome_key(line)
        if len(key) < 2 or _joined(key) in gold_joined:
            continue
        if 2 * sum(word in gold_vocabulary for word in key) < len(key):
            found.setdefault(" ".join(line.split()), None)
    return tuple(found)


def leaked_lines(chrome: Iterable[str], content_text: str) -> tuple[str, ...]:
    """The chrome lines whose words occur as a run in the body."""
    body = _joined(words(content_text))
    return tuple(line for line in chrome if _joined(chrome_key(line)) in body)


def published_same_day(got: datetime | None, want: str) -> bool | None:
    """Whether a date falls on the gold's calendar day; None when the gold is no ISO date.

    A gold with an offset is compared in that offset; one without (a date, or a local
    time) by its date alone, against the normalizer's UTC date.
    """
    try:
        wanted = datetime.fromisoformat(want.strip())
    except ValueError:
        found = _ISO_DATE.search(want)
        if found is None:
            return None
        try:
            wanted = datetime.fromisoformat(found.group())
        except ValueError:
            return None
    if got is None:
        return False
    if wanted.tzinfo is not None:
        return got.astimezone(wanted.tzinfo).date() == wanted.date()
    return got.astimezone(UTC).date() == wanted.date()


# --- one page --------------------------------------------------------------------------


def score_page(
    page: WebPage, styles: Sequence[str], normalize: Normalizer = normalize_document
) -> list[PageScore]:
    """Render `page` in each style, normalize it and score the result."""
    gold = gold_text_with_title(page.gold_text, page.gold_title)
    gold_words = len(words(gold))
    scores = []
    for style in styles:
        rendered = render_page(page.html, style)
        document = Document(
            relative_path=f"{page.dataset}/{page.page_id}.txt",
            data=rendered.encode(),
            modified_at=MODIFIED_AT,
        )
        # CPU time, so that the speed does not depend on how many workers share the CPUs.
        start = time.process_time()
        result = normalize(document, default_tz=UTC)
        normalize_s = time.process_time() - start
        chrome = chrome_lines(rendered, gold)
        scores.append(_score_result(page, style, result, gold, gold_words, chrome, normalize_s))
    return scores


def _score_result(
    page: WebPage,
    style: str,
    result: Article | Rejected,
    gold: str,
    gold_words: int,
    chrome: tuple[str, ...],
    normalize_s: float,
) -> PageScore:
    def field(gold_value: str | None, is_ok: bool) -> bool | None:
        return None if gold_value is None else is_ok

    if isinstance(result, Rejected):
        published_ok = None
        if page.gold_published is not None:
            published_ok = published_same_day(None, page.gold_published)
        return PageScore(
            dataset=page.dataset,
            page_id=page.page_id,
            style=style,
            is_blind=page.is_blind,
            rejected=result.reason,
            body=BodyMatch(precision=0.0, recall=0.0, f1=0.0),
            predicted_words=0,
            gold_words=gold_words,
            title_ok=field(page.gold_title, False),
            got_title=None,
            want_title=page.gold_title,
            chrome_lines=len(chrome),
            leaked=(),
            source_ok=field(page.gold_source, False),
            author_ok=field(page.gold_author, False),
            published_ok=published_ok,
            normalize_s=normalize_s,
        )
    predicted = predicted_text(result)
    published_ok = None
    if page.gold_published is not None:
        published_ok = published_same_day(result.published_at, page.gold_published)
    return PageScore(
        dataset=page.dataset,
        page_id=page.page_id,
        style=style,
        is_blind=page.is_blind,
        rejected=None,
        body=match_body(predicted, gold),
        predicted_words=len(words(predicted)),
        gold_words=gold_words,
        title_ok=field(page.gold_title, same_text(result.title, page.gold_title)),
        got_title=result.title,
        want_title=page.gold_title,
        chrome_lines=len(chrome),
        leaked=leaked_lines(chrome, result.content_text),
        source_ok=field(page.gold_source, same_text(result.source, page.gold_source)),
        author_ok=field(page.gold_author, same_text(result.author, page.gold_author)),
        published_ok=published_ok,
        normalize_s=normalize_s,
    )


# --- many pages ------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize(scores: Sequence[PageScore]) -> dict[str, Any]:
    """Macro averages over scored pages (one page in one style counts once)."""

    def accuracy(flags: Iterable[bool | None]) -> tuple[float | None, int]:
        known = [float(flag) for flag in flags if flag is not None]
        return _mean(known), len(known)

    title, title_pages = accuracy(s.title_ok for s in scores)
    source, source_pages = accuracy(s.source_ok for s in scores)
    author, author_pages = accuracy(s.author_ok for s in scores)
    published, published_pages = accuracy(s.published_ok for s in scores)
    return {
        "pages": len({(s.dataset, s.page_id) for s in scores}),
        "documents": len(scores),
        "rejected": sum(s.rejected is not None for s in scores),
        "body_precision": _mean([s.body.precision for s in scores]),
        "body_recall": _mean([s.body.recall for s in scores]),
        "body_f1": _mean([s.body.f1 for s in scores]),
        "title_exact": title,
        "title_documents": title_pages,
        "chrome_leak": _mean([float(bool(s.leaked)) for s in scores]),
        "source_accuracy": source,
        "source_documents": source_pages,
        "author_accuracy": author,
        "author_documents": author_pages,
        "published_accuracy": published,
        "published_documents": published_pages,
    }


def summarize_split(scores: Sequence[PageScore]) -> dict[str, Any]:
    """One split: pooled, per dataset, per style, and its weakest dataset's F1."""
    datasets = list(dict.fromkeys(s.dataset for s in scores))
    styles = list(dict.fromkeys(s.style for s in scores))
    by_dataset = {name: summarize([s for s in scores if s.dataset == name]) for name in datasets}
    weakest = min(
        (name for name in datasets),
        key=lambda name: (by_dataset[name]["body_f1"], name),
        default=None,
    )
    return {
        "pooled": summarize(scores),
        "by_dataset": by_dataset,
        "by_style": {style: summarize([s for s in scores if s.style == style]) for style in styles},
        "min_dataset_f1": None
        if weakest is None
        else {"dataset": weakest, "body_f1": by_dataset[weakest]["body_f1"]},
    }


def worst_pages(scores: Sequence[PageScore], count: int = WORST_PAGES) -> list[dict[str, Any]]:
    """The tuned split's lowest-F1 pages, with what went wrong. Never a blind page."""
    tuned = [s for s in scores if not s.is_blind]
    tuned.sort(key=lambda s: (s.body.f1, s.dataset, s.page_id, s.style))
    return [
        {
            "page": s.name,
            "style": s.style,
            "rejected": s.rejected,
            **{f"body_{k}": v for k, v in asdict(s.body).items()},
            "predicted_words": s.predicted_words,
            "gold_words": s.gold_words,
            "title": None if s.title_ok is None else {"got": s.got_title, "want": s.want_title},
            "leaked": list(s.leaked[:3]),
        }
        for s in tuned[:count]
    ]


def pages_to_score(
    root: Path, datasets: Sequence[str] | None, limit: int | None
) -> Iterator[WebPage]:
    """The pages of each dataset in the loader's stable order, the first `limit` of each.

    Pages whose gold has no words (a few CleanEval pages) cannot be scored and are left out.
    """
    names = list(datasets) if datasets else available_datasets(root)
    if not names:
        raise FeeddError(f"{root}: no web-page dataset archives found")
    for name in names:
        pages = (p for p in load_pages(root, [name]) if words(p.gold_text))
        yield from islice(pages, limit) if limit is not None else pages


def score_pages(
    pages: Iterable[WebPage], styles: Sequence[str], *, jobs: int = 1
) -> list[PageScore]:
    """Score every page, in `jobs` worker processes; the order (and so every number) is the
    pages' order whatever `jobs` is."""
    score = partial(score_page, styles=tuple(styles))
    if jobs <= 1:
        return [s for page in pages for s in score(page)]
    results: list[PageScore] = []
    # Fresh interpreters (spawn), as feedd's own worker pool; a bounded window of pages in
    # flight, so that the archives' HTML is not all queued at once.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        window: deque[Future[list[PageScore]]] = deque()
        for page in pages:
            window.append(pool.submit(score, page))
            if len(window) >= 4 * jobs:
                results.extend(window.popleft().result())
        while window:
            results.extend(window.popleft().result())
    return results


def evaluate_web_pages(
    root: Path,
    *,
    datasets: Sequence[str] | None = None,
    styles: Sequence[str] = STYLES,
    limit: int | None = None,
    jobs: int = 1,
    with_problems: bool = False,
) -> dict[str, Any]:
    """Score the datasets under `root`; the metrics of the blind and tuned splits apart."""
    unknown = [style for style in styles if style not in STYLES]
    if unknown or not styles:
        raise FeeddError(f"unknown style(s) {unknown}; known: {', '.join(STYLES)}")
    start = time.perf_counter()
    scores = score_pages(pages_to_score(root, datasets, limit), styles, jobs=jobs)
    elapsed_s = time.perf_counter() - start
    normalize_s = sum(s.normalize_s for s in scores)
    metrics: dict[str, Any] = {
        "datasets": list(dict.fromkeys(s.dataset for s in scores)),
        "styles": list(styles),
        "limit": limit,
        "splits": {
            "blind": summarize_split([s for s in scores if s.is_blind]),
            "tuned": summarize_split([s for s in scores if not s.is_blind]),
        },
        "documents_per_second": len(scores) / normalize_s if normalize_s else 0.0,
        "normalize_seconds": normalize_s,
        "elapsed_seconds": elapsed_s,
        "jobs": jobs,
    }
    if with_problems:
        metrics["problems"] = worst_pages(scores)
    return metrics


# --- text output -----------------------------------------------------------------------

_COLUMNS: list[tuple[str, str, int]] = [
    ("pages", "pages", 6),
    ("docs", "documents", 6),
    ("F1", "body_f1", 7),
    ("P", "body_precision", 7),
    ("R", "body_recall", 7),
    ("title", "title_exact", 7),
    ("leak", "chrome_leak", 7),
    ("rejected", "rejected", 9),
]


def _cell(value: object, width: int) -> str:
    if value is None:
        return f"{'-':>{width}}"
    if isinstance(value, float):
        return f"{value:>{width}.3f}"
    return f"{value!s:>{width}}"


def _row(name: str, metrics: dict[str, Any]) -> str:
    return f"{name:<18}" + "".join(_cell(metrics[key], w) for _, key, w in _COLUMNS)


def format_split(title: str, split: dict[str, Any]) -> str:
    """One split as a table: a row per dataset, the pooled row, then a row per style."""
    header = f"{'dataset':<18}" + "".join(f"{name:>{w}}" for name, _, w in _COLUMNS)
    lines = [title, header]
    lines += [_row(name, m) for name, m in split["by_dataset"].items()]
    lines.append(_row("pooled", split["pooled"]))
    lines += [_row(f"  style {style}", m) for style, m in split["by_style"].items()]
    weakest = split["min_dataset_f1"]
    if weakest is not None:
        lines.append(f"lowest dataset F1: {weakest['body_f1']:.3f} ({weakest['dataset']})")
    pooled = split["pooled"]
    metadata = [
        f"{label} {_cell(pooled[f'{key}_accuracy'], 0)} (of {pooled[f'{key}_documents']})"
        for label, key in (("source", "source"), ("author", "author"), ("published", "published"))
        if pooled[f"{key}_documents"]
    ]
    if metadata:
        lines.append("metadata: " + ", ".join(metadata))
    return "\n".join(lines)


def format_web_tables(metrics: dict[str, Any]) -> str:
    """The blind split's table, then the tuned split's, then the speed."""
    splits = metrics["splits"]
    return "\n\n".join(
        [
            format_split("BLIND split (only ever scored, never tuned on)", splits["blind"]),
            format_split("TUNED split", splits["tuned"]),
            f"styles: {', '.join(metrics['styles'])}; one page in one style is one document; "
            f"F1, P, R are means over documents\n"
            f"speed: {metrics['documents_per_second']:.1f} documents/second "
            f"(normalization only, CPU time); {metrics['elapsed_seconds']:.1f} s in all "
            f"with {metrics['jobs']} job(s)",
        ]
    )


def format_problems(problems: Sequence[dict[str, Any]]) -> str:
    """The tuned split's worst pages, one block each."""
    blocks = []
    for p in problems:
        lines = [
            f"{p['page']} [{p['style']}] F1 {p['body_f1']:.3f} P {p['body_precision']:.3f} "
            f"R {p['body_recall']:.3f} ({p['predicted_words']} words predicted, "
            f"{p['gold_words']} gold)"
        ]
        if p["rejected"]:
            lines.append(f"  rejected: {p['rejected']}")
        title = p["title"]
        if title is not None and not same_text(title["got"], title["want"]):
            lines.append(f"  title: got {title['got']!r}, want {title['want']!r}")
        lines += [f"  chrome leaked: {line[:100]!r}" for line in p["leaked"]]
        blocks.append("\n".join(lines))
    return "\n\n".join(["Worst pages of the TUNED split", *blocks])
