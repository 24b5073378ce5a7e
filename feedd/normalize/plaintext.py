"""Plain-text scraped pages: find headline, source, byline, date and body among page chrome.

A scraped page is the visible text of a web page: blocks separated by blank lines, the
article somewhere among banners, navigation, captions, share widgets, newsletter boxes and
donation appeals. The approach, in order:

1. split into units (one paragraph each; hard-wrapped lines are re-joined, a text
   browser's dump at its measured margin);
2. label each unit by its shape: chrome, caption, byline, date, link line, sentence-like;
3. the rules read the page: the body runs from the first substantial sentence paragraph
   to the first unit that opens an end-of-article region (newsletter box, appeal,
   comments, footer), the headline is the best headline-shaped unit above it;
4. all that becomes line facts (LINE_FACTS) for the trained reader
   (`feedd.normalize.reader`), which decides the body and the headline; the rules' vetoes
   (furniture is never body, a standfirst is the summary, an article keeps its closing
   sentence) apply after it;
5. source, byline, date and link are found by the rules around what the reader chose.

Pure: no I/O (the kinds of short lines are remembered in memory: see REMEMBERED_LINES).
What a line says (chrome, caption, byline, date line, end of the article) is read with
`feedd.normalize.rules`, the rule base every input format shares; how the lines stand on
the page is read here.
"""

from __future__ import annotations

import itertools
import math
import re
import string
from collections import Counter
from collections.abc import Collection, Sequence
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from feedd.model import Article, Rejected
from feedd.normalize.dates import MONTH_NAMES, find_date, find_stated_date, find_time_on
from feedd.normalize.patterns import ends_sentence
from feedd.normalize.reader import FloatArray, ReaderModel, read_page
from feedd.normalize.rules import BYLINE as _BYLINE
from feedd.normalize.rules import CHROME as _CHROME
from feedd.normalize.rules import DATE_PREFIX as _DATE_PREFIX
from feedd.normalize.rules import DESK_BYLINE as _DESK_BYLINE
from feedd.normalize.rules import END_OF_PLAIN_TEXT_ARTICLE as _END_OF_ARTICLE
from feedd.normalize.rules import INLINE_BOX as _INLINE_BOX
from feedd.normalize.rules import NAV_SEPARATOR_CHARS as _NAV_SEPARATOR_CHARS
from feedd.normalize.rules import NAV_SEPARATORS as _NAV_SEPARATORS
from feedd.normalize.rules import NOT_PUBLISHED as _NOT_PUBLISHED
from feedd.normalize.rules import PUBLISHED_PREFIX as _PUBLISHED_LINE
from feedd.normalize.rules import RELATED_HEADING as _RELATED_HEADER
from feedd.normalize.rules import ROLE_BYLINE as _ROLE_BYLINE
from feedd.normalize.rules import is_caption_text, is_chrome_line, without_learned_lines
from feedd.normalize.text import (
    ANY_STOPWORD,
    TITLE_MAX_CHARS,
    guess_language,
    render_html,
    shorten_title,
    summarize,
)

# Author bios that close an article: "Jane Roe is the Moscow correspondent for …".
_BIO = re.compile(
    r"^(?:[A-ZА-ЯЁ][\w'’.-]+\s){1,3}(?:"
    r"(?:is|was)\s(?:a|an|the)\b.{0,200}\b(?:correspondent|reporter|editor|writer|journalist"
    r"|fellow|columnist|analyst|professor|researcher|корреспондент|обозреватель)\b"
    r"|covers\s|has (?:reported|covered|written)\b|has been (?:covering|reporting)\b"
    r"|joined (?:the )?[A-Z].{0,60}\bin (?:19|20)\d\d\b"
    r"|writes (?:for|about)\b|reports on\b)",
)

_SEGMENT_SEPARATOR = re.compile(r"\s[|•·–—]\s")
# "Helen Carter", "Murad Aliyev, Baku", "Hannah Elwood in Homs", "Anastasia Greer in Berlin
# and Tom Hale in London", "Анна Богданова, Сергей Ефимов": two to four capitalised words a
# name, up to four names, each perhaps with the place it was filed from.
_NAME = r"[A-ZА-ЯЁ][\w'’.-]+(?:\s[A-ZА-ЯЁ][\w'’.-]+){1,3}"
_FILED_FROM = r"\s(?:in|from|в|aus|à|en)\s[A-ZА-ЯЁ][\w-]+(?:\s[A-ZА-ЯЁ][\w-]+)?"
_BARE_NAME = re.compile(
    rf"^(?P<name>{_NAME}(?:{_FILED_FROM})?(?:(?:,\s|\s(?:and|&|и|und|et|y)\s){_NAME}"
    rf"(?:{_FILED_FROM})?){{0,3}})(?:,\s[A-ZА-ЯЁ][\w-]+(?:\s[A-ZА-ЯЁ][\w-]+)?)?$"
)
_FILED_FROM_PART = re.compile(_FILED_FROM)
_HAS_LETTERS = re.compile(r"[^\W\d_]")
_NAME_LIST_JOINER = re.compile(r",\s|\s(?:and|&|и|und|et|y)\s")
# A name signing off the article: no place ("Wheat Shortages Hit Bakeries in Coastal Syria"
# closing a list of headlines is not one).
_SIGNATURE = re.compile(rf"^{_NAME}(?:(?:,\s|\s(?:and|&|и|und|et|y)\s){_NAME}){{0,3}}$")
# "Temir Asanov Feb 19, 2025", "Ганна Мельник — Середа, 12 лютого 2025": a name before a date.
_NAME_BEFORE_DATE = re.compile(
    r"^(?P<name>[A-ZА-ЯЁ][\w'’.-]+(?:\s[A-ZА-ЯЁ][\w'’.-]+){1,3}?)"
    r"(?=\s[—–|·•-]\s|\s(?:[^\W\d_]{3,10}\.?,?\s)?\d)"
)
# A line that only says the next line holds the byline: "Authors", "Авторы:", "Written by".
_AUTHORS_LABEL = re.compile(
    r"^(authors?|written by|by|авторы?|текст|autor(?:in|es)?|auteurs?)\s*:?$", re.IGNORECASE
)
# "Le Figaro avec AFP", "DAILY SABAH WITH AA": the newsroom and a wire, not a person.
_NEWSROOM_WITH_WIRE = re.compile(
    r"\s(?:with|avec|con|mit|и)\s+(?:afp|ap|aa|dpa|efe|ansa|reuters|agencies|agences|agencias)$",
    re.IGNORECASE,
)
# "Posted on 2025-01-29 by Hannah Kerr"
_TRAILING_BY = re.compile(r"\bby\s+(?P<name>[A-ZА-ЯЁ][\w'’.-]+(?:\s[A-ZА-ЯЁ][\w'’.-]+){1,3})$")
# "By Gerald Finch Special to the Register", "By Jane Roe for The Times"
_ROLE_SUFFIX = re.compile(r"\s+(?:special to|for the|for|of the|in)\s", re.IGNORECASE)
# "By Clarion Reporter", "By Staff Writer": a role, not a person
_ROLE_ONLY = re.compile(
    r"(\breporter|\bstaff|\bcorrespondent|desk|\bteam|\beditors?|\bnewsroom|\bwriter|\bservice"
    r"|\bbureau)s?$",
    re.IGNORECASE,
)
# "Reporting by Ana Beltrán in Santiago; Editing by Kirsten Moor"
_WIRE_CREDIT = re.compile(
    r"^\(?reporting by (?P<names>[^;()]+?)(?:\s+in\s+[A-Z][\w -]+)?(?:;|\)|$)", re.IGNORECASE
)
_LINK_LINE = re.compile(
    r"^(?:(?:source|url|link|permalink|(?:open |read |view )?original(?: url| link| article)?"
    r"|canonical|источник|quelle|fuente)"
    r"\s*:\s*)?"
    r"(?P<url>https?://[^\s<>\"]+)$",
    re.IGNORECASE,
)
_SOURCE_SEPARATOR = re.compile(r"\s[—–|·•:]\s|\s-\s")
# Between a <title>'s headline and the site's name: "Headline - BBC News", "… | Medium".
_TITLE_SEPARATOR = re.compile(r"\s[—–|]\s|\s-\s")
_TRAILING_URL = re.compile(r"\s+https?://\S+$")
# A browser's print header opens with the time of printing: "4/9/25, 10:31 AM Headline - Site".
_PRINT_STAMP = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+", re.IGNORECASE
)
_BARE_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
# A banner (a name-shaped line above the headline) is a name of this many characters on.
BANNER_MIN_CHARS = 3
_NAME_PARTICLES = frozenset("of the and & de du la le el des del di da von van der und".split())
_NOT_A_SOURCE = re.compile(
    r"journalism|us$|our |donat|^independent|^copyright$|^\(c\)$|rights reserved|права"
    r"|الحقوق|droits|derechos|rechte|riservat|zastrzeżon|reservados|voorbehouden",
    re.IGNORECASE,
)
# A company's form around the publication's name in a copyright line: "The Financial Times
# Limited", "RFE/RL, Inc.", "АО «Коммерсантъ»", "Guardian News & Media Limited or its
# affiliated companies".
_COMPANY_FORM = re.compile(
    r",?\s+(?:or its affiliated companies|inc\.?|ltd\.?|limited|llc|gmbh|ag|plc|s\.?a\.?"
    r"|s\.?l\.?u?\.?|l\.?p\.?|b\.?v\.?|n\.?v\.?|sp\.? z o\.?o\.?|sp\.?|company|corporation"
    r"|corp\.?|newspaper|media network|media group|media bv|holdings?|copyright"
    r"|(?:russian |international )?news agency)$"
    # a site's domain for its name: "Haaretz.com", "Hürriyet.com.tr"
    r"|(?<=\w)\.(?:com|net|org)(?:\.[a-z]{2})?$|(?<=\w)\.co\.uk$"
    r"|^(?:copyright|\(c\))\s+|^(?:ао|ооо|оао|зао|пао|миа|фгуп)\s+",
    re.IGNORECASE,
)
# A photo credit after "©" names a person and an agency: "© Ilya Moskvin/TASS".
_PHOTO_CREDIT = re.compile(r"\w\s\w[^/\s]*/\S")
# Words a company adds around its publication's name: "(The) Financial Times", "TASS
# Russian News Agency", "Ediciones El País".
_GENERIC_NAME_WORDS = frozenset(
    "the news agency russian newspaper newspapers group media press publishing publications"
    " ediciones editions éditions edizioni verlag".split()
)
_COPYRIGHT, _APPEAL = 0, 1
_SOURCE_PATTERNS = (
    (_COPYRIGHT, re.compile(r"^(?P<name>[^©|]{2,60}?)\s*©\s*(?:19|20)\d\d", re.IGNORECASE)),
    (
        _COPYRIGHT,
        re.compile(
            r"^(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\))\s*)?(?:copyright\s*)?"
            r"(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*)?[.,]?\s*"
            r"(?P<name>(?:[^.|,©]|\.(?=\w)){2,60}?)\s*(?:[.,|]\s.*|[.,])?$",
            re.IGNORECASE,
        ),
    ),
    # Inside a line: "washingtonpost.com © 1996-2025 The Washington Post", "… reserved. (c)
    # TASS Russian News Agency"; a "©" there needs a year ("© Jane Roe, AFP" is a credit).
    (
        _COPYRIGHT,
        re.compile(
            r"(?:©\s*(?:19|20)\d\d(?:\s*[-–—]\s*\d{4})?[.,]?|\(c\)(?:\s*(?:19|20)\d\d[.,]?)?)\s+"
            r"(?P<name>[^.|,©]{2,60}?)\s*(?:[.,|]\s.*|[.,])?$",
            re.IGNORECASE,
        ),
    ),
    (_APPEAL, re.compile(r"^support (?P<name>.{3,60}?)[!.]*$", re.IGNORECASE)),
    (_APPEAL, re.compile(r"^a message from (?P<name>.{3,60}?)[:.!]*$", re.IGNORECASE)),
    (_APPEAL, re.compile(r"^поддержите (?P<name>.{3,60}?)[!.]*$", re.IGNORECASE)),
)
# How a line matching one of _SOURCE_PATTERNS begins when it holds no "©": one test
# rules out most lines instead of five.
_SOURCE_OPENING = re.compile(r"\(c\)|copyright|support |a message from |поддержите ", re.IGNORECASE)
# Labels of images and buttons as a text browser dumps them, in brackets, opening a line.
_BRACKETED_LEAD = re.compile(r"^(?:\[[^\[\]\n]*\]\s*)+")
_BRACKETED = re.compile(r"\[([^\[\]\n]*)\]")
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\S)")
# Two spaces or more between the items of a menu or footer line (a tab too).
_MENU_GAP = re.compile(r"\s{2,}|\t")
_LIST_ITEM = re.compile(r"^(?:[-•*–—]\s|\d{1,3}[.)]\s)")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
# Compiled here, not looked up in re's cache on every call (the lookup costs as much as a
# short match): blank lines between blocks, what a date line holds besides letters, a
# year, the separators that end a source's name, a sentence's end.
_BLANK_LINES = re.compile(r"\n\s*\n")
_DATE_LINE_NON_LETTERS = re.compile(r"[\d\s:.,/+\-–|•·()]")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_AFTER_SOURCE_NAME = re.compile(r"\s[|·•/–—-]\s|\.\s|\s?\|")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s")
# Spacing that `" ".join(line.split())` would change: runs, spaces at a line's ends and
# every whitespace character `str.split` splits at but the space and the line feed.
_ODD_ASCII_SPACING = ("  ", " \n", "\n ", *"\t\x0b\x0c\r\x1c\x1d\x1e\x1f")
_ODD_SPACING = (
    *_ODD_ASCII_SPACING,
    *"\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a",
    *"\u2028\u2029\u202f\u205f\u3000",
)


# The headline stands above the body, or is the first line or two the reader took for it.
HEADLINE_BELOW_BODY_START = 2
# A headline the <title> line holds has this many words: fewer are a menu's or a button's.
TITLE_LINE_HEADLINE_MIN_WORDS = 4
# What a <title> line holds besides the headline: a site's name, a section, a date.
TITLE_LINE_EXTRA_WORDS = 8
# A body line without closing punctuation this long is a caption or teaser, not text.
UNPUNCTUATED_MAX_WORDS = 8
# Above this many body paragraphs, pull quotes are not looked for (the check is quadratic).
MAX_PULL_QUOTE_SCAN = 400
# A menu item laid out between runs of spaces has at most this many words.
MENU_ITEM_MAX_WORDS = 4
# A standfirst is at most this long, and the byline or date below it is followed by the
# text within this many units (share buttons, a photo, its caption between them).
STANDFIRST_MAX_WORDS = 50
STANDFIRST_GAP_UNITS = 12
# A caption above a credit line is at most this long.
CAPTION_MAX_WORDS = 30
# A marker followed by this many substantial paragraphs sits inside the article.
INLINE_INSERT_MIN_PARAGRAPHS = 2
# A box that pages put inside the article (newsletter, subscription, "read also") needs
# only this many: the article often ends one paragraph after it.
INLINE_BOX_MIN_PARAGRAPHS = 1
# Such a box is short; a long appeal that names a newsletter closes the article.
INLINE_BOX_MAX_WORDS = 12
# Lines up to this long are counted across pages of a source to learn its boilerplate.
PAGE_LINE_MAX_WORDS = 40
# A sentence the rules keep right after the reader's last body line is body from this long.
CLOSING_SENTENCE_MIN_WORDS = 5
# A token longer than this (a web address) is not wrapped: its line may pass the margin.
MAX_WRAPPED_WORD_CHARS = 25
# The pages of one site repeat their short lines (menus, share buttons, banners, footers)
# page after page, and each costs a dozen regex tests: the kinds of this many lines up to
# this long are remembered (a kind depends on the text alone). Longer lines are prose.
REMEMBERED_MAX_WORDS = 15
REMEMBERED_LINES = 4096


# A NamedTuple, not a frozen dataclass: a page makes dozens of units, and a tuple is built
# several times faster.
class Unit(NamedTuple):
    text: str
    words: int
    kind: str  # chrome, caption, byline, date, link, nav, text
    ends_sentence: bool = False
    links: int = 0  # a text browser's numbered links in the unit ("[12]Home")
    # In a hard-wrapped dump, whether the unit starts at the margin where the text is
    # indented: text browsers set headings flush left and indent paragraphs.
    is_outdented: bool = False


def normalize_plaintext(
    text: str,
    *,
    default_tz: tzinfo,
    boilerplate: Collection[str] = (),
    model: ReaderModel | None = None,
) -> Article | Rejected:
    """Turn a scraped page's text into an Article. `boilerplate` lists known chrome lines.

    The rules read the page first; what they decide becomes line facts for the trained
    reader (`feedd.normalize.reader`), which decides the body and the headline.
    """
    # The page is read as it is; what the source's learned lines take from the body is
    # bounded afterwards (rules.without_learned_lines), so that learning never changes
    # how the rest of the page reads.
    units = page_units(text)
    if not any(u.kind == "text" for u in units):
        return Rejected(reason="no_text", detail="no paragraph of running text found")
    page_title = _page_title(units)
    rules = _read_by_rules(units, page_title)
    facts = line_facts(units, rules, page_title)
    reading = read_page(facts, [u.text for u in units], model)
    title_index = _shown_headline(units, reading.headline, facts, reading.body_start)
    if (
        title_index is not None
        and rules.title_index is not None
        and rules.title_index < title_index
        and _is_bare_name_byline(units, title_index, first=rules.title_index + 1)
    ):
        # The reader took the byline under the rules' headline ("Jane Roe in Berlin")
        # for the headline: a line the rules read as the byline never is.
        title_index = rules.title_index
    start, end = reading.body_start, reading.body_end
    if title_index is not None and title_index >= start:
        # The headline ranks among the first lines taken for the body: the body starts
        # below it.
        start = title_index + 1
    # A standfirst the rules see above the text (the dek under the headline) is the
    # entry's summary, not its body, even where the reader starts the body with it.
    for i in reading.body:
        if i < start:
            continue
        if i not in rules.standfirst:
            break
        start = i + 1
    # The rule base's vetoes: what it knows to be furniture (chrome, captions, bylines,
    # date and link lines) is never body text.
    kept = [i for i in reading.body if i >= start and units[i].kind == "text"]
    # The reader may stop a sentence short of where the rules end the article (a closing
    # sentence is short, and last): full sentences the rules keep right after its last
    # line are body too. An article never loses its ending to the model.
    following = kept[-1] + 1 if kept else len(units)
    while (
        following in rules.body
        and units[following].ends_sentence
        and units[following].words >= CLOSING_SENTENCE_MIN_WORDS
    ):
        kept.append(following)
        end = max(end, following + 1)
        following += 1
    body = _without_repeats([units[i].text for i in kept])
    if not body and rules.body:
        # The reader finds no article where the rules find one: their reading stands.
        start, end = rules.start, rules.end
        body = _without_repeats([units[i].text for i in sorted(rules.body)])
    body = without_learned_lines(body, boilerplate)
    end = max(end, start)
    standfirst: list[str] = []
    if title_index is not None:
        title = _title_text(units, title_index, text, page_title)
        # A standfirst between headline and body (below the byline, the share buttons
        # and the photo) is the article's summary, not its text: publishers keep it apart
        # from the body, as a dek or description.
        standfirst = [
            u.text
            for u in units[title_index + 1 : start]
            if u.kind == "text"
            and u.words >= 8
            and not _has_nav_separator(u.text)
            and u.text not in boilerplate
        ]
        body = [p for p in body if p != title]
    else:
        title = _fallback_title(body)
    if not body:
        if len(units) != 1 or units[0].words < 2 or not _HAS_LETTERS.search(units[0].text):
            return Rejected(reason="no_text", detail="no article body found")
        # A page that is one line of words (a headline saved without its article) is an
        # entry of its title alone. The body stays empty rather than repeating the title:
        # the store, the feeds (an Atom entry has its alternate link) and the entry pages
        # all take an empty body, and readers would show the same line twice.
        title = units[0].text
    if len(title) > TITLE_MAX_CHARS and title not in body:
        # Longer than any headline (a page opening with a paragraph that has no line break,
        # or with no space in it): the title is its opening words, the body keeps it whole.
        body = [title, *body]

    source = _find_source(units, title_index, text, page_title)
    return Article(
        title=shorten_title(_without_bracketed_labels(title)),
        source=source,
        author=_without_outlet(_find_author(units, title_index, start, end), source),
        published_at=_find_published(units, start, default_tz),
        summary=summarize(standfirst[:1] or body),
        content_text="\n\n".join(body),
        content_html=render_html(body),
        link=_find_link(units),
        language=guess_language(" ".join(body) or title),
        page_lines=tuple(
            u.text
            for u in units
            if u.kind == "text" and u.words <= PAGE_LINE_MAX_WORDS and u.text != title
        ),
    )


def _shown_headline(
    units: Sequence[Unit], index: int | None, facts: FloatArray, body_start: int
) -> int | None:
    """The headline as the page shows it, where the page was saved with its <title>
    first ("Headline | Site"):

    - when the reader picks the title line, the headline is the longest line below it
      that the title line holds (the title without its site);
    - when it picks a line the title line does not hold, yet a line of text above where
      the body starts is held there with little more around it (the site, a section),
      that line is the headline: the nearest such line to the body.
    """
    column = LINE_FACTS.index("in_title_line")
    if index == 0:
        held = [i for i in range(1, len(units)) if facts[i, column] and units[i].words >= 3]
        return max(held, key=lambda i: (units[i].words, -i)) if held else index
    if index is not None and facts[index, column]:
        return index
    title_line = units[0].text.casefold() if units else ""
    shown = [
        i
        for i in range(1, min(len(units), body_start + HEADLINE_BELOW_BODY_START))
        if facts[i, column]
        and units[i].words >= TITLE_LINE_HEADLINE_MIN_WORDS
        and units[i].kind == "text"
        and not units[i].links
        and not _has_nav_separator(units[i].text)
        and title_line.replace(units[i].text.casefold(), " ", 1).count(" ")
        <= TITLE_LINE_EXTRA_WORDS
    ]
    return shown[-1] if shown else index


def page_units(text: str) -> list[Unit]:
    """The page's units, each with the kind the rules give it."""
    return _captions_above_credits(
        [
            _classify(t, links)._replace(is_outdented=outdented)
            if outdented
            else _classify(t, links)
            for t, links, outdented in _split_units(text)
        ]
    )


def page_facts(text: str) -> tuple[list[Unit], FloatArray]:
    """The page's units and their line facts, as the trained reader sees them."""
    units = page_units(text)
    page_title = _page_title(units)
    return units, line_facts(units, _read_by_rules(units, page_title), page_title)


def page_title_headline(units: Sequence[Unit]) -> str | None:
    """The headline part of a first line that is the page's <title>, if it is one."""
    found = _page_title(units)
    return found[0] if found else None


class RuleReading(NamedTuple):
    """What the hand-written rules make of a page: facts for the trained reader."""

    start: int
    end: int
    body: frozenset[int]  # indices of the units the rules keep as text
    title_index: int | None
    standfirst: frozenset[int]


def _read_by_rules(units: Sequence[Unit], page_title: tuple[str, str] | None) -> RuleReading:
    start = _body_start(units)
    end = _body_end(units, start)
    title_index = _title_index(units, start, page_title)
    standfirst: set[int] = set()
    if title_index is not None:
        text_start = _after_standfirst(units, start)
        if text_start != start:
            # The headline may stand below the paragraph first taken for the text (a
            # video's caption above it): look again, up to where the text begins.
            title_index = _title_index(units, text_start, page_title)
            if title_index != start:
                standfirst.add(start)
            start = text_start
            end = _body_end(units, start)
        standfirst.update(
            i
            for i in range(title_index + 1 if title_index is not None else start, start)
            if units[i].kind == "text" and units[i].words >= 8
        )
    kept = set(_body_paragraphs(units, start, end))
    body = frozenset(i for i in range(start, end) if units[i].text in kept and i != title_index)
    return RuleReading(start, end, body, title_index, frozenset(standfirst))


def _title_text(
    units: Sequence[Unit], index: int, text: str, page_title: tuple[str, str] | None
) -> str:
    title = units[index].text
    if index == 0 and page_title is not None:
        # The page's <title> line ("Headline | Site") is its headline: drop the site.
        return page_title[0]
    return title


def _without_bracketed_labels(title: str) -> str:
    """The headline without the bracketed labels a text browser's dump puts before it:
    images and buttons show as their labels in brackets ("[Print this page] [Email this
    story] Rupee at 39.28 …"). A headline that is such a label alone (the headline set as an
    image) is the label's text."""
    if not title.startswith("["):
        return title
    rest = _BRACKETED_LEAD.sub("", title)
    if _HAS_LETTERS.search(rest):
        return rest
    labels = [label.strip() for label in _BRACKETED.findall(title)]
    return next((label for label in labels if _HAS_LETTERS.search(label)), title)


def _without_repeats(texts: Sequence[str]) -> list[str]:
    """Each paragraph once, and none that a longer one contains (a pull quote)."""
    return list(_unique_without_pull_quotes(tuple(dict.fromkeys(texts))))


# Most pages ask this twice of the same paragraphs (the rules' body, then the body kept
# after the reader): the second answer is the first one's.
@lru_cache(maxsize=1)
def _unique_without_pull_quotes(unique: tuple[str, ...]) -> tuple[str, ...]:
    if len(unique) > MAX_PULL_QUOTE_SCAN:
        return unique  # the pull-quote check is quadratic: one huge file would stall ingest
    return tuple(_without_pull_quotes(unique))


TEXT_FACTS: tuple[str, ...] = (
    "log_words",
    "log_chars",
    "ends_sentence",
    "stopword_ratio",
    "capitalised_ratio",
    "digit_ratio",
    "punctuation_per_word",
    "upper_ratio",
    "list_item",
    "ends_colon",
    "nav_separator",
    "end_marker",
    "related_header",
    "bio",
    "quote",
)
LINE_FACTS: tuple[str, ...] = (
    *TEXT_FACTS,
    "kind_text",
    "kind_chrome",
    "kind_caption",
    "kind_byline",
    "kind_date",
    "kind_link",
    "kind_nav",
    "substantial",
    "link_like",
    "reads_as_text",
    "repeated",
    "rule_body",
    "rule_span",
    "rule_title",
    "rule_standfirst",
    "page_title_line",
    "title_overlap",
    "link_density",
    "has_links",
    "in_title_line",
    "outdented",
)


def line_facts(
    units: Sequence[Unit], rules: RuleReading, page_title: tuple[str, str] | None
) -> FloatArray:
    """One row of LINE_FACTS per unit: what the rule base knows of each line."""
    n = len(units)
    facts = np.zeros((n, len(LINE_FACTS)))
    if not n:
        return facts
    # What a unit says of itself (remembered for short lines, as their kinds are), then
    # the columns the page decides, one at a time.
    facts[:, _UNIT_COLUMNS] = [
        _remembered_unit_facts(u) if u.words <= REMEMBERED_MAX_WORDS else _unit_facts(u)
        for u in units
    ]
    counts = Counter([u.text for u in units])
    if len(counts) < n:  # (most pages repeat no line)
        facts[:, _COLUMN["repeated"]] = [counts[u.text] > 1 for u in units]
    facts[list(rules.body), _COLUMN["rule_body"]] = 1.0
    facts[rules.start : rules.end, _COLUMN["rule_span"]] = 1.0
    if rules.title_index is not None:
        facts[rules.title_index, _COLUMN["rule_title"]] = 1.0
    facts[list(rules.standfirst), _COLUMN["rule_standfirst"]] = 1.0
    if page_title is not None:
        facts[0, _COLUMN["page_title_line"]] = 1.0
        title_words = frozenset(_WORD.findall(page_title[0].lower()))
        for i, unit in enumerate(units):
            if title_words and unit.words <= 40:
                words_of = _word_set if unit.words <= REMEMBERED_MAX_WORDS else _words_of
                unit_words = words_of(unit.text)
                overlap = len(unit_words & title_words) / len(unit_words | title_words)
                facts[i, _COLUMN["title_overlap"]] = overlap
    # A scraper that saves the page's <title> first: the headline shown on the page is
    # usually part of it ("Headline : Section : Site", "Site - Headline").
    if n > 1 and units[0].words >= 3:
        title_line = units[0].text.casefold()
        facts[1:, _COLUMN["in_title_line"]] = [
            2 <= u.words <= 40 and u.text.casefold() in title_line for u in units[1:]
        ]
    return facts


_KINDS = ("text", "chrome", "caption", "byline", "date", "link", "nav")
_KIND_ROWS = {kind: tuple(float(kind == k) for k in _KINDS) for kind in _KINDS}
# The facts that depend on the unit alone, in the order _unit_facts gives them.
_UNIT_FACTS = (
    *TEXT_FACTS,
    *(f"kind_{kind}" for kind in _KINDS),
    "substantial",
    "link_like",
    "reads_as_text",
    "link_density",
    "has_links",
    "outdented",
)
_COLUMN = {fact: i for i, fact in enumerate(LINE_FACTS)}
_UNIT_COLUMNS = np.asarray([_COLUMN[fact] for fact in _UNIT_FACTS], dtype=np.intp)


def _unit_facts(unit: Unit) -> tuple[float, ...]:
    return (
        *_text_facts(unit.text, unit.words, unit.ends_sentence),
        *_KIND_ROWS[unit.kind],
        float(_is_substantial(unit)),
        float(_is_link_like(unit)),
        float(_reads_as_text(unit)),
        unit.links / unit.words,
        float(unit.links > 0),
        float(unit.is_outdented),
    )


_remembered_unit_facts = lru_cache(maxsize=REMEMBERED_LINES)(_unit_facts)


# The ASCII digits, counted as the bytes deleting them takes from the line's UTF-8 (no
# other character's encoding holds those bytes): bytes.translate is a table lookup per byte.
_DIGIT_BYTES = b"0123456789"
# An ASCII opening's words as `str.lower().split()` gives them, from its bytes: letters
# lowered and the separators bytes.split() does not know (str.split splits at
# \x1c-\x1f too) made spaces, in one bytes.translate; bytes are cheaper to split into than
# strings. The stopwords to count among them, as bytes.
_ASCII_LOWERED = bytes.maketrans(
    (string.ascii_uppercase + "\x1c\x1d\x1e\x1f").encode(),
    (string.ascii_lowercase + "    ").encode(),
)
_ASCII_STOPWORDS = frozenset(word.encode() for word in ANY_STOPWORD if word.isascii())
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]")
# Letter case is judged on a line's opening characters: enough to tell a shouted banner.
CASE_SAMPLE_CHARS = 80
STOPWORD_SAMPLE_CHARS = 300


def _text_facts(text: str, words: int, is_sentence: bool) -> tuple[float, ...]:
    """The facts of a line that depend on its text alone (TEXT_FACTS, in order), given
    its words and whether it ends a sentence (the unit knows: `text.count(" ") + 1`,
    `ends_sentence(text)`).

    Ratios of a long line are taken on its opening characters: a paragraph's first few
    dozen words say as much as all of them, at a fraction of the cost.
    """
    sample = text[:CASE_SAMPLE_CHARS]
    # the non-space characters stand in for the letters: counting letters costs more
    letters = len(sample) - sample.count(" ") or 1
    opening_text = text[:STOPWORD_SAMPLE_CHARS]
    encoded = opening_text.encode("utf-8", "surrogatepass")
    digits = len(encoded) - len(encoded.translate(None, _DIGIT_BYTES))
    if opening_text.isascii():
        opening: list[bytes] | list[str] = encoded.translate(_ASCII_LOWERED).split()
        stopwords = sum(map(_ASCII_STOPWORDS.__contains__, opening))
    else:
        opening = opening_text.lower().split()
        stopwords = sum(map(ANY_STOPWORD.__contains__, opening))
    return (
        math.log1p(words),
        math.log1p(len(text)),
        float(is_sentence),
        stopwords / len(opening),
        _capitalised_ratio(text) if words <= 40 else 0.0,
        digits / len(opening_text),
        (text.count(",") + text.count(".")) / words,
        len(_CAPITAL.findall(sample)) / letters,
        float(bool(_LIST_ITEM.match(text))),
        float(text.endswith(":")),
        float(_has_nav_separator(text)),
        float(words <= 40 and _closes_article(text)),
        float(words <= 5 and bool(_RELATED_HEADER.search(text))),
        float(bool(_BIO.match(text))),
        float(_reads_as_quote(text)),
    )


@lru_cache(maxsize=REMEMBERED_LINES)
def _closes_article(text: str) -> bool:
    """Whether the line opens what follows an article; asked of most lines twice (by the
    rules, then for the reader's facts), so remembered."""
    return bool(_END_OF_ARTICLE.search(text))


def _words_of(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


_word_set = lru_cache(maxsize=REMEMBERED_LINES)(_words_of)


def _split_units(text: str) -> list[tuple[str, int, bool]]:
    """Paragraph units, each with how many numbered links it held and whether it stands
    out to the left of an indented dump: one per line, with hard-wrapped lines of a block
    joined back.

    Each unit is its words joined by single spaces (so it holds `count(" ") + 1` words).
    """
    wrap_width = _wrap_width(text)
    if wrap_width is not None:
        return _unwrapped_units(text, wrap_width)
    units: list[tuple[str, int, bool]] = []
    is_spaced = _is_single_spaced(text)
    for block in _BLANK_LINES.split(text):
        if is_spaced and "\n" not in block and "[" not in block:
            # Most blocks: one line, single-spaced, without link numbers. It is the unit.
            if block:
                units.append((block, 0, False))
            continue
        # Text browsers (lynx, w3m) number links inline: "[3]World". A line of several
        # numbered links is a menu. (Most lines have no "[": no need to run the regex.)
        lines = [
            (line, 0) if is_spaced and "[" not in line else _without_link_numbers(line)
            for line in block.split("\n")
        ]
        lines = [(ln, links) for ln, links in lines if ln and links < 3]
        if _is_wrapped_block([ln for ln, _ in lines]):
            units.append((" ".join(ln for ln, _ in lines), sum(n for _, n in lines), False))
            continue
        current, current_links = "", 0
        for line, links in lines:
            if current and _is_wrapped(current, line):
                current = f"{current} {line}"
                current_links += links
            else:
                if current:
                    units.append((current, current_links, False))
                current, current_links = line, links
        if current:
            units.append((current, current_links, False))
    return units


def _without_link_numbers(line: str) -> tuple[str, int]:
    """The line's words without a text browser's link numbers, and how many it had."""
    if "[" not in line:
        return _menu_or_words(line), 0
    links = len(_LINK_NUMBER.findall(line))
    return _menu_or_words(_LINK_NUMBER.sub("", line) if links else line), links


# Hard-wrapped dumps are wrapped between these columns (lynx and w3m: 72-80 by default).
MIN_WRAP_WIDTH = 50
MAX_WRAP_WIDTH = 100
MAX_PAST_MARGIN_SHARE = 0.2


def _wrap_width(text: str) -> int | None:
    """The column a text browser's dump (or an e-mail) was hard-wrapped at, if it was:
    most long lines end within a word's length of one right margin. (Lines that end in a
    token too long to wrap, a web address, run past the margin and do not set it.)"""
    lengths = [
        len(line)
        for line in (raw.rstrip() for raw in text.split("\n", 4000)[:4000])
        if len(line) >= 40 and len(line) - line.rfind(" ") <= MAX_WRAPPED_WORD_CHARS
    ]
    within = [n for n in lengths if n <= MAX_WRAP_WIDTH]
    # A few lines past any margin (a preformatted block, a line of a menu laid out with
    # spaces) do not set it; a page of one paragraph a line has many.
    if len(within) < 8 or len(lengths) - len(within) > MAX_PAST_MARGIN_SHARE * len(lengths):
        return None
    width = max(within)
    if width < MIN_WRAP_WIDTH:
        return None
    near_margin = sum(1 for n in within if n >= width - 12)
    return width if near_margin >= 0.5 * len(lengths) else None


def _unwrapped_units(text: str, width: int) -> list[tuple[str, int, bool]]:
    """Units of a hard-wrapped page: a line continues the one above when the above was
    cut by the margin (its next word would not have fitted), unless it opens a list item."""
    indents = Counter(
        len(line) - len(line.lstrip(" "))
        for line in text.split("\n", 4000)[:4000]
        if len(line.rstrip()) >= 40
    )
    text_indent = indents.most_common(1)[0][0] if indents else 0
    units: list[tuple[str, int, bool]] = []
    for block in _BLANK_LINES.split(text):
        current: list[str] = []
        outdented = False
        previous_length = 0
        previous_is_rule = False
        for raw in block.split("\n"):
            line = raw.rstrip()
            stripped = line.lstrip()
            if not stripped:
                continue
            first_word = stripped.split(" ", 1)[0]
            is_rule = not _HAS_LETTERS.search(stripped)  # a "-----" line between parts
            continues = (
                current
                and not is_rule
                and not previous_is_rule
                and previous_length <= width + 1  # a line past the margin was not cut by it
                and previous_length + 1 + len(_LINK_NUMBER.sub("", first_word)) > width
                and not _LIST_ITEM.match(stripped)
                # a web address goes on a line of its own, not because the margin cut it
                and not stripped.startswith(("http://", "https://", "www."))
            )
            if not continues:
                if current:
                    units.append((*_wrapped_unit(current), outdented))
                    current = []
                outdented = text_indent > 0 and len(line) - len(stripped) < text_indent
            current.append(stripped)
            previous_length = len(line)
            previous_is_rule = is_rule
        if current:
            units.append((*_wrapped_unit(current), outdented))
    # A line of several numbered links and little else is a menu.
    return [(t, n, o) for t, n, o in units if t and not (n >= 3 and n * 4 > t.count(" ") + 1)]


def _wrapped_unit(lines: Sequence[str]) -> tuple[str, int]:
    return _without_link_numbers(" ".join(lines))


def _menu_or_words(line: str) -> str:
    """The line's words joined by single spaces; a menu laid out with runs of spaces
    ("Home   World   Sport") keeps its items apart with " | ", as a separator shows it
    (collapsed, it reads like a headline of capitalised words)."""
    stripped = line.strip()
    if "  " in stripped:
        items = _MENU_GAP.split(stripped)
        if len(items) >= 3 and all(
            item.count(" ") < MENU_ITEM_MAX_WORDS and not ends_sentence(item) for item in items
        ):
            return " | ".join(" ".join(item.split()) for item in items)
    return " ".join(stripped.split())


def _is_single_spaced(text: str) -> bool:
    """Whether every line of `text` already is its words joined by single spaces, as
    `" ".join(line.split())` makes it: a few `in` tests instead of a split per line."""
    if text.startswith(" ") or text.endswith(" "):
        return False
    odd = _ODD_ASCII_SPACING if text.isascii() else _ODD_SPACING
    return not any(map(text.__contains__, odd))


def _captions_above_credits(units: list[Unit]) -> list[Unit]:
    """A short line right above a bare photo credit ("Jane Roe/Getty") is its caption."""
    for i in range(1, len(units)):
        above = units[i - 1]
        is_credit = units[i].kind == "caption" and units[i].words <= 6
        if is_credit and above.kind == "text" and above.words <= CAPTION_MAX_WORDS:
            units[i - 1] = above._replace(kind="caption")
    return units


def _is_wrapped_block(lines: Sequence[str]) -> bool:
    """A paragraph hard-wrapped at a fixed width: every line but the last is long."""
    if len(lines) < 2 or any(_LIST_ITEM.match(line) for line in lines):
        return False
    if len(lines) == 2 and not (
        lines[1][:1].islower() or (lines[1][:1].isdigit() and not _looks_like_date_line(lines[1]))
    ):
        return False  # a headline over its date line, not one wrapped paragraph
    width = max(len(line) for line in lines)
    return width >= 50 and all(
        len(line) >= max(45, width - 20) and not ends_sentence(line) for line in lines[:-1]
    )


def _is_wrapped(previous: str, line: str) -> bool:
    # A hard-wrapped paragraph: a long line cut mid-sentence, continued on the next; not
    # a headline over its byline ("by Jane Roe").
    return (
        len(previous) >= 55
        and not ends_sentence(previous)
        and line[:1].islower()
        and not (line.count(" ") < 6 and _BYLINE.match(line))
    )


def _classify(text: str, links: int = 0) -> Unit:
    """The unit `text`, a line from `_split_units` (words joined by single spaces)."""
    words = text.count(" ") + 1
    if words <= REMEMBERED_MAX_WORDS:
        kind, is_sentence = _remembered_kind(text)
    else:
        kind, is_sentence = _kind(text, words)
    return Unit(text, words, kind, is_sentence, links)


@lru_cache(maxsize=REMEMBERED_LINES)
def _remembered_kind(text: str) -> tuple[str, bool]:
    return _kind(text, text.count(" ") + 1)


def _kind(text: str, words: int) -> tuple[str, bool]:
    """The kind of unit `text` is (chrome, caption, byline, date, link, nav, text), and
    whether it ends like a sentence."""
    is_sentence = ends_sentence(text)
    kind = "text"
    if "://" in text and _LINK_LINE.match(text):  # the cheap test first
        kind = "link"
    elif _is_byline(text, words):
        kind = "byline"
    elif (words <= 14 or (words <= 24 and _DATE_PREFIX.match(text))) and _looks_like_date_line(
        text
    ):
        kind = "date"
    elif _is_caption(text, words):
        kind = "caption"
    elif is_chrome_line(text, words):
        kind = "chrome"
    elif not is_sentence and _has_nav_separator(text):
        kind = "nav" if words <= 20 else "text"
    return kind, is_sentence


def _is_byline(text: str, words: int) -> bool:
    if words <= 4 and _DESK_BYLINE.match(text):
        return True
    if words > 12:
        return False
    if _ROLE_BYLINE.match(text):
        return True
    match = _BYLINE.match(text)
    # "Von Al-Asrak aus betankt …" is a sentence, not a byline: names are short, no full stop.
    if match is None:
        return False
    name = match.group("name")
    # "By subscribing you accept …" is not a byline: names are short and capitalised.
    return len(name.split()) <= 6 and not text.endswith(".") and _capitalised_ratio(name) >= 0.5


def _is_caption(text: str, words: int) -> bool:
    if words > 60 or _reads_as_quote(text):
        return False
    return is_caption_text(text)


def _has_nav_separator(text: str) -> bool:
    if not any(map(text.__contains__, _NAV_SEPARATOR_CHARS)):
        return False
    return _NAV_SEPARATORS.search(text) is not None


def _reads_as_quote(text: str) -> bool:
    return text.startswith(("“", '"', "«", "„")) and text.rstrip().endswith(("”", '"', "»", "“"))


def _looks_like_date_line(text: str) -> bool:
    if find_date(text, UTC) is None:
        return False
    # Mostly a date: little else than the date, a prefix word and perhaps a byline.
    letters = _DATE_LINE_NON_LETTERS.sub("", text)
    return len(letters) <= 40 or bool(_DATE_PREFIX.match(text))


def _is_substantial(unit: Unit) -> bool:
    return unit.kind == "text" and ((unit.words >= 12 and unit.ends_sentence) or unit.words >= 30)


def _body_start(units: Sequence[Unit]) -> int:
    for i, unit in enumerate(units):
        if _is_substantial(unit) and not (unit.words <= 40 and _closes_article(unit.text)):
            return i
    return next(i for i, u in enumerate(units) if u.kind == "text")


def _after_standfirst(units: Sequence[Unit], start: int) -> int:
    """Where the text begins when the paragraph at `start` is a standfirst: a short
    paragraph with the byline or date line below it, before the first paragraph of text
    ("Headline / Dek. / By Jane Roe / 3 Feb 2025 / Share / Text…"). Else `start`."""
    if units[start].words > STANDFIRST_MAX_WORDS:
        return start
    has_meta = False
    for i in range(start + 1, min(len(units), start + 1 + STANDFIRST_GAP_UNITS)):
        if _is_substantial(units[i]):
            return i if has_meta else start
        has_meta = has_meta or units[i].kind in ("byline", "date")
    return start


def _body_end(units: Sequence[Unit], start: int) -> int:
    """Index just past the article: the first end-of-article marker after the body began.

    A marker followed by more article (several substantial paragraphs before the next
    marker) is an insert inside the article, a newsletter or "Read more" box: skipped.
    """
    # substantial_before[i]: substantial paragraphs among units[start:i]
    substantial_before = [0] * (len(units) + 1)
    for i in range(start, len(units)):
        substantial_before[i + 1] = substantial_before[i] + _is_substantial(units[i])
    markers = [
        i
        for i in range(start + 1, len(units))
        if _ends_article(units[i], substantial_before[i] - substantial_before[start])
    ]
    for position, i in enumerate(markers):
        following = markers[position + 1] if position + 1 < len(markers) else len(units)
        more = substantial_before[following] - substantial_before[i + 1]
        if more >= INLINE_INSERT_MIN_PARAGRAPHS:
            continue
        if units[i].words <= INLINE_BOX_MAX_WORDS and _INLINE_BOX.search(units[i].text):
            # A paragraph that still talks of the newsletter is the box's own blurb.
            more = sum(
                1
                for u in units[i + 1 : following]
                if _is_substantial(u) and not _INLINE_BOX.search(u.text)
            )
            if more >= INLINE_BOX_MIN_PARAGRAPHS:
                continue
        return i
    return len(units)


def _ends_article(unit: Unit, body_so_far: int) -> bool:
    if unit.words <= 40 and _closes_article(unit.text):
        return True
    if body_so_far >= 2 and unit.kind == "byline":
        return True  # a byline after the text signs it off
    return body_so_far >= 2 and unit.kind == "text" and bool(_BIO.match(unit.text))


def _body_paragraphs(units: Sequence[Unit], start: int, end: int) -> list[str]:
    kept = [
        u
        for i, u in enumerate(units[start:end], start)
        if u.kind == "text"
        and _reads_as_text(u)
        and not (
            u.words <= 15 and units[i - 1].words <= 5 and _RELATED_HEADER.search(units[i - 1].text)
        )
    ]
    # Two or more headline-shaped lines in a row are a list of links, not body.
    kept = [
        u
        for i, u in enumerate(kept)
        if not _is_link_like(u)
        or not (
            (i > 0 and _is_link_like(kept[i - 1]))
            or (i + 1 < len(kept) and _is_link_like(kept[i + 1]))
        )
    ]
    # Trailing furniture before the end marker (headline lists, tag lines) is not body.
    while kept and not kept[-1].ends_sentence and kept[-1].words < 12:
        kept.pop()
    # A repeated paragraph is kept once.
    return _without_repeats([u.text for u in kept])


def _without_pull_quotes(texts: Sequence[str]) -> list[str]:
    """`texts` but those a longer one contains: a pull quote repeats a sentence of the body.

    The longer texts, joined by newlines in one string, are searched at once: a line
    holds no newline, so what is found lies inside one of them.
    """
    longest_first = sorted(texts, key=len, reverse=True)
    joined = "\n".join(longest_first)
    if joined.count("\n") != max(len(texts) - 1, 0):  # a text with a newline after all
        return [t for t in texts if not any(len(o) > len(t) and t in o for o in texts)]
    contained: set[str] = set()
    offset = 0  # where the current text starts in `joined`
    longer_end = 0  # joined[:longer_end] holds the texts longer than the current one
    previous_length = -1
    for text in longest_first:
        if len(text) != previous_length:
            longer_end, previous_length = offset, len(text)
        if longer_end and joined.find(text, 0, longer_end) >= 0:
            contained.add(text)
        offset += len(text) + 1
    return [t for t in texts if t not in contained]


def _is_link_like(unit: Unit) -> bool:
    """A headline in a list of links: short, no closing punctuation, or a bullet item."""
    text = unit.text.lstrip("*•-–— ")
    return 3 <= unit.words <= 20 and not ends_sentence(text)


def _reads_as_text(unit: Unit) -> bool:
    if unit.ends_sentence:
        return unit.words >= 2
    # Without closing punctuation: a subheading (short) is text; a longer line is an
    # uncredited photo caption or a teaser.
    return 5 <= unit.words < UNPUNCTUATED_MAX_WORDS or unit.words >= 30


def _page_title(units: Sequence[Unit]) -> tuple[str, str] | None:
    """(headline, site) from a first line that is the page's <title>: "Headline - Site",
    "Headline | Section | Site", perhaps followed by the page's URL."""
    if not units:
        return None
    first = _PRINT_STAMP.sub("", _TRAILING_URL.sub("", units[0].text))
    parts = _TITLE_SEPARATOR.split(first)
    if len(parts) < 2:
        return None
    headline, site = parts[0].strip(), parts[-1].strip()
    if headline.count(" ") < 2 or not 1 <= site.count(" ") + 1 <= 5 or ends_sentence(site):
        return None
    return headline, site


def _title_index(
    units: Sequence[Unit], start: int, page_title: tuple[str, str] | None
) -> int | None:
    best: tuple[float, int] | None = None
    for i in range(start):
        unit = units[i]
        if unit.kind != "text" or not 2 <= unit.words <= 30:
            continue
        score = min(unit.words, 10) + _capitalised_ratio(unit.text) * 3
        if i > 0 and page_title is not None and unit.text == page_title[0]:
            score += 10  # the page's <title> line repeats its headline
        if unit.words > 16:
            score -= unit.words - 16  # a long line under the headline is the standfirst
        if unit.text.endswith(".") and not unit.text.endswith("..."):
            score -= 6  # headlines rarely end with a full stop; sentences do
        if unit.words <= 3:
            score -= 6  # section labels and site names are short
        if i == 0 and unit.words <= 5:
            score -= 4  # a short first line is the site banner
        after = units[i + 1] if i + 1 < start else None
        if (
            after is not None
            and after.kind == "text"
            and after.words > unit.words
            and _capitalised_ratio(after.text) < 0.5
        ):
            score += 3  # a headline sits above its longer standfirst
        following = [u.kind for u in units[i + 1 : i + 4]]
        if any(k in ("byline", "date", "caption") for k in following) or i + 1 == start:
            score += 3
        if (
            after is not None
            and after.kind == "text"
            and after.words >= 5
            and _is_above_meta(units, i + 1, start)
        ):
            score += 4  # headline, dek, byline: the headline is the one above
        if _NEWSROOM_WITH_WIRE.search(unit.text[-40:]) or not _HAS_LETTERS.search(unit.text):
            score -= 10  # "DAILY SABAH WITH AA" (a byline), "13 618" (a view count)
        if _has_nav_separator(unit.text):
            score -= 4
        if i > 0 and units[i - 1].kind == "text" and _is_names_with_places(unit.text):
            score -= 8  # "Jane Roe in Berlin and John Doe in London" under the headline
        score -= 0.2 * (start - i)
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def _is_above_meta(units: Sequence[Unit], i: int, start: int) -> bool:
    """Whether units[i] stands right above the byline or date (a name alone counts)."""
    below = units[i + 1] if i + 1 < len(units) else None
    return below is not None and (
        below.kind in ("byline", "date")
        or (i + 1 < start and below.kind == "text" and _BARE_NAME.match(below.text) is not None)
    )


def _is_names_with_places(text: str) -> bool:
    """A byline of names with where each filed from, or of several names."""
    match = _BARE_NAME.match(text)
    return match is not None and (
        _FILED_FROM_PART.search(text) is not None or _NAME_LIST_JOINER.search(text) is not None
    )


def _capitalised_ratio(text: str) -> float:
    words = [w for w in _WORD.findall(text) if w[0].isalpha()]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def _fallback_title(body: Sequence[str]) -> str:
    first = body[0] if body else ""
    sentence = _SENTENCE_BREAK.split(first, maxsplit=1)[0]
    return sentence if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…"


def _find_source(
    units: Sequence[Unit],
    title_index: int | None,
    text: str,
    page_title: tuple[str, str] | None,
) -> str | None:
    """The publication's name. What the page says of itself in a copyright line wins,
    unless the banner above the headline is the same name (its casing is better); a
    banner that opens the page comes next; then appeals ("Support X!", "A message from X")."""
    site = _site_in_page_title(units, title_index, text, page_title)
    if site is not None:
        return site
    banner = _find_banner(units, title_index)
    copyright_name, appeal_name = _stated_sources(units)
    for stated in (copyright_name, appeal_name):
        if banner is not None and stated is not None and banner[0].lower() in stated.lower():
            return _best_casing(banner[0], text)
    if copyright_name is not None:
        return _masthead_within(units, title_index, copyright_name) or copyright_name
    if banner is not None and banner[1]:
        return _best_casing(banner[0], text)
    return appeal_name


def _site_in_page_title(
    units: Sequence[Unit],
    title_index: int | None,
    text: str,
    page_title: tuple[str, str] | None,
) -> str | None:
    """The site's name from the page's <title> line ("Headline - Site"): how the site
    names itself, before any company in its copyright line. Taken only when that line
    holds the headline found and the page names the site once more elsewhere."""
    if page_title is None or title_index is None:
        return None
    headline, site = page_title
    title = units[title_index].text
    if title_index > 0 and title not in headline and headline not in title:
        return None
    if _NOT_A_SOURCE.search(site):
        return None
    if title != headline and text.lower().count(site.lower()) < 2:
        return None  # not plainly the headline's <title>: the site must show its name
    return _best_casing(site, text) if site.isupper() and len(site) > 5 else site


def _masthead_within(units: Sequence[Unit], title_index: int | None, name: str) -> str | None:
    """A line above the headline that is the publication's name as the copyright line
    words it for its company ("Financial Times" in "The Financial Times")."""
    lowered = name.lower()
    words = lowered.split()
    for unit in units[: title_index or 0]:
        if unit.words > 5 or (
            unit.text.lower() not in lowered and unit.text.lower() != f"the {lowered}"
        ):
            continue
        shown = unit.text.lower().split()
        if shown[:1] == ["the"] and shown[1:] == words:
            return unit.text  # "The Telegraph" over "Telegraph Media Group"
        if not shown or len(shown) >= len(words):
            continue
        if words[: len(shown)] == shown:
            rest = words[len(shown) :]
        elif words[-len(shown) :] == shown:
            rest = words[: -len(shown)]
        else:
            continue
        if all(word in _GENERIC_NAME_WORDS for word in rest):
            return unit.text
    return None


def _find_banner(units: Sequence[Unit], title_index: int | None) -> tuple[str, bool] | None:
    """A name-shaped line above the headline, and whether it opens the page."""
    is_first = True
    above = units[: title_index if title_index is not None else 4][:6]
    for i, unit in enumerate(above):
        if unit.kind in ("chrome", "link"):
            continue
        if unit.kind in ("text", "nav"):
            name = _SOURCE_SEPARATOR.split(unit.text, maxsplit=1)[0].strip()
            words = name.split()
            # One word is a name only as the page's first line over its bare domain
            # ("Известия" over "iz.ru"): alone, it may as well be a section or a menu.
            fewest = 1 if is_first and i + 1 < len(above) and _is_bare_domain(above[i + 1]) else 2
            if (
                fewest <= len(words) <= (10 if is_first else 6)
                and len(name) >= BANNER_MIN_CHARS
                and not ends_sentence(name)
                and not _CHROME.search(name)
                and all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)
            ):
                return name, is_first
        is_first = False
    return None


def _is_bare_domain(unit: Unit) -> bool:
    """A line that is a site's domain name alone ("iz.ru", "www.lemonde.fr")."""
    return unit.words == 1 and _BARE_DOMAIN.fullmatch(unit.text) is not None


def _stated_sources(units: Sequence[Unit]) -> tuple[str | None, str | None]:
    """(name from a copyright line, name from an appeal), as the page states them."""
    found: list[str | None] = [None, None]
    for unit in units:
        text = unit.text
        if unit.words > 30 or not _may_state_source(text):
            continue
        for kind, pattern in _SOURCE_PATTERNS:
            if found[kind] is not None:
                continue
            match = pattern.search(text)
            if match:
                name = _clean_source(match.group("name"))
                if name and not name[0].islower() and not _NOT_A_SOURCE.search(name):
                    found[kind] = name
        if found[_COPYRIGHT] is not None and found[_APPEAL] is not None:
            break
    return found[0], found[1]


def _may_state_source(text: str) -> bool:
    """False for a line no _SOURCE_PATTERNS matches: one cheap test instead of five."""
    return "©" in text or "(c)" in text or "(C)" in text or _SOURCE_OPENING.match(text) is not None


def _clean_source(name: str) -> str:
    if _PHOTO_CREDIT.search(name):
        return ""
    name = _YEAR.sub("", name)
    name = _AFTER_SOURCE_NAME.split(name)[0].strip(" !.,:;\"'“”«»„—–-")
    while (shorter := _COMPANY_FORM.sub("", name).strip(" !.,:;\"'“”«»„")) != name:
        name = shorter
    return name


def _best_casing(name: str, text: str) -> str:
    """An all-capitals banner ("LEVANT WIRE") in the casing the page uses elsewhere."""
    if not name.isupper():
        return name
    for match in re.finditer(re.escape(name), text, re.IGNORECASE):
        found = match.group()
        if not found.isupper():
            return found
    return name.title()


def _find_author(
    units: Sequence[Unit], title_index: int | None, start: int, end: int
) -> str | None:
    """The byline: "By …" (alone, between separators or after a date), "Name, role", a
    bare name by the headline or closing the article, or the wire's "Reporting by …"."""
    for label, following in itertools.pairwise(units):
        # "Authors" over the names: said outright, before any other guess
        if (
            label.words <= 2
            and _AUTHORS_LABEL.match(label.text)
            and following.kind == "text"
            and _BARE_NAME.match(following.text)
        ):
            return _bare_name(following)
    for unit in units:
        if unit.kind not in ("byline", "date"):
            continue
        name = _byline_name(unit)
        if name is not None or unit.kind == "byline":
            return name
    if title_index is not None:
        for i in range(title_index + 1, min(start, title_index + 5)):
            if _is_bare_name_byline(units, i, first=title_index + 1):
                return _bare_name(units[i])
    for i in range(max(start, end - 3), min(end + 1, len(units))):
        # A name on its own line closing the article, before the end marker or a bio.
        if (
            units[i].kind == "text"
            and _SIGNATURE.match(units[i].text)
            and not _END_OF_ARTICLE.search(units[i].text)  # "About Us"
            # not a tag in a list of tags ("Теги", "Сирия", "Минобороны России")
            and not (i > 0 and _is_list_word(units[i - 1]))
        ):
            return units[i].text
    for unit in units[start:]:
        credit = _WIRE_CREDIT.search(unit.text)
        if credit and unit.words <= 40:
            return credit.group("names").strip()
    return None


def _is_list_word(unit: Unit) -> bool:
    """A word or two on a line of its own: an item of a list of tags or links, not text."""
    return unit.kind == "text" and unit.words <= 2 and not unit.ends_sentence


def _without_outlet(author: str | None, source: str | None) -> str | None:
    """The byline without the publication's name: "Jane Roe Fox News" → "Jane Roe"; a
    byline that names part of the publication ("Al Arabiya" of "Al Arabiya English") names
    no person. (One equal to it may be a newsletter whose author is its publication.)"""
    if author is None or source is None:
        return author
    name, outlet = author.casefold(), source.casefold()
    if name != outlet and name in outlet:
        return None
    if name.endswith(" " + outlet):
        return author[: -len(source)].rstrip(" ,|—–-") or None
    return author


def _byline_name(unit: Unit) -> str | None:
    # "Jane Roe | Defence Correspondent" (the segments below would part name and role)
    role_byline = _ROLE_BYLINE.match(unit.text)
    if role_byline and not _BYLINE.match(unit.text):
        return role_byline.group("name")
    for segment in _SEGMENT_SEPARATOR.split(unit.text):
        for pattern in (_BYLINE, _ROLE_BYLINE, _TRAILING_BY):
            match = pattern.search(segment.strip()) if pattern is _TRAILING_BY else None
            match = match or (
                pattern.match(segment.strip()) if pattern is not _TRAILING_BY else None
            )
            if match:
                # "Jane Roe, Moscow correspondent", "Hélène Castaing (Beyrouth, …)"
                name = _ROLE_SUFFIX.split(match.group("name"))[0].split(" (")[0].strip(" ,.;:")
                return None if _is_newsroom(name) else name
    if unit.kind == "date" and (before := _NAME_BEFORE_DATE.match(unit.text)):
        name = before.group("name")
        if not any(word.lower().rstrip(".,") in MONTH_NAMES for word in name.split()):
            return name
    if unit.kind == "byline" and not _DESK_BYLINE.match(unit.text):
        return None if _is_newsroom(unit.text) else unit.text
    return None


def _is_newsroom(name: str) -> bool:
    """A desk, service or newsroom with a wire, not a person: "RFE/RL's Kazakh Service"."""
    return bool(_ROLE_ONLY.search(name) or _NEWSROOM_WITH_WIRE.search(name))


def _is_bare_name_byline(units: Sequence[Unit], i: int, *, first: int) -> bool:
    unit = units[i]
    if unit.kind != "text" or not _BARE_NAME.match(unit.text) or _is_newsroom(unit.text):
        return False
    neighbours = [u.kind for u in units[max(0, i - 1) : i + 2] if u is not unit]
    # right under the headline, or under the headline's dek
    below_dek = i == first + 1 and units[first].kind == "text" and units[first].words >= 5
    return (
        i == first
        or below_dek
        or any(k in ("date", "chrome", "byline", "caption") for k in neighbours)
    )


def _bare_name(unit: Unit) -> str:
    match = _BARE_NAME.match(unit.text)
    return _FILED_FROM_PART.sub("", match.group("name")) if match else unit.text


def _find_published(units: Sequence[Unit], start: int, default_tz: tzinfo) -> datetime | None:
    dated = [
        (i, unit, stated)
        for i, unit in enumerate(units)
        if unit.kind in ("date", "byline")
        and (stated := find_stated_date(unit.text, default_tz)) is not None
        and not _NOT_PUBLISHED.search(unit.text[: stated.start])
    ]
    if not dated:  # (a page that states only when it was updated states no publication)
        return None
    # "First published" beats a bare date (often the update)
    _, _, chosen = next((d for d in dated if _PUBLISHED_LINE.match(d[1].text)), dated[0])
    if chosen.has_time:
        return chosen.when
    # The time of that day may be stated apart: the header states the day again with its
    # time ("Liveblog March 10, 2025" then "10 March 2025, 4:42 pm"; a print edition "№27 от
    # 14.02.2025" then "14.02.2025, 00:12"), or a line marks the publication with a time
    # only ("Posted by Jane Roe at 9:41 PM" under a blog's "Sunday, February 2, 2025").
    for i, _, stated in dated:
        if i < start and stated.has_time and stated.day == chosen.day:
            return stated.when
    for unit in units:
        if unit.kind == "byline" and _PUBLISHED_LINE.match(unit.text):
            when = find_time_on(unit.text, chosen.day, default_tz)
            if when is not None:
                return when
    return chosen.when


def _find_link(units: Sequence[Unit]) -> str | None:
    for unit in units:
        if unit.kind == "link":
            match = _LINK_LINE.match(unit.text)
            if match:
                return match.group("url")
    return None
