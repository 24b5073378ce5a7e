"""Learned boilerplate, as one page takes it: within bounds, and counted per stable source.

The store learns lines that many stories of one source show (banners, appeals, footers);
this module names the source a page is counted under, and hands a page its source's
learned lines. A learned line is a guess made from other pages, so the normalizer's one
rule base bounds what it takes (`feedd.normalize.rules.without_learned_lines`): never
more than LEARNED_MAX_BODY_SHARE of the body, never its whole text; where it would, the
learned lines in that body are not boilerplate for this page. Pure: no I/O. Must not
import sqlite3, the store, the publisher or any driver.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import tzinfo
from posixpath import dirname

from feedd.model import Article, Document, Rejected
from feedd.stories import story_words

# The normalizer is imported where it is used: the main process of a rebuild with nothing
# to do never needs it (a fifth of a second of imports, most of such a run).

# A publication's name is short; a longer "source" is a headline or a sentence.
SOURCE_MAX_WORDS = 10
# A source of several words sharing this share of them with the title is the headline.
SOURCE_TITLE_MAX_SHARED = 0.6


def normalize_with_learned(
    document: Document,
    *,
    default_tz: tzinfo,
    boilerplate: Collection[str],
    max_bytes: int | None = None,
) -> Article | Rejected:
    """Normalize `document` with its source's learned lines, in one pass: the normalizer
    reads the page as it is and then drops the learned lines from the body within
    LEARNED_MAX_BODY_SHARE, never the whole text (`rules.without_learned_lines`)."""
    from feedd.normalize import DEFAULT_MAX_BYTES, normalize_document

    return normalize_document(
        document,
        default_tz=default_tz,
        boilerplate=boilerplate,
        max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
    )


def paragraphs_of(article: Article) -> list[str]:
    """The body's paragraphs (an empty body has none)."""
    return article.content_text.split("\n\n") if article.content_text else []


def learned_in(article: Article, learned: Collection[str]) -> frozenset[str]:
    """The learned lines that can change what `article` (as read) shows: those among its
    page lines and its body's paragraphs. Normalizing a page depends on the learned set
    only through these, so an entry needs another look only when they change."""
    if not learned:
        return frozenset()
    return frozenset(
        line for line in (*article.page_lines, *paragraphs_of(article)) if line in learned
    )


def apply_learned_lines(read: Article, learned: Collection[str]) -> Article | None:
    """The article as the normalizer makes it with `learned`, from `read`, the same page
    normalized with none: the learned lines go from the body within the rule base's bound
    (`rules.without_learned_lines`), and the HTML follows the body. The summary stays: it
    is a stated one, a standfirst or the lede, and the lede is never taken here.

    No page is read again. None where this cannot be known to match normalizing the page
    with the lines: the HTML is more than the body's paragraphs (figures), a learned line
    may be the standfirst the summary is, the first paragraph goes (a stated summary or
    title may be its words), or the language guess moves. The caller then normalizes the
    page with the lines.
    """
    from feedd.normalize.rules import without_learned_lines
    from feedd.normalize.text import guess_language, render_html, summarize

    paragraphs = paragraphs_of(read)
    is_lede = read.summary == summarize(paragraphs)
    if not is_lede and any(summarize([line]) == read.summary for line in learned_in(read, learned)):
        return None
    kept = without_learned_lines(paragraphs, learned)
    if kept == paragraphs:
        return read
    if (
        read.content_html != render_html(paragraphs)
        or kept[0] != paragraphs[0]
        or guess_language(" ".join(kept)) != guess_language(" ".join(paragraphs))
    ):
        return None
    return replace(read, content_text="\n\n".join(kept), content_html=render_html(kept))


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
