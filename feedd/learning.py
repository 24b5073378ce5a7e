"""Learned boilerplate, as one page takes it: within bounds, and counted per stable source.

The store learns lines that many stories of one source show (banners, appeals, footers);
this module decides how a page takes them. A learned line is a guess made from other
pages, so it never costs a page more than LEARNED_MAX_BODY_SHARE of the body the page has
without learning, and never its whole text: where it would, the learned lines in that
body are not boilerplate for this page. Pure: no I/O. Must not import sqlite3, the store,
the publisher or any driver.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import tzinfo
from posixpath import dirname

from feedd.model import Article, Document, Rejected
from feedd.normalize import DEFAULT_MAX_BYTES, normalize_document
from feedd.stories import story_words

# Learning may take at most this share of a page's body (in characters of the paragraphs
# the page has without learned lines). Chrome the reader keeps in a body is a line or a
# box, far less than the article; a third is more than any measured page's chrome.
LEARNED_MAX_BODY_SHARE = 1 / 3
# A publication's name is short; a longer "source" is a headline or a sentence.
SOURCE_MAX_WORDS = 10
# A source of several words sharing this share of them with the title is the headline.
SOURCE_TITLE_MAX_SHARED = 0.6


def normalize_with_learned(
    document: Document,
    *,
    default_tz: tzinfo,
    boilerplate: Collection[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article | Rejected:
    """Normalize `document` with the learned lines, within LEARNED_MAX_BODY_SHARE.

    A page that shows none of the learned lines is normalized once. One that shows some is
    also read without them (the lines are facts the reader weighs, so their effect can
    reach past the lines themselves); when learning took more than the share, or all of
    the text, the page is read again with the learned lines its own body holds left out,
    and if that still takes too much, without learning at all.
    """

    def read(lines: Collection[str]) -> Article | Rejected:
        return normalize_document(
            document, default_tz=default_tz, boilerplate=lines, max_bytes=max_bytes
        )

    learned = read(boilerplate)
    if not boilerplate:
        return learned
    if isinstance(learned, Article) and not any(line in boilerplate for line in learned.page_lines):
        return learned
    if isinstance(learned, Rejected) and learned.reason != "no_text":
        return learned  # refused before any line was read (binary, too large, ...)
    plain = read(())
    if isinstance(plain, Rejected):
        return learned
    if isinstance(learned, Article) and keeps_enough(learned, plain):
        return learned
    own = frozenset(plain.content_text.split("\n\n"))
    narrowed = read(_Without(boilerplate, own))
    if isinstance(narrowed, Article) and keeps_enough(narrowed, plain):
        return narrowed
    return plain


def keeps_enough(learned: Article, plain: Article) -> bool:
    """Whether the body read with learned lines keeps all but LEARNED_MAX_BODY_SHARE of
    the body read without them (and some text, when that one had any)."""
    kept = set(learned.content_text.split("\n\n"))
    paragraphs = [p for p in plain.content_text.split("\n\n") if p]
    total = sum(len(p) for p in paragraphs)
    lost = sum(len(p) for p in paragraphs if p not in kept)
    if total and not learned.content_text:
        return False
    return lost <= LEARNED_MAX_BODY_SHARE * total


class _Without(Collection[str]):
    """`lines` less `dropped`, without copying a store's worth of learned lines."""

    def __init__(self, lines: Collection[str], dropped: frozenset[str]) -> None:
        self._lines = lines
        self._dropped = dropped

    def __contains__(self, line: object) -> bool:
        return line not in self._dropped and line in self._lines

    def __iter__(self) -> Iterator[str]:
        return (line for line in self._lines if line not in self._dropped)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def learning_source(article: Article, relative_path: str) -> str:
    """Whose pages this page is counted with when learning boilerplate.

    The publication the normalizer found, when it reads as a name ("source:" and its
    words); otherwise the folder the file is in ("folder:" and its path, "folder:" at the
    top), which scrapers keep per site. A headline is never a source: counted as one, each
    headline made a "site" of the near-copies of one article, whose own paragraphs were
    then learned as chrome.
    """
    source = (article.source or "").strip()
    if source and not _is_headline_like(source, article.title):
        return "source:" + " ".join(story_words(source))
    return "folder:" + dirname(relative_path)


def _is_headline_like(source: str, title: str) -> bool:
    words = story_words(source)
    if not words or len(words) > SOURCE_MAX_WORDS:
        return True
    title_words = story_words(title)
    if words == title_words:
        return True
    shared = len(set(words) & set(title_words))
    return len(words) >= 4 and shared >= SOURCE_TITLE_MAX_SHARED * len(words)
