"""Blocks of text from structured inputs, and which of them are the article body.

The HTML, Markdown and JSON normalizers each turn their input into `Block`s: one paragraph,
heading or list item each, with a few facts about its markup (how much of it is link text,
whether it is a heading, wholly emphasised, or right after an image). `select_body` keeps
the article's paragraphs and drops page chrome that survives extraction: share and follow
widgets, "Read more" teasers and related-story lists, newsletter, paywall and donation
boxes, captions and photo credits, bylines and date lines, cookie notices, copyright
footers, comment counts. It also reports what the dropped bylines, date lines and
copyright lines state, for metadata the document does not state elsewhere.

The rules look at one short block at a time; a long paragraph of prose is always body.
What a block says (chrome, caption, byline, date line, end of the article) is read with
`feedd.normalize.rules`, the rule base the plain-text normalizer uses too.
Pure: no I/O. Must not import anything outside `feedd.normalize` and `feedd.model`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from feedd.normalize.dates import find_date
from feedd.normalize.metadata import byline_author, is_staff_byline
from feedd.normalize.patterns import ends_sentence
from feedd.normalize.rules import (
    DATE_PREFIX,
    END_OF_ARTICLE,
    END_OF_ARTICLE_WITHOUT_MARKUP,
    RELATED_HEADING,
    UPDATED_PREFIX,
    is_caption_text,
    is_chrome_line,
    without_learned_lines,
)

# A row of short items between separators with more words than this is prose.
MAX_CHROME_WORDS = 30
# A block closes the article, or is dropped as a line that closes plain text, only up to
# this long (see rules.END_OF_ARTICLE_WITHOUT_MARKUP).
MAX_MARKER_WORDS = 40
# Kept blocks up to this long are reported as page lines, for learning boilerplate.
MAX_PAGE_LINE_WORDS = 40
# A short line without final punctuation above the first paragraph is a label, not text.
MAX_LABEL_WORDS = 6
# Blocks past this many are not read: no article has that many paragraphs, and the
# per-block rules would make a pathological 10 MB document take seconds.
MAX_BLOCKS = 5000
# A body with fewer words than this is a menu or a label, not an article.
MIN_BODY_WORDS = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """One paragraph-like piece of a structured document, as plain text."""

    text: str  # whitespace collapsed, no markup
    link_ratio: float = 0.0  # share of the characters that are link text
    is_heading: bool = False
    is_emphasis: bool = False  # the whole block is bold or italic
    is_list_item: bool = False
    follows_image: bool = False  # the block comes right after an image (a caption?)


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """The article paragraphs and what the dropped chrome stated."""

    paragraphs: tuple[str, ...]
    author: str | None = None  # from a byline line
    published_at: datetime | None = None  # from a date line, UTC
    source: str | None = None  # from a copyright line
    # Short blocks read as text: the store counts them per source to learn boilerplate
    # (see Article.page_lines); the paragraphs of one article never repeat elsewhere.
    page_lines: tuple[str, ...] = ()

    @property
    def has_text(self) -> bool:
        """Enough running text to be an article, not a stray menu or a button label."""
        return sum(word_count(p) for p in self.paragraphs) >= MIN_BODY_WORDS


_COPYRIGHT_SOURCE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*"
    r"(?P<name>[^.|,©\d][^.|,©]{1,60}?)\s*(?:[.,|]|$|\s(?:all rights|все права|alle rechte"
    r"|tous droits|todos los derechos))",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s+[|•·›»/>]\s+")
_MAX_PULL_QUOTE_SCAN = 400
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def select_body(
    blocks: Sequence[Block],
    *,
    title: str,
    default_tz: tzinfo,
    boilerplate: Collection[str] = (),
) -> Body:
    """Keep the article's paragraphs; drop chrome; note what bylines and dates state."""
    kept: list[Block] = []
    authors: list[str] = []
    dates: list[tuple[str, datetime]] = []
    sources: list[str] = []
    title_key = _key(title)
    in_related_list = False
    is_over = False
    blocks = blocks[:MAX_BLOCKS]
    for i, block in enumerate(blocks):
        text = block.text.strip()
        words = word_count(text)
        if words == 0 or (title_key and _key(text) == title_key):
            continue
        if is_over:
            copyright_source = _COPYRIGHT_SOURCE.match(text)
            if copyright_source:
                sources.append(copyright_source.group("name").strip())
            continue
        if words <= MAX_MARKER_WORDS and len(kept) >= 2 and END_OF_ARTICLE.search(text):
            if _more_article_after(blocks, i):
                continue  # a box inside the article ("Newsletter", "Read more"): just it goes
            is_over = True  # comments, contacts, disclaimers, bios: only a "©" line still counts
            continue
        if block.is_heading and not kept and _overlap(_key(text), title_key) >= 0.8:
            continue  # the headline again, in a slightly different version
        if in_related_list:
            if _is_headline_like(block, words):
                continue
            in_related_list = False
        if words <= 8 and RELATED_HEADING.search(text):
            in_related_list = True
            continue
        if words <= MAX_MARKER_WORDS and END_OF_ARTICLE_WITHOUT_MARKUP.search(text):
            copyright_source = _COPYRIGHT_SOURCE.match(text)
            if copyright_source:
                sources.append(copyright_source.group("name").strip())
            continue  # a box, a credit, a footer line: the markup bounds the article
        if words <= 14:
            name = byline_author(text)
            if name or is_staff_byline(text):
                if name:
                    authors.append(name)
                when = find_date(text, default_tz)  # "By Jane Doe | March 3, 2024, 4:05 PM"
                if when is not None:
                    dates.append((text, when))
                continue
            when = _date_line(text, default_tz)
            if when is not None:
                dates.append((text, when))
                continue
        if is_chrome(text, words):
            copyright_source = _COPYRIGHT_SOURCE.match(text)
            if copyright_source:
                sources.append(copyright_source.group("name").strip())
            continue
        if words <= 40 and block.link_ratio >= 0.8:
            continue  # navigation, teasers, button rows: nothing but links
        if _is_caption(block, words):
            continue
        is_item_or_heading = block.is_heading or block.is_list_item
        if not kept and not is_item_or_heading and _is_label(text, words):
            continue  # kicker, byline or widget text above the article's first paragraph
        kept.append(block)
    # Headings and emphasised sign-offs with no paragraph after them close the page, not
    # the article ("Related posts", "*Thanks for reading!*").
    while kept and (kept[-1].is_heading or kept[-1].is_emphasis) and word_count(kept[-1].text) < 25:
        kept.pop()
    paragraphs = _without_repeats([b.text for b in kept])
    return Body(
        paragraphs=tuple(without_learned_lines(paragraphs, boilerplate)),
        # the lines as the page shows them, learned or not: what the store counts
        page_lines=tuple(p for p in paragraphs if word_count(p) <= MAX_PAGE_LINE_WORDS),
        author=authors[0] if authors else None,
        published_at=_published(dates),
        source=sources[0] if sources else None,
    )


def _more_article_after(blocks: Sequence[Block], marker: int) -> bool:
    """Whether two substantial paragraphs follow an end marker before the next one."""
    substantial = 0
    for block in blocks[marker + 1 :]:
        text = block.text.strip()
        words = word_count(text)
        if words <= MAX_MARKER_WORDS and END_OF_ARTICLE.search(text):
            return False
        if (words >= 12 and ends_sentence(text)) or words >= 30:
            substantial += 1
            if substantial >= 2:
                return True
    return False


def is_chrome(text: str, words: int) -> bool:
    """A block that is page furniture: widgets, teasers, footers, notices, menus."""
    if is_chrome_line(text, words):
        return True
    pieces = [p for p in _SEPARATOR.split(text.strip()) if p]
    # A row of short items between separators (a menu, a ticker, a link row) is no sentence.
    return (
        words <= MAX_CHROME_WORDS and len(pieces) >= 3 and all(word_count(p) <= 5 for p in pieces)
    )


def _is_label(text: str, words: int) -> bool:
    return words <= MAX_LABEL_WORDS and not ends_sentence(text)


def _is_headline_like(block: Block, words: int) -> bool:
    """An item of a list of other stories: a link, or a short line that is not a sentence."""
    if block.link_ratio >= 0.5:
        return True
    text = block.text.rstrip()
    return words <= 25 and not ends_sentence(text)


def _is_caption(block: Block, words: int) -> bool:
    if words > 40:
        return False
    if is_caption_text(block.text) and not _reads_as_quote(block.text):
        return True
    # A short unpunctuated line under an image is its caption; a sentence there is text.
    return block.follows_image and words <= 25 and not ends_sentence(block.text)


def _reads_as_quote(text: str) -> bool:
    return text.startswith(("“", '"', "«", "„")) and text.rstrip().endswith(("”", '"', "»", "“"))


def _date_line(text: str, default_tz: tzinfo) -> datetime | None:
    """The date a short line states, if the line is little more than that date."""
    when = find_date(text, default_tz)
    if when is None:
        return None
    if DATE_PREFIX.match(text):
        return when
    if re.search(r"\w[.!?]$", text) and word_count(text) >= 5:
        return None  # a sentence that mentions a date
    rest = re.sub(r"[\d\s:.,/+\-–|•·()]", "", text)
    return when if len(rest) <= 40 else None


def _published(dates: Sequence[tuple[str, datetime]]) -> datetime | None:
    for text, when in dates:  # an explicit "Published" beats "Updated"
        if not UPDATED_PREFIX.match(text):
            return when
    return dates[0][1] if dates else None


def _without_repeats(paragraphs: Sequence[str]) -> list[str]:
    """Drop exact repeats and pull quotes that repeat a sentence of a longer paragraph."""
    unique = list(dict.fromkeys(paragraphs))
    if len(unique) > _MAX_PULL_QUOTE_SCAN:
        return unique  # the pairwise check is quadratic; huge documents skip it
    result: list[str] = []
    for text in unique:
        core = text.strip(" \"'“”«»„")
        if len(core) >= 20 and any(len(other) > len(text) and core in other for other in unique):
            continue
        result.append(text)
    return result


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _overlap(key_a: str, key_b: str) -> float:
    """Share of the shorter key's words that the other one has too."""
    words_a, words_b = set(key_a.split()), set(key_b.split())
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))
