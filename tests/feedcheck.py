"""Validation helpers for feed documents in tests.

Plain functions, no pytest fixtures, so any test module can import them
(``from feedcheck import validate_atom``; pytest puts ``tests/`` on
``sys.path``):

* :func:`validate_atom` checks an Atom 1.0 document against the RELAX NG
  schema of RFC 4287 Appendix B (``schemas/atom.rng``), including the
  Schematron assertions embedded in that schema, and against feedparser.
* :func:`validate_rss` checks the RSS 2.0 rules feedd relies on.
* :func:`atom_entries` flattens the entries of an Atom document into dicts.

Every failure is an ``AssertionError`` whose message says what was wrong.

Run ``python tests/feedcheck.py regen-rng`` to regenerate ``atom.rng`` from
``atom.rnc`` (see ``schemas/README.md``).
"""

from __future__ import annotations

import functools
import io
import re
import sys
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.entities import name2codepoint
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import html5lib
from lxml import etree

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
ATOM_RNC = SCHEMA_DIR / "atom.rnc"
ATOM_RNG = SCHEMA_DIR / "atom.rng"

ATOM_NS = "http://www.w3.org/2005/Atom"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SCHEMATRON_NS = "http://www.ascc.net/xml/schematron"

_A = f"{{{ATOM_NS}}}"
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# --------------------------------------------------------------------------
# schema handling


@dataclass(frozen=True)
class SchematronAssertion:
    """One ``s:assert`` of the RFC 4287 schema, with its ``s:rule`` context."""

    context: str
    test: str
    message: str
    namespaces: tuple[tuple[str, str], ...]


def rnc_to_rng(rnc_text: str) -> str:
    """Convert the compact schema to XML syntax exactly as ``atom.rng`` is made.

    rnc2rng does the conversion; two things are fixed up afterwards:

    * ``namespace local = ""`` comes out as ``xmlns:local=""``, which
      Namespaces in XML 1.0 forbids (lxml refuses to parse it). The prefix is
      not used in the output (``local:*`` becomes ``<nsName ns=""/>``), so the
      declaration is dropped.
    * rnc2rng drops ``#`` comments; the leading comment block of the ``.rnc``
      (the RFC's copyright note) is carried over as an XML comment.
    """
    from rnc2rng import parser, serializer

    xml: str = serializer.XMLSerializer().toxml(parser.parse(rnc_text))
    xml = re.sub(r'\n[ \t]*xmlns:local=""', "", xml)

    header: list[str] = []
    for line in rnc_text.splitlines():
        if not line.startswith("#"):
            break
        if re.fullmatch(r"#\s*-+\s*", line):
            continue
        header.append(line[1:].removeprefix(" ").rstrip())
    while header and not header[-1]:
        header.pop()
    comment = "\n".join(header)
    if "--" in comment:
        raise ValueError("the .rnc header comment cannot contain '--'")

    decl, sep, rest = xml.partition("\n")
    if not decl.startswith("<?xml"):
        raise ValueError("unexpected rnc2rng output")
    generated = "Generated from atom.rnc with rnc2rng; see README.md. Do not edit."
    return f"{decl}{sep}<!--\n{comment}\n\n{generated}\n-->\n{rest}\n"


@functools.cache
def _atom_rng_tree() -> etree._ElementTree:
    return etree.parse(str(ATOM_RNG), _xml_parser())


@functools.cache
def atom_schema() -> etree.RelaxNG:
    """The compiled RFC 4287 RELAX NG schema (cached)."""
    return etree.RelaxNG(_atom_rng_tree())


@functools.cache
def schematron_assertions() -> tuple[SchematronAssertion, ...]:
    """The Schematron assertions embedded in ``atom.rng``.

    lxml's RELAX NG validator ignores these foreign annotations, so they are
    evaluated here with XPath. The RFC's contexts are plain element names
    (``atom:feed``, ``atom:entry``).
    """
    found: list[SchematronAssertion] = []
    for rule in _atom_rng_tree().iter(f"{{{SCHEMATRON_NS}}}rule"):
        context = rule.get("context")
        if not context:
            raise ValueError("s:rule without a context in atom.rng")
        namespaces = tuple(
            sorted((p, uri) for p, uri in rule.nsmap.items() if p is not None and p != "xml")
        )
        for assertion in rule.iter(f"{{{SCHEMATRON_NS}}}assert"):
            test = assertion.get("test")
            if not test:
                raise ValueError("s:assert without a test in atom.rng")
            message = " ".join((assertion.text or "").split())
            found.append(SchematronAssertion(context, test, message, namespaces))
    return tuple(found)


# --------------------------------------------------------------------------
# shared helpers


def _xml_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)


def _parse_xml(data: bytes, what: str) -> etree._Element:
    if not isinstance(data, bytes):
        raise TypeError(f"expected bytes, got {type(data).__name__}")
    try:
        return etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as exc:
        raise AssertionError(f"{what} document is not well-formed XML: {exc}") from exc


def _feedparser_problem(data: bytes) -> str | None:
    # A file object, so feedparser never takes the bytes for a URL or a path.
    parsed = feedparser.parse(io.BytesIO(data))
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        return f"feedparser reports bozo: {type(exc).__name__}: {exc}"
    return None


def _fail(what: str, problems: list[str]) -> None:
    if problems:
        raise AssertionError(f"{what} is invalid:\n" + "\n".join(f"- {p}" for p in problems))


def _describe(element: etree._Element) -> str:
    return f"<{etree.QName(element).localname}> at line {element.sourceline}"


# --------------------------------------------------------------------------
# Atom


def validate_atom(data: bytes) -> None:
    """Assert that ``data`` is a valid Atom 1.0 document.

    Checks, in order: well-formedness; the RFC 4287 RELAX NG schema (the
    message carries lxml's error log); the schema's Schematron assertions
    (e.g. an entry needs an author when its feed has none); feedparser
    reading it without ``bozo``.
    """
    root = _parse_xml(data, "Atom")
    problems: list[str] = []

    schema = atom_schema()
    if not schema.validate(root):
        log = "\n".join(f"  {err}" for err in schema.error_log)
        problems.append(f"RELAX NG validation against atom.rng failed:\n{log}")

    tree = root.getroottree()
    for assertion in schematron_assertions():
        namespaces = dict(assertion.namespaces)
        for node in tree.xpath(f"//{assertion.context}", namespaces=namespaces):
            if not node.xpath(f"boolean({assertion.test})", namespaces=namespaces):
                problems.append(
                    f"schematron ({assertion.context}) {_describe(node)}: {assertion.message}"
                )

    bozo = _feedparser_problem(data)
    if bozo:
        problems.append(bozo)
    _fail("Atom document", problems)


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    return "".join(element.itertext())


def _atom_date(element: etree._Element | None) -> datetime | None:
    value = _text(element)
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise AssertionError(f"not an RFC 3339 date: {value!r}") from exc
    if parsed.tzinfo is None:
        raise AssertionError(f"RFC 3339 date without a zone: {value!r}")
    return parsed


def _atom_text_construct(element: etree._Element | None) -> str | None:
    """Text of a text construct; for type="xhtml", the text of its div."""
    if element is None:
        return None
    if element.get("type") == "xhtml":
        div = element.find(f"{{{XHTML_NS}}}div")
        return _text(div) if div is not None else ""
    return _text(element)


def _atom_content(element: etree._Element | None) -> dict[str, Any] | None:
    if element is None:
        return None
    ctype = element.get("type") or ("text" if element.get("src") is None else None)
    value: str
    if ctype == "xhtml":
        div = element.find(f"{{{XHTML_NS}}}div")
        value = "" if div is None else _inner_xml(div, xhtml=True)
    elif len(element):
        value = _inner_xml(element)
    else:
        value = element.text or ""
    return {"type": ctype, "src": element.get("src"), "value": value}


def _inner_xml(element: etree._Element, *, xhtml: bool = False) -> str:
    """The children of ``element`` as markup.

    With ``xhtml``, elements in the XHTML namespace are written without it
    (``<p>``, not ``<p xmlns="http://www.w3.org/1999/xhtml">``).
    """
    copy = deepcopy(element)
    if xhtml:
        for node in copy.iter(f"{{{XHTML_NS}}}*"):
            node.tag = etree.QName(node).localname
    etree.cleanup_namespaces(copy)
    parts = [copy.text or ""]
    for child in copy:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    return "".join(parts)


def _person(element: etree._Element) -> dict[str, str | None]:
    return {
        "name": _text(element.find(f"{_A}name")),
        "uri": _text(element.find(f"{_A}uri")),
        "email": _text(element.find(f"{_A}email")),
    }


def atom_entries(data: bytes) -> list[dict[str, Any]]:
    """The entries of an Atom feed (or a lone entry document), in order.

    Each dict has:

    * ``id``, ``title``, ``summary``: ``str | None`` (xhtml titles and
      summaries as the text of their div);
    * ``updated``, ``published``: timezone-aware ``datetime | None``;
    * ``links``: list of ``{"rel", "href", "type", "title", "hreflang",
      "length"}`` with ``rel`` defaulting to ``"alternate"`` (RFC 4287 4.2.7.2);
    * ``categories``: list of ``{"term", "scheme", "label"}``;
    * ``content``: ``{"type", "src", "value"} | None`` where ``value`` is the
      text for text/html content and the serialized children otherwise (for
      xhtml, the inside of the div);
    * ``authors``: list of ``{"name", "uri", "email"}`` of the entry itself.

    This does not validate; call :func:`validate_atom` for that.
    """
    root = _parse_xml(data, "Atom")
    if root.tag == f"{_A}entry":
        entries = [root]
    elif root.tag == f"{_A}feed":
        entries = root.findall(f"{_A}entry")
    else:
        raise AssertionError(f"not an Atom document: root element is {root.tag!r}")

    result: list[dict[str, Any]] = []
    for entry in entries:
        result.append(
            {
                "id": _text(entry.find(f"{_A}id")),
                "title": _atom_text_construct(entry.find(f"{_A}title")),
                "summary": _atom_text_construct(entry.find(f"{_A}summary")),
                "updated": _atom_date(entry.find(f"{_A}updated")),
                "published": _atom_date(entry.find(f"{_A}published")),
                "links": [
                    {
                        "rel": link.get("rel") or "alternate",
                        "href": link.get("href"),
                        "type": link.get("type"),
                        "title": link.get("title"),
                        "hreflang": link.get("hreflang"),
                        "length": link.get("length"),
                    }
                    for link in entry.findall(f"{_A}link")
                ],
                "categories": [
                    {
                        "term": category.get("term"),
                        "scheme": category.get("scheme"),
                        "label": category.get("label"),
                    }
                    for category in entry.findall(f"{_A}category")
                ],
                "content": _atom_content(entry.find(f"{_A}content")),
                "authors": [_person(a) for a in entry.findall(f"{_A}author")],
            }
        )
    return result


# --------------------------------------------------------------------------
# RSS


def _is_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def _rfc822_problem(value: str) -> str | None:
    """Why ``value`` is not an RFC 822 date-time with a zone, or None."""
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError) as exc:
        return f"not an RFC 822 date: {value!r} ({exc})"
    if parsed.tzinfo is None:
        return f"RFC 822 date without a usable zone: {value!r}"
    day = re.match(r"\s*([A-Za-z]{3})\s*,", value)
    if day and day.group(1).title() != _WEEKDAYS[parsed.weekday()]:
        return f"day name {day.group(1)!r} does not match the date in {value!r}"
    return None


def _nonblank(parent: etree._Element, tag: str) -> bool:
    child = parent.find(tag)
    return child is not None and bool((_text(child) or "").strip())


def validate_rss(data: bytes) -> None:
    """Assert that ``data`` is an RSS 2.0 document as feedd must write it.

    Checks: well-formed XML; root ``<rss version="2.0">``; exactly one
    ``<channel>`` with ``title``, ``link`` (non-empty) and ``description``;
    every item has a non-empty ``title`` or ``description``; every item has a
    ``guid``, and a guid that is not an http(s) URL carries
    ``isPermaLink="false"``; every ``pubDate`` / ``lastBuildDate`` is an RFC 822
    date with a zone (``email.utils.parsedate_to_datetime`` gives an aware
    datetime; a given day name must match the date); feedparser reads it
    without ``bozo``.
    """
    root = _parse_xml(data, "RSS")
    problems: list[str] = []

    if root.tag != "rss":
        raise AssertionError(f"RSS document root is {root.tag!r}, expected 'rss'")
    if root.get("version") != "2.0":
        problems.append(f"<rss> version is {root.get('version')!r}, expected '2.0'")

    channels = root.findall("channel")
    if len(channels) != 1:
        problems.append(f"expected exactly one <channel>, found {len(channels)}")
    for channel in channels:
        for tag in ("title", "link"):
            if not _nonblank(channel, tag):
                problems.append(f"<channel> lacks a non-empty <{tag}>")
        if channel.find("description") is None:
            problems.append("<channel> lacks <description>")

        dated = channel.findall("pubDate") + channel.findall("lastBuildDate")
        for item_no, item in enumerate(channel.findall("item"), start=1):
            where = f"item {item_no} (line {item.sourceline})"
            if not (_nonblank(item, "title") or _nonblank(item, "description")):
                problems.append(f"{where} has neither a title nor a description")

            guids = item.findall("guid")
            if not guids:
                problems.append(f"{where} has no <guid>")
            for guid in guids:
                value = (_text(guid) or "").strip()
                permalink = guid.get("isPermaLink")
                if not value:
                    problems.append(f"{where} has an empty <guid>")
                elif permalink not in (None, "true", "false"):
                    problems.append(f"{where}: isPermaLink={permalink!r} is not true/false")
                elif permalink != "false" and not _is_url(value):
                    problems.append(
                        f'{where}: <guid> {value!r} is not a URL but lacks isPermaLink="false"'
                    )
            dated += item.findall("pubDate")

        for element in dated:
            problem = _rfc822_problem(_text(element) or "")
            if problem:
                problems.append(f"{_describe(element)}: {problem}")

    bozo = _feedparser_problem(data)
    if bozo:
        problems.append(bozo)
    _fail("RSS document", problems)


# --------------------------------------------------------------------------
# the W3C feed validator's warnings


DC_NS = "http://purl.org/dc/elements/1.1/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+( \(.+\))?")


def w3c_validator_problems(data: bytes, location: str, *, now: datetime | None = None) -> list[str]:
    """The W3C Feed Validation Service's errors and warnings that feedd's Atom and RSS
    could earn, for a document served at ``location`` (no offline copy of the validator
    installs from the package index, so its rules are restated here from its source,
    ``src/feedvalidator/`` of w3c/feedvalidator: ``link.py``, ``item.py``,
    ``channel.py``, ``image.py``, ``content.py``, ``validators.py``):

    * ``MissingSelf`` / ``SelfDoesntMatchLocation``: a ``rel="self"`` link naming
      ``location``, in Atom and (as ``atom:link``) in RSS; ``SelfNotAtom``: a self link's
      ``type`` is a feed type (Atom, RSS or RDF);
    * the RSS channel's ``<link>`` is a web page, not the feed itself;
    * ``MissingSourceElement`` and ``MissingSelf`` in an Atom ``<source>``: it needs
      ``id``, ``title``, ``updated`` and a self link;
    * ``MissingElement`` author: an Atom entry without an author in a feed without one;
    * ``DuplicateUpdated``: two entries of a feed with the same ``<updated>`` text (the
      validator keeps every entry's value and warns on a repeat); ``DuplicateEntries``:
      two with the same ``<id>``; RSS ``DuplicateValue``: two items with the same guid;
    * ``ImplausibleDate``: a date before 1990 or more than 10 minutes after ``now``
      (Atom ``updated``/``published``, RSS ``pubDate``/``lastBuildDate``);
    * ``UnregisteredAtomLinkRel``: a link relation neither registered nor a URI;
      ``FeedHistoryRelInEntry``: an RFC 5005 relation on an entry;
      ``MissingCurrentInArchive``: an ``fh:archive`` page without ``rel="current"``;
    * HTML (Atom ``type="html"`` text, RSS ``description`` and ``content:encoded``) must
      parse as HTML5 without an error (``NotHtml``) and hold no script, frame, object,
      style, … element nor ``on…`` attribute (``SecurityRisk``); RSS HTML has no relative
      ``<a href>``/``<img src>`` (``ContainsRelRef``); an Atom ``type="text"`` title or
      summary holds no HTML end tag or character reference (``ContainsUndeclaredHTML``);
    * RSS ``<author>`` must be an e-mail address; ``<source>`` needs an http(s) ``url``;
      ``DuplicateItemSemantics``: ``author`` with ``dc:creator``, ``source`` with
      ``dc:source``; ``NeedDescriptionBeforeContent``: ``content:encoded`` after a
      ``description``; ``MisplacedItem``: channel elements after the first item;
      ``ImageLinkDoesntMatch``/``ImageTitleDoesntMatch``: the channel's ``<image>`` has
      the channel's link and title.
    """
    root = _parse_xml(data, "feed")
    moment = now or datetime.now(UTC)
    if root.tag == f"{_A}feed":
        return _w3c_atom_problems(root, location, moment)
    if root.tag == "rss":
        return _w3c_rss_problems(root, location, moment)
    return [f"not a feed: <{root.tag}>"]


# link.py's validRelations: IANA-registered relations (anything else must be a URI).
_REGISTERED_RELS = frozenset(
    "alternate current describedby edit edit-media enclosure first hub last license next"
    " next-archive payment prev-archive previous related replies search self service up"
    " via".split()
)
_FEED_HISTORY_RELS = frozenset("current first last next next-archive prev-archive previous".split())
_SELF_TYPES = frozenset({"application/atom+xml", "application/rss+xml", "application/rdf+xml"})
# validators.py HTMLValidator: the HTML elements it knows but does not accept in a feed.
_UNSAFE_HTML = frozenset(
    "applet base basefont body comment embed frame frameset head html iframe isindex link"
    " listing meta noframes object param plaintext script style title xmp".split()
)
_HTML_END_TAG = re.compile(r"</(\w+)>")
_CHAR_REF = re.compile(r"&(#?\w+)")
_REL_REFS = re.compile(
    r"""<a\s+href=(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]|<img\s+[^>]*src=(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]""",
    re.IGNORECASE,
)


def _w3c_atom_problems(root: etree._Element, location: str, now: datetime) -> list[str]:
    problems: list[str] = []
    selfs = [link.get("href") for link in root.findall(f"{_A}link[@rel='self']")]
    if selfs != [location]:
        problems.append(f"feed self link(s) {selfs} do not name {location}")
    for link in root.iter(f"{_A}link"):
        problems += _atom_link_problems(link)
    is_archive = root.find("{http://purl.org/syndication/history/1.0}archive") is not None
    if is_archive and root.find(f"{_A}link[@rel='current']") is None:
        problems.append("an fh:archive page without a rel='current' link")
    has_feed_author = root.find(f"{_A}author") is not None
    seen_updated: dict[str, str] = {}
    seen_ids: set[str] = set()
    for entry in root.findall(f"{_A}entry"):
        where = _describe(entry)
        if not has_feed_author and entry.find(f"{_A}author") is None:
            problems.append(f"{where} has no author")
        updated = _text(entry.find(f"{_A}updated"))
        if updated is not None:
            if updated in seen_updated:
                problems.append(f"{where}: <updated> {updated} repeats {seen_updated[updated]}")
            seen_updated.setdefault(updated, where)
        entry_id = _text(entry.find(f"{_A}id"))
        if entry_id is not None:
            if entry_id in seen_ids:
                problems.append(f"{where}: a second entry with id {entry_id}")
            seen_ids.add(entry_id)
        for source in entry.findall(f"{_A}source"):
            for tag in ("id", "title", "updated"):
                if source.find(f"{_A}{tag}") is None:
                    problems.append(f"{_describe(source)} lacks <{tag}>")
            if source.find(f"{_A}link[@rel='self']") is None:
                problems.append(f"{_describe(source)} lacks a self link")
    for tag in ("updated", "published"):
        for element in root.iter(f"{_A}{tag}"):
            problem = _implausible(_atom_date(element), now)
            if problem:
                problems.append(f"{_describe(element)}: {problem}")
    for tag in ("title", "subtitle", "summary", "content", "rights"):
        for element in root.iter(f"{_A}{tag}"):
            kind = element.get("type", "text")
            if kind == "html":
                problems += _html_problems(_text(element) or "", _describe(element))
            elif kind == "text":
                problems += _undeclared_html(_text(element) or "", _describe(element))
    return problems


def _atom_link_problems(link: etree._Element) -> list[str]:
    rel = link.get("rel", "alternate")
    where = _describe(link)
    problems = []
    if rel not in _REGISTERED_RELS and not re.match(r"[a-zA-Z][\w+.-]*:", rel):
        problems.append(f"{where}: unregistered link relation {rel!r}")
    parent = link.getparent()
    if rel in _FEED_HISTORY_RELS and parent is not None and parent.tag == f"{_A}entry":
        problems.append(f"{where}: the feed history relation {rel!r} on an entry")
    kind = link.get("type")
    if rel == "self" and kind is not None and kind.split(";")[0] not in _SELF_TYPES:
        problems.append(f"{where}: a self link of type {kind!r}, not a feed type")
    return problems


def _implausible(moment: datetime | None, now: datetime) -> str | None:
    if moment is None:
        return None
    if moment < datetime(1990, 1, 1, tzinfo=UTC) or moment > now + timedelta(minutes=10):
        return f"implausible date {moment.isoformat()}"
    return None


def _html_problems(markup: str, where: str) -> list[str]:
    try:
        fragment = html5lib.HTMLParser(strict=True).parseFragment(markup)
    except html5lib.html5parser.ParseError as exc:
        return [f"{where}: not HTML ({exc})"]
    problems = []
    for element in fragment.iter():
        if not isinstance(element.tag, str) or element.tag == "DOCUMENT_FRAGMENT":
            continue
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if tag in _UNSAFE_HTML:
            problems.append(f"{where}: a <{tag}> element in HTML")
        for name in element.attrib:
            if str(name).lower().startswith("on"):
                problems.append(f"{where}: an {name} attribute in HTML")
    return problems


def _undeclared_html(value: str, where: str) -> list[str]:
    if _HTML_END_TAG.search(value):
        return [f"{where}: an HTML end tag in text"]
    for ref in _CHAR_REF.findall(value):
        if ref in name2codepoint or ref == "apos" or not ref.isalpha():
            return [f"{where}: the character reference &{ref} in text"]
    return []


def _relative_refs(markup: str, where: str) -> list[str]:
    refs = ["".join(groups).strip() for groups in _REL_REFS.findall(markup)]
    return [f"{where}: relative URL {ref!r} in HTML" for ref in refs if not re.match(r"\w+:", ref)]


def _w3c_rss_problems(root: etree._Element, location: str, now: datetime) -> list[str]:
    problems: list[str] = []
    channel = root.find("channel")
    assert channel is not None, "RSS without a channel"
    selfs = [link.get("href") for link in channel.findall(f"{{{ATOM_NS}}}link[@rel='self']")]
    if selfs != [location]:
        problems.append(f"channel self link(s) {selfs} do not name {location}")
    for link in channel.iter(f"{{{ATOM_NS}}}link"):
        problems += _atom_link_problems(link)
    channel_link = (_text(channel.find("link")) or "").strip()
    if channel_link == location:
        problems.append("the channel's <link> is the feed itself, not its web page")
    image = channel.find("image")
    if image is not None:
        if (_text(image.find("link")) or "").strip() != channel_link:
            problems.append("the channel's <image> <link> is not the channel's <link>")
        if _text(image.find("title")) != _text(channel.find("title")):
            problems.append("the channel's <image> <title> is not the channel's <title>")
    seen_item = False
    for child in channel:
        if child.tag == "item":
            seen_item = True
        elif seen_item and isinstance(child.tag, str):
            problems.append(f"{_describe(child)}: channel metadata after the first item")
    for element in [*channel.findall("pubDate"), *channel.findall("lastBuildDate")]:
        problems += _rss_date_problems(element, now)
    guids: set[str] = set()
    for item in channel.iter("item"):
        where = _describe(item)
        for author in item.findall("author"):
            if not _EMAIL.fullmatch((_text(author) or "").strip()):
                problems.append(f"{where}: <author> is not an e-mail address")
        if item.find("author") is not None and item.find(f"{{{DC_NS}}}creator") is not None:
            problems.append(f"{where}: both <author> and dc:creator")
        if item.find("source") is not None and item.find(f"{{{DC_NS}}}source") is not None:
            problems.append(f"{where}: both <source> and dc:source")
        for source in item.findall("source"):
            if not _is_url(source.get("url") or ""):
                problems.append(f"{where}: <source> without an http(s) url")
        for guid in item.findall("guid"):
            value = _text(guid) or ""
            if value in guids:
                problems.append(f"{where}: a second item with guid {value}")
            guids.add(value)
        tags = [child.tag for child in item]
        encoded = f"{{{CONTENT_NS}}}encoded"
        if encoded in tags and (
            "description" not in tags or tags.index("description") > tags.index(encoded)
        ):
            problems.append(f"{where}: content:encoded without a description before it")
        for element in [*item.findall("description"), *item.findall(encoded)]:
            markup = _text(element) or ""
            problems += _html_problems(markup, _describe(element))
            problems += _relative_refs(markup, _describe(element))
        for element in item.findall("pubDate"):
            problems += _rss_date_problems(element, now)
    return problems


def _rss_date_problems(element: etree._Element, now: datetime) -> list[str]:
    try:
        moment = parsedate_to_datetime(_text(element) or "")
    except (TypeError, ValueError):
        return []  # validate_rss reports a date that does not parse
    problem = _implausible(moment, now) if moment.tzinfo else None
    return [f"{_describe(element)}: {problem}"] if problem else []


def _regenerate_rng() -> None:
    ATOM_RNG.write_text(rnc_to_rng(ATOM_RNC.read_text(encoding="utf-8")), encoding="utf-8")
    etree.RelaxNG(etree.parse(str(ATOM_RNG), _xml_parser()))  # must still load
    print(f"wrote {ATOM_RNG.name}")


if __name__ == "__main__":
    if sys.argv[1:] != ["regen-rng"]:
        sys.exit("usage: python tests/feedcheck.py regen-rng")
    _regenerate_rng()
