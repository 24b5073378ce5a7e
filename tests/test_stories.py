"""Stories (feedd.stories) and learning within bounds (feedd.learning): pure specifications."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from conftest import SAMPLE, distinct_story

from feedd.learning import learning_source, normalize_with_learned
from feedd.model import Article, Document
from feedd.normalize import normalize_document
from feedd.normalize.rules import LEARNED_MAX_BODY_SHARE
from feedd.stories import (
    Signature,
    band_keys,
    components,
    is_same_story,
    signature_of,
)

TEXT = SAMPLE.read_text(encoding="utf-8")
WHEN = datetime(2025, 1, 30, tzinfo=UTC)


def _article(text: str) -> Article:
    result = normalize_document(
        Document(relative_path="a.txt", data=text.encode(), modified_at=WHEN)
    )
    assert isinstance(result, Article)
    return result


def _signature(text: str) -> Signature:
    signature = signature_of(_article(text).content_text)
    assert signature is not None
    return signature


def test_a_one_word_change_is_the_same_story() -> None:
    first, second = _signature(TEXT), _signature(TEXT.replace("Thursday that", "Friday that"))
    assert is_same_story(first, second)
    assert set(band_keys(first)) & set(band_keys(second))  # found through the index


def test_another_article_is_another_story() -> None:
    assert not is_same_story(_signature(TEXT), _signature(distinct_story(TEXT, 1)))


def test_a_body_too_short_to_compare_has_no_signature() -> None:
    assert signature_of("Kansas farmers had a good harvest this year, officials said.") is None


def test_a_signature_reads_back_from_its_bytes() -> None:
    signature = _signature(TEXT)
    assert Signature.from_bytes(signature.to_bytes()) == signature


def test_stories_do_not_depend_on_the_order_entries_come_in() -> None:
    graph = {"c": {"b"}, "b": {"c", "a"}, "a": {"b"}, "d": set()}
    assert components(["d", "c", "b", "a"], graph) == [["a", "b", "c"], ["d"]]
    assert components(["a", "b", "c", "d"], graph) == [["a", "b", "c"], ["d"]]


def test_a_headline_is_never_a_learning_source() -> None:
    article = _article(TEXT)
    assert learning_source(article, "mt/a.txt") == "source:the moscow times"
    as_headline = replace(article, source=article.title)
    assert learning_source(as_headline, "mt/a.txt") == "folder:mt"
    assert learning_source(replace(article, source=None), "a.txt") == "folder:"


def _with_learned(text: str, lines: frozenset[str]) -> Article:
    document = Document(relative_path="a.txt", data=text.encode(), modified_at=WHEN)
    result = normalize_with_learned(document, default_tz=UTC, boilerplate=lines)
    assert isinstance(result, Article)
    return result


def test_learned_lines_that_are_the_article_do_not_take_it() -> None:
    plain = _article(TEXT)
    paragraphs = frozenset(plain.content_text.split("\n\n"))
    assert _with_learned(TEXT, paragraphs).content_text == plain.content_text


def test_a_learned_line_within_the_bound_is_dropped() -> None:
    plain = _article(TEXT)
    line = "Syria needs “friends and partners on its path forward,” he said."
    assert line in plain.content_text and len(line) < LEARNED_MAX_BODY_SHARE * len(
        plain.content_text
    )
    assert line not in _with_learned(TEXT, frozenset({line})).content_text


def test_a_page_that_is_all_learned_lines_keeps_its_text() -> None:
    page = "Breaking News Desk\n\nEvery line of this short page was learned elsewhere as chrome.\n"
    plain = _article(page)
    kept = _with_learned(page, frozenset(plain.content_text.split("\n\n")) | {plain.title})
    assert kept.content_text == plain.content_text
