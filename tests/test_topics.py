"""Topic queries: the documented language, matched by the store's FTS5 index."""

from __future__ import annotations

import pytest
from conftest import SAMPLE, SHIPPED_CONFIG

from feedd.config import Topic, load_config
from feedd.errors import QueryError
from feedd.model import Article
from feedd.store import topics_matching
from feedd.topics import Aliases, compile_query, slugify


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


def _matches(query: str, article: Article, aliases: Aliases = ()) -> bool:
    expression = compile_query(query, aliases)
    topic = Topic(name="t", slug="t", query=query, match_expression=expression)
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


def _shipped_topic() -> Topic:
    return load_config(SHIPPED_CONFIG).topics[0]


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
        # The aliases: other transliterations, Russian and Arabic spellings.
        (
            "Moscow keeps its warships at Tartous",
            "Russian diplomats told Syrian officials the fleet would stay in Tartous.",
            True,
        ),
        (
            "Россия сохранит базы в Сирии",
            "Москва и Дамаск обсудили будущее пункта снабжения в Тартусе и авиабазы Хмеймим.",
            True,
        ),
        (
            "روسيا تبحث مستقبل قواعدها في سوريا",
            "قال مسؤولون في موسكو إن الأسطول الروسي باق في طرطوس وقاعدة حميميم.",
            True,
        ),
        (
            "Россия и Сирия подписали соглашение о поставках зерна",
            "Москва и Дамаск договорились о поставках пшеницы и удобрений.",
            False,
        ),
    ],
)
def test_shipped_topic_selects_russia_syria_bases_only(
    title: str, body: str, expected: bool
) -> None:
    topic = _shipped_topic()
    assert _matches(topic.query, _article(title, body), topic.aliases) is expected


TARTUS = (("Tartus", "Tartous", "Тартус*", "طرطوس"),)


@pytest.mark.parametrize(
    ("query", "text", "aliases", "expected"),
    [
        ("tartus", "The fleet left Tartous.", (), False),
        ("tartus", "The fleet left Tartous.", TARTUS, True),
        ("TARTOUS", "The fleet left Tartus.", TARTUS, True),  # any spelling names the group
        ("tartus", "Флот покинул Тартус.", TARTUS, True),
        ("tartus", "Флот стоит в Тартусе.", TARTUS, True),  # "Тартус*" is a prefix
        ("tartus", "غادر الأسطول طرطوس.", TARTUS, True),
        ("tartus", "The fleet left Latakia.", TARTUS, False),
        ("NEAR(fleet tartus, 3)", "The fleet left Tartous.", TARTUS, True),
        ("NEAR(fleet tartus, 1)", "The fleet slowly left Tartous.", TARTUS, False),
        ("title:tartus", "The fleet left Tartous.", TARTUS, False),  # the field still holds
        ("latakia NOT tartus", "Latakia, not Tartous.", TARTUS, False),
        (
            '"naval base"',
            "The Russian navy's point in Syria.",
            (("naval base", "navy's point"),),
            True,
        ),
    ],
)
def test_aliases_match_any_spelling_wherever_the_term_appears(
    query: str, text: str, aliases: Aliases, expected: bool
) -> None:
    assert _matches(query, _article("Fleet news", text), aliases) is expected


def test_aliases_compile_to_an_or_of_spellings_and_one_near_per_combination() -> None:
    assert compile_query("tartus*", TARTUS) == '("tartus"* OR "Tartous"* OR "Тартус"* OR "طرطوس"*)'
    assert compile_query("tartus", TARTUS) == '("tartus" OR "Tartous" OR "Тартус"* OR "طرطوس")'
    assert compile_query("NEAR(tartus port, 5)", (("Tartus", "Tartous"),)) == (
        '(NEAR("tartus" "port", 5) OR NEAR("Tartous" "port", 5))'
    )
    assert compile_query("latakia", TARTUS) == '"latakia"'  # no alias, as before


def test_a_near_with_too_many_alias_combinations_is_refused() -> None:
    many = tuple((f"w{n}", *(f"w{n}x{k}" for k in range(9))) for n in range(3))
    with pytest.raises(QueryError, match="1000 combinations"):
        compile_query("NEAR(w0 w1 w2, 5)", many)


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
    assert caught.value.line is None
    assert str(caught.value).endswith(f" at column {column}")


@pytest.mark.parametrize(
    ("query", "message", "line", "column"),
    [
        ("(russia OR moscow)\nAND (tartus OR\n     hmeimim", 'unbalanced "("', 2, 5),
        ("russia\nAND syria\n  AND place:tartus\n", "unknown field 'place:'", 3, 7),
        ("russia AND\n  (tartus OR)\n", 'unbalanced ")"', 2, 13),
        ("russia AND\n  syria OR\n", "query ends too early", 2, 11),
        ("\nrussia\n\tNEAR(a b, x)", "NEAR distance must be a whole number", 3, 12),
    ],
)
def test_bad_multiline_queries_report_line_and_column(
    query: str, message: str, line: int, column: int
) -> None:
    with pytest.raises(QueryError) as caught:
        compile_query(query)
    assert message in caught.value.reason
    assert (caught.value.line, caught.value.column) == (line, column)
    assert str(caught.value).endswith(f" at line {line}, column {column}")


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
