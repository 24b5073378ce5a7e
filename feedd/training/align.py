"""Label a rendered page's units by aligning them with the page's gold text.

A unit is body when most of its words are covered by word trigrams that also occur in
the gold text (a trigram may run across unit boundaries, so a one-word subheading counts
when the gold has it before its paragraph). The headline is the unit whose text is the
gold title; when the page's `<title>` line and a heading both are, the heading nearest
above the body wins.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from feedd.eval_webpages import words
from feedd.normalize.plaintext import page_facts, page_title_headline
from feedd.normalize.reader import FloatArray

BODY_COVERAGE = 0.5
TITLE_SIMILARITY = 0.8


def body_labels(unit_texts: Sequence[str], gold_text: str) -> list[bool]:
    """Whether each unit is article text, by word-trigram coverage against the gold."""
    gold = words(gold_text)
    gold_trigrams = {tuple(gold[i : i + 3]) for i in range(len(gold) - 2)}
    gold_words = set(gold)
    stream: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(unit_texts):
        unit_words = words(text)
        stream += unit_words
        owner += [index] * len(unit_words)
    covered = [False] * len(stream)
    for i in range(len(stream) - 2):
        if tuple(stream[i : i + 3]) in gold_trigrams:
            covered[i] = covered[i + 1] = covered[i + 2] = True
    totals = [0] * len(unit_texts)
    hits = [0] * len(unit_texts)
    for position, index in enumerate(owner):
        totals[index] += 1
        hits[index] += covered[position]
    labels = []
    for index, total in enumerate(totals):
        if total == 0:
            labels.append(False)
        elif total < 3 and len(stream) < 3:
            labels.append(all(w in gold_words for w in words(unit_texts[index])))
        else:
            labels.append(hits[index] / total >= BODY_COVERAGE)
    return labels


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def headline_label(
    unit_texts: Sequence[str],
    gold_title: str | None,
    body: Sequence[bool],
    page_title_headline: str | None,
) -> int | None:
    """Index of the headline unit, or None when no unit is the gold title."""
    if not gold_title:
        return None
    want = fold(gold_title)
    want_words = set(words(gold_title))
    first_body = next((i for i, is_body in enumerate(body) if is_body), len(unit_texts))
    best: tuple[float, int] | None = None
    for i, text in enumerate(unit_texts):
        candidate = page_title_headline if i == 0 and page_title_headline else text
        if fold(candidate) == want:
            similarity = 1.0
        else:
            got_words = set(words(candidate))
            union = got_words | want_words
            similarity = len(got_words & want_words) / len(union) if union else 0.0
            if similarity < TITLE_SIMILARITY:
                continue
            similarity *= 0.9  # an exact line beats a near one
        # Prefer the heading nearest above the body over the <title> line and repeats.
        distance = first_body - i if i <= first_body else 3 * (i - first_body) + 50
        score = similarity * 1000 - distance - (30 if i == 0 and page_title_headline else 0)
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


@dataclass(frozen=True, slots=True)
class LabelledPage:
    """One rendered page as the reader sees it, with labels from the gold."""

    dataset: str
    page_id: str
    style: str
    is_blind: bool
    may_ship: bool
    unit_texts: tuple[str, ...]
    facts: FloatArray
    body: npt.NDArray[np.bool_]
    headline: int | None
    gold_text: str
    gold_title: str | None


def label_page(
    dataset: str,
    page_id: str,
    style: str,
    text: str,
    gold_text: str,
    gold_title: str | None,
    *,
    is_blind: bool,
    may_ship: bool,
    gold_body: Sequence[str] | None = None,
) -> LabelledPage:
    units, facts = page_facts(text)
    texts = tuple(u.text for u in units)
    if gold_body is not None:  # the project's corpora list their body paragraphs
        wanted = {" ".join(p.split()) for p in gold_body}
        body = [t in wanted for t in texts]
    else:
        body = body_labels(texts, gold_text)
    headline = headline_label(texts, gold_title, body, page_title_headline(units))
    if headline is not None:
        body[headline] = False
    return LabelledPage(
        dataset=dataset,
        page_id=page_id,
        style=style,
        is_blind=is_blind,
        may_ship=may_ship,
        unit_texts=texts,
        facts=facts,
        body=np.asarray(body, dtype=np.bool_),
        headline=headline,
        gold_text=gold_text,
        gold_title=gold_title,
    )
