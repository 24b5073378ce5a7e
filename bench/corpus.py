"""Deterministic generator of scraped-page documents in the sample's style, for benchmarks.

`python bench/corpus.py DIR --count N [--seed S] [--shape sample|outlets]` writes N
plain-text pages of 2–8 KB, about 3% of them on the shipped "Russia–Syria bases" topic.
The same arguments always give the same bytes and mtimes.

Two shapes:

- `sample` (the default): pages in three layouts with the outlet picked at random, in
  sub-folders of 1,000 (`000/doc-000000.txt`), mtimes 37 minutes apart (the corpus the
  earlier figures in bench/README.md were measured on).
- `outlets`: one flat folder (`000123_<hex>.txt`, as a scraper names its files) of six
  outlets, each with its own chrome on every page (banner, navigation, byline and date
  lines, appeal or donation box, footer, a "read more" list of recent headlines); about
  10% of the pages are re-saved versions of an earlier story of the same outlet (one word
  changed or an update paragraph appended, a later mtime, a new file), and about 12%
  copies of an earlier agency story (same text, agency byline) in another outlet's chrome.

`pages()` yields the same pages with what the scraper knew about each (title, outlet,
byline, dates, the article's paragraphs, whether it is on the topic): bench/run.py builds
the Hugo site from it.
"""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
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


SHAPES = ("sample", "outlets")


class PageKind(StrEnum):
    STORY = "story"  # the first page of a story
    RESAVE = "resave"  # the same story of the same outlet saved again, slightly edited
    WIRE_COPY = "wire_copy"  # an agency story as another outlet printed it


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One document of a corpus and what the scraper that saved it knew about it."""

    name: str  # path inside the corpus folder
    text: str  # the file's text, chrome included
    modified_at: datetime  # the file's mtime
    title: str
    outlet: str
    byline: str
    published_at: datetime
    body: tuple[str, ...]  # the article's paragraphs, without chrome
    is_on_topic: bool
    story: int  # index of the story's first page: re-saves and wire copies share it
    kind: PageKind


def sample_pages(count: int, *, seed: int = 1, topic_share: float = 0.03) -> Iterator[Page]:
    """The `sample` shape: three layouts, outlets at random, 1,000 pages per folder."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for index in range(count):
        on_topic = rng.random() < topic_share
        outlet = rng.choice(OUTLETS)
        size = rng.randint(1800, 7200)
        body = _paragraphs(rng, size, on_topic)
        when = start + timedelta(minutes=index * 37 + rng.randint(0, 30))
        date = when.strftime("%b %d, %Y")
        layout = LAYOUTS[index % len(LAYOUTS)]
        headline = _headline(rng, index, on_topic)
        byline = rng.choice(NAMES)
        yield Page(
            name=f"{index // 1000:03d}/doc-{index:06d}.txt",
            text=layout(outlet, headline, byline, date, body) + "\n",
            modified_at=when,
            title=headline,
            outlet=outlet,
            byline=byline,
            published_at=when,
            body=tuple(body),
            is_on_topic=on_topic,
            story=index,
            kind=PageKind.STORY,
        )


# -- the `outlets` shape ------------------------------------------------------------------

AGENCIES = ("Reuters", "AFP", "AP")
RESAVE_SHARE = 0.10
WIRE_COPY_SHARE = 0.12
WIRE_SHARE = 0.30  # of new stories, how many come from an agency
RECENT = 300  # re-saves and wire copies pick among this many latest stories
MOSCOW_APPEAL = (
    "We are facing unprecedented challenges. Russia's Prosecutor General's Office has "
    'designated The Moscow Times as an "undesirable" organization, criminalizing our work '
    "and putting our staff at risk of prosecution. This follows our earlier unjust labeling "
    'as a "foreign agent."',
    "These actions are direct attempts to silence independent journalism in Russia. The "
    'authorities claim our work "discredits the decisions of the Russian leadership." We '
    "see things differently: we strive to provide accurate, unbiased reporting on Russia.",
    "We, the journalists of The Moscow Times, refuse to be silenced. But to continue our "
    "work, we need your help.",
    "Your support, no matter how small, makes a world of difference. If you can, please "
    "support us monthly starting from just $2. It's quick to set up, and every contribution "
    "makes a significant impact.",
    "By supporting The Moscow Times, you're defending open, independent journalism in the "
    "face of repression. Thank you for standing with us.",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Parts:
    headline: str
    byline: str
    published_at: datetime
    body: tuple[str, ...]
    related: tuple[str, ...]  # headlines of other recent stories
    credit: str  # a photo credit


def _by(parts: _Parts) -> str:
    return parts.byline if parts.byline in AGENCIES else f"By {parts.byline}"


def _outlet_moscow(p: _Parts) -> list[str]:
    return [
        "Support The Moscow Times!",
        p.headline,
        _by(p),
        p.published_at.strftime("%b %d, %Y"),
        f"Officials at the meeting. {p.credit} / TASS",
        *p.body,
        "Sign up for our free weekly newsletter",
        "Our weekly newsletter contains a hand-picked selection of news, features, analysis "
        "and more from The Moscow Times. You will receive it in your mailbox every Friday. "
        "Never miss the latest news from Russia. Preview\n"
        "Subscribers agree to the Privacy Policy",
        "A Message from The Moscow Times:",
        "Dear readers,",
        *MOSCOW_APPEAL,
        "Once\nMonthly\nAnnual\nContinue\npaiment methods\nNot ready to support today?\n"
        "Remind me later.",
        "Read more",
        "\n".join(p.related),
    ]


def _outlet_courier(p: _Parts) -> list[str]:
    return [
        "Riga Courier\nMenu\nNews · Features · Explainers · Podcasts · Donate",
        "Riga Courier is blocked in Russia. Help us keep reporting: donate.",
        p.headline,
        p.published_at.strftime("%d %B %Y, %H:%M"),
        f"Story by {p.byline}" if p.byline not in AGENCIES else f"Source: {p.byline}",
        *p.body,
        "Riga Courier depends on its readers. Since 2022 we have been labelled an undesirable "
        "organization, and every advertiser has left us. Only you can keep us going. Every "
        "donation, even the smallest, helps.",
        "Support Riga Courier\nBecome a monthly supporter",
        "More stories",
        "\n".join(p.related),
        "© 2025 Riga Courier. All rights reserved. Privacy policy · Terms of use",
    ]


def _outlet_caspian(p: _Parts) -> list[str]:
    return [
        "We use cookies to improve your experience. Accept all",
        "Caspian Post\nPolitics | Economy | Region | Opinion | Video",
        p.headline,
        f"{_by(p)} | Published: {p.published_at:%B %d, %Y}",
        f"Photo: {p.credit}",
        *p.body,
        "Subscribe to Caspian Post on Telegram for the latest news.",
        "Do you value our reporting? Caspian Post is funded by its readers. Make a "
        "contribution today.",
        "Most read",
        "\n".join(p.related),
        "Copyright 2025 Caspian Post. All rights reserved. Reproduction without permission "
        "is prohibited.",
    ]


def _outlet_meridian(p: _Parts) -> list[str]:
    return [
        "Daily Meridian",
        "News > World > Europe",
        p.headline,
        _by(p),
        p.published_at.strftime("%b %d, %Y"),
        "Listen to this article",
        *p.body,
        "Share\nTweet\nCopy link",
        "Related",
        "\n".join(p.related),
        "Support quality journalism. Subscribe to the Daily Meridian from $1 a week.",
        "© 2025 Daily Meridian",
    ]


def _outlet_ledger(p: _Parts) -> list[str]:
    return [
        "Skip to content",
        "Baltic Ledger | Independent news from the Baltic since 1991",
        "Home  World  Business  Opinion  Culture",
        p.headline,
        f"{p.byline}, correspondent" if p.byline not in AGENCIES else p.byline,
        f"Updated: {p.published_at:%Y-%m-%d %H:%M}",
        *p.body,
        "Independent journalism needs you. The Ledger has no owner and no paywall: it "
        "lives on readers' donations. Donate now",
        "Topics: World, Politics",
        "Read next",
        "\n".join(p.related),
        "Baltic Ledger · Contact · Advertise · Privacy",
    ]


def _outlet_eastern(p: _Parts) -> list[str]:
    return [
        "EASTERN WIRE",
        "Breaking news from Eastern Europe and Central Asia",
        p.headline,
        f"{p.published_at:%d.%m.%Y %H:%M} | {p.byline}",
        *p.body,
        "If you found this useful, support Eastern Wire. We are an independent newsroom "
        "funded by readers like you.",
        "Donate once | Donate monthly",
        "Read also:",
        "\n".join(p.related),
        "Eastern Wire © 2025. Use of materials only with a hyperlink.",
    ]


OUTLET_LAYOUTS: dict[str, Callable[[_Parts], list[str]]] = {
    "The Moscow Times": _outlet_moscow,
    "Riga Courier": _outlet_courier,
    "Caspian Post": _outlet_caspian,
    "Daily Meridian": _outlet_meridian,
    "Baltic Ledger": _outlet_ledger,
    "Eastern Wire": _outlet_eastern,
}


@dataclass(slots=True, kw_only=True)
class _Story:
    """The latest version of a story, as later re-saves and wire copies start from it."""

    index: int
    headline: str
    byline: str
    published_at: datetime
    body: tuple[str, ...]
    is_on_topic: bool
    outlets: set[str]  # where it appeared (its first outlet first)
    first_outlet: str


def _edited(rng: random.Random, body: tuple[str, ...]) -> tuple[str, ...]:
    """A re-saved version: one word changed, or an update paragraph at the end."""
    paragraphs = list(body)
    if rng.random() < 0.5:
        at = rng.randrange(len(paragraphs))
        words = paragraphs[at].split(" ")
        word_at = rng.randrange(len(words))
        new_word = rng.choice(WORDS)
        words[word_at] = new_word if new_word != words[word_at] else "reportedly"
        paragraphs[at] = " ".join(words)
    else:
        paragraphs.append("Update: " + _sentence(rng))
    return tuple(paragraphs)


def outlet_pages(count: int, *, seed: int = 1, topic_share: float = 0.03) -> Iterator[Page]:
    """The `outlets` shape: one flat folder; six outlets' chrome; re-saves; wire copies."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    outlets = tuple(OUTLET_LAYOUTS)
    stories: list[_Story] = []
    wire_stories: list[_Story] = []
    for index in range(count):
        # 7-minute slots with at most 6 minutes of jitter: a later page is always later.
        when = start + timedelta(minutes=index * 7 + rng.randint(0, 6))
        roll = rng.random()
        copyable = [s for s in wire_stories[-RECENT:] if len(s.outlets) < len(outlets)]
        if roll < RESAVE_SHARE and stories:
            story = rng.choice(stories[-RECENT:])
            story.body = _edited(rng, story.body)
            outlet, kind = story.first_outlet, PageKind.RESAVE
        elif roll < RESAVE_SHARE + WIRE_COPY_SHARE and copyable:
            story = rng.choice(copyable)
            outlet = rng.choice([o for o in outlets if o not in story.outlets])
            story.outlets.add(outlet)
            kind = PageKind.WIRE_COPY
        else:
            outlet = rng.choice(outlets)
            on_topic = rng.random() < topic_share
            is_wire = rng.random() < WIRE_SHARE
            body = _paragraphs(rng, rng.randint(1700, 6000), on_topic)
            byline = rng.choice(AGENCIES) if is_wire else rng.choice(NAMES)
            if is_wire:
                body[0] = f"{rng.choice(PLACES).upper()} ({byline}) - {body[0]}"
            story = _Story(
                index=index,
                headline=_headline(rng, index, on_topic),
                byline=byline,
                published_at=when,
                body=tuple(body),
                is_on_topic=on_topic,
                outlets={outlet},
                first_outlet=outlet,
            )
            stories.append(story)
            if is_wire:
                wire_stories.append(story)
            kind = PageKind.STORY
        recent = [s.headline for s in stories[-50:] if s is not story]
        parts = _Parts(
            headline=story.headline,
            byline=story.byline,
            published_at=story.published_at,
            body=story.body,
            related=tuple(rng.sample(recent, min(3, len(recent)))),
            credit=rng.choice(NAMES),
        )
        blocks = [block for block in OUTLET_LAYOUTS[outlet](parts) if block]
        yield Page(
            name=f"{index:06d}_{rng.getrandbits(64):016x}.txt",
            text="\n\n".join(blocks) + "\n",
            modified_at=when,
            title=story.headline,
            outlet=outlet,
            byline=story.byline,
            published_at=story.published_at,
            body=story.body,
            is_on_topic=story.is_on_topic,
            story=story.index,
            kind=kind,
        )


def pages(
    count: int, *, seed: int = 1, topic_share: float = 0.03, shape: str = "sample"
) -> Iterator[Page]:
    """The corpus' pages, in the order they are written."""
    if shape == "sample":
        return sample_pages(count, seed=seed, topic_share=topic_share)
    if shape == "outlets":
        return outlet_pages(count, seed=seed, topic_share=topic_share)
    raise ValueError(f"unknown corpus shape {shape!r}: one of {', '.join(SHAPES)}")


def generate(
    folder: Path, count: int, *, seed: int = 1, topic_share: float = 0.03, shape: str = "sample"
) -> int:
    """Write `count` documents into `folder`; return the number on the shipped topic."""
    folder.mkdir(parents=True, exist_ok=True)
    on_topic_total = 0
    for page in pages(count, seed=seed, topic_share=topic_share, shape=shape):
        on_topic_total += page.is_on_topic
        path = folder / page.name
        path.parent.mkdir(exist_ok=True)
        path.write_text(page.text, encoding="utf-8")
        stamp = page.modified_at.timestamp()
        os.utime(path, (stamp, stamp))
    return on_topic_total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shape", choices=SHAPES, default="sample", help="default: sample")
    args = parser.parse_args()
    on_topic = generate(args.folder, args.count, seed=args.seed, shape=args.shape)
    print(f"wrote {args.count} {args.shape} documents ({on_topic} on topic) to {args.folder}")


if __name__ == "__main__":
    main()
