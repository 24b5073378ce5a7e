"""Build the site around the feeds: entry pages, the index page, OPML. Pure.

Values in, bytes out: no files, no clock, so unchanged input gives byte-identical pages.
Everything shown comes from untrusted documents and is escaped. Must not import I/O modules.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import quoteattr

from feedd.feed_builder import EPOCH, FeedSpec, Site, entry_content_html
from feedd.model import Entry


def build_entry_page(entry: Entry, site: Site) -> bytes:
    """A simple readable HTML page for one entry (the link when the document states none)."""
    article = entry.article
    e = html.escape
    byline = " · ".join(
        e(part)
        for part in (
            article.source or "",
            article.author or "",
            entry.published_at.strftime("%Y-%m-%d %H:%M UTC"),
        )
        if part
    )
    original = (
        f'<p class="original"><a href={quoteattr(article.link)}>Original page</a></p>'
        if article.link
        else ""
    )
    lang = f" lang={quoteattr(article.language)}" if article.language else ""
    page = f"""<!DOCTYPE html>
<html{lang}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.title)}</title>
<link rel="alternate" type="application/atom+xml" title="{e(site.title)}"
 href="{e(site.base_url)}all.atom">
<style>body{{max-width:40em;margin:2em auto;padding:0 1em;font:1.1em/1.5 Georgia,serif}}
.meta{{color:#555;font-size:.9em}}</style>
</head>
<body>
<article>
<h1>{e(article.title)}</h1>
<p class="meta">{byline}</p>
{entry_content_html(entry, site)}
{original}
</article>
<p class="meta"><a href="{e(site.base_url)}">{e(site.title)}</a></p>
</body>
</html>
"""
    return page.encode("utf-8")


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedSummary:
    spec: FeedSpec
    entry_count: int
    updated_at: datetime | None


def build_index_page(feeds: Sequence[FeedSummary], site: Site) -> bytes:
    """The landing page: every feed with counts, subscribe links and autodiscovery tags."""
    e = html.escape
    discovery = "\n".join(
        f'<link rel="alternate" type="application/{kind}+xml" '
        f'title="{e(f.spec.name)} ({kind.upper()})" '
        f'href="{e(site.base_url)}{e(f.spec.slug)}.{kind}">'
        for f in feeds
        for kind in ("atom", "rss")
    )
    rows = "\n".join(
        f"<tr><td>{e(f.spec.name)}</td><td>{f.entry_count}</td>"
        f"<td>{f.updated_at.strftime('%Y-%m-%d %H:%M UTC') if f.updated_at else '–'}</td>"
        f'<td><a href="{e(f.spec.slug)}.atom">Atom</a> · <a href="{e(f.spec.slug)}.rss">RSS</a>'
        "</td></tr>"
        for f in feeds
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(site.title)}</title>
{discovery}
<style>body{{max-width:50em;margin:2em auto;padding:0 1em;font:1em/1.5 sans-serif}}
td,th{{padding:.2em .8em;text-align:left}}</style>
</head>
<body>
<h1>{e(site.title)}</h1>
<table>
<thead><tr><th>Topic</th><th>Entries</th><th>Last update</th><th>Subscribe</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p><a href="feeds.opml">All feeds as OPML</a> (import it into your feed reader)</p>
</body>
</html>
"""
    return page.encode("utf-8")


def build_opml(feeds: Sequence[FeedSummary], site: Site) -> bytes:
    """OPML 2.0 listing every feed, for one-step subscription in a reader."""
    newest = max((f.updated_at for f in feeds if f.updated_at), default=EPOCH)
    outlines = "\n".join(
        f'    <outline type="rss" text={quoteattr(f.spec.name)} title={quoteattr(f.spec.name)}'
        f" xmlUrl={quoteattr(site.base_url + f.spec.slug + '.atom')}"
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
