"""Cleaning decoded text drops exactly the characters its regexes name, nothing else."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from feedd.normalize.decode import _clean_text, _count_garbage, clean_text, xml_safe

XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
GARBAGE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Every kind of character the rules treat apart, mixed with ordinary text.
TRICKY = st.sampled_from(
    [
        *map(chr, range(0x20)),
        "\x7f",
        "\ud800",
        "\udfff",
        "\ufffe",
        "\uffff",
        "\ufffd",
        "\u200b",
        "\u00ad",
        "\ufeff",
        "e\u0301",
        "é",
        "Ж",
        "😀",
        "a",
        " ",
    ]
)
TEXT = st.one_of(st.text(max_size=40), st.lists(TRICKY, max_size=20).map("".join))


def reference_clean(text: str) -> str:
    text = XML_FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return INVISIBLE.sub("", unicodedata.normalize("NFC", text))


@given(text=TEXT)
def test_xml_safe_drops_exactly_what_xml_forbids(text: str) -> None:
    assert xml_safe(text) == XML_FORBIDDEN.sub("", text)


@given(text=TEXT)
def test_clean_text_drops_forbidden_and_invisible_characters(text: str) -> None:
    assert clean_text(text) == reference_clean(text)


@given(text=TEXT)
def test_garbage_is_every_control_and_replacement_character(text: str) -> None:
    assert _count_garbage(text)[0] == len(GARBAGE.findall(text))


@given(text=TEXT)
def test_text_the_garbage_count_finds_xml_safe_cleans_as_any_text(text: str) -> None:
    _, is_xml_safe = _count_garbage(text)
    assert _clean_text(text, is_xml_safe=is_xml_safe) == reference_clean(text)
