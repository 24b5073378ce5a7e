"""Scraped JSON documents (.json): one object per file, in whatever schema the scraper used.

Field names are matched ignoring case, `_` and `-` (`published_at`, `publishedAt` and
`PUBLISHED-AT` are one name). For each field the first name present with a usable value
wins, in this order:

- title: title, headline, name
- body: content, text, body, article, article_body, main_text, full_text, markdown,
  content_text, plain_text, body_text, article_text, story, html, content_html,
  body_html. A value that looks like HTML (and anything in the `*html` fields) goes
  through the HTML normalizer's main-text extraction; other text is read as Markdown, one
  paragraph per line, since scrapers write innerText or Markdown.
- link: url, link, canonical_url, canonical, permalink, source_url, original_url, web_url,
  page_url (absolute http(s) URLs only)
- published: published, date, published_at, publish_date, date_published, date_publish,
  published_time, publication_date, pub_date, created_at, created, first_published — ISO
  8601, RFC 2822, a written-out date or a Unix timestamp. Fetch times (scraped_at,
  fetched_at, crawled_at) and change times (updated, modified, date_modified) are never
  read: they do not say when the article was published.
- author: author, authors, byline, creator, by, writer, author_name — a string ("By Jane
  Doe" becomes "Jane Doe"; "Staff reporter" is no author), an object with a name, or a
  list of either
- source: source, site_name, publisher, site, publication, source_name, outlet (a string
  or an object with a name; a URL here is taken as the link instead)
- summary: summary, description, excerpt, dek, standfirst, lede, subtitle
- tags: tags, keywords, topics, categories (a list of strings or of objects with a name or
  label, or a comma-separated string)
- language: language, lang, locale, in_language, human_language

A nested object under article, data, post, item, story, result, document, metadata or
meta is read too, for fields the outer object lacks. A JSON array, invalid JSON or a
non-object is Rejected(reason="unparseable"); an object without body text is
Rejected(reason="no_text"). Pure: no I/O. Must not import the store, publisher or drivers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from datetime import tzinfo

from feedd.model import Article, Rejected
from feedd.normalize.blocks import Block, select_body
from feedd.normalize.html import html_blocks
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
        "link": "url link canonicalurl canonical permalink sourceurl originalurl weburl pageurl",
        "published": "published date publishedat publishdate datepublished datepublish"
        " publishedtime publicationdate pubdate createdat created firstpublished",
        "author": "author authors byline creator by writer authorname",
        "source": "source sitename publisher site publication sourcename outlet",
        "summary": "summary description excerpt dek standfirst lede subtitle",
        "tags": "tags keywords topics categories",
        "language": "language lang locale inlanguage humanlanguage",
    }.items()
}
_HTML_FIELDS = frozenset(("html", "contenthtml", "bodyhtml"))
_NESTED = ("article", "data", "post", "item", "story", "result", "document", "metadata", "meta")
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
        parsed = json.loads(text[:MAX_JSON_CHARS])
    except (ValueError, RecursionError) as err:
        return Rejected(reason="unparseable", detail=f"invalid JSON: {err}"[:300])
    if not isinstance(parsed, dict):
        kind = "an array" if isinstance(parsed, list) else f"a {type(parsed).__name__}"
        return Rejected(reason="unparseable", detail=f"the JSON holds {kind}, not one object")
    fields = _fields(parsed)
    blocks = _body_blocks(fields)
    if not blocks:
        return Rejected(reason="no_text", detail="no body text in any known field")
    source_value = fields.get("source")
    source_link = link_from(source_value)
    source = None if source_link else text_from(source_value)
    title = _headline(_plain_text(fields.get("title")), blocks, source)
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
        author=author_from(fields.get("author")) or body.author,
        published_at=date_from(fields.get("published"), default_tz) or body.published_at,
        summary=_plain_text(fields.get("summary"), max_chars=1000) or summarize(paragraphs),
        content_text="\n\n".join(paragraphs),
        content_html=render_html(paragraphs),
        link=link_from(fields.get("link")) or source_link,
        language=language_from(fields.get("language"), " ".join(paragraphs)),
        tags=tags_from(fields.get("tags")),
    )


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


def _fields(obj: Mapping[str, object]) -> dict[str, object]:
    """The first usable value of each field, the outer object before nested ones."""
    layers = [obj]
    for key, value in _normalised(obj).items():
        if key in _NESTED and isinstance(value, dict):
            layers.append(value)
    found: dict[str, object] = {}
    for layer in layers:
        named = _normalised(layer)
        for field_name, names in FIELDS.items():
            if field_name in found:
                continue
            for name in names:
                value = named.get(name)
                if not _is_usable(field_name, value):
                    continue
                found[field_name] = value
                if field_name == "body":
                    found["body_is_html"] = name in _HTML_FIELDS
                break
    return found


def _normalised(obj: Mapping[str, object]) -> dict[str, object]:
    named: dict[str, object] = {}
    for key, value in obj.items():
        named.setdefault(re.sub(r"[\s_-]", "", str(key).lower()), value)
    return named


def _is_usable(field_name: str, value: object) -> bool:
    if value is None or value == "" or value == [] or value == {}:
        return False
    if field_name == "body":
        return isinstance(value, str) and bool(value.strip())
    if field_name == "title":
        return isinstance(value, str) and bool(value.strip())
    return True


def _body_blocks(fields: Mapping[str, object]) -> list[Block]:
    value = fields.get("body")
    if not isinstance(value, str):
        return []
    if fields.get("body_is_html") or len(_LOOKS_LIKE_HTML.findall(value[:20000])) >= 2:
        blocks = html_blocks(value)
        if blocks:
            return blocks
    return markdown_blocks(value, is_line_per_paragraph=True)
