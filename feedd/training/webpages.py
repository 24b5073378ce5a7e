"""The public web-page datasets: read each archive in place, yield pages with their gold text.

The archives live beside the project (`../shared/datasets/web-pages/`, or wherever
`--web-pages` points); nothing of them is copied into the repository. Each page carries
its dataset, id, raw HTML bytes, gold article text, gold title and metadata where the
dataset has them, whether its licence lets weights fitted to it ship, and its split.

The blind split was fixed in this file before the first run: a page is blind when the
SHA-256 of "<dataset>/<page id>" falls in the first fifth of the hash space. Blind pages
are only ever scored: no feature, rule or setting is chosen by looking at them.
"""

from __future__ import annotations

import hashlib
import json
import re
import tarfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from feedd.errors import FeeddError

DATASETS: dict[str, str] = {
    # dataset name -> archive file name
    "readability": "readability-test-pages.tar.xz",
    "dragnet": "dragnet_data.tar.xz",
    "l3s-gn1": "page-signal-master.tar.xz",
    "cleaneval": "cleaneval-final.tar.xz",
    "cleaneval-dev": "cleaneval-dev.tar.xz",
    "cleanportaleval": "CleanPortalEval-master.tar.xz",
}
# Only weights fitted to these may ship (Apache-2.0); the rest are for measuring only.
SHIPPABLE_DATASETS = frozenset({"readability"})
BLIND_FRACTION = 0.2

_DRAGNET_COMMENTS = re.compile(r"^[!@#$%^&*()\s]*COMMENTS\s*$", re.MULTILINE)
_CLEANEVAL_MARKER = re.compile(r"<[phl]>", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr td th dd dt dl figure "
    "figcaption section article header footer br hr".split()
)


@dataclass(frozen=True, slots=True, kw_only=True)
class WebPage:
    """One real page of a public dataset, with its human-made gold."""

    dataset: str
    page_id: str
    html: bytes
    gold_text: str  # the article's text, blocks separated by blank lines
    gold_title: str | None  # the headline, where the dataset says it
    gold_source: str | None = None
    gold_author: str | None = None
    gold_published: str | None = None  # ISO 8601 as the dataset states it
    gold_language: str | None = None

    @property
    def is_blind(self) -> bool:
        return is_blind(self.dataset, self.page_id)

    @property
    def may_ship(self) -> bool:
        """Whether weights fitted to this page may ship (its licence allows it)."""
        return self.dataset in SHIPPABLE_DATASETS


def is_blind(dataset: str, page_id: str) -> bool:
    """The fixed blind split: a fifth of each dataset, chosen by hash, never tuned on."""
    digest = hashlib.sha256(f"{dataset}/{page_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") < BLIND_FRACTION * 2**32


def default_root() -> Path:
    """`../shared/datasets/web-pages` beside the project checkout."""
    return Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "web-pages"


def available_datasets(root: Path) -> list[str]:
    return [name for name, archive in DATASETS.items() if (root / archive).is_file()]


def load_pages(root: Path, datasets: Sequence[str] | None = None) -> Iterator[WebPage]:
    """Every page with a gold file, dataset by dataset, in a stable order."""
    names = list(datasets) if datasets else available_datasets(root)
    if not names:
        raise FeeddError(f"{root}: no web-page dataset archives found")
    for name in names:
        if name not in DATASETS:
            raise FeeddError(f"unknown dataset {name!r}; known: {', '.join(DATASETS)}")
        archive = root / DATASETS[name]
        if not archive.is_file():
            raise FeeddError(f"{archive}: archive missing")
        yield from _read_archive(name, archive)


def _read_archive(dataset: str, archive: Path) -> Iterator[WebPage]:
    with tarfile.open(archive, "r:xz") as tar:
        files: dict[str, bytes] = {}
        for member in tar:
            if member.isfile():
                handle = tar.extractfile(member)
                if handle is not None:
                    files[member.name.split("/", 1)[-1]] = handle.read()
    if dataset == "readability":
        yield from _readability_pages(files)
    else:
        yield from _gold_folder_pages(dataset, files)


def _readability_pages(files: dict[str, bytes]) -> Iterator[WebPage]:
    names = sorted({path.split("/")[0] for path in files if path.endswith("/source.html")})
    for name in names:
        expected = files.get(f"{name}/expected.html")
        if expected is None:
            continue
        meta = json.loads(files.get(f"{name}/expected-metadata.json", b"{}") or b"{}")
        yield WebPage(
            dataset="readability",
            page_id=name,
            html=files[f"{name}/source.html"],
            gold_text=html_to_blocks(expected),
            gold_title=_clean(meta.get("title")),
            gold_source=_clean(meta.get("siteName")),
            gold_author=_clean(meta.get("byline")),
            gold_published=_clean(meta.get("publishedTime")),
            gold_language=_clean(meta.get("lang")),
        )


def _gold_folder_pages(dataset: str, files: dict[str, bytes]) -> Iterator[WebPage]:
    inputs = sorted(p for p in files if p.startswith("input/"))
    for path in inputs:
        page_id = path.removeprefix("input/").rsplit(".", 1)[0]
        gold = files.get(f"GoldStandard/{page_id}.txt")
        if gold is None:
            continue
        title = None
        if dataset == "l3s-gn1":
            text, title = _l3s_gold(gold)
        else:
            raw = gold.decode("utf-8", errors="replace")
            if dataset == "dragnet":
                text = _DRAGNET_COMMENTS.split(raw, maxsplit=1)[0]
            else:  # CleanEval format: a URL line, then blocks marked <p>, <h>, <l>
                raw = re.sub(r"\AURL:[^\n]*\n", "", raw.lstrip())
                text = _CLEANEVAL_MARKER.sub("\n\n", raw)
            text = "\n\n".join(" ".join(b.split()) for b in re.split(r"\n\s*\n", text))
        yield WebPage(
            dataset=dataset,
            page_id=page_id,
            html=files[path],
            gold_text=text.strip(),
            gold_title=title,
        )


def _l3s_gold(gold: bytes) -> tuple[str, str | None]:
    """L3S-GN1 wraps every text block in a span: 1 headline, 2 full text (the gold)."""
    import lxml.html

    root = lxml.html.document_fromstring(gold.decode("utf-8", errors="replace"))
    headline = [
        " ".join(el.text_content().split())
        for el in root.iter("span")
        if el.get("class") == "x-nc-sel1"
    ]
    body = [
        " ".join(el.text_content().split())
        for el in root.iter("span")
        if el.get("class") in ("x-nc-sel1", "x-nc-sel2")
    ]
    title = next((h for h in headline if h), None)
    return "\n\n".join(b for b in body if b), title


def html_to_blocks(html: bytes) -> str:
    """The text of clean article HTML, one block per paragraph (for gold files)."""
    import lxml.html

    root = lxml.html.document_fromstring(html.decode("utf-8", errors="replace") or "<p></p>")
    parts: list[str] = []

    def walk(el: object) -> None:
        tag = getattr(el, "tag", None)
        if not isinstance(tag, str):
            tail = getattr(el, "tail", None)
            if tail:
                parts.append(tail)
            return
        if tag in ("script", "style"):
            if el.tail:  # type: ignore[attr-defined]
                parts.append(el.tail)  # type: ignore[attr-defined]
            return
        is_block = tag in _BLOCK_TAGS
        if is_block:
            parts.append("\n\n")
        if el.text:  # type: ignore[attr-defined]
            parts.append(el.text)  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            walk(child)
        if is_block:
            parts.append("\n\n")
        if el.tail:  # type: ignore[attr-defined]
            parts.append(el.tail)  # type: ignore[attr-defined]

    walk(root)
    blocks = (" ".join(b.split()) for b in re.split(r"\n\s*\n", "".join(parts)))
    return "\n\n".join(b for b in blocks if b)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
