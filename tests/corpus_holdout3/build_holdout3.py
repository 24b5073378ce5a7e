# ruff: noqa: E501  (page text is long lines by nature)
"""Build the THIRD held-out corpus: `docs/` and `labels.json`, from the documents below.

    python tests/corpus_holdout3/build_holdout3.py [--out DIR]      (default: this folder)

A blind set of MIXED formats (HTML, Markdown, JSON, plain text), written before reading the
HTML, Markdown and JSON normalizers' rules. Its outlets, people and articles occur in none of
the other corpora. Labels follow tests/corpus/README.md exactly.

Each document is written out as the file it becomes, with one marker:

    ⟦paragraph⟧     a body paragraph (the label's body, once its markup is read: HTML tags
                    dropped and entities decoded; Markdown links, emphasis and quote marks
                    dropped)

Every other visible line (HTML text between block tags outside <head>, <script> and
<style>; Markdown lines outside front matter; lines of a JSON body field; plain-text lines)
is page furniture and goes into the label's chrome, minus lines whose text also occurs in the
body or title, as in the other corpora. The title and metadata are stated per document. The
output is deterministic (tests/test_holdout3_corpus.py checks the committed files).

All outlets, people and events are invented. Dates without a zone are UTC by convention.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦(.*?)⟧", re.S)
BLOCK = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|header|footer|nav|section|article|aside|figure|figcaption"
    r"|blockquote|br|tr|td|th|table|form|button|label|main|body|html|dl|dt|dd|address|hr"
    r"|center|font|input|select|option)\b[^>]*>",
    re.I,
)


@dataclass
class Doc:
    key: str
    kind: str  # html, md, json, txt
    layout: str
    lang: str
    title: str
    source: str | None
    author: str | None
    published: str | None
    link: str | None
    text: Any  # str, or for json a dict whose strings may hold markers
    enc: str = "utf-8"
    nl: str = "lf"


def plain_html(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def plain_md(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^(?:>\s*|#+\s+|[-*+]\s+)", "", text.strip())
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<!\w)[*_](\S(?:.*?\S)?)[*_](?!\w)", r"\1", text)
    return " ".join(text.split())


def visible_lines(text: str, kind: str) -> list[str]:
    """The furniture a reader sees, one entry per line or block."""
    if kind == "html":
        text = re.sub(
            r"<head\b.*?</head>|<script\b.*?</script>|<style\b.*?</style>",
            "\n",
            text,
            flags=re.S | re.I,
        )
        text = re.sub(r"<!--.*?-->|<noscript\b.*?</noscript>", "\n", text, flags=re.S | re.I)
        text = BLOCK.sub("\n", text)
        return [plain_html(line) for line in text.split("\n")]
    if kind == "md":
        text = re.sub(r"\A(---|\+\+\+)\n.*?\n\1\n", "", text, flags=re.S)
        return [
            plain_md(line)
            for line in text.split("\n")
            if not re.fullmatch(r"\s*([-*_])\1\1+\s*", line)
        ]
    return [" ".join(line.split()) for line in text.split("\n")]


def chrome_key(line: str) -> str:
    """Same rule as feedd.eval: collapse spaces, trim non-alphanumeric ends."""
    return re.sub(r"^[\W_]+|[\W_]+$", "", " ".join(line.split()))


def occurs(key: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", " ".join(text.split())) is not None


def read_marked(text: str, kind: str) -> tuple[str, list[str], list[str]]:
    """The file text, its body paragraphs and its furniture lines."""
    clean = (
        plain_md
        if kind == "md"
        else plain_html
        if kind == "html"
        else (lambda s: " ".join(s.split()))
    )
    body = [clean(m) for m in MARK.findall(text)]
    furniture = [line for line in visible_lines(MARK.sub("\n", text), kind) if line]
    return MARK.sub(lambda m: m.group(1), text), body, furniture


def render(doc: Doc) -> tuple[str, list[str], list[str]]:
    if doc.kind != "json":
        text, body, furniture = read_marked(doc.text, doc.kind)
    else:
        body, furniture = [], []

        def walk(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: walk(v) for k, v in value.items()}
            if isinstance(value, list):
                return [walk(v) for v in value]
            if isinstance(value, str) and "⟦" in value:
                kind = "html" if re.search(r"<(p|div|h2|figure)\b", value) else "txt"
                out, paras, lines = read_marked(value, kind)
                body.extend(paras)
                furniture.extend(lines)
                return out
            return value

        text = json.dumps(walk(doc.text), ensure_ascii=False, indent=2) + "\n"
    assert body, f"{doc.key}: no body"
    flat = " ".join(body)
    chrome: list[str] = []
    for line in furniture:
        key = chrome_key(line)
        if key and line not in chrome and not occurs(key, flat) and not occurs(key, doc.title):
            chrome.append(line)
    return text, body, chrome


def build(out: Path) -> list[str]:
    assert len({d.key for d in DOCS}) == len(DOCS), "duplicate keys"
    docs_dir = out / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    seen: set[str] = set()
    labels: dict[str, dict[str, object]] = {}
    for n, doc in enumerate(DOCS, 1):
        text, body, chrome = render(doc)
        for para in body:
            assert para not in seen, f"{doc.key}: paragraph repeated: {para[:60]!r}"
            seen.add(para)
        if doc.published:
            datetime.fromisoformat(doc.published)
        name = f"{n:03d}_{hashlib.sha1(doc.key.encode()).hexdigest()[:16]}.{doc.kind}"
        if doc.nl == "crlf":
            text = text.replace("\n", "\r\n")
        (docs_dir / name).write_bytes(text.encode(doc.enc))
        labels[name] = {
            "layout": doc.layout,
            "title": doc.title,
            "source": doc.source,
            "author": doc.author,
            "published": doc.published,
            "link": doc.link,
            "language": doc.lang,
            "body": body,
            "chrome": chrome,
        }
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return list(labels)


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the third held-out corpus.")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: this one)")
    args = parser.parse_args()
    print(f"wrote {len(build(args.out))} documents and labels.json")


DOCS: list[Doc] = []

# ---------------------------------------------------------------- HTML
DOCS.append(
    Doc(
        key="h01-tidewater-tartus",
        kind="html",
        layout="tidewater",
        lang="en",
        title="Satellite images show Russian vessels leaving Tartus pier",
        source="Tidewater Chronicle",
        author="Marcus Feld",
        published="2025-02-11T08:30:00-05:00",
        link="https://www.tidewaterchronicle.example/world/2025/02/11/russian-vessels-leave-tartus/",
        text="""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Satellite images show Russian vessels leaving Tartus pier | Tidewater Chronicle</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Two landing ships and a tug were no longer at the Syrian port on Monday, imagery shows.">
<meta property="og:title" content="Satellite images show Russian vessels leaving Tartus pier">
<meta property="og:site_name" content="Tidewater Chronicle">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.tidewaterchronicle.example/world/2025/02/11/russian-vessels-leave-tartus/">
<meta property="article:published_time" content="2025-02-11T08:30:00-05:00">
<meta property="article:modified_time" content="2025-02-11T16:02:00-05:00">
<meta property="article:section" content="World">
<link rel="canonical" href="https://www.tidewaterchronicle.example/world/2025/02/11/russian-vessels-leave-tartus/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Satellite images show Russian vessels leaving Tartus pier","datePublished":"2025-02-11T08:30:00-05:00","dateModified":"2025-02-11T16:02:00-05:00","author":[{"@type":"Person","name":"Marcus Feld"}],"publisher":{"@type":"Organization","name":"Tidewater Chronicle"}}</script>
<style>.cookie{position:fixed}</style>
</head>
<body>
<div class="cookie" id="consent"><p>We and our partners use cookies to personalise content and ads.</p><button>Accept all</button><button>Manage options</button></div>
<header class="site-header"><a class="logo" href="/">Tidewater Chronicle</a>
<nav><ul><li><a href="/local">Local</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main>
<article>
<div class="kicker">WORLD</div>
<h1>Satellite images show Russian vessels leaving Tartus pier</h1>
<div class="byline">By <a rel="author" href="/staff/marcus-feld">Marcus Feld</a> <span class="role">Foreign desk</span></div>
<div class="dates"><time datetime="2025-02-11T08:30:00-05:00">Feb. 11, 2025 at 8:30 a.m. EST</time> · Updated <time datetime="2025-02-11T16:02:00-05:00">4:02 p.m.</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a> <a href="#">Gift this article</a></div>
<figure><img src="/img/tartus.jpg" alt=""><figcaption>The Russian naval facility at Tartus, seen in January. <span class="credit">Photo: Orbital Eye Imaging</span></figcaption></figure>
<p>⟦Two Russian landing ships and an ocean-going tug that had been moored at the naval facility in Tartus for weeks were gone from the pier on Monday, according to commercial satellite images reviewed by the Tidewater Chronicle.⟧</p>
<p>⟦The images, taken on Feb. 10, show a largely empty quay where the <em>Alexander Otrakovsky</em> and the <em>Ivan Gren</em> had been berthed since late December. A floating crane remained in place.⟧</p>
<aside class="newsletter"><h3>Get the World Briefing</h3><p>The day's most important international stories, every weekday morning.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>
<p>⟦Analysts cautioned that the departures did not necessarily mean Moscow was abandoning the port, its only naval foothold in the Mediterranean. &ldquo;Ships rotate in and out all the time,&rdquo; said Carla Moreno, a former naval intelligence officer.⟧</p>
<p>⟦Syria's new government has said the future of Russia's presence at Tartus and at the Hmeimim air base will be decided in negotiations, without giving a timetable.⟧</p>
<div class="tags">Topics: <a href="/t/russia">Russia</a> <a href="/t/syria">Syria</a> <a href="/t/navy">Navy</a></div>
</article>
<section class="related"><h2>More in World</h2><ul><li><a href="/w/1">Ceasefire talks resume in Doha</a></li><li><a href="/w/2">Baltic states finish grid switch</a></li><li><a href="/w/3">Aid convoy reaches northern Gaza</a></li></ul></section>
<section class="comments"><h2>Comments (14)</h2><div class="comment"><p class="who">harborwatcher</p><p>So the base is closing or not? Nobody seems to know.</p></div><div class="comment"><p class="who">JDR_1977</p><p>Good reporting, thanks.</p></div></section>
</main>
<footer><p>&copy; 2025 Tidewater Chronicle. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of service</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h02-greenhand-blog",
        kind="html",
        layout="greenhand",
        lang="en",
        title="Why I stopped digging my vegetable beds",
        source="The Green Hand",
        author="Priya Mallory",
        published="2025-03-02",
        link=None,
        text="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Why I stopped digging my vegetable beds &#8211; The Green Hand</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">The Green Hand</a></p><p class="site-description">Notes from a small allotment in Leeds</p></div>
<nav id="site-navigation"><ul id="top-menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/category/veg/">Veg</a></li><li><a href="/category/flowers/">Flowers</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post status-publish">
<header class="entry-header"><div class="entry-meta"><span class="posted-on">Posted on <a href="/2025/03/02/no-dig/" rel="bookmark"><time class="entry-date published" datetime="2025-03-02">March 2, 2025</time></a></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/priya/">Priya Mallory</a></span></span></div>
<h1 class="entry-title">Why I stopped digging my vegetable beds</h1></header>
<div class="entry-content">
<p>⟦For eleven years I turned over every bed on the plot each November, because that is what my grandfather did and what the allotment society&#8217;s leaflet told us to do.⟧</p>
<p>⟦Three winters ago I tried leaving two beds alone and simply spreading five centimetres of compost on top. The difference in the first summer was small. By the second it was obvious: fewer weeds, soil that stayed moist in July, and far more worms.⟧</p>
<h2>⟦What I do now⟧</h2>
<p>⟦Every autumn the beds get a layer of homemade compost or well-rotted horse manure from the stables down the lane. I plant straight into it in spring, pulling weeds while they are small.⟧</p>
<p>⟦It is not a miracle. Slugs love the mulch, and the first year you will need more compost than you think.⟧</p>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li><li><a href="#">Print</a></li></ul></div>
<div class="jp-relatedposts"><h3>Related</h3><p><a href="/2024/10/garlic/">Planting garlic in October</a></p><p><a href="/2024/08/blight/">Blight again</a></p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/veg/">Veg</a></span> <span class="tags-links">Tagged <a href="/tag/no-dig/">no-dig</a>, <a href="/tag/soil/">soil</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">4 thoughts on &ldquo;Why I stopped digging my vegetable beds&rdquo;</h2>
<ol class="comment-list"><li class="comment"><div class="comment-author">Tom B</div><div class="comment-metadata">March 3, 2025 at 7:12 am</div><p>Same experience here on heavy clay. Took two years to see it.</p><div class="reply">Reply</div></li>
<li class="comment"><div class="comment-author">Ann</div><div class="comment-metadata">March 4, 2025 at 9:40 pm</div><p>Where do you get enough compost for all of it?</p><div class="reply">Reply</div></li></ol>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/2025/02/seed-order/">The 2025 seed order</a></li><li><a href="/2025/01/frost/">Frost and the broad beans</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h03-transport-ministry",
        kind="html",
        layout="govpress",
        lang="en",
        title="New rules to cut waiting times at driving test centres",
        source="GOV.EX",
        author=None,
        published="2025-02-12",
        link="https://www.roadtransport.gov.example/news/new-rules-to-cut-waiting-times-at-driving-test-centres",
        text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>New rules to cut waiting times at driving test centres - GOV.EX</title>
<meta name="description" content="Learner drivers will have to wait longer before rebooking after a missed test.">
<link rel="canonical" href="https://www.roadtransport.gov.example/news/new-rules-to-cut-waiting-times-at-driving-test-centres">
</head>
<body class="govex-template__body">
<a href="#main-content" class="govex-skip-link">Skip to main content</a>
<div class="cookie-banner"><h2>Cookies on GOV.EX</h2><p>We use some essential cookies to make this website work.</p><button>Accept additional cookies</button><button>Reject additional cookies</button><a href="/help/cookies">View cookies</a></div>
<header class="govex-header"><a href="/" class="govex-header__link">GOV.EX</a><nav><a href="/browse/driving">Driving and transport</a> <a href="/search">Search</a></nav></header>
<div class="govex-width-container">
<div class="govex-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/browse/driving">Driving and transport</a></li><li><a href="/browse/driving/tests">Driving tests</a></li></ol></div>
<main id="main-content">
<span class="govex-caption-xl">Press release</span>
<h1 class="govex-heading-xl">New rules to cut waiting times at driving test centres</h1>
<p class="govex-lead">⟦Learner drivers who miss a practical test without notice will have to wait 28 days before they can book another, under changes announced today.⟧</p>
<div class="metadata"><dl><dt>From:</dt><dd><a href="/org/department-for-road-transport">Department for Road Transport</a> and <a href="/org/driving-standards-agency">Driving Standards Agency</a></dd><dt>Published</dt><dd>12 February 2025</dd></dl></div>
<div class="govspeak">
<p>⟦The measures are intended to free up more than 40,000 test slots a year that are currently lost to candidates who do not turn up.⟧</p>
<p>⟦Roads Minister Helen Ashdown said:⟧</p>
<blockquote><p>⟦Too many learners are waiting months for a test while slots go unused. These changes are fair to everyone who turns up on the day.⟧</p></blockquote>
<p>⟦The department will also recruit 300 additional examiners this year and extend Saturday testing at 60 centres.⟧</p>
<h2>⟦Notes to editors⟧</h2>
<ul><li>⟦The 28-day rule will apply to tests booked from 1 April 2025.⟧</li><li>⟦Candidates who cancel with at least three working days' notice are not affected.⟧</li></ul>
<h3>Media enquiries</h3>
<p>Press office: 020 7946 0800</p>
<p>Out of hours: 020 7946 0999</p>
</div>
<div class="share"><h2>Share this page</h2><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<div class="govex-related"><h2>Related content</h2><ul><li><a href="/book-driving-test">Book your driving test</a></li><li><a href="/change-driving-test">Change your driving test appointment</a></li></ul></div>
<div class="feedback"><p>Is this page useful?</p><button>Yes</button><button>No</button><a href="#">Report a problem with this page</a></div>
</main>
</div>
<footer class="govex-footer"><ul><li><a href="/help">Help</a></li><li><a href="/help/privacy">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility">Accessibility statement</a></li></ul><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><p>&copy; Crown copyright</p></footer>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h04-ardent-thinktank",
        kind="html",
        layout="ardent",
        lang="en",
        title="What Hmeimim Still Buys Moscow",
        source="Ardent Policy Institute",
        author="Nadia Korsakova and Peter Lindqvist",
        published="2025-02-06",
        link="https://ardentpolicy.example/analysis/what-hmeimim-still-buys-moscow",
        text="""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What Hmeimim Still Buys Moscow | Ardent Policy Institute</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Article", "headline": "What Hmeimim Still Buys Moscow",
 "url": "https://ardentpolicy.example/analysis/what-hmeimim-still-buys-moscow",
 "datePublished": "2025-02-06", "author": [{"@type": "Person", "name": "Nadia Korsakova"}, {"@type": "Person", "name": "Peter Lindqvist"}],
 "publisher": {"@type": "Organization", "name": "Ardent Policy Institute"}}
</script>
</head>
<body>
<header><div class="brand">ARDENT POLICY INSTITUTE</div><nav><a href="/research">Research</a> <a href="/experts">Experts</a> <a href="/events">Events</a> <a href="/about">About</a> <a href="/donate" class="btn">Donate</a></nav></header>
<main>
<div class="content-type">Analysis</div>
<h1>What Hmeimim Still Buys Moscow</h1>
<p class="dek">⟦The air base in Latakia matters less for Syria than for Russia's reach into Africa.⟧</p>
<div class="authors"><a href="/experts/nadia-korsakova">Nadia Korsakova</a>, <a href="/experts/peter-lindqvist">Peter Lindqvist</a></div>
<div class="date">February 6, 2025</div>
<div class="body">
<p>⟦Most commentary on Russia's bases in Syria asks whether Moscow can keep them. The more useful question is what it would lose without them, and the answer is mostly about logistics rather than prestige.⟧</p>
<p>⟦Hmeimim is the only place where Russian heavy transport aircraft can refuel on the way to Libya, Mali and the Central African Republic without crossing NATO airspace or relying on a third country's goodwill.⟧</p>
<h2>⟦The African corridor⟧</h2>
<p>⟦In 2024 we counted at least 190 Il-76 and An-124 flights between Russia and Hmeimim, and 140 onward flights from Hmeimim to Benghazi and Al-Khadim. Alternative routes through Iran and Sudan exist on paper but are longer and politically fragile.⟧</p>
<p>⟦The naval facility at Tartus plays a smaller role in this traffic, although it remains the only port where Russian warships can be repaired in the Mediterranean.⟧</p>
<div class="callout"><p>Support independent research. Ardent is funded by readers like you.</p><a href="/donate">Give today</a></div>
<p>⟦Any agreement with Damascus that keeps Hmeimim open, even on reduced terms, would therefore be worth more to Moscow than the headlines about a shrinking footprint suggest.⟧</p>
</div>
<div class="disclaimer"><p>The views expressed are those of the authors and do not necessarily reflect those of the Ardent Policy Institute.</p></div>
<section class="bios"><h2>About the authors</h2><p><strong>Nadia Korsakova</strong> is a senior fellow in the Russia and Eurasia programme.</p><p><strong>Peter Lindqvist</strong> is a research analyst focusing on military logistics.</p></section>
<section class="related"><h2>Related research</h2><ul><li><a href="#">The Wagner Succession in the Sahel</a></li><li><a href="#">Black Sea Fleet After Sevastopol</a></li></ul></section>
</main>
<footer><p>Ardent Policy Institute is a registered charity no. 1098765.</p><p>&copy; 2025 Ardent Policy Institute</p><a href="/privacy">Privacy</a> <a href="/newsletter">Newsletter</a></footer>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h05-neckarbote-bahn",
        kind="html",
        layout="neckarbote",
        lang="de",
        title="Lokführer legen Regionalverkehr für 24 Stunden lahm",
        source="Neckarbote",
        author="Jana Wiedemann",
        published="2025-02-19T05:45:00+01:00",
        link="https://www.neckarbote.example/region/lokfuehrer-streik-regionalverkehr-2025-02-19.html",
        text="""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Lokführer legen Regionalverkehr für 24 Stunden lahm - Neckarbote</title>
<meta property="og:title" content="Lokführer legen Regionalverkehr für 24 Stunden lahm">
<meta property="og:site_name" content="Neckarbote">
<meta property="og:locale" content="de_DE">
<meta property="og:url" content="https://www.neckarbote.example/region/lokfuehrer-streik-regionalverkehr-2025-02-19.html">
<meta property="article:published_time" content="2025-02-19T05:45:00+01:00">
<meta property="article:author" content="https://www.neckarbote.example/autoren/jana-wiedemann">
<meta name="author" content="Jana Wiedemann">
</head>
<body>
<div id="cmp"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
<header><a href="/" class="logo">Neckarbote</a><nav><a href="/region">Region</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/sport">Sport</a> <a href="/abo">Abo</a></nav></header>
<main>
<article>
<p class="dachzeile">Streik bei der Bahn</p>
<h1>Lokführer legen Regionalverkehr für 24 Stunden lahm</h1>
<div class="meta"><span class="autor">Von Jana Wiedemann</span> | <time datetime="2025-02-19T05:45:00+01:00">19.02.2025, 05:45 Uhr</time></div>
<p class="teaser">⟦Pendler zwischen Heilbronn und Stuttgart müssen sich am Donnerstag auf massive Ausfälle einstellen.⟧</p>
<figure><img src="/bilder/bahnsteig.jpg" alt="Leerer Bahnsteig"><figcaption>Leere Bahnsteige wie hier in Heilbronn dürften am Donnerstag das Bild bestimmen. Foto: Marco Vogt/dpa</figcaption></figure>
<p>⟦Die Gewerkschaft der Lokomotivführer hat ihre Mitglieder in Baden-Württemberg zu einem ganztägigen Warnstreik aufgerufen. Betroffen sind nach Angaben der Gewerkschaft alle Regionalzüge und S-Bahnen, die von der Landesgesellschaft betrieben werden.⟧</p>
<p>⟦Der Streik beginnt in der Nacht zum Donnerstag um 2 Uhr und soll bis Freitag um 2 Uhr dauern. Ein Notfahrplan werde nicht angeboten, teilte das Unternehmen mit.⟧</p>
<div class="mehr"><strong>Mehr zum Thema</strong><ul><li><a href="#">Tarifstreit: Was Pendler jetzt wissen müssen</a></li><li><a href="#">Busse statt Bahn? Die Ersatzangebote im Überblick</a></li></ul></div>
<p>⟦Im Tarifkonflikt geht es um eine Verkürzung der Wochenarbeitszeit und höhere Schichtzulagen. Die dritte Verhandlungsrunde war am Montag ohne Ergebnis abgebrochen worden.⟧</p>
<p>⟦Fahrgäste mit Zeitkarten können ihre Tickets am Streiktag auch in Bussen der Verkehrsverbünde nutzen.⟧</p>
</article>
<div class="teilen">Artikel teilen: <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">E-Mail</a></div>
<section class="kommentare"><h2>Kommentare (3)</h2><div><b>pendler_hn</b><p>Schon wieder. Ich fahre ab jetzt mit dem Rad.</p></div></section>
</main>
<footer><p>&copy; Neckarbote Verlag GmbH 2025</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a></footer>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h06-lecho-tartous",
        kind="html",
        layout="lecho",
        lang="fr",
        title="À Tartous, les habitants attendent de savoir si la base russe restera",
        source="L'Écho du Levant",
        author="Claire Dumoulin",
        published="2025-02-14T10:00:00+01:00",
        link=None,
        text="""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>À Tartous, les habitants attendent de savoir si la base russe restera – L'Écho du Levant</title>
<meta property="og:site_name" content="L'Écho du Levant">
<meta property="og:type" content="article">
</head>
<body>
<div class="bandeau-cookies">Ce site utilise des cookies. <a href="#">En savoir plus</a> <button>J'accepte</button></div>
<header><div class="logo">L'Écho du Levant</div><ul class="menu"><li>International</li><li>Moyen-Orient</li><li>Économie</li><li>Culture</li></ul><a href="/abonnement" class="abo">S'abonner</a></header>
<div class="page">
<article class="article">
<p class="surtitre">Reportage</p>
<h1 class="titre">À Tartous, les habitants attendent de savoir si la base russe restera</h1>
<p class="chapo">⟦Dans le port syrien, la présence militaire russe fait vivre des centaines de familles. Son avenir se négocie à Damas.⟧</p>
<p class="signature">Par <span class="auteur">Claire Dumoulin</span>, envoyée spéciale à Tartous</p>
<p class="date">Publié le <time datetime="2025-02-14T10:00:00+01:00">14 février 2025 à 10h00</time>, mis à jour le 15 février 2025 à 08h12</p>
<div class="partage"><a href="#">Partager</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Copier le lien</a></div>
<div class="texte">
<p>⟦Sur la corniche, Abou Samir vend du café aux dockers depuis vingt ans. « Les marins russes étaient nos meilleurs clients », dit-il en montrant les grilles fermées du port militaire, à quelques centaines de mètres.⟧</p>
<p>⟦Depuis la chute du régime en décembre, les navires se font plus rares. Les habitants disent avoir vu partir plusieurs bâtiments, sans que personne ne sache s'ils reviendront.⟧</p>
<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="#">Syrie : Moscou et Damas reprennent les discussions sur les bases</a></p>
<p>⟦La municipalité estime qu'environ 600 emplois dépendent directement ou indirectement de la base, des chantiers de réparation aux fournisseurs de vivres.⟧</p>
<p>⟦Le nouveau gouvernement syrien n'a pas dit s'il prolongerait le bail accordé à la Russie en 2017 pour quarante-neuf ans.⟧</p>
</div>
<div class="abo-box"><p>Cet article vous a intéressé ? Abonnez-vous pour 1 € le premier mois.</p><a href="#">Je m'abonne</a></div>
</article>
<aside class="plus-lus"><h2>Les plus lus</h2><ol><li>Liban : la reconstruction du port de Beyrouth relancée</li><li>Jordanie : la sécheresse menace les récoltes</li></ol></aside>
</div>
<footer><p>© L'Écho du Levant 2025 – Mentions légales – Politique de confidentialité – Contact</p></footer>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h07-cuaderno-blog",
        kind="html",
        layout="cuaderno",
        lang="es",
        title="Tres días en Cádiz sin coche",
        source="Cuaderno de Ruta",
        author="Lucía Ferrer",
        published="2025-01-26",
        link=None,
        text="""<html>
<head>
<meta charset="utf-8">
<title>Tres días en Cádiz sin coche | Cuaderno de Ruta</title>
</head>
<body>
<div id="cabecera"><h2 class="blog-title"><a href="/">Cuaderno de Ruta</a></h2><p class="descripcion">Viajes lentos por la península</p></div>
<div id="menu"><a href="/">Inicio</a> | <a href="/destinos">Destinos</a> | <a href="/sobre-mi">Sobre mí</a> | <a href="/contacto">Contacto</a></div>
<div id="principal">
<div class="entrada">
<h1 class="entrada-titulo">Tres días en Cádiz sin coche</h1>
<p class="entrada-meta">Publicado por Lucía Ferrer el 26 de enero de 2025 · 5 comentarios</p>
<div class="entrada-cuerpo">
<p>⟦Llegamos a Cádiz en el tren de media distancia desde Sevilla, que tarda algo menos de dos horas y deja al viajero a diez minutos a pie del casco antiguo.⟧</p>
<p>⟦El primer día lo dedicamos a caminar: la catedral, el barrio de la Viña y el paseo hasta el castillo de San Sebastián al atardecer. No hace falta nada más.⟧</p>
<div class="imagen"><img src="/fotos/caleta.jpg"><p class="pie">La playa de La Caleta en enero. Foto: Lucía Ferrer</p></div>
<p>⟦El segundo día cogimos el catamarán a El Puerto de Santa María, que cuesta menos de tres euros y sale cada hora desde la estación marítima.⟧</p>
<p>⟦Para el último día reservamos el mercado central y una comida larga. En invierno casi todo está abierto y los precios son razonables.⟧</p>
</div>
<div class="compartir">Compartir en: <a href="#">Facebook</a> <a href="#">Pinterest</a> <a href="#">WhatsApp</a></div>
<div class="etiquetas">Etiquetas: <a href="#">Andalucía</a>, <a href="#">tren</a>, <a href="#">escapadas</a></div>
</div>
<div class="comentarios"><h3>5 comentarios</h3><div class="comentario"><p class="autor">Marta G.</p><p>¡Qué ganas de volver! Gracias por los consejos del catamarán.</p></div><div class="comentario"><p class="autor">Iñaki</p><p>En verano ya no es tan tranquilo, eso sí.</p></div></div>
</div>
<div id="lateral"><h3>Entradas recientes</h3><ul><li>Una semana en el Camino Primitivo</li><li>Lisboa en tranvía</li></ul><h3>Suscríbete</h3><p>Recibe las nuevas entradas en tu correo.</p></div>
<div id="pie">© 2025 Cuaderno de Ruta · Creado con Blogger</div>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h08-severny-hmeimim",
        kind="html",
        layout="severny",
        lang="ru",
        title="На авиабазе Хмеймим сократили число дежурных самолётов",
        source="Северный курьер",
        author="Олег Ставицкий",
        published="2025-02-09T14:20:00+03:00",
        link="https://sevkurier.example/world/2025/02/09/hmeimim-samolety",
        text="""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>На авиабазе Хмеймим сократили число дежурных самолётов — Северный курьер</title>
<meta property="og:title" content="На авиабазе Хмеймим сократили число дежурных самолётов">
<meta property="og:site_name" content="Северный курьер">
<meta property="og:url" content="https://sevkurier.example/world/2025/02/09/hmeimim-samolety">
<meta property="article:published_time" content="2025-02-09T14:20:00+03:00">
<meta name="keywords" content="Сирия, Хмеймим, ВКС">
</head>
<body>
<div class="top-line"><span>Москва −6°</span> <span>USD 97,15</span> <span>EUR 101,30</span></div>
<header><a class="logo" href="/">Северный курьер</a><nav><a href="/politics">Политика</a> <a href="/world">В мире</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a></nav></header>
<main>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/world">В мире</a></div>
<article>
<h1>На авиабазе Хмеймим сократили число дежурных самолётов</h1>
<div class="article-info"><span class="author">Автор: <a href="/authors/stavitsky">Олег Ставицкий</a></span> <span class="date">9 февраля 2025, 14:20</span> <span class="views">2 314 просмотров</span></div>
<figure><img src="/i/hmeimim.jpg"><figcaption>Авиабаза Хмеймим. Фото: Министерство обороны РФ</figcaption></figure>
<p>⟦Число российских боевых самолётов, постоянно находящихся на авиабазе Хмеймим в Сирии, за последний месяц сократилось примерно вдвое, сообщили «Северному курьеру» два источника, знакомых с ситуацией.⟧</p>
<p>⟦По их словам, часть штурмовиков Су-24 и истребителей Су-35 перебазирована в Россию, а на базе остаются в основном транспортные самолёты и вертолёты.⟧</p>
<p class="readalso">Читайте также: <a href="#">Что будет с базой в Тартусе</a></p>
<p>⟦В Министерстве обороны России эту информацию не комментируют. Ранее в Кремле заявляли, что переговоры с новыми властями Сирии о статусе баз продолжаются.⟧</p>
<p>⟦Авиабаза Хмеймим под Латакией используется российскими военными с сентября 2015 года.⟧</p>
<div class="subscribe">Подписывайтесь на «Северный курьер» в Telegram</div>
<div class="tags">Теги: <a href="#">Сирия</a> <a href="#">ВКС</a></div>
</article>
<aside><h3>Главное за день</h3><ul><li>Госдума приняла закон о маркетплейсах</li><li>В Мурманске открылся новый терминал</li></ul></aside>
</main>
<footer>© 2025 «Северный курьер». При использовании материалов ссылка обязательна. 18+</footer>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h09-millbrook-school",
        kind="html",
        layout="millbrook",
        lang="en",
        title="School board approves later start time for high schools",
        source="Millbrook Ledger-Star",
        author="Denise Carver",
        published="2025-02-06T17:30:00-05:00",
        link=None,
        text="""<html>
<head>
<title>School board approves later start time for high schools - Millbrook Ledger-Star</title>
</head>
<body>
<div class="masthead"><img src="/logo.png" alt="Millbrook Ledger-Star"><span class="weather">34°F Cloudy</span></div>
<div class="navbar"><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/obits">Obituaries</a> <a href="/classifieds">Classifieds</a> <a href="/e-edition">E-Edition</a></div>
<div class="story">
<h1>School board approves later start time for high schools</h1>
<div class="story-meta"><span class="byline">By Denise Carver</span> <span class="sep">|</span> <span class="dateline">Feb. 6, 2025 5:30 p.m. EST</span></div>
<div class="story-body">
<p>⟦MILLBROOK — High school classes in the Millbrook Area School District will start 45 minutes later beginning next fall, after the school board voted 6-3 on Wednesday night to approve a new bell schedule.⟧</p>
<p>⟦Under the plan, the first bell at Millbrook High and Eastside High will ring at 8:15 a.m. instead of 7:30 a.m. Elementary schools will start earlier to allow buses to cover both runs.⟧</p>
<div class="ad">ADVERTISEMENT</div>
<p>⟦Superintendent Greg Lyle said the change followed two years of surveys in which a majority of parents and students backed a later start.⟧</p>
<p>⟦Board member Ruth Haines, who voted against, said the earlier elementary schedule would put young children at bus stops in the dark.⟧</p>
<p class="contact"><i>Contact Denise Carver at dcarver@ledgerstar.example or 555-0142.</i></p>
</div>
</div>
<div class="more"><h3>More local news</h3><ul><li>Route 9 bridge to close for repairs</li><li>Library expands Sunday hours</li></ul></div>
<div class="footer">Copyright © 2025 Millbrook Ledger-Star, a Valley Media company. All rights reserved.</div>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h10-bytewire-chips",
        kind="html",
        layout="bytewire",
        lang="en",
        title="Chipmaker delays second fab as demand for older nodes slumps",
        source="Bytewire",
        author="Kenji Ota and Sara Lind",
        published="2025-02-18T13:00:00+00:00",
        link="https://bytewire.example/2025/02/18/chipmaker-delays-second-fab/",
        text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Chipmaker delays second fab as demand for older nodes slumps - Bytewire</title>
<meta property="og:title" content="Chipmaker delays second fab as demand for older nodes slumps">
<meta property="og:site_name" content="Bytewire">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="Chipmaker delays second fab as demand for older nodes slumps">
<link rel="canonical" href="https://bytewire.example/2025/02/18/chipmaker-delays-second-fab/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Bytewire","url":"https://bytewire.example/"},{"@type":"NewsArticle","headline":"Chipmaker delays second fab as demand for older nodes slumps","datePublished":"2025-02-18T13:00:00Z","dateModified":"2025-02-19T09:00:00Z","author":[{"@type":"Person","name":"Kenji Ota"},{"@type":"Person","name":"Sara Lind"}],"publisher":{"@type":"Organization","name":"Bytewire"}}]}</script>
</head>
<body>
<header><a href="/" class="logo">Bytewire</a><nav><a href="/hardware">Hardware</a> <a href="/ai">AI</a> <a href="/policy">Policy</a> <a href="/reviews">Reviews</a> <a href="/login">Sign in</a></nav></header>
<div class="ad-leaderboard">Advertisement</div>
<main>
<article>
<a class="section" href="/hardware">Hardware</a>
<h1>Chipmaker delays second fab as demand for older nodes slumps</h1>
<p class="subhead">⟦Nordvolt Semiconductor says the Dresden plant will now open in 2028 at the earliest.⟧</p>
<div class="bylines">Kenji Ota and Sara Lind · <time datetime="2025-02-18T13:00:00Z">Tue, Feb 18, 2025, 1:00 PM UTC</time> · 4 min read</div>
<div class="sharebar"><button>Copy link</button><button>Share</button><button>Save</button></div>
<p>⟦Nordvolt Semiconductor has postponed construction of its second wafer plant in Dresden by at least two years, blaming weak demand for the mature chips used in cars and industrial machines.⟧</p>
<p>⟦The company told investors on Tuesday that utilisation at its existing fab had fallen to 71 percent in the fourth quarter, from 88 percent a year earlier.⟧</p>
<div class="inline-newsletter"><p><b>Bytewire Daily</b></p><p>Our top stories in your inbox, every morning.</p><input type="email" placeholder="you@example.com"><button>Subscribe</button></div>
<p>⟦The delay puts about 400 million euros of public subsidies on hold, a spokesperson for the Saxony state government said.⟧</p>
<p>⟦Nordvolt's shares fell 6 percent in Frankfurt.⟧</p>
<div class="ad-inline">Advertisement</div>
<div class="author-box"><p>Kenji Ota covers semiconductors and supply chains for Bytewire. Sara Lind is Bytewire's Berlin correspondent.</p></div>
</article>
<section class="trending"><h2>Trending</h2><ol><li>The best laptops for students in 2025</li><li>Why your router needs a firmware update today</li></ol></section>
</main>
<footer><p>© 2025 Bytewire Media Inc.</p><a href="/ethics">Ethics policy</a> <a href="/privacy">Privacy</a> <a href="/rss">RSS</a></footer>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h11-regione-comunicato",
        kind="html",
        layout="regione",
        lang="it",
        title="Ferrovia Cuneo-Ventimiglia, dal 3 marzo nuovi orari e più treni nel fine settimana",
        source="Regione Alpina",
        author=None,
        published="2025-02-14",
        link=None,
        text="""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Ferrovia Cuneo-Ventimiglia, dal 3 marzo nuovi orari e più treni nel fine settimana | Regione Alpina</title>
</head>
<body>
<a class="skip" href="#contenuto">Vai al contenuto principale</a>
<div class="header"><div class="ente">Regione Alpina</div><div class="servizi"><a href="#">Amministrazione trasparente</a> <a href="#">Bandi e concorsi</a> <a href="#">Contatti</a></div></div>
<div class="briciole">Home &gt; Ufficio stampa &gt; Comunicati</div>
<div id="contenuto">
<p class="tipo">Comunicato stampa</p>
<h1>Ferrovia Cuneo-Ventimiglia, dal 3 marzo nuovi orari e più treni nel fine settimana</h1>
<p class="data">14 febbraio 2025</p>
<div class="testo">
<p>⟦Dal 3 marzo sulla linea Cuneo-Ventimiglia entreranno in vigore i nuovi orari concordati tra la Regione e il gestore dell'infrastruttura, con quattro coppie di treni in più il sabato e la domenica.⟧</p>
<p>⟦«È un primo passo per riportare la linea a un servizio degno di una ferrovia internazionale», ha dichiarato l'assessore ai trasporti Marco Bellino.⟧</p>
<p>⟦Restano in vigore le limitazioni di velocità nella tratta francese, dove proseguono i lavori di consolidamento delle gallerie.⟧</p>
</div>
<p class="allegati">Allegati: <a href="#">Orari in vigore dal 3 marzo (PDF, 210 KB)</a></p>
<p class="ufficio">Ufficio stampa della Giunta regionale — ufficio.stampa@regione-alpina.example</p>
</div>
<div class="footer">Regione Alpina — Piazza Castello 1 — P.IVA 01234567890 — Privacy — Note legali — Accessibilità</div>
</body>
</html>
""",
    )
)

DOCS.append(
    Doc(
        key="h12-saved-marathon",
        kind="html",
        layout="riverside",
        lang="en",
        title="Record field of 9,000 expected for Riverside Marathon",
        source="Riverside Evening Post",
        author="Gareth Pryce",
        published="2025-03-14",
        link="http://www.riversidepost.example/sport/record-field-for-riverside-marathon-1-88231",
        enc="windows-1252",
        text="""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=(0076)http://www.riversidepost.example/sport/record-field-for-riverside-marathon-1-88231 -->
<HTML><HEAD>
<META http-equiv="Content-Type" content="text/html; charset=windows-1252">
<TITLE>Riverside Evening Post - Sport - Record field of 9,000 expected for Riverside Marathon</TITLE>
</HEAD>
<BODY bgcolor="#ffffff">
<TABLE width="760" border="0"><TR><TD><IMG src="masthead.gif" alt="Riverside Evening Post"></TD></TR>
<TR><TD class="nav"><A href="/news">News</A> | <A href="/sport">Sport</A> | <A href="/whatson">What's On</A> | <A href="/jobs">Jobs</A></TD></TR></TABLE>
<TABLE width="760"><TR><TD width="560" valign="top">
<FONT size="5"><B>Record field of 9,000 expected for Riverside Marathon</B></FONT><BR>
<FONT size="2">By Gareth Pryce<BR>Friday, 14 March 2025</FONT><BR><BR>
<P>⟦ORGANISERS of the Riverside Marathon expect a record 9,000 runners on Sunday, with the course changed for the first time in a decade to avoid roadworks on the ring road.⟧</P>
<P>⟦The new route starts at the Guildhall and crosses the river twice before finishing at Victoria Park, where a family fun run will also take place in the afternoon.⟧</P>
<P>⟦Race director Sue Kendrick said: &quot;We&#146;ve had more entries from first-timers than ever. It&#146;s going to be a great day for the city.&quot;⟧</P>
<P>⟦Roads in the city centre will be closed from 7am until 3pm. Park-and-ride buses will run every ten minutes.⟧</P>
<P><I>Have you got a story? Call the newsdesk on 01632 960 441.</I></P>
</TD><TD width="200" valign="top" class="side"><B>Most Read</B><BR>Cup draw pairs Town with old rivals<BR>New skatepark opens on Mill Lane<BR></TD></TR></TABLE>
<CENTER><FONT size="1">&copy; 2025 Riverside Evening Post | Terms | Privacy</FONT></CENTER>
</BODY></HTML>
""",
    )
)

# ---------------------------------------------------------------- Markdown
DOCS.append(
    Doc(
        key="m01-jekyll-kiln",
        kind="md",
        layout="kilnpost",
        lang="en",
        title="Firing a wood kiln for the first time in forty years",
        source="Kiln & Commons",
        author="Hal Brewster",
        published="2025-02-22T18:00:00+00:00",
        link="https://kilnandcommons.example/2025/02/22/wood-kiln-first-firing/",
        text="""---
layout: post
title: "Firing a wood kiln for the first time in forty years"
date: 2025-02-22 18:00:00 +0000
author: Hal Brewster
categories: [pottery, community]
tags: [kiln, wood-firing]
canonical_url: https://kilnandcommons.example/2025/02/22/wood-kiln-first-firing/
site: Kiln & Commons
comments: true
---

⟦The old anagama kiln behind the village hall had not been lit since 1984. Last weekend twelve of us fired it for thirty-one hours straight.⟧

⟦We started on Friday evening with a small fire in the firebox mouth, raising the temperature by about fifty degrees an hour. By Saturday noon the front chamber had reached 1,200°C and we began side-stoking through the ports.⟧

![The kiln at night](/assets/img/kiln-night.jpg)
*Stoking the side ports at 3am. Photo: Ellie Marsh*

⟦The hardest part was keeping **enough dry wood** within reach. We burned roughly four tonnes of pine and birch offcuts donated by the [sawmill at Hatherley](https://example.com/hatherley).⟧

⟦We unpack the kiln next Saturday. If you would like to help, come to the hall at ten.⟧

---

*Thanks for reading. If you enjoyed this, [subscribe by email](https://kilnandcommons.example/subscribe) or follow the [RSS feed](/feed.xml).*
""",
    )
)

DOCS.append(
    Doc(
        key="m02-hugo-tartus",
        kind="md",
        layout="brinepost",
        lang="en",
        title="Tartus after Assad: what the port's berths tell us",
        source="Brine & Steel",
        author="Oskar Vettel",
        published="2025-02-04T09:00:00+01:00",
        link=None,
        text="""+++
title = "Tartus after Assad: what the port's berths tell us"
date = 2025-02-04T09:00:00+01:00
draft = false
authors = ["Oskar Vettel"]
tags = ["russia", "syria", "navy"]
publisher = "Brine & Steel"
+++

⟦Since December I have been checking the Russian berths at Tartus every few days on freely available satellite imagery. Here is what changed, and what did not.⟧

## ⟦The berths⟧

⟦The Russian facility occupies the northern part of the port, with two floating piers and a repair workshop. In November both piers were usually occupied, often by a frigate and a submarine.⟧

⟦By mid-January only one pier was in use, mostly by auxiliaries. The floating dock PD-66, which Russia had said it would tow home, is still visible.⟧

> ⟦Absence of ships is not absence of a base. The lease and the infrastructure are still there.⟧

⟦My guess is that Moscow will keep a small presence at Tartus while it negotiates, and decide about Hmeimim separately.⟧

**Share this post:** [Twitter](https://twitter.com/intent/tweet) · [Mastodon](https://toot.example/share) · [LinkedIn](https://linkedin.example)
""",
    )
)

DOCS.append(
    Doc(
        key="m03-plain-md-library",
        kind="md",
        layout="townnotes",
        lang="en",
        title="Library fines abolished after council vote",
        source=None,
        author="Beth Okonjo",
        published="2025-03-05",
        link=None,
        text="""# Library fines abolished after council vote

*By Beth Okonjo · March 5, 2025*

⟦Overdue fines at the town's three public libraries will be scrapped from April, after councillors voted unanimously on Tuesday to end a charge that raised less than £9,000 last year.⟧

⟦Librarians told the meeting that fines kept families away: more than 1,100 children's cards were blocked because of unpaid charges of under £5.⟧

⟦Borrowers will still have to pay for lost or damaged books.⟧

⟦The council will write off existing debts of about £23,000.⟧

---

[← Back to all notes](/notes/) | [Leave a comment](/notes/library-fines#comments)
""",
    )
)

DOCS.append(
    Doc(
        key="m04-obsidian-clip",
        kind="md",
        layout="clipper",
        lang="en",
        title="The quiet return of the night train",
        source="Parallax Review",
        author="Ines Marchetti",
        published="2025-01-18",
        link="https://parallaxreview.example/essays/quiet-return-night-train",
        text="""---
title: "The quiet return of the night train"
source: "https://parallaxreview.example/essays/quiet-return-night-train"
author:
  - "[[Ines Marchetti]]"
published: 2025-01-18
created: 2025-02-02
site_name: Parallax Review
description: "Sleeper services are coming back across Europe. Can they last?"
tags:
  - "clippings"
  - "rail"
---

⟦Ten years ago Europe's sleeper trains seemed finished. Operators had cut routes from Paris to Madrid, from Amsterdam to Copenhagen, from Berlin to Paris, arguing that cheap flights had made them pointless.⟧

⟦Today a passenger can again fall asleep in Brussels and wake up in Prague, or board in Stockholm and arrive in Hamburg for breakfast. At least fourteen new or revived routes have opened since 2020.⟧

⟦The trouble is rolling stock. Most of the carriages in use are more than forty years old, and orders for new ones have been delayed by years.⟧

⟦Without cheaper track access fees, several operators say, the revival will stall before the end of the decade.⟧

Read more essays at [Parallax Review](https://parallaxreview.example) · [Subscribe](https://parallaxreview.example/subscribe)
""",
    )
)

DOCS.append(
    Doc(
        key="m05-substack-hmeimim",
        kind="md",
        layout="ridgeline",
        lang="en",
        title="Hmeimim's quiet week",
        source="Ridgeline Dispatch",
        author="Tom Aske",
        published="2025-02-15T07:30:00+00:00",
        link="https://ridgeline.example/p/hmeimims-quiet-week",
        text="""---
title: Hmeimim's quiet week
subtitle: Fewer flights, more questions
date: 2025-02-15T07:30:00Z
author:
  name: Tom Aske
publication: Ridgeline Dispatch
url: https://ridgeline.example/p/hmeimims-quiet-week
---

[Subscribe now](https://ridgeline.example/subscribe)

⟦For the first time since 2015, a full week passed without a single Russian Il-76 landing at Hmeimim, according to the flight data I track.⟧

⟦That does not mean the base is closing. Helicopters still fly daily patrols along the coast, and the runway lights were on every night.⟧

![Flight counts by week](https://ridgeline.example/img/flights.png)
*Weekly Russian transport flights to Hmeimim, October 2024 – February 2025. Chart: Ridgeline Dispatch*

⟦What changed, I think, is the route. Several aircraft that used to stop in Syria on the way to Libya now fly via Egypt's airspace without landing.⟧

⟦If that continues, the base's value to Moscow drops a great deal, and so does its bargaining power with Damascus.⟧

[Share](https://ridgeline.example/p/hmeimims-quiet-week?share) [Leave a comment](https://ridgeline.example/p/hmeimims-quiet-week/comments)

*Ridgeline Dispatch is reader-supported. To receive new posts and support my work, consider becoming a paid subscriber.*
""",
    )
)

DOCS.append(
    Doc(
        key="m06-toml-de",
        kind="md",
        layout="waldnotiz",
        lang="de",
        title="Warum der Borkenkäfer im Harz langsamer wird",
        source="Waldnotizen",
        author="Henrik Sauer",
        published="2025-02-27",
        link=None,
        text="""+++
title = "Warum der Borkenkäfer im Harz langsamer wird"
date = "2025-02-27"
author = "Henrik Sauer"
lang = "de"
site = "Waldnotizen"
tags = ["Wald", "Harz"]
+++

# Warum der Borkenkäfer im Harz langsamer wird

⟦Nach fünf Jahren massiver Schäden melden die Förster im Harz zum ersten Mal weniger befallene Fichten als im Vorjahr.⟧

⟦Der Grund ist einfach und wenig tröstlich: Es gibt kaum noch alte Fichtenbestände, die der Käfer befallen könnte.⟧

⟦Auf den Kahlflächen wachsen inzwischen Birken, Ebereschen und Buchen nach, oft ohne dass jemand gepflanzt hat.⟧

⟦Die Landesforsten wollen in diesem Jahr trotzdem 1,2 Millionen junge Bäume setzen, vor allem Eichen und Weißtannen.⟧

*Fotos und Text: Henrik Sauer. Kommentare gern per E-Mail.*
""",
    )
)

# ---------------------------------------------------------------- JSON
DOCS.append(
    Doc(
        key="j01-wp-rest-bakery",
        kind="json",
        layout="wp-rest",
        lang="en",
        title="Bakery on Quay Street to close after 62 years",
        source="Harrowgate Local",
        author="Mina Patel",
        published="2025-02-03T09:15:00+00:00",
        link="https://harrowgatelocal.example/2025/02/03/quay-street-bakery-to-close/",
        text={
            "id": 48213,
            "date": "2025-02-03T09:15:00",
            "date_gmt": "2025-02-03T09:15:00",
            "modified": "2025-02-04T11:02:11",
            "modified_gmt": "2025-02-04T11:02:11",
            "slug": "quay-street-bakery-to-close",
            "status": "publish",
            "type": "post",
            "link": "https://harrowgatelocal.example/2025/02/03/quay-street-bakery-to-close/",
            "title": {"rendered": "Bakery on Quay Street to close after 62&nbsp;years"},
            "content": {
                "rendered": '\n<p>⟦Fenwick&#8217;s Bakery, which has sold bread on Quay Street since 1963, will close at the end of March, its owners said on Monday.⟧</p>\n<p>⟦Anne and David Fenwick, who took over from David&#8217;s parents in 1991, said rising energy bills and the retirement of their head baker had made the decision for them.⟧</p>\n<figure class="wp-block-image"><img src="https://harrowgatelocal.example/wp-content/uploads/2025/02/fenwicks.jpg" alt=""/><figcaption class="wp-element-caption">Anne and David Fenwick in the shop. Photo: Harrowgate Local</figcaption></figure>\n<p>⟦&#8220;We&#8217;ve been trying to sell it as a going concern for a year,&#8221; Mrs Fenwick said. &#8220;Nobody wants to get up at three in the morning any more.&#8221;⟧</p>\n<p>⟦The building&#8217;s landlord said he hoped to find another food business for the premises.⟧</p>\n<p><strong>Read more:</strong> <a href="https://harrowgatelocal.example/2025/01/20/high-street-vacancies/">High street vacancies at ten-year high</a></p>\n',
                "protected": False,
            },
            "excerpt": {
                "rendered": "<p>Fenwick&#8217;s Bakery has sold bread on Quay Street since 1963.</p>\n",
                "protected": False,
            },
            "author": 7,
            "featured_media": 48214,
            "categories": [3, 12],
            "tags": [88, 141],
            "yoast_head_json": {
                "title": "Bakery on Quay Street to close after 62 years - Harrowgate Local",
                "og_locale": "en_GB",
                "og_type": "article",
                "og_site_name": "Harrowgate Local",
                "article_published_time": "2025-02-03T09:15:00+00:00",
                "author": "Mina Patel",
            },
        },
    )
)

DOCS.append(
    Doc(
        key="j02-nested-api-tartus",
        kind="json",
        layout="meridian-api",
        lang="en",
        title="Russia moves floating dock out of Tartus, tracking data shows",
        source="Gulfstream Observer",
        author="Amira Haddad and Leo Brandt",
        published="2025-02-20T10:45:00+00:00",
        link="https://gulfstreamobserver.example/news/middle-east/russia-floating-dock-tartus",
        text={
            "status": "ok",
            "data": {
                "id": "a-77410",
                "type": "story",
                "headline": "Russia moves floating dock out of Tartus, tracking data shows",
                "publishedAt": 1740048300000,
                "updatedAt": 1740060000000,
                "authors": [
                    {"name": "Amira Haddad", "role": "Middle East correspondent"},
                    {"name": "Leo Brandt", "role": "Data reporter"},
                ],
                "publisher": {
                    "name": "Gulfstream Observer",
                    "logo": "https://gulfstreamobserver.example/logo.png",
                },
                "webUrl": "https://gulfstreamobserver.example/news/middle-east/russia-floating-dock-tartus",
                "section": "Middle East",
                "bodyHtml": '<p>⟦A Russian floating dock that has serviced warships at the Syrian port of Tartus for more than a decade was towed out to sea this week, according to ship-tracking data and satellite images.⟧</p><p>⟦The dock, PD-66, left the port on Tuesday escorted by a tug and a corvette, and was heading west past Cyprus on Thursday.⟧</p><div class="embed-promo"><p>Sign up for our Middle East newsletter</p></div><p>⟦Its departure is the clearest sign yet that Moscow is scaling down its naval presence in Syria, analysts said, though Russia still has personnel and equipment at the base and at Hmeimim airfield.⟧</p><p>⟦Russia\'s defence ministry did not respond to a request for comment.⟧</p>',
                "tags": [{"label": "Russia"}, {"label": "Syria"}],
            },
        },
    )
)

DOCS.append(
    Doc(
        key="j03-trafilatura-marsh",
        kind="json",
        layout="trafilatura",
        lang="en",
        title="Saltmarsh restoration brings back breeding redshanks",
        source="Fenland Wildlife Trust",
        author="Owen Lacey",
        published="2025-02-08",
        link="https://fenlandwildlife.example/news/saltmarsh-redshanks",
        text={
            "title": "Saltmarsh restoration brings back breeding redshanks",
            "author": "Owen Lacey",
            "hostname": "fenlandwildlife.example",
            "date": "2025-02-08",
            "fingerprint": "a0c3f95d61b2e774",
            "id": None,
            "license": None,
            "comments": "",
            "raw_text": None,
            "text": "⟦Redshanks have bred on the restored saltmarsh at Holme Creek for the first time in twenty years, the trust's annual survey has found.⟧\n⟦Seven pairs nested on the site, which was reconnected to the tide in 2021 when a sea wall was deliberately breached.⟧\nThe redshank is on the UK red list of birds of conservation concern. Photo: Fenland Wildlife Trust\n⟦Volunteers also counted more than 2,000 wintering dunlin and a pair of marsh harriers hunting over the reedbed.⟧\n⟦The trust plans to breach a second section of wall next winter.⟧\nDonate today to protect Fenland's wild places.",
            "language": "en",
            "image": "https://fenlandwildlife.example/img/redshank.jpg",
            "pagetype": "article",
            "source": "https://fenlandwildlife.example/news/saltmarsh-redshanks",
            "source-hostname": "Fenland Wildlife Trust",
            "excerpt": "Seven pairs nested on the reconnected marsh.",
            "categories": "news;wildlife",
            "tags": "birds;saltmarsh",
        },
    )
)

DOCS.append(
    Doc(
        key="j04-camel-hmeimim",
        kind="json",
        layout="scraper-camel",
        lang="en",
        title="Syrian officials tour Hmeimim as base talks continue",
        source="Coastal Wire Service",
        author="Jamal Nasser",
        published="2025-02-25T16:10:00+02:00",
        link="https://coastalwire.example/articles/2025/02/25/syrian-officials-tour-hmeimim",
        text={
            "Headline": "Syrian officials tour Hmeimim as base talks continue",
            "ArticleBody": "⟦LATAKIA, Feb 25 (CWS) - A delegation of Syrian defence officials toured the Russian-run Hmeimim air base on Tuesday, the first such visit since the new government took power, two people briefed on the visit said.⟧\n\n⟦The officials inspected the runway and fuel depots and met the base commander, the sources said. Neither side released details of the talks.⟧\n\nRead more: Russia-Syria talks on Tartus lease enter second month\n\n⟦Moscow has sought to keep both Hmeimim and the naval base at Tartus, which give it its only permanent military foothold in the Mediterranean.⟧\n\n(Reporting by Jamal Nasser; Editing by Rana Idris)\n\nOur Standards: The Coastal Wire Trust Principles.",
            "DatePublished": "Tue, 25 Feb 2025 16:10:00 +0200",
            "DateModified": "Tue, 25 Feb 2025 18:30:00 +0200",
            "Byline": "By Jamal Nasser, Coastal Wire Service",
            "Publisher": {"Name": "Coastal Wire Service"},
            "CanonicalURL": "https://coastalwire.example/articles/2025/02/25/syrian-officials-tour-hmeimim",
            "ScrapedAt": "2025-02-26T03:00:12Z",
        },
    )
)

DOCS.append(
    Doc(
        key="j05-ru-markdown",
        kind="json",
        layout="ru-scraper",
        lang="ru",
        title="В Архангельске откроют новый ледовый стадион",
        source="Поморские ведомости",
        author="Ирина Белова",
        published="2025-02-14T10:30:00+00:00",
        link=None,
        text={
            "title": "В Архангельске откроют новый ледовый стадион",
            "text": "⟦Новый крытый ледовый стадион на 3000 зрителей откроется в Архангельске в декабре, сообщили в администрации города.⟧\n⟦Строительство ведётся на месте старого стадиона «Труд» с весны 2023 года. Стоимость работ оценивается в 2,4 млрд рублей.⟧\nФото: пресс-служба администрации\n⟦На арене смогут проводить матчи по хоккею с мячом, а в летнее время — концерты и выставки.⟧\n⟦По словам главы города, стадион станет домашней ареной местной команды «Водник».⟧\nПодписывайтесь на наш канал в Telegram",
            "pub_date": "2025-02-14 10:30:00",
            "author_name": "Ирина Белова",
            "source_name": "Поморские ведомости",
            "lang": "ru",
            "crawled_at": "2025-02-14T12:00:00+03:00",
        },
    )
)

DOCS.append(
    Doc(
        key="j06-es-outlet",
        kind="json",
        layout="es-feed",
        lang="es",
        title="Valencia amplía el carril bici hasta el puerto",
        source="Diario del Turia",
        author="Pau Llorens",
        published="2025-03-10T08:00:00+01:00",
        link="https://diarioturia.example/valencia/carril-bici-puerto",
        text={
            "name": "Valencia amplía el carril bici hasta el puerto | Diario del Turia",
            "content_html": '<div class="articulo"><p class="firma">Por Pau Llorens</p><p>⟦El Ayuntamiento de Valencia ha adjudicado las obras para prolongar el carril bici de la avenida del Puerto hasta la Marina, un tramo de 1,8 kilómetros que quedará terminado en otoño.⟧</p><p>⟦El proyecto incluye nuevos cruces semaforizados y la plantación de 240 árboles a lo largo del recorrido.⟧</p><p class="relacionada">Te puede interesar: El metro a la playa, cerrado por obras en agosto</p><p>⟦Las asociaciones de ciclistas celebran la medida, aunque piden que se conecte también con el barrio de Natzaret.⟧</p></div>',
            "published_time": "Mon, 10 Mar 2025 08:00:00 +0100",
            "writer": "Pau Llorens",
            "outlet": "Diario del Turia",
            "permalink": "https://diarioturia.example/valencia/carril-bici-puerto",
            "locale": "es_ES",
        },
    )
)

# ---------------------------------------------------------------- plain text
DOCS.append(
    Doc(
        key="t01-reader-mode",
        kind="txt",
        layout="readermode",
        lang="en",
        title="The town that banned leaf blowers",
        source=None,
        author="Carla Nguyen",
        published="2025-03-01",
        link="https://westbrooktimes.example/2025/03/01/town-banned-leaf-blowers",
        text="""westbrooktimes.example
The town that banned leaf blowers
Carla Nguyen
6–7 minutes
⟦When the village board of Alder Falls voted last spring to ban gas-powered leaf blowers, the reaction was swift. Landscapers packed the next meeting; one brought a blower and switched it on in the lobby.⟧
⟦A year later, the noise complaints that prompted the ban have almost disappeared, and most of the landscapers have switched to battery models, which the village subsidised with grants of up to $400.⟧
⟦"I was against it," said Rob Tillman, who runs a four-person crew. "The batteries cost me a fortune the first year. But my guys don't go home with ringing ears any more."⟧
⟦Similar bans are now under discussion in at least six nearby towns.⟧
Published March 1, 2025
Open original: https://westbrooktimes.example/2025/03/01/town-banned-leaf-blowers
""",
    )
)

DOCS.append(
    Doc(
        key="t02-wire-slug-tartus",
        kind="txt",
        layout="slugwire",
        lang="en",
        title="Russian warship docks at Tartus despite uncertainty over base",
        source="Pan-Mediterranean News Agency",
        author="Yusuf Karaca",
        published="2025-02-27T11:52:00+00:00",
        link=None,
        text="""PMNA-0227-1152 URGENT
SYRIA-RUSSIA/NAVY (UPDATE 1)
PAN-MEDITERRANEAN NEWS AGENCY
27-FEB-2025 11:52 GMT
Russian warship docks at Tartus despite uncertainty over base
By Yusuf Karaca
⟦ANKARA, Feb 27 (PMNA) - A Russian Navy corvette docked at the Syrian port of Tartus on Thursday, the first warship to call there in almost a month, port workers and shipping data said.⟧
⟦The corvette, which sailed from the eastern Mediterranean, moored at the Russian pier alongside a supply ship, two port workers told PMNA by phone.⟧
⟦Russia's lease on the Tartus facility, signed in 2017, runs for 49 years, but Syria's new authorities have said all agreements made by the previous government are under review.⟧
⟦A Russian embassy spokesman in Damascus declined to comment.⟧
(Additional reporting by Lina Sabbagh in Beirut; writing by Yusuf Karaca; editing by Mark Hollis)
((yusuf.karaca@pmna.example; +90 312 555 0144))
KEYWORDS: SYRIA RUSSIA NAVY TARTUS
ENDS
""",
    )
)

DOCS.append(
    Doc(
        key="t03-app-copy",
        kind="txt",
        layout="appcopy",
        lang="en",
        title="Heatwave warning issued for the Algarve",
        source="Iberia Today",
        author=None,
        published=None,
        link=None,
        text="""‹ Back
Iberia Today
LIVE  Search  Menu
Travel
Heatwave warning issued for the Algarve
Iberia Today newsroom · 3h ago
🔊 Listen  ⤴ Share  🔖 Save
⟦Portugal's weather service has issued an orange warning for the Algarve and Alentejo, with temperatures expected to reach 41C inland on Thursday and Friday.⟧
⟦Tourists are advised to avoid the sun between 11am and 5pm and to carry water on coastal walks, where several people were rescued last summer.⟧
⟦Civil protection authorities said the risk of wildfires was "very high" across the south of the country.⟧
Download the Iberia Today app for breaking news alerts
Up next
Lisbon metro strike called off
Tap to read
""",
    )
)

DOCS.append(
    Doc(
        key="t04-ru-ministry-hmeimim",
        kind="txt",
        layout="ru-ministry",
        lang="ru",
        title="Заявление о работе авиабазы Хмеймим",
        source="Пресс-служба Министерства иностранных дел",
        author=None,
        published="2025-02-12",
        link=None,
        nl="crlf",
        text="""Версия для слабовидящих
Пресс-служба Министерства иностранных дел
Главная  |  Пресс-центр  |  Новости  |  Документы  |  Контакты
12.02.2025
Заявление о работе авиабазы Хмеймим
⟦В связи с появившимися в ряде СМИ сообщениями о прекращении работы авиабазы Хмеймим сообщаем следующее.⟧
⟦Российская авиационная группа продолжает выполнять задачи на территории Сирийской Арабской Республики в соответствии с действующими соглашениями.⟧
⟦Контакты с сирийской стороной по вопросам дальнейшего присутствия на авиабазе Хмеймим и в пункте материально-технического обеспечения в Тартусе продолжаются в рабочем порядке.⟧
⟦Сообщения о полной эвакуации персонала не соответствуют действительности.⟧
Поделиться:  ВКонтакте  Telegram  Одноклассники
Версия для печати
© 2025 Министерство иностранных дел. Все права защищены.
""",
    )
)

DOCS.append(
    Doc(
        key="t05-pt-news",
        kind="txt",
        layout="folha-norte",
        lang="pt",
        title="Porto inaugura primeira linha de autocarros elétricos sem motorista",
        source="Jornal do Norte",
        author="Rui Teixeira",
        published="2025-02-21T10:30:00+00:00",
        link=None,
        text="""Jornal do Norte
Assinar  |  Entrar
Portugal   Mundo   Economia   Desporto   Cultura   Opinião
MOBILIDADE
Porto inaugura primeira linha de autocarros elétricos sem motorista
Por Rui Teixeira
21/02/2025 às 10h30
Atualizado 21/02/2025 às 13h05
⟦A cidade do Porto inaugurou esta sexta-feira a primeira linha de autocarros elétricos autónomos do país, que liga a estação de Campanhã ao Parque Oriental em doze minutos.⟧
⟦Durante os primeiros seis meses, cada veículo levará a bordo um operador de segurança, que poderá assumir o controlo em caso de emergência.⟧
Leia também: Metro do Porto bate recorde de passageiros em 2024
⟦O projeto custou 4,3 milhões de euros, financiados em grande parte pelo Plano de Recuperação e Resiliência.⟧
⟦A autarquia admite alargar o serviço a outras zonas da cidade se os resultados forem positivos.⟧
Partilhe este artigo  Facebook  X  WhatsApp
© Jornal do Norte 2025. Todos os direitos reservados.
""",
    )
)

DOCS.append(
    Doc(
        key="t06-forum-post",
        kind="txt",
        layout="newsletter-web",
        lang="en",
        title="Five things we learned from the county budget",
        source="The Hillside Bulletin",
        author="Marta Ruiz",
        published="2025-02-28",
        link=None,
        text="""View this email in your browser
THE HILLSIDE BULLETIN
Friday, February 28, 2025 · Issue #112
Five things we learned from the county budget
Marta Ruiz
Good morning, Hillside. Here's what you need to know.
⟦1. Property taxes will rise by 2.5 percent, the smallest increase in six years, after the county drew down part of its reserve fund.⟧
⟦2. The sheriff's office gets twelve new deputy positions, most of them for the new courthouse security unit.⟧
⟦3. Library branches will stay open on Mondays, reversing a cut proposed in December.⟧
⟦4. The road repair budget is flat at $18 million, which the public works director said would cover fewer miles because of asphalt prices.⟧
⟦5. A final vote is scheduled for March 18 at 6 p.m. in the county building.⟧
Enjoying the Bulletin? Forward it to a friend.
Sponsored by Hillside Credit Union. Member FDIC.
You received this email because you subscribed to The Hillside Bulletin.
Unsubscribe | Update your preferences
""",
    )
)


if __name__ == "__main__":
    main()
