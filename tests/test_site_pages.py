"""The pages around the feeds, as a person meets them: the index page (headlines, queries,
subscribe links), entry pages (outlet, language and direction, links back), the icons and
the stylesheet that renders a feed in a browser; and that no-op runs render none of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import feedparser
import html5lib
import pytest
from conftest import Workspace
from daemon_helpers import document, headline_of
from feedcheck import validate_atom
from lxml import etree
from lxml import html as lxml_html

import feedd.pipeline
from feedd.assets import ASSET_NAMES, site_assets
from feedd.feed_builder import FEED_FORMATS, FeedSpec, Site, build_atom_feed, build_rss_feed
from feedd.model import Article, Entry
from feedd.server import asks_for_html
from feedd.site_pages import (
    FeedSummary,
    build_entry_page,
    build_index_page,
    text_direction,
)

SITE = Site(title="feedd", author="feedd", base_url="https://feeds.example/")
BASES = FeedSpec(slug="bases", name="Bases")
ALL = FeedSpec(slug="all", name="All entries")
T0 = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quoted"'


def make_entry(
    number: int,
    *,
    title: str | None = None,
    source: str | None = "The Moscow Times",
    author: str | None = None,
    language: str | None = "en",
    topics: tuple[str, ...] = ("bases",),
) -> Entry:
    article = Article(
        title=title or f"Headline {number}",
        source=source,
        author=author,
        published_at=T0,
        summary=f"Summary {number}.",
        content_text=f"Body {number}.",
        content_html=f"<p>Body {number}.</p>",
        link=None,
        language=language,
    )
    return Entry(
        entry_id=f"urn:uuid:00000000-0000-5000-8000-{number:012d}",
        article=article,
        published_at=T0 + timedelta(minutes=number),
        updated_at=T0 + timedelta(minutes=number),
        topics=topics,
    )


ARABIC = make_entry(
    7,
    title="سفن روسية تغادر ميناء طرطوس",
    source="عنب بلدي",
    language="ar",
)


def index_of(*summaries: FeedSummary) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(build_index_page(summaries, SITE))


def bases_summary(*headlines: Entry, query: str = "tartus OR hmeimim") -> FeedSummary:
    return FeedSummary(
        spec=BASES,
        entry_count=len(headlines),
        updated_at=max((e.updated_at for e in headlines), default=None),
        query=query,
        headlines=headlines,
    )


def one(element: lxml_html.HtmlElement, path: str) -> lxml_html.HtmlElement:
    """The one element at `path` (XPath) under `element`."""
    found = element.xpath(path)
    assert len(found) == 1, f"{path}: {len(found)} found"
    return found[0]


def assert_valid_html5(page: bytes) -> None:
    parser = html5lib.HTMLParser(strict=True)  # raises at the first parse error
    parser.parse(page)


def test_the_index_lists_each_feeds_newest_headlines_with_source_and_date() -> None:
    page = index_of(bases_summary(make_entry(2), make_entry(1, source=None)))
    items = page.xpath("//section[@id='bases']/ol[@class='headlines']/li")
    assert [li.find("a").text for li in items] == ["Headline 2", "Headline 1"]
    assert items[0].find("a").get("href") == ("entries/00000000-0000-5000-8000-000000000002.html")
    assert one(items[0], ".//span[@class='source']").text == "The Moscow Times"
    assert one(items[0], ".//time").text == "2025-03-04 09:32 UTC"
    assert not items[1].xpath(".//span[@class='source']")  # no outlet known: none shown


def test_the_index_shows_query_count_last_update_and_a_link_for_every_format() -> None:
    page = index_of(bases_summary(make_entry(1), make_entry(2)))
    section = one(page, "//section[@id='bases']")
    assert one(section, "h2").text == "Bases"
    assert one(section, ".//pre/code").text == "tartus OR hmeimim"
    meta = one(section, "p[@class='meta']").text_content()
    assert "2 entries" in meta and "last update 2025-03-04 09:32 UTC" in meta
    links = {a.text: a.get("href") for a in section.xpath("p[@class='meta']/a")}
    assert links == {"Atom": "bases.atom", "RSS": "bases.rss", "JSON Feed": "bases.json"}
    discovery = page.xpath("//link[@rel='alternate']")
    assert {(d.get("type"), d.get("href")) for d in discovery} == {
        (f.media_type, f"https://feeds.example/bases.{f.suffix}") for f in FEED_FORMATS
    }
    assert page.xpath("//a[@href='feeds.opml']")


def test_a_feed_without_entries_says_so_and_the_all_feed_shows_no_query() -> None:
    empty = FeedSummary(spec=ALL, entry_count=0, updated_at=None)
    section = one(index_of(empty), "//section[@id='all']")
    assert "No entries yet." in section.text_content()
    assert "0 entries · last update never" in section.text_content()
    assert not section.xpath(".//details")


def test_the_index_escapes_everything_that_comes_from_documents_and_config() -> None:
    entry = make_entry(1, title=HOSTILE, source=HOSTILE)
    summary = bases_summary(entry, query=HOSTILE)
    data = build_index_page([summary], SITE)
    page = lxml_html.fromstring(data)
    assert not page.xpath("//script | //img")
    assert one(page, "//ol/li/a").text == HOSTILE
    assert one(page, "//ol/li//span[@class='source']").text == HOSTILE
    assert one(page, "//pre/code").text == HOSTILE
    assert_valid_html5(data)


def test_index_and_entry_pages_are_valid_html5() -> None:
    summary = bases_summary(make_entry(1), ARABIC)
    assert_valid_html5(
        build_index_page([summary, FeedSummary(spec=ALL, entry_count=0, updated_at=None)], SITE)
    )
    assert_valid_html5(build_entry_page(make_entry(1, author="Jane Roe"), SITE, [BASES]))
    assert_valid_html5(build_entry_page(ARABIC, SITE, [BASES]))


@pytest.mark.parametrize(
    ("language", "direction"),
    [
        ("ar", "rtl"),
        ("he", "rtl"),
        ("fa", "rtl"),
        ("ur", "rtl"),
        ("yi", "rtl"),
        ("ar-EG", "rtl"),
        ("en", "ltr"),
        ("ru", "ltr"),
        ("tr", "ltr"),
        (None, None),
    ],
)
def test_text_direction_follows_the_language(language: str | None, direction: str | None) -> None:
    assert text_direction(language) == direction


def test_an_arabic_headline_on_the_index_is_right_to_left() -> None:
    item = one(index_of(bases_summary(ARABIC)), "//ol/li")
    assert (item.get("lang"), item.get("dir")) == ("ar", "rtl")


def test_the_entry_page_header_line_names_outlet_byline_and_date() -> None:
    page = lxml_html.fromstring(build_entry_page(make_entry(1, author="Jane Roe"), SITE, [BASES]))
    meta = one(page, "//article/p[@class='meta']")
    assert one(meta, "span[@class='source']").text == "The Moscow Times"
    assert one(meta, "span[@class='author']").text == "Jane Roe"
    assert meta.text_content() == "The Moscow Times · Jane Roe · 2025-03-04 09:31 UTC"


def test_an_arabic_entry_page_is_right_to_left_and_feedds_own_words_left_to_right() -> None:
    page = lxml_html.fromstring(build_entry_page(ARABIC, SITE, [BASES]))
    assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
    assert one(page, "//article/p/span[@class='source']").text == "عنب بلدي"
    for element in (one(page, "//p[@class='nav']"), one(page, "//footer")):
        assert (element.get("lang"), element.get("dir")) == ("en", "ltr")


def test_the_entry_page_links_back_to_the_index_and_to_its_topics_feeds() -> None:
    other = FeedSpec(slug="weather", name="Weather")
    page = lxml_html.fromstring(build_entry_page(make_entry(1), SITE, [BASES, other, ALL]))
    assert one(page, "//p[@class='nav']/a").get("href") == "../"
    feeds = page.xpath("//footer//li")
    assert [li.text for li in feeds] == ["Bases: "]  # its topic, not the others
    assert [a.get("href") for a in feeds[0].xpath("a")] == [
        f"../bases.{f.suffix}" for f in FEED_FORMATS
    ]
    assert page.xpath("//link[@rel='alternate'][@href='https://feeds.example/bases.atom']")


@pytest.mark.parametrize("kind", ["index", "entry"])
def test_pages_have_a_favicon_and_follow_the_readers_color_scheme(kind: str) -> None:
    data = (
        build_index_page([bases_summary(make_entry(1))], SITE)
        if kind == "index"
        else build_entry_page(make_entry(1), SITE, [BASES])
    )
    page = lxml_html.fromstring(data)
    root = "" if kind == "index" else "../"
    icons = {link.get("href") for link in page.xpath("//link[@rel='icon']")}
    assert icons == {f"{root}favicon.svg", f"{root}favicon.ico"}
    style = one(page, "//style").text
    assert "@media (prefers-color-scheme:dark)" in style and "color-scheme:light dark" in style


def test_the_feeds_name_the_icon_and_the_stylesheet_and_still_parse() -> None:
    entries = [make_entry(1), ARABIC]
    atom = build_atom_feed(BASES, entries, SITE)
    rss = build_rss_feed(BASES, entries, SITE)
    for data in (atom, rss):
        declaration, stylesheet = data.split(b"\n")[:2]
        assert declaration.startswith(b"<?xml ")  # the processing instruction comes after it
        assert stylesheet == b'<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>'
        parsed = feedparser.parse(data)
        assert not parsed.bozo and len(parsed.entries) == 2
    validate_atom(atom)
    assert b"<icon>https://feeds.example/icon.png</icon>" in atom
    assert b"<url>https://feeds.example/icon.png</url>" in rss


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_the_stylesheet_renders_a_feed_as_a_page_with_its_entries(kind: str) -> None:
    build = build_atom_feed if kind == "atom" else build_rss_feed
    entries = [make_entry(1, author="Jane Roe", title=HOSTILE), ARABIC]
    transform = etree.XSLT(etree.fromstring(site_assets()["feed.xsl"]))
    page = transform(etree.fromstring(build(BASES, entries, SITE)))
    html = lxml_html.fromstring(str(page))
    assert one(html, "//h1").text == "feedd: Bases"
    titles = [a.text for a in html.xpath("//article/h2/a")]
    assert titles == [HOSTILE, "سفن روسية تغادر ميناء طرطوس"]  # as text, never markup
    assert not html.xpath("//script")
    assert html.xpath("//article//span[@class='source']")[0].text == "The Moscow Times"
    assert html.xpath("//article//span[@class='author']")[0].text == "Jane Roe"
    assert "This is a web feed." in one(html, "//div[@class='notice']").text_content()


def test_the_site_files_are_the_shipped_icons_and_stylesheet() -> None:
    assets = site_assets()
    assert set(assets) == set(ASSET_NAMES)
    assert assets["favicon.ico"][:4] == b"\x00\x00\x01\x00"  # ICO header
    assert assets["icon.png"][:8] == b"\x89PNG\r\n\x1a\n"
    assert assets["favicon.svg"].startswith(b"<svg ")
    etree.XSLT(etree.fromstring(assets["feed.xsl"]))  # a stylesheet lxml compiles


def test_a_rebuild_writes_the_index_with_headlines_and_the_site_files(
    workspace: Workspace,
) -> None:
    workspace.add_sample()
    workspace.rebuild()
    for name in ASSET_NAMES:
        assert (workspace.output / name).read_bytes() == site_assets()[name]
    page = lxml_html.fromstring((workspace.output / "index.html").read_bytes())
    headlines = page.xpath("//section[@id='russia-syria-bases']/ol/li")
    assert [li.find("a").text for li in headlines] == [
        "Russia and Syria Signal Closer Ties Amid Uncertainty Over Military Bases"
    ]
    assert one(headlines[0], ".//span[@class='source']").text == "The Moscow Times"
    # The headline's page exists: the index links only to pages a feed made.
    assert (workspace.output / headlines[0].find("a").get("href")).is_file()


def test_a_rebuild_with_nothing_changed_builds_no_index_page(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.add_sample()
    workspace.rebuild()
    built: list[int] = []
    real_build = feedd.pipeline.build_index_page

    def counting_build(feeds: list[FeedSummary], site: Site) -> bytes:
        built.append(len(feeds))
        return real_build(feeds, site)

    monkeypatch.setattr(feedd.pipeline, "build_index_page", counting_build)
    workspace.rebuild()
    assert built == []
    (workspace.output / "index.html").unlink()  # a missing page is rendered again
    workspace.rebuild()
    assert built == [2]
    workspace.add("other.txt", document(1, topic="weather"))  # a new entry: new headlines
    workspace.rebuild()
    assert len(built) == 2
    page = lxml_html.fromstring((workspace.output / "index.html").read_bytes())
    shown = [a.text for a in page.xpath("//section[@id='all']/ol/li/a")]
    assert headline_of(1, topic="weather") in shown


@pytest.mark.parametrize(
    ("accept", "is_browser"),
    [
        # Chromium and Firefox opening a page
        ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8", True),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),
        # feedparser, and a reader asking for anything
        ("application/atom+xml,application/rss+xml,application/xml;q=0.9", False),
        ("*/*", False),
        ("", False),
        ("text/html;q=0", False),  # explicitly refused
    ],
)
def test_a_browser_opening_a_feed_is_told_from_a_feed_reader(accept: str, is_browser: bool) -> None:
    # A browser gets Atom and RSS as application/xml, so that it applies feed.xsl.
    assert asks_for_html(accept) is is_browser
