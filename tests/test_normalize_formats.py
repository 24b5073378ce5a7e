"""HTML, Markdown and JSON documents become clean Articles; malformed ones never raise."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from feedd.model import Article, Document, Rejected
from feedd.normalize import normalize_document
from feedd.normalize.decode import xml_safe
from feedd.normalize.html import declared_charset
from feedd.normalize.markdown import split_front_matter

MTIME = datetime(2025, 3, 20, 12, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def _normalize(name: str, data: bytes | str, **kwargs: object) -> Article | Rejected:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    document = Document(relative_path=name, data=raw, modified_at=MTIME)
    return normalize_document(document, **kwargs)  # type: ignore[arg-type]


def _article(name: str, data: bytes | str, **kwargs: object) -> Article:
    result = _normalize(name, data, **kwargs)
    assert isinstance(result, Article), result
    return result


def _assert_xml_safe(result: Article | Rejected) -> None:
    if isinstance(result, Rejected):
        assert result.reason
        return
    for value in (result.title, result.summary, result.content_text, result.content_html):
        assert xml_safe(value) == value
    for optional in (result.source, result.author, result.link, result.language):
        assert optional is None or xml_safe(optional) == optional
    assert all(xml_safe(tag) == tag for tag in result.tags)
    assert result.published_at is None or result.published_at.utcoffset() is not None


# --------------------------------------------------------------------------------------
# HTML

NEWS_PAGE = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Rail operator fined £4m over timetable chaos | The Northern Courier</title>
<meta property="og:title" content="Rail operator fined £4m after timetable chaos">
<meta property="og:site_name" content="The Northern Courier">
<meta property="og:url" content="https://www.northerncourier.example/news/2024/mar/12/rail-fined">
<meta property="article:published_time" content="2024-03-12T09:30:00+02:00">
<meta property="article:modified_time" content="2024-03-12T16:02:11Z">
<meta property="article:tag" content="Rail transport">
<meta property="article:tag" content="Transport policy">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Rail operator fined £4m over timetable chaos",
 "datePublished": "2024-03-12T07:30:00Z", "dateModified": "2024-03-12T16:02:11Z",
 "author": [{"@type": "Person", "name": "Priya Raman"}],
 "publisher": {"@type": "Organization", "name": "The Northern Courier"}}</script>
</head>
<body>
<div id="cookie-consent" class="consent"><p>We and our partners use cookies to personalise
content and advertising and to measure traffic on this site.</p>
<button>Yes, I'm happy</button><button>Manage my cookies</button></div>
<header><a href="/" class="logo">The Northern Courier</a>
<nav aria-label="Main"><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a>
</li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main><article>
<h1 class="headline">Rail operator fined £4m over timetable chaos</h1>
<div class="meta"><address>By <a rel="author" href="/profile/priya">Priya Raman</a></address>
<time datetime="2024-03-12T07:30:00Z">Tue 12 Mar 2024 07.30 GMT</time></div>
<div class="share"><a href="https://www.facebook.com/sharer">Share on Facebook</a>
<a href="https://twitter.com/intent/tweet">Share on Twitter</a></div>
<figure><img src="/rail.jpg" alt=""><figcaption>Passengers waiting at Leeds station during the
disruption. Photograph: Danny Lawson/PA</figcaption></figure>
<div class="article-body">
<p>A rail operator has been fined £4m by the regulator after a timetable change last year left
thousands of passengers stranded, with hundreds of trains cancelled for more than six weeks.</p>
<p>The Office of Rail and Road said the company had failed to plan for the number of drivers it
would need under the new timetable and had ignored warnings from its own staff.</p>
<p class="read-more"><strong>Read more:</strong> <a href="/news/fares">Rail fares to rise by 4.9%
in March</a></p>
<p>“Passengers were let down badly,” said the regulator’s chief executive.</p>
<div class="ad-slot"><p>Advertisement</p></div>
<p>The operator said it accepted the findings and apologised to customers. It has since
recruited 120 additional drivers.</p>
<aside class="newsletter-signup"><h2>Sign up to First Edition</h2><p>Our morning email breaks
down the key stories of the day.</p><form><input type="email"><button>Sign up</button></form>
</aside>
<p>The Department for Transport said it would review the case next year.</p>
</div>
</article>
<section class="onward"><h2>Most viewed</h2><ol><li><a href="/a">Storm warnings as gales hit
the north</a></li><li><a href="/b">The ten best walks in the Dales</a></li></ol></section>
<section id="comments" class="comments"><h2>Comments (412)</h2><div class="comment"><p>This is
what happens when nobody plans ahead, frankly shambolic management.</p></div></section>
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li>
</ul><p>&copy; 2024 Northern Courier Media Ltd. All rights reserved.</p></footer>
</body></html>
"""

NEWS_CHROME = (
    "cookies",
    "Manage my cookies",
    "Opinion",
    "Share on Facebook",
    "Photograph: Danny Lawson",
    "Read more",
    "Rail fares to rise",
    "Advertisement",
    "Sign up",
    "First Edition",
    "Most viewed",
    "Storm warnings",
    "shambolic",
    "Comments",
    "All rights reserved",
    "About us",
)


def test_news_page_gives_headline_metadata_and_body_without_chrome() -> None:
    article = _article("rail.html", NEWS_PAGE)
    assert article.title == "Rail operator fined £4m over timetable chaos"
    assert article.source == "The Northern Courier"
    assert article.author == "Priya Raman"
    assert article.published_at == datetime(2024, 3, 12, 7, 30, tzinfo=UTC)
    assert article.link == "https://www.northerncourier.example/news/2024/mar/12/rail-fined"
    assert article.tags == ("Rail transport", "Transport policy")
    assert article.language == "en"
    paragraphs = article.content_text.split("\n\n")
    assert paragraphs[0].startswith("A rail operator has been fined £4m")
    assert paragraphs[-1] == "The Department for Transport said it would review the case next year."
    assert len(paragraphs) == 5
    for chrome in NEWS_CHROME:
        assert chrome not in article.content_text, chrome
    assert article.summary == paragraphs[0]
    assert article.content_html.startswith("<p>A rail operator")


WORDPRESS_POST = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>Volunteers restore old lighthouse &#8211; Coastal Notes</title>
<link rel="canonical" href="https://coastalnotes.example/2024/05/02/lighthouse/">
</head><body>
<header><p class="site-title"><a href="/">Coastal Notes</a></p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<article class="post type-post">
<h1 class="entry-title">Volunteers restore old lighthouse</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-05-02">May 2,
2024</time> by <span class="author vcard"><a href="/author/marta/">Marta Lindqvist</a></span></div>
<div class="entry-content">
<p>After four summers of weekend work, volunteers have finished restoring the lighthouse on
Gull Island, which had stood dark since its last lamp was automated in 1987.</p>
<p>The group replaced more than two hundred rotten planks in the keeper&#8217;s cottage and
repainted the tower in its original red and white bands.</p>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="?share=twitter">
Twitter</a></li><li><a href="?share=facebook">Facebook</a></li></ul></div>
</div>
<div class="author-bio"><h2>Marta Lindqvist</h2><p>Marta writes about the history of the
western coast and the people who live along it.</p></div>
</article>
<div id="comments" class="comments-area"><h2>2 thoughts on this post</h2>
<div class="comment"><p>My grandfather was one of the last keepers there, he would have been
very happy to see it lit again.</p></div>
<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>
<footer><p>&copy; 2024 Coastal Notes</p><a href="https://wordpress.org/">Powered by WordPress</a>
</footer></body></html>
"""


def test_wordpress_post_without_meta_tags_uses_page_markup() -> None:
    article = _article("lighthouse.htm", WORDPRESS_POST, default_tz=BERLIN)
    assert article.title == "Volunteers restore old lighthouse"
    assert article.source == "Coastal Notes"
    assert article.author == "Marta Lindqvist"
    # A date without a time is midnight in the configured zone.
    assert article.published_at == datetime(2024, 5, 1, 22, 0, tzinfo=UTC)
    assert article.link == "https://coastalnotes.example/2024/05/02/lighthouse/"
    assert article.content_text.split("\n\n")[1].startswith("The group replaced")
    for chrome in ("Share this", "Twitter", "grandfather", "Leave a Reply", "writes about"):
        assert chrome not in article.content_text


def test_table_layout_with_br_paragraphs_and_text_metadata() -> None:
    page = """<HTML><HEAD><TITLE>Harbor Tribune - Ferry service to resume next week</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1"></HEAD>
<BODY><TABLE><TR><TD><A HREF="/">Home</A> | <A HREF="/news/">News</A> | <A HREF="/sport/">
Sport</A> | <A HREF="/weather/">Weather</A></TD></TR><TR><TD>
<B>Ferry service to resume next week</B><BR>
By Alan McKenzie, Tribune Staff Writer<BR>Posted on March 3, 2024 at 4:05 pm<BR><BR>
The ferry will resume sailings next Tuesday after repairs to its propeller were completed
ahead of schedule, the operator said on Sunday.<BR><BR>
Islanders have relied on a smaller vessel for three weeks, with freight deliveries cut to
two a week and some shops running short of fresh produce.<BR><BR>
<FONT SIZE="-2"><A HREF="#top">Back to top</A> | <A HREF="/print">Printer-friendly version</A>
</FONT><BR>Copyright &copy; 2024 The Harbor Tribune. All rights reserved.
</TD></TR></TABLE></BODY></HTML>"""
    article = _article("ferry.htm", page.encode("latin-1"))
    assert article.title == "Ferry service to resume next week"
    assert article.source == "The Harbor Tribune"
    assert article.author == "Alan McKenzie"
    assert article.published_at == datetime(2024, 3, 3, 16, 5, tzinfo=UTC)
    assert article.content_text.startswith("The ferry will resume sailings next Tuesday")
    assert "shops running short of fresh produce." in article.content_text
    for chrome in ("Weather", "Back to top", "Printer-friendly", "Copyright", "Staff Writer"):
        assert chrome not in article.content_text


_BODY = (
    "<p>The city council approved the new tram line on Monday after a debate that lasted "
    "more than six hours and drew hundreds of residents.</p>"
)


@pytest.mark.parametrize(
    ("head", "body_top", "title"),
    [
        (
            '<title>Tram line approved | City News</title><meta property="og:title" '
            'content="Tram line approved | City News">',
            "",
            "Tram line approved",
        ),
        (
            '<title>Syrie : Moscou négocie ses bases | Le Courrier</title><meta property="og:'
            'title" content="Syrie : Moscou négocie ses bases">',
            "",
            "Syrie : Moscou négocie ses bases",
        ),
        (
            '<title>City News</title><meta property="og:title" content="Tram line approved">',
            "<h1>City News</h1><article><h1>Tram line approved</h1></article>",
            "Tram line approved",
        ),
        (
            "<title>City News - Tram line approved for the centre</title>",
            "<b>Tram line approved for the centre</b><br>",
            "Tram line approved for the centre",
        ),
        (
            "<title>Council news</title>",
            "<h1>Tram line approved after six-hour debate</h1>",
            "Tram line approved after six-hour debate",
        ),
    ],
)
def test_title_is_the_headline_without_the_site_name(head: str, body_top: str, title: str) -> None:
    page = f"<html><head>{head}</head><body>{body_top}{_BODY}</body></html>"
    assert _article("tram.html", page).title == title


def test_declared_windows_1251_charset_is_honoured() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Новости</title></head><body><article><h1>В Казани открыли новую станцию метро</h1>"
        "<p>В Казани в среду открыли новую станцию метро, сообщили в мэрии города. Она стала "
        "одиннадцатой станцией казанского метрополитена.</p><p>Строительство станции заняло "
        "пять лет, и ежедневно ею будут пользоваться около двадцати тысяч пассажиров.</p>"
        "</article></body></html>"
    )
    data = page.encode("cp1251")
    assert declared_charset(data) == "cp1251"
    article = _article("metro.html", data)
    assert article.title == "В Казани открыли новую станцию метро"
    assert "одиннадцатой станцией" in article.content_text
    assert article.language == "ru"


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<meta charset=ISO-8859-1>", "cp1252"),  # WHATWG: latin-1 labels mean windows-1252
        (b'<?xml version="1.0" encoding="koi8-r"?>', "koi8-r"),
        (b'<meta charset="utf-16">', "utf-8"),  # ASCII bytes cannot be UTF-16
        (b'<meta charset="no-such-codec">', None),
        (b'<meta charset="hex">', None),  # Python codecs no page can be in
        (b'<meta charset="idna">', None),
        (b'<meta charset="unicode_escape">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_charset_is_read_from_the_first_bytes(head: bytes, codec: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head></html>") == codec


def test_explicit_zone_is_converted_and_modified_time_is_not_the_date() -> None:
    page = NEWS_PAGE.replace('"datePublished": "2024-03-12T07:30:00Z", ', "").replace(
        '<time datetime="2024-03-12T07:30:00Z">', "<time>"
    )
    article = _article("rail.html", page)
    assert article.published_at == datetime(2024, 3, 12, 7, 30, tzinfo=UTC)  # 09:30+02:00


def test_saved_from_comment_is_the_link_when_the_page_states_none() -> None:
    page = (
        "<!DOCTYPE html>\n<!-- saved from url=(0041)https://www.example.org/news/story.html -->\n"
        "<html><body><h1>Council approves the tram line</h1><p>The city council approved the "
        "new tram line on Monday after a debate that lasted more than six hours.</p></body></html>"
    )
    article = _article("tram.html", page)
    assert article.link == "https://www.example.org/news/story.html"
    assert article.title == "Council approves the tram line"


def test_html_fragment_and_plain_text_in_html_file_are_read() -> None:
    fragment = _article(
        "fragment.html",
        "<p>The museum reopened on Saturday after a two-year renovation of its east wing.</p>",
    )
    assert "museum reopened" in fragment.content_text
    plain = _article(
        "plain.html",
        "Museum reopens\n\nThe museum reopened on Saturday after a two-year renovation of its "
        "east wing, the director said.\n",
    )
    assert plain.title == "Museum reopens"


@pytest.mark.parametrize(
    ("data", "reasons"),
    [
        (b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>", {}),
        (b"<html></html>", {}),
        (b"<html><head><script>var x = 1;</script></head><body></body></html>", {}),
        (b"<!-- only a comment -->", {}),
        (b"<<<<>>>>", {}),
        (b'<meta charset="rot13"><meta charset="hex"><p>\xe9</p>', {}),
        (bytes(range(256)) * 8, {"binary"}),
        (b"", {"empty"}),
        (b"<div>" * 3000 + b"<p>deep</p>" + b"</div>" * 3000, {}),
    ],
)
def test_pages_without_an_article_are_rejected(data: bytes, reasons: set[str]) -> None:
    result = _normalize("page.html", data)
    assert isinstance(result, Rejected), result
    assert result.reason in (reasons or {"no_text", "unparseable"})


def test_page_with_too_many_elements_is_refused_quickly() -> None:
    data = b"<html><body><p>" + b"<span>word</span>" * 120_000 + b"</p></body></html>"
    result = _normalize("huge.html", data)
    assert isinstance(result, Rejected) and result.reason == "too_large"


def test_broken_html_gives_a_sensible_article() -> None:
    page = (
        "<html><body><div><h1>Storm cuts power to thousands<p>Storm winds reached 120 km/h on "
        "the coast overnight, cutting power to thousands of homes.<p>Crews expect to restore "
        "most connections by <b>Friday <i>evening</div></span></table></body>"
    )
    article = _article("storm.html", page)
    assert article.title == "Storm cuts power to thousands"
    assert "Crews expect to restore most connections by Friday evening" in article.content_text


# --------------------------------------------------------------------------------------
# Markdown

NEWSLETTER_POST = """---
title: "Baltic ports brace for a busy spring: what to expect"
date: 2025-01-21T07:30:00+01:00
author: [Anna Kowalska, Jonas Berg]
link: https://easternflank.example/p/baltic-ports
source: The Eastern Flank
tags: europe, shipping
---

# Baltic ports brace for a busy spring: what to expect

[Subscribe now](https://easternflank.example/subscribe)

Cargo volumes at the **three largest** Baltic ports rose by a fifth last year, according to
figures published by the [port authorities](https://ports.example/stats) on Monday.

![Cranes at Gdansk](/img/cranes.jpg)
*Cranes at the container terminal in Gdansk. Photo: Port of Gdansk*

> Nobody expected the rail links to fill up this quickly, one logistics manager said.

- New berths open in Klaipeda in March.
- Riga doubles its ferry slots.

## What comes next

Operators expect the growth to continue as more freight shifts from road to rail and sea.

[Share](https://easternflank.example/p/baltic-ports?utm_source=share)

[Leave a comment](https://easternflank.example/p/baltic-ports/comments)

---

**Related posts**

- [Why Finland is building a new rail tunnel](/posts/tunnel/)
- [The winter that froze the Gulf of Bothnia](/posts/ice/)

*Thanks for reading The Eastern Flank! Subscribe for free to receive new posts.*
"""


def test_markdown_front_matter_and_body_without_markup_or_chrome() -> None:
    article = _article("baltic.md", NEWSLETTER_POST)
    assert article.title == "Baltic ports brace for a busy spring: what to expect"
    assert article.source == "The Eastern Flank"
    assert article.author == "Anna Kowalska and Jonas Berg"
    assert article.published_at == datetime(2025, 1, 21, 6, 30, tzinfo=UTC)
    assert article.link == "https://easternflank.example/p/baltic-ports"
    assert article.tags == ("europe", "shipping")
    assert article.language == "en"
    assert article.content_text.split("\n\n") == [
        "Cargo volumes at the three largest Baltic ports rose by a fifth last year, according to "
        "figures published by the port authorities on Monday.",
        "Nobody expected the rail links to fill up this quickly, one logistics manager said.",
        "New berths open in Klaipeda in March.",
        "Riga doubles its ferry slots.",
        "What comes next",
        "Operators expect the growth to continue as more freight shifts from road to rail and sea.",
    ]


def test_markdown_without_front_matter_takes_the_leading_heading_as_title() -> None:
    text = (
        "# Library extends opening hours\n\nThe central library will open until 10pm on "
        "weekdays from April, the council said.\n\n## Why now\n\nStudents asked for it.\n"
    )
    article = _article("library.markdown", text)
    assert article.title == "Library extends opening hours"
    assert article.content_text.split("\n\n")[1:] == ["Why now", "Students asked for it."]
    assert article.published_at is None and article.author is None


def test_markdown_list_at_the_top_is_body() -> None:
    text = "---\ntitle: Packing list\n---\n- Warm socks\n- A torch\n\nThat is all you need.\n"
    article = _article("list.md", text)
    assert article.content_text.split("\n\n") == ["Warm socks", "A torch", "That is all you need."]


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Unclosed\ndate: 2024-01-01\n\nThe body talks about the harbour and the "
        "boats that come and go every day.\n",
        "---\n- a\n- b\n---\nSome text of the body, long enough to be a paragraph here.\n",
        "---\n---\n",
        "---\n",
        "+++\ntitle = [unclosed\n+++\nA paragraph about front matter that TOML cannot parse.\n",
        "---\ntitle: *anchor\nkey: [unclosed\n---\nA body paragraph that follows broken YAML.\n",
    ],
)
def test_malformed_front_matter_never_raises(text: str) -> None:
    _assert_xml_safe(_normalize("post.md", text))


def test_wiki_links_become_their_text() -> None:
    text = (
        '---\ntitle: Notes on the port\nauthor: "[[Nour Khalil]]"\ntags: ["[[ports]]", trade]\n'
        "---\nTalks in [[Latakia]] covered the [[Latakia container terminal|terminal]] lease.\n"
    )
    article = _article("note.md", text)
    assert article.author == "Nour Khalil"
    assert article.tags == ("ports", "trade")
    assert article.content_text == "Talks in Latakia covered the terminal lease."


@pytest.mark.timeout(10)
def test_front_matter_alias_bomb_is_read_quickly() -> None:
    lines = ["---", "l0: &l0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 12):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 9) + "]")
    fields = ("author", "tags", "title", "source", "link", "date", "lang", "summary")
    lines += [f"{name}: *l11" for name in fields]
    lines += ["---", "A body paragraph with enough words to count as article text."]
    _assert_xml_safe(_normalize("bomb.md", "\n".join(lines)))


def test_front_matter_yaml_cannot_parse_is_read_as_key_value_lines() -> None:
    front, body = split_front_matter(
        "---\ntitle: Breaking: storm hits coast\ntags: [a, b]\n---\nBody.\n"
    )
    assert front == {"title": "Breaking: storm hits coast", "tags": ["a", "b"]}
    assert body == "\nBody.\n"


def test_toml_front_matter_and_site_relative_url_is_no_link() -> None:
    text = (
        '+++\ntitle = "Hugo post"\ndate = 2024-03-01T10:00:00+01:00\nurl = "/posts/hugo/"\n'
        'tags = ["static", "sites"]\n+++\n\nA paragraph about Hugo sites and their front matter.\n'
    )
    article = _article("hugo.md", text)
    assert article.title == "Hugo post"
    assert article.published_at == datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    assert article.link is None
    assert article.tags == ("static", "sites")


# --------------------------------------------------------------------------------------
# JSON


def test_json_with_schema_org_names_and_nested_values() -> None:
    obj = {
        "headline": "Harbour crane collapses in storm",
        "articleBody": "A crane at the container terminal collapsed during the storm on "
        "Sunday night, the port said.\n\nNobody was injured.\n\nRead more: Storm cuts power "
        "to thousands\n\n© Coast Wire 2025. All rights reserved.",
        "datePublished": "Mon, 10 Mar 2025 08:00:00 +0300",
        "creator": {"@type": "Person", "name": "Lena Ortiz"},
        "publisher": {"@type": "Organization", "name": "Coast Wire"},
        "canonical_url": "https://coastwire.example/a/1",
        "keywords": "ports, storms",
        "inLanguage": "en-US",
        "scraped_at": "2025-03-11T00:00:00Z",
    }
    article = _article("crane.json", json.dumps(obj))
    assert article.title == "Harbour crane collapses in storm"
    assert article.source == "Coast Wire"
    assert article.author == "Lena Ortiz"
    assert article.published_at == datetime(2025, 3, 10, 5, 0, tzinfo=UTC)
    assert article.link == "https://coastwire.example/a/1"
    assert article.tags == ("ports", "storms")
    assert article.language == "en"
    assert article.content_text.split("\n\n") == [
        "A crane at the container terminal collapsed during the storm on Sunday night, the "
        "port said.",
        "Nobody was injured.",
    ]


def test_json_html_body_byline_and_role_only_author() -> None:
    html_body = (
        '<div class="share-tools"><button>Share</button><button>Tweet</button></div>'
        "<figure><img src='x.jpg'><figcaption>Traders at work. Photo: Reuters</figcaption>"
        "</figure><p>Shares rose sharply on Tuesday after the central bank left rates unchanged "
        "and signalled cuts later in the year.</p><p>Bank stocks led the gains.</p>"
        '<aside class="newsletter"><p><a href="/n">Sign up for the Briefing</a></p></aside>'
    )
    obj = {"title": "Shares rise", "html": html_body, "byline": "By Sarah Whitfield", "date": 0}
    article = _article("markets.json", json.dumps(obj))
    assert article.author == "Sarah Whitfield"
    assert article.published_at is None
    assert article.content_text == (
        "Shares rose sharply on Tuesday after the central bank left rates unchanged and "
        "signalled cuts later in the year.\n\nBank stocks led the gains."
    )
    staff = {
        "title": "Oil prices",
        "body": "Oil rose 2% on Monday in Asian trade.",
        "byline": "Staff reporter",
        "date": "March 3, 2025",
    }
    article = _article("oil.json", json.dumps(staff), default_tz=BERLIN)
    assert article.author is None
    assert article.published_at == datetime(2025, 3, 2, 23, 0, tzinfo=UTC)


def test_json_plain_text_one_paragraph_per_line_with_byline_in_text() -> None:
    obj = {
        "title": "El Gobierno aprueba un plan sanitario",
        "text": "Por María López\nEl Consejo de Ministros aprobó este martes un plan de choque "
        "para reducir las listas de espera.\nLas comunidades recibirán 500 millones de euros.\n"
        "Compartir en Facebook | Compartir en X | Enviar por WhatsApp\nComentarios (4)",
        "lang": "es",
        "site_name": "El Diario Global",
    }
    article = _article("sanidad.json", json.dumps(obj, ensure_ascii=False))
    assert article.author == "María López"
    assert article.source == "El Diario Global"
    assert article.language == "es"
    assert article.content_text.split("\n\n") == [
        "El Consejo de Ministros aprobó este martes un plan de choque para reducir las listas "
        "de espera.",
        "Las comunidades recibirán 500 millones de euros.",
    ]


def test_json_from_the_wordpress_rest_api() -> None:
    post = {
        "id": 812,
        "date": "2025-02-05T14:05:00",
        "date_gmt": "2025-02-05T11:05:00",
        "modified_gmt": "2025-02-06T08:00:00",
        "link": "https://blog.example/2025/02/05/wheat/",
        "title": {"rendered": "Wheat talks &#8220;constructive&#8221;"},
        "content": {
            "rendered": "<p>Delegations met in Damascus on Wednesday to discuss wheat supplies "
            "for the coming season.</p>\n<p>A second round is planned for March.</p>",
            "protected": False,
        },
        "excerpt": {"rendered": "<p>Delegations met in Damascus.</p>"},
        "author": 7,
        "yoast_head_json": {"og_site_name": "Levant Diary", "author": "Anna Kerimova"},
    }
    article = _article("812.json", json.dumps(post), default_tz=BERLIN)
    assert article.title == "Wheat talks “constructive”"
    assert article.published_at == datetime(2025, 2, 5, 11, 5, tzinfo=UTC)  # date_gmt is UTC
    assert article.author == "Anna Kerimova"
    assert article.source == "Levant Diary"
    assert article.summary == "Delegations met in Damascus."
    assert article.content_text.endswith("A second round is planned for March.")


def test_json_written_by_trafilatura() -> None:
    obj = {
        "title": "Offshore wind farm begins supplying the grid",
        "author": "Marta Nowak",
        "hostname": "energymonitor.example",
        "date": "2025-01-28",
        "text": "The first turbines of the offshore wind farm were connected to the grid on "
        "Tuesday.\nThe remaining turbines follow this spring.",
        "source": "https://energymonitor.example/news/2025/01/28/wind",
        "source-hostname": "Energy Monitor",
        "tags": "offshore wind;Poland;grid",
        "categories": "Renewables",
    }
    article = _article("wind.json", json.dumps(obj))
    assert article.source == "Energy Monitor"
    assert article.link == "https://energymonitor.example/news/2025/01/28/wind"
    assert article.published_at == datetime(2025, 1, 28, tzinfo=UTC)
    assert article.tags == ("offshore wind", "Poland", "grid")
    assert len(article.content_text.split("\n\n")) == 2


def test_json_nested_metadata_markdown_body_and_title_without_site_affix() -> None:
    obj = {
        "markdown": "# Tram line approved\n\nThe council approved the **tram line** on Monday "
        "after six hours of debate.\n\n[Share](https://city.example/share)",
        "metadata": {
            "title": "Tram line approved | City News",
            "sourceURL": "https://city.example/tram",
            "publishedTime": "2025-01-02T10:00:00Z",
            "tags": [{"label": "transport"}, {"label": "council"}],
        },
    }
    article = _article("tram.json", json.dumps(obj))
    assert article.title == "Tram line approved"
    assert article.link == "https://city.example/tram"
    assert article.published_at == datetime(2025, 1, 2, 10, 0, tzinfo=UTC)
    assert article.tags == ("transport", "council")
    assert article.content_text == (
        "The council approved the tram line on Monday after six hours of debate."
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            '[{"title": "one", "text": "An article inside an array is not accepted."}]',
            "unparseable",
        ),
        ('{"title": "unterminated', "unparseable"),
        ('"just a string"', "unparseable"),
        ("[" * 50000 + "]" * 50000, "unparseable"),
        ('{"title": "Only a title"}', "no_text"),
        ('{"title": "t", "content": "   "}', "no_text"),
        ('{"title": "t", "text": "Share | Tweet | Copy link"}', "no_text"),
    ],
)
def test_json_that_is_not_one_article_object_is_rejected(text: str, reason: str) -> None:
    result = _normalize("doc.json", text)
    assert isinstance(result, Rejected) and result.reason == reason
    assert result.detail


# --------------------------------------------------------------------------------------
# Dispatch


@pytest.mark.parametrize(
    ("name", "is_html"),
    [
        ("a.html", True),
        ("b.HTM", True),
        ("c/d.html", True),
        ("e.txt", False),
        ("f", False),
        ("g.xml", False),
        ("html", False),
    ],
)
def test_extension_picks_the_normalizer(name: str, is_html: bool) -> None:
    page = (
        "<html><body><h1>Headline here</h1><p>"
        + "Words of the body go on. " * 5
        + "</p></body></html>"
    )
    article = _article(name, page)
    assert ("<p>" in article.content_text) is not is_html


def test_markdown_and_json_extensions_are_read_as_such() -> None:
    assert (
        _article("x.MD", "---\ntitle: T\n---\nA body paragraph of some length here.\n").title == "T"
    )
    assert (
        _article("x.json", '{"title": "J", "text": "A body paragraph of some length here."}').title
        == "J"
    )


# --------------------------------------------------------------------------------------
# Arbitrary input never raises

_TEXT = st.text(max_size=300)
_HTML_PIECES = st.sampled_from(
    [
        "<html>",
        "</html>",
        "<head>",
        "<title>",
        "</title>",
        "<body>",
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<h1>",
        "</h1>",
        "<a href='x'>",
        "</a>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<meta charset='cp1251'>",
        "<meta property='og:title' content='",
        "'>",
        "<time datetime='2024-13-45'>",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "<![CDATA[",
        "<?xml version='1.0' encoding='utf-8'?>",
        '<script type="application/ld+json">{"@type":',
    ]
)
_MARKDOWN_PIECES = st.sampled_from(
    [
        "---\n",
        "+++\n",
        "title: ",
        "date: ",
        "# ",
        "## ",
        "\n",
        "\n\n",
        "- ",
        "> ",
        "**",
        "*",
        "_",
        "[",
        "](",
        ")",
        "![",
        "```\n",
        "|",
        "===\n",
        "tags: [",
        "]",
        "author:\n  - ",
    ]
)
_JSON_KEYS = st.sampled_from(
    [
        "title",
        "headline",
        "name",
        "content",
        "text",
        "body",
        "html",
        "url",
        "link",
        "date",
        "published_at",
        "datePublished",
        "author",
        "byline",
        "source",
        "site_name",
        "tags",
        "keywords",
        "lang",
        "summary",
        "article",
        "data",
    ]
)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(_JSON_KEYS | _TEXT, inner, max_size=4)
    ),
    max_leaves=12,
)
_FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FUZZ
@given(st.lists(_HTML_PIECES | _TEXT, max_size=30), st.sampled_from(["utf-8", "cp1251", "utf-16"]))
def test_arbitrary_html_never_raises(pieces: list[str], codec: str) -> None:
    data = "".join(pieces).encode(codec, errors="replace")
    _assert_xml_safe(_normalize("page.html", data))


@_FUZZ
@given(st.lists(_MARKDOWN_PIECES | _TEXT, max_size=40))
def test_arbitrary_markdown_never_raises(pieces: list[str]) -> None:
    _assert_xml_safe(_normalize("post.md", "".join(pieces).encode("utf-8", "surrogatepass")))


@_FUZZ
@given(st.dictionaries(_JSON_KEYS, _JSON_VALUES, max_size=8) | _JSON_VALUES)
@example({"content": "0:0:0:0:0\x1b0»"})  # a JSON escape decodes to a control character
def test_arbitrary_json_never_raises(value: object) -> None:
    _assert_xml_safe(_normalize("doc.json", json.dumps(value)))


@_FUZZ
@given(st.binary(max_size=600), st.sampled_from(["a.html", "a.md", "a.json"]))
def test_arbitrary_bytes_never_raise(data: bytes, name: str) -> None:
    _assert_xml_safe(_normalize(name, data))
