"""`feedd.explain`: why a document is (not) in a topic, always agreeing with the matcher."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import SHIPPED_CONFIG

from feedd.config import Topic, load_config
from feedd.explain import Explanation, explain, render_explanation, snippets
from feedd.model import Article
from feedd.store import DocumentIndex, topics_matching
from feedd.topics import Aliases, compile_query, parse_query

TESTS = Path(__file__).parent
CORPORA = sorted(TESTS.glob("corpus*/labels.json"))


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


DOC = _article(
    "Kremlin weighs naval options",
    "Russian warships left the port of Tartous on Monday. Officials in Moscow said the "
    "military bases would stay. Café owners in Latakia were worried.",
    source="The Example Times",
)


def _explain(query: str, article: Article = DOC, aliases: Aliases = ()) -> Explanation:
    with DocumentIndex(article) as index:
        return explain(parse_query(query, aliases), index)


def _leaves(explanation: Explanation) -> list[Explanation]:
    if not explanation.children:
        return [explanation]
    return [leaf for child in explanation.children for leaf in _leaves(child)]


def test_a_matched_term_names_its_field_and_shows_the_words_in_context() -> None:
    explanation = _explain("warship*")
    assert explanation.is_match
    (hit,) = explanation.hits
    assert (hit.field, hit.spelling, hit.count) == ("body", "warship*", 1)
    assert hit.snippets == ("Russian [warships] left the port of Tartous on Monday. Officials in…",)


def test_a_term_found_in_several_fields_has_a_hit_for_each() -> None:
    explanation = _explain("kremlin OR moscow OR example")
    assert [(h.field, h.spelling) for leaf in _leaves(explanation) for h in leaf.hits] == [
        ("title", "kremlin"),
        ("body", "moscow"),
        ("source", "example"),
    ]


def test_and_or_not_say_which_operand_decided() -> None:
    explanation = _explain("(tajikistan OR latakia) AND moscow NOT cafe")
    assert not explanation.is_match
    assert explanation.label == "AND"
    group, negation = explanation.children
    assert group.is_match and [c.is_match for c in group.children] == [False, True]
    assert negation.label == "NOT"
    assert [c.is_match for c in negation.children] == [True, True]  # "Café" is there
    lines = list(render_explanation(explanation))
    assert lines[0] == "✗ AND"
    assert "    ✗ tajikistan  (not in title, body or source)" in lines
    assert any("[Café]" in line for line in lines)


def test_a_field_filter_narrows_where_terms_are_looked_for() -> None:
    explanation = _explain("title:(naval OR tartus)")
    assert explanation.label == "title:"
    (inner,) = explanation.children
    naval, tartus = inner.children
    assert naval.is_match and [h.field for h in naval.hits] == ["title"]
    assert not tartus.is_match and tartus.fields == ("title",)  # it is in the body only


def test_near_shows_the_words_close_together_or_says_they_are_not() -> None:
    near = _explain("NEAR(warships tartous, 5)")
    assert near.is_match
    assert near.hits[0].snippets[0].startswith("Russian [warships] left the port of [Tartous]")
    assert not _explain("NEAR(warships latakia, 5)").is_match


def test_an_alias_hit_names_the_spelling_that_matched() -> None:
    explanation = _explain("tartus", aliases=(("Tartus", "Tartous", "Тартус*"),))
    assert explanation.is_match
    assert [(h.field, h.spelling) for h in explanation.hits] == [("body", "Tartous")]
    assert "    in body as Tartous, 1 time:" in list(render_explanation(explanation))


def test_snippets_cut_at_spaces_merge_close_marks_and_stop_at_the_limit() -> None:
    marked = " ".join(f"w{n}" for n in range(60)).replace("w5 ", "\x02w5\x03 ")
    marked = marked.replace("w8 ", "\x02w8\x03 ").replace("w50 ", "\x02w50\x03 ")
    one, two = snippets(marked, context_chars=12)
    assert one == "…w2 w3 w4 [w5] w6 w7 [w8] w9 w10 w11…"
    assert two == "…w48 w49 [w50] w51 w52…"
    assert snippets(marked, context_chars=12, limit=1) == (one,)
    assert snippets("no marks") == ()


def test_a_run_of_close_marks_is_cut_into_extracts_of_bounded_length() -> None:
    marked = " ".join(f"\x02w{n}\x03 filler" for n in range(200))
    extracts = snippets(marked, context_chars=20, limit=50)
    assert len(extracts) > 5
    assert all(len(e) <= 4 * 20 + 30 for e in extracts)
    assert "".join(extracts).count("[w") == sum(e.count("]") for e in extracts)


# -- the explanation always agrees with the matcher ------------------------------------------


def _corpus_articles() -> list[Article]:
    articles = []
    for labels_path in CORPORA:
        for label in json.loads(labels_path.read_text(encoding="utf-8")).values():
            body = label.get("body") or []
            articles.append(
                _article(
                    str(label.get("title") or ""),
                    "\n\n".join(body) if isinstance(body, list) else str(body),
                    label.get("source"),
                )
            )
    return articles


def _random_query(rng: random.Random, words: list[str], depth: int = 0) -> str:
    """A random query of the documented language over `words`."""
    roll = rng.random()
    if depth >= 2 or roll < 0.35:
        word = rng.choice(words)
        kind = rng.random()
        if kind < 0.15:
            return word[: max(2, len(word) - 2)] + "*"
        if kind < 0.3:
            return f'"{word} {rng.choice(words)}"'
        if kind < 0.4:
            return f"NEAR({word} {rng.choice(words)}, {rng.randint(0, 12)})"
        if kind < 0.5:
            return f"{rng.choice(('title', 'body', 'source'))}:{word}"
        return word
    left = _random_query(rng, words, depth + 1)
    right = _random_query(rng, words, depth + 1)
    operator = rng.choice(("AND", "OR", "NOT", ""))
    query = f"{left} {operator} {right}".replace("  ", " ")
    if rng.random() < 0.3:
        query = f"{rng.choice(('title', 'body'))}:({query})"
    return f"({query})" if rng.random() < 0.5 else query


def test_explanations_agree_with_the_matcher_on_every_corpus_document() -> None:
    """Over the test corpora's documents, the shipped topic (with its aliases) and random
    queries of every construct, the explanation's verdict is FTS5's verdict."""
    articles = _corpus_articles()
    assert len(articles) > 200
    rng = random.Random(11)
    shipped = load_config(SHIPPED_CONFIG).topics[0]
    vocabulary = sorted(
        {
            word.strip(".,;:“”\"'()!?").lower()
            for article in articles[:: max(1, len(articles) // 40)]
            for word in (article.title + " " + article.content_text[:400]).split()
        }
        - {"and", "or", "not", "near", "", "title", "body", "source"}
    )
    vocabulary = [w for w in vocabulary if w.isalpha() and w.isascii()]
    outcomes: dict[bool, int] = {True: 0, False: 0}
    for number, article in enumerate(articles):
        own_words = [
            w.lower() for w in (article.title + " " + article.content_text).split() if w.isalpha()
        ]
        words = vocabulary[:50] + own_words[:40] if own_words else vocabulary
        queries: list[tuple[str, Aliases]] = [(shipped.query, shipped.aliases)]
        queries += [(_random_query(rng, words), ()) for _ in range(8)]
        if number % 10 == 0:  # aliases over random queries, now and then
            alias_words = tuple(rng.sample(words, 3))
            queries.append((_random_query(rng, list(alias_words) + words[:5]), (alias_words,)))
        with DocumentIndex(article) as index:
            for query, aliases in queries:
                topic = Topic(
                    name="t", slug="t", query=query, match_expression=compile_query(query, aliases)
                )
                expected = topics_matching(article, [topic]) == ["t"]
                explanation = explain(parse_query(query, aliases), index)
                assert explanation.is_match is expected, (query, aliases, article.title)
                outcomes[expected] += 1
    # Both verdicts are well represented, so the agreement says something.
    assert min(outcomes.values()) > 300, outcomes


@pytest.mark.parametrize("query", ["title:(body:russia)", "title:(kremlin NOT body:naval)"])
def test_nested_field_filters_narrow_as_fts5_does(query: str) -> None:
    topic = Topic(name="t", slug="t", query=query, match_expression=compile_query(query))
    assert _explain(query).is_match is (topics_matching(DOC, [topic]) == ["t"])
