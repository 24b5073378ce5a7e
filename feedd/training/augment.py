"""Our own training pages: shippable pages with what follows articles on the web added.

The Readability pages (the only ones whose weights may ship) are test pages for an
extractor and rarely carry what real news and blog pages pile under an article: reader
comments (a name and a date over each, "Reply" under it) and lists of related
headlines. Left alone, a reader trained on them keeps comments as text. Each training
page gets one copy with such a section inserted right after its article, built from
phrases written here and from the other Readability pages' headlines and sentences, so
the copy is derived only from Apache-2.0 data and our own text. Half the copies also get
furniture lines right around the headline (share rows, section labels, time stamps), so
the headline ranker learns what stands beside a headline. Deterministic.
"""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Sequence

from feedd.training.align import LabelledPage, label_page

AUGMENTED = "+augmented"
SEED = 20261206

_FIRST = (
    "Anna Ben Carla David Elena Farid Grace Hugo Irene Jon Kemal Lena Marco Nina Omar Paula".split()
)
_LAST = "Smith Novak Garcia Kim Rossi Weber Dubois Silva Khan Lee Moreau Berg Costa Ivanova".split()
_HANDLES = "jdoe77 mike_r truthseeker sarahk old_timer anon123 bluebird nolafan reader42".split()
_MONTHS = "January February March April May June July August September October November December"
_RELATED_HEADINGS = (
    "Related",
    "Related stories",
    "Related Posts",
    "More from this section",
    "You may also like",
    "Recommended",
    "Most read",
    "Read next",
    "More stories",
    "Top stories",
    "Popular now",
)
_COMMENT_HEADINGS = (
    "{n} Comments",
    "Comments ({n})",
    "{n} Responses to “{title}”",
    "Leave a Reply",
    "Reader comments",
    "Discussion",
    "{n} thoughts on “{title}”",
    "COMMENTS ({n}) Post a comment",
)
_COMMENT_META = (
    "{name} on {date} at {time}",
    "by {name} on {date} at {time}. Reply #",
    "{name} says:",
    "{name} {date} at {time}",
    "Posted by {handle} on {short_date} at {time}",
    "{name} · {ago}",
    "{handle} wrote:",
    "{name} | {date}",
)
_COMMENT_CLOSERS = ("Reply", "Report abuse", "Like Reply", "Recommend", "Reply ↓", "")
_COMMENT_OPENERS = (
    "Great post.",
    "Thanks for sharing this.",
    "I disagree.",
    "Well said!",
    "Interesting read.",
    "This is exactly right.",
    "Not sure about this.",
    "",
)


def augmented_pages(pages: Sequence[LabelledPage]) -> list[LabelledPage]:
    """One copy of each page with comments and/or related headlines after its article."""
    sentences = [
        s
        for page in pages
        for s in re.split(r"(?<=[.!?])\s+", page.gold_text.replace("\n\n", " "))
        if 6 <= s.count(" ") <= 40
    ]
    headlines = sorted(
        {p.gold_title for p in pages if p.gold_title and p.gold_title.count(" ") >= 3}
    )
    copies = []
    for page in pages:
        if not page.body.any() or not sentences or not headlines:
            continue
        rng = random.Random(f"{SEED}/{page.page_id}/{page.style}")
        last_body = max(i for i, is_body in enumerate(page.body) if is_body)
        at = min(len(page.unit_texts), last_body + 1 + rng.randint(0, 2))
        section: list[str] = []
        kinds = rng.choice((("comments",), ("related",), ("related", "comments")))
        for kind in kinds:
            if kind == "comments":
                section += _comments(rng, sentences, page.gold_title or "this story")
            else:
                section += _related(rng, headlines)
        units = [*page.unit_texts[:at], *section, *page.unit_texts[at:]]
        if page.headline is not None and rng.random() < 0.5:
            # Furniture right around the headline: share rows, section labels, stamps.
            around = [rng.choice(_AROUND_HEADLINE).format(**_date(rng)) for _ in range(2)]
            h = page.headline
            units = [*units[:h], around[0], units[h], around[1], *units[h + 1 :]]
        if page.style == "dump":
            text = "\n\n".join(
                textwrap.fill(u, 76, initial_indent="   ", subsequent_indent="   ") for u in units
            )
        else:
            text = "\n\n".join(units)
        copies.append(
            label_page(
                page.dataset,
                page.page_id + AUGMENTED,
                page.style,
                text,
                page.gold_text,
                page.gold_title,
                is_blind=False,
                may_ship=True,
            )
        )
    return copies


_AROUND_HEADLINE = (
    "E-mail article Print view Share",
    "Print this article",
    "Email this to a friend",
    "Share on Facebook Share on Twitter",
    "Posted: {date}",
    "Published {date} {time}",
    "Updated {ago}",
    "Article Launched: {short_date} {time}",
    "World News",
    "Politics",
    "Sport | Football",
    "Home > News > World",
    "Get Business News Feeds",
    "Most popular",
    "Advertisement",
    "Text size: A A A",
    "Comments (12)",
    "Location: Newsdesk",
)


def _date(rng: random.Random) -> dict[str, str]:
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    year = rng.randint(2008, 2024)
    hour = rng.randint(1, 12)
    return {
        "date": f"{_MONTHS.split()[month]} {day}, {year}",
        "short_date": f"{month + 1:02d}/{day:02d}/{year % 100:02d}",
        "time": f"{hour}:{rng.randint(0, 59):02d} {rng.choice(('am', 'pm', 'AM', 'PM'))}",
        "ago": f"{rng.randint(2, 23)} {rng.choice(('hours', 'days', 'minutes'))} ago",
    }


def _comments(rng: random.Random, sentences: Sequence[str], title: str) -> list[str]:
    lines = [rng.choice(_COMMENT_HEADINGS).format(n=rng.randint(2, 60), title=title)]
    for _ in range(rng.randint(2, 6)):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        meta = rng.choice(_COMMENT_META).format(
            name=name, handle=rng.choice(_HANDLES), **_date(rng)
        )
        lines.append(meta)
        for paragraph in range(rng.randint(1, 2)):
            opener = rng.choice(_COMMENT_OPENERS) if paragraph == 0 else ""
            said = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
            lines.append(f"{opener} {said}".strip())
        closer = rng.choice(_COMMENT_CLOSERS)
        if closer:
            lines.append(closer)
    return lines


def _related(rng: random.Random, headlines: Sequence[str]) -> list[str]:
    lines = [rng.choice(_RELATED_HEADINGS)]
    with_dates = rng.random() < 0.3
    for headline in rng.sample(list(headlines), k=min(len(headlines), rng.randint(3, 8))):
        lines.append(headline)
        if with_dates:
            lines.append(_date(rng)["date"])
    return lines
