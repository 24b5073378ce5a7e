"""The plain-text normalizer's shortcuts give what the plain rules they stand for give."""

from __future__ import annotations

import html
import re
import sys
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from feedd.normalize import dates, plaintext
from feedd.normalize.patterns import ends_sentence
from feedd.normalize.text import ANY_STOPWORD, render_html

# Lines of words, spaces of every kind, blank lines, numbered links and years.
PIECES = st.sampled_from(
    [
        "word", "Two", "по-русски", "[3]World", "[12]", "1999", "2025", "21", "x1999",
        "© 2024", "(c)", "Copyright", "support ", "A message from ", "поддержите ", "ſupport ",
    ]
)  # fmt: skip
SPACES = st.sampled_from([" ", "  ", "\n", "\n\n", " \n", "\n ", "\t", "\xa0", "\u3000", "\r", ""])
TEXT = st.lists(st.tuples(PIECES, SPACES), max_size=20).map(
    lambda parts: "".join(p + s for p, s in parts)
)


def split_units_plainly(text: str) -> list[tuple[str, int, bool]]:
    """`_split_units` as first written: every line split into words and joined again
    (a menu laid out with runs of spaces keeps " | " between its items), with the count of
    the numbered links taken out of each unit."""
    units: list[tuple[str, int, bool]] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [
            (
                plaintext._menu_or_words(plaintext._LINK_NUMBER.sub("", line)),
                len(plaintext._LINK_NUMBER.findall(line)),
            )
            for line in block.split("\n")
            if "[" not in line or len(plaintext._LINK_NUMBER.findall(line)) < 3
        ]
        lines = [(ln, links) for ln, links in lines if ln]
        if plaintext._is_wrapped_block([ln for ln, _ in lines]):
            units.append((" ".join(ln for ln, _ in lines), sum(n for _, n in lines), False))
            continue
        current, current_links = "", 0
        for line, links in lines:
            if current and plaintext._is_wrapped(current, line):
                current, current_links = f"{current} {line}", current_links + links
            else:
                if current:
                    units.append((current, current_links, False))
                current, current_links = line, links
        if current:
            units.append((current, current_links, False))
    return units


@given(text=TEXT)
def test_units_are_the_lines_with_their_spacing_made_single(text: str) -> None:
    assert plaintext._split_units(text) == split_units_plainly(text)


@given(text=TEXT)
def test_a_units_words_are_its_spaces_and_one(text: str) -> None:
    for unit, _, _ in plaintext._split_units(text):
        assert plaintext._classify(unit).words == len(unit.split()) == unit.count(" ") + 1


def test_odd_spacing_names_every_whitespace_character_but_space_and_line_feed() -> None:
    whitespace = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    singles = {s for s in plaintext._ODD_SPACING if len(s) == 1}
    assert singles == whitespace - {" ", "\n"}
    assert {s for s in plaintext._ODD_ASCII_SPACING if len(s) == 1} == {
        c for c in singles if c.isascii()
    }


@given(text=st.text(alphabet="0129 x٣-", max_size=12))
def test_a_year_is_found_where_the_plain_pattern_finds_one(text: str) -> None:
    plain = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")
    assert bool(dates._YEAR.search(text)) == bool(plain.search(text))


SOURCE_WORDS = ["©", "(C)", "copyright", "Support", "a message from", "Поддержите", "ſupport"]


@given(
    words=st.lists(st.sampled_from([*SOURCE_WORDS, "2024", "The", "Times", ".", "|"]), max_size=6)
)
def test_a_line_stating_a_source_opens_as_the_shortcut_expects(words: list[str]) -> None:
    line = " ".join(words)
    if any(pattern.search(line) for _, pattern in plaintext._SOURCE_PATTERNS):
        assert plaintext._may_state_source(line)


@given(paragraphs=st.lists(st.text(alphabet="a<&>\"'\n p", max_size=8), max_size=5))
def test_html_is_each_paragraph_escaped_in_its_own_tags(paragraphs: list[str]) -> None:
    plain = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    assert render_html(paragraphs) == plain


@given(text=TEXT)
def test_a_remembered_kind_is_the_kind_the_rules_give(text: str) -> None:
    for line, _, _ in plaintext._split_units(text):
        for _ in range(2):  # the second time, from memory
            unit = plaintext._classify(line)
            assert (unit.kind, unit.ends_sentence) == plaintext._kind(line, unit.words)


# (a unit opens with a word)
@given(text=st.text(alphabet="0123456789٣ x.é\ud800", max_size=400).map(lambda t: "x" + t))
def test_the_digit_share_is_the_share_of_ascii_digits_in_the_opening(text: str) -> None:
    opening = text[: plaintext.STOPWORD_SAMPLE_CHARS]
    facts = plaintext._text_facts(text, text.count(" ") + 1, ends_sentence(text))
    digit_share = facts[plaintext.TEXT_FACTS.index("digit_ratio")]
    assert digit_share == sum(c in "0123456789" for c in opening) / len(opening)


# (a unit opens with a word; ASCII text takes the bytes path, "é" and "ſ" the other)
@given(
    text=st.text(alphabet="the OF aNd Der x1 \t\n\x0b\x1c\x1f\xa0é,.ſ", max_size=400).map(
        lambda t: "x " + t
    )
)
def test_the_stopword_share_is_that_of_the_openings_lowered_words(text: str) -> None:
    opening = text[: plaintext.STOPWORD_SAMPLE_CHARS].lower().split()
    facts = plaintext._text_facts(text, text.count(" ") + 1, ends_sentence(text))
    stopword_share = facts[plaintext.TEXT_FACTS.index("stopword_ratio")]
    assert stopword_share == sum(w in ANY_STOPWORD for w in opening) / len(opening)


def line_facts_plainly(
    units: list[plaintext.Unit],
    rules: plaintext.RuleReading,
    page_title: tuple[str, str] | None,
) -> list[list[float]]:
    """`line_facts` as first written: one row per unit, every fact in turn."""
    counts = Counter(u.text for u in units)
    title_words = (
        frozenset(plaintext._WORD.findall(page_title[0].lower())) if page_title else frozenset()
    )
    title_line = units[0].text.casefold() if len(units) > 1 and units[0].words >= 3 else ""
    rows = []
    for i, unit in enumerate(units):
        text, words = unit.text, unit.words
        overlap = 0.0
        if title_words and words <= 40:
            unit_words = plaintext._words_of(text)
            overlap = len(unit_words & title_words) / len(unit_words | title_words)
        rows.append(
            [
                *plaintext._text_facts(text, words, ends_sentence(text)),
                *(float(unit.kind == kind) for kind in plaintext._KINDS),
                float(plaintext._is_substantial(unit)),
                float(plaintext._is_link_like(unit)),
                float(plaintext._reads_as_text(unit)),
                float(counts[text] > 1),
                float(i in rules.body),
                float(rules.start <= i < rules.end),
                float(i == rules.title_index),
                float(i in rules.standfirst),
                float(i == 0 and page_title is not None),
                overlap,
                unit.links / words,
                float(unit.links > 0),
                float(
                    i > 0
                    and 2 <= words <= 40
                    and bool(title_line)
                    and text.casefold() in title_line
                ),
                float(unit.is_outdented),
            ]
        )
    return rows


LINES = st.sampled_from(
    [
        "Storm Closes Harbour - The Daily Bugle",
        "Storm Closes Harbour",
        "By Jane Roe",
        "12 March 2025",
        "Share Tweet",
        "The storm closed the harbour on Monday, and the ships waited outside for two days.",
        "Officials said the port would open again once the wind dropped below gale force.",
        "Photo: Reuters",
        "[3]Home [4]World [5]Sport",
        "Read more",
        "Comments",
        "Storm",
        "A short line",
        " ".join(["word"] * 45) + ".",
    ]
)


@given(lines=st.lists(LINES, min_size=1, max_size=14), title=st.booleans())
def test_line_facts_are_the_rows_the_plain_rules_give(lines: list[str], title: bool) -> None:
    units = plaintext.page_units("\n\n".join(lines))
    if not any(u.kind == "text" for u in units):
        return
    page_title = plaintext._page_title(units) if title else None
    rules = plaintext._read_by_rules(units, page_title)
    for _ in range(2):  # the second time, the short lines' facts from memory
        facts = plaintext.line_facts(units, rules, page_title)
        assert facts.tolist() == line_facts_plainly(units, rules, page_title)
