# ruff: noqa: E501  (article data and HTML templates are long lines by nature)
"""Build the HELD-OUT evaluation corpus: `docs/` and `labels.json`, from the article data below.

    python tests/corpus_holdout/build_holdout.py [--out DIR]      (default: this folder)

The held-out corpus measures how the normalizer generalises: its outlets, page layouts,
people and articles are new (none of them occurs in tests/corpus), and it was written
without looking at the normalizer. Labels follow tests/corpus/README.md exactly.

Every document and its label come from the same record, so they agree. Each outlet
("layout") has one renderer that wraps an article in that outlet's page chrome. The
output is deterministic: running the script twice gives identical bytes
(tests/test_holdout_corpus.py checks that the committed files are what it writes).

All outlets, people and events are invented. Dates without a zone are UTC by convention.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------
# Article records


@dataclass
class Art:
    """One article as its outlet wrote it, before any page chrome."""

    key: str
    layout: str
    title: str
    body: list[str]  # paragraphs; html/md/json layouts may use [text](url), **strong**, > quote
    author: str | None = None  # label value: the name(s) without "By" or a role
    byline: str | None = None  # what the page shows, when the layout does not derive it
    published: str | None = None  # label value, ISO 8601; the layout renders its own format
    link: str | None = None
    section: str | None = None
    caption: str | None = None
    credit: str | None = None
    quote: str | None = None
    enc: str = "utf-8"  # utf-8, utf-8-sig, cp1251, utf-16-le-bom
    nl: str = "lf"  # lf or crlf
    x: dict[str, str] = field(default_factory=dict)  # layout-specific extras ("x-name: value")

    def xs(self, name: str) -> list[str]:
        """An extra holding a |-separated list."""
        return self.x[name].split("|") if self.x.get(name) else []

    def groups(self, name: str, size: int) -> list[list[str]]:
        items = self.xs(name)
        assert len(items) % size == 0, f"{self.key}: x-{name} needs groups of {size}"
        return [items[i : i + size] for i in range(0, len(items), size)]


FIELDS = {
    "layout",
    "title",
    "author",
    "byline",
    "published",
    "link",
    "section",
    "caption",
    "credit",
    "quote",
    "enc",
    "nl",
}


def parse_articles(data: str) -> list[Art]:
    """`@@ key`, then `name: value` lines (`x-name` for extras), `--`, blank-line paragraphs."""
    arts = []
    for chunk in re.split(r"^@@ ", data, flags=re.M)[1:]:
        head, sep, text = chunk.partition("\n--\n")
        assert sep, f"no '--' in {chunk[:40]!r}"
        key, *lines = head.strip("\n").split("\n")
        values: dict[str, str | None] = {}
        extra: dict[str, str] = {}
        for line in lines:
            name, sep, value = line.partition(": ")
            assert sep, f"{key}: bad header line {line!r}"
            if name.startswith("x-"):
                extra[name[2:]] = value
            else:
                assert name in FIELDS, f"{key}: unknown field {name}"
                values[name] = None if value == "null" else value
        body = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]
        arts.append(Art(key=key.strip(), body=body, x=extra, **values))  # type: ignore[arg-type]
    return arts


# --------------------------------------------------------------------------------------
# Helpers

EN_MONTHS = "January February March April May June July August September October November December"
EN_MONTHS_L = EN_MONTHS.split()
EN_ABBR = [m[:3] for m in EN_MONTHS_L]
AP_ABBR = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
RU_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
ZONE_NAMES = {"+00:00": "GMT", "-05:00": "EST", "-06:00": "CST", "+03:00": "МСК"}


def when(iso: str | None, *, has_time: bool | None = None, zones: tuple[str, ...] = ()) -> datetime:
    """Parse a label date and check it has a shape this layout can show."""
    assert iso, "this layout needs a date"
    value = datetime.fromisoformat(iso)
    if has_time is not None:
        assert ("T" in iso) == has_time, f"{iso}: layout needs time={has_time}"
    if "T" in iso and zones:
        assert iso[-6:] in zones, f"{iso}: layout shows only zones {zones}"
    return value


def zone(d: datetime) -> str:
    return ZONE_NAMES[d.isoformat()[-6:]]


def h12(d: datetime, *, dots: bool = False) -> str:
    """'11:42 AM' or, AP style, '8:12 a.m.'."""
    hour = d.hour % 12 or 12
    if dots:
        return f"{hour}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"
    return f"{hour}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def ap_date(d: datetime) -> str:
    return f"{AP_ABBR[d.month - 1]} {d.day}, {d.year}"


def number(art: Art, salt: str, low: int, high: int) -> int:
    """A stable pseudo-random number for one article (comment counts, views...)."""
    digest = hashlib.sha1(f"{art.key}/{salt}".encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
STRONG = re.compile(r"\*\*([^*]+)\*\*")


def plain(para: str) -> str:
    """The paragraph as a reader sees it: quote/list markers, links and emphasis removed."""
    text = para[2:] if para.startswith(("> ", "- ")) else para
    text = LINK.sub(r"\1", text)
    return STRONG.sub(r"\1", text)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def inline_html(para: str) -> str:
    """A data paragraph as HTML inline content (escaped; links and strong as tags)."""
    text = para[2:] if para.startswith(("> ", "- ")) else para
    out: list[str] = []
    pos = 0
    for match in LINK.finditer(text):
        out.append(esc(text[pos : match.start()]))
        out.append(f'<a href="{attr(match[2])}">{esc(match[1])}</a>')
        pos = match.end()
    out.append(esc(text[pos:]))
    return STRONG.sub(r"<strong>\1</strong>", "".join(out))


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def chrome_key(line: str) -> str:
    """Same rule as feedd.eval: collapse spaces, trim non-alphanumeric ends."""
    text = " ".join(line.split())
    return re.sub(r"^[\W_]+|[\W_]+$", "", text)


def occurs(key: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", " ".join(text.split())) is not None


# --------------------------------------------------------------------------------------
# Rendering


@dataclass
class Ctx:
    """Where an article sits among its outlet's articles (for related-link lists)."""

    siblings: list[Art]  # the outlet's other articles, starting after this one

    def related(self, count: int) -> list[str]:
        return [s.title for s in self.siblings[:count]]


@dataclass
class Rendered:
    text: str
    chrome: list[str]
    source: str | None
    ext: str = "txt"
    is_wrapped: bool = False  # body paragraphs are hard-wrapped in the file


class Page:
    """Lines of a plain-text page; `junk` lines are chrome and go into the label."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.chrome: list[str] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def junk(self, *lines: str) -> None:
        self.lines.extend(lines)
        self.chrome.extend(line.strip() for line in lines)

    def gap(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def done(self, source: str | None, **kwargs: object) -> Rendered:
        text = "\n".join(self.lines).strip("\n") + "\n"
        return Rendered(text=text, chrome=self.chrome, source=source, **kwargs)  # type: ignore[arg-type]


class Html:
    """Collects the visible furniture text of an HTML page while it is written."""

    def __init__(self) -> None:
        self.chrome: list[str] = []

    def c(self, text: str) -> str:
        """Chrome text: recorded for the label, returned escaped for the page."""
        self.chrome.append(text)
        return esc(text)


Renderer = Callable[[Art, Ctx], Rendered]
LAYOUTS: dict[str, Renderer] = {}
LAYOUT_LANG: dict[str, str] = {}


def layout(name: str, lang: str = "en") -> Callable[[Renderer], Renderer]:
    def register(func: Renderer) -> Renderer:
        LAYOUTS[name] = func
        LAYOUT_LANG[name] = lang
        return func

    return register


# ---- plain-text layouts ---------------------------------------------------------------

NORDWIRE_SIGNUP = {
    "Middle East": "The Middle East Briefing newsletter keeps you up to date with the latest "
    "developments in the region. Sign up here.",
    "Commodities": "Get the day's metals prices, charts and analysis in our Morning Metals "
    "newsletter. Sign up here.",
}


@layout("nordwire")
def render_nordwire(art: Art, ctx: Ctx) -> Rendered:
    # A wire agency's article page copied as text: nav, section label above the headline,
    # optional byline, "Month D, YYYY H:MM AM EST" glued or not to "Updated 2 hours ago",
    # caption with agency credit and a licensing link, newsletter plug after the first
    # paragraph, "Advertisement · Scroll to continue", "Reporting by ...; Editing by ..."
    # at the end, trust principles, topics, a "Read Next" list with relative times.
    d = when(art.published, has_time=True, zones=("-05:00", "+00:00"))
    assert art.section
    p = Page()
    p.junk(
        "Skip to main content",
        "Exclusive news, data and analytics for financial market professionals",
        "Nordwire",
        "World",
        "Business",
        "Markets",
        "Sustainability",
        "Legal",
        "Commentary",
        "Technology",
        "Investigations",
        "More",
        "My News",
        "Sign In",
        "Register",
    )
    p.gap()
    p.junk(art.section)
    p.add(art.title)
    p.gap()
    if art.x.get("topbyline"):
        p.junk(f"By {art.author}")
    glue = "" if art.x.get("glued") else " "
    p.junk(
        f"{EN_MONTHS_L[d.month - 1]} {d.day}, {d.year} {h12(d)} {zone(d)}{glue}{art.x['updated']}"
    )
    p.gap()
    if art.caption:
        p.junk(f"{art.caption} {art.credit} Purchase Licensing Rights, opens new tab")
        p.gap()
    for i, para in enumerate(art.body):
        p.add(para)
        p.gap()
        if i == 0:
            p.junk(NORDWIRE_SIGNUP[art.section])
            p.gap()
        if i == 2:
            p.junk("Advertisement · Scroll to continue")
            p.gap()
    p.junk(art.x["endline"])
    p.gap()
    p.junk("Our Standards: The Nordwire Trust Principles., opens new tab")
    p.gap()
    p.junk("Suggested Topics:", art.section, "Purchase Licensing Rights")
    p.gap()
    if art.x.get("bio"):
        p.junk(art.author or "", art.x["bio"])
        p.gap()
    p.junk("Read Next")
    for n, title in enumerate(ctx.related(2)):
        p.junk(f"{art.section} · {n * 3 + 2} hours ago", title)
    p.gap()
    p.junk(
        "Site Index",
        "Browse",
        "About Nordwire",
        "Careers",
        "Contact Us",
        "Terms of Use",
        "Privacy",
        "Cookies",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges "
        "and delays.",
        "© 2025 Nordwire. All rights reserved",
    )
    return p.done("Nordwire")


@layout("clarion")
def render_clarion(art: Art, ctx: Ctx) -> Rendered:
    # A tabloid: shouty banner and nav, breadcrumb, pun kicker, capitalised byline with a
    # role, "Published: 09:14, 29 Jan 2025 | Updated: ...", captions ending "Credit: X" or
    # a second line "Image: X", ADVERTISEMENT-free "Advertisement" lines, a pull quote,
    # "READ MORE ON ..." link lists mid-body, tip-off appeal, newsletter box, most read.
    d = when(art.published, has_time=True, zones=("+00:00",))
    assert art.section and art.byline
    p = Page()
    p.junk("Sign in", "THE DAILY CLARION", "NEWS", "SPORT", "TV & SHOWBIZ", "MONEY", "TRAVEL")
    p.junk("PUZZLES", art.x["crumb"])
    p.gap()
    p.junk(art.section)
    p.add(art.title)
    p.junk(art.byline)
    p.junk(
        f"Published: {d:%H:%M}, {d.day} {EN_ABBR[d.month - 1]} {d.year} | Updated: {art.x['updated']}"
    )
    p.gap()
    if art.caption:
        p.junk(f"{art.caption} Credit: {art.credit}")
        p.gap()
    second = art.xs("caption2")
    for i, para in enumerate(art.body):
        p.add(para)
        p.gap()
        if i == 1 and len(art.body) > 3:
            p.junk("Advertisement")
            p.gap()
        if i == 2 and art.quote:
            p.junk(art.quote)
            p.gap()
        if i == 3 and art.x.get("readmore"):
            p.junk(f"READ MORE ON {art.x.get('rmtopic', 'THE CLARION')}")
            p.junk(*art.xs("readmore"))
            p.gap()
        if i == 4:
            p.junk("Advertisement")
            p.gap()
        if i == 5 and second:
            p.junk(*second)
            p.gap()
    p.junk(
        "Do you have a story for the Clarion news team?",
        "Email us at tips@dailyclarion.co.uk or call 020 7946 0718. We pay for videos too.",
    )
    p.gap()
    p.junk(f"View {number(art, 'comments', 4, 380)} comments")
    p.gap()
    p.junk(
        "Sign up to the Clarion's free Morning Briefing",
        "Your daily dose of news, gossip and sport, straight to your inbox",
        "Enter your email",
        "SIGN UP",
    )
    p.gap()
    p.junk("MOST READ IN NEWS", *ctx.related(2))
    p.junk("Soap star reveals secret wedding on remote Scottish island")
    p.gap()
    p.junk(
        "© The Daily Clarion 2025. All rights reserved.",
        "Clarion Media Group Ltd, 1 Fleet Yard, London EC4Y 0AA",
    )
    return p.done("The Daily Clarion")


@layout("gazette")
def render_gazette(art: Art, ctx: Ctx) -> Rendered:
    # A big broadsheet's page copied with select-all: "Skip to contentSkip to site index"
    # glued, "SKIP ADVERTISEMENT" pairs, a bare comment count, a caption glued to
    # "Credit...Name/Agency", byline plus "reported from" line, AP dates ("Jan. 29, 2025",
    # "Published Jan. 29, 2025Updated Jan. 30, 2025, 8:12 a.m. ET" glued), a correction
    # notice and an author bio after the body, the print-edition line, related content.
    d = when(art.published, zones=("-05:00",))
    p = Page()
    p.junk("Skip to contentSkip to site index", art.section or "", "Today’s Paper")
    p.junk("Advertisement", "SKIP ADVERTISEMENT", "Supported by", "SKIP ADVERTISEMENT")
    p.gap()
    p.add(art.title)
    p.gap()
    p.junk("Share full article", str(number(art, "comments", 40, 900)))
    p.gap()
    if art.caption:
        p.junk(f"{art.caption}Credit...{art.credit}")
        p.gap()
    p.junk(f"By {art.author}")
    if art.x.get("reported"):
        p.junk(art.x["reported"])
    stamp = ap_date(d)
    if "T" in (art.published or ""):
        stamp += f", {h12(d, dots=True)} ET"
    if art.x.get("updated"):
        stamp = f"Published {stamp}Updated {art.x['updated']}"
    p.junk(stamp)
    p.gap()
    for i, para in enumerate(art.body):
        p.add(para)
        p.gap()
        if i in (3, 9) and i < len(art.body) - 1:
            p.junk("Advertisement", "SKIP ADVERTISEMENT")
            p.gap()
    if art.x.get("correction"):
        p.junk(*art.xs("correction"))
        p.junk(
            "When we learn of a mistake, we acknowledge it with a correction. If you spot an "
            "error, please let us know at corrections@bayportchronicle.com. Learn more"
        )
        p.gap()
    if art.x.get("bio"):
        p.junk(art.x["bio"])
        p.gap()
    printed = d + timedelta(days=1)
    p.junk(
        f"A version of this article appears in print on {ap_date(printed)}, Section A, Page "
        f"{number(art, 'page', 4, 22)} of the national edition with the headline: "
        f"{art.x['print']}. Order Reprints | Today’s Paper | Subscribe"
    )
    p.gap()
    p.junk("Related Content", *ctx.related(2))
    p.gap()
    p.junk("Advertisement", "SKIP ADVERTISEMENT", "Site Index", "Site Information Navigation")
    p.junk("© 2025 The Bayport Chronicle", "Contact Us", "Accessibility", "Work with us")
    p.junk("Advertise", "Privacy Policy", "Terms of Service", "Subscriptions")
    return p.done("The Bayport Chronicle")


SENTINEL_COOKIES = [
    "We value your privacy",
    "We and our 842 partners store and/or access information on a device, such as cookies, "
    "and process personal data, such as unique identifiers and standard information sent by "
    "a device, for personalised advertising and content, advertising and content measurement, "
    "and audience insights.",
    "You can accept or manage your choices by clicking below, including your right to object "
    "where legitimate interest is used. Your choices will be applied to this site only.",
    "Accept all",
    "Reject all",
    "Manage preferences",
]


@layout("sentinel")
def render_sentinel(art: Art, ctx: Ctx) -> Rendered:
    # A regional weekly's website: "2 hours ago | 29 Jan 2025 17:30", caption with a
    # "Picture: ..." credit line, "Story continues below" + Advertisement, an inline
    # "Read more:" line, the byline only at the END (name, then role on its own line, or a
    # desk name), a social handle, an author bio, newsletter box, reader comments, most
    # read, footer, and the cookie consent wall at the very end of the text.
    d = when(art.published, has_time=True, zones=("+00:00",))
    assert art.section
    p = Page()
    p.junk("Dunmore Valley Sentinel", "Menu", "Search", "Subscribe")
    p.junk("News", "Sport", "What's On", "Property", "Jobs", "Announcements")
    p.gap()
    p.junk(art.section)
    p.add(art.title)
    p.junk(f"{art.x['ago']} | {d.day} {EN_ABBR[d.month - 1]} {d.year} {d:%H:%M}", "Share")
    p.gap()
    if art.caption:
        p.junk(art.caption, art.credit or "")
        p.gap()
    for i, para in enumerate(art.body):
        p.add(para)
        p.gap()
        if i == 2 and len(art.body) > 4:
            p.junk("Story continues below", "Advertisement")
            p.gap()
        if i == 3 and art.x.get("related"):
            p.junk(f"Read more: {art.x['related']}")
            p.gap()
    p.junk(*art.xs("endbyline"))
    if art.x.get("social"):
        p.junk(art.x["social"])
    if art.x.get("bio"):
        p.junk(art.x["bio"])
    p.gap()
    p.junk(
        "Sign up to our daily newsletter",
        "Get the top stories from Dunmore and the valley delivered to your inbox every morning.",
        "Enter your email address",
        "Sign up",
    )
    p.gap()
    comments = art.groups("comments", 3)
    if comments:
        p.junk(f"Comments ({number(art, 'comments', len(comments) + 1, 40)})", "Have your say")
        for user, ago, text in comments:
            p.junk(f"{user} · {ago}", text, "Reply · Report")
        p.junk("Show more comments")
    else:
        p.junk("Comments (0)", "Be the first to comment")
    p.gap()
    p.junk("Most Read", *ctx.related(2), "Garden centre to close after 60 years as owners retire")
    p.gap()
    p.junk(
        "© 2025 Dunmore Valley Sentinel. All rights reserved.",
        "Contact us · Advertise · Terms · Privacy · Complaints",
    )
    p.gap()
    p.junk(*SENTINEL_COOKIES)
    return p.done("Dunmore Valley Sentinel")


MFA = "Ministry of Foreign Affairs of the Republic of Valdoria"


@layout("govpress")
def render_govpress(art: Art, ctx: Ctx) -> Rendered:
    # A government press release: ministry banner, language switch, menu, breadcrumb,
    # "PRESS RELEASE", number, "2025/01/29" (year first, slashed), headline, "###" end
    # mark, media contact, a "Permalink:" line (the link), "Last updated" date, footer.
    d = when(art.published, has_time=False)
    p = Page()
    p.junk("Skip to main content", MFA, "English | Valdorian", "Search")
    p.junk("Home", "The Ministry", "Foreign Policy", "Consular Services", "Newsroom")
    p.junk("Home › Newsroom › Press releases")
    p.gap()
    p.junk("PRESS RELEASE", f"No. {art.x['number']}", f"{d:%Y/%m/%d}")
    p.gap()
    p.add(art.title)
    p.gap()
    for para in art.body:
        p.add(para)
        p.gap()
    p.junk("###")
    p.gap()
    p.junk(
        "Media contact:",
        "Press and Information Department",
        "Tel. +99 21 555 0142",
        "press@mfa.valdoria.gov",
    )
    p.gap()
    p.junk("Share", "Print", f"Permalink: {art.link}", f"Last updated: {art.x['updated']}")
    p.gap()
    p.junk("Related press releases", *ctx.related(1))
    p.gap()
    p.junk("Accessibility | Privacy notice | Sitemap | Contact", f"© 2025 {MFA}")
    return p.done(MFA)


HALDEN = "Halden Institute for Strategic Studies"


@layout("thinktank")
def render_thinktank(art: Art, ctx: Ctx) -> Rendered:
    # A think-tank commentary: institute banner and menu, format label ("Commentary"),
    # "29 January 2025", reading time, author name(s) on one line and their role on the
    # next, topic list, PDF/share buttons, a pull quote repeating a body sentence, a
    # disclaimer, "About the author" bio, related, citation, newsletter, charity footer.
    d = when(art.published, has_time=False)
    assert art.section
    p = Page()
    p.junk(HALDEN, "Donate", "Subscribe", "Search")
    p.junk("Research", "Regions", "Experts", "Events", "Publications", "About")
    p.gap()
    p.junk(art.section)
    p.add(art.title)
    p.gap()
    p.junk(f"{d.day} {EN_MONTHS_L[d.month - 1]} {d.year}", f"{art.x['minutes']} min read")
    p.gap()
    p.junk(art.author or "", art.x["role"])
    p.gap()
    p.junk("Topics", *art.xs("topics"))
    p.junk("Download PDF", "Share")
    p.gap()
    for i, para in enumerate(art.body):
        p.add(para)
        p.gap()
        if i == 7 and art.quote:
            p.junk(art.quote)
            p.gap()
    p.junk(
        "The views expressed in this commentary are the author's own and do not necessarily "
        f"reflect those of the {HALDEN}."
    )
    p.gap()
    p.junk("About the author", art.x["bio"])
    p.gap()
    p.junk("Related", *ctx.related(1), "Cite this")
    surname = (art.author or "").split()[-1]
    p.junk(f"{surname} ({d.year}) ‘{art.title}’, Halden Institute {art.section}.")
    p.gap()
    p.junk("Get Halden analysis in your inbox", "Your email address", "Subscribe")
    p.gap()
    p.junk(f"© {HALDEN} 2025. Registered charity No. 1045872.", "Privacy | Terms | Contact")
    return p.done(HALDEN)


@layout("livewire")
def render_livewire(art: Art, ctx: Ctx) -> Rendered:
    # A closed live blog's summary page: "Live" label, "as it happened" headline, a closed
    # notice, "Name (now) and Name (earlier)", last-update time and "First published on
    # Wed 29 Jan 2025 06.10 EST" (the published date), a "Key events" list of relative
    # times and entry headlines, then the summary: an intro line and bulleted points.
    d = when(art.published, has_time=True, zones=("-05:00", "+00:00"))
    assert art.section and art.byline
    p = Page()
    p.junk("Evening Courant", "Skip to main content", "Subscribe", "Sign in")
    p.junk("News", "Opinion", "Sport", "Culture", "Lifestyle")
    p.junk(f"News › {art.section}")
    p.gap()
    p.junk("Live")
    p.add(art.title)
    p.gap()
    p.junk(art.x["intro"])
    p.gap()
    p.junk(art.byline, art.x["lastupdate"])
    p.junk(
        f"First published on {WEEKDAYS[d.weekday()]} {d.day} {EN_ABBR[d.month - 1]} {d.year} {d:%H.%M} {zone(d)}"
    )
    p.gap()
    p.junk("Key events", "Show key events only", "Please turn on JavaScript to use this feature")
    for ago, text in art.groups("keyevents", 2):
        p.junk(ago, text)
    p.gap()
    p.add(art.body[0])
    p.gap()
    for para in art.body[1:]:
        p.add(f"• {para}")
        p.gap()
    p.junk("View all updates")
    p.gap()
    p.junk("Explore more on these topics", art.section, "Europe", "World news")
    p.junk("Share", "Reuse this content")
    p.gap()
    p.junk("Most viewed", *ctx.related(1), "Ten of the best winter walks in the Peak District")
    p.gap()
    p.junk("© 2025 Evening Courant. All rights reserved.")
    return p.done("Evening Courant")


@layout("severinform", "ru")
def render_severinform(art: Art, ctx: Ctx) -> Rendered:
    # A Russian news agency: banner in capitals, rubric menu, "14:05 29.01.2025
    # (обновлено: 16:20 29.01.2025)" above the headline, caption then "© Agency / Name"
    # credit, a "По теме" block with a sibling headline, dateline "МОСКВА, 29 янв —
    # Север-Информ." in the first paragraph, tags, favourites, "Главное за сутки", 18+.
    d = when(art.published, has_time=True, zones=("+00:00",))
    p = Page()
    p.junk("СЕВЕР-ИНФОРМ", "Информационное агентство")
    p.junk("Главное", "Политика", "Экономика", "В мире", "Общество", "Происшествия", "Спорт")
    p.junk("Лента новостей")
    p.gap()
    stamp = f"{d:%H:%M %d.%m.%Y}"
    if art.x.get("updated"):
        stamp += f" (обновлено: {art.x['updated']})"
    p.junk(stamp)
    p.gap()
    p.add(art.title)
    p.gap()
    if art.caption:
        p.junk(art.caption, art.credit or "")
        p.gap()
    for i, para in enumerate(art.body):
        p.add(para)
        p.gap()
        if i == 1 and art.x.get("related"):
            p.junk("По теме", art.x["related"])
            p.gap()
    p.junk("Подписывайтесь на Север-Информ в Telegram — коротко о главном")
    p.gap()
    p.junk("Теги", *art.xs("tags"))
    p.junk("Добавить в избранное", "Комментарии")
    p.gap()
    p.junk("Главное за сутки", *ctx.related(2))
    p.gap()
    p.junk(
        "© 2025 Север-Информ. Все права защищены.",
        "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором.",
        "18+",
    )
    return p.done("Север-Информ")


@layout("sevnedelya", "ru")
def render_sevnedelya(art: Art, ctx: Ctx) -> Rendered:
    # A Russian district newspaper's site: name and tagline, breadcrumb, headline, then
    # "29 января 2025, 10:30   Просмотров: 1 245", "caption | Фото: ..." on one line, the
    # author only at the END (bare name, "Автор: ...", or "Текст и фото: ..."), error
    # report hint, share buttons, comments, other news, copyright with «name» and 16+,
    # and the cookie notice last.
    d = when(art.published, has_time=True, zones=("+00:00",))
    p = Page()
    p.junk("Северогорская неделя", "Общественно-политическая газета Северогорского района")
    p.junk("Подписка на газету", "Главная / Новости / Общество")
    p.gap()
    p.add(art.title)
    p.junk(f"{d.day} {RU_GEN[d.month - 1]} {d.year}, {d:%H:%M}   Просмотров: {art.x['views']}")
    p.gap()
    if art.caption:
        p.junk(f"{art.caption} | {art.credit}")
        p.gap()
    for para in art.body:
        p.add(para)
        p.gap()
    p.junk(art.x["endbyline"])
    p.gap()
    p.junk("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter")
    p.junk("Поделиться:", "ВКонтакте", "Одноклассники", "Telegram")
    p.gap()
    p.junk("Комментарии (0)", "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID")
    p.gap()
    p.junk("Другие новости раздела", *ctx.related(2))
    p.gap()
    p.junk(
        "© 2025 «Северогорская неделя». При использовании материалов ссылка на сайт обязательна. 16+"
    )
    p.junk(
        "Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы "
        "соглашаетесь с политикой обработки персональных данных.",
        "Хорошо",
    )
    return p.done("Северогорская неделя")


@layout("reader")
def render_reader(art: Art, ctx: Ctx) -> Rendered:
    # Copied from a browser's reader view: the site name, the headline, the author (or
    # nothing), "5–6 minutes", the paragraphs, a caption kept in the middle, sometimes a
    # newsletter plug reader mode failed to strip. No date and no URL.
    p = Page()
    p.junk(art.x["site"])
    p.add(art.title)
    if art.author:
        p.junk(art.author)
    p.junk(art.x["minutes"])
    p.gap()
    for i, para in enumerate(art.body):
        p.add(para)
        p.gap()
        if i == 1 and art.caption:
            p.junk(f"{art.caption} {art.credit}")
            p.gap()
    if art.x.get("leftover"):
        p.junk(*art.xs("leftover"))
    return p.done(art.x["site"])


MILBROOK = "The Milbrook Register"


@layout("milbrook")
def render_milbrook(art: Art, ctx: Ctx) -> Rendered:
    # A small-town daily on a hosted CMS, saved with the browser's "Save Page As… Text":
    # everything hard-wrapped at 72 columns (headline included when long), lists as
    # "  * item", the CMS's "You are the owner of this article." editor links, byline
    # forms "By Name" + e-mail line / "By Name Special to the Register" / "From staff
    # reports", "Jan 29, 2025 Updated 3 hrs ago", share list, caption + credit + "Buy Now".
    d = when(art.published, has_time=False)
    p = Page()
    p.junk(
        "Skip to main content",
        "You are the owner of this article.",
        "Edit Article",
        "Add New Article",
        "Close",
    )
    for item in ("News", "Sports", "Obituaries", "Opinion", "e-Edition", "Classifieds"):
        p.junk(f"  * {item}")
    p.junk(MILBROOK, "Subscribe", "Log In")
    p.gap()
    p.junk(art.section or "")
    p.gap()
    p.add(*wrap(art.title, 72))
    p.gap()
    p.junk(*art.xs("byline"))
    p.gap()
    p.junk(f"{EN_ABBR[d.month - 1]} {d.day}, {d.year} {art.x['updated']}")
    p.gap()
    for item in ("Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Save"):
        p.junk(f"  * {item}")
    p.gap()
    if art.caption:
        p.junk(*wrap(art.caption, 72))
        p.junk(art.credit or "", "Buy Now")
        p.gap()
    for para in art.body:
        p.add(*wrap(para, 72))
        p.gap()
    p.junk("  * Tags")
    for tag in art.xs("tags"):
        p.junk(f"  * {tag}")
    p.gap()
    if art.x.get("bio"):
        p.junk(*wrap(art.x["bio"], 72))
        p.gap()
    p.junk("Related to this story")
    for title in ctx.related(2):
        p.junk(*wrap(title, 72, "  * "))
    p.gap()
    p.junk("Sign up for our daily headlines", "Email Address", "Sign up!")
    p.gap()
    p.junk(
        *wrap(
            f"© Copyright 2025 {MILBROOK}, 101 Main St., Milbrook, IA | Terms of Use | "
            "Privacy Policy",
            72,
        )
    )
    p.junk("Powered by Quill CMS")
    return p.done(MILBROOK, is_wrapped=True)


RULE = "─" * 78


@layout("quayside")
def render_quayside(art: Art, ctx: Ctx) -> Rendered:
    # A one-person WordPress blog dumped with `w3m -dump`: title and tagline, "  • " menu,
    # box-drawing rules, "Posted on 2025-01-29 by Name", paragraphs wrapped at 80
    # columns, an image placeholder "[name]" and its caption, "Share this:", "Like
    # Loading...", related posts, categories/tags, numbered comments with dates and
    # "says:", the reply form, "Proudly powered by WordPress".
    d = when(art.published, has_time=False)
    p = Page()
    p.junk("Quayside Notes")
    p.gap()
    p.junk("Ships, ports and the people who watch them")
    p.gap()
    p.junk("  • Home", "  • About", "  • Archive", "  • Contact")
    p.gap()
    p.junk(RULE)
    p.gap()
    p.add(art.title)
    p.gap()
    p.junk(f"Posted on {d:%Y-%m-%d} by {art.author}")
    p.gap()
    for i, para in enumerate(art.body):
        p.add(*wrap(para, 80))
        p.gap()
        if i == 1 and art.caption:
            p.junk(f"[{art.x['img']}]")
            p.gap()
            p.junk(*wrap(art.caption, 80))
            p.gap()
    p.junk("Share this:")
    p.gap()
    p.junk("  • Twitter", "  • Facebook", "  • Email")
    p.gap()
    p.junk("Like this:")
    p.gap()
    p.junk("Like Loading...")
    p.gap()
    p.junk("Related")
    p.gap()
    for title in ctx.related(2):
        p.junk(title, f'In "{art.x["cats"].split(", ")[0]}"')
        p.gap()
    p.junk(f"Categories: {art.x['cats']} | Tags: {art.x['tags']}")
    p.gap()
    p.junk(RULE)
    p.gap()
    comments = art.groups("comments", 3)
    if comments:
        count = "One thought" if len(comments) == 1 else f"{len(comments)} thoughts"
        p.junk(f"{count} on “{art.title}”")
        p.gap()
        for n, (user, stamp, text) in enumerate(comments, 1):
            p.junk(f" {n}. {user} says:", f"    {stamp}")
            p.gap()
            p.junk(*wrap(text, 80, "    "))
            p.gap()
            p.junk("    Reply")
            p.gap()
    p.junk("Leave a Reply Cancel reply")
    p.gap()
    p.junk("Your email address will not be published. Required fields are marked *")
    p.gap()
    p.junk("Comment *", "Name *", "Email *", "Website")
    p.gap()
    p.junk("[ ] Save my name, email, and website in this browser for the next time I comment.")
    p.gap()
    p.junk("[Post Comment]")
    p.gap()
    p.junk(RULE)
    p.gap()
    p.junk("© 2025 Quayside Notes · Proudly powered by WordPress")
    return p.done("Quayside Notes", is_wrapped=True)


# ---- HTML layouts ----------------------------------------------------------------------

AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal "
    "both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from"
    "{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body"
    "{-webkit-animation:none;animation:none}</style></noscript>"
)


@layout("amp")
def render_amp(art: Art, ctx: Ctx) -> Rendered:
    # An AMP page: <html ⚡>, the AMP boilerplate, JSON-LD with datePublished and a later
    # dateModified, canonical pointing at the full page, amp-img logo, amp-sidebar menu,
    # amp-social-share, a figure with a "(Courtesy of ...)" credit, an amp-ad whose
    # placeholder says "Advertisement", a related list inside <article>, "View full site".
    d = when(art.published, has_time=True, zones=("-05:00",))
    m = when(art.x["modified"])
    h = Html()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": art.link,
        "headline": art.title,
        "datePublished": art.published,
        "dateModified": art.x["modified"],
        "author": [{"@type": "Person", "name": art.author}],
        "publisher": {
            "@type": "Organization",
            "name": "Portside Herald",
            "logo": {"@type": "ImageObject", "url": "https://www.portsideherald.com/logo-amp.png"},
        },
        "image": ["https://www.portsideherald.com/img/2025/02/ferry-rendering-1200.jpg"],
    }
    paras = []
    for i, para in enumerate(art.body):
        paras.append(f"<p>{inline_html(para)}</p>")
        if i == 2:
            paras.append(
                '<amp-ad width="300" height="250" type="doubleclick" '
                'data-slot="/3941/portside/amp/news"><div placeholder>'
                f"{h.c('Advertisement')}</div></amp-ad>"
            )
    related = "".join(
        f'<li><a href="/news/local/{n}/">{h.c(t)}</a></li>'
        for n, t in enumerate(
            [
                "Harbor Point terminal to close for repairs in April",
                "Ferry out of service after engine fire",
            ],
            1,
        )
    )
    title_tag = h.c(f"{art.title} | Portside Herald")
    stamp = h.c(
        f"Published {EN_ABBR[d.month - 1]} {d.day}, {d.year} {h12(d)} EST · Updated {h12(m)} EST"
    )
    text = f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<title>{title_tag}</title>
<link rel="canonical" href="{attr(art.link or "")}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
{AMP_BOILERPLATE}
<style amp-custom>body{{font-family:Georgia,serif}}.kicker{{text-transform:uppercase}}.byline,.timestamp{{font-size:.85rem}}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">
<ul><li><a href="/news/">{h.c("News")}</a></li><li><a href="/sports/">{h.c("Sports")}</a></li><li><a href="/business/">{h.c("Business")}</a></li><li><a href="/opinion/">{h.c("Opinion")}</a></li><li><a href="/obituaries/">{h.c("Obituaries")}</a></li></ul>
</amp-sidebar>
<header class="amp-header">
<button on="tap:sidebar.toggle" class="menu">{h.c("Menu")}</button>
<a href="https://www.portsideherald.com/"><amp-img src="https://www.portsideherald.com/logo-amp.png" width="180" height="32" alt="Portside Herald"></amp-img></a>
<a class="subscribe" href="https://www.portsideherald.com/subscribe/">{h.c("Subscribe")}</a>
</header>
<main>
<article>
<p class="kicker">{h.c(art.section or "")}</p>
<h1>{esc(art.title)}</h1>
<div class="byline">By <a href="/staff/keisha-morgan/">{esc(art.author or "")}</a></div>
<div class="timestamp">{stamp}</div>
<div class="share">
<amp-social-share type="facebook" width="32" height="32" data-param-app_id="1234"></amp-social-share>
<amp-social-share type="twitter" width="32" height="32"></amp-social-share>
<amp-social-share type="email" width="32" height="32"></amp-social-share>
</div>
<figure>
<amp-img src="https://www.portsideherald.com/img/2025/02/ferry-rendering-800.jpg" width="800" height="450" layout="responsive" alt="{attr(art.caption or "")}"></amp-img>
<figcaption>{h.c(art.caption or "")} <span class="credit">{h.c(f"({art.credit})")}</span></figcaption>
</figure>
{chr(10).join(paras)}
<section class="related"><h2>{h.c("Related")}</h2><ul>{related}</ul></section>
</article>
</main>
<footer><p>{h.c("© 2025 Portside Herald")} · <a href="{attr(art.link or "")}">{h.c("View full site")}</a> · <a href="/privacy/">{h.c("Privacy Policy")}</a></p></footer>
</body>
</html>
"""
    return Rendered(text=text, chrome=h.chrome, source="Portside Herald", ext="html")


@layout("kavkurier", "ru")
def render_kavkurier(art: Art, ctx: Ctx) -> Rendered:
    # A Russian regional news site with schema.org microdata only (no og: tags): a
    # <title> with " - Кавказский курьер", a currency ticker, breadcrumbs with », a
    # <time itemprop="datePublished"> (+03:00) and a view count, author in microdata,
    # publisher name in a <meta itemprop>, an "Ранее:" related link inside articleBody,
    # a photo with "Фото: ..." caption inside articleBody, tags, popular, footer.
    d = when(art.published, has_time=True, zones=("+03:00",))
    h = Html()
    paras = []
    for i, para in enumerate(art.body):
        paras.append(f"<p>{inline_html(para)}</p>")
        if i == 1:
            paras.append(
                '<div class="inject"><span>'
                + h.c("Ранее:")
                + ' </span><a href="/news/society/2025/01/28/mahachkala-terminal/">'
                + h.c("В Махачкале открылся новый терминал аэропорта")
                + "</a></div>"
            )
        if i == 2:
            paras.append(
                '<div class="photo"><img src="/upload/2025/01/hmeimim.jpg" alt=""><div '
                f'class="photo-caption">{h.c(f"{art.caption}. {art.credit}")}</div></div>'
            )
    title_tag = h.c(f"{art.title} - Кавказский курьер")
    text = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{title_tag}</title>
<meta name="description" content="{attr(art.body[0][:150])}">
<meta name="keywords" content="Сирия, Россия, Хмеймим, Тартус">
<link rel="canonical" href="{attr(art.link or "")}">
<link rel="stylesheet" href="/css/main.css?v=3.2">
</head>
<body>
<div id="top-banner"><a href="/adv/">{h.c("Реклама")}</a></div>
<header>
<a href="/" class="logo"><img src="/img/logo.svg" alt="Кавказский курьер"></a>
<nav><ul><li><a href="/news/">{h.c("Новости")}</a></li><li><a href="/politics/">{h.c("Политика")}</a></li><li><a href="/economy/">{h.c("Экономика")}</a></li><li><a href="/society/">{h.c("Общество")}</a></li><li><a href="/culture/">{h.c("Культура")}</a></li><li><a href="/sport/">{h.c("Спорт")}</a></li></ul></nav>
<div class="ticker">{h.c("USD 98,45 ▲")} {h.c("EUR 102,10 ▼")}</div>
</header>
<div class="content" itemscope itemtype="https://schema.org/NewsArticle">
<div class="breadcrumbs"><a href="/">{h.c("Главная")}</a> » <a href="/politics/">{h.c("Политика")}</a></div>
<h1 itemprop="headline">{esc(art.title)}</h1>
<div class="meta"><time itemprop="datePublished" datetime="{art.published}">{h.c(f"{d.day} {RU_GEN[d.month - 1]} {d.year}, {d:%H:%M}")}</time> <span class="views">{h.c(f"Просмотров: {number(art, 'views', 1200, 9000)}")}</span></div>
<div class="author" itemprop="author" itemscope itemtype="https://schema.org/Person">{h.c("Автор:")} <span itemprop="name">{esc(art.author or "")}</span></div>
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Кавказский курьер"></div>
<div class="article-text" itemprop="articleBody">
{chr(10).join(paras)}
</div>
<div class="tags">{h.c("Теги:")} <a href="/tag/siriya/">{h.c("Сирия")}</a> <a href="/tag/rossiya/">{h.c("Россия")}</a></div>
<div class="social">{h.c("Подписывайтесь на нас:")} <a href="https://t.me/kavkurier">{h.c("Telegram")}</a> <a href="https://vk.com/kavkurier">{h.c("ВКонтакте")}</a></div>
</div>
<aside class="popular"><h3>{h.c("Популярное")}</h3><ul><li><a href="/news/1/">{h.c("В Дербенте отреставрируют крепостную стену")}</a></li><li><a href="/news/2/">{h.c("Снегопад парализовал движение на трассе Кавказ")}</a></li></ul></aside>
<footer><p>{h.c("© 2025 «Кавказский курьер». Свидетельство о регистрации СМИ ЭЛ № ФС 77-70001.")}</p><p>{h.c("18+")}</p></footer>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};}})(window,document,"script","/tag.js","ym");</script>
<noscript><div><img src="https://mc.example.invalid/watch/00000" style="position:absolute; left:-9999px;" alt=""></div></noscript>
</body>
</html>
"""
    return Rendered(text=text, chrome=h.chrome, source="Кавказский курьер", ext="html")


@layout("wpblog")
def render_wpblog(art: Art, ctx: Ctx) -> Rendered:
    # A WordPress blog theme: entity-encoded <title> with "&#8211; Site", Yoast og/article
    # meta (published in UTC, modified later), skip link, site title and description,
    # entry-meta with <time class="entry-date published"> and <time class="updated">, a
    # wp-block-image figure, a wp-block-quote, sharedaddy and related posts inside
    # entry-content, categories/tags footer, post navigation, a comment with its own
    # date, the reply form, "Proudly powered by WordPress".
    d = when(art.published, has_time=True, zones=("+02:00",))
    m = when(art.x["modified"])
    h = Html()
    paras = []
    for i, para in enumerate(art.body):
        if para.startswith("> "):
            paras.append(
                f'<blockquote class="wp-block-quote"><p>{inline_html(para)}</p></blockquote>'
            )
        else:
            paras.append(f"<p>{inline_html(para)}</p>")
        if i == 1:
            paras.append(
                '<figure class="wp-block-image size-large"><img src="https://coastlinechronicles.net/'
                'wp-content/uploads/2025/01/harbour-1024x683.jpg" alt="" width="1024" height="683">'
                f"<figcaption>{h.c(art.caption or '')} <em>{h.c(art.credit or '')}</em></figcaption></figure>"
            )
    utc = d.astimezone(UTC)
    mutc = m.astimezone(UTC)
    comment_title = f"One thought on &ldquo;{esc(art.title)}&rdquo;"
    h.chrome.append(f"One thought on “{art.title}”")
    wp_title = esc(art.title).replace("’", "&#8217;")
    h.chrome.append(f"{art.title} – Coastline Chronicles")
    text = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{wp_title} &#8211; Coastline Chronicles</title>
<link rel="canonical" href="{attr(art.link or "")}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(art.title)}">
<meta property="og:url" content="{attr(art.link or "")}">
<meta property="og:site_name" content="Coastline Chronicles">
<meta property="article:published_time" content="{utc.isoformat()}">
<meta property="article:modified_time" content="{mutc.isoformat()}">
<meta name="author" content="{attr(art.author or "")}">
<link rel='stylesheet' id='wp-block-library-css' href='https://coastlinechronicles.net/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all'>
</head>
<body class="post-template-default single single-post postid-1042 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">{h.c("Skip to content")}</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="https://coastlinechronicles.net/" rel="home">{h.c("Coastline Chronicles")}</a></p>
<p class="site-description">{h.c("Dispatches from the eastern Mediterranean shore")}</p>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">{h.c("Menu")}</button><ul id="primary-menu" class="menu"><li><a href="/">{h.c("Home")}</a></li><li><a href="/about/">{h.c("About")}</a></li><li><a href="/photo-essays/">{h.c("Photo essays")}</a></li><li><a href="/support/">{h.c("Support this blog")}</a></li></ul></nav>
</header>
<main id="primary" class="site-main">
<article id="post-1042" class="post-1042 post type-post status-publish format-standard hentry category-syria">
<header class="entry-header">
<h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="posted-on">{h.c("Posted on")} <a href="{attr(art.link or "")}" rel="bookmark"><time class="entry-date published" datetime="{art.published}">{h.c(f"{EN_MONTHS_L[d.month - 1]} {d.day}, {d.year}")}</time><time class="updated" datetime="{m.isoformat()}">{h.c(f"{EN_MONTHS_L[m.month - 1]} {m.day}, {m.year}")}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/layla/">{esc(art.author or "")}</a></span></span></div>
</header>
<div class="entry-content">
{chr(10).join(paras)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{h.c("Share this:")}</h3><ul><li><a class="share-twitter" href="?share=twitter">{h.c("Twitter")}</a></li><li><a class="share-facebook" href="?share=facebook">{h.c("Facebook")}</a></li><li><a class="share-email" href="?share=email">{h.c("Email")}</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{h.c("Related")}</em></h3><p><a href="/2025/01/12/jableh-market/">{h.c("Market day in Jableh, a month after the fall")}</a></p><p><a href="/2024/11/30/coast-road/">{h.c("Driving the coast road from Tartus to Latakia")}</a></p></div>
</div>
<footer class="entry-footer"><span class="cat-links">{h.c("Posted in")} <a href="/category/syria/" rel="category tag">{h.c("Syria")}</a></span> <span class="tags-links">{h.c("Tagged")} <a href="/tag/hmeimim/" rel="tag">{h.c("Hmeimim")}</a>, <a href="/tag/latakia/" rel="tag">{h.c("Latakia")}</a>, <a href="/tag/fishing/" rel="tag">{h.c("fishing")}</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2025/01/12/jableh-market/" rel="prev"><span class="nav-subtitle">{h.c("Previous:")}</span> <span class="nav-title">Market day in Jableh, a month after the fall</span></a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">{comment_title}</h2>
<ol class="comment-list"><li id="comment-311" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{h.c("Nadim")}</b> <span class="says">{h.c("says:")}</span></div><div class="comment-metadata"><time datetime="2025-01-30T08:11:00+02:00">{h.c("January 30, 2025 at 8:11 am")}</time></div></footer><div class="comment-content"><p>{h.c("My grandfather fished that same water. He would have said exactly what Samer says.")}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">{h.c("Reply")}</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{h.c("Leave a Reply")} <small><a rel="nofollow" href="#respond">{h.c("Cancel reply")}</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">{h.c("Your email address will not be published. Required fields are marked *")}</p><p class="comment-form-comment"><label for="comment">{h.c("Comment *")}</label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">{h.c("Name *")}</label><input id="author" name="author" type="text"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main>
<footer id="colophon" class="site-footer"><div class="site-info">{h.c("© 2025 Coastline Chronicles")} <span class="sep"> | </span><a href="https://wordpress.org/">{h.c("Proudly powered by WordPress")}</a></div></footer>
<script src="https://coastlinechronicles.net/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async></script>
</body>
</html>
"""
    return Rendered(text=text, chrome=h.chrome, source="Coastline Chronicles", ext="html")


@layout("tvstation")
def render_tvstation(art: Art, ctx: Ctx) -> Rendered:
    # A local TV station's site: weather alert banner, "Watch Live" nav, section label,
    # "Author: Name", "Published: 6:42 PM CST February 2, 2025" and "Updated: ..." as
    # text only (no date meta), og:url and og:site_name, "Advertisement" and a
    # "RELATED: ..." line inside the article body, a video player placeholder, "In Other
    # News", the station footer with FCC public file links.
    d = when(art.published, has_time=True, zones=("-06:00",))
    h = Html()
    paras = []
    for i, para in enumerate(art.body):
        paras.append(f"<p>{inline_html(para)}</p>")
        if i == 1:
            paras.append(f'<div class="ad ad--inline">{h.c("Advertisement")}</div>')
        if i == 2:
            paras.append(
                '<p class="related-link"><strong>'
                + h.c("RELATED:")
                + ' </strong><a href="/article/news/local/carver-heights-apartment-fire/52-77d0e1">'
                + h.c(art.x["related"])
                + "</a></p>"
            )
    h.chrome.append(f"RELATED: {art.x['related']}")
    title_tag = h.c(f"{art.title} | kvtn7.com")
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title_tag}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="KVTN 7">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(art.link or "")}">
<meta property="og:title" content="{attr(art.title)}">
<meta property="og:description" content="{attr(art.body[0][:140])}">
<meta name="twitter:site" content="@KVTN7">
<link rel="stylesheet" href="/assets/site.3f9a.css">
</head>
<body class="page-article">
<div class="alert-banner"><span class="alert-banner__label">{h.c("WEATHER ALERT")}</span> <span>{h.c("Winter Storm Warning until 6 AM Tuesday")}</span> <a href="/weather/alerts">{h.c("Details")}</a></div>
<header class="site-header"><a href="/" class="site-header__logo"><img src="/assets/kvtn7-logo.svg" alt="KVTN 7"></a>
<nav><ul><li><a href="/local">{h.c("Local News")}</a></li><li><a href="/weather">{h.c("Weather")}</a></li><li><a href="/sports">{h.c("Sports")}</a></li><li><a href="/investigations">{h.c("7 Investigates")}</a></li><li><a href="/watch">{h.c("Watch Live")}</a></li></ul></nav></header>
<main id="main">
<div class="article__section"><a href="/local">{h.c(art.section or "")}</a></div>
<h1 class="article__headline">{esc(art.title)}</h1>
<div class="article__author">{h.c(f"Author: {art.author}")}</div>
<div class="article__published">{h.c(f"Published: {h12(d)} CST {EN_MONTHS_L[d.month - 1]} {d.day}, {d.year}")}</div>
<div class="article__updated">{h.c(f"Updated: {art.x['updated']}")}</div>
<div class="video-player"><p>{h.c("Video player loading...")}</p></div>
<div class="article__body">
{chr(10).join(paras)}
</div>
<section class="trending"><h2>{h.c("In Other News")}</h2><ul><li><a href="/1">{h.c("School bus routes delayed as winter storm moves in")}</a></li><li><a href="/2">{h.c("Eastbrook council approves new splash pad for Lincoln Park")}</a></li></ul></section>
</main>
<footer class="site-footer"><p>{h.c("© 2025 KVTN 7. All Rights Reserved.")}</p><p><a href="/eeo">{h.c("EEO Public File Report")}</a> | <a href="/fcc">{h.c("FCC Online Public File")}</a> | <a href="/cc">{h.c("Closed Captioning Contact")}</a></p></footer>
</body>
</html>
"""
    return Rendered(text=text, chrome=h.chrome, source="KVTN 7", ext="html")


# ---- Markdown layouts --------------------------------------------------------------------

EMPH = re.compile(r"(?<![\w*])\*([^*]+)\*(?![\w*])")


def plain_md(line: str) -> str:
    """A Markdown chrome line as the reader sees it (links, strong and emphasis removed)."""
    return EMPH.sub(r"\1", plain(line))


@layout("clip")
def render_clip(art: Art, ctx: Ctx) -> Rendered:
    # A web-clipper note (Obsidian style): front matter with `source:` holding the URL (not
    # a publication name), `author:` as a list of [[wikilinks]], `published:` (the date)
    # and `created:` (the clip date, not a publication date), `description`, `tags`; the
    # clipped page starts with an image and an italic credit, keeps an inline "Related"
    # link line and ends with share links. The page never names its publication.
    d = when(art.published, has_time=False)
    shared = "https%3A%2F%2Flevantinereview.com%2F2025%2F02%2F01%2Ftartus-dockworkers-russian-lease"
    markup = [
        f"*{art.credit}*",
        "**Related:** [Syria’s ports reopen to container traffic]"
        "(https://levantinereview.com/2025/01/20/syria-ports-containers)",
        f"[Share on X](https://x.com/intent/tweet?url={shared})",
        f"[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u={shared})",
    ]
    chrome = [plain_md(line) for line in markup]
    lines = [
        "---",
        f'title: "{art.title}"',
        f'source: "{art.link}"',
        "author:",
        f'  - "[[{art.author}]]"',
        f"published: {d:%Y-%m-%d}",
        f"created: {art.x['created']}",
        f'description: "{art.x["description"]}"',
        "tags:",
        '  - "clippings"',
        "---",
        "![](https://levantinereview.com/wp-content/uploads/2025/02/tartus-quay-1400x788.jpg)",
        "",
        markup[0],
        "",
    ]
    for i, para in enumerate(art.body):
        lines += [para, ""]
        if i == 2:
            lines += [markup[1], ""]
    lines += [markup[2], markup[3]]
    text = "\n".join(lines) + "\n"
    return Rendered(text=text, chrome=chrome, source=None, ext="md")


@layout("jekyll")
def render_jekyll(art: Art, ctx: Ctx) -> Rendered:
    # A Jekyll post: `layout: post`, `date: 2025-02-03 18:20:00 +0100` (space separated,
    # offset without a colon), `categories` as a flow list, a relative `permalink` (not a
    # URL, so no link), `excerpt_separator` and the <!--more--> marker, a bulleted list
    # with bold lead-ins (each item a paragraph), an image with an italic credit line,
    # a Liquid {% include %} tag and an italic "comments are closed" sign-off.
    d = when(art.published, has_time=True, zones=("+01:00",))
    markup = [
        "![Volunteers at work](/assets/img/workshop-2024.jpg)",
        f"*{art.credit}*",
        "{% include newsletter.html %}",
        "*Comments are closed, but you can reach me on Mastodon at @pieter@fietsen.social.*",
    ]
    chrome = ["Volunteers at work"] + [plain_md(line) for line in markup[1:]]
    lines = [
        "---",
        "layout: post",
        f'title:  "{art.title}"',
        f"date:   {d:%Y-%m-%d %H:%M:%S} {d:%z}",
        "categories: [community, cycling]",
        f"author: {art.author}",
        f"permalink: {art.x['permalink']}",
        "excerpt_separator: <!--more-->",
        "---",
        "",
    ]
    for i, para in enumerate(art.body):
        lines.append(para)
        nxt = art.body[i + 1] if i + 1 < len(art.body) else ""
        if not (para.startswith("- ") and nxt.startswith("- ")):
            lines.append("")
        if i == 0:
            lines += ["<!--more-->", ""]
        if i == 2:
            lines += [markup[0], markup[1], ""]
    lines += [markup[2], "", markup[3]]
    text = "\n".join(lines) + "\n"
    return Rendered(text=text, chrome=chrome, source=None, ext="md")


# ---- JSON layouts ------------------------------------------------------------------------


def json_text(obj: dict[str, object]) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


@layout("trafilatura")
def render_trafilatura(art: Art, ctx: Ctx) -> Rendered:
    # An extraction tool's JSON: `source` is the URL and `source-hostname` the site name
    # (not the other way round), `hostname`, `date`, `fingerprint`, `raw_text`, and `text`
    # with single newlines between paragraphs and a leftover photo caption.
    text = "\n".join([*art.body[:2], art.caption or "", *art.body[2:]])
    obj: dict[str, object] = {
        "title": art.title,
        "author": art.author,
        "hostname": "balticenergymonitor.eu",
        "date": art.published,
        "fingerprint": hashlib.sha1(f"simhash/{art.key}".encode()).hexdigest()[:16],
        "id": None,
        "license": None,
        "comments": "",
        "raw_text": " ".join([*art.body[:2], art.caption or "", *art.body[2:]]),
        "text": text,
        "language": None,
        "image": "https://balticenergymonitor.eu/media/2025/01/turbines-installation.jpg",
        "pagetype": "article",
        "source": art.link,
        "source-hostname": art.x["site"],
        "excerpt": art.x["excerpt"],
        "categories": "Renewables",
        "tags": "offshore wind;Poland;grid",
    }
    return Rendered(
        text=json_text(obj), chrome=[art.caption or ""], source=art.x["site"], ext="json"
    )


@layout("wprest", "ru")
def render_wprest(art: Art, ctx: Ctx) -> Rendered:
    # A WordPress REST API post: nested {"rendered": ...} title and content with HTML
    # entities, `date` in site-local time without a zone next to `date_gmt` (the instant
    # in UTC), `modified`, numeric `author`, the names only inside `yoast_head_json`.
    d = when(art.published, has_time=True, zones=("+03:00",))
    gmt = d - timedelta(hours=3)
    parts = []
    for i, para in enumerate(art.body):
        parts.append(f"<p>{inline_html(para)}</p>")
        if i == 0:
            parts.append(
                '<figure class="wp-block-image size-large"><img decoding="async" '
                'src="https://blizhvostok.ru/wp-content/uploads/2025/02/latakia-grain.jpg" alt="">'
                f"<figcaption>{esc(art.caption or '')}. {esc(art.credit or '')}</figcaption></figure>"
            )
    site = art.x["site"]
    title = art.title.replace("«", "&#171;").replace("»", "&#187;")
    obj: dict[str, object] = {
        "id": 48213,
        "date": f"{d:%Y-%m-%dT%H:%M:%S}",
        "date_gmt": f"{gmt:%Y-%m-%dT%H:%M:%S}",
        "guid": {"rendered": "https://blizhvostok.ru/?p=48213"},
        "modified": "2025-02-05T16:30:12",
        "modified_gmt": "2025-02-05T13:30:12",
        "slug": "damask-moskva-pshenitsa-hmeimim",
        "status": "publish",
        "type": "post",
        "link": art.link,
        "title": {"rendered": title},
        "content": {"rendered": "\n".join(parts) + "\n", "protected": False},
        "excerpt": {"rendered": f"<p>{esc(art.body[0][:120])}&hellip;</p>\n", "protected": False},
        "author": 7,
        "featured_media": 48214,
        "comment_status": "open",
        "categories": [12],
        "tags": [301, 302],
        "yoast_head_json": {
            "title": f"{art.title} - {site}",
            "og_locale": "ru_RU",
            "og_type": "article",
            "og_site_name": site,
            "article_published_time": f"{gmt:%Y-%m-%dT%H:%M:%S}+00:00",
            "author": art.author,
            "twitter_misc": {
                "Написано автором": art.author,
                "Примерное время для чтения": "3 минуты",
            },
        },
    }
    chrome = [f"{art.caption}. {art.credit}", f"{art.title} - {site}"]
    return Rendered(text=json_text(obj), chrome=chrome, source=site, ext="json")


# --------------------------------------------------------------------------------------
# Building docs/ and labels.json


def file_name(number_: int, art: Art, ext: str) -> str:
    return f"{number_:03d}_{hashlib.sha1(art.key.encode()).hexdigest()[:16]}.{ext}"


def encode(text: str, enc: str, nl: str) -> bytes:
    if nl == "crlf":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if enc == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(enc)


def label_chrome(chrome: list[str], title: str, body: list[str]) -> list[str]:
    """Chrome lines for the label: deduplicated, without those whose text is body or title."""
    flat_body = " ".join(" ".join(body).split())
    out: list[str] = []
    for line in chrome:
        line = " ".join(line.split())
        key = chrome_key(line)
        if not key or line in out or occurs(key, flat_body) or occurs(key, title):
            continue
        out.append(line)
    return out


def check(art: Art, rendered: Rendered, body: list[str]) -> None:
    """The document shows the title and every body paragraph; the label's fields are sane."""
    if rendered.ext in ("txt",):
        flat = " ".join(rendered.text.split())
        assert " ".join(art.title.split()) in flat, f"{art.key}: title not in the page"
        for para in body:
            assert para in flat, f"{art.key}: paragraph not in the page: {para[:60]!r}"
        if not rendered.is_wrapped:
            assert art.title in rendered.text.split("\n"), f"{art.key}: title is not a line"
    if art.published:
        datetime.fromisoformat(art.published)
    assert art.body and all(body), art.key


def build(out: Path) -> list[str]:
    arts = parse_articles(DATA)
    keys = [a.key for a in arts]
    assert len(keys) == len(set(keys)), "duplicate keys"
    seen_paras: set[str] = set()
    labels: dict[str, dict[str, object]] = {}
    docs_dir = out / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    written = []
    for n, art in enumerate(arts, 1):
        assert art.layout in LAYOUTS, f"{art.key}: unknown layout {art.layout}"
        outlet = [a for a in arts if a.layout == art.layout]
        at = outlet.index(art)
        ctx = Ctx(siblings=outlet[at + 1 :] + outlet[:at])
        rendered = LAYOUTS[art.layout](art, ctx)
        body = [plain(p) for p in art.body]
        for para in body:
            assert para not in seen_paras, f"{art.key}: paragraph repeated: {para[:60]!r}"
            seen_paras.add(para)
        check(art, rendered, body)
        name = file_name(n, art, rendered.ext)
        (docs_dir / name).write_bytes(encode(rendered.text, art.enc, art.nl))
        labels[name] = {
            "layout": art.layout,
            "title": art.title,
            "source": rendered.source,
            "author": art.author,
            "published": art.published,
            "link": art.link,
            "language": LAYOUT_LANG[art.layout],
            "body": body,
            "chrome": label_chrome(rendered.chrome, art.title, body),
        }
        written.append(name)
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return written


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Write the held-out corpus (docs/ and labels.json)."
    )
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: this one)")
    args = parser.parse_args()
    written = build(args.out)
    print(f"wrote {len(written)} documents and labels.json")


# --------------------------------------------------------------------------------------
# The article data
#
# Header fields: see `Art`. Layout-specific extras are `x-name: value`; lists inside an
# extra are separated by "|". Paragraphs are separated by blank lines.

DATA = r"""
@@ nw-tartus-talks
layout: nordwire
section: Middle East
title: Russia seeks talks with Syria on keeping Tartus naval base, sources say
author: Tom Keller and Irina Vasko
published: 2025-01-29T11:42:00-05:00
caption: A Russian navy corvette is moored at the port of Tartus, Syria, September 26, 2019.
credit: NORDWIRE/Stringer/File Photo
x-topbyline: yes
x-updated: Updated 2 hours ago
x-endline: Reporting by Tom Keller and Irina Vasko; Editing by Paul Demarco
--
MOSCOW, Jan 29 (Nordwire) - Russia has asked Syria's new authorities for formal talks on the future of its naval facility at Tartus, three people familiar with the matter said on Wednesday, as Moscow tries to salvage its only warm-water port in the Mediterranean.

The request was delivered to Syrian officials in Damascus last week by a delegation led by a deputy defence minister, two of the sources said. They spoke on condition of anonymity because the contacts have not been made public.

Russia's defence ministry did not respond to a request for comment. A Syrian foreign ministry official said Damascus was "studying all proposals" and would not negotiate in public.

Moscow leased Tartus and the Hmeimim air base near Latakia under agreements signed with the previous government, which allow Russian forces to stay for decades. Syria's transitional authorities have said those agreements will be reviewed.

Satellite images taken this month show fewer Russian vessels at Tartus than at any time since 2015, when Moscow intervened in Syria's civil war.

One of the sources said Moscow was prepared to offer wheat deliveries, fuel and help with rebuilding power stations in return for an extension of its rights at the port.

"The Russians want a signature, the Syrians want money up front," said a Western diplomat in Beirut who follows the talks. "Neither side is in a hurry."

@@ nw-copper
layout: nordwire
section: Commodities
title: Copper climbs to four-month high as Chilean mine strike drags on
author: Ana Beltrán
published: 2025-02-03T19:15:00+00:00
x-updated: Updated 1 hour ago
x-endline: Reporting by Ana Beltrán in Santiago; Editing by Kirsten Moor
--
SANTIAGO, Feb 3 (Nordwire) - Copper prices rose to their highest in four months on Monday as a strike at one of Chile's largest mines entered its second week, raising concerns about supply just as demand from China shows signs of recovering.

Benchmark three-month copper on the London Metal Exchange closed up 2.1% at $9,640 a metric ton, after touching $9,702 earlier in the session.

Workers at the Cerro Alto mine, which produced about 310,000 tons of copper last year, walked out on Jan. 27 after talks on a new wage contract broke down. The company said on Monday that output had been cut to "minimum safety levels".

"The market was already tight, and now it has lost a big chunk of Chilean supply for at least a couple of weeks," said Graham Whitlow, a metals analyst at Ferrand Capital in London.

Aluminium rose 0.8% and zinc gained 1.2%, while nickel slipped 0.4% on expectations of higher Indonesian output.

@@ nw-hmeimim-planes
layout: nordwire
section: Middle East
title: Russian transport planes make repeated flights out of Hmeimim, satellite images show
author: Omar Zreik
published: 2025-01-31T06:05:00-05:00
nl: crlf
x-topbyline: yes
x-glued: yes
x-updated: Updated 9 hours ago
x-endline: Reporting by Omar Zreik in Beirut; Additional reporting by Irina Vasko in Moscow; Editing by Paul Demarco
x-bio: Omar Zreik is a Beirut-based correspondent covering Syria and Lebanon. He joined Nordwire in 2016 after working for regional broadcasters in the Gulf.
--
BEIRUT, Jan 31 (Nordwire) - Russian military transport aircraft have flown in and out of the Hmeimim air base in western Syria at least 14 times in the past ten days, satellite images and flight-tracking data reviewed by Nordwire show, in what analysts say is a steady drawdown of equipment.

Images taken on Jan. 22 and Jan. 29 show two large Il-76 transport planes and an An-124 cargo aircraft parked on the apron, with lines of trucks and containers beside them. Several helicopters visible in earlier images were no longer there.

Hmeimim, near the coastal city of Latakia, has been the hub of Russia's military operations in Syria since 2015.

Flight-tracking data showed the aircraft flying north over the Caspian Sea before turning towards Russian airfields in the Caucasus, avoiding the airspace of countries that have closed it to Russian military flights.

"This looks like an orderly thinning out rather than an evacuation," said Katrin Berglund, a researcher at the Oslo-based Northern Security Monitor who studied the images. "They are taking the things that are hard to replace."

The Kremlin said last week that Russia's military presence in Syria was a matter for discussion with the new authorities in Damascus and declined to say whether any units had been withdrawn.

A Syrian military official, who asked not to be named, said Russian personnel at Hmeimim were no longer leaving the base and that Syrian forces now controlled the surrounding roads.

@@ cl-warships
layout: clarion
section: EXCLUSIVE
title: Russian warships spotted slipping out of Syrian port as Putin's grip on Mediterranean loosens
author: Max Harlow
byline: By MAX HARLOW, DEFENCE EDITOR
published: 2025-01-29T09:14:00+00:00
caption: Russian warships have used the Syrian port of Tartus since the days of the Soviet Union
credit: Getty
quote: “We are watching every ship that leaves”
x-crumb: News › World News
x-updated: 11:02, 29 Jan 2025
x-caption2: A satellite image taken last week appears to show empty berths at the naval base|Image: ALAMY
x-rmtopic: RUSSIA
x-readmore: Kremlin's top general in secret Syria trip as bases hang in balance|Inside the Russian spy ship that shadowed Royal Navy destroyer for 3 days
--
THREE Russian warships have quietly sailed out of their Syrian base in a sign Vladimir Putin's grip on the Mediterranean is slipping, the Clarion can reveal.

A frigate, a landing ship and a fuel tanker left the port of Tartus under cover of darkness over the weekend, according to Western military sources.

They were tracked heading west past Cyprus before turning towards the Strait of Gibraltar, raising fears they could be heading home to the Baltic.

One defence source said: “We are watching every ship that leaves. The Russians have been running down the base for weeks and they are not hiding it any more.”

Tartus is the only Russian naval base outside the former Soviet Union and has been used by Moscow's ships for more than fifty years.

The Kremlin has been scrambling to hang on to the port and the nearby Hmeimim airbase since the fall of its ally Bashar al-Assad in December.

Former Royal Navy commander Julian Prescott told the Clarion: “Without Tartus, Russian ships in the Med have nowhere to refuel or repair. It is a huge blow to Putin's prestige.”

The Ministry of Defence declined to comment on intelligence matters.

@@ cl-lottery
layout: clarion
section: PINT OF NO RETURN
title: Lottery winner, 62, buys village pub where he has drunk for 40 years
author: Chloe Banks
byline: By Chloe Banks
published: 2025-02-01T16:40:00+00:00
caption: Barry Whitcombe, 62, behind the bar of The Plough in Little Haddow
credit: Clarion / Ben Adair
x-crumb: News › UK News
x-updated: 18:05, 1 Feb 2025
x-readmore: Dad who won £1m on scratchcard says he will keep his job as a bin man|Village shop saved by locals who raised £80,000 in a week
--
A LOTTERY winner has bought his local.

Barry Whitcombe, 62, scooped £2.4million on the EuroDraw in November and has now splashed out on The Plough in Little Haddow, Suffolk, where he has been a regular since 1985.

The retired lorry driver said he made the decision after hearing the pub could be turned into flats.

“I had my first pint here when I was 22 and I'm not letting anyone knock it about,” he said. “The beer prices are staying where they are, too.”

Barry, who lives two doors down from the pub with wife Sandra, has kept on all four members of staff and plans to reopen the skittle alley which closed in 2009.

Landlady Pauline Greer, who ran The Plough for 19 years, said: “There's nobody I'd rather hand the keys to.”

@@ cl-frozen-lake
layout: clarion
section: ICE RESCUE
title: Hero dog walker pulls two teens from frozen lake
author: null
byline: By Clarion Reporter
published: 2025-02-04T07:55:00+00:00
x-crumb: News › UK News
x-updated: 08:30, 4 Feb 2025
--
A DOG walker pulled two teenage boys from a frozen lake after the ice gave way beneath them.

Retired nurse Margaret Okonjo, 67, lay flat on the ice and used her dog's lead to drag the pair, both 14, to the bank at Wyndham Country Park, Staffordshire, on Monday afternoon.

Paramedics treated the boys for mild hypothermia at the scene, and the county fire service urged people to stay off frozen water.

@@ bc-syria-foothold
layout: gazette
section: Middle East
title: Russia Clings to Its Syrian Bases, but the Ground Is Shifting Beneath It
author: Margaret Oyelaran and Luis Ferreira
published: 2025-01-29
caption: Russian military vehicles near the port of Tartus, Syria, in December.
credit: Kemal Arslan/Agence France-Presse — Getty Images
x-reported: Margaret Oyelaran reported from Beirut, and Luis Ferreira from Istanbul.
x-updated: Jan. 30, 2025, 8:12 a.m. ET
x-print: Moscow’s Syrian Foothold Looks Shakier
x-correction: Correction: Jan. 30, 2025|An earlier version of this article misstated the distance between the Tartus naval facility and the Hmeimim air base. It is about 60 kilometers, not 80.
x-bio: Margaret Oyelaran is the Middle East correspondent for The Chronicle, based in Beirut. More about Margaret Oyelaran
--
For nearly a decade, the Russian naval facility in the Syrian port of Tartus was a symbol of Moscow’s return as a power in the Middle East. Warships docked there on their way to the Atlantic, and the Kremlin’s envoys spoke of it as a permanent fixture.

Now the facility’s future depends on a government in Damascus that fought against Russia’s closest ally for years, and that has little reason to do Moscow any favors.

In the seven weeks since Bashar al-Assad fled to Moscow, Russian forces have pulled back from outposts across Syria and gathered at Tartus and at the Hmeimim air base, about 60 kilometers to the north. Their movements are now coordinated with Syrian officials, according to two people who have seen the arrangements.

Officials in Damascus have been careful not to close the door. The new defense minister said this month that Russia could keep “a form of presence” if it served Syrian interests, without saying what that form would be.

Behind the scenes, according to Syrian and European officials, the new authorities have drawn up a list of demands: compensation for damage caused by Russian airstrikes, the return of Syrian funds held in Russian banks and the handover of officials from the former government who fled to Russia.

“They are asking for things they know Moscow cannot give,” said Rima Soufan, a Syrian analyst who advises European governments. “That is a way of saying no without saying no.”

For Russia, the stakes are more than symbolic. Tartus is the only place in the Mediterranean where its navy can repair ships without sailing back through the Turkish straits, which Ankara has closed to warships of countries at war.

Hmeimim, for its part, has served as a refueling stop for flights to Libya and to the Sahel, where Russian military contractors have been active for years. Without it, those flights would need to find other routes.

Russian officials have sent mixed signals. The Kremlin’s spokesman has said that no decisions have been made. A deputy foreign minister traveled to Damascus in January and described his talks as “constructive,” a word diplomats often use when nothing has been agreed.

At the port itself, life has grown quieter. Dockworkers in Tartus said Russian sailors no longer came into town, and that the cafes near the gate had lost most of their customers.

“They used to buy cigarettes and phone cards and sweets for their children back home,” said Ahmad, 41, who runs a kiosk near the port and gave only his first name. “Now we see their trucks, but not them.”

Satellite images taken this month show a frigate and two support vessels at the Russian berths, compared with as many as ten ships at a time in past years.

Some analysts in Moscow argue that Russia could manage without the bases, relying instead on ports in Libya or Sudan. Others warn that neither offers the same protection or infrastructure.

“Tartus took fifty years to build into what it is,” said Pavel Lisitsyn, a retired Russian naval officer who now writes about defense. “You don’t replace that with a pier in the desert.”

For now, both sides appear content to let the question drift. The lease, signed in 2017, runs for 49 years, and no one in Damascus has yet said it is void.

@@ bc-library
layout: gazette
section: U.S.
title: Eight Years After a Flood, a Small Town Gets Its Library Back
author: Claire Donnelly
published: 2025-02-02
caption: Volunteers shelved books at the Marlow Falls Public Library last week, ahead of its reopening on Saturday.
credit: Tobias Reyes for The Bayport Chronicle
x-reported: Reporting from Marlow Falls, Vt.
x-print: After Eight Years, Marlow Falls Has Its Library Back
x-bio: Claire Donnelly is a national correspondent for The Chronicle, covering rural New England. More about Claire Donnelly
--
When the river came through Marlow Falls in the summer of 2017, it took the bridge on Depot Street, two houses and the ground floor of the public library, where the water stood almost five feet deep.

On Saturday, after eight years, three failed grant applications and one bake sale that raised more money than anyone expected, the library opened its doors again.

About 300 people, roughly a third of the town’s population, lined up in the snow before the ribbon was cut. Children were given the first library cards; a retired schoolteacher who had kept a borrowed novel since the flood returned it, with no fine.

The new building sits on the hill behind the town green, out of the flood plain. It was paid for by a mix of federal disaster money, a state grant and donations from former residents who now live as far away as Arizona.

“People kept asking when we were going to give up,” said Lorraine Becker, the head of the library’s board. “We never had a good answer, so we didn’t.”

The old building, which dated to 1894, will become a museum of the town’s history, including the flood.

The library will be open four days a week. Its collection, rebuilt largely from donations, now holds about 11,000 books.

@@ bc-eggs
layout: gazette
section: Business
title: As Egg Prices Soar, Bakeries Quietly Rewrite Their Recipes
author: Daniel Strand
published: 2025-01-31T05:00:00-05:00
x-print: Bakers Get Creative as Egg Prices Climb
--
At Hollis Street Bakery in Bayport, the lemon bars are gone. So is the custard tart, and the brioche now comes only on weekends.

“It’s not that we don’t want to make them,” said Teresa Vang, who has owned the bakery for 14 years. “It’s that every tray costs me twice what it did in the fall.”

Wholesale egg prices have more than doubled since October, as outbreaks of bird flu have forced farms across the Midwest to cull millions of hens. For small bakeries, which buy eggs by the case and cannot easily pass on costs, the increase has meant hard choices.

Some are experimenting with substitutes, such as aquafaba, the liquid from canned chickpeas, or commercial egg replacers. Others are raising prices or cutting back on items that need the most eggs.

Economists expect prices to fall once flocks are rebuilt, but that could take months. In the meantime, Ms. Vang has put a small sign by the register explaining the changes. Most customers, she said, have been understanding.

“One man told me he’d pay extra for the custard tart,” she said. “I told him to come back in the spring.”

@@ dvs-quarry-homes
layout: sentinel
section: Local News
title: Council approves 240 homes on former Ashgrove quarry despite 300 objections
author: Jenny Marsh
published: 2025-01-29T17:30:00+00:00
caption: The former Ashgrove quarry off Mill Lane, Dunmore
credit: Picture: Google Maps
x-ago: 2 hours ago
x-related: Plans for 400 homes near Ashgrove thrown out by inspector
x-endbyline: Jenny Marsh|Local Democracy Reporter
x-social: Follow Jenny on X: @JennyMarshLDR
x-bio: Jenny Marsh covers Dunmore and Carrow councils for the Local Democracy Reporting Service, which is funded by the licence fee and shared with local newspapers.
x-comments: MillLaneResident|1 hour ago|Where exactly are all these cars supposed to go? The lane is gridlocked at school time already.|DunmoreDave|45 minutes ago|About time something was built on that eyesore. My kids can't afford to live here.
--
Plans for 240 homes on the site of a former quarry in Dunmore have been approved, despite more than 300 objections from residents.

Members of Dunmore District Council's planning committee voted seven to four in favour of the scheme at Ashgrove, off Mill Lane, on Tuesday evening.

The developer, Harcastle Homes, says 72 of the properties will be classed as affordable, and that it will pay £1.2 million towards a new primary school classroom and improvements to the junction with the B4417.

Objectors told the meeting that Mill Lane was too narrow for the extra traffic and that the quarry had become an important site for wildlife since it closed in 1998.

Speaking against the plans, resident Angela Forde said: “Nobody is against new homes. We are against putting them at the end of a single-track lane with no pavement.”

Councillor Peter Hume, who chairs the committee, said the site had been earmarked for housing in the council's local plan since 2019 and that refusing it would probably lead to a costly appeal.

Work is expected to begin in the autumn and take about four years.

@@ dvs-a-road-flood
layout: sentinel
section: Traffic and Travel
title: A-road closed by floods for third time this winter
author: null
published: 2025-02-03T08:10:00+00:00
x-ago: 35 minutes ago
x-endbyline: Sentinel Newsdesk
--
The A4870 between Carrow and Pentre Bridge is closed in both directions this morning after the River Callow burst its banks overnight.

It is the third time the road has been shut by flooding since December. Diversions are in place via the B4399, and drivers are being warned to expect delays of up to 40 minutes.

The county council said the road would reopen once water levels had fallen and the surface had been checked for damage.

@@ dvs-engineer-tartus
layout: sentinel
section: Local People
title: Dunmore engineer who helped build Syrian port cranes recalls his Soviet neighbours
author: Tom Riley
published: 2025-02-01T10:00:00+00:00
caption: Geoff Pannell with photographs from his time in Syria
credit: Picture: Tom Riley
x-ago: 1 day ago
x-related: Dunmore man, 81, finally receives his service medal 60 years late
x-endbyline: Tom Riley|Chief Reporter
x-social: Follow Tom on X: @TomRileySentinel
x-bio: Tom Riley has reported on Dunmore and the surrounding villages for 22 years. Got a story? Email tom.riley@dvsentinel.co.uk
x-comments: Sue_H|20 hours ago|Lovely story. Geoff was my neighbour for years and never said a word about any of this!
--
A retired engineer from Dunmore who spent two years working at the Syrian port of Tartus says he is not surprised the Russian navy's future there is in doubt.

Geoff Pannell, 74, was part of a British team that installed new cranes at the commercial harbour in the late 1970s, when the Soviet navy already had a small repair station at the other end of the port.

“We'd see the Soviet sailors most evenings,” he said. “They were friendly enough, but they were never allowed to stay out long, and they never talked about the ships.”

Mr Pannell, who lives in Orchard Road with his wife Brenda, has followed the news from Syria closely since the fall of the Assad government in December.

Russia still keeps a naval facility at Tartus and an air base at Hmeimim, further up the coast, but Syria's new leaders have said they will review the agreements that allow Russian forces to stay.

“The harbour was always the most important thing in that town,” Mr Pannell said. “Whoever holds the port has the jobs, and the people there know it.”

He still has a brass ship's bell given to him by the harbour master when he left in 1979, and keeps it by the front door.

@@ mfa-syria-statement
layout: govpress
title: Valdoria calls for UN-monitored talks on foreign military facilities in Syria
published: 2025-01-29
link: https://www.mfa.valdoria.gov/en/newsroom/press-releases/045-2025
enc: utf-8-sig
x-number: 045/2025
x-updated: 2025/01/30
--
Valdora, 29 January 2025 – The Ministry of Foreign Affairs of the Republic of Valdoria has called on all parties to conduct any negotiations on foreign military facilities in the Syrian Arab Republic in a transparent manner and with the participation of the United Nations.

Speaking after a meeting with the UN Special Envoy for Syria, Minister of Foreign Affairs Aurelia Varga said that decisions on the future of the naval facility at Tartus and the air base at Hmeimim were a matter for the Syrian people and their institutions.

“The sovereignty of Syria must be the starting point of every discussion,” Minister Varga said. “Valdoria stands ready to support a process that brings stability to the eastern Mediterranean.”

The Minister also announced an additional contribution of EUR 3 million to the humanitarian response in Syria, to be channelled through UN agencies working in the coastal governorates of Latakia and Tartus.

Valdoria re-opened its embassy in Damascus on 15 January 2025 at the level of chargé d'affaires.

@@ mfa-almaty-consulate
layout: govpress
title: Minister Varga opens Consulate General in Almaty
published: 2025-02-04
link: https://www.mfa.valdoria.gov/en/newsroom/press-releases/051-2025
x-number: 051/2025
x-updated: 2025/02/04
--
Minister of Foreign Affairs Aurelia Varga today opened the Consulate General of the Republic of Valdoria in Almaty, the first Valdorian diplomatic mission in Central Asia outside a capital city.

The Consulate General will provide consular services to Valdorian citizens in southern Kazakhstan and Kyrgyzstan, and support the growing number of Valdorian companies active in the region, particularly in logistics, agriculture and renewable energy.

Trade between Valdoria and Kazakhstan reached EUR 412 million in 2024, an increase of 38 percent compared with the previous year.

At the opening ceremony, Minister Varga thanked the Kazakh authorities for their cooperation and announced that visa applications from Kazakh citizens could be submitted in Almaty from 1 March 2025.

The Consul General is Mr Tomasz Wieland, who previously served as Deputy Head of Mission in Tashkent.

@@ hi-tartus-after-assad
layout: thinktank
section: Commentary
title: Tartus After Assad: Why Moscow’s Mediterranean Foothold Is Worth Less Than It Looks
author: Sofia Brenner
published: 2025-01-29
quote: A base is only as useful as the routes that lead to it.
x-role: Senior Fellow, Security and Defence Programme
x-minutes: 7
x-topics: Russia|Middle East and North Africa|Maritime Security
x-bio: Sofia Brenner is a Senior Fellow in the Security and Defence Programme at the Halden Institute. She previously served as a naval analyst in her country's defence ministry.
--
Since the fall of the Assad government in December, much of the commentary on Russia’s position in Syria has focused on a single question: will Moscow be allowed to keep its naval facility at Tartus and its air base at Hmeimim?

It is an understandable focus. The two sites are Russia’s only significant military installations outside the former Soviet Union, and their loss would be a visible blow to the Kremlin’s claim to be a global power.

But the question of whether Russia keeps the bases is less important than it appears. The more useful question is what the bases would be worth to Russia if it kept them.

Consider Tartus first. For most of its history, the facility was a modest supply and repair point: a few floating piers, a workshop and fuel storage. It grew after 2015, when Russia used it to support its air campaign, and again after 2017, when a new agreement allowed it to host up to eleven warships at a time.

Yet its value always depended on access. Russian warships reach the Mediterranean either through the Turkish straits or around Western Europe. Since 2022, Türkiye has closed the straits to the warships of belligerent states, which means the Black Sea Fleet cannot rotate ships through the Bosporus.

A base is only as useful as the routes that lead to it.

Ships from the Northern and Baltic Fleets can still reach Tartus, but only after a long passage under the watch of NATO navies. That makes the facility less a forward base than a distant outpost that has to be supplied at great cost.

Hmeimim faces a similar problem. Its main role in recent years has been as a staging post for flights to Libya, the Central African Republic and the Sahel. Those flights now depend on the goodwill of states whose airspace they must cross, and that goodwill cannot be taken for granted.

None of this means Moscow will walk away. Prestige matters in Russian foreign policy, and the Kremlin has invested heavily in the image of Russia as a protector of its partners. Losing both bases in the same year as losing its most important Arab ally would be a hard story to tell at home.

The new authorities in Damascus understand this. Their approach so far has been to keep talks going while setting conditions that Moscow will find difficult to meet, including compensation and the extradition of former officials.

This gives Damascus leverage, but it also carries risks. A Russia with nothing to lose could become a spoiler, using its remaining contacts among former regime officers and its seat on the UN Security Council to complicate Syria’s transition.

European governments should therefore resist the temptation to treat the bases as a zero-sum contest in which every Russian loss is a Western gain.

A better approach would be to support Syria’s right to decide the question on its own terms, while making clear that any continued Russian presence must be limited, transparent and subject to Syrian law.

Europe also has a practical interest in the ports themselves. Tartus and Latakia will be essential to Syria’s reconstruction, and the sooner they are working normally, the sooner trade and aid can flow.

In the end, Moscow may keep a flag at Tartus, a few hundred personnel and the right to call at the port. That would allow it to claim that nothing has changed.

But a base that exists mainly to prove that it still exists is not a strategic asset. It is a symbol, and symbols are cheaper to lose than the Kremlin would like to admit.

@@ hi-graphite
layout: thinktank
section: Expert Comment
title: Europe’s Battery Makers Need a Plan B for Graphite
author: Jonas Weber and Amira Haddou
published: 2025-02-05
x-role: Research Fellow and Associate Fellow, Energy Transition Programme
x-minutes: 4
x-topics: Energy Transition|Trade and Economic Security
x-bio: Jonas Weber is a Research Fellow in the Energy Transition Programme. Amira Haddou is an Associate Fellow and a former adviser to a European battery industry association.
--
Europe’s plans to build its own battery industry rest on an uncomfortable fact: almost all of the graphite in the anodes of those batteries is refined in China.

Beijing’s decision in late 2023 to require export licences for graphite products was a warning. So far, licences have mostly been granted, but the system gives Chinese authorities a lever they can pull at any time.

European manufacturers have responded slowly. Several plan to use synthetic graphite made in Europe, but the first large plants will not be operating before 2027, and their costs are far higher than those of Chinese suppliers.

There are three things governments could do now. First, they could build a shared stockpile of anode material, large enough to keep European factories running for six months.

Second, they could use the EU’s trade agreements with countries that have graphite deposits, such as Mozambique, Tanzania and Canada, to support refining close to the mines rather than shipping raw ore to China.

Third, they could fund research into anode chemistries that use less graphite, such as silicon blends, which some carmakers are already testing.

None of these steps is cheap. But the cost of a sudden shortage, with gigafactories standing idle and carmakers unable to deliver, would be far higher.

@@ ec-live-hmeimim
layout: livewire
section: Syria
title: Syria latest: Russian convoy leaves Hmeimim as talks on bases resume in Damascus – as it happened
author: Rachel Ashby
byline: Rachel Ashby
published: 2025-01-29T06:10:00-05:00
x-intro: This blog is now closed. You can find our latest Syria coverage on the world news page.
x-lastupdate: Wed 29 Jan 2025 18.40 EST
x-keyevents: 9h ago|Convoy of about 40 trucks seen on coastal road near Jableh|7h ago|Russian deputy minister arrives in Damascus|4h ago|Syrian defence ministry: ‘no agreement yet’ on Tartus|1h ago|Kremlin declines to comment on troop movements
--
Here is a summary of today’s main developments:

A convoy of about 40 Russian military trucks left the Hmeimim air base on Wednesday morning and drove north along the coastal road towards the port of Latakia, according to witnesses and footage verified by the Courant.

Russia’s deputy foreign minister, Stanislav Kireyev, arrived in Damascus for a second round of talks on the future of Russia’s military facilities in Syria. He met Syria’s foreign minister for about three hours.

A Syrian defence ministry spokesperson said there was “no agreement yet” on the naval facility at Tartus, and that any arrangement would have to respect Syrian sovereignty.

The Kremlin declined to comment on the movement of its forces, saying only that Russia’s military presence in Syria was “a subject of dialogue” with the new authorities.

Residents of Jableh told the Courant that Syrian security forces had escorted the convoy and closed side roads for more than an hour.

@@ ec-live-storm
layout: livewire
section: UK weather
title: Storm Brianna: power cuts hit 80,000 homes as trains cancelled across north – as it happened
author: Rachel Ashby and Ben Stiles
byline: Rachel Ashby (now) and Ben Stiles (earlier)
published: 2025-02-03T07:02:00+00:00
x-intro: This blog is now closed. Our full report on Storm Brianna is on the UK news page.
x-lastupdate: Mon 3 Feb 2025 19.55 GMT
x-keyevents: 11h ago|Amber wind warning extended to southern Scotland|8h ago|West coast line closed between Preston and Carlisle|5h ago|Man taken to hospital after wall collapses on car|2h ago|23,000 homes still without power, says network operator
--
Here’s a recap of the day’s main events:

Around 80,000 homes in northern England and southern Scotland lost power as Storm Brianna brought gusts of up to 90mph. About 23,000 were still without electricity on Monday evening.

Rail operators cancelled dozens of services, and the west coast main line was closed between Preston and Carlisle for most of the day after trees fell on the tracks.

A man in his 60s was taken to hospital after a wall collapsed on to his car in Whitehaven. His injuries are not thought to be life-threatening.

Forecasters said winds would ease overnight but warned of heavy rain and possible flooding in Cumbria on Tuesday.

@@ si-tartus-denial
layout: severinform
title: Минобороны опровергло сообщения о выводе всех кораблей из Тартуса
published: 2025-01-29T14:05:00+00:00
caption: Корабли ВМФ России в порту Тартус. Архивное фото
credit: © Север-Информ / Алексей Фомин
x-updated: 16:20 29.01.2025
x-related: Сирийская делегация прибудет в Москву для переговоров о базах
x-tags: Сирия|Тартус|Минобороны России|ВМФ
--
МОСКВА, 29 янв — Север-Информ. Министерство обороны России опровергло сообщения ряда западных СМИ о выводе всех российских кораблей из пункта материально-технического обеспечения ВМФ в сирийском Тартусе.

«Корабли соединения продолжают выполнять задачи в соответствии с планом. Ротация экипажей и судов обеспечения проводится в плановом порядке», — говорится в сообщении ведомства.

Ранее британская газета сообщила со ссылкой на источники, что фрегат, большой десантный корабль и танкер покинули порт в выходные и направились в сторону Гибралтара.

В Минобороны уточнили, что передвижения кораблей в Средиземном море «не являются секретом» и регулярно освещаются в официальных сообщениях.

Пункт в Тартусе и авиабаза Хмеймим — единственные российские военные объекты за пределами бывшего СССР. Соглашение о Тартусе, подписанное в 2017 году, рассчитано на 49 лет.

@@ si-tomsk-hospital
layout: severinform
title: В Томске открыли новый корпус областной детской больницы
published: 2025-02-01T09:30:00+00:00
caption: Новый корпус областной детской больницы
credit: © Север-Информ / Мария Лебедева
x-tags: Томск|Здравоохранение
--
ТОМСК, 1 фев — Север-Информ. Новый шестиэтажный корпус областной детской больницы принял первых пациентов в Томске, сообщили в региональном департаменте здравоохранения.

В корпусе разместились хирургическое отделение на 120 коек, реанимация и диагностический центр с компьютерным и магнитно-резонансным томографами.

По словам главного врача больницы Натальи Гориной, до сих пор часть детей приходилось направлять на обследования в соседние регионы.

Строительство шло с 2022 года.

@@ si-syrian-delegation
layout: severinform
title: Сирийская делегация прибудет в Москву для переговоров о базах
published: 2025-01-31T11:47:00+00:00
nl: crlf
x-related: Минобороны опровергло сообщения о выводе всех кораблей из Тартуса
x-tags: Сирия|Россия|Переговоры
--
МОСКВА, 31 янв — Север-Информ. Делегация министерства обороны Сирии прибудет в Москву в начале февраля для консультаций о будущем российских военных объектов в стране, сообщил Север-Информ источник, знакомый с подготовкой визита.

По словам собеседника агентства, в состав делегации войдут представители военного командования и министерства иностранных дел.

«Стороны намерены обсудить весь комплекс вопросов, включая статус пункта в Тартусе и авиабазы Хмеймим», — сказал источник.

В Кремле ранее заявляли, что Россия поддерживает контакты с новыми сирийскими властями «по всем направлениям». Официально сроки визита не объявлялись.

@@ sn-yards
layout: sevnedelya
title: В Северогорске благоустроят 12 дворов
author: Ирина Соколова
published: 2025-01-29T10:30:00+00:00
caption: Двор дома № 14 на улице Гагарина
credit: Фото: Ирина Соколова
x-views: 1 245
x-endbyline: Ирина Соколова
--
В этом году в Северогорске по программе «Комфортная среда» отремонтируют 12 дворов. Список утвердили на заседании общественной комиссии во вторник.

В него вошли дворы на улицах Гагарина, Лесной и Заводской, а также в микрорайоне Солнечный. Жители сами выбирали, что нужно сделать: где-то положат новый асфальт, где-то поставят детские площадки и лавочки.

На работы из областного и районного бюджетов выделено 38 миллионов рублей. Подрядчиков определят на торгах в марте, а сами работы должны завершиться до 1 октября.

«Заявок было больше сорока, поэтому в первую очередь взяли те дворы, где ремонта не было с советских времён», — пояснил заместитель главы района Андрей Кулешов.

Жители, чьи дворы не попали в список, могут подать заявку на следующий год до 1 июня.

@@ sn-centenarian
layout: sevnedelya
title: Жительница Северогорска отметила 100-летний юбилей
author: Олег Никитин
published: 2025-02-02T15:20:00+00:00
x-views: 876
x-endbyline: Автор: Олег Никитин
--
Анна Васильевна Горбунова из Северогорска 1 февраля отметила 100-летие.

Она родилась в деревне Малые Ключи, в годы войны работала на лесозаготовках, а потом больше тридцати лет проработала бухгалтером на местном льнозаводе.

Поздравить юбиляра пришли глава района, представители соцзащиты и совета ветеранов. Анне Васильевне вручили персональное поздравление и памятный подарок.

Секретом долголетия она считает работу в огороде и хороших соседей. У Анны Васильевны трое детей, пятеро внуков и семь правнуков.

@@ sn-hmeimim-technician
layout: sevnedelya
title: Северогорец рассказал о службе на авиабазе Хмеймим
author: Дмитрий Зуев
published: 2025-01-31T12:00:00+00:00
caption: Сергей Малахов показывает фотографии, сделанные в Сирии
credit: Фото: Дмитрий Зуев
enc: cp1251
x-views: 2 031
x-endbyline: Текст и фото: Дмитрий Зуев
--
Контрактник из Северогорска Сергей Малахов вернулся домой после двух лет службы на российской авиабазе Хмеймим в Сирии.

Сергей служил техником в авиационном полку. По его словам, самым трудным была не жара, а песок, который забивался во всё, от двигателей до телефонов.

«Там быстро понимаешь, что самолёт — это не только лётчик. Каждый вылет готовят десятки людей, и все работают без выходных», — рассказывает он.

С местными жителями, по словам Сергея, военные почти не общались: за территорию базы выезжали только по служебной необходимости.

О том, что будет с базой дальше, он говорить не берётся. «Это решают не техники», — улыбается Сергей.

Сейчас он устроился работать на районное автотранспортное предприятие и собирается летом жениться.

@@ rd-tartus-navy
layout: reader
title: Why a Small Syrian Port Still Matters to Russia’s Navy
author: Sam Tarrant
caption: The Russian naval facility at Tartus, photographed in 2020.
credit: (Photo: Karim Sayegh/The Harbour Brief)
x-site: The Harbour Brief
x-minutes: 5–6 minutes
x-leftover: Get The Harbour Brief in your inbox every Thursday.|Sign up →
--
Seen from the sea, the Russian naval facility at Tartus does not look like much: two floating piers, a handful of warehouses and a repair workshop tucked into the northern corner of a commercial harbour.

Yet for Russia’s navy, this small patch of Syrian coastline has long been worth more than its size suggests.

Tartus is the only place in the Mediterranean where Russian warships can take on fuel, food and spare parts without relying on a foreign government’s daily permission. Ships that would otherwise have to sail home for maintenance can be patched up in a few days.

That convenience became a necessity after 2022, when the Turkish straits closed to Russian warships. Vessels already in the Mediterranean could no longer easily return to their home ports in the Black Sea.

The fall of the Assad government has put that arrangement in question. Syria’s new authorities have not ordered the Russians out, but they have not promised anything either.

Naval analysts say Russia has two realistic alternatives: Libya, where it has ties to the eastern authorities, and Port Sudan on the Red Sea. Neither has the dock space, the workshops or the political stability that Tartus offered.

For now, the piers at Tartus are quieter than they have been in a decade. Whether they stay that way will depend on talks in which the Russian navy has very little say.

@@ rd-lighthouse
layout: reader
title: The Last Keepers of the Outer Isles
author: Fiona MacRae
x-site: Northlight Magazine
x-minutes: 8–10 minutes
--
The light still turns.

Every night for 126 years, the lamp at Rona Head has swept across the sea between the Outer Isles and the mainland, first by clockwork and paraffin, now by solar panels and a small battery bank.

The last keeper left in 1998, when the light was automated. But the cottages at its foot are not empty. Since 2019, a charity has let them to volunteers who stay for a month at a time, cleaning the lens, painting the railings and logging the birds that pass through in spring and autumn.

“People think it will be lonely,” said Margaret Innes, who has volunteered three times. “It is, a bit. That is the point.”

The volunteers get a supply boat once a week, weather permitting. In winter, that can mean three weeks between deliveries. Most bring a stack of books; one, a retired engineer from Glasgow, brought a cello.

The charity says it has a waiting list of more than 400 people. Its next aim is to reopen the old fog signal house as a small museum, with the help of a grant it applied for in January.

@@ rd-pension
layout: reader
title: How a Small City Paid Off Its Pension Debt in Twelve Years
author: null
enc: utf-8-sig
x-site: Civic Ledger
x-minutes: 4–5 minutes
--
When Elm Harbor’s finance director warned the city council in 2012 that its pension fund would run out of money within two decades, few people in the room believed her.

Twelve years later, the city of 48,000 has paid off what was once a $61 million shortfall, making it one of the few municipalities of its size in the country with a fully funded plan.

The approach was not glamorous. The city put a fixed share of its budget into the fund every year, whether the economy was good or bad, and sold two unused properties to make one-off payments.

New employees were moved into a plan that shares investment risk between the city and its workers. Existing employees kept their benefits, which helped win the support of the unions.

“There was no trick,” said the former finance director, Janet Osei, who retired last year. “We just never skipped a payment.”

Other cities have taken notice. Officials from at least five states have visited Elm Harbor since 2022 to ask how it was done.

@@ mr-four-day-week
layout: milbrook
section: Local News
title: Milbrook school board delays vote on four-day week
author: Dana Dunphy
published: 2025-01-29
caption: Parents and teachers fill the Milbrook High School auditorium for public comment on Tuesday night.
credit: Dana Dunphy/Milbrook Register
x-byline: By Dana Dunphy|ddunphy@milbrookregister.com
x-updated: Updated 3 hrs ago
x-tags: School Board|Education|Four-day Week
x-bio: Dana Dunphy covers education and county government for the Register. Reach her at 555-0142.
--
The Milbrook Community School District board put off a decision Tuesday on whether to move to a four-day school week, saying it needs more information about child care and transportation costs.

More than 200 people packed the high school auditorium for the meeting, and 31 of them spoke during public comment. Most opposed the change.

Superintendent Karen Lindell has proposed the shorter week as a way to attract teachers. Several nearby districts have already made the switch, and Lindell said Milbrook lost four teachers to them last year.

Parents who spoke against the plan said they would struggle to find care for younger children on Mondays. Some also worried that students who rely on school meals would go without.

“I understand the teacher shortage is real,” said Marcus Webb, a father of three. “But you can’t fix it by handing the problem to working families.”

Board president Linda Ahrens said the district would survey parents in February and hold another public hearing before a vote, likely in March.

@@ mr-tartus-veteran
layout: milbrook
section: Community
title: Retired Navy officer recalls watching Soviet ships at Tartus in the 1980s
author: Gerald Finch
published: 2025-02-02
caption: Retired Cmdr. Walter Haines holds a photo of a Soviet supply ship he took off the Syrian coast in 1984.
credit: Gerald Finch/Special to the Register
x-byline: By Gerald Finch Special to the Register
x-updated: Updated Feb 3, 2025
x-tags: Veterans|Community
--
Walter Haines was 27 and a young lieutenant on a Navy destroyer when he first saw the Soviet ships at Tartus.

“We’d pass by at a distance and count them,” said Haines, now 68, at his home on Birch Street. “A repair ship, a tanker, sometimes a submarine tender. We wrote everything down.”

Haines served 24 years in the Navy and retired as a commander in 2005. He moved to Milbrook with his wife, Ruth, to be near their grandchildren.

He has been following news reports that Russia may lose access to the Syrian port after the fall of the Assad government in December.

“That base has been there my whole adult life,” he said. “It’s strange to think it might just go away.”

Haines will speak about his Navy career at the Milbrook Public Library on Feb. 15 at 2 p.m. The talk is free and open to the public.

@@ mr-diner-closes
layout: milbrook
section: Business
title: Sunrise Diner closes after 51 years on Main Street
author: null
published: 2025-02-04
enc: utf-16-le-bom
nl: crlf
x-byline: From staff reports
x-updated: Updated 5 hrs ago
x-tags: Business|Restaurants
--
The Sunrise Diner, a fixture on Main Street since 1974, served its last breakfast Sunday.

Owners Bob and Carol Jurgens said they decided to retire after Bob’s knee surgery last fall. The couple bought the diner from Carol’s parents in 1992.

Regulars lined up out the door for one more plate of biscuits and gravy. Several brought cards, and one brought a cake shaped like the diner’s neon sign.

The building has been sold, but the Jurgenses said they did not know what the new owners planned to do with it.

@@ qn-counting-ships
layout: quayside
title: Counting ships at Tartus: what the January imagery shows
author: Hannah Kerr
published: 2025-01-29
caption: Figure 1: The Russian berths at Tartus on 24 January. Imagery © Skyline Orbital, annotations mine.
x-img: tartus-24jan
x-cats: Navies, Syria
x-tags: Hmeimim, Russian Navy, Tartus
x-comments: marco_p|January 29, 2025 at 9:14 pm|Great work as always. Any sign of the floating dock? It was there in November.|Hannah Kerr|January 29, 2025 at 10:02 pm|Not in any of the January passes. I think it left in December but I can't prove it yet.
--
A few readers have asked whether the reports of Russian ships leaving Tartus hold up. So I spent the weekend going through every clear commercial image of the port I could find for January.

Short answer: yes, the Russian presence is smaller than it has been for years, but it has not disappeared.

On 3 January I count five vessels at the two floating piers the Russian navy uses in the northern part of the harbour: a frigate, a corvette, a tanker, a tug and what looks like a small landing ship. By 24 January there are three, and the landing ship is gone.

The tanker moves a lot. It is alongside on 3, 11 and 24 January and absent on 17 January, which fits with it making short runs to meet ships at sea.

What I can't see is anything that looks like an evacuation. There are no queues of vehicles on the quay and no obvious piles of containers waiting to be loaded.

I'll do the same exercise for Hmeimim next week, although the imagery there is harder to read because of the number of hardened shelters.

As always, if you spot something I've missed, let me know below.

@@ qn-hmeimim-revisited
layout: quayside
title: Hmeimim, revisited: fewer helicopters, same runway works
author: Hannah Kerr
published: 2025-02-05
caption: Figure 1: The northern apron at Hmeimim, 2 February. Imagery © Skyline Orbital.
x-img: hmeimim-02feb
x-cats: Air bases, Syria
x-tags: Hmeimim, Russian Air Force
x-comments: J. Alvarez|February 5, 2025 at 11:30 am|Could the missing helicopters simply be in the shelters?|Hannah Kerr|February 5, 2025 at 12:48 pm|Possible for a few, but not for all of them. The shelters were full in December too.
--
As promised, here is the Hmeimim follow-up. It took longer than expected, mostly because two of the images I wanted turned out to be half covered by cloud.

The most obvious change since December is the helicopters. On 14 December I count eleven on the northern apron; on 2 February there are four.

Fixed-wing aircraft are harder to track because many of them sit in shelters, but the number visible in the open has not changed much: two or three fighters and a transport aircraft on most days.

Work on the runway extension, which began in 2021, is still going. There are fresh asphalt patches at the southern end and what look like construction vehicles parked beside them on every image.

That is odd if the base is about to be abandoned. Either the contractors were paid in advance, or someone in Moscow still expects to be using the runway in a year's time.

@@ qn-sources-note
layout: quayside
title: A short note on sources
author: Hannah Kerr
published: 2025-02-07
x-cats: Meta
x-tags: methods
--
Several people have asked where my imagery comes from. The answer is mostly the free tiers of two commercial providers, plus the occasional image a reader sends me.

I do not pay for tasking, and I do not use anything classified, leaked or scraped from behind a login. If I cannot show you the source, I will not post the conclusion.

If you want to check my work, the image dates are in every caption. Please do.

@@ ph-electric-ferries
layout: amp
section: Local News
title: City unveils plan for electric ferries across the bay
author: Keisha Morgan
published: 2025-02-04T07:30:00-05:00
link: https://www.portsideherald.com/news/local/2025/02/04/electric-ferries-bay-plan/
caption: An artist’s rendering of one of the proposed electric ferries.
credit: Courtesy of Bay Crossing Authority
x-modified: 2025-02-04T15:10:00-05:00
--
Portside would replace its three diesel ferries with battery-powered boats by 2029 under a plan unveiled Tuesday by Mayor Daniel Ruiz.

The new vessels would carry up to 150 passengers each and recharge at the dock in about 12 minutes, city officials said. The crossing between Harbor Point and the Eastside terminal takes about 18 minutes.

The plan is expected to cost $74 million, most of which the city hopes to cover with federal and state grants. The Bay Crossing Authority board will vote on the first phase in March.

“These boats have been running on borrowed time,” Ruiz said at a news conference at the Harbor Point terminal. “The newest one is 31 years old.”

Ferry riders have complained for years about breakdowns and canceled trips. Last summer, one of the ferries was out of service for six weeks after an engine fire.

The city’s transportation director, Alicia Brandt, said fares would not rise as a result of the switch.

@@ kk-hmeimim-consultations
layout: kavkurier
title: Россия и Сирия продолжат консультации о статусе авиабазы Хмеймим
author: Руслан Гасанов
published: 2025-01-30T12:15:00+03:00
link: https://kavkurier.ru/news/politics/2025/01/30/rossiya-siriya-hmeimim/
caption: Авиабаза Хмеймим
credit: Фото: пресс-служба Минобороны РФ
--
Москва и Дамаск договорились продолжить консультации о будущем российской авиабазы Хмеймим и пункта ВМФ в Тартусе. Об этом сообщил источник в дипломатических кругах по итогам встречи делегаций в сирийской столице.

По его словам, стороны обсудили порядок пребывания российских военных на базах в переходный период и вопросы материально-технического снабжения.

Сирийская сторона, как утверждает собеседник, настаивает на том, чтобы все договорённости были пересмотрены и утверждены новыми органами власти.

Эксперт по Ближнему Востоку Тимур Алиев считает, что переговоры могут затянуться на несколько месяцев. «Дамаску выгодно сохранять неопределённость: это даёт ему рычаги давления на Москву», — отметил он.

Российские военные находятся на авиабазе Хмеймим с сентября 2015 года.

@@ cc-latakia-fishermen
layout: wpblog
title: What Latakia’s fishermen think about the Russians next door
author: Layla Mansour
published: 2025-01-29T21:40:12+02:00
link: https://coastlinechronicles.net/2025/01/29/latakia-fishermen-russians/
caption: Boats in the old fishing harbour, a few kilometres from Hmeimim.
credit: Photo: Layla Mansour
x-modified: 2025-02-01T10:02:55+02:00
--
The fishermen of the old harbour go out before dawn, and by the time the first Russian transport planes lift off from Hmeimim, most of them are already on their way back.

“We hear them every day, but we have never been inside,” said Abu Fares, who has fished from the same blue wooden boat for thirty years. “For us, the base is a noise.”

For years, the Russian presence shaped life along this stretch of coast in quieter ways. Some areas of sea near the base were closed to fishing, and patrol boats sometimes turned the small boats back.

> They took our best water for ten years. If they go, maybe we get it back.

That was Abu Fares’s nephew, Samer, who mends nets on the quay. Not everyone agrees. A café owner near the harbour told me that Russian officers used to spend money in town, and that business has been slow since December.

Nobody I spoke to expected to be asked their opinion. “The big men will decide in Damascus and Moscow,” Abu Fares said. “We will find out from the radio, like always.”

@@ kv-house-fire
layout: tvstation
section: Local News
title: Family of five rescued from Eastbrook house fire
author: Marcus Bell
published: 2025-02-02T18:42:00-06:00
link: https://www.kvtn7.com/article/news/local/eastbrook-house-fire-family-rescued/52-8f3c2a10
x-updated: 9:15 PM CST February 2, 2025
x-related: Space heater blamed for apartment fire in Carver Heights
--
EASTBROOK, Neb. — A family of five escaped a house fire early Sunday after a neighbor saw flames and pounded on their door, fire officials said.

The fire started in the garage of the home on Willow Court around 2:15 a.m., according to Eastbrook Fire Chief Dan Kessler. The two adults and three children got out through a back door before crews arrived.

“That neighbor is the reason we aren’t talking about something much worse,” Kessler said.

One of the children was taken to a hospital as a precaution and was released later Sunday morning. Two dogs also escaped.

The cause of the fire is under investigation. The Red Cross is helping the family with temporary housing.

@@ clip-tartus-dockworkers
layout: clip
title: Tartus Dockworkers Wait for Word on Russian Lease
author: Nour Khalil
published: 2025-02-01
link: https://levantinereview.com/2025/02/01/tartus-dockworkers-russian-lease
credit: Photo: Nour Khalil
x-created: 2025-02-03
x-description: At the Syrian port, hundreds of jobs depend on what happens to Russia's naval facility.
--
Mahmoud Sabbagh has worked the cranes at Tartus for 19 years, and in all that time he has never set foot on the Russian side of the harbour.

“Their piers are there, ours are here,” he said, pointing across the water. “But their ships bring work for everyone.”

When Russian vessels dock, local firms supply fuel, water and food, and port workers handle some of the cargo. Sabbagh estimates that a few hundred jobs in the town depend, directly or indirectly, on the facility.

Since December, those ships have been rarer. The [port authority](https://levantinereview.com/tag/tartus-port) says traffic at the Russian berths fell by more than half in January compared with the same month last year.

Syria’s new government has said the agreements that allowed Russia to use the port will be **reviewed**, but has given no timetable.

“We are not political people,” Sabbagh said. “We just want to know if there will be work in the summer.”

@@ jk-bike-workshop
layout: jekyll
title: Ten years of running a community bike workshop
author: Pieter Jansen
published: 2025-02-03T18:20:00+01:00
credit: Volunteers at a Saturday session last spring. Photo: Anouk de Vries.
x-permalink: /2025/02/03/ten-years-bike-workshop/
--
Ten years ago this week, four of us opened the doors of a borrowed garage on Spoorstraat with two workstands, a box of donated tools and no idea whether anyone would come.

Thirty-one people came. Most of them had a flat tyre; one had a bicycle that had been in a canal.

Since then, the workshop has moved twice and now has its own space behind the old railway depot. We are open on Wednesday evenings and Saturday mornings, and we have fixed something like 9,000 bikes. (I stopped counting properly in 2019.)

The rule has always been the same: we don't fix your bike, we help you fix it. That has made us slower than a shop, and it has also made several hundred people much less afraid of a spanner.

A few things I have learned:

- **Most problems are brakes and tyres.** If you can do those two, you can keep most bikes on the road.

- **Volunteers stay when they are trusted.** Give new people a real job on their first day.

- **Never accept a donated bike without looking at it first.** We once received a tandem with no wheels.

Thanks to everyone who has turned up, lent a tool, or brought biscuits. Here's to the next ten.

@@ tf-gdansk-wind
layout: trafilatura
title: Offshore wind farm off Gdańsk begins supplying the grid
author: Marta Zielińska
published: 2025-01-28
link: https://balticenergymonitor.eu/news/2025/01/28/gdansk-offshore-wind-first-power
caption: Turbines of the Baltic Breeze farm during installation last summer. Photo: Baltic Breeze
x-site: Baltic Energy Monitor
x-excerpt: The first turbines of the Baltic Breeze farm are connected; the rest follow this year.
--
The first turbines of the Baltic Breeze offshore wind farm, about 25 kilometres off the coast near Gdańsk, have started supplying electricity to Poland’s grid, the project’s operator said on Tuesday.

Fourteen of the farm’s 58 turbines are now connected. When complete later this year, the farm will have a capacity of 870 megawatts, enough to supply more than a million homes.

The project is the first of several planned in the Polish part of the Baltic Sea, where the government wants to have around 6 gigawatts of offshore wind capacity by 2030.

A spokesperson for the grid operator said the connection had gone smoothly, although strong winds in January delayed the installation of some turbines by several weeks.

Poland still generates more than half of its electricity from coal, but the share has fallen steadily over the past decade.

@@ wp-wheat-talks
layout: wprest
title: Дамаск и Москва обсудили поставки пшеницы и будущее базы «Хмеймим»
author: Анна Керимова
published: 2025-02-05T14:05:00+03:00
link: https://blizhvostok.ru/2025/02/05/damask-moskva-pshenitsa-hmeimim/
caption: Зерновой терминал в порту Латакии
credit: Фото: Ближневосточный дневник
x-site: Ближневосточный дневник
--
Представители Сирии и России обсудили в Дамаске возобновление поставок российской пшеницы, прерванных в декабре. Переговоры прошли на уровне заместителей министров.

По данным источников издания, сирийская сторона просит поставить до 200 тысяч тонн зерна до конца весны. Оплату предлагается частично провести за счёт замороженных в российских банках сирийских средств.

Вопрос о российских военных объектах на встрече также поднимался, но, как уточняют собеседники, конкретных решений принято не было.

Сирия до конца 2024 года была одним из крупнейших покупателей российской пшеницы на Ближнем Востоке. После смены власти поставки приостановились.
"""


if __name__ == "__main__":
    main()
