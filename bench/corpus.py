"""Deterministic generator of scraped-page documents in the sample's style, for benchmarks.

`python bench/corpus.py DIR --count N [--seed S]` writes N plain-text pages of 2–8 KB in
several outlet layouts (banners, captions, bylines, dates, newsletter and donation boxes),
about 3% of them on the shipped "Russia–Syria bases" topic, with mtimes spread over the
last year. The same arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

WORDS = (
    "government officials said the ministry would review agreements signed last year while "
    "analysts warned that the economy faces pressure from sanctions inflation and trade "
    "disputes regional leaders met in the capital to discuss energy supplies transport "
    "corridors and investment plans the parliament debated a new budget for schools "
    "hospitals and roads farmers reported a poor harvest after a dry summer prices rose "
    "sharply in several cities the central bank kept interest rates unchanged citing "
    "uncertainty about growth exports fell for a third month the opposition called for "
    "early elections and greater transparency local media reported protests near the "
    "border police detained several activists journalists were denied access to the court"
).split()
TOPIC_SENTENCES = (
    "Russia maintains a naval facility in Tartus and an air base at Hmeimim in Syria.",
    "Moscow wants to keep its military bases on the Syrian coast, officials said.",
    "The future of Russia's military presence in Syria remains unclear.",
)
PLACES = ("Moscow", "Berlin", "Ankara", "Tbilisi", "Almaty", "Kyiv", "Riga", "Baku", "Yerevan")
NAMES = ("Anna Petrova", "John Miller", "Sofia Rossi", "Ivan Sokolov", "Maria Lopez", "Ali Demir")
OUTLETS = ("The Moscow Times", "Daily Meridian", "Eastern Wire", "Caspian Post", "Baltic Ledger")


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 28))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _paragraphs(rng: random.Random, size: int, on_topic: bool) -> list[str]:
    paragraphs: list[str] = []
    total = 0
    while total < size:
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
        if on_topic and rng.random() < 0.4:
            sentences.insert(1, rng.choice(TOPIC_SENTENCES))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return paragraphs


def _headline(rng: random.Random, index: int, on_topic: bool) -> str:
    if on_topic:
        return f"Russia and Syria Discuss Future of Military Bases, Round {index}"
    place = rng.choice(PLACES)
    topic = " ".join(w.capitalize() for w in rng.sample(WORDS, 4))
    return f"{place} {topic} in Report {index}"


def _layout_moscow(outlet: str, headline: str, byline: str, date: str, body: list[str]) -> str:
    return "\n\n".join(
        [
            f"Support {outlet}!",
            headline,
            f"Officials meet in {PLACES[0]}. Ivan Ivanov / TASS",
            *body,
            "Sign up for our free weekly newsletter",
            f"Our weekly newsletter contains a hand-picked selection of news from {outlet}.",
            f"A Message from {outlet}:",
            "Dear readers,",
            "We are facing unprecedented challenges. Please support us.",
            "Once\nMonthly\nAnnual",
            "Remind me later.",
            "Read more",
        ]
    )


def _layout_wire(outlet: str, headline: str, byline: str, date: str, body: list[str]) -> str:
    return "\n\n".join(
        [
            outlet,
            "News > World > Europe",
            headline,
            f"By {byline}",
            date,
            "Listen to this article",
            *body,
            "Share\nTweet\nCopy link",
            "Related",
            "Another story headline here\nAnd one more headline",
            f"© 2025 {outlet}",
        ]
    )


def _layout_post(outlet: str, headline: str, byline: str, date: str, body: list[str]) -> str:
    return "\n\n".join(
        [
            "Menu\nSearch\nSubscribe",
            "We use cookies to improve your experience. Accept all",
            headline,
            f"{byline}, Staff reporter | Published: {date}",
            "Photo: Reuters",
            *body,
            "12 comments",
            "Most read",
            "Top headline one\nTop headline two",
            f"Copyright 2025 {outlet}. All rights reserved.",
        ]
    )


LAYOUTS: tuple[Callable[[str, str, str, str, list[str]], str], ...] = (
    _layout_moscow,
    _layout_wire,
    _layout_post,
)


def generate(folder: Path, count: int, *, seed: int = 1, topic_share: float = 0.03) -> int:
    """Write `count` documents into `folder`; return the number on the shipped topic."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    on_topic_total = 0
    for index in range(count):
        on_topic = rng.random() < topic_share
        on_topic_total += on_topic
        outlet = rng.choice(OUTLETS)
        size = rng.randint(1800, 7200)
        body = _paragraphs(rng, size, on_topic)
        when = start + timedelta(minutes=index * 37 + rng.randint(0, 30))
        date = when.strftime("%b %d, %Y")
        layout = LAYOUTS[index % len(LAYOUTS)]
        text = layout(outlet, _headline(rng, index, on_topic), rng.choice(NAMES), date, body)
        path = folder / f"{index // 1000:03d}" / f"doc-{index:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
        stamp = when.timestamp()
        os.utime(path, (stamp, stamp))
    return on_topic_total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    on_topic = generate(args.folder, args.count, seed=args.seed)
    print(f"wrote {args.count} documents ({on_topic} on topic) to {args.folder}")


if __name__ == "__main__":
    main()
