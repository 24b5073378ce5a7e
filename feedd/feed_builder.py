"""Build feed documents from entries: Atom and RSS. Pure.

The HTML pages and OPML are built in `feedd.site_pages`.

Values in, bytes out: no files, no clock. A feed's `updated` is its newest entry's, so the
same entries always give byte-identical output. The publisher writes what this returns.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import quoteattr

from feedgen.ext.base import BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from feedd.model import Entry, Mention

# An empty feed is dated at the epoch: never "now", so rebuilds stay byte-identical.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TRUNCATION_NOTE = "Read the full text"
ATOM_NS = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True, slots=True, kw_only=True)
class Site:
    title: str
    author: str
    base_url: str  # ends with "/"
    # WebSub hubs the feeds advertise (rel="hub"); none unless [websub] is configured, and
    # then the feeds are byte for byte those of a feedd without WebSub.
    hub_urls: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedSpec:
    slug: str  # topic slug, or "all"
    name: str  # human-readable topic name


def entry_page_path(entry: Entry) -> str:
    return f"entries/{entry.short_id}.html"


def entry_link(entry: Entry, site: Site) -> str:
    return entry.article.link or site.base_url + entry_page_path(entry)


def mention_link(mention: Mention, site: Site) -> str:
    short_id = mention.entry_id.rsplit(":", 1)[-1]
    return mention.link or f"{site.base_url}entries/{short_id}.html"


def also_reported_html(entry: Entry, site: Site) -> str:
    """ "Also reported by" and links to the same story's entries from other sources, as
    a paragraph (empty when no other source has it)."""
    if not entry.also_reported_by:
        return ""
    links = ", ".join(
        f"<a href={quoteattr(mention_link(m, site))} title={quoteattr(m.title)}>"
        f"{html.escape(m.source or m.title)}</a>"
        for m in entry.also_reported_by
    )
    return f'<p class="also-reported">Also reported by {links}</p>'


def entry_content_html(entry: Entry, site: Site) -> str:
    also = also_reported_html(entry, site)
    return f"{entry.article.content_html}\n{also}" if also else entry.article.content_html


def build_atom_feed(spec: FeedSpec, entries: Sequence[Entry], site: Site) -> bytes:
    fg = _generator(spec, entries, site)
    for hub_url in site.hub_urls:
        fg.link(href=hub_url, rel="hub")
    return fg.atom_str(pretty=True)  # type: ignore[no-any-return]


def build_rss_feed(spec: FeedSpec, entries: Sequence[Entry], site: Site) -> bytes:
    return _generator(spec, entries, site).rss_str(pretty=True)  # type: ignore[no-any-return]


FeedBuilder = Callable[[FeedSpec, Sequence[Entry], Site], bytes]


def fit_to_budget(
    build: FeedBuilder, spec: FeedSpec, entries: Sequence[Entry], site: Site, max_bytes: int
) -> bytes:
    """Build a feed within `max_bytes`: long entries lose text (their page keeps it)."""
    data = build(spec, entries, site)
    if len(data) <= max_bytes or not entries:
        return data
    share = max(max_bytes // (2 * len(entries)), 256)
    while True:
        trimmed = [_truncated(e, site, share) for e in entries]
        data = build(spec, trimmed, site)
        if len(data) <= max_bytes or share <= 256:
            break
        share //= 2
    while len(data) > max_bytes and len(trimmed) > 1:  # still too big: fewer entries
        trimmed = trimmed[: len(trimmed) // 2]
        data = build(spec, trimmed, site)
    return data


def _truncated(entry: Entry, site: Site, max_chars: int) -> Entry:
    article = entry.article
    if (
        len(article.content_html) <= max_chars
        and len(article.summary) <= max_chars
        and len(article.title) <= max_chars
    ):
        return entry
    content_html = article.content_html
    if len(content_html) > max_chars:
        text = article.content_text[:max_chars].rsplit(" ", 1)[0]
        link = site.base_url + entry_page_path(entry)
        content_html = (
            f"<p>{html.escape(text)}…</p>\n<p><a href={quoteattr(link)}>{TRUNCATION_NOTE}</a></p>"
        )
    return replace(
        entry,
        article=replace(
            article,
            title=_shortened(article.title, max_chars),
            content_html=content_html,
            summary=_shortened(article.summary, max_chars),
        ),
    )


def _shortened(text: str, max_chars: int) -> str:
    """`text`, or its first `max_chars` cut at a space, with an ellipsis."""
    if len(text) <= max_chars:
        return text
    return text[:max_chars].rsplit(" ", 1)[0] + "…"


def _generator(spec: FeedSpec, entries: Sequence[Entry], site: Site) -> FeedGenerator:
    fg = FeedGenerator()
    self_url = f"{site.base_url}{spec.slug}.atom"
    fg.id(self_url)
    fg.title(f"{site.title}: {spec.name}")
    fg.subtitle(f"Documents on {spec.name}, newest first")
    fg.author({"name": site.author})
    fg.link(href=site.base_url, rel="alternate", type="text/html")
    fg.link(href=self_url, rel="self", type="application/atom+xml")
    fg.generator("feedd", uri="https://github.com/feedd/feedd")
    if site.hub_urls:
        fg.register_extension("websub", lambda: _RssHubLinks(site.hub_urls), atom=False)
    fg.updated(max((e.updated_at for e in entries), default=EPOCH))
    for entry in entries:
        _add_entry(fg, entry, site)
    return fg


class _RssHubLinks(BaseExtension):  # type: ignore[misc]
    """`<atom:link rel="hub">` in RSS (WebSub §4): feedgen's link() would make the hub the
    channel's <link>. (The Atom feed gets its hub links from link().)"""

    def __init__(self, hub_urls: tuple[str, ...]) -> None:
        self._hub_urls = hub_urls

    def extend_ns(self) -> dict[str, str]:
        return {"atom": ATOM_NS}

    def extend_rss(self, feed: Any) -> Any:
        channel = feed[0]
        for url in self._hub_urls:
            etree.SubElement(channel, f"{{{ATOM_NS}}}link", href=url, rel="hub")
        return feed


def _add_entry(fg: FeedGenerator, entry: Entry, site: Site) -> None:
    article = entry.article
    fe = fg.add_entry(order="append")
    fe.id(entry.entry_id)
    fe.guid(entry.entry_id, permalink=False)
    fe.title(article.title)
    fe.published(entry.published_at)
    fe.updated(entry.updated_at)
    fe.author({"name": article.author or site.author})
    fe.link(href=entry_link(entry, site), rel="alternate", type="text/html")
    if article.summary:
        # RSS readers render <description> as HTML, so it gets the summary escaped; the
        # Atom summary is a text construct and gets the text. (feedgen's description()
        # also sets the Atom content, which content() below replaces.)
        fe.description(html.escape(article.summary, quote=False))
        fe.summary(article.summary)
    fe.content(entry_content_html(entry, site), type="html")
    for slug in entry.topics:
        fe.category(term=slug)
