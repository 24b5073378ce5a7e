"""Core value types. Pure: no I/O, no clock, no third-party imports.

Datetimes are always timezone-aware; fields ending in `_at` are UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A file as read from the watched folder, before normalization."""

    relative_path: str  # POSIX path relative to the watched folder; the identity key
    data: bytes
    modified_at: datetime  # the file's mtime, UTC


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """What the normalizer makes of one document: clean text and metadata."""

    title: str
    source: str | None  # the publication's name
    author: str | None
    published_at: datetime | None  # a date the document states, UTC; None if it states none
    summary: str  # plain text lede
    content_text: str  # body paragraphs separated by blank lines
    content_html: str  # body as escaped <p> paragraphs (and <figure> for captions)
    link: str | None  # the original URL when the document states one
    language: str | None  # ISO 639-1 code
    tags: tuple[str, ...] = ()
    # Short text lines of the page (before learned boilerplate is applied): the store
    # counts them per source, and lines on many pages of one source are boilerplate.
    page_lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """A document the normalizer refuses, with a short machine-readable reason."""

    reason: str  # snake_case: empty, binary, too_large, no_text, unreadable, ...
    detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """Another source's entry of the same story, as an entry links to it."""

    entry_id: str
    source: str | None
    title: str
    link: str | None  # the original URL when that document states one


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """A stored article with its stable identity and dates: what feeds are made of."""

    entry_id: str  # urn:uuid:..., stable across rebuilds; becomes the Atom <id>
    article: Article
    published_at: datetime  # UTC; stated date, else the file's mtime at first sight
    updated_at: datetime  # UTC; the mtime of the version this entry shows
    topics: tuple[str, ...] = field(default=())  # slugs of the matching topics
    # The same story from other sources (feedd.stories), ordered by source then id.
    also_reported_by: tuple[Mention, ...] = field(default=())

    @property
    def short_id(self) -> str:
        """The id without its URN prefix, for file names and URLs."""
        return self.entry_id.rsplit(":", 1)[-1]
