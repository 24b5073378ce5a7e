"""Saved web pages (.html, .htm): main text and metadata of an article page.

trafilatura finds the main content (it drops navigation, cookie banners, share widgets,
newsletter forms, related links, comments and footers by markup); `blocks.select_body`
then drops the chrome that sits inside the article markup ("Read more:" teasers,
captions, bylines, paywall boxes). Metadata comes from the page's own statements, most
specific first: Open Graph and article meta tags, JSON-LD, <time> elements, the <title>,
then trafilatura's guesses and the byline and date lines found in the text.

Decoding honours a byte order mark, then the charset the page declares (<meta charset>,
http-equiv Content-Type, the XML declaration), then `decode.decode_bytes`' detection.
trafilatura runs in its fast mode (no fallback extractors). Nothing here raises for any
input: a page lxml or trafilatura cannot handle is Rejected(reason="unparseable").

Pure: no I/O (the input is bytes or str). Must not import the store, the publisher, an
HTTP client or any driver.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Document as TrafilaturaDocument

from feedd.model import Article, Rejected
from feedd.normalize.blocks import Block, select_body, word_count
from feedd.normalize.dates import find_date
from feedd.normalize.decode import decode_bytes
from feedd.normalize.metadata import (
    author_from,
    byline_author,
    clean_author,
    date_from,
    language_from,
    link_from,
    looks_like_names,
    tags_from,
    text_from,
)
from feedd.normalize.plaintext import normalize_plaintext
from feedd.normalize.text import render_html, summarize

_PRESCAN_BYTES = 4096
# trafilatura's time grows faster than linearly with the element count: a page with more
# elements than this (ten times a long news page) is refused rather than parsed for minutes.
MAX_ELEMENTS = 100_000
_DECLARED_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})"
    rb"|<\?xml[^>]{0,100}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{1,40})",
    re.IGNORECASE,
)
# WHATWG Encoding Standard labels whose meaning differs from Python's codec of that name.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-user-defined": "cp1252",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
}
# Python names of the codecs behind the WHATWG Encoding Standard's labels.
_WEB_CODECS = re.compile(
    r"^(utf-8|cp\d{3,4}|iso8859-\d{1,2}|koi8-[ru]|mac-\w+|gb18030|gbk|big5(hkscs)?|euc_jp"
    r"|euc_kr|iso2022_jp|shift_jis|tis-620)$"
)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|!--|!doctype|/[a-zA-Z])[\s>/]", re.IGNORECASE)
# What stands between a headline and the site's name in a <title> ("Headline | Site").
# Not " : ", which French puts before every colon ("Syrie : Moscou négocie").
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—•·»«/]|-{1,2}|::)\s+")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)\s*(\S+)|url:\s*(https?://\S+)", re.IGNORECASE)
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review)$")
# Tags of trafilatura's output tree that hold a block of their own.
_BLOCK_TAGS = {"p", "head", "item", "code", "cell", "row", "list", "quote", "table"}
_INLINE_EMPHASIS = {"hi", "b", "strong", "i", "em"}


def normalize_html(
    data: bytes,
    *,
    default_tz: tzinfo,
    boilerplate: Collection[str] = (),
) -> Article | Rejected:
    """Turn a saved web page into an Article. Never raises."""
    text = decode_html(data)
    if isinstance(text, Rejected):
        return text
    if not _MARKUP.search(text[: _PRESCAN_BYTES * 4]):
        # Text saved under an .html name: no markup to read, so read it as the text it is.
        return normalize_plaintext(text, default_tz=default_tz, boilerplate=boilerplate)
    try:
        # A bare fragment ("<p>...</p>" alone) is a page too: trafilatura wants a document.
        tree = trafilatura.load_html(text)
        if tree is None:
            tree = trafilatura.load_html(f"<html><body>{text}</body></html>")
        if tree is None:
            return Rejected(reason="unparseable", detail="not an HTML document lxml can parse")
        elements = sum(1 for _ in tree.iter())
        if elements > MAX_ELEMENTS:
            return Rejected(
                reason="too_large", detail=f"{elements} HTML elements is over {MAX_ELEMENTS}"
            )
        page = _read_page(tree, text[:_PRESCAN_BYTES])
        _drop_comment_threads(tree)
        _space_adjacent_inlines(tree)
        extracted = _extract(tree, with_metadata=True)
        if not isinstance(extracted, TrafilaturaDocument):
            return Rejected(reason="no_text", detail="no main text found in the page")
        blocks = list(_blocks(extracted.body)) if extracted.body is not None else []
    except Exception as err:
        # lxml and trafilatura parse arbitrary bytes here; whatever they raise (their own
        # bugs included) is this document's outcome, not a crash of the pipeline.
        return Rejected(reason="unparseable", detail=f"HTML extraction failed: {err!r}"[:300])
    return _article(page, extracted, blocks, default_tz=default_tz, boilerplate=boilerplate)


def html_blocks(markup: str) -> list[Block]:
    """The main-text blocks of an HTML fragment (a scraper's `html` field). Never raises."""
    try:
        tree = trafilatura.load_html(f"<html><body><div>{markup}</div></body></html>")
        if tree is None:
            return []
        extracted = _extract(tree, with_metadata=False)
        if not isinstance(extracted, TrafilaturaDocument) or extracted.body is None:
            return []
        return list(_blocks(extracted.body))
    except Exception:  # as in normalize_html: a parser's failure means no blocks
        return []


def _extract(tree: HtmlElement, *, with_metadata: bool) -> object:
    """trafilatura in its fast mode (no fallback extractors), keeping the markup facts
    `select_body` needs: links, emphasis, images. Comments are not article text."""
    return trafilatura.bare_extraction(
        tree,
        fast=True,
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_formatting=True,
        include_links=True,
        deduplicate=False,
        with_metadata=with_metadata,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


# Comment threads named in Spanish, Portuguese, German or Russian: trafilatura drops
# only the ones whose class or id says "comment".
_COMMENT_THREADS = etree.XPath(
    "//*["
    + " or ".join(
        f"contains(@class, '{word}') or contains(@id, '{word}')"
        for word in ("coment", "kommentar", "Kommentar", "комментар")
    )
    + "][not(self::body or self::html or .//h1)]"
)


def _drop_comment_threads(tree: HtmlElement) -> None:
    for element in _COMMENT_THREADS(tree):
        element.drop_tree()


_INLINE_TAGS = ("span", "a", "button", "time", "label", "small")


def _space_adjacent_inlines(tree: HtmlElement) -> None:
    """Put a space between inline elements that touch ("<span>Share</span><span>Save</span>"):
    CSS shows them apart, and trafilatura would otherwise join their words ("ShareSave").
    A one-letter element is a drop cap ("<span>T</span>he") and stays joined."""
    for element in tree.iter(*_INLINE_TAGS):
        following = element.getnext()
        if following is None or element.tail or not isinstance(following.tag, str):
            continue
        own = element.text_content()
        touches = own[-1:].isalnum() and following.text_content()[:1].isalnum()
        if touches and len(own.strip()) > 1:
            element.tail = " "


def decode_html(data: bytes) -> str | Rejected:
    """Decode a page: byte order mark, then the declared charset, then detection."""
    if data.startswith(_BOMS):
        return decode_bytes(data)
    declared = declared_charset(data)
    if declared is None or declared == "utf-8":
        return decode_bytes(data)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not data.isascii():
            return decode_bytes(data)  # re-saved as UTF-8 with a stale declaration
    try:
        text = data.decode(declared, errors="replace")
    except (LookupError, ValueError):
        return decode_bytes(data)
    # Re-encoded so decode_bytes applies the same empty / binary checks and cleaning.
    return decode_bytes(text.encode("utf-8", errors="replace"))


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset a page declares in its first bytes, if any."""
    match = _DECLARED_CHARSET.search(data[:_PRESCAN_BYTES])
    if match is None:
        return None
    label = (match.group(1) or match.group(2) or b"").decode("ascii", "replace").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"  # a page that could state it in ASCII bytes is not UTF-16 (WHATWG)
    # Python also knows codecs no web page can be in (hex, rot13, idna, unicode_escape).
    return name if _WEB_CODECS.match(name) else None


# --------------------------------------------------------------------------------------
# Page metadata


@dataclass(slots=True)
class _Page:
    """What the page states about itself, outside the article text."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name -> contents
    title_tag: str | None = None
    headings: list[str] = field(default_factory=list)  # <h1> texts, in order
    article_headings: list[str] = field(default_factory=list)  # <h1>s inside an <article>
    ld_article: dict[str, object] = field(default_factory=dict)
    ld_publisher: str | None = None
    canonical: str | None = None
    saved_from: str | None = None
    lang: str | None = None
    time_values: list[str] = field(default_factory=list)  # <time datetime>, best first
    bylines: list[str] = field(default_factory=list)  # names in author / byline markup
    date_texts: list[str] = field(default_factory=list)  # text of date / byline markup

    def first(self, *names: str) -> str | None:
        for name in names:
            for value in self.meta.get(name, ()):
                if value.strip():
                    return value.strip()
        return None

    def all(self, *names: str) -> list[str]:
        return [v for name in names for v in self.meta.get(name, ()) if v.strip()]


def _read_page(tree: HtmlElement, head: str) -> _Page:
    """Meta tags, JSON-LD, <title>, <h1>s, canonical link, <time>s; `head` is the raw start,
    where a browser's "saved from" comment stands before the root element lxml returns."""
    page = _Page()
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        key = key or element.get("http-equiv")
        content = element.get("content")
        if key and content is not None:
            page.meta.setdefault(key.strip().lower(), []).append(content)
    for element in tree.iter("title"):
        page.title_tag = text_from(element.text_content())
        break
    page.headings = [t for t in (text_from(h.text_content()) for h in tree.iter("h1")) if t]
    page.article_headings = [
        t for t in (text_from(h.text_content()) for h in _ARTICLE_H1(tree)[:3]) if t
    ]
    for element in tree.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        if "canonical" in rel and page.canonical is None:
            page.canonical = link_from(element.get("href"))
    for comment in re.findall(r"<!--(.*?)-->", head, re.DOTALL):
        match = _SAVED_FROM.search(comment[:2000])
        if match:
            page.saved_from = link_from(match.group(1) or match.group(2))
            break
    root = tree.getroottree().getroot()
    page.lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    _read_json_ld(tree, page)
    page.time_values = _time_values(tree)
    page.bylines = _bylines(tree)
    page.date_texts = _date_texts(tree)
    return page


def _read_json_ld(tree: HtmlElement, page: _Page) -> None:
    objects: list[dict[str, object]] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            parsed = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        objects.extend(_ld_objects(parsed))
    by_id = {str(o["@id"]): o for o in objects if isinstance(o.get("@id"), str)}
    for obj in objects:
        types = obj.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and _ARTICLE_TYPES.search(t) for t in names):
            page.ld_article = obj
            break
    publisher = page.ld_article.get("publisher")
    if isinstance(publisher, dict) and "name" not in publisher:
        publisher = by_id.get(str(publisher.get("@id")), publisher)
    page.ld_publisher = text_from(publisher) if isinstance(publisher, dict | str) else None


def _ld_objects(value: object, depth: int = 0) -> Iterator[dict[str, object]]:
    if depth > 4:
        return
    if isinstance(value, list):
        for item in value[:50]:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph, depth + 1)


def _time_values(tree: HtmlElement) -> list[str]:
    """Machine-readable dates of <time> elements: marked-up publication dates first."""
    marked: list[str] = []
    other: list[str] = []
    scopes = list(tree.iter("article")) or [tree]
    for scope in scopes[:1]:
        for element in scope.iter("time"):
            value = element.get("datetime")
            if not value:
                continue
            attributes = " ".join(
                (element.get(a) or "") for a in ("itemprop", "class", "id", "pubdate")
            ).lower()
            if "pubdate" in element.attrib or "publish" in attributes:
                marked.append(value)
            elif "modif" not in attributes and "updat" not in attributes:
                other.append(value)
    return marked + other


# Author markup, most explicit first; never inside comment threads, author biographies,
# related-story lists or footers, where other people's names stand.
_OUTSIDE_OTHER_PEOPLE = (
    "[not(ancestor-or-self::*["
    + " or ".join(
        f"contains(@class, '{word}') or contains(@id, '{word}')"
        for word in ("comment", "bio", "related", "footer", "sidebar", "widget", "teaser", "promo")
    )
    + "])]"
)
_BYLINE_XPATHS = tuple(
    etree.XPath(path + _OUTSIDE_OTHER_PEOPLE)
    for path in (
        "//*[@rel='author']",
        "//*[@itemprop='author']//*[@itemprop='name']",
        "//*[@itemprop='author']",
        "//*[contains(@class, 'byline')]",
        "//*[contains(@class, 'author')]",
    )
)


_ARTICLE_H1 = etree.XPath("//article//h1")
_DATE_MARKUP = etree.XPath(
    ".//*[contains(@class, 'date') or contains(@class, 'time') or contains(@class, 'byline')"
    " or contains(@class, 'meta') or contains(@class, 'publish') or contains(@class, 'posted')]"
    + _OUTSIDE_OTHER_PEOPLE
)
_UPDATE_WORDS = re.compile(
    r"\b(updated?|modified|aktualisiert|обновлено|mis à jour|actualizado)\b", re.IGNORECASE
)


def _date_texts(tree: HtmlElement) -> list[str]:
    """Short texts of date and byline markup, where a page shows when it was published."""
    texts: list[str] = []
    scope = next(tree.iter("article", "main"), tree)
    for element in _DATE_MARKUP(scope)[:20]:
        text = text_from(element.text_content(), max_chars=1000)
        if text and len(text) <= 160 and not _UPDATE_WORDS.search(text) and text not in texts:
            texts.append(text)
    return texts


def _bylines(tree: HtmlElement) -> list[str]:
    names: list[str] = []
    for xpath in _BYLINE_XPATHS:
        for element in xpath(tree)[:5]:
            text = text_from(element.get("content") or element.text_content())
            if not text or len(text) > 120:
                continue
            name = byline_author(text) or clean_author(text)
            if name and looks_like_names(name) and word_count(name) <= 8 and name not in names:
                names.append(name)
        if names:
            return names
    return names


# --------------------------------------------------------------------------------------
# Article


def _article(
    page: _Page,
    extracted: TrafilaturaDocument,
    blocks: Sequence[Block],
    *,
    default_tz: tzinfo,
    boilerplate: Collection[str],
) -> Article | Rejected:
    site_name = (
        text_from(page.first("og:site_name", "application-name", "twitter:app:name:iphone"))
        or page.ld_publisher
    )
    title = _title(page, extracted, blocks, site_name)
    body = select_body(blocks, title=title or "", default_tz=default_tz, boilerplate=boilerplate)
    paragraphs = list(body.paragraphs)
    if not body.has_text:
        return Rejected(reason="no_text", detail="no article paragraphs in the page")
    if not title:
        title = _first_sentence(paragraphs[0])
    source = site_name or _source_from_title(page, title, body.source) or body.source
    if source is None and extracted.sitename and "." not in extracted.sitename:
        source = text_from(extracted.sitename)
    return Article(
        title=title,
        source=source,
        author=_author(page, extracted, body.author),
        published_at=_published(page, extracted, body.published_at, default_tz),
        summary=summarize(paragraphs),
        content_text="\n\n".join(paragraphs),
        content_html=render_html(paragraphs),
        page_lines=body.page_lines,
        link=(
            page.canonical
            or link_from(page.first("og:url", "twitter:url"))
            or link_from(page.ld_article.get("url") or page.ld_article.get("mainEntityOfPage"))
            or page.saved_from
            or link_from(extracted.url)
        ),
        language=language_from(
            page.lang
            or page.first("og:locale", "content-language", "language", "dc.language")
            or page.ld_article.get("inLanguage"),
            " ".join(paragraphs),
        ),
        tags=tags_from(
            page.all("article:tag"),
            page.ld_article.get("keywords"),
            page.all("news_keywords", "keywords"),
            extracted.tags or (),
        ),
    )


def _title(
    page: _Page,
    extracted: TrafilaturaDocument,
    blocks: Sequence[Block],
    site_name: str | None,
) -> str | None:
    stated = (
        text_from(page.first("og:title", "twitter:title", "dc.title", "title"))
        or text_from(page.ld_article.get("headline"))
        or text_from(page.ld_article.get("name"))
    )
    if stated:
        stated = _strip_site(stated, site_name, page.title_tag)
    headings = [h for h in page.headings if word_count(h) >= 2 and _key(h) != _key(site_name)]
    if stated:
        # The visible headline, when it is the stated one (perhaps shortened or extended),
        # or when it is the one headline of the <article>: the page shows that one.
        for heading in headings:
            if _overlap(heading, stated) >= 0.6:
                return heading
        if len(page.article_headings) == 1 and word_count(page.article_headings[0]) >= 3:
            return page.article_headings[0]
        return stated
    if len(headings) == 1:
        return headings[0]
    if page.title_tag:
        return _title_from_tag(page.title_tag, site_name, blocks, headings)
    return text_from(extracted.title)


def _strip_site(title: str, site_name: str | None, title_tag: str | None) -> str:
    """ "Headline | Site" -> "Headline" when the other part names the site."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_keys = {_key(site_name)} if site_name else set()
    tag_parts = _TITLE_SEPARATORS.split(title_tag) if title_tag else []
    if len(tag_parts) >= 2:
        # The <title>'s end that the stated title lacks names the site; when the stated
        # title has both ends, the shorter end does.
        ends = (tag_parts[0], tag_parts[-1])
        missing = [end for end in ends if _key(end) not in _key(title)]
        if missing:
            site_keys.update(_key(end) for end in missing)
        else:
            shorter = min(ends, key=len)
            if word_count(shorter) <= 5 and len(shorter) < len(max(ends, key=len)):
                site_keys.add(_key(shorter))
    site_keys.discard("")
    if _site_match(parts[-1], site_keys):
        return _TITLE_SEPARATORS.split(title)[0] if len(parts) == 2 else _rejoin(title, -1)
    if _site_match(parts[0], site_keys):
        return _rejoin(title, 0)
    return title


def _rejoin(title: str, drop: int) -> str:
    """The title without its first (drop=0) or last (drop=-1) separated part."""
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if drop == 0:
        return title[separators[0].end() :].strip()
    return title[: separators[-1].start()].strip()


def _site_match(part: str, site_keys: set[str]) -> bool:
    key = _key(part)
    return bool(key) and any(key == s or key == f"the {s}" or s == f"the {key}" for s in site_keys)


def _title_from_tag(
    title_tag: str, site_name: str | None, blocks: Sequence[Block], headings: Sequence[str]
) -> str:
    """The headline in a <title>: the version the page also shows, else the <title>
    without the end that names the site."""
    separators = list(_TITLE_SEPARATORS.finditer(title_tag))
    if not separators:
        return title_tag
    first, last = separators[0], separators[-1]
    candidates = [title_tag[: last.start()], title_tag[first.end() :]]
    if len(separators) >= 2:
        candidates.append(title_tag[first.end() : last.start()])
        # "Site - Section - Headline": the headline alone is an end part too
        candidates += [title_tag[last.end() :], title_tag[: first.start()]]
    shown = {_key(b.text) for b in blocks} | {_key(h) for h in headings}
    for candidate in candidates:
        if _key(candidate) in shown:
            return candidate.strip()
    for heading in headings:
        if any(_overlap(heading, c) >= 0.6 for c in candidates):
            return heading
    return _strip_site(title_tag, site_name, title_tag)


def _source_from_title(page: _Page, title: str, copyright_name: str | None) -> str | None:
    """The part of the <title> that is not the headline: usually the publication's name."""
    if not page.title_tag:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(page.title_tag) if p.strip()]
    if len(parts) < 2:
        return None
    rest = [
        p for p in (parts[0], parts[-1]) if _key(p) != _key(title) and _key(p) not in _key(title)
    ]
    if not rest:
        return None
    name = rest[-1] if _key(parts[0]) == _key(title) else rest[0]
    if word_count(name) > 8:
        return None
    if copyright_name and _key(name) in _key(copyright_name):
        return copyright_name  # "Harbor Tribune" in the title, "The Harbor Tribune" in the footer
    return name


def _author(page: _Page, extracted: TrafilaturaDocument, byline: str | None) -> str | None:
    stated = [clean_author(v) for v in page.all("author", "article:author", "byl", "dc.creator")]
    names = [n for n in stated if n]
    if names:
        return author_from(names)
    ld_author = author_from(page.ld_article.get("author"))
    if ld_author:
        return ld_author
    if page.bylines:
        return author_from(page.bylines[:3])
    if byline:
        return byline
    # "Publicado por Name el 26 de enero…": a blog's byline inside its date markup
    shown = next((n for n in map(byline_author, page.date_texts) if n), None)
    if shown:
        return shown
    guessed = author_from((extracted.author or "").split("; "))
    return guessed if guessed and looks_like_names(guessed) else None


_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "original-publish-date",
    "citation_publication_date",
    "citation_date",
)


def _published(
    page: _Page,
    extracted: TrafilaturaDocument,
    from_text: datetime | None,
    default_tz: tzinfo,
) -> datetime | None:
    stated = [
        *(page.first(name) for name in _PUBLISHED_META),
        page.ld_article.get("datePublished"),
        page.ld_article.get("dateCreated"),
        *page.time_values,
    ]
    shown = from_text or next(
        (d for d in (find_date(t, default_tz) for t in page.date_texts) if d is not None), None
    )
    for value in stated:
        when = date_from(value, default_tz) if value else None
        if when is None:
            continue
        is_date_only = isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value)
        if is_date_only and shown is not None and shown.date() == when.date():
            return shown  # the same day, with the time the page shows
        return when
    if shown is not None:
        return shown
    return date_from(extracted.date, default_tz) if extracted.date else None


def _first_sentence(paragraph: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    return sentence if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…"


def _key(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", text.casefold())) if text else ""


def _overlap(a: str, b: str) -> float:
    """Share of the shorter text's words that the other one has too."""
    words_a, words_b = set(_key(a).split()), set(_key(b).split())
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))


# --------------------------------------------------------------------------------------
# Blocks from trafilatura's output tree


class _BlockWriter:
    """Collects inline text into blocks; a new block starts at each block element or <lb>."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[tuple[str, bool, bool]] = []  # text, is link text, is emphasised
        self.kind = "p"
        self.after_image = False

    def add(self, text: str | None, *, is_link: bool, is_emphasis: bool) -> None:
        if text:
            self.parts.append((text, is_link, is_emphasis))

    def flush(self) -> None:
        text = " ".join("".join(t for t, _, _ in self.parts).split())
        if text:
            visible = sum(len(t.strip()) for t, _, _ in self.parts) or 1
            linked = sum(len(t.strip()) for t, is_link, _ in self.parts if is_link)
            emphasised = all(emph for t, _, emph in self.parts if t.strip())
            self.blocks.append(
                Block(
                    text=text,
                    link_ratio=min(1.0, linked / visible),
                    is_heading=self.kind == "head",
                    is_emphasis=emphasised,
                    is_list_item=self.kind == "item",
                    follows_image=self.after_image,
                )
            )
            self.after_image = False
        self.parts = []

    def walk(self, element: etree._Element, *, is_link: bool, is_emphasis: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "graphic":
            self.flush()
            self.after_image = True
        elif tag == "lb":
            self.flush()
        elif tag in _BLOCK_TAGS or tag in ("body", "div", "section", "article", "main"):
            self.flush()
            outer_kind = self.kind
            if tag in ("head", "item"):
                self.kind = tag
            self.add(element.text, is_link=is_link, is_emphasis=is_emphasis)
            for child in element:
                self.walk(child, is_link=is_link, is_emphasis=is_emphasis)
            self.flush()
            self.kind = outer_kind
        elif tag:
            inner_link = is_link or tag in ("ref", "a")
            inner_emphasis = is_emphasis or tag in _INLINE_EMPHASIS
            self.add(element.text, is_link=inner_link, is_emphasis=inner_emphasis)
            for child in element:
                self.walk(child, is_link=inner_link, is_emphasis=inner_emphasis)
        self.add(element.tail, is_link=is_link, is_emphasis=is_emphasis)


def _blocks(body: etree._Element) -> Iterator[Block]:
    writer = _BlockWriter()
    writer.walk(body, is_link=False, is_emphasis=False)
    writer.flush()
    yield from writer.blocks
