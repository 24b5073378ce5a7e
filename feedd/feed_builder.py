"""Build feed documents from entries: Atom and RSS. Pure.

The HTML pages and OPML are built in `feedd.site_pages`.

Values in, bytes out: no files, no clock. A feed's `updated` is its newest entry's, so the
same entries always give byte-identical output. The publisher writes what this returns.
"""

from __future__ import annotations

import html
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import quoteattr

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from feedd.model import Entry, Mention

# An empty feed is dated at the epoch: never "now", so rebuilds stay byte-identical.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TRUNCATION_NOTE = "Read the full text"
ATOM_NS = "http://www.w3.org/2005/Atom"
FH_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005
# Served beside the feeds (feedd.assets): the icon, and the XSL that renders a feed for people.
ICON_PATH = "icon.png"
STYLESHEET_PATH = "feed.xsl"
DC_NS = "http://purl.org/dc/elements/1.1/"
ALL_FEED_SLUG = "all"  # the feed of every entry (feedd.store.ALL_FEED)


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
    # RFC 5005 (Atom only): the subscription feed names the newest complete archive page
    # as its prev-archive; an archive document is page `archive_page` of the series.
    prev_archive: int | None = None
    archive_page: int | None = None


def archive_folder(slug: str) -> str:
    return f"archive/{slug}"


def archive_path(slug: str, page: int) -> str:
    """Where page `page` (1 = oldest) of a feed's archive is published."""
    return f"{archive_folder(slug)}/{page}.atom"


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedFormat:
    """One of the formats every feed is written in: its file suffix and media type."""

    suffix: str  # "atom": the file is `<slug>.atom`
    media_type: str  # for autodiscovery links and rel="self"
    label: str  # for people: "Atom", "RSS", "JSON Feed"


ATOM = FeedFormat(suffix="atom", media_type="application/atom+xml", label="Atom")
RSS = FeedFormat(suffix="rss", media_type="application/rss+xml", label="RSS")
JSON_FEED = FeedFormat(suffix="json", media_type="application/feed+json", label="JSON Feed")
# Every format a feed is published in, in the order pages list them.
FEED_FORMATS = (ATOM, RSS, JSON_FEED)
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
GENERATOR_URI = "https://github.com/feedd/feedd"


def opml_path(feed_format: FeedFormat) -> str:
    """The OPML list of every feed in one format: `feeds.opml` (Atom), `feeds-rss.opml`,
    `feeds-json.opml`. One list per format, so importing one subscribes once per topic."""
    return "feeds.opml" if feed_format is ATOM else f"feeds-{feed_format.suffix}.opml"


def feed_url(site: Site, slug: str, feed_format: FeedFormat) -> str:
    return f"{site.base_url}{slug}.{feed_format.suffix}"


def entry_author_name(entry: Entry) -> str | None:
    """Who an entry is by, for readers: the byline, else the publication, else the host of
    the original page. None only when the document says nothing of where it is from (the
    entry then has the feed's author): never feedd's own name for a known outlet."""
    article = entry.article
    return article.author or article.source or _link_host(article.link)


def outlet_site(entry: Entry) -> str | None:
    """The outlet's home page, where the original page's URL tells it (scheme and host)."""
    link = entry.article.link
    parts = urlsplit(link) if link else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.netloc}/"


def outlet_id(source: str) -> str:
    """A stable id for a publication, from its name: the Atom <source>'s <id>."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'feedd:source:' + source)}"


def _link_host(link: str | None) -> str | None:
    if not link:
        return None
    host = urlsplit(link).hostname
    return host.removeprefix("www.") if host else None


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
    fg = _generator(spec, entries, site, ATOM)
    if spec.archive_page is None:  # an archive page never changes: nothing to push
        for hub_url in site.hub_urls:
            fg.link(href=hub_url, rel="hub")
    return fg.atom_str(pretty=True)  # type: ignore[no-any-return]


def build_rss_feed(spec: FeedSpec, entries: Sequence[Entry], site: Site) -> bytes:
    return _generator(spec, entries, site, RSS).rss_str(pretty=True)  # type: ignore[no-any-return]


def build_json_feed(spec: FeedSpec, entries: Sequence[Entry], site: Site) -> bytes:
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the same entries, ids, dates,
    authors and links as the Atom feed."""
    feed: dict[str, object] = {
        "version": JSON_FEED_VERSION,
        "title": f"{site.title}: {spec.name}",
        "home_page_url": site.base_url,
        "feed_url": feed_url(site, spec.slug, JSON_FEED),
        "description": f"Documents on {spec.name}, newest first",
        "favicon": site.base_url + ICON_PATH,
        "authors": [{"name": site.author}],
    }
    if site.hub_urls:
        feed["hubs"] = [{"type": "WebSub", "url": url} for url in site.hub_urls]
    feed["items"] = [_json_item(entry, site) for entry in entries]
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _json_item(entry: Entry, site: Site) -> dict[str, object]:
    article = entry.article
    item: dict[str, object] = {
        "id": entry.entry_id,
        "url": entry_link(entry, site),
        "title": article.title,
        "content_html": entry_content_html(entry, site),
    }
    if article.summary:
        item["summary"] = article.summary
    item["date_published"] = entry.published_at.isoformat()
    item["date_modified"] = entry.updated_at.isoformat()
    name = entry_author_name(entry)
    if name is not None:  # else the feed's authors are the item's (JSON Feed 1.1)
        item["authors"] = [{"name": name}]
    if entry.topics:
        item["tags"] = list(entry.topics)
    if article.language:
        item["language"] = article.language
    if article.source:
        # JSON Feed has no "source": an extension object (a key starting with "_") that
        # readers which do not know it ignore.
        source: dict[str, str] = {"title": article.source}
        site_url = outlet_site(entry)
        if site_url is not None:
            source["home_page_url"] = site_url
        item["_feedd"] = {"about": GENERATOR_URI, "source": source}
    return item


FeedBuilder = Callable[[FeedSpec, Sequence[Entry], Site], bytes]
# How each format is built.
BUILDERS: dict[FeedFormat, FeedBuilder] = {
    ATOM: build_atom_feed,
    RSS: build_rss_feed,
    JSON_FEED: build_json_feed,
}


def fit_to_budget(
    build: FeedBuilder,
    spec: FeedSpec,
    entries: Sequence[Entry],
    site: Site,
    max_bytes: int,
    *,
    can_drop_entries: bool = True,
) -> bytes:
    """Build a feed within `max_bytes`: long entries lose text (their page keeps it), and
    if that is not enough, the oldest entries go (unless `can_drop_entries` is False: an
    archive page must hold every entry of its places, whatever its size)."""
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
    while can_drop_entries and len(data) > max_bytes and len(trimmed) > 1:  # fewer entries
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


def _generator(
    spec: FeedSpec, entries: Sequence[Entry], site: Site, feed_format: FeedFormat
) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(feed_url(site, spec.slug, ATOM))  # one id for the feed, whatever its format
    fg.title(f"{site.title}: {spec.name}")
    fg.subtitle(f"Documents on {spec.name}, newest first")
    fg.author({"name": site.author})
    if spec.archive_page is not None:
        self_url = site.base_url + archive_path(spec.slug, spec.archive_page)
    else:
        self_url = feed_url(site, spec.slug, feed_format)
    fg.link(href=self_url, rel="self", type=feed_format.media_type)
    if feed_format is ATOM:
        _add_archive_links(fg, spec, site)
    # feedgen makes the last link() the RSS channel's <link>: the site's page, not a feed.
    fg.link(href=site.base_url, rel="alternate", type="text/html")
    fg.generator("feedd", uri=GENERATOR_URI)
    # The site's icon (Atom <icon>, RSS <image>), and a stylesheet that makes the feed a
    # readable page when a browser opens it (readers ignore the processing instruction).
    fg.icon(site.base_url + ICON_PATH)
    fg.image(site.base_url + ICON_PATH, width="128", height="128")
    stylesheet = urlsplit(site.base_url).path + STYLESHEET_PATH
    fg.register_extension("stylesheet", lambda: _Stylesheet(stylesheet), atom=True, rss=True)
    if site.hub_urls:
        fg.register_extension("websub", lambda: _RssHubLinks(site.hub_urls), atom=False)
    fg.register_extension("outlet", BaseExtension, _Outlet)
    fg.register_extension("dc", _DublinCore, BaseEntryExtension, atom=False)
    fg.updated(max((e.updated_at for e in entries), default=EPOCH))
    for entry in entries:
        _add_entry(fg, entry, site, is_archived=spec.archive_page is not None)
    return fg


def _add_archive_links(fg: FeedGenerator, spec: FeedSpec, site: Site) -> None:
    """RFC 5005 §4: a subscription feed names its newest archive page (prev-archive); an
    archive page names the subscription feed (current), its neighbours and is marked
    fh:archive. next-archive always names page n + 1: a page is written once, when it
    is full, and the next one is published under that name as soon as it is full too."""
    page = spec.archive_page
    older = spec.prev_archive if page is None else (page - 1 if page > 1 else None)
    if older is not None:
        fg.link(href=site.base_url + archive_path(spec.slug, older), rel="prev-archive")
    if page is not None:
        fg.link(href=site.base_url + archive_path(spec.slug, page + 1), rel="next-archive")
        fg.link(href=feed_url(site, spec.slug, ATOM), rel="current", type=ATOM.media_type)
        fg.register_extension("history", _ArchiveMarker, atom=True, rss=False)


class _ArchiveMarker(BaseExtension):  # type: ignore[misc]
    """`<fh:archive/>`: this document is an archive page (RFC 5005 §4)."""

    def extend_ns(self) -> dict[str, str]:
        return {"fh": FH_NS}

    def extend_atom(self, feed: Any) -> Any:
        etree.SubElement(feed, f"{{{FH_NS}}}archive")
        return feed


class _Stylesheet(BaseExtension):  # type: ignore[misc]
    """`<?xml-stylesheet?>` between the XML declaration and the root element. The href is a
    path on the feed's own host: browsers refuse an XSL stylesheet from another origin, and
    the host a person typed may not be the one in `base_url`."""

    def __init__(self, href: str) -> None:
        self._href = href

    def _add_to(self, root: Any) -> Any:
        root.addprevious(
            etree.ProcessingInstruction(
                "xml-stylesheet", f'type="text/xsl" href={quoteattr(self._href)}'
            )
        )
        return root

    def extend_atom(self, feed: Any) -> Any:
        return self._add_to(feed)

    def extend_rss(self, feed: Any) -> Any:
        return self._add_to(feed)


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


class _DublinCore(BaseExtension):  # type: ignore[misc]
    """The dc: prefix of RSS's dc:creator (`_Outlet`)."""

    def extend_ns(self) -> dict[str, str]:
        return {"dc": DC_NS}


class _Outlet(BaseEntryExtension):  # type: ignore[misc]
    """Who an entry is by and which publication it is from (feedgen has no room for either
    as readers expect them: its RSS author must be an e-mail address, and its Atom
    <source> lacks the id, updated and self link the W3C validator asks for)."""

    def __init__(self) -> None:
        self.entry: Entry | None = None
        self.site: Site | None = None

    def extend_atom(self, element: Any) -> Any:
        entry, site = self.entry, self.site
        if entry is None or site is None:
            return element
        name = entry_author_name(entry)
        if name is not None:
            # Before <content>: RFC 4287 does not order an entry's children, but people
            # reading the XML look for the author near the title.
            author = etree.Element("author")
            etree.SubElement(author, "name").text = name
            element.find("updated").addnext(author)
        source_name = entry.article.source
        if source_name:
            # RFC 4287 §4.2.11: the feed an entry comes from. The publication has no feed
            # feedd knows of; feedd publishes its pages, so the source is that outlet as
            # feedd carries it, and its self link is the feed holding every entry.
            source = etree.SubElement(element, "source")
            etree.SubElement(source, "id").text = outlet_id(source_name)
            etree.SubElement(source, "title").text = source_name
            etree.SubElement(source, "updated").text = entry.updated_at.isoformat()
            site_url = outlet_site(entry)
            if site_url is not None:
                etree.SubElement(source, "link", href=site_url, rel="alternate", type="text/html")
            etree.SubElement(
                source,
                "link",
                href=feed_url(site, ALL_FEED_SLUG, ATOM),
                rel="self",
                type=ATOM.media_type,
            )
        return element

    def extend_rss(self, item: Any) -> Any:
        entry, site = self.entry, self.site
        if entry is None or site is None:
            return item
        name = entry_author_name(entry)
        if name is not None:
            # RSS 2.0's <author> is an e-mail address; a name goes in dc:creator.
            etree.SubElement(item, f"{{{DC_NS}}}creator").text = name
        if entry.article.source:
            # RSS 2.0 <source>: the channel the item came from, its url that channel's
            # feed. As in Atom, that is feedd's feed of every entry.
            source = etree.SubElement(item, "source", url=feed_url(site, ALL_FEED_SLUG, RSS))
            source.text = entry.article.source
        return item


def _add_entry(fg: FeedGenerator, entry: Entry, site: Site, *, is_archived: bool = False) -> None:
    article = entry.article
    fe = fg.add_entry(order="append")
    fe.id(entry.entry_id)
    fe.guid(entry.entry_id, permalink=False)
    fe.title(article.title)
    fe.published(entry.published_at)
    fe.updated(entry.updated_at)
    fe.outlet.entry = entry
    fe.outlet.site = site
    if article.link or not is_archived:
        # An archive page holds entries no feed may ever have shown, and only those get
        # an entry page: there an entry links only to its original page (its content is
        # whole, so Atom needs no link).
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
