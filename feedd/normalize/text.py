"""Shared helpers for every input kind: summary, HTML rendering, language guess. Pure."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence

SUMMARY_MAX_CHARS = 400
# Longer than any headline: a title is cut to its opening words (`shorten_title`).
TITLE_MAX_CHARS = 160

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»’)]*\s+(?=[\"'“«‘(]?[A-ZА-ЯЁ0-9])")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")

# A few very common words per language: enough to tell the languages feedd meets apart.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for with on was said as by it his are".split()),
    "de": frozenset("der die und das ist nicht mit den von sich des auf für ein eine".split()),
    "fr": frozenset("le la les et des est une dans pour que qui sur pas par du au".split()),
    "es": frozenset("el la los las y de que en por con una para del se su es".split()),
    "it": frozenset("il di che e la per un una sono non della con del alla gli".split()),
    # Spanish's commonest words too, so that they do not outvote Portuguese; none of "a",
    # "o", "e", "do", "da", "dos", which English, Italian and Spanish use as well
    "pt": frozenset(
        "de que por para se os das não uma com em ao pela pelo são foi também mais já às".split()
    ),
    # Words the languages above do not share: "het", "een", "się", "że", "ve", "bir" …
    "nl": frozenset(
        "het een van dat zijn voor niet ook bij wordt werd naar maar heeft deze".split()
    ),
    "pl": frozenset("się nie że jest przez dla oraz jak został jego tym które być też".split()),
    "tr": frozenset("ve bir bu için ile olarak daha çok gibi olan sonra ancak değil".split()),
    "ru": frozenset("и в не на что с по как это из к за от для его о".split()),
    "uk": frozenset("і в не на що з по як це від до за для його та".split()),
}
_ANY_STOPWORD = frozenset().union(*_STOPWORDS.values())
# The commonest words of every language above: prose has many, menus and headlines few.
ANY_STOPWORD = _ANY_STOPWORD
# Each stopword with the languages it counts for: one pass over the words a page has.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in _STOPWORDS.items() if word in words)
    for word in _ANY_STOPWORD
}
# ASCII letters lowered, every other ASCII character a space: what `_WORD` finds in ASCII.
# A table of bytes: bytes.translate looks each byte up in it, str.translate in a dict.
_ASCII_LETTERS_LOWERED = bytes(
    ord(chr(c).lower()) if chr(c).isalpha() else ord(" ") for c in range(128)
) + bytes(range(128, 256))


def summarize(paragraphs: Sequence[str], max_chars: int = SUMMARY_MAX_CHARS) -> str:
    """The lede: the first paragraph, cut at a sentence boundary when it is long."""
    if not paragraphs:
        return ""
    lede = paragraphs[0].strip()
    if len(lede) <= max_chars:
        return lede
    cut = ""
    for sentence in _SENTENCE_END.split(lede):
        candidate = f"{cut} {sentence}".strip()
        if len(candidate) > max_chars:
            break
        cut = candidate
    if cut:
        return cut
    # One endless sentence: cut at a word boundary and say so.
    return lede[:max_chars].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def shorten_title(title: str, max_chars: int = TITLE_MAX_CHARS) -> str:
    """`title`, or when it is longer than `max_chars` its opening words and "…": cut at a
    word boundary, or inside the run of characters that would leave less than half."""
    if len(title) <= max_chars:
        return title
    head = title[: max_chars - 1]
    if not title[max_chars - 1].isspace():  # the cut falls inside a word: drop the word
        words = head.rsplit(" ", 1)[0]
        if len(words) >= max_chars // 2:
            head = words
    return head.rstrip(" ,;:") + "…"


def body_html(content_text: str) -> str:
    """The HTML of a plain body: its blank-line separated paragraphs, rendered (an
    empty body, a title-only entry's, is no paragraph at all)."""
    return render_html(content_text.split("\n\n")) if content_text else ""


def render_html(paragraphs: Sequence[str]) -> str:
    """Body paragraphs as HTML; every piece of text is escaped, so markup stays text."""
    if not paragraphs:
        return ""
    joined = "\n".join(paragraphs)
    if joined.count("\n") != len(paragraphs) - 1:  # a paragraph holds a newline
        return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    # One escape of all the text, then each newline (between two paragraphs) as the tags.
    return "<p>" + html.escape(joined).replace("\n", "</p>\n<p>") + "</p>"


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the dominant language, from script and common words."""
    sample = text[:2000]
    if sample.isascii():
        # The same words as the regex finds, already lowered, in a few C passes; and no
        # Cyrillic. Most pages are ASCII, and this is most of the time spent on them.
        words = sample.encode().translate(_ASCII_LETTERS_LOWERED).decode().split()
        cyrillic = 0
    else:
        words = [w.lower() for w in _WORD.findall(sample)]
        cyrillic = len(_CYRILLIC_WORD.findall(sample))
        if len(_ARABIC_WORD.findall(sample)) > len(words) / 2:
            return "ar"  # the only language in Arabic script feedd meets
    if not words:
        return None
    is_cyrillic = cyrillic > len(words) / 2
    candidates: tuple[str, ...] = (
        ("ru", "uk") if is_cyrillic else ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr")
    )
    counts = Counter(filter(_ANY_STOPWORD.__contains__, words))  # only stopwords are scored
    scores = dict.fromkeys(candidates, 0)
    for word, count in counts.items():
        for lang in _LANGUAGES_OF[word]:
            if lang in scores:
                scores[lang] += count
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        return candidates[0] if is_cyrillic else None
    return best
