"""The language guess counts words as runs of letters, in any script, in any case."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from feedd.normalize.text import _STOPWORDS, guess_language


def reference_guess(text: str) -> str | None:
    """The rule, spelled out the slow way: every letter run, lowered, is a word."""
    sample = text[:2000]
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", sample)]
    if not words:
        return None
    if len(re.findall(r"[\u0600-\u06ff]+", sample)) > len(words) / 2:
        return "ar"
    is_cyrillic = len(re.findall(r"[\u0400-\u04ff]+", sample)) > len(words) / 2
    candidates = (
        ("ru", "uk") if is_cyrillic else ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr")
    )
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in _STOPWORDS[lang]) for lang in candidates}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        return candidates[0] if is_cyrillic else None
    return best


STOPWORDS = sorted({w for words in _STOPWORDS.values() for w in words})
WORDS = st.sampled_from([*STOPWORDS, "Haus", "дом", "été", "x2", "_", "İ", "ſ", "مدينة"]).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.title()])
)
GLUE = st.sampled_from([" ", "  ", ", ", ".\n", "-", "'", "’", "1", "_", "\u00a0"])


@given(text=st.text(max_size=80))
def test_any_text_gets_the_guess_the_rule_gives(text: str) -> None:
    assert guess_language(text) == reference_guess(text)


@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_text_gets_the_guess_the_rule_gives(text: str) -> None:
    assert guess_language(text) == reference_guess(text)


@given(parts=st.lists(st.tuples(WORDS, GLUE), max_size=30))
def test_text_of_common_words_gets_the_guess_the_rule_gives(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    assert guess_language(text) == reference_guess(text)
    ascii_only = text.encode("ascii", "ignore").decode()
    assert guess_language(ascii_only) == reference_guess(ascii_only)


def test_a_long_page_is_judged_by_its_first_2000_characters() -> None:
    text = "the " * 500 + "und der die das " * 500
    assert guess_language(text) == reference_guess(text) == "en"
