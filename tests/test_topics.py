"""Topic queries: the documented language, matched by the store's FTS5 index."""

from __future__ import annotations

import pytest
from conftest import SAMPLE, SHIPPED_CONFIG

from feedd.config import Topic
from feedd.errors import QueryError
from feedd.model import Article
from feedd.store import topics_matching
from feedd.topics import compile_query, slugify


def _article(title: str, body: str, source: str | None = None) -> Article:
    return Article(
        title=title,
        source=source,
        author=None,
        published_at=None,
        summary="",
        content_text=body,
        content_html="",
        link=None,
        language="en",
    )


def _matches(query: str, article: Article) -> bool:
    topic = Topic(name="t", slug="t", query=query, match_expression=compile_query(query))
    return topics_matching(article, [topic]) == ["t"]


DOC = _article(
    "Kremlin weighs naval options",
    "Russian warships left the port of Tartus on Monday. Officials in Moscow said the "
    "military bases would stay. Café owners in Latakia were worried.",
    source="The Example Times",
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tartus", True),
        ("TARTUS", True),  # case-insensitive
        ("cafe", True),  # accent-insensitive: "Café" in the text
        ("warship", True),  # inflection: "warships" in the text
        ("base", True),  # inflection: "bases"
        ("tartus AND moscow", True),
        ("tartus moscow", True),  # juxtaposition is AND
        ("tartus AND tajikistan", False),
        ("tajikistan OR tartus", True),
        ("tajikistan OR dushanbe", False),
        ("tartus NOT moscow", False),
        ("tartus NOT dushanbe", True),
        ('"military bases"', True),
        ('"bases military"', False),
        ("russ*", True),  # prefix
        ("rus", False),  # not a prefix query
        ("NEAR(warships tartus, 5)", True),
        ("NEAR(warships latakia, 5)", False),
        ("title:kremlin", True),
        ("title:tartus", False),
        ("body:tartus", True),
        ("source:example", True),
        ("source:moscow", False),
        ("(tajikistan OR tartus) AND (moscow OR dushanbe)", True),
        ("(tajikistan OR kyrgyzstan) AND moscow", False),
    ],
)
def test_query_operators(query: str, expected: bool) -> None:
    assert _matches(query, DOC) is expected


def _shipped_query() -> str:
    import tomllib

    return str(tomllib.loads(SHIPPED_CONFIG.read_text(encoding="utf-8"))["topics"][0]["query"])


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Russia and Syria Signal Closer Ties Amid Uncertainty Over Military Bases",
            SAMPLE.read_text(encoding="utf-8"),
            True,
        ),
        (
            "Moscow seeks to keep Hmeimim air base",
            "Russian officials met Syrian ministers in Damascus to discuss the Hmeimim base.",
            True,
        ),
        (
            "US troops stay at bases in Syria",
            "American forces will keep their military bases in northeast Syria, the "
            "Pentagon said, as Washington reviews its presence near Deir ez-Zor.",
            False,
        ),
        (
            "Russia expands its base in Tajikistan",
            "Russia's 201st military base near Dushanbe will get new equipment, the "
            "Russian Defense Ministry said.",
            False,
        ),
        (
            "Russia and Syria sign wheat deal",
            "Russian exporters hope to grow their customer base in Syria after Moscow and "
            "Damascus signed a trade agreement on grain and fertilizer.",
            False,
        ),
    ],
)
def test_shipped_topic_selects_russia_syria_bases_only(
    title: str, body: str, expected: bool
) -> None:
    assert _matches(_shipped_query(), _article(title, body)) is expected


@pytest.mark.parametrize(
    ("query", "message", "column"),
    [
        ("tartus AND (moscow OR", "query ends too early", 22),
        ("(tartus OR moscow", 'unbalanced "("', 1),
        ("tartus)", 'unbalanced ")"', 7),
        ('"military base', 'unclosed "', 1),
        ("AND tartus", "AND needs a term on each side", 1),
        ("tartus OR", "query ends too early", 10),
        ("place:tartus", "unknown field 'place:'", 1),
        ("NEAR(tartus)", "NEAR needs at least two terms", 1),
        ("NEAR(a b, x)", "NEAR distance must be a whole number", 11),
        ("ta*rtus", "* belongs at the end of a word", 1),
        ("", "empty query", 1),
    ],
)
def test_bad_queries_report_the_column(query: str, message: str, column: int) -> None:
    with pytest.raises(QueryError) as caught:
        compile_query(query)
    assert message in caught.value.reason
    assert caught.value.column == column


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Russia–Syria bases", "russia-syria-bases"),
        ("Café Économie", "cafe-economie"),
        ("Россия и Сирия", "россия-и-сирия"),
        ("  AI / ML!  ", "ai-ml"),
    ],
)
def test_slugs_are_derived_unicode_aware(name: str, slug: str) -> None:
    assert slugify(name) == slug
