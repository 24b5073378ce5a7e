"""The trained page reader: its decoder, its trees, its training tools, and the shipped model."""

from __future__ import annotations

import json
import math
from datetime import UTC
from importlib import resources

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedd.model import Article
from feedd.normalize import reader
from feedd.normalize.plaintext import LINE_FACTS, normalize_plaintext, page_facts, page_units
from feedd.normalize.reader import DecoderSettings, ObliviousForest, decode_span
from feedd.training.align import body_labels, headline_label
from feedd.training.boosting import BoostingSettings, fit_forest
from feedd.training.render import render_page

SETTINGS = DecoderSettings(body_bias=0.0, enter_cost=2.0, hole_cost=1.0)


class TestSpanDecoder:
    def test_keeps_one_run_of_confident_lines(self) -> None:
        assert decode_span([-5, -5, 4, 5, 6, -5, -5], SETTINGS) == [2, 3, 4]

    def test_drops_a_lone_weak_positive_far_from_the_article(self) -> None:
        logits = [0.5, -6, -6, -6, 5, 6, 5, 6, -6]
        assert decode_span(logits, SETTINGS) == [4, 5, 6, 7]

    def test_a_hole_of_chrome_inside_the_article_is_skipped_not_the_end(self) -> None:
        logits = [-5, 6, 6, -6, 6, 6, -5]
        assert decode_span(logits, SETTINGS) == [1, 2, 4, 5]

    def test_nothing_confident_keeps_nothing(self) -> None:
        assert decode_span([-3, -2, -4], SETTINGS) == []

    def test_an_empty_page_keeps_nothing(self) -> None:
        assert decode_span([], SETTINGS) == []

    def test_a_high_entry_cost_keeps_only_the_larger_of_two_runs(self) -> None:
        strict = DecoderSettings(body_bias=0.0, enter_cost=2.0, hole_cost=20.0)
        logits = [4, 4, -6, -6, -6, 6, 6, 6]
        assert decode_span(logits, strict) == [5, 6, 7]


class TestObliviousForest:
    def test_each_tree_adds_the_leaf_its_tests_select(self) -> None:
        forest = ObliviousForest(
            features=np.array([[0, 1]]),
            thresholds=np.array([[0.5, 10.0]]),
            leaves=np.array([[1.0, 2.0, 3.0, 4.0]]),
            bias=-1.0,
        )
        x = np.array([[0.0, 0.0], [0.0, 11.0], [1.0, 0.0], [1.0, 11.0]])
        # leaf index = 2 * (x0 > 0.5) + (x1 > 10)
        assert forest.logits(x).tolist() == [0.0, 1.0, 2.0, 3.0]

    def test_survives_a_round_trip_through_json(self) -> None:
        forest = ObliviousForest(
            features=np.array([[2, 0, 1]]),
            thresholds=np.array([[0.25, 1.5, -3.0]]),
            leaves=np.arange(8, dtype=np.float64).reshape(1, 8) / 8,
            bias=0.125,
        )
        again = ObliviousForest.from_json(json.loads(json.dumps(forest.to_json())))
        x = np.random.default_rng(1).normal(size=(50, 3))
        assert again.logits(x).tolist() == forest.logits(x).tolist()


class TestBoosting:
    def test_learns_an_interaction_and_is_deterministic(self) -> None:
        rng = np.random.default_rng(7)
        x = rng.uniform(-1, 1, size=(2000, 4))
        y = (x[:, 0] > 0) ^ (x[:, 1] > 0.3)  # needs two levels: no single cut does it
        settings = BoostingSettings(trees=40, depth=3, learning_rate=0.3, l2=1.0)
        forest = fit_forest(x, y, np.ones(len(y)), settings)
        again = fit_forest(x, y, np.ones(len(y)), settings)
        accuracy = float(((forest.logits(x) > 0) == y).mean())
        assert accuracy > 0.95
        assert forest.to_json() == again.to_json()


class TestAlignment:
    def test_a_unit_is_body_when_its_words_run_in_the_gold(self) -> None:
        units = [
            "Home News Sport",
            "Background",
            "The minister said the talks would continue next week in Moscow.",
            "Share this article",
        ]
        gold = "Background\n\nThe minister said the talks would continue next week in Moscow."
        assert body_labels(units, gold) == [False, True, True, False]

    def test_the_headline_is_the_heading_above_the_body_not_the_title_line(self) -> None:
        units = ["Talks go on | The Daily", "Menu", "Talks go on", "The text of the story."]
        body = [False, False, False, True]
        assert headline_label(units, "Talks go on", body, "Talks go on") == 2


PAGE = b"""<html><head><title>Bases stay for now | The Ledger</title></head><body>
<ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul>
<h1>Bases stay for now</h1>
<p>Russia and Syria agreed on Wednesday to keep talking about the future of the naval
facility at Tartus and the air base at Hmeimim, officials in both capitals said.</p>
<p>The talks will resume next month in Damascus, according to a statement.</p>
<footer><p>Copyright The Ledger</p></footer></body></html>"""


class TestRendering:
    def test_a_dom_walk_puts_the_title_first_and_each_block_on_its_own_line(self) -> None:
        text = render_page(PAGE, "blocks")
        lines = [line for line in text.split("\n") if line]
        assert lines[0] == "Bases stay for now | The Ledger"
        assert "Bases stay for now" in lines[1:]
        assert any(line.startswith("Russia and Syria agreed on Wednesday") for line in lines)

    def test_a_text_browser_dump_wraps_and_numbers_links(self) -> None:
        text = render_page(PAGE, "dump")
        assert "[1]Home" in text
        assert "References" in text
        assert max(len(line) for line in text.split("\n")) <= 80

    def test_a_wrapped_dump_is_read_back_as_whole_paragraphs(self) -> None:
        units = [u.text for u in page_units(render_page(PAGE, "dump"))]
        assert (
            "Russia and Syria agreed on Wednesday to keep talking about the future of the "
            "naval facility at Tartus and the air base at Hmeimim, officials in both "
            "capitals said." in units
        )


class TestShippedModel:
    def test_is_small_and_matches_the_line_facts(self) -> None:
        model_file = resources.files("feedd.normalize").joinpath(reader.MODEL_FILE)
        assert len(model_file.read_bytes()) < 3 * 1024 * 1024
        model = reader.load_model()
        assert model.fact_names == LINE_FACTS

    def test_reads_a_rendered_page_in_both_styles(self) -> None:
        for style in ("blocks", "dump"):
            article = normalize_plaintext(render_page(PAGE, style), default_tz=UTC)
            assert isinstance(article, Article), style
            assert article.title == "Bases stay for now", style
            assert "Tartus" in article.content_text, style
            assert "Copyright" not in article.content_text, style
            assert "Home" not in article.content_text.split(), style

    def test_every_feature_column_has_a_name(self) -> None:
        units, facts = page_facts(render_page(PAGE, "dump"))
        lexical = reader.lexical_facts([u.text for u in units], reader.load_model().word_odds)
        features = reader.page_features(facts, LINE_FACTS, lexical)
        assert features.shape == (len(units), len(reader.feature_names(LINE_FACTS)))

    def test_same_page_same_reading(self) -> None:
        text = render_page(PAGE, "blocks")
        units, facts = page_facts(text)
        first = reader.read_page(facts, [u.text for u in units])
        second = reader.read_page(facts.copy(), [u.text for u in units])
        assert first == second


@pytest.mark.parametrize("width", [60, 72])
def test_hard_wrapped_paragraphs_join_at_any_margin(width: int) -> None:
    import textwrap

    paragraph = (
        "The government said on Thursday that the agreement on the bases would be reviewed "
        "by a joint commission, which is expected to report before the end of the year, "
        "and that no decision had been taken on the lease."
    )
    page = "\n\n".join(
        [
            "Headline of the story",
            textwrap.fill(paragraph, width),
            textwrap.fill(paragraph.replace("Thursday", "Friday"), width),
            textwrap.fill(paragraph.replace("Thursday", "Monday"), width),
        ]
    )
    units = [u.text for u in page_units(page)]
    assert units[1] == paragraph


def test_an_article_keeps_its_short_closing_sentence() -> None:
    # A page of the reliability suite's shape that a model once cut before its last line.
    page = (
        "Dispatch RLM000000000007: Railway museum update\n\n"
        "The engineers river festival valley school district railway orchard festival report "
        "orchard river farmers river valley report valley school station report orchard "
        "harbour station report valley report farmers were discussed in part 1 of dispatch "
        "RLM000000000007.\n\n"
        "This is the end of dispatch RLM000000000007, filed complete.\n"
    )
    article = normalize_plaintext(page, default_tz=UTC)
    assert isinstance(article, Article)
    assert article.content_text.endswith(
        "This is the end of dispatch RLM000000000007, filed complete."
    )


def test_where_the_reader_finds_no_article_the_rules_reading_stands() -> None:
    shipped = reader.load_model()
    keeps_nothing = reader.ReaderModel(
        fact_names=shipped.fact_names,
        word_odds={},
        body=ObliviousForest.from_json(
            {"features": [[0]], "thresholds": [[0.0]], "leaves": [[0.0, 0.0]], "bias": -20.0}
        ),
        headline=shipped.headline,
        decoder=shipped.decoder,
    )
    article = normalize_plaintext(render_page(PAGE, "blocks"), default_tz=UTC, model=keeps_nothing)
    assert isinstance(article, Article)
    assert "Tartus" in article.content_text


def test_a_standfirst_under_the_headline_is_the_summary_not_the_body() -> None:
    dek = "Moscow and Damascus agree to keep talking but sign nothing on the bases"
    page = "\n\n".join(
        [
            "Bases stay for now",
            dek + ".",
            "By Jane Roe",
            "Russia and Syria agreed on Wednesday to keep talking about the future of the "
            "naval facility at Tartus and the air base at Hmeimim, officials said.",
            "The talks will resume next month in Damascus, according to a statement issued "
            "by the foreign ministry after the meeting.",
        ]
    )
    article = normalize_plaintext(page, default_tz=UTC)
    assert isinstance(article, Article)
    assert article.summary.startswith(dek)
    assert dek not in article.content_text


def test_a_headline_the_title_line_holds_beats_a_pick_it_does_not_hold() -> None:
    # A page saved with its <title> first: the line below that the title holds, with
    # only the site around it, is the headline, whatever else the ranker prefers.
    shipped = reader.load_model()
    names = reader.feature_names(shipped.fact_names)
    # a ranker that prefers the body's second line ("start - index" below zero)
    prefers_the_body = ObliviousForest.from_json(
        {"features": [[len(names)]], "thresholds": [[-0.5]], "leaves": [[1.0, 0.0]], "bias": 0}
    )
    model = reader.ReaderModel(
        fact_names=shipped.fact_names,
        word_odds=shipped.word_odds,
        body=shipped.body,
        headline=prefers_the_body,
        decoder=shipped.decoder,
    )
    page = "\n\n".join(
        [
            "Russia keeps its Syrian bases for now, officials say | The Daily Example",
            "Subscribe to our newsletter for the day's top stories",
            "Russia keeps its Syrian bases for now, officials say",
            "Russia and Syria agreed on Wednesday to keep talking about the future of the "
            "naval facility at Tartus and the air base at Hmeimim, officials said.",
            "The talks will resume next month in Damascus, according to a statement issued "
            "by the foreign ministry after the meeting.",
        ]
    )
    article = normalize_plaintext(page, default_tz=UTC, model=model)
    assert isinstance(article, Article)
    assert article.title == "Russia keeps its Syrian bases for now, officials say"
    assert "Subscribe" not in article.content_text


def test_the_ranker_passes_over_lines_the_rules_know_are_furniture() -> None:
    # a ranker that prefers the lowest candidate ("start - index" smallest)
    names = reader.feature_names(LINE_FACTS)
    prefers_the_lowest = ObliviousForest.from_json(
        {"features": [[len(names)]], "thresholds": [[1.5]], "leaves": [[1.0, 0.0]], "bias": 0}
    )
    features = np.zeros((6, len(names)))
    logits = np.zeros(6)
    assert reader.rank_headline(features, logits, 4, prefers_the_lowest) == 3
    barred = np.array([False, False, False, True, True, True])
    assert reader.rank_headline(features, logits, 4, prefers_the_lowest, barred) == 0
    # when every candidate is barred, the ranker's pick stands
    assert reader.rank_headline(features, logits, 4, prefers_the_lowest, np.ones(6, bool)) == 3


def test_bylines_and_links_are_never_the_headline_chrome_or_caption_lines_may_be() -> None:
    facts = np.zeros((5, len(LINE_FACTS)))
    for row, kind in enumerate(("kind_text", "kind_chrome", "kind_caption", "kind_byline")):
        facts[row, LINE_FACTS.index(kind)] = 1
    facts[4, LINE_FACTS.index("kind_link")] = 1
    assert reader.never_headline(facts, LINE_FACTS).tolist() == [False, False, False, True, True]


def test_a_learned_line_under_the_headline_is_not_the_summary() -> None:
    # A line a source repeats under every headline (a slogan the store learned) stands
    # where a standfirst would: it is boilerplate, not the entry's summary.
    line = "Moscow and Damascus agree to keep talking but sign nothing on the bases."
    page = "\n\n".join(
        [
            "Bases stay for now",
            line,
            "By Jane Roe",
            "Russia and Syria agreed on Wednesday to keep talking about the future of the "
            "naval facility at Tartus and the air base at Hmeimim, officials said.",
            "The talks will resume next month in Damascus, according to a statement issued "
            "by the foreign ministry after the meeting.",
        ]
    )
    as_read = normalize_plaintext(page, default_tz=UTC)
    learned = normalize_plaintext(page, default_tz=UTC, boilerplate={line})
    assert isinstance(as_read, Article) and isinstance(learned, Article)
    assert as_read.summary.startswith("Moscow and Damascus")
    assert learned.summary.startswith("Russia and Syria agreed")
    assert line not in learned.content_text


def decode_span_plainly(
    logits: list[float], settings: DecoderSettings, markers: list[bool]
) -> list[int]:
    """`decode_span` as first written: each state's best predecessor by max over
    (score, state) pairs."""
    before, body, hole, after = 0, 1, 2, 3
    enter, hole_cost, bias = settings.enter_cost, settings.hole_cost, settings.body_bias
    scores = [0.0, -enter, -math.inf, -math.inf]
    pointers: list[tuple[int, int, int, int]] = []
    for i, logit in enumerate(logits):
        keep = 0.5 * (logit + bias)
        drop = -keep
        if i == 0:
            scores = [drop, keep - enter, -math.inf, -math.inf]
            pointers.append((before, before, before, before))
            continue
        s_before, s_body, s_hole, s_after = scores
        body_from = max((s_before - enter, before), (s_body, body), (s_hole, hole))
        hole_from = max((s_body - hole_cost, body), (s_hole, hole))
        after_from = max((s_body - enter, body), (s_hole - enter, hole), (s_after, after))
        stay = settings.marker_cost if i < len(markers) and markers[i] else 0.0
        scores = [
            s_before + drop,
            body_from[0] + keep - stay,
            hole_from[0] + drop - stay,
            after_from[0] + drop,
        ]
        pointers.append((before, body_from[1], hole_from[1], after_from[1]))
    state = max(range(4), key=lambda s: (scores[s], -s))
    kept: list[int] = []
    for i in range(len(logits) - 1, -1, -1):
        if state == body:
            kept.append(i)
        state = pointers[i][state]
    return kept[::-1]  # (from `before`, every pointer leads back to `before`: none kept)


# Small whole numbers make ties between paths common.
LOGITS = st.lists(
    st.one_of(st.integers(-4, 4).map(float), st.floats(-8, 8, allow_nan=False)), max_size=30
)
COSTS = st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0])


@given(
    logits=LOGITS,
    markers=st.lists(st.booleans(), max_size=30),
    bias=st.sampled_from([0.0, 0.5, -1.0]),
    enter=COSTS,
    hole_cost=COSTS,
    marker_cost=COSTS,
)
def test_the_span_decoder_picks_what_max_over_score_state_pairs_picks(
    logits: list[float],
    markers: list[bool],
    bias: float,
    enter: float,
    hole_cost: float,
    marker_cost: float,
) -> None:
    settings = DecoderSettings(
        body_bias=bias, enter_cost=enter, hole_cost=hole_cost, marker_cost=marker_cost
    )
    assert decode_span(logits, settings, markers) == decode_span_plainly(logits, settings, markers)


@given(
    text=st.one_of(
        st.text(alphabet=st.characters(max_codepoint=127), max_size=200),
        st.text(alphabet="Ab z,.'-9\t\x0b\x1c_ſİΣé’", max_size=200),
    )
)
def test_a_lines_words_are_its_lowered_opening_with_ascii_punctuation_as_spaces(
    text: str,
) -> None:
    opening = text[: reader.LEXICAL_SAMPLE_CHARS].lower()
    plain = "".join(" " if c in reader._NOT_A_WORD_CHARS else c for c in opening).split()
    assert reader.line_words(text) == plain
