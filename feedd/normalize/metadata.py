"""Metadata values from structured inputs: authors, dates, tags, links, names, languages.

HTML meta tags, JSON-LD, Markdown front matter and scraper JSON all state the same few
facts in many shapes: an author as a string, an object with a name or a list of either; a
date as ISO 8601, RFC 2822, a written-out date or a Unix timestamp; tags as a list or a
comma-separated string. Each function here takes one such raw value and returns the clean
value or None. Pure: no I/O, no clock. Must not import anything outside `feedd.normalize`
and `feedd.model`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, tzinfo
from email.utils import parsedate_to_datetime

from feedd.normalize.dates import find_date
from feedd.normalize.decode import clean_text
from feedd.normalize.rules import BYLINE, ROLE_BYLINE, STAFF_BYLINE
from feedd.normalize.text import guess_language

MAX_NAME_CHARS = 200
MAX_TAGS = 30
MAX_TAG_CHARS = 60

_SPACES = re.compile(r"\s+")
_URL = re.compile(r"^https?://[^\s<>\"'{}|\\^`]+$", re.IGNORECASE)
_AUTHOR_PREFIX = re.compile(r"^(?:by|von|par|por|от|автор:?|author:?)\s+", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def text_from(value: object, max_chars: int = MAX_NAME_CHARS) -> str | None:
    """A short one-line text (a title, a site name): strings, numbers, or an object's name."""
    if isinstance(value, dict):
        value = name_of(value) or value.get("@value") or value.get("text")
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = _SPACES.sub(" ", clean_text(str(value))).strip()
    if not text:
        return None
    return text if len(text) <= max_chars else text[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def name_of(obj: Mapping[str, object]) -> object:
    """An object's `name`, in any case: scrapers that write PascalCase say `Name`."""
    if "name" in obj:
        return obj["name"]
    return next((v for k, v in obj.items() if isinstance(k, str) and k.casefold() == "name"), None)


def author_from(value: object) -> str | None:
    """Author names from a string, an object with a name, or a list of either."""
    names: list[str] = []
    items = value if isinstance(value, list | tuple) else [value]
    for item in items[:10]:
        if isinstance(item, dict) and "Organization" in str(item.get("@type", "")):
            continue  # schema.org pages name the publisher as author when no person wrote it
        raw = name_of(item) if isinstance(item, dict) else item
        if isinstance(raw, list) and raw:
            raw = raw[0]  # {"name": ["Jane Doe"]}; deeper nesting is no author list
        name = clean_author(raw) if isinstance(raw, str) else None
        if name and name not in names:
            names.append(name)
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def clean_author(raw: str) -> str | None:
    """One author string as people write it: "By Jane Doe, Staff Writer" -> "Jane Doe"."""
    text = _SPACES.sub(" ", clean_text(raw)).strip(" ,;:|·•")
    if not text or _URL.match(text) or ("@" in text and " " not in text):
        return None
    if STAFF_BYLINE.match(text):
        return None
    named = byline_author(text)
    if named:
        return named
    text = _AUTHOR_PREFIX.sub("", text).strip()
    if not text or STAFF_BYLINE.match(text) or len(text) > MAX_NAME_CHARS:
        return None
    return text


def byline_author(text: str) -> str | None:
    """The name in a byline line ("By Jane Doe | Updated ..."), or None if it is not one."""
    if len(text.split()) >= 7 and re.search(r"[^\W\d][.!?]$", text):
        return None  # a sentence that opens with "By": "By Tuesday, the talks had failed."
    for pattern in (BYLINE, ROLE_BYLINE):
        match = pattern.match(text)
        if match:
            name = match.group("name").strip(" ,.;:")
            if looks_like_names(name) and not STAFF_BYLINE.match(name):
                return name
    return None


# Lower-case words that may stand between capitalised names in a byline.
_NAME_PARTICLES = frozenset(
    "and und et y e и та & van von der den de da del della di du la le bin al ibn dos das".split()
)


def looks_like_names(text: str) -> bool:
    """Capitalised words, perhaps joined by "and": "Jane Doe and John Roe", not "noon".

    Also used on bylines other code found, to refuse a paragraph that fell into one."""
    words = text.split()
    if not 1 <= len(words) <= 10:
        return False
    return all(w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in words) and any(
        w[:1].isupper() for w in words
    )


def is_staff_byline(text: str) -> bool:
    """A byline that names a desk or a role ("Staff reporter"), not a person."""
    return len(text) <= 60 and STAFF_BYLINE.match(text.strip(" .")) is not None


def date_from(value: object, default_tz: tzinfo) -> datetime | None:
    """A stated date as aware UTC; a date or time without a zone is read in `default_tz`."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=default_tz)
        return aware.astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(), default_tz).astimezone(UTC)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if isinstance(value, dict):  # JSON-LD {"@value": "..."}; one level, never recursive
        value = value.get("@value") or value.get("value")
    if not isinstance(value, str):
        return None
    text = value.strip()[:200]
    if not text:
        return None
    if text.isdigit():
        return _from_timestamp(float(text))
    iso = _from_iso(text, default_tz)
    if iso is not None:
        return iso
    try:
        parsed = parsedate_to_datetime(text)  # RFC 2822, as in RSS and e-mail
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is not None and 1900 <= parsed.year <= 2200:
        return date_from(parsed, default_tz)
    return find_date(text, default_tz)


def _from_iso(text: str, default_tz: tzinfo) -> datetime | None:
    candidate = text.replace(" ", "T", 1) if not _ISO_DAY.match(text) else text
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if not 1900 <= parsed.year <= 2200:
        return None
    return date_from(parsed, default_tz)


def _from_timestamp(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds since the epoch, as JavaScript writes them
        seconds /= 1000
    if not 1e8 <= seconds <= 7.3e9:  # 1973 .. 2200: anything else is not a timestamp
        return None
    return datetime.fromtimestamp(seconds, UTC)


def tags_from(*values: object) -> tuple[str, ...]:
    """Tags from lists or comma/semicolon-separated strings, de-duplicated, order kept."""
    tags: list[str] = []
    seen: set[str] = set()
    for value in values:
        for raw in _tag_items(value):
            tag = _SPACES.sub(" ", clean_text(raw)).strip(" #,;")
            if not tag or len(tag) > MAX_TAG_CHARS or tag.casefold() in seen:
                continue
            seen.add(tag.casefold())
            tags.append(tag)
            if len(tags) >= MAX_TAGS:
                return tuple(tags)
    return tuple(tags)


def _tag_items(value: object) -> Iterable[str]:
    if isinstance(value, str):
        return re.split(r"[,;]", value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [str(value)]
    if isinstance(value, dict):
        name = value.get("name") or value.get("label")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list | tuple):
        items: list[str] = []
        for item in value[:100]:
            if isinstance(item, list | tuple):
                continue  # a tag is a word or a phrase, never a nested list
            items.extend(_tag_items(item))
        return items
    return []


def link_from(value: object) -> str | None:
    """An absolute http(s) URL, or None."""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("href")
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return None
    url = clean_text(value).strip()
    return url if len(url) <= 2000 and _URL.match(url) else None


def language_from(declared: object, text: str) -> str | None:
    """ISO 639-1 code: the guess from the text, unless the document states one we cannot guess.

    Templates often state a wrong language ("en" on every page), so a confident guess wins
    among the languages `guess_language` knows; a stated language outside them is trusted.
    """
    stated = _language_code(declared)
    guessed = guess_language(text)
    if guessed is None:
        return stated
    if stated is None or stated == guessed or stated in _GUESSABLE:
        return guessed
    return stated


_GUESSABLE = frozenset(("en", "de", "fr", "es", "it", "ru", "uk"))


def _language_code(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    match = re.match(r"^\s*([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*\s*$", value)
    return match.group(1).lower() if match else None
