"""The feeds feedd writes, built from entries without a store: who an entry is by, where it
is from, and where each feed says it lives."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import pytest
from conftest import SAMPLE, SAMPLE_MTIME, Workspace, distinct_story
from daemon_helpers import DaemonProcess, wait_until
from feedcheck import (
    ATOM_NS,
    DC_NS,
    validate_atom,
    validate_rss,
    w3c_validator_problems,
)
from lxml import etree

from feedd.feed_builder import (
    FeedSpec,
    Site,
    build_atom_feed,
    build_rss_feed,
    outlet_id,
)
from feedd.model import Article, Entry

SITE = Site(title="feedd", author="feedd", base_url="https://feeds.example/")
SPEC = FeedSpec(slug="bases", name="Bases")
T0 = datetime(2025, 1, 30, 12, 0, tzinfo=UTC)
A = f"{{{ATOM_NS}}}"


def make_entry(
    number: int,
    *,
    source: str | None = "The Moscow Times",
    author: str | None = None,
    link: str | None = None,
) -> Entry:
    article = Article(
        title=f"Headline {number}",
        source=source,
        author=author,
        published_at=T0,
        summary=f"Summary {number}.",
        content_text=f"Body {number}.",
        content_html=f"<p>Body {number}.</p>",
        link=link,
        language="en",
    )
    return Entry(
        entry_id=f"urn:uuid:00000000-0000-5000-8000-{number:012d}",
        article=article,
        published_at=T0 + timedelta(minutes=number),
        updated_at=T0 + timedelta(minutes=number),
        topics=("bases",),
    )


ENTRIES = [
    make_entry(1, author="Jane Doe", link="https://www.themoscowtimes.com/2025/01/30/a"),
    make_entry(2),  # publication, no byline, no URL
    make_entry(3, source=None, link="https://www.cnn.com/2025/01/30/b"),
    make_entry(4, source=None),  # nothing says where it is from
]


def atom_entries_by_id(data: bytes) -> dict[str, etree._Element]:
    root = etree.fromstring(data)
    return {e.findtext(f"{A}id"): e for e in root.iter(f"{A}entry")}


def rss_items_by_guid(data: bytes) -> dict[str, etree._Element]:
    root = etree.fromstring(data)
    return {i.findtext("guid"): i for i in root.iter("item")}


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "Jane Doe"), (2, "The Moscow Times"), (3, "cnn.com"), (4, None)],
)
def test_an_entry_is_by_its_byline_else_its_publication_else_its_site(
    number: int, expected: str | None
) -> None:
    entry_id = ENTRIES[number - 1].entry_id
    atom = atom_entries_by_id(build_atom_feed(SPEC, ENTRIES, SITE))[entry_id]
    rss = rss_items_by_guid(build_rss_feed(SPEC, ENTRIES, SITE))[entry_id]
    assert atom.findtext(f"{A}author/{A}name") == expected
    assert rss.findtext(f"{{{DC_NS}}}creator") == expected
    assert rss.find("author") is None  # RSS 2.0's <author> is an e-mail address


def test_an_entry_without_any_outlet_has_the_feeds_author_not_its_own() -> None:
    root = etree.fromstring(build_atom_feed(SPEC, ENTRIES, SITE))
    names = [e.findtext(f"{A}name") for e in root.iter(f"{A}author")]
    assert names.count("feedd") == 1  # the feed's, which entry 4 inherits
    assert root.find(f"{A}author/{A}name").text == "feedd"  # type: ignore[union-attr]


def test_the_atom_source_names_the_publication_with_what_the_validator_asks() -> None:
    entries = atom_entries_by_id(build_atom_feed(SPEC, ENTRIES, SITE))
    source = entries[ENTRIES[0].entry_id].find(f"{A}source")
    assert source is not None
    assert source.findtext(f"{A}title") == "The Moscow Times"
    assert source.findtext(f"{A}id") == outlet_id("The Moscow Times")
    assert source.findtext(f"{A}updated") == ENTRIES[0].updated_at.isoformat()
    links = {link.get("rel"): link.get("href") for link in source.iter(f"{A}link")}
    assert links == {
        "alternate": "https://www.themoscowtimes.com/",
        "self": "https://feeds.example/all.atom",
    }
    no_site = entries[ENTRIES[1].entry_id].find(f"{A}source")
    assert no_site is not None and no_site.find(f"{A}link[@rel='alternate']") is None
    assert entries[ENTRIES[2].entry_id].find(f"{A}source") is None
    parsed = feedparser.parse(build_atom_feed(SPEC, ENTRIES, SITE))
    assert parsed.entries[0].source.title == "The Moscow Times"


def test_one_publication_has_one_source_id() -> None:
    assert outlet_id("CNN") == outlet_id("CNN") != outlet_id("The Moscow Times")


def test_the_rss_source_names_the_publication_and_a_feed_url() -> None:
    items = rss_items_by_guid(build_rss_feed(SPEC, ENTRIES, SITE))
    source = items[ENTRIES[1].entry_id].find("source")
    assert source is not None
    assert (source.text, source.get("url")) == ("The Moscow Times", "https://feeds.example/all.rss")
    assert items[ENTRIES[3].entry_id].find("source") is None


def test_each_format_names_its_own_url_as_self_and_the_site_as_its_page() -> None:
    rss = etree.fromstring(build_rss_feed(SPEC, ENTRIES, SITE)).find("channel")
    assert rss is not None
    assert rss.findtext("link") == "https://feeds.example/"
    (self_link,) = rss.findall(f"{{{ATOM_NS}}}link[@rel='self']")
    assert self_link.get("href") == "https://feeds.example/bases.rss"
    assert self_link.get("type") == "application/rss+xml"
    atom = etree.fromstring(build_atom_feed(SPEC, ENTRIES, SITE))
    assert atom.find(f"{A}link[@rel='self']").get("href") == "https://feeds.example/bases.atom"  # type: ignore[union-attr]


@pytest.mark.parametrize("hubs", [(), ("https://feeds.example/websub",)])
def test_atom_and_rss_pass_the_schema_feedparser_and_the_w3c_validators_rules(
    hubs: tuple[str, ...],
) -> None:
    site = replace(SITE, hub_urls=hubs)
    atom = build_atom_feed(SPEC, ENTRIES, site)
    rss = build_rss_feed(SPEC, ENTRIES, site)
    validate_atom(atom)
    validate_rss(rss)
    assert w3c_validator_problems(atom, "https://feeds.example/bases.atom") == []
    assert w3c_validator_problems(rss, "https://feeds.example/bases.rss") == []


def test_the_w3c_rules_catch_what_feedd_once_wrote() -> None:
    """The checker fails on the feeds of before: RSS self naming the Atom URL, and a
    source without its id."""
    rss = build_rss_feed(SPEC, ENTRIES, SITE).replace(
        b"https://feeds.example/bases.rss", b"https://feeds.example/bases.atom"
    )
    assert w3c_validator_problems(rss, "https://feeds.example/bases.rss")
    atom = build_atom_feed(SPEC, ENTRIES, SITE)
    root = etree.fromstring(atom)
    for source in root.iter(f"{A}source"):
        source.remove(source.find(f"{A}id"))  # type: ignore[arg-type]
    assert w3c_validator_problems(etree.tostring(root), "https://feeds.example/bases.atom")


def test_every_feed_a_rebuild_writes_passes_the_w3c_validators_rules(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.add(
        "second.md",
        "---\ntitle: Tartus lease\nauthor: Jane Doe\nsource: CNN\n"
        "link: https://edition.cnn.com/2025/01/31/tartus\n---\n\n"
        "The lease of the naval base at Tartus was discussed again on Thursday.\n\n"
        "Officials gave no date for a decision on the facility.\n",
    )
    workspace.rebuild()
    for slug in ("russia-syria-bases", "all"):
        for suffix, validate in (("atom", validate_atom), ("rss", validate_rss)):
            data = workspace.feed(f"{slug}.{suffix}")
            validate(data)
            assert w3c_validator_problems(data, f"http://feeds.example/{slug}.{suffix}") == []
    items = rss_items_by_guid(workspace.feed("all.rss"))
    creators = sorted(i.findtext(f"{{{DC_NS}}}creator") or "" for i in items.values())
    assert creators == ["Jane Doe", "The Moscow Times"]


def test_the_daemon_serves_feeds_passing_the_w3c_rules_for_files_of_one_mtime(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Files unpacked from an archive share an mtime; moved into the folder, before and
    while the daemon runs, they still make entries with an <updated> each."""
    article = SAMPLE.read_text(encoding="utf-8")
    workspace.write_config("[daemon]\nsettle_s = 0.2\ndebounce_s = 0.2\n")
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    for number in range(4):
        path = unpacked / f"{number}.txt"
        path.write_text(distinct_story(article, number), encoding="utf-8")
        os.utime(path, (SAMPLE_MTIME.timestamp(), SAMPLE_MTIME.timestamp()))
    for number in (0, 1):
        (unpacked / f"{number}.txt").rename(workspace.seeds / f"{number}.txt")
    with DaemonProcess(workspace.config_path).start() as daemon:
        for number in (2, 3):
            (unpacked / f"{number}.txt").rename(workspace.seeds / f"{number}.txt")
        wait_until(lambda: daemon.feed_text("all.atom").count("<entry>") == 4, timeout_s=15)
        for name in ("all.atom", "all.rss", "russia-syria-bases.atom", "russia-syria-bases.rss"):
            data = daemon.get(f"/{name}").content
            assert w3c_validator_problems(data, f"http://feeds.example/{name}") == [], name
