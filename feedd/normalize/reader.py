"""The trained page reader: which lines of a plain-text page are the article, and which
line is its headline. Pure: no I/O but reading the shipped model file once per process.

A page is a sequence of units (lines). The caller (`plaintext`) describes each unit by
its *line facts*, a row of numbers from the one rule base (its kind, its length, whether
it ends a sentence, whether the rules would keep it…). This module adds each unit's
context — its neighbours, a window around it, its place in the page and relative to the
longest run of prose — and then:

1. a forest of oblivious trees (`ObliviousForest`) scores each unit as body or not;
2. a span decoder reads the page as a whole: the article is one run, with holes where
   chrome interrupts it (a Viterbi pass over four states: before, body, hole, after),
   so an isolated promo far from the text is not kept and a weak paragraph inside the
   text is;
3. a second forest ranks the units around where the body starts as the headline.

The model file (`reader_model.json`, beside this module) is written by
`python -m feedd.training.train`; `reader_model.md` is its card.
"""

from __future__ import annotations

import json
import math
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

MODEL_FILE = "reader_model.json"
MODEL_FORMAT = 1
# What the words of a line say, from how often each word was in articles' text rather
# than around it on the training pages (log-odds; unknown words say nothing).
LEXICAL_FACTS = ("word_odds_mean", "word_odds_low", "word_odds_high")
LEXICAL_SAMPLE_CHARS = 160
# Lines up to this long have their lexical facts remembered, up to MEMO_LINES of them.
MEMO_MAX_CHARS = 120
MEMO_LINES = 8192
# ASCII punctuation and digits become spaces: a line's words are then what str.split()
# gives, many times faster than a Unicode word regex.
_NOT_A_WORD_CHARS = "0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\r\n\f\v"
_NOT_A_WORD = str.maketrans(dict.fromkeys(_NOT_A_WORD_CHARS, " "))
# The same for ASCII text, with its lowering, as one bytes.translate: a table lookup per
# byte, where str.translate looks characters up in a dict.
_ASCII_LOWERED_WORDS = bytes.maketrans(
    (string.ascii_uppercase + _NOT_A_WORD_CHARS).encode(),
    (string.ascii_lowercase + " " * len(_NOT_A_WORD_CHARS)).encode(),
)


def line_words(text: str) -> list[str]:
    """A line's lower-case words (of a long line, those of its opening characters)."""
    sample = text[:LEXICAL_SAMPLE_CHARS]
    if sample.isascii():
        return sample.encode().translate(_ASCII_LOWERED_WORDS).decode().split()
    return sample.lower().translate(_NOT_A_WORD).split()


# Columns of the line facts that also describe the unit's neighbours and window.
CONTEXT_FACTS = (
    "word_odds_mean",
    "log_words",
    "ends_sentence",
    "kind_text",
    "stopword_ratio",
    "rule_body",
    "substantial",
    "capitalised_ratio",
    "kind_chrome",
)
NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
WINDOW_RADII = (3, 10)
# Rows of features one forest evaluation takes at once (memory: rows × trees × depth).
MAX_ROWS_AT_ONCE = 1024
# The headline is looked for among this many units above where the body starts.
HEADLINE_WINDOW = 25


@dataclass(frozen=True, slots=True)
class ObliviousForest:
    """Boosted trees of equal depth, each level one (feature, threshold) test for all
    its nodes: evaluated for all units and trees at once with a few array operations."""

    features: npt.NDArray[np.int64]  # (trees, depth) column of each level's test
    thresholds: FloatArray  # (trees, depth): go right when value > threshold
    leaves: FloatArray  # (trees, 2**depth) leaf values, summed over trees
    bias: float
    # Precomputed for evaluation: the distinct (column, threshold) tests, which test each
    # level of each tree asks (trees share many; level by level, all trees' first levels
    # first), each tree's first leaf in a flat array of all leaves.
    _test_columns: npt.NDArray[np.intp] = field(init=False, repr=False, compare=False)
    _test_cuts: FloatArray = field(init=False, repr=False, compare=False)
    _test_of_level: npt.NDArray[np.intp] = field(init=False, repr=False, compare=False)
    _first_leaf: npt.NDArray[np.intp] = field(init=False, repr=False, compare=False)
    _flat_leaves: FloatArray = field(init=False, repr=False, compare=False)
    _level_weights: npt.NDArray[np.uint8] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        trees, depth = self.features.shape
        if depth > 8:
            raise ValueError(
                f"trees of depth {depth}: at most 8 levels (a leaf's number is a byte)"
            )
        levels = list(
            zip(self.features.T.ravel().tolist(), self.thresholds.T.ravel().tolist(), strict=True)
        )
        tests = sorted(set(levels))
        test_number = {test: i for i, test in enumerate(tests)}
        of_level = [test_number[test] for test in levels]
        object.__setattr__(self, "_test_columns", np.asarray([c for c, _ in tests], np.intp))
        cuts = np.asarray([t for _, t in tests], np.float64)[:, None]
        object.__setattr__(self, "_test_cuts", cuts)
        object.__setattr__(self, "_test_of_level", np.asarray(of_level, np.intp))
        object.__setattr__(self, "_first_leaf", np.arange(trees, dtype=np.intp) << depth)
        object.__setattr__(self, "_flat_leaves", self.leaves.ravel())
        weights = (1 << np.arange(depth - 1, -1, -1)).astype(np.uint8)
        object.__setattr__(self, "_level_weights", weights)

    def logits(self, x: FloatArray) -> FloatArray:
        if not len(self.features) or not len(x):
            return np.full(len(x), self.bias)
        if len(x) > MAX_ROWS_AT_ONCE:
            # A page of thousands of lines: a few rows at a time, so that the (rows, trees
            # × depth) tests never take hundreds of megabytes.
            return np.concatenate(
                [
                    self.logits(x[i : i + MAX_ROWS_AT_ONCE])
                    for i in range(0, len(x), MAX_ROWS_AT_ONCE)
                ]
            )
        trees, depth = self.features.shape
        # One row per test and per level, a column per unit: `take` along the first axis
        # copies whole rows, several times faster than indexing columns.
        passed = np.ascontiguousarray(x.T).take(self._test_columns, axis=0) > self._test_cuts
        bits = passed.take(self._test_of_level, axis=0).view(np.uint8)
        # The level tests of a tree, first level highest, are its leaf's number.
        leaf = np.einsum("dk,d->k", bits.reshape(depth, trees * len(x)), self._level_weights)
        # Each unit's leaf values in a row of their own, summed along it as before (the
        # order of a float sum decides its last bits).
        index = np.add(leaf.reshape(trees, len(x)).T, self._first_leaf, order="C")
        values = self._flat_leaves.take(index)
        return np.asarray(self.bias + values.sum(axis=1))

    def to_json(self) -> dict[str, object]:
        return {
            "features": self.features.tolist(),
            "thresholds": [[float(f"{t:.9g}") for t in row] for row in self.thresholds],
            "leaves": [[float(f"{v:.7g}") for v in row] for row in self.leaves],
            "bias": float(f"{self.bias:.9g}"),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ObliviousForest:
        features = np.asarray(data["features"], dtype=np.int64)
        depth = features.shape[1] if features.ndim == 2 else 0
        return cls(
            features=features.reshape(-1, depth),
            thresholds=np.asarray(data["thresholds"], dtype=np.float64).reshape(-1, depth),
            leaves=np.asarray(data["leaves"], dtype=np.float64).reshape(-1, 2**depth),
            bias=float(data["bias"]),  # type: ignore[arg-type]
        )


@dataclass(frozen=True, slots=True)
class DecoderSettings:
    """Log-odds costs of the span decoder (chosen on the training pages)."""

    body_bias: float = 0.0  # added to every unit's body log-odds
    enter_cost: float = 2.0  # starting (or ending) the article
    hole_cost: float = 1.0  # each interruption of the article by chrome
    # running on past where the rules end the article ("Comments", "Related stories")
    marker_cost: float = 0.0


@dataclass(frozen=True, slots=True)
class ReaderModel:
    fact_names: tuple[str, ...]
    word_odds: Mapping[str, float]
    body: ObliviousForest
    headline: ObliviousForest
    decoder: DecoderSettings
    # lexical facts of short lines seen before (a cache: never part of what the model is)
    lexical_memo: dict[str, tuple[float, float, float]] = field(
        default_factory=dict, repr=False, compare=False
    )


@dataclass(frozen=True, slots=True)
class Reading:
    """What the reader makes of a page's units."""

    body: tuple[int, ...]  # indices of the units that are the article's text, in order
    headline: int | None  # index of the headline unit
    body_start: int  # index of the first body unit (len(units) when there is none)
    body_end: int  # index just past the last body unit


def _odds_row(text: str, word_odds: Mapping[str, float]) -> tuple[float, float, float]:
    odds = [o for o in map(word_odds.get, line_words(text)) if o is not None]
    return (sum(odds) / len(odds), min(odds), max(odds)) if odds else (0.0, 0.0, 0.0)


def lexical_facts(
    texts: Sequence[str],
    word_odds: Mapping[str, float],
    memo: dict[str, tuple[float, float, float]] | None = None,
) -> FloatArray:
    """Per unit: the mean, lowest and highest log-odds of its known words (of a long
    line, those of its opening characters). Short lines, which a site repeats on every
    page, are remembered in `memo` when one is given."""
    rows = []
    for text in texts:
        if memo is None or len(text) > MEMO_MAX_CHARS:
            rows.append(_odds_row(text, word_odds))
            continue
        row = memo.get(text)
        if row is None:
            if len(memo) >= MEMO_LINES:
                memo.clear()
            row = memo[text] = _odds_row(text, word_odds)
        rows.append(row)
    return np.asarray(rows, dtype=np.float64).reshape(len(texts), len(LEXICAL_FACTS))


def feature_names(fact_names: Sequence[str]) -> list[str]:
    """Names of the columns `page_features` returns, in order."""
    names = [*fact_names, *LEXICAL_FACTS]
    names += [f"{fact}@{offset:+d}" for offset in NEIGHBOUR_OFFSETS for fact in CONTEXT_FACTS]
    names += [f"{fact}@±{radius}" for radius in WINDOW_RADII for fact in CONTEXT_FACTS]
    names += [
        "position",
        "log_index",
        "log_from_end",
        "log_units",
        "in_prose_run",
        "from_prose_start",
        "to_prose_end",
        "substantial_before",
        "substantial_after",
    ]
    return names


def page_features(facts: FloatArray, fact_names: Sequence[str], lexical: FloatArray) -> FloatArray:
    """Each unit's facts with its context: neighbours, windows, place in the page."""
    n = len(facts)
    own = len(fact_names) + len(LEXICAL_FACTS)
    context, log_words, substantial_column = _context_columns(tuple(fact_names))
    contexts = len(CONTEXT_FACTS)
    out = np.empty((n, own + contexts * (len(NEIGHBOUR_OFFSETS) + len(WINDOW_RADII)) + 9))
    out[:, : len(fact_names)] = facts
    out[:, len(fact_names) : own] = lexical
    values = out.take(context, axis=1)
    # Neighbours: one gather from the values padded with -1 above and below the page.
    padded = np.full((n + 2 * _PADDING, contexts), -1.0)
    padded[_PADDING : _PADDING + n] = values
    layout = _page_layout(n)
    column = own + contexts * len(NEIGHBOUR_OFFSETS)
    out[:, own:column] = padded.take(layout.neighbours, axis=0).reshape(n, -1)
    # Window means, from running sums: every radius at once, (radii, n, contexts).
    cumulative = np.zeros((n + 1, contexts))
    values.cumsum(axis=0, out=cumulative[1:])
    means = (
        cumulative.take(layout.window_high, axis=0) - cumulative.take(layout.window_low, axis=0)
    ) / layout.window_size
    windows_end = column + contexts * len(WINDOW_RADII)
    out[:, column:windows_end] = means.transpose(1, 0, 2).reshape(n, -1)
    column = windows_end
    position = layout.position
    substantial = out[:, substantial_column]
    run_start, run_end = _prose_run(out[:, log_words], substantial)
    before = np.zeros(n)
    substantial[:-1].cumsum(out=before[1:])
    total = substantial.sum()
    out[:, column : column + 4] = layout.place
    out[:, column + 4] = 0.0
    out[run_start:run_end, column + 4] = 1.0
    out[:, column + 5] = np.sign(position - run_start) * np.log1p(np.abs(position - run_start))
    to_end = run_end - 1 - position
    out[:, column + 6] = np.sign(to_end) * np.log1p(np.abs(to_end))
    out[:, column + 7] = before
    out[:, column + 8] = total - before - substantial
    return out


_PADDING = max(max(abs(o) for o in NEIGHBOUR_OFFSETS), max(WINDOW_RADII))


@lru_cache(maxsize=8)
def _context_columns(fact_names: tuple[str, ...]) -> tuple[npt.NDArray[np.intp], int, int]:
    """Where CONTEXT_FACTS, log_words and substantial are among the facts and lexical facts."""
    column_of = {name: i for i, name in enumerate([*fact_names, *LEXICAL_FACTS])}
    context = np.asarray([column_of[fact] for fact in CONTEXT_FACTS], dtype=np.intp)
    return context, column_of["log_words"], column_of["substantial"]


class _PageLayout(NamedTuple):
    """What page_features needs of a page of n units that depends on n alone."""

    neighbours: npt.NDArray[np.intp]  # (n, offsets): rows of the padded values
    # (radii, n): each unit's window [low, high) of the running sums; (radii, n, 1) its size
    window_low: npt.NDArray[np.intp]
    window_high: npt.NDArray[np.intp]
    window_size: FloatArray
    position: FloatArray
    # (n, 4): position, log_index, log_from_end and log_units, the columns that say where
    # a unit stands in a page of n units
    place: FloatArray


# Layouts of pages up to this many units are remembered (most pages are far shorter).
REMEMBERED_LAYOUT_UNITS = 1024


def _page_layout(n: int) -> _PageLayout:
    return _remembered_layout(n) if n <= REMEMBERED_LAYOUT_UNITS else _layout(n)


@lru_cache(maxsize=256)
def _remembered_layout(n: int) -> _PageLayout:
    return _layout(n)


def _layout(n: int) -> _PageLayout:
    index = np.arange(n)
    neighbours = _PADDING + index[:, None] + np.asarray(NEIGHBOUR_OFFSETS)[None, :]
    radii = np.asarray(WINDOW_RADII)[:, None]
    low = np.maximum(index - radii, 0)
    high = np.minimum(index + radii + 1, n)
    position = np.arange(n, dtype=np.float64)
    place = np.empty((n, 4))
    place[:, 0] = position / max(n - 1, 1)
    place[:, 1] = np.log1p(position)
    place[:, 2] = np.log1p(n - 1 - position)
    place[:, 3] = math.log1p(n)
    return _PageLayout(
        neighbours=neighbours,
        window_low=low,
        window_high=high,
        window_size=(high - low).astype(np.float64)[:, :, None],
        position=position,
        place=place,
    )


def _prose_run(log_words: FloatArray, substantial: FloatArray) -> tuple[int, int]:
    """[start, end) of the page's densest run of prose: the maximum-sum run of units,
    where a substantial paragraph counts its length and anything else costs a little."""
    gains = np.where(substantial > 0, np.expm1(log_words), -3.0).tolist()
    best, best_span = 0.0, (0, 0)
    running, start = 0.0, 0
    for i, gain in enumerate(gains):
        if running <= 0:
            running, start = 0.0, i
        running += gain
        if running > best:
            best, best_span = running, (start, i + 1)
    return best_span


def read_page(facts: FloatArray, texts: Sequence[str], model: ReaderModel | None = None) -> Reading:
    """Label a page's units: the article's text units and its headline."""
    model = model or load_model()
    n = len(facts)
    if n == 0:
        return Reading(body=(), headline=None, body_start=0, body_end=0)
    if facts.shape[1] != len(model.fact_names):
        # A model trained on other line facts would read every column wrong: retrain.
        raise ValueError(
            f"the reader model knows {len(model.fact_names)} line facts, the page has "
            f"{facts.shape[1]}: retrain it (python -m feedd.training.train)"
        )
    lexical = lexical_facts(texts, model.word_odds, model.lexical_memo)
    features = page_features(facts, model.fact_names, lexical)
    body_logits = model.body.logits(features)
    body = decode_span(body_logits.tolist(), model.decoder, end_markers(facts, model.fact_names))
    start = body[0] if body else n
    end = body[-1] + 1 if body else n
    barred = never_headline(facts, model.fact_names)
    headline = rank_headline(features, body_logits, start, model.headline, barred)
    return Reading(body=tuple(body), headline=headline, body_start=start, body_end=end)


def headline_features(
    features: FloatArray, body_logits: FloatArray, start: int, candidates: range
) -> FloatArray:
    """The units' features with where each stands relative to the body's start."""
    first, stop = candidates.start, candidates.stop
    out = np.empty((len(candidates), features.shape[1] + 3))
    out[:, :-3] = features[first:stop]
    out[:, -3] = start - np.arange(first, stop, dtype=np.float64)
    out[:, -2] = body_logits[first:stop]
    # the next unit's body log-odds; below the last unit, -10
    following = body_logits[first + 1 : stop + 1]
    out[: len(following), -1] = following
    out[len(following) :, -1] = -10.0
    return out


def headline_candidates(n: int, start: int) -> range:
    return range(max(0, min(start, n) - HEADLINE_WINDOW), min(n, start + 2))


def rank_headline(
    features: FloatArray,
    body_logits: FloatArray,
    start: int,
    forest: ObliviousForest,
    barred: npt.NDArray[np.bool_] | None = None,
) -> int | None:
    """The best-ranked candidate, passing over those `barred` while another is left."""
    candidates = headline_candidates(len(features), start)
    if not len(candidates):
        return None
    scores = forest.logits(headline_features(features, body_logits, start, candidates)).tolist()
    if barred is not None:
        is_barred = barred[candidates.start : candidates.stop].tolist()
        if not all(is_barred):
            scores = [-math.inf if no else s for s, no in zip(scores, is_barred, strict=True)]
    # The first of the best, as np.argmax: for a handful of candidates plain Python is cheaper.
    return candidates.start + max(range(len(scores)), key=scores.__getitem__)


# Kinds of line the rule base knows are never a headline: a byline, a link. (Not chrome
# nor a caption: the rules call a headline about cookies chrome, and one right above a
# photo's credit a caption.)
NEVER_HEADLINE_KINDS = ("kind_byline", "kind_link")


def never_headline(facts: FloatArray, fact_names: Sequence[str]) -> npt.NDArray[np.bool_]:
    """Per unit, whether the rule base's kind of it rules it out as the headline."""
    columns = _never_headline_columns(tuple(fact_names))
    return np.asarray((facts.take(columns, axis=1) > 0).any(axis=1), dtype=np.bool_)


@lru_cache(maxsize=8)
def _never_headline_columns(fact_names: tuple[str, ...]) -> npt.NDArray[np.intp]:
    return np.asarray([fact_names.index(kind) for kind in NEVER_HEADLINE_KINDS], dtype=np.intp)


def end_markers(facts: FloatArray, fact_names: Sequence[str]) -> list[bool]:
    """Units where the rule base ends the article: the first one after its span."""
    in_span = facts[:, fact_names.index("rule_span")] > 0
    return [False, *(in_span[:-1] & ~in_span[1:]).tolist()][: len(in_span)]


def decode_span(
    logits: Sequence[float], settings: DecoderSettings, markers: Sequence[bool] = ()
) -> list[int]:
    """The units in the best single run with holes (Viterbi over before/body/hole/after).

    At a unit in `markers`, staying in the article (as body or hole) costs `marker_cost`.
    """
    before, body, hole, after = 0, 1, 2, 3
    minus_inf = -math.inf
    enter, hole_cost, bias = settings.enter_cost, settings.hole_cost, settings.body_bias
    marker_cost = settings.marker_cost
    # Score of each state, and back-pointers; emissions are half log-odds either way.
    scores = [0.0, -enter, minus_inf, minus_inf]
    pointers: list[tuple[int, int, int, int]] = []
    for i, logit in enumerate(logits):
        keep = 0.5 * (logit + bias)
        drop = -keep
        if i == 0:
            scores = [drop, keep - enter, minus_inf, minus_inf]
            pointers.append((before, before, before, before))
            continue
        s_before, s_body, s_hole, s_after = scores
        # Each state is reached from its best predecessor, the later state at a tie: the
        # max over (score, state) pairs, written out (it runs for every unit).
        # into body: from before (entering), body, or hole (resuming)
        to_body, body_from = s_before - enter, before
        if s_body >= to_body:
            to_body, body_from = s_body, body
        if s_hole >= to_body:
            to_body, body_from = s_hole, hole
        to_hole, hole_from = s_body - hole_cost, body
        if s_hole >= to_hole:
            to_hole, hole_from = s_hole, hole
        to_after, after_from = s_body - enter, body
        if s_hole - enter >= to_after:
            to_after, after_from = s_hole - enter, hole
        if s_after >= to_after:
            to_after, after_from = s_after, after
        stay = marker_cost if i < len(markers) and markers[i] else 0.0
        scores = [s_before + drop, to_body + keep - stay, to_hole + drop - stay, to_after + drop]
        pointers.append((before, body_from, hole_from, after_from))
    state = max(range(4), key=lambda s: (scores[s], -s))
    if state == before:
        return []
    kept: list[int] = []
    for i in range(len(logits) - 1, -1, -1):
        if state == body:
            kept.append(i)
        state = pointers[i][state]
    kept.reverse()
    return kept


@cache
def load_model() -> ReaderModel:
    """The shipped model, read once per process."""
    text = resources.files("feedd.normalize").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return model_from_json(json.loads(text))


def model_from_json(data: dict[str, object]) -> ReaderModel:
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"reader model format {data.get('format')!r}, want {MODEL_FORMAT}")
    decoder = data["decoder"]
    assert isinstance(decoder, dict)
    return ReaderModel(
        fact_names=tuple(data["fact_names"]),  # type: ignore[arg-type]
        word_odds=dict(data["word_odds"]),  # type: ignore[call-overload]
        body=ObliviousForest.from_json(data["body"]),  # type: ignore[arg-type]
        headline=ObliviousForest.from_json(data["headline"]),  # type: ignore[arg-type]
        decoder=DecoderSettings(**decoder),
    )


def model_to_json(model: ReaderModel) -> dict[str, object]:
    return {
        "format": MODEL_FORMAT,
        "fact_names": list(model.fact_names),
        "decoder": {
            "body_bias": model.decoder.body_bias,
            "enter_cost": model.decoder.enter_cost,
            "hole_cost": model.decoder.hole_cost,
            "marker_cost": model.decoder.marker_cost,
        },
        "word_odds": {w: model.word_odds[w] for w in sorted(model.word_odds)},
        "body": model.body.to_json(),
        "headline": model.headline.to_json(),
    }
