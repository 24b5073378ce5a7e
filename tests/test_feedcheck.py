"""The feed validation helpers accept valid feeds and reject broken ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from feedcheck import (
    ATOM_RNC,
    ATOM_RNG,
    atom_entries,
    atom_schema,
    rnc_to_rng,
    schematron_assertions,
    validate_atom,
    validate_rss,
    w3c_validator_problems,
)
from lxml import etree

# --------------------------------------------------------------------------
# documents

FEED_AUTHOR = "<author><name>feedd</name><email>feeds@example.org</email></author>"

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:x="urn:example:ext"
      xmlns:h="http://www.w3.org/1999/xhtml" xml:lang="en">
  <id>urn:feedd:topic:rust</id>
  <title>Rust documents</title>
  <subtitle type="html">Scraped &lt;em&gt;Rust&lt;/em&gt; pages</subtitle>
  <updated>2024-03-05T10:00:00Z</updated>
  @FEED_AUTHOR@
  <link rel="self" type="application/atom+xml" href="https://feeds.example.org/rust.atom"/>
  <generator uri="https://example.org/feedd" version="0.1.0">feedd</generator>
  <x:topic>rust</x:topic>
  <entry>
    <id>urn:feedd:doc:1</id>
    <title type="xhtml"><h:div>Ownership <h:b>explained</h:b></h:div></title>
    <updated>@UPDATED@</updated>
    <published>2024-03-04T08:30:00+01:00</published>
    <link href="https://example.org/docs/ownership"/>
    <link rel="enclosure" type="text/html" length="1024" href="https://example.org/raw/1"/>
    <category term="rust" scheme="urn:feedd:topics" label="Rust"/>
    <category term="memory"/>
    <summary>How ownership works.</summary>
    <content type="html">&lt;p&gt;Ownership &amp;amp; borrowing.&lt;/p&gt;</content>
    @ENTRY_AUTHOR@
  </entry>
  <entry>
    <id>urn:feedd:doc:2</id>
    <title>Lifetimes</title>
    <updated>2024-03-03T12:00:00-05:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Lifetimes.</p></div></content>
    <x:score x:kind="bm25">3.5</x:score>
  </entry>
</feed>
"""


def atom(
    *,
    updated: str = "2024-03-05T09:59:59.5Z",
    feed_author: str = FEED_AUTHOR,
    entry_author: str = "",
    edit: tuple[str, str] | None = None,
) -> bytes:
    text = (
        ATOM_FEED.replace("@FEED_AUTHOR@", feed_author)
        .replace("@ENTRY_AUTHOR@", entry_author)
        .replace("@UPDATED@", updated)
    )
    if edit is not None:
        old, new = edit
        assert old in text, old
        text = text.replace(old, new)
    return text.encode("utf-8")


RSS_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Rust documents</title>
    <link>https://feeds.example.org/rust</link>
    <description>Scraped Rust pages</description>
    <atom:link rel="self" type="application/rss+xml" href="https://feeds.example.org/rust.rss"/>
    <lastBuildDate>Tue, 05 Mar 2024 10:00:00 +0000</lastBuildDate>
    <item>
      <title>Ownership explained</title>
      <link>https://example.org/docs/ownership</link>
      <guid isPermaLink="false">urn:feedd:doc:1</guid>
      <pubDate>@PUBDATE@</pubDate>
      <category>rust</category>
    </item>
    <item>
      <description>&lt;p&gt;Lifetimes.&lt;/p&gt;</description>
      <guid>https://example.org/docs/lifetimes</guid>
      <pubDate>Sun, 03 Mar 2024 12:00:00 EST</pubDate>
    </item>
  </channel>
</rss>
"""


def rss(
    *, pubdate: str = "Mon, 04 Mar 2024 08:30:00 +0100", edit: tuple[str, str] | None = None
) -> bytes:
    text = RSS_FEED.replace("@PUBDATE@", pubdate)
    if edit is not None:
        old, new = edit
        assert old in text, old
        text = text.replace(old, new)
    return text.encode("utf-8")


# --------------------------------------------------------------------------
# schema files


def test_committed_rng_matches_a_fresh_conversion_of_the_rnc() -> None:
    expected = rnc_to_rng(ATOM_RNC.read_text(encoding="utf-8"))
    assert ATOM_RNG.read_text(encoding="utf-8") == expected, (
        "atom.rng is stale: run `python tests/feedcheck.py regen-rng`"
    )


def test_rng_loads_in_lxml_and_keeps_the_rfc_schematron_rules() -> None:
    assert isinstance(atom_schema(), etree.RelaxNG)
    contexts = sorted(a.context for a in schematron_assertions())
    assert contexts == ["atom:entry", "atom:entry", "atom:feed"]
    assert "Copyright (C) The Internet Society (2005)" in ATOM_RNG.read_text(encoding="utf-8")


# --------------------------------------------------------------------------
# Atom


def test_valid_atom_feed_passes() -> None:
    validate_atom(atom())


def test_feed_without_author_passes_when_every_entry_has_one() -> None:
    person = "<author><name>A. Writer</name></author>"
    doc = atom(
        feed_author="",
        entry_author=person,
        edit=("<x:score", f"{person}<x:score"),
    )
    validate_atom(doc)


def test_lone_entry_document_passes() -> None:
    doc = b"""<entry xmlns="http://www.w3.org/2005/Atom">
      <id>tag:example.org,2024:1</id><title>One</title>
      <updated>2024-01-01T00:00:00Z</updated>
      <author><name>A</name></author><content>text</content>
    </entry>"""
    validate_atom(doc)


def test_feed_missing_id_fails() -> None:
    doc = atom(edit=("<id>urn:feedd:topic:rust</id>", ""))
    with pytest.raises(AssertionError, match="Expecting an element id"):
        validate_atom(doc)


def test_entry_missing_id_fails() -> None:
    doc = atom(edit=("<id>urn:feedd:doc:2</id>", ""))
    with pytest.raises(AssertionError, match="RELAX NG"):
        validate_atom(doc)


@pytest.mark.parametrize(
    "updated",
    [
        "yesterday",
        "",
        "2024-03-05",
        "2024-03-05 10:00:00Z",
        "2024-13-05T10:00:00Z",
        "2024-03-05T25:00:00Z",
        "Tue, 05 Mar 2024 10:00:00 +0000",
    ],
)
def test_bad_updated_date_fails(updated: str) -> None:
    with pytest.raises(AssertionError, match=r"RELAX NG[\s\S]*dateTime"):
        validate_atom(atom(updated=updated))


def test_entry_without_author_in_feed_without_author_fails() -> None:
    with pytest.raises(AssertionError, match="must have an atom:author") as info:
        validate_atom(atom(feed_author=""))
    # Both RFC rules fire: the feed-level one and the one for entry 2 (entry 1
    # has no author either).
    assert "schematron (atom:feed)" in str(info.value)
    assert "schematron (atom:entry)" in str(info.value)


def test_entry_without_alternate_link_or_content_fails() -> None:
    doc = atom(
        edit=(
            '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
            "<p>Lifetimes.</p></div></content>",
            "",
        )
    )
    with pytest.raises(AssertionError, match="alternate"):
        validate_atom(doc)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # element outside the RFC's vocabulary in the Atom namespace
        ("<x:topic>rust</x:topic>", "<topic>rust</topic>"),
        # two titles
        ("<title>Lifetimes</title>", "<title>Lifetimes</title><title>Again</title>"),
        # xhtml text construct without its div
        (
            "<h:div>Ownership <h:b>explained</h:b></h:div>",
            "Ownership <h:b>explained</h:b>",
        ),
        # link without href
        ('<link href="https://example.org/docs/ownership"/>', '<link rel="alternate"/>'),
        # category without term
        ('<category term="memory"/>', "<category/>"),
        # content with src must be empty
        (
            '<content type="html">&lt;p&gt;Ownership &amp;amp; borrowing.&lt;/p&gt;</content>',
            '<content type="text/html" src="https://example.org/raw/1">x</content>',
        ),
        # media type without a slash
        ('type="text/html" length', 'type="html" length'),
    ],
)
def test_schema_violations_fail(old: str, new: str) -> None:
    with pytest.raises(AssertionError, match="RELAX NG"):
        validate_atom(atom(edit=(old, new)))


def test_malformed_xml_fails() -> None:
    with pytest.raises(AssertionError, match="not well-formed"):
        validate_atom(atom(edit=("</feed>", "")))


def test_rss_document_is_not_atom() -> None:
    with pytest.raises(AssertionError, match="RELAX NG"):
        validate_atom(rss())


def test_atom_entries() -> None:
    first, second = atom_entries(atom())

    assert first["id"] == "urn:feedd:doc:1"
    assert first["title"] == "Ownership explained"
    assert first["summary"] == "How ownership works."
    assert first["updated"] == datetime(2024, 3, 5, 9, 59, 59, 500000, tzinfo=UTC)
    assert first["published"] == datetime(2024, 3, 4, 8, 30, tzinfo=timezone(timedelta(hours=1)))
    assert first["links"][0] == {
        "rel": "alternate",
        "href": "https://example.org/docs/ownership",
        "type": None,
        "title": None,
        "hreflang": None,
        "length": None,
    }
    assert [(link["rel"], link["length"]) for link in first["links"]] == [
        ("alternate", None),
        ("enclosure", "1024"),
    ]
    assert first["categories"] == [
        {"term": "rust", "scheme": "urn:feedd:topics", "label": "Rust"},
        {"term": "memory", "scheme": None, "label": None},
    ]
    assert first["content"] == {
        "type": "html",
        "src": None,
        "value": "<p>Ownership &amp; borrowing.</p>",
    }
    assert first["authors"] == []

    assert second["title"] == "Lifetimes"
    assert second["published"] is None
    assert second["updated"] == datetime(2024, 3, 3, 17, 0, tzinfo=UTC)
    assert second["links"] == []
    assert second["content"] is not None
    assert second["content"]["type"] == "xhtml"
    assert second["content"]["value"] == "<p>Lifetimes.</p>"


def test_atom_entries_rejects_non_atom() -> None:
    with pytest.raises(AssertionError, match="not an Atom document"):
        atom_entries(rss())


# --------------------------------------------------------------------------
# RSS


def test_valid_rss_passes() -> None:
    validate_rss(rss())


@pytest.mark.parametrize(
    "pubdate",
    [
        "Mon, 04 Mar 2024 08:30:00",  # no zone at all
        "Mon, 04 Mar 2024 08:30:00 -0000",  # RFC 2822 "unknown zone"
        "Mon, 04 Mar 2024 08:30:00 XYZ",  # unknown zone name
        "2024-03-04T08:30:00+01:00",  # ISO 8601 is not RFC 822
        "Tue, 04 Mar 2024 08:30:00 +0100",  # wrong day name
        "",
    ],
)
def test_rss_pubdate_without_usable_zone_fails(pubdate: str) -> None:
    with pytest.raises(AssertionError, match="pubDate"):
        validate_rss(rss(pubdate=pubdate))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('<rss version="2.0"', '<rss version="0.91"', "version"),
        ("<description>Scraped Rust pages</description>", "", "description"),
        ("<title>Rust documents</title>", "", "title"),
        ("<title>Ownership explained</title>", "", "neither a title nor a description"),
        ('<guid isPermaLink="false">', "<guid>", "isPermaLink"),
        ('<guid isPermaLink="false">urn:feedd:doc:1</guid>', "", "no <guid>"),
        ("</channel>", "</channel><channel/>", "exactly one <channel>"),
        (
            "<lastBuildDate>Tue, 05 Mar 2024 10:00:00 +0000",
            "<lastBuildDate>Tue, 05 Mar 2024 10:00:00",
            "lastBuildDate",
        ),
    ],
)
def test_rss_violations_fail(old: str, new: str, message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        validate_rss(rss(edit=(old, new)))


def test_rss_not_rss_root_fails() -> None:
    with pytest.raises(AssertionError, match="expected 'rss'"):
        validate_rss(atom())


def test_rss_malformed_xml_fails() -> None:
    with pytest.raises(AssertionError, match="not well-formed"):
        validate_rss(rss(edit=("</item>", "")))


# --------------------------------------------------------------------------
# the W3C feed validator's rules (w3c_validator_problems)

W3C_NOW = datetime(2025, 6, 1, tzinfo=UTC)
W3C_ATOM_URL = "https://feeds.example.org/bases.atom"
W3C_RSS_URL = "https://feeds.example.org/bases.rss"

W3C_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>https://feeds.example.org/bases.atom</id>
  <title>Bases</title>
  <updated>2025-03-02T10:00:00+00:00</updated>
  <author><name>feedd</name></author>
  <link href="https://feeds.example.org/bases.atom" rel="self" type="application/atom+xml"/>
  <link href="https://feeds.example.org/websub" rel="hub"/>
  <entry>
    <id>urn:uuid:00000000-0000-5000-8000-000000000001</id>
    <title>Tartus lease</title>
    <updated>2025-03-02T10:00:00+00:00</updated>
    <published>2025-03-01T10:00:00+00:00</published>
    <summary>The lease was discussed.</summary>
    <content type="html">&lt;p&gt;The lease &amp;amp; the base.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:uuid:00000000-0000-5000-8000-000000000002</id>
    <title>Hmeimim flights</title>
    <updated>2025-03-01T10:00:00.000001+00:00</updated>
    <content type="html">&lt;p&gt;Fewer flights.&lt;/p&gt;</content>
  </entry>
</feed>
"""

W3C_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Bases</title>
    <link>https://feeds.example.org/</link>
    <description>Documents on bases</description>
    <atom:link href="https://feeds.example.org/bases.rss" rel="self" type="application/rss+xml"/>
    <image>
      <url>https://feeds.example.org/icon.png</url>
      <title>Bases</title>
      <link>https://feeds.example.org/</link>
    </image>
    <lastBuildDate>Sun, 02 Mar 2025 10:00:00 +0000</lastBuildDate>
    <item>
      <title>Tartus lease</title>
      <description>The lease &amp;amp; the base.</description>
      <content:encoded>&lt;p&gt;The lease, &lt;a href="https://example.org/a"&gt;more&lt;/a&gt;.&lt;/p&gt;</content:encoded>
      <guid isPermaLink="false">urn:uuid:00000000-0000-5000-8000-000000000001</guid>
      <pubDate>Sat, 01 Mar 2025 10:00:00 +0000</pubDate>
    </item>
    <item>
      <title>Hmeimim flights</title>
      <guid isPermaLink="false">urn:uuid:00000000-0000-5000-8000-000000000002</guid>
    </item>
  </channel>
</rss>
"""


def test_w3c_rules_accept_the_reference_atom_and_rss() -> None:
    assert w3c_validator_problems(W3C_ATOM.encode(), W3C_ATOM_URL, now=W3C_NOW) == []
    assert w3c_validator_problems(W3C_RSS.encode(), W3C_RSS_URL, now=W3C_NOW) == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # DuplicateUpdated: the validator keeps each entry's <updated> text, warns on a repeat.
        ("2025-03-01T10:00:00.000001+00:00", "2025-03-02T10:00:00+00:00", "repeats"),
        ("000000000002</id>", "000000000001</id>", "a second entry with id"),
        ("<published>2025-03-01", "<published>1989-12-31", "implausible date"),
        (
            "<updated>2025-03-02T10:00:00+00:00</updated>\n    <published>",
            "<updated>2025-06-02T10:00:00+00:00</updated>\n    <published>",
            "implausible date",
        ),
        ('rel="hub"', 'rel="pubsub"', "unregistered link relation"),
        ('type="application/atom+xml"/>', 'type="application/json"/>', "not a feed type"),
        (
            "<summary>The lease",
            '<link rel="prev-archive" href="https://x.example/1"/><summary>The lease',
            "feed history relation",
        ),
        ("&lt;p&gt;Fewer", "&lt;script&gt;x()&lt;/script&gt;&lt;p&gt;Fewer", "<script>"),
        ("&lt;p&gt;Fewer", "&lt;p onclick=x()&gt;Fewer", "onclick"),
        ("&lt;p&gt;Fewer flights.&lt;/p&gt;", "&lt;p&gt;Fewer &lt; flights", "not HTML"),
        ("<title>Hmeimim flights", "<title>Hmeimim &amp;amp; flights", "character reference"),
        ("<summary>The lease was", "<summary>The &lt;b&gt;lease&lt;/b&gt; was", "end tag"),
    ],
)
def test_w3c_rules_catch_an_atom_feed_breaking_one(old: str, new: str, message: str) -> None:
    assert old in W3C_ATOM
    problems = w3c_validator_problems(
        W3C_ATOM.replace(old, new, 1).encode(), W3C_ATOM_URL, now=W3C_NOW
    )
    assert any(message in p for p in problems), problems


def test_w3c_rules_want_the_current_link_on_an_archive_page() -> None:
    page = W3C_ATOM.replace(
        "<title>Bases</title>",
        '<title>Bases</title><fh:archive xmlns:fh="http://purl.org/syndication/history/1.0"/>',
    )
    problems = w3c_validator_problems(page.encode(), W3C_ATOM_URL, now=W3C_NOW)
    assert any("rel='current'" in p for p in problems), problems


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("000000000002</guid>", "000000000001</guid>", "a second item with guid"),
        ("Sat, 01 Mar 2025", "Sun, 01 Jan 1989", "implausible date"),
        (
            "<link>https://feeds.example.org/</link>\n    </image>",
            "<link>https://feeds.example.org/other</link>\n    </image>",
            "<image> <link>",
        ),
        (
            "<title>Bases</title>\n      <link>",
            "<title>Icon</title>\n      <link>",
            "<image> <title>",
        ),
        ("  </channel>", "<ttl>60</ttl></channel>", "after the first item"),
        ('href="https://example.org/a"', 'href="/a"', "relative URL"),
        ("The lease &amp;amp; the base.", "The &lt;iframe src=x&gt;&lt;/iframe&gt;", "<iframe>"),
        (
            "<description>The lease &amp;amp; the base.</description>\n",
            "",
            "content:encoded without",
        ),
        ('type="application/rss+xml"', 'type="text/html"', "not a feed type"),
    ],
)
def test_w3c_rules_catch_an_rss_feed_breaking_one(old: str, new: str, message: str) -> None:
    assert old in W3C_RSS
    problems = w3c_validator_problems(
        W3C_RSS.replace(old, new, 1).encode(), W3C_RSS_URL, now=W3C_NOW
    )
    assert any(message in p for p in problems), problems
