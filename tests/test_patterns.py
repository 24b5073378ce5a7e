"""The fast pattern tests answer exactly what the plain regexes they replace answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedd.normalize import blocks, plaintext, rules
from feedd.normalize.patterns import AnyOf, any_of, ends_sentence, top_level_alternatives


def shipped_lists() -> dict[str, AnyOf]:
    """Every pattern list the normalizer tests with any_of, once each, by the name of the
    first module that holds it (the rule base; the normalizers import its lists)."""
    found: dict[int, tuple[str, AnyOf]] = {}
    for module in (rules, plaintext, blocks):
        for name, value in vars(module).items():
            if isinstance(value, AnyOf):
                found.setdefault(id(value), (f"{module.__name__}.{name}", value))
    return dict(found.values())


SHIPPED = shipped_lists()
# Small lists that put anchored, bounded and floating alternatives side by side.
HANDMADE = {
    "mixed": any_of(r"^ab\b|\bcd|ef$", r"^(x|y)z", r"\b\d+\s+min"),
    "only_anchored": any_of(r"^ab", r"^$"),
    "only_floating": any_of(r"\bсм|ß|[|^]"),
    "bare_anchors": any_of(r"\b|^", r"(?:\bx)|$"),
    "punctuation": any_of(r"-x|#y|'z|©|\.w| v|a{2}b|c+d|^-|^ "),
    "groups": any_of(
        r"(ab|c)d|(?:x|)y|(a)?b|(?=e)f|(?P<n>g)h|(?i:k)l|\(m|n*o", r"^(p|q)r|^s|^(?:t|u)"
    ),
}
ALL = {**SHIPPED, **HANDMADE}


def combined(patterns: AnyOf) -> re.Pattern[str]:
    """The one regex any_of stands for."""
    return re.compile("|".join(f"(?:{p})" for p in patterns.patterns), re.IGNORECASE)


def fragments(patterns: AnyOf) -> list[str]:
    """Words and punctuation from the patterns' source: texts made of these match often."""
    return sorted({f for p in patterns.patterns for f in re.findall(r"[^\W\d_]+|\d|[^\w\s\\]", p)})


def texts_from(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.sampled_from(pieces).flatmap(
        lambda f: st.sampled_from([f, f.upper(), f.title(), f"{f[:-1]}{f[-1:].upper()}"])
    )
    glue = st.sampled_from(["", " ", "  ", "\n", "-", ": ", "12 ", " © ", "İ", "ſ", "K"])
    return st.lists(st.tuples(glue, piece), max_size=8).map(
        lambda parts: "".join(g + p for g, p in parts)
    )


def test_the_normalizer_uses_any_of_for_its_pattern_lists() -> None:
    assert {
        "CHROME",
        "LONG_CHROME",
        "CAPTION",
        "END_OF_ARTICLE",
        "END_OF_ARTICLE_WITHOUT_MARKUP",
        "END_OF_PLAIN_TEXT_ARTICLE",
        "RELATED_HEADING",
    } <= {name.rsplit(".", 1)[1] for name in SHIPPED if name.startswith("feedd.normalize.rules.")}


@pytest.mark.parametrize("name", sorted(ALL))
@settings(max_examples=50)  # per list: the lists together stay fast
@given(data=st.data())
def test_any_of_agrees_with_the_combined_regex_on_any_text(name: str, data: st.DataObject) -> None:
    patterns = ALL[name]
    text = data.draw(st.text(max_size=60))
    assert patterns.search(text) is bool(combined(patterns).search(text))


@pytest.mark.parametrize("name", sorted(ALL))
@settings(max_examples=50)  # per list: the lists together stay fast
@given(data=st.data())
def test_any_of_agrees_with_the_combined_regex_on_text_made_of_its_words(
    name: str, data: st.DataObject
) -> None:
    patterns = ALL[name]
    text = data.draw(texts_from(fragments(patterns)))
    assert patterns.search(text) is bool(combined(patterns).search(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ab", True),  # anchored, at the start
        ("x ab", False),  # anchored, elsewhere
        ("AB cd", True),  # any case
        ("abc", False),  # `\b` after an anchored prefix still counts
        ("xcd", False),
        ("x cd", True),
        ("aef", True),
        ("ef\n", True),  # `$` before one final newline
        ("ef\n\n", False),
        ("Yz", True),
        ("12  MIN", True),
    ],
)
def test_any_of_examples(text: str, expected: bool) -> None:
    assert HANDMADE["mixed"].search(text) is expected


@pytest.mark.parametrize("text", ["ſx", "\u212ax", "İx", "ıx", "SX", "Kx"])
def test_letters_that_only_case_folding_relates_match_as_the_regex_says(text: str) -> None:
    patterns = any_of("sx|kx|ix|zz", "^sx|^kx|^ix|^zz", r"\bsx|\bkx|\bix|\bzz")
    assert patterns.search(text) is bool(combined(patterns).search(text))


@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        ("a|b", ["a", "b"]),
        ("a", ["a"]),
        ("", [""]),
        ("a|", ["a", ""]),
        (r"\||b", [r"\|", "b"]),
        ("[|]|b", ["[|]", "b"]),
        ("[]|]|b", ["[]|]", "b"]),
        ("[^]|]|b", ["[^]|]", "b"]),
        (r"[\]|]|b", [r"[\]|]", "b"]),
        ("(a|b)|c", ["(a|b)", "c"]),
        ("(?:a|(b|c))d|^e", ["(?:a|(b|c))d", "^e"]),
        (r"\(|a", [r"\(", "a"]),
    ],
)
def test_alternatives_split_only_at_top_level_bars(pattern: str, alternatives: list[str]) -> None:
    assert top_level_alternatives(pattern) == alternatives


@pytest.mark.parametrize(
    "pattern", [r"(a)\1", "(?P<x>a)(?P=x)", "(a)?(?(1)b|c)", "(?#a|b)c", "(?x)a | b"]
)
def test_patterns_whose_parts_mean_something_else_alone_are_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        any_of(pattern)


SENTENCE_END = re.compile(r"[.!?…:;][\"'”»’)\]]*$|[\"”»’]$")
SENTENCE_END_WITHOUT_BARE_QUOTE = re.compile(r"[.!?…:;][\"'”»’)\]]*$")
ENDINGS = st.text(alphabet=".!?…:;\"'”»’)]“« a\n", max_size=6)


@given(head=st.text(max_size=20), tail=ENDINGS)
def test_ends_sentence_agrees_with_the_regex(head: str, tail: str) -> None:
    text = head + tail
    assert ends_sentence(text) is bool(SENTENCE_END.search(text))
    assert ends_sentence(text, bare_quote_ends=False) is bool(
        SENTENCE_END_WITHOUT_BARE_QUOTE.search(text)
    )


@pytest.mark.parametrize(
    ("text", "expected", "expected_without_bare_quote"),
    [
        ("Done.", True, True),
        ("Done.”)", True, True),
        ("Done.\n", True, True),
        ("Done.\n\n", False, False),
        ("He said “done”", True, False),
        ("It's done'", False, False),  # a lone apostrophe closes nothing
        ("Done. Next", False, False),
        ("", False, False),
    ],
)
def test_ends_sentence_examples(
    text: str, expected: bool, expected_without_bare_quote: bool
) -> None:
    assert ends_sentence(text) is expected
    assert ends_sentence(text, bare_quote_ends=False) is expected_without_bare_quote
