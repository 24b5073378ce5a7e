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
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
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
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+( \(.+\))?")


def w3c_validator_problems(data: bytes, location: str) -> list[str]:
    """The W3C Feed Validation Service's errors and warnings that feedd's Atom and RSS
    could earn, for a document served at ``location`` (no offline copy of the validator
    installs from the package index, so its rules are restated here from its source):

    * ``MissingSelf`` / ``SelfDoesntMatchLocation``: a ``rel="self"`` link naming
      ``location``, in Atom and (as ``atom:link``) in RSS;
    * the RSS channel's ``<link>`` is a web page, not the feed itself;
    * ``MissingSourceElement`` and ``MissingSelf`` in an Atom ``<source>``: it needs
      ``id``, ``title``, ``updated`` and a self link;
    * ``MissingElement`` author: an Atom entry without an author in a feed without one;
    * RSS ``<author>`` must be an e-mail address; ``<source>`` needs an http(s) ``url``;
      ``DuplicateItemSemantics``: ``author`` with ``dc:creator``, ``source`` with
      ``dc:source``.
    """
    root = _parse_xml(data, "feed")
    problems: list[str] = []
    if root.tag == f"{_A}feed":
        selfs = [link.get("href") for link in root.findall(f"{_A}link[@rel='self']")]
        if selfs != [location]:
            problems.append(f"feed self link(s) {selfs} do not name {location}")
        has_feed_author = root.find(f"{_A}author") is not None
        for entry in root.iter(f"{_A}entry"):
            if not has_feed_author and entry.find(f"{_A}author") is None:
                problems.append(f"{_describe(entry)} has no author")
            for source in entry.findall(f"{_A}source"):
                for tag in ("id", "title", "updated"):
                    if source.find(f"{_A}{tag}") is None:
                        problems.append(f"{_describe(source)} lacks <{tag}>")
                if source.find(f"{_A}link[@rel='self']") is None:
                    problems.append(f"{_describe(source)} lacks a self link")
    elif root.tag == "rss":
        channel = root.find("channel")
        assert channel is not None, "RSS without a channel"
        selfs = [link.get("href") for link in channel.findall(f"{{{ATOM_NS}}}link[@rel='self']")]
        if selfs != [location]:
            problems.append(f"channel self link(s) {selfs} do not name {location}")
        if (_text(channel.find("link")) or "").strip() == location:
            problems.append("the channel's <link> is the feed itself, not its web page")
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
    else:
        problems.append(f"not a feed: <{root.tag}>")
    return problems


def _regenerate_rng() -> None:
    ATOM_RNG.write_text(rnc_to_rng(ATOM_RNC.read_text(encoding="utf-8")), encoding="utf-8")
    etree.RelaxNG(etree.parse(str(ATOM_RNG), _xml_parser()))  # must still load
    print(f"wrote {ATOM_RNG.name}")


if __name__ == "__main__":
    if sys.argv[1:] != ["regen-rng"]:
        sys.exit("usage: python tests/feedcheck.py regen-rng")
    _regenerate_rng()
