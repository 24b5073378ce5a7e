"""Build the site around the feeds: entry pages, the index page, OPML. Pure.

Values in, bytes out: no files, no clock, so unchanged input gives byte-identical pages.
Everything shown comes from untrusted documents and is escaped. The pages are plain HTML5
that work without JavaScript; light or dark follows the reader's `prefers-color-scheme`.
Must not import I/O modules.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import quoteattr

from feedd.feed_builder import (
    ATOM,
    EPOCH,
    FEED_FORMATS,
    FeedFormat,
    FeedSpec,
    Site,
    entry_content_html,
    entry_page_path,
    feed_url,
)
from feedd.model import Entry

# Headlines per feed on the index page (never more than a feed shows: their pages exist).
INDEX_HEADLINES = 10


# Scripts written right to left (ISO 639 codes, primary subtag): pages give these `dir="rtl"`.
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
)

# One style sheet for every page: readable measure, light and dark schemes.
STYLE = """
:root{color-scheme:light dark;--fg:#1a1a1a;--muted:#5c5c5c;--bg:#fff;--line:#e3e3e3;
--accent:#b03a0a;--box:#fdf1ea}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--muted:#a8a8a8;--bg:#16181c;
--line:#33363c;--accent:#ff9a6b;--box:#2a211c}}
body{max-width:46em;margin:0 auto;padding:1em 1.2em 3em;font:1.05em/1.55 system-ui,sans-serif;
color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
.meta,.nav,footer{color:var(--muted);font-size:.9em}
code,pre{font:.85em/1.4 ui-monospace,monospace}
pre{white-space:pre-wrap;background:var(--box);padding:.5em .7em;border-radius:.4em}
section.feed{border-top:1px solid var(--line);padding-top:.5em;margin-top:1.5em}
section.feed h2{margin:.3em 0 .1em}
ol.headlines{padding-left:1.4em}
ol.headlines li{margin:.35em 0}
ol.headlines .meta{display:block}
article h1{line-height:1.25}
article{font-family:Georgia,serif;font-size:1.05em}
"""


def text_direction(language: str | None) -> str | None:
    """ "rtl" for a language written right to left, "ltr" for another known one."""
    if not language:
        return None
    return "rtl" if language.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def language_attributes(language: str | None) -> str:
    """` lang="…" dir="…"` for an element holding text in `language` (empty if unknown)."""
    direction = text_direction(language)
    if not language or direction is None:
        return ""
    return f" lang={quoteattr(language)} dir={quoteattr(direction)}"


def _date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _time(moment: datetime) -> str:
    # dir: digits and "UTC" keep their order inside right-to-left text
    return f'<time datetime="{moment.isoformat()}" dir="ltr">{_date(moment)}</time>'


def _head(title: str, root: str, extra: str = "") -> str:
    """`root` leads from the page to the site's top folder ("" or "../"): links within the
    site are relative, so they work whatever host name the page was opened by."""
    e = html.escape
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{e(title)}</title>
<link rel="icon" href="{root}favicon.svg" type="image/svg+xml">
<link rel="icon" href="{root}favicon.ico" sizes="16x16 32x32 48x48">
{extra}<style>{STYLE}</style>
</head>"""


def _discovery(spec: FeedSpec, site: Site) -> str:
    """Autodiscovery links: a reader given the page finds each format of the feed."""
    e = html.escape
    return "".join(
        f'<link rel="alternate" type="{f.media_type}" title="{e(spec.name)} ({f.label})" '
        f'href="{e(feed_url(site, spec.slug, f))}">\n'
        for f in FEED_FORMATS
    )


def _subscribe_links(spec: FeedSpec, root: str) -> str:
    e = html.escape
    return " · ".join(
        f'<a href="{root}{e(spec.slug)}.{f.suffix}" type="{f.media_type}">{f.label}</a>'
        for f in FEED_FORMATS
    )


def build_entry_page(entry: Entry, site: Site, feeds: Sequence[FeedSpec] = ()) -> bytes:
    """A readable HTML page for one entry (its link when the document states none): the
    headline, a line naming the outlet, byline and date, the text, and links back to the
    index and to the feeds that carry it. `feeds` names the topic feeds by slug."""
    article = entry.article
    e = html.escape
    byline = " · ".join(
        part
        for part in (
            f'<span class="source">{e(article.source)}</span>' if article.source else "",
            f'<span class="author">{e(article.author)}</span>' if article.author else "",
            _time(entry.published_at),
        )
        if part
    )
    original = (
        f'<p class="original"><a href={quoteattr(article.link)}>Original page</a></p>'
        if article.link
        else ""
    )
    carried = [spec for spec in feeds if spec.slug in entry.topics]
    in_feeds = "".join(
        f"<li>{e(spec.name)}: {_subscribe_links(spec, '../')}</li>\n" for spec in carried
    )
    feeds_list = f"<p>In the feeds</p>\n<ul>\n{in_feeds}</ul>\n" if in_feeds else ""
    discovery = "".join(_discovery(spec, site) for spec in carried)
    # The page's language is the document's; feedd's own words around it say they are English.
    page = f"""<!DOCTYPE html>
<html{language_attributes(article.language)}>
{_head(article.title, "../", discovery)}
<body>
<p class="nav" lang="en" dir="ltr"><a href="../">← {e(site.title)}: every feed</a></p>
<article>
<h1>{e(article.title)}</h1>
<p class="meta">{byline}</p>
{entry_content_html(entry, site)}
{original}
</article>
<footer lang="en" dir="ltr">
{feeds_list}<p><a href="../">Every feed of {e(site.title)}</a></p>
</footer>
</body>
</html>
"""
    return page.encode("utf-8")


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedSummary:
    spec: FeedSpec
    entry_count: int
    updated_at: datetime | None
    query: str = ""  # the topic's query as configured; empty for the feed of every entry
    headlines: tuple[Entry, ...] = ()  # its newest entries, newest first


def build_index_page(feeds: Sequence[FeedSummary], site: Site) -> bytes:
    """The landing page: per feed its newest headlines (source and date), its query, entry
    count, last update and subscribe links in every format; autodiscovery tags; OPML."""
    e = html.escape
    discovery = "".join(_discovery(f.spec, site) for f in feeds)
    contents = " · ".join(f'<a href="#{e(f.spec.slug)}">{e(f.spec.name)}</a>' for f in feeds)
    sections = "\n".join(_index_section(f) for f in feeds)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
{_head(site.title, "", discovery)}
<body>
<header>
<h1>{e(site.title)}</h1>
<p>Feeds of the documents in this folder, one per topic. Subscribe to one in your feed
reader (Atom, RSS or JSON Feed), or import <a href="feeds.opml">all feeds as
OPML</a> (<a href="feeds-rss.opml">as RSS</a>, <a href="feeds-json.opml">as JSON Feed</a>).</p>
<p class="nav">{contents}</p>
</header>
<main>
{sections}
</main>
<footer><p>Made by feedd. <a href="feeds.opml">OPML</a></p></footer>
</body>
</html>
"""
    return page.encode("utf-8")


def _index_section(feed: FeedSummary) -> str:
    e = html.escape
    spec = feed.spec
    updated = _time(feed.updated_at) if feed.updated_at else "never"
    noun = "entry" if feed.entry_count == 1 else "entries"
    query = (
        f"<details><summary>Query</summary><pre><code>{e(feed.query.strip())}</code></pre>"
        "</details>\n"
        if feed.query.strip()
        else ""
    )
    items = "".join(_headline(entry) for entry in feed.headlines)
    headlines = (
        f'<ol class="headlines">\n{items}</ol>\n'
        if items
        else '<p class="meta">No entries yet.</p>\n'
    )
    return f"""<section class="feed" id="{e(spec.slug)}">
<h2>{e(spec.name)}</h2>
<p class="meta">{feed.entry_count} {noun} · last update {updated} · subscribe: \
{_subscribe_links(spec, "")}</p>
{query}{headlines}</section>"""


def _headline(entry: Entry) -> str:
    e = html.escape
    article = entry.article
    source = f'<span class="source">{e(article.source)}</span> · ' if article.source else ""
    return (
        f"<li{language_attributes(article.language)}>"
        f'<a href="{entry_page_path(entry)}">{e(article.title)}</a>'
        f'<span class="meta">{source}{_time(entry.published_at)}</span></li>\n'
    )


def build_opml(feeds: Sequence[FeedSummary], site: Site, feed_format: FeedFormat = ATOM) -> bytes:
    """OPML 2.0 listing every feed in one format, for one-step subscription in a reader."""
    newest = max((f.updated_at for f in feeds if f.updated_at), default=EPOCH)
    outlines = "\n".join(
        f'    <outline type="rss" text={quoteattr(f.spec.name)} title={quoteattr(f.spec.name)}'
        f" xmlUrl={quoteattr(feed_url(site, f.spec.slug, feed_format))}"
        f" htmlUrl={quoteattr(site.base_url)}/>"
        for f in feeds
    )
    document = f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>{html.escape(site.title, quote=False)}</title>
    <dateModified>{newest.strftime("%a, %d %b %Y %H:%M:%S +0000")}</dateModified>
  </head>
  <body>
{outlines}
  </body>
</opml>
"""
    return document.encode("utf-8")
