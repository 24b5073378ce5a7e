"""Scraped JSON documents (.json): one object per file, in whatever schema the scraper used.

Field names are matched ignoring case, `_` and `-` (`published_at`, `publishedAt` and
`PUBLISHED-AT` are one name). For each field the first name whose value reads as one
wins, in this order (a `{"rendered": ...}` object, as the WordPress REST API writes, counts
as its `rendered` value):

- title: title, headline, name
- body: content, text, body, article, article_body, main_text, full_text, markdown,
  content_text, plain_text, body_text, article_text, story, html, content_html,
  body_html. A value that looks like HTML (and anything in the `*html` fields) goes
  through the HTML normalizer's main-text extraction; other text is read as Markdown, one
  paragraph per line, since scrapers write innerText or Markdown.
- link: url, link, canonical_url, canonical, permalink, source_url, original_url, web_url,
  page_url, source (absolute http(s) URLs only)
- published: date_gmt, published_gmt (both UTC), published, date, published_at,
  publish_date, date_published, date_publish, published_time, publication_date, pub_date,
  created_at, created, first_published, article_published_time — ISO 8601, RFC 2822, a
  written-out date or a Unix timestamp. Fetch times (scraped_at, fetched_at, crawled_at)
  and change times (updated, modified, date_modified) are never read: they do not say
  when the article was published.
- author: author, authors, byline, creator, by, writer, author_name — a string ("By Jane
  Doe" becomes "Jane Doe"; "Staff reporter" is no author), an object with a name, or a
  list of either (a number, such as a WordPress user id, is no author)
- source: source, site_name, publisher, site, publication, source_name, outlet,
  og_site_name, source_hostname (trafilatura's JSON puts the site's name there) — a
  string or an object with a name; a URL is no name
- summary: summary, description, excerpt, dek, standfirst, lede, subtitle
- tags: tags, keywords, topics, categories (a list of strings or of objects with a name or
  label, or a string separated by commas or semicolons)
- language: language, lang, locale, in_language, human_language, og_locale

A nested object under article, data, post, item, story, result, document, metadata, meta
or yoast_head_json is read too, for fields the outer object lacks. A JSON array, invalid
JSON or a non-object is Rejected(reason="unparseable"); an object without body text is
Rejected(reason="no_text"). Pure: no I/O. Must not import the store, publisher or drivers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Mapping
from datetime import UTC, datetime, tzinfo
from typing import TypeVar

from feedd.model import Article, Rejected
from feedd.normalize.blocks import Block, select_body
from feedd.normalize.decode import clean_text
from feedd.normalize.markdown import guess_title, markdown_blocks, strip_inline_markdown
from feedd.normalize.metadata import (
    author_from,
    date_from,
    language_from,
    link_from,
    tags_from,
    text_from,
)
from feedd.normalize.text import render_html, summarize

FIELDS: Mapping[str, tuple[str, ...]] = {
    name: tuple(names.split())
    for name, names in {
        "title": "title headline name",
        "body": "content text body article articlebody maintext fulltext markdown contenttext"
        " plaintext bodytext articletext story html contenthtml bodyhtml",
        "link": "url link canonicalurl canonical permalink sourceurl originalurl weburl pageurl"
        " source",
        "published": "dategmt publishedgmt published date publishedat publishdate datepublished"
        " datepublish publishedtime publicationdate pubdate createdat created firstpublished"
        " articlepublishedtime",
        "author": "author authors byline creator by writer authorname",
        "source": "source sitename publisher site publication sourcename outlet ogsitename"
        " sourcehostname",
        "summary": "summary description excerpt dek standfirst lede subtitle",
        "tags": "tags keywords topics categories",
        "language": "language lang locale inlanguage humanlanguage oglocale",
    }.items()
}
_HTML_FIELDS = frozenset(("html", "contenthtml", "bodyhtml"))
_NESTED = frozenset(
    "article data post item story result document metadata meta yoastheadjson".split()
)
_LOOKS_LIKE_HTML = re.compile(
    r"<(p|div|br|span|a|h[1-6]|ul|ol|li|figure|img|blockquote|article|section|strong|em|b|i"
    r"|table|aside|header|footer|nav)\b[^<>]*>",
    re.IGNORECASE,
)
MAX_JSON_CHARS = 20 * 1024 * 1024


def normalize_json(
    text: str,
    *,
    default_tz: tzinfo,
    boilerplate: Collection[str] = (),
) -> Article | Rejected:
    """Turn one scraped JSON object into an Article. Never raises."""
    try:
        # Escapes such as "\u001b" decode to characters XML forbids: clean every string.
        parsed = _cleaned(json.loads(text[:MAX_JSON_CHARS]))
    except (ValueError, RecursionError) as err:
        return Rejected(reason="unparseable", detail=f"invalid JSON: {err}"[:300])
    if not isinstance(parsed, dict):
        kind = "an array" if isinstance(parsed, list) else f"a {type(parsed).__name__}"
        return Rejected(reason="unparseable", detail=f"the JSON holds {kind}, not one object")
    stated = _Stated(parsed, default_tz)
    blocks = _body_blocks(stated)
    if not blocks:
        return Rejected(reason="no_text", detail="no body text in any known field")
    source = stated.first("source", _source_name)
    title = _headline(stated.first("title", _plain_text), blocks, source)
    title_line = title
    if title is None:
        title, title_line = guess_title(blocks, default_tz=default_tz, boilerplate=boilerplate)
    body = select_body(
        blocks, title=title_line or "", default_tz=default_tz, boilerplate=boilerplate
    )
    paragraphs = list(body.paragraphs)
    if not body.has_text:
        return Rejected(reason="no_text", detail="the body text is all page chrome")
    return Article(
        title=title or paragraphs[0][:160],
        source=source or body.source,
        author=stated.first("author", author_from) or body.author,
        published_at=stated.first("published", stated.published) or body.published_at,
        summary=stated.first("summary", _plain_summary) or summarize(paragraphs),
        content_text="\n\n".join(paragraphs),
        content_html=render_html(paragraphs),
        page_lines=body.page_lines,
        link=stated.first("link", link_from),
        language=language_from(stated.first("language", _text), " ".join(paragraphs)),
        tags=stated.first("tags", tags_from) or (),
    )


_T = TypeVar("_T")


class _Stated:
    """What the object states, field by field: the first name whose value reads as one."""

    def __init__(self, obj: Mapping[str, object], default_tz: tzinfo) -> None:
        self.default_tz = default_tz
        self.layers = [_normalised(obj)]
        for key, value in self.layers[0].items():
            if key in _NESTED and isinstance(value, dict):
                self.layers.append(_normalised(value))
        self.current_name = ""  # the name `first` is reading, for readers that need it

    def first(self, field_name: str, read: Callable[[object], _T | None]) -> _T | None:
        for layer in self.layers:
            for name in FIELDS[field_name]:
                value = layer.get(name)
                if isinstance(value, dict) and "rendered" in value:
                    value = value["rendered"]  # WordPress REST API: {"rendered": "..."}
                if value is None:
                    continue
                self.current_name = name
                result = read(value)
                if result:
                    return result
        return None

    def published(self, value: object) -> datetime | None:
        # WordPress states `date_gmt` in UTC without saying so.
        is_utc = self.current_name.endswith(("gmt", "utc"))
        return date_from(value, UTC if is_utc else self.default_tz)

    def body(self, value: object) -> tuple[str, bool] | None:
        if isinstance(value, str) and value.strip():
            return value, self.current_name in _HTML_FIELDS
        return None


def _cleaned(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {clean_text(str(key)): _cleaned(item) for key, item in value.items()}
    return value


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _source_name(value: object) -> str | None:
    return None if link_from(value) else text_from(value)


def _plain_summary(value: object) -> str | None:
    return _plain_text(value, max_chars=1000)


def _plain_text(value: object, max_chars: int = 200) -> str | None:
    """A title or summary field as text: scrapers leave tags, entities and Markdown in."""
    text = text_from(value, max_chars=10 * max_chars)
    return text_from(strip_inline_markdown(text), max_chars=max_chars) if text else None


_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—•·]|-{1,2})\s+")


def _headline(title: str | None, blocks: list[Block], source: str | None) -> str | None:
    """A scraped <title> without its site affix: "Headline | Site" -> "Headline", when the
    body's heading or the stated source shows which part is which."""
    if title is None:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    headings = {_key(b.text) for b in blocks if b.is_heading}
    for part in parts:
        if _key(part) in headings:
            return part
    rest = [p for p in parts if _key(p) != _key(source)] if source else parts
    return rest[0] if len(rest) == 1 else title


def _key(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", text.casefold())) if text else ""


def _normalised(obj: Mapping[str, object]) -> dict[str, object]:
    named: dict[str, object] = {}
    for key, value in obj.items():
        named.setdefault(re.sub(r"[\s_-]", "", str(key).lower()), value)
    return named


def _body_blocks(stated: _Stated) -> list[Block]:
    found = stated.first("body", stated.body)
    if found is None:
        return []
    value, is_html_field = found
    if is_html_field or len(_LOOKS_LIKE_HTML.findall(value[:20000])) >= 2:
        from feedd.normalize.html import html_blocks  # lxml only when needed (see __init__)

        blocks = html_blocks(value)
        if blocks:
            return blocks
    return markdown_blocks(value, is_line_per_paragraph=True)
