"""Build the labelled evaluation corpus: `docs/` and `labels.json`, from the article data below.

    python tests/corpus/build_corpus.py [--out DIR]      (default: this folder)

Every document and its label come from the same record, so they agree exactly. Each
outlet ("layout") has its own renderer that wraps an article in that outlet's page chrome:
banners, navigation, cookie notices, bylines, date lines, captions, share widgets,
related links, newsletter and donation boxes, footers. The output is deterministic:
running the script twice gives identical bytes (a test checks this).

All outlets, people and events are invented. Dates without a zone are UTC by convention.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from make_encoded import encode_text, is_plain_utf8

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------
# Article records


@dataclass
class Art:
    """One article as written by its outlet, before any page chrome."""

    key: str
    layout: str
    title: str
    body: list[str]  # paragraphs; html/md/json layouts may use [text](url), *em*, > quote
    lang: str = ""
    author: str | None = None  # label value: the name(s) as shown, without "By"
    byline: str | None = None  # what the page shows, when it is not just the name
    published: str | None = None  # label value, ISO 8601; the layout renders its own format
    updated: str | None = None  # an "Updated ..." time some pages show (never the label)
    link: str | None = None
    caption: str | None = None
    credit: str | None = None
    quote: str | None = None  # a pull quote repeated from the body
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    enc: str = "utf-8"
    nl: str = "lf"
    extra: dict[str, str] = field(default_factory=dict)


FIELDS = {
    "layout",
    "title",
    "lang",
    "author",
    "byline",
    "published",
    "updated",
    "link",
    "caption",
    "credit",
    "quote",
    "section",
    "tags",
    "enc",
    "nl",
}


def parse_articles(chunks: list[str]) -> list[Art]:
    """Parse the article data: `@@ key`, `name: value` lines, `--`, blank-line paragraphs."""
    arts: list[Art] = []
    for chunk in chunks:
        for block in re.split(r"^@@ ", chunk, flags=re.M)[1:]:
            head, _, body = block.partition("\n--\n")
            key, *meta = head.strip("\n").split("\n")
            values: dict[str, object] = {}
            extra: dict[str, str] = {}
            for line in meta:
                name, _, value = line.partition(": ")
                value = value.strip()
                if name == "tags":
                    values["tags"] = [t.strip() for t in value.split(",")]
                elif name in FIELDS:
                    values[name] = value
                else:
                    extra[name] = value
            paras = [p.strip() for p in body.strip().split("\n\n")]
            assert all("\n" not in p for p in paras), key
            arts.append(Art(key=key.strip(), body=paras, extra=extra, **values))  # type: ignore[arg-type]
    return arts


# --------------------------------------------------------------------------------------
# Small helpers shared by the layouts

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def when(
    iso: str, *, need_time: bool | None = None, zones: tuple[str, ...] = ("+00:00",)
) -> datetime:
    """Parse a label date and check it has the shape this layout can show."""
    value = datetime.fromisoformat(iso)
    has_time = "T" in iso
    if need_time is not None:
        assert has_time == need_time, f"{iso}: layout needs time={need_time}"
    if has_time:
        assert iso[-6:] in zones, f"{iso}: layout shows only zones {zones}"
    return value


def number(art: Art, salt: str, low: int, high: int) -> int:
    """A stable pseudo-random number for one article (comment counts, prices...)."""
    digest = hashlib.sha1(f"{art.key}/{salt}".encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def minutes_to_read(art: Art) -> int:
    return max(2, round(sum(len(p.split()) for p in art.body) / 200))


LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
STRONG = re.compile(r"\*\*([^*]+)\*\*")
EMPH = re.compile(r"(?<![\w*])\*([^*]+)\*(?![\w*])")


def plain(para: str) -> str:
    """The text a reader sees: inline markdown-ish markup of the data removed."""
    text = para[2:] if para.startswith("> ") else para
    text = LINK.sub(r"\1", text)
    text = STRONG.sub(r"\1", text)
    return EMPH.sub(r"\1", text)


def inline_html(para: str) -> str:
    """A data paragraph as HTML inline content (escaped, links and emphasis as tags)."""
    text = para[2:] if para.startswith("> ") else para
    out: list[str] = []
    pos = 0
    for match in LINK.finditer(text):
        out.append(html.escape(text[pos : match.start()], quote=False))
        out.append(f'<a href="{html.escape(match[2])}">{html.escape(match[1], quote=False)}</a>')
        pos = match.end()
    out.append(html.escape(text[pos:], quote=False))
    joined = "".join(out)
    joined = STRONG.sub(r"<strong>\1</strong>", joined)
    return EMPH.sub(r"<em>\1</em>", joined)


def html_paragraph(para: str, indent: str = "") -> str:
    if para.startswith("> "):
        return f"{indent}<blockquote><p>{inline_html(para)}</p></blockquote>"
    return f"{indent}<p>{inline_html(para)}</p>"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "article"


def chrome_key(line: str) -> str:
    """Same rule as feedd.eval: collapse spaces, trim non-alphanumeric ends."""
    text = " ".join(line.split())
    return re.sub(r"^[\W_]+|[\W_]+$", "", text)


def occurs(key: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", " ".join(text.split())) is not None


# --------------------------------------------------------------------------------------
# Rendering


@dataclass
class Ctx:
    """Where an article sits among its outlet's articles (for related-link lists)."""

    index: int
    siblings: list[Art]  # the outlet's other articles, starting after this one

    def related(self, count: int) -> list[str]:
        return [s.title for s in self.siblings[:count]]


@dataclass
class Rendered:
    text: str
    chrome: list[str]
    source: str | None
    ext: str = "txt"
    body: list[str] | None = None  # label paragraphs when they differ from plain(art.body)
    is_wrapped: bool = False  # paragraphs are hard-wrapped in the file


class TextPage:
    """Lines of a plain-text page; `junk` lines are chrome and go into the label."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.chrome: list[str] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def junk(self, *lines: str) -> None:
        self.lines.extend(lines)
        self.chrome.extend(line.strip() for line in lines)

    def gap(self) -> None:
        self.lines.append("")

    def paras(self, paras: list[str], *, blank: bool = True) -> None:
        for para in paras:
            self.add(para)
            if blank:
                self.gap()

    def done(self, source: str | None, **kwargs: object) -> Rendered:
        text = "\n".join(self.lines).strip("\n") + "\n"
        return Rendered(text=text, chrome=self.chrome, source=source, **kwargs)  # type: ignore[arg-type]


Renderer = Callable[[Art, Ctx], Rendered]
LAYOUTS: dict[str, Renderer] = {}
LAYOUT_LANG: dict[str, str] = {}


def layout(name: str, lang: str = "en") -> Callable[[Renderer], Renderer]:
    def register(func: Renderer) -> Renderer:
        LAYOUTS[name] = func
        LAYOUT_LANG[name] = lang
        return func

    return register


# ---- plain-text layouts ---------------------------------------------------------------

MLEDGER_APPEAL = [
    "Independent reporting from Moscow has never been harder. Our newsroom has been labelled "
    'a "foreign agent" and then an "undesirable organization", which makes working with us '
    "a criminal risk for anyone inside Russia.",
    "We keep publishing because millions of readers still rely on facts that state television "
    "will not show them. Our reporters work under pseudonyms, our editors work from exile, and "
    "our servers are attacked almost every week.",
    "None of this is free. If you value what we do, please consider a regular contribution: even "
    "a small monthly gift lets us plan ahead and keep our journalists safe.",
    "Every donation, whatever its size, goes directly to our reporting. Thank you for standing "
    "with The Moscow Ledger.",
]


@layout("mledger")
def render_mledger(art: Art, ctx: Ctx) -> Rendered:
    # Modelled on the seed page: banner, headline, caption with agency credit, body,
    # newsletter box, a long donation appeal that reads like prose, button labels.
    assert art.published is None and art.author is None
    page = TextPage()
    page.junk("Support The Moscow Ledger!")
    page.gap()
    page.add(art.title)
    page.gap()
    if art.caption:
        page.junk(f"{art.caption} {art.credit}")
        page.gap()
    page.paras(art.body)
    page.junk("Sign up for our free weekly newsletter")
    page.gap()
    page.junk(
        "Every Friday our editors pick the stories that matter most: news, analysis and features "
        "from The Moscow Ledger, delivered to your inbox. Preview",
        "By subscribing you accept our Privacy Policy",
    )
    page.gap()
    page.junk("A Message from The Moscow Ledger:")
    page.gap()
    page.junk("Dear readers,")
    page.gap()
    for line in MLEDGER_APPEAL:
        page.junk(line)
        page.gap()
    page.junk(
        "Once",
        "Monthly",
        "Annual",
        "Continue",
        "payment methods",
        "Not ready to support today?",
        "Remind me later.",
    )
    page.gap()
    page.junk("Read more")
    if art.link:
        page.gap()
        page.junk(f"Source: {art.link}")
    return page.done("The Moscow Ledger")


@layout("levantwire")
def render_levantwire(art: Art, ctx: Ctx) -> Rendered:
    page = TextPage()
    page.junk(
        "Skip to main content",
        "LEVANT WIRE",
        "Home | World | Middle East | Business | Opinion | Sport | Podcasts",
    )
    page.gap()
    page.junk(art.section or "News > Middle East")
    page.gap()
    page.add(art.title)
    page.gap()
    page.junk(f"By {art.byline or art.author}")
    assert art.published
    for label, iso in (("Published", art.published), ("Updated", art.updated)):
        if iso:
            d = when(iso, need_time=True)
            page.junk(f"{label}: {d.day} {EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M}")
    page.gap()
    page.junk("Listen to this article", f"{minutes_to_read(art)} min")
    page.gap()
    page.junk("Share", "Tweet", "Copy link")
    page.gap()
    for i, para in enumerate(art.body):
        page.add(para)
        page.gap()
        if i == 1 and art.caption:
            page.junk(f"{art.caption} {art.credit or 'Photo: Reuters'}")
            page.gap()
    page.junk("Related", *(f"• {t}" for t in ctx.related(3)))
    page.gap()
    page.junk("Follow Levant Wire on Telegram and WhatsApp for breaking news alerts.")
    page.gap()
    page.junk("© 2025 Levant Wire. All rights reserved.")
    return page.done("Levant Wire")


@layout("caspian")
def render_caspian(art: Art, ctx: Ctx) -> Rendered:
    # Date first, then a kicker, headline, "Name, role" byline; pull quote inside the body.
    assert art.published
    d = when(art.published, need_time=False)
    page = TextPage()
    page.junk(f"{d:%d.%m.%Y}")
    page.gap()
    page.junk((art.section or "Politics").upper())
    page.gap()
    page.add(art.title)
    page.gap()
    page.junk(art.byline or art.author or "Caspian Herald")
    page.gap()
    for i, para in enumerate(art.body):
        page.add(para)
        page.gap()
        if i == 1 and art.quote:
            page.junk(f"“{art.quote}”")
            page.gap()
    page.junk(f"Tags: {', '.join(art.tags)}", f"{number(art, 'comments', 2, 40)} comments")
    page.gap()
    page.junk("Also in Caspian Herald:", *ctx.related(2))
    page.gap()
    page.junk("Caspian Herald © 2025 | About us | Contacts | Advertising | Privacy")
    return page.done("Caspian Herald")


DAILY_TICKER = [
    "LIVE: Markets open higher as Fed minutes loom • Storm warning for the Gulf Coast • Senate vote delayed",
    "LIVE: Winter storm cancels 2,000 flights • Jobs report beats forecasts • Measles cases rise in Texas",
    "LIVE: House passes stopgap funding bill • Wildfire near Ojai contained • Oscars shortlist announced",
]


@layout("dailyexample")
def render_dailyexample(art: Art, ctx: Ctx) -> Rendered:
    assert art.published
    d = when(art.published, need_time=True, zones=("-05:00", "-04:00"))
    zone = "EST" if art.published.endswith("-05:00") else "EDT"
    hour = d.hour % 12 or 12
    page = TextPage()
    page.junk(
        "We use cookies to improve your experience on our site. By continuing to browse, "
        "you agree to our use of cookies. Accept | Manage settings"
    )
    page.gap()
    page.junk("THE DAILY EXAMPLE", DAILY_TICKER[ctx.index % len(DAILY_TICKER)])
    page.gap()
    page.junk(art.section or "World")
    page.add(art.title)
    page.gap()
    page.junk(
        f"By {art.byline or art.author}",
        f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {hour}:{d:%M} {'AM' if d.hour < 12 else 'PM'} {zone}",
        f"{number(art, 'comments', 3, 250)} comments",
    )
    page.gap()
    if art.caption:
        page.junk(f"{art.caption} ({art.credit})")
        page.gap()
    advert_after = min(3, len(art.body) - 1)
    for i, para in enumerate(art.body):
        page.add(para)
        page.gap()
        if i + 1 == advert_after:
            page.junk("ADVERTISEMENT")
            page.gap()
    page.junk("Read more:", *ctx.related(2))
    page.gap()
    page.junk("The Morning Example: Get the day's top stories in your inbox every weekday. Sign up")
    page.gap()
    page.junk(
        "© 2025 The Daily Example. Terms of Use | Privacy Policy | Do Not Sell My Personal Information"
    )
    return page.done("The Daily Example")


@layout("northern")
def render_northern(art: Art, ctx: Ctx) -> Rendered:
    # An innerText dump: no blank lines anywhere, one paragraph per line.
    page = TextPage()
    page.junk(
        "Northern Monitor — independent news from the Arctic to the Caucasus",
        "Menu | Search | Log in | Donate",
        "Listen to this article",
    )
    page.add(art.title)
    if art.published:
        when(art.published, need_time=True, zones=("+00:00", "+03:00", "+01:00", "+04:00"))
        page.junk(f"Posted: {art.published}")
    page.junk(f"By {art.author}" if art.author else "Staff reporter")
    for i, para in enumerate(art.body):
        page.add(para)
        if i == 0 and art.caption:
            page.junk(f"{art.caption} | {art.credit}")
    page.junk("Most read", *(f"{n}. {t}" for n, t in enumerate(ctx.related(3), 1)))
    page.junk("Support independent journalism. Donate now", "Northern Monitor © 2025")
    return page.done("Northern Monitor")


@layout("vestnik", lang="ru")
def render_vestnik(art: Art, ctx: Ctx) -> Rendered:
    assert art.published
    d = when(art.published, need_time=True, zones=("+00:00", "+03:00"))
    zone = " МСК" if art.published.endswith("+03:00") else ""
    page = TextPage()
    page.junk("Вестник Евразии", art.section or "Главная > В мире > Ближний Восток")
    page.gap()
    page.junk(f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}{zone}")
    page.gap()
    page.add(art.title)
    page.gap()
    page.junk(f"Автор: {art.author}")
    page.gap()
    if art.caption:
        page.junk(f"{art.caption}. Фото: {art.credit}")
        page.gap()
    page.paras(art.body)
    page.junk("Читайте также:", *(f"— {t}" for t in ctx.related(2)))
    page.gap()
    page.junk("Подписывайтесь на «Вестник Евразии» в Telegram и Дзене")
    page.gap()
    page.junk("© 2025 «Вестник Евразии». Все права защищены. 18+")
    return page.done("Вестник Евразии")


@layout("panorama", lang="ru")
def render_panorama(art: Art, ctx: Ctx) -> Rendered:
    assert art.published
    d = when(art.published, need_time=True)
    page = TextPage()
    page.junk("НОВАЯ ПАНОРАМА", "Новости | Политика | Экономика | Общество | Наука | Спорт")
    page.gap()
    page.add(art.title)
    page.junk(
        f"{d:%d.%m.%Y %H:%M}", f"Текст: {art.author}", f"Время чтения: {minutes_to_read(art)} мин"
    )
    page.gap()
    page.paras(art.body)
    page.junk("Поделиться: ВКонтакте · Telegram · Одноклассники · Скопировать ссылку")
    page.gap()
    page.junk("Поддержите «Новую Панораму»! Мы работаем только благодаря читателям. Пожертвовать")
    if art.link:
        page.gap()
        page.junk(f"Источник: {art.link}")
    return page.done("Новая Панорама")


@layout("rundschau", lang="de")
def render_rundschau(art: Art, ctx: Ctx) -> Rendered:
    assert art.published
    d = when(art.published, need_time=True)
    page = TextPage()
    page.junk(
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. "
        "Alle akzeptieren | Einstellungen"
    )
    page.gap()
    page.junk("Rheinische Rundschau", art.section or "Politik > Ausland")
    page.gap()
    page.add(art.title)
    page.gap()
    page.junk(
        f"Von {art.author}",
        f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} Uhr",
        "Artikel anhören",
    )
    page.gap()
    for i, para in enumerate(art.body):
        page.add(para)
        page.gap()
        if i == 0 and art.caption:
            page.junk(f"{art.caption} Foto: {art.credit}")
            page.gap()
    page.junk("Lesen Sie auch:", *ctx.related(2))
    page.gap()
    page.junk(
        "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
        "RR+ jetzt 4 Wochen für 1 € testen. Jederzeit kündbar.",
    )
    page.gap()
    page.junk("© Rheinische Rundschau 2025")
    return page.done("Rheinische Rundschau")


def french_time(iso: str) -> str:
    d = when(iso, need_time=True)
    return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d.hour}h{d:%M}"


@layout("courrier", lang="fr")
def render_courrier(art: Art, ctx: Ctx) -> Rendered:
    assert art.published
    page = TextPage()
    page.junk("Le Courrier du Levant", art.section or "Accueil / International / Proche-Orient")
    page.gap()
    page.add(art.title)
    page.junk(f"Par {art.author}")
    stamp = f"Publié le {french_time(art.published)}"
    if art.updated:
        stamp += f" · Mis à jour le {french_time(art.updated)}"
    page.junk(stamp)
    page.gap()
    if art.caption:
        page.junk(f"{art.caption} © {art.credit}")
        page.gap()
    page.paras(art.body)
    page.junk(
        "À lire aussi",
        *ctx.related(1),
        "Liban : le port de Tripoli mise sur les conteneurs syriens",
    )
    page.gap()
    page.junk(
        "Partager : Facebook · X · LinkedIn · Copier le lien",
        "Cet article vous est offert. Abonnez-vous pour soutenir une information indépendante.",
        "© Le Courrier du Levant 2025",
    )
    return page.done("Le Courrier du Levant")


@layout("diario", lang="es")
def render_diario(art: Art, ctx: Ctx) -> Rendered:
    assert art.published
    d = when(art.published, need_time=True, zones=("+01:00",))
    page = TextPage()
    page.junk("EL DIARIO GLOBAL", "Internacional | España | Economía | Deportes | Opinión")
    page.gap()
    page.junk(art.section or "Internacional")
    page.add(art.title)
    page.junk(
        f"Por {art.author}",
        f"{art.extra.get('city', 'Madrid')}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year} - {d:%H:%M} CET",
    )
    page.gap()
    page.paras(art.body)
    page.junk(
        f"Comentarios ({number(art, 'comments', 1, 30)})",
        "Compartir en Facebook | Compartir en X | Enviar por WhatsApp",
    )
    page.junk("Hazte socio de El Diario Global desde 5 euros al mes", "© El Diario Global 2025")
    return page.done("El Diario Global")


@layout("gulfbiz")
def render_gulfbiz(art: Art, ctx: Ctx) -> Rendered:
    brent = 70 + number(art, "brent", 0, 900) / 100
    gold = 2600 + number(art, "gold", 0, 250)
    page = TextPage()
    page.junk(
        f"BRENT ${brent:.2f} ▲0.{number(art, 'b', 1, 9)}%  |  WTI ${brent - 3.9:.2f} ▲0.{number(art, 'w', 1, 9)}%  |  "
        f"GOLD ${gold:,} ▼0.{number(art, 'g', 1, 9)}%  |  USD/TRY 35.{number(art, 't', 10, 99)}"
    )
    page.gap()
    page.junk(
        "Gulf & Levant Business Review", "Markets | Trade | Energy | Shipping | Opinion | Data"
    )
    page.gap()
    page.junk((art.section or "Trade").upper())
    page.gap()
    page.add(art.title)
    page.gap()
    page.junk(f"By {art.author}" if art.author else "Staff reporter")
    if art.published:
        d = when(art.published, need_time=False)
        page.junk(f"{d:%b} {d.day}, {d.year}")
    page.junk(f"Updated {number(art, 'updated', 2, 9)} hours ago")
    page.gap()
    page.paras(art.body)
    page.junk(f"{number(art, 'comments', 2, 60)} comments")
    page.gap()
    page.junk(
        "Subscribe to GLBR Premium for in-depth market analysis, data and newsletters. Subscribe"
    )
    page.gap()
    page.junk("Copyright © 2025 Gulf & Levant Business Review. All rights reserved.")
    return page.done("Gulf & Levant Business Review")


def guardian_time(iso: str) -> str:
    d = when(iso, need_time=True)
    return f"{WEEKDAYS[d.weekday()]} {d.day} {d:%b} {d.year} {d:%H.%M} GMT"


@layout("labnotes")
def render_labnotes(art: Art, ctx: Ctx) -> Rendered:
    # A standfirst (the summary: not the article's text) comes before the byline; the
    # byline is a bare name.
    assert art.published and art.author
    page = TextPage()
    page.junk("The Lab Notebook", "Science | Space | Health | Climate | Technology")
    page.gap()
    page.junk(art.section or "Science")
    page.gap()
    page.add(art.title)
    page.gap()
    page.junk(art.body[0])
    page.gap()
    page.junk(art.author, guardian_time(art.published))
    if art.updated:
        page.junk(f"Last modified on {guardian_time(art.updated)}")
    page.gap()
    page.junk("Share on Facebook", "Share on X", "Share via Email")
    page.gap()
    if art.caption:
        page.junk(f"{art.caption} Photograph: {art.credit}")
        page.gap()
    page.paras(art.body[1:])
    page.junk("Explore more on these topics", *art.tags)
    page.gap()
    page.junk("Reuse this content")
    return page.done("The Lab Notebook", body=art.body[1:])


SCORES = [
    "LIVE SCORES  Dynamo 2-1 Torpedo (FT) | Harbour City 98-101 Lakeside (Q4) | Kovacs 6-4 3-6 2-1 Ortega",
    "LIVE SCORES  Riverside 0-0 Athletic (HT) | Ice Wolves 3-2 Polar Bears (OT) | Lindqvist 7-6 6-3 Nakamura",
]


@layout("sportsline")
def render_sportsline(art: Art, ctx: Ctx) -> Rendered:
    assert art.published
    d = when(art.published, need_time=True)
    page = TextPage()
    page.junk(
        SCORES[ctx.index % 2],
        "SportsLine Today",
        "Football | Hockey | Tennis | Chess | Athletics | More",
    )
    page.gap()
    page.add(art.title)
    page.gap()
    page.junk(
        f"Published {d:%H:%M} GMT, {d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"By {art.author}"
    )
    page.gap()
    page.junk("Tweet  Share  Copy link")
    page.gap()
    middle = len(art.body) // 2
    for i, para in enumerate(art.body):
        if i == middle:
            page.junk("Advertisement")
            page.gap()
        page.add(para)
        page.gap()
    page.junk(f"{number(art, 'comments', 5, 300)} comments")
    page.gap()
    page.junk("More from SportsLine", *ctx.related(3))
    page.gap()
    page.junk(
        "© 2025 SportsLine Today Media Ltd. Gambling can be addictive. Please play responsibly. 18+"
    )
    return page.done("SportsLine Today")


@layout("seaboard")
def render_seaboard(art: Art, ctx: Ctx) -> Rendered:
    # A `lynx -dump` of the page: numbered link references, centred headline,
    # paragraphs hard-wrapped at 72 columns and indented, a References list at the end.
    assert art.published and art.link
    d = when(art.published, need_time=False)
    refs = [
        "https://seaboardgazette.example/#content",
        "https://seaboardgazette.example/",
        "https://seaboardgazette.example/world/",
        "https://seaboardgazette.example/nation/",
        "https://seaboardgazette.example/business/",
        "https://seaboardgazette.example/climate/",
        "https://seaboardgazette.example/sport/",
        f"https://www.facebook.com/sharer/sharer.php?u={art.link}",
        f"https://x.com/intent/post?url={art.link}",
        f"mailto:?subject={slug(art.title)}&body={art.link}",
        "https://seaboardgazette.example/newsletters/daily-briefing",
    ]
    page = TextPage()
    page.junk(f"URL: {art.link}")
    page.gap()
    page.junk(
        "   [1]Skip to content",
        "   [2]Seaboard Gazette",
        "   [3]World [4]Nation [5]Business [6]Climate [7]Sport",
    )
    page.gap()
    page.add(art.title.center(72).rstrip())
    page.gap()
    page.junk(f"   By {art.author} | {EN_MONTHS[d.month - 1]} {d.day}, {d.year}")
    page.gap()
    for para in art.body:
        page.add(
            *textwrap.wrap(
                para,
                69,
                initial_indent="   ",
                subsequent_indent="   ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
        page.gap()
    page.junk("   [8]Share on Facebook [9]Share on X [10]Email this story")
    page.gap()
    page.junk("   [11]Sign up for the Seaboard Gazette daily briefing")
    page.gap()
    page.junk("   © 2025 Seaboard Gazette. All rights reserved.")
    page.gap()
    page.junk("References")
    page.gap()
    page.junk(*(f"   {n}. {url}" for n, url in enumerate(refs, 1)))
    return page.done("Seaboard Gazette", is_wrapped=True)


@layout("pamir")
def render_pamir(art: Art, ctx: Ctx) -> Rendered:
    assert art.published
    d = when(art.published, need_time=False)
    page = TextPage()
    page.junk(
        "Pamir Dispatch",
        "Central Asia news since 2009",
        "Tajikistan · Kyrgyzstan · Uzbekistan · Kazakhstan · Afghanistan",
        "-" * 40,
    )
    page.gap()
    page.add(art.title)
    page.gap()
    page.junk(f"{art.extra.get('city', 'Dushanbe')} · {d:%d/%m/%Y} · By {art.author}")
    page.gap()
    page.paras(art.body)
    page.junk("Did you find this article useful? Support Pamir Dispatch on Patreon.")
    page.gap()
    page.junk(f"Tags: {', '.join(art.tags)}")
    page.gap()
    page.junk("Share this:", "Facebook", "Telegram", "WhatsApp")
    page.gap()
    page.junk(f"Comments ({number(art, 'comments', 0, 12)})")
    return page.done("Pamir Dispatch")


# ---- HTML layouts ---------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def lede(art: Art, limit: int = 155) -> str:
    text = plain(art.body[0])
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


@layout("meridian")
def render_meridian(art: Art, ctx: Ctx) -> Rendered:
    assert art.published and art.author and art.link
    d = when(art.published, need_time=True, zones=("+00:00", "+03:00", "+02:00", "-05:00"))
    modified = art.updated or art.published
    related = ctx.related(4)
    comments = f"{number(art, 'comments', 4, 90)} comments"
    chrome = [
        "We use cookies and similar technologies to personalise content and measure traffic. "
        "You can change your choices at any time in Privacy settings.",
        "Accept all",
        "Reject non-essential",
        "Subscribe from $1",
        f"Read more: {related[0]}",
        "The Meridian Briefing",
        "Our editors' pick of the day's most important stories, every morning.",
        "Most read",
        *related[1:],
        "© 2025 The Meridian Post. All rights reserved.",
        comments,
    ]
    if art.caption:
        chrome.append(f"{art.caption} {art.credit}")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art.title,
        "datePublished": art.published,
        "dateModified": modified,
        "author": [{"@type": "Person", "name": art.author}],
        "publisher": {"@type": "Organization", "name": "The Meridian Post"},
        "mainEntityOfPage": art.link,
    }
    paras: list[str] = []
    for i, para in enumerate(art.body):
        paras.append(html_paragraph(para, "        "))
        if i == 1:
            paras.append(
                f'        <p class="read-more"><strong>Read more:</strong> '
                f'<a href="/world/{slug(related[0])}">{esc(related[0])}</a></p>'
            )
    figure = ""
    if art.caption:
        figure = (
            f'      <figure class="lead-image">\n'
            f'        <img src="https://cdn.meridianpost.example/img/{slug(art.title)}.jpg" alt="{attr(art.caption)}" width="1200" height="675">\n'
            f'        <figcaption>{esc(art.caption)} <span class="credit">{esc(art.credit or "")}</span></figcaption>\n'
            f"      </figure>\n"
        )
    most_read = "\n".join(
        f'      <li><a href="/world/{slug(t)}">{esc(t)}</a></li>' for t in related[1:]
    )
    section = art.section or "World"
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(art.title)} | The Meridian Post</title>
  <meta name="description" content="{attr(lede(art))}">
  <meta name="author" content="{attr(art.author)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{attr(art.title)}">
  <meta property="og:site_name" content="The Meridian Post">
  <meta property="og:url" content="{attr(art.link)}">
  <meta property="og:image" content="https://cdn.meridianpost.example/img/{slug(art.title)}.jpg">
  <meta property="article:published_time" content="{art.published}">
  <meta property="article:modified_time" content="{modified}">
  <meta property="article:section" content="{attr(section)}">
  <link rel="canonical" href="{attr(art.link)}">
  <link rel="stylesheet" href="/static/css/main.4f2a9c.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-MERIDIAN1');</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite">
    <p>{esc(chrome[0])}</p>
    <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/"><img src="/static/logo.svg" alt="The Meridian Post"></a>
    <nav class="main-nav" aria-label="Sections">
      <ul>
        <li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/science">Science</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
      </ul>
    </nav>
    <a class="subscribe-button" href="/subscribe">Subscribe from $1</a>
  </header>
  <main id="content">
    <article class="story">
      <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{slug(section)}">{esc(section)}</a></nav>
      <h1 class="headline">{esc(art.title)}</h1>
      <div class="byline">By <a rel="author" href="/authors/{slug(art.author)}">{esc(art.author)}</a> &middot; <time datetime="{art.published}">{d.day} {EN_MONTHS[d.month - 1]} {d.year}</time></div>
      <div class="share-tools"><button data-share="facebook">Share</button><button data-share="x">Tweet</button><button data-share="copy">Copy link</button></div>
{figure}      <div class="article-body">
{chr(10).join(paras)}
      </div>
      <aside class="newsletter-inline">
        <h3>The Meridian Briefing</h3>
        <p>Our editors' pick of the day's most important stories, every morning.</p>
        <form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
      </aside>
      <div class="comments-count"><a href="#comments">{comments}</a></div>
    </article>
    <aside class="most-read">
      <h2>Most read</h2>
      <ol>
{most_read}
      </ol>
    </aside>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul>
    <p>&copy; 2025 The Meridian Post. All rights reserved.</p>
  </footer>
  <script src="/static/js/app.81c2.js" defer></script>
</body>
</html>
"""
    return Rendered(
        text=text, chrome=chrome, source="The Meridian Post", ext=art.extra.get("ext", "html")
    )


@layout("eurasia", lang="ru")
def render_eurasia(art: Art, ctx: Ctx) -> Rendered:
    assert art.published and art.author and art.link
    d = when(art.published, need_time=True, zones=("+03:00",))
    charset = "windows-1251" if art.enc == "cp1251" else "utf-8"
    meta_charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        if charset == "windows-1251"
        else '<meta charset="utf-8">'
    )
    related = ctx.related(2)
    chrome = [
        "Главная",
        "Политика",
        "Экономика",
        "Армия",
        "Наука",
        "Мнения",
        "Главная / Политика / Армия",
        "Читайте также",
        *related,
        "Поделиться",
        "ВКонтакте",
        "Одноклассники",
        "Самое важное — в нашем Telegram-канале. Подписаться",
        "© 2025 Евразийский обозреватель. При цитировании ссылка обязательна.",
    ]
    if art.caption:
        chrome.append(f"{art.caption} Фото: {art.credit}")
    body: list[str] = []
    for i, para in enumerate(art.body):
        body.append(html_paragraph(para, "      "))
        if i == 1:
            items = "".join(
                f'<li><a href="/news/{n}">{esc(t)}</a></li>' for n, t in enumerate(related, 4410)
            )
            body.append(
                f'      <div class="inject-related"><div class="inject-title">Читайте также</div><ul>{items}</ul></div>'
            )
    figure = ""
    if art.caption:
        figure = (
            f'    <div class="photo"><img src="/i/{number(art, "img", 1000, 9999)}.jpg" alt="">'
            f'<div class="photo-caption">{esc(art.caption)} <span class="photo-author">Фото: {esc(art.credit or "")}</span></div></div>\n'
        )
    text = f"""<!DOCTYPE html>
<html lang="ru">
<head>
{meta_charset}
<title>{esc(art.title)} — Евразийский обозреватель</title>
<meta name="author" content="{attr(art.author)}">
<meta name="description" content="{attr(lede(art))}">
<meta property="og:title" content="{attr(art.title)}">
<meta property="og:site_name" content="Евразийский обозреватель">
<meta property="og:url" content="{attr(art.link)}">
<meta property="og:locale" content="ru_RU">
<meta property="article:published_time" content="{art.published}">
<link rel="canonical" href="{attr(art.link)}">
<script src="https://mc.yandex.example/metrika/tag.js" async></script>
</head>
<body>
<div class="top-menu"><a href="/">Главная</a> <a href="/politics/">Политика</a> <a href="/economy/">Экономика</a> <a href="/army/">Армия</a> <a href="/science/">Наука</a> <a href="/opinions/">Мнения</a></div>
<div class="wrapper">
  <div class="crumbs"><a href="/">Главная</a> / <a href="/politics/">Политика</a> / <a href="/army/">Армия</a></div>
  <div class="material">
    <h1 class="material-title">{esc(art.title)}</h1>
    <div class="material-meta"><span class="date">{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}</span> <span class="author">{esc(art.author)}</span></div>
{figure}    <div class="material-text">
{chr(10).join(body)}
    </div>
    <div class="share"><span>Поделиться</span> <a class="vk" href="https://vk.com/share.php?url={attr(art.link)}">ВКонтакте</a> <a class="ok" href="https://connect.ok.ru/offer?url={attr(art.link)}">Одноклассники</a></div>
    <div class="tg-banner"><a href="https://t.me/eurasia_observer_example">Самое важное — в нашем Telegram-канале. Подписаться</a></div>
  </div>
</div>
<div class="footer">© 2025 Евразийский обозреватель. При цитировании ссылка обязательна.</div>
</body>
</html>
"""
    return Rendered(text=text, chrome=chrome, source="Евразийский обозреватель", ext="html")


HARBOR_ENTITIES = {
    "’": "&rsquo;",
    "‘": "&lsquo;",
    "“": "&ldquo;",
    "”": "&rdquo;",
    "—": "&mdash;",
    "–": "&ndash;",
}


def harbor_text(text: str) -> str:
    out = esc(text)
    for char, entity in HARBOR_ENTITIES.items():
        out = out.replace(char, entity)
    return out


@layout("harbor")
def render_harbor(art: Art, ctx: Ctx) -> Rendered:
    # Late-1990s table layout: uppercase tags, <br><br> between paragraphs (no <p>),
    # source hard-wrapped, entities, an IE "saved from url" comment instead of a canonical link.
    chrome = [
        "Home",
        "Local News",
        "Waterfront",
        "Schools",
        "Obituaries",
        "Classifieds",
        "Weather",
        "Subscribe to the print edition",
        "Tribune Staff Writer",
        "Copyright © 2025 The Harbor Tribune. All rights reserved. Reproduction without permission prohibited.",
        "Back to top",
        "E-mail this story to a friend",
        "Printer-friendly version",
    ]
    dateline = ""
    if art.published:
        d = when(art.published, need_time=True)
        hour = d.hour % 12 or 12
        dateline = f"<BR>Posted on {EN_MONTHS[d.month - 1]} {d.day}, {d.year} at {hour}:{d:%M} {'am' if d.hour < 12 else 'pm'}"
        chrome.append(f"Posted on {EN_MONTHS[d.month - 1]} {d.day}, {d.year}")
    paragraphs: list[str] = []
    for i, para in enumerate(art.body):
        paragraphs.append(
            textwrap.fill(harbor_text(para), 78, break_long_words=False, break_on_hyphens=False)
        )
        if i == 0 and art.caption:
            paragraphs.append(
                f'<CENTER><IMG SRC="/photos/{slug(art.title)[:20]}.jpg" WIDTH="300"><BR><I>{harbor_text(art.caption)} ({esc(art.credit or "")})</I></CENTER>'
            )
            chrome.append(f"{art.caption} ({art.credit})")
    saved = f"<!-- saved from url=({len(art.link):04d}){art.link} -->\n" if art.link else ""
    text = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
{saved}<HTML>
<HEAD>
<TITLE>Harbor Tribune - {esc(art.title)}</TITLE>
<META NAME="keywords" CONTENT="{attr(", ".join(art.tags))}">
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003366">
<TABLE WIDTH="760" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD COLSPAN="2"><IMG SRC="/images/masthead.gif" ALT="The Harbor Tribune" WIDTH="760" HEIGHT="90"></TD></TR>
<TR><TD COLSPAN="2" BGCOLOR="#003366"><FONT FACE="Arial" SIZE="-1" COLOR="#FFFFFF">&nbsp;<A HREF="/">Home</A> | <A HREF="/local/">Local News</A> | <A HREF="/waterfront/">Waterfront</A> | <A HREF="/schools/">Schools</A> | <A HREF="/obits/">Obituaries</A> | <A HREF="/classifieds/">Classifieds</A> | <A HREF="/weather/">Weather</A></FONT></TD></TR>
<TR>
<TD WIDTH="150" VALIGN="top" BGCOLOR="#EEEEEE"><FONT FACE="Arial" SIZE="-2"><A HREF="/subscribe/">Subscribe to the print edition</A><BR><BR><A HREF="/archive/">Archives</A><BR><A HREF="/contact/">Contact us</A></FONT></TD>
<TD WIDTH="610" VALIGN="top">
<FONT FACE="Georgia, Times" SIZE="5"><B>{harbor_text(art.title)}</B></FONT><BR>
<FONT FACE="Arial" SIZE="-1">By {esc(art.author or "")}, Tribune Staff Writer{dateline}</FONT><BR><BR>
<FONT FACE="Georgia, Times" SIZE="3">
{(chr(10) + "<BR><BR>" + chr(10)).join(paragraphs)}
<BR><BR>
</FONT>
<FONT FACE="Arial" SIZE="-2"><A HREF="#top">Back to top</A> | <A HREF="/cgi-bin/mailstory.pl">E-mail this story to a friend</A> | <A HREF="/cgi-bin/print.pl">Printer-friendly version</A></FONT>
<HR NOSHADE SIZE="1">
<FONT FACE="Arial" SIZE="-2">Copyright &copy; 2025 The Harbor Tribune. All rights reserved. Reproduction without permission prohibited.</FONT>
</TD>
</TR>
</TABLE>
</BODY>
</HTML>
"""
    return Rendered(text=text, chrome=chrome, source="The Harbor Tribune", ext="htm")


# ---- Markdown layouts -----------------------------------------------------------------


def yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@layout("easternflank")
def render_easternflank(art: Art, ctx: Ctx) -> Rendered:
    # A newsletter exported to Markdown: front matter, a "# Title" repeated in the body,
    # subscribe and share buttons as links, a sign-off line.
    assert art.published and art.link
    base = art.link.rsplit("/p/", 1)[0]
    lines = [
        "---",
        f"title: {yaml_str(art.title)}",
        f"date: {art.published}",
        f"author: {art.author}",
        f"link: {art.link}",
        "source: The Eastern Flank",
        f"tags: [{', '.join(art.tags)}]",
        "---",
        "",
        f"# {art.title}",
        "",
        f"[Subscribe now]({base}/subscribe)",
        "",
    ]
    for para in art.body:
        lines += [para, ""]
    lines += [
        f"[Share]({art.link}?utm_source=share&utm_medium=android)",
        "",
        f"[Leave a comment]({art.link}/comments)",
        "",
        "*Thanks for reading The Eastern Flank! Subscribe for free to receive new posts and support my work.*",
    ]
    chrome = [
        "Subscribe now",
        "Share",
        "Leave a comment",
        "Thanks for reading The Eastern Flank! Subscribe for free to receive new posts and support my work.",
    ]
    return Rendered(
        text="\n".join(lines) + "\n", chrome=chrome, source="The Eastern Flank", ext="md"
    )


@layout("mednotes")
def render_mednotes(art: Art, ctx: Ctx) -> Rendered:
    # A Hugo blog post: front matter with url and a dated datetime, an image with an
    # italic credit line under it, a "Related posts" list after a rule.
    assert art.published and art.link
    lines = [
        "---",
        f"title: {yaml_str(art.title)}",
        f"date: {art.published}",
        "draft: false",
        f"url: {art.link}",
        "tags:",
        *(f"  - {t}" for t in art.tags),
        "---",
        "",
    ]
    chrome = ["Related posts", *ctx.related(2), "Comments are closed."]
    for i, para in enumerate(art.body):
        lines += [para, ""]
        if i == 0 and art.caption:
            lines += [
                f"![{art.caption}](/images/{slug(art.title)[:24]}.jpg)",
                f"*{art.caption}. Photo: {art.credit}*",
                "",
            ]
            chrome.append(f"{art.caption}. Photo: {art.credit}")
    lines += ["---", "", "**Related posts**", ""]
    lines += [f"- [{t}](/posts/{slug(t)}/)" for t in ctx.related(2)]
    lines += ["", "*Comments are closed.*"]
    author = f"author: {art.author}"
    if art.author:
        lines.insert(4, author)
    return Rendered(text="\n".join(lines) + "\n", chrome=chrome, source=None, ext="md")


# ---- JSON layouts (one scraper schema each) ---------------------------------------------


def json_text(obj: dict[str, object]) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


@layout("aop-json")
def render_aop_json(art: Art, ctx: Ctx) -> Rendered:
    # Wire copy with plain-text `content`; the scraper kept the caption, a "Read more"
    # teaser and the agency's footer inside the text.
    chrome = [
        f"{art.caption} (AOP Photo/{art.credit})",
        f"Read more: {ctx.related(1)[0]}",
        "Follow AOP on Telegram for the latest from the Levant and the Gulf.",
        "© AOP 2025. All rights reserved. No redistribution without written permission.",
    ]
    content = "\n\n".join([chrome[0], *art.body, chrome[1], chrome[2], chrome[3]])
    obj = {
        "title": art.title,
        "url": art.link,
        "published": art.published,
        "author": art.author,
        "source": "Agence Orient Presse",
        "content": content,
    }
    return Rendered(text=json_text(obj), chrome=chrome, source="Agence Orient Presse", ext="json")


@layout("meridian-json")
def render_meridian_json(art: Art, ctx: Ctx) -> Rendered:
    # RSS-style RFC 2822 `date`, "By ..." in `byline`, body as an HTML string with share
    # buttons and a figure.
    assert art.published
    d = when(art.published, need_time=True, zones=("+03:00",))
    rfc = f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {d:%b} {d.year} {d:%H:%M:%S} +0300"
    chrome = [
        "Share",
        "Tweet",
        "Copy link",
        f"{art.caption} {art.credit}",
        "Sign up for The Meridian Briefing",
    ]
    parts = [
        '<div class="share-tools"><button>Share</button><button>Tweet</button><button>Copy link</button></div>',
        f'<figure><img src="https://cdn.meridianpost.example/img/{slug(art.title)}.jpg"><figcaption>{esc(art.caption or "")} <span class="credit">{esc(art.credit or "")}</span></figcaption></figure>',
        *(html_paragraph(p) for p in art.body),
        '<aside class="newsletter-inline"><p><a href="/newsletters">Sign up for The Meridian Briefing</a></p></aside>',
    ]
    obj = {
        "title": art.title,
        "link": art.link,
        "date": rfc,
        "byline": f"By {art.author}",
        "site_name": "The Meridian Post",
        "html": "".join(parts),
    }
    return Rendered(text=json_text(obj), chrome=chrome, source="The Meridian Post", ext="json")


@layout("vestnik-json", lang="ru")
def render_vestnik_json(art: Art, ctx: Ctx) -> Rendered:
    # `published_at` in UTC with Z; `text` is the page's innerText with single newlines.
    chrome = [
        f"{art.caption}. Фото: {art.credit}",
        "Читайте также:",
        "— Российская база в Таджикистане получила новые вертолёты",
        "Подписывайтесь на «Вестник Евразии» в Telegram и Дзене",
    ]
    text = "\n".join([chrome[0], *art.body, chrome[1], chrome[2], chrome[3]])
    obj = {
        "title": art.title,
        "text": text,
        "published_at": art.extra.get("raw_published", art.published),
        "source": "Вестник Евразии",
        "url": art.link,
    }
    return Rendered(text=json_text(obj), chrome=chrome, source="Вестник Евразии", ext="json")


@layout("rundschau-json", lang="de")
def render_rundschau_json(art: Art, ctx: Ctx) -> Rendered:
    chrome = [
        "Artikel teilen",
        "Lesen Sie auch: Hochwasser am Mittelrhein: Pegel Kaub steigt auf 5,80 Meter",
        "RR+ jetzt 4 Wochen für 1 € testen. Jederzeit kündbar.",
    ]
    parts = [
        '<div class="article-share"><span>Artikel teilen</span></div>',
        *(html_paragraph(p) for p in art.body[:2]),
        '<aside class="teaser"><p><b>Lesen Sie auch:</b> <a href="/region/hochwasser-kaub">'
        "Hochwasser am Mittelrhein: Pegel Kaub steigt auf 5,80 Meter</a></p></aside>",
        *(html_paragraph(p) for p in art.body[2:]),
        '<div class="paywall-teaser"><p>RR+ jetzt 4 Wochen für 1 € testen. Jederzeit kündbar.</p></div>',
    ]
    obj = {
        "title": art.title,
        "content": "\n".join(parts),
        "published": art.published,
        "author": art.author,
        "site_name": "Rheinische Rundschau",
        "url": art.link,
    }
    return Rendered(text=json_text(obj), chrome=chrome, source="Rheinische Rundschau", ext="json")


@layout("glbr-json")
def render_glbr_json(art: Art, ctx: Ctx) -> Rendered:
    # A written-out US date, a role-only byline (no author), no link, `body` with the
    # ticker and paywall lines the scraper did not strip.
    assert art.published
    d = when(art.published, need_time=False)
    chrome = [
        "BRENT $76.40 ▲1.1%  |  WTI $72.55 ▲0.9%  |  GOLD $2,902 ▲0.3%",
        "Subscribe to GLBR Premium for in-depth market analysis, data and newsletters. Subscribe",
        "Copyright © 2025 Gulf & Levant Business Review. All rights reserved.",
    ]
    obj = {
        "title": art.title,
        "body": "\n\n".join([chrome[0], *art.body, chrome[1], chrome[2]]),
        "date": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        "byline": "Staff reporter",
        "source": "Gulf & Levant Business Review",
        "link": None,
    }
    return Rendered(
        text=json_text(obj), chrome=chrome, source="Gulf & Levant Business Review", ext="json"
    )


@layout("diario-json", lang="es")
def render_diario_json(art: Art, ctx: Ctx) -> Rendered:
    # Fields outside the documented set (`id`, `scraped_at`, `summary`, ...); `scraped_at`
    # is when the page was fetched, not a publication date, and the page states none.
    # The byline is only in the text ("Por ...").
    assert art.published is None
    chrome = [
        "Compartir en Facebook | Compartir en X | Enviar por WhatsApp",
        "Hazte socio de El Diario Global desde 5 euros al mes",
        "Comentarios (4)",
    ]
    text = "\n\n".join([f"Por {art.author}", *art.body, *chrome])
    chrome.append(f"Por {art.author}")
    obj = {
        "id": f"edg-{number(art, 'id', 100000, 999999)}",
        "title": art.title,
        "link": art.link,
        "scraped_at": "2025-03-08T06:12:44Z",
        "lang": "es",
        "tags": art.tags,
        "summary": lede(art, 120),
        "text": text,
        "site_name": "El Diario Global",
    }
    return Rendered(text=json_text(obj), chrome=chrome, source="El Diario Global", ext="json")


# --------------------------------------------------------------------------------------
# Building docs/ and labels.json


def file_name(number_: int, art: Art, ext: str) -> str:
    return f"{number_:03d}_{hashlib.sha1(art.key.encode()).hexdigest()[:16]}.{ext}"


def label_for(art: Art, rendered: Rendered) -> dict[str, object]:
    body = rendered.body or [plain(p) for p in art.body]
    body_text = "\n\n".join(body)
    chrome: list[str] = []
    for line in rendered.chrome:
        key = chrome_key(line)
        if len(key) < 3 or line in chrome:
            continue
        if occurs(key, body_text) or occurs(key, art.title):
            continue  # e.g. a pull quote repeated from the body: not chrome for scoring
        chrome.append(line)
    assert len(chrome) >= 3, (art.key, chrome)
    return {
        "layout": art.layout,
        "title": art.title,
        "source": rendered.source,
        "author": art.author,
        "published": art.published,
        "link": art.link,
        "language": art.lang or LAYOUT_LANG[art.layout],
        "body": body,
        "chrome": chrome,
    }


def json_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return []


def check(art: Art, rendered: Rendered, label: dict[str, object]) -> None:
    """The label must describe the file: title and every paragraph are really there."""
    if rendered.ext == "json":
        text = html.unescape("\n".join(json_strings(json.loads(rendered.text))))
    elif rendered.ext == "md":
        text = "\n".join(plain(line) for line in rendered.text.split("\n"))
    elif rendered.ext in ("html", "htm"):
        text = html.unescape(rendered.text)
    else:
        text = rendered.text
    text = re.sub(r"</?(?:a|em|strong|b|i|span)\b[^>]*>", "", text, flags=re.I)
    flat = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    assert " ".join(art.title.split()) in flat, art.key
    body = label["body"]
    assert isinstance(body, list) and 3 <= len(body) <= 12, (art.key, len(body))
    for para in body:
        assert " ".join(para.split()) in flat, (art.key, para)
        if rendered.ext == "txt":
            assert "](" not in para and not para.startswith("> "), art.key
            assert rendered.is_wrapped or para in rendered.text.split("\n"), (art.key, para)
    if art.layout == "harbor":
        assert rendered.text.isascii(), "the Harbor Tribune page declares iso-8859-1: keep it ASCII"


def build(out: Path, *, only_encoded: bool = False) -> list[Path]:
    """Write docs/ (and labels.json unless `only_encoded`) under `out`; return the docs written."""
    arts = parse_articles(DATA)
    by_layout: dict[str, list[Art]] = {}
    for art in arts:
        assert art.layout in LAYOUTS, art.key
        by_layout.setdefault(art.layout, []).append(art)
    assert len({a.key for a in arts}) == len(arts), "duplicate article keys"

    docs = out / "docs"
    if not only_encoded and docs.exists():
        shutil.rmtree(docs)
    docs.mkdir(parents=True, exist_ok=True)
    labels: dict[str, dict[str, object]] = {}
    seen_paragraphs: dict[str, str] = {}
    written: list[Path] = []
    for n, art in enumerate(arts, 1):
        group = by_layout[art.layout]
        i = group.index(art)
        ctx = Ctx(index=i, siblings=group[i + 1 :] + group[:i])
        rendered = LAYOUTS[art.layout](art, ctx)
        label = label_for(art, rendered)
        check(art, rendered, label)
        for para in label["body"]:  # type: ignore[attr-defined]
            assert para not in seen_paragraphs, (art.key, seen_paragraphs.get(para))
            seen_paragraphs[para] = art.key
        name = file_name(n, art, rendered.ext)
        labels[name] = label
        if only_encoded and is_plain_utf8(art.enc, art.nl):
            continue
        path = docs / name
        path.write_bytes(encode_text(rendered.text, art.enc, art.nl))
        written.append(path)
    if not only_encoded:
        (out / "labels.json").write_text(
            json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return written


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Write the labelled corpus (docs/ and labels.json)."
    )
    parser.add_argument(
        "--out", type=Path, default=HERE, help="folder to write into (default: this one)"
    )
    args = parser.parse_args()
    written = build(args.out)
    print(f"wrote {len(written)} documents and labels.json to {args.out}")


# ======================================================================================
# Article data. Format: "@@ key", then "name: value" lines, then "--", then the body
# paragraphs separated by blank lines (one paragraph per line). `[text](url)`, `*em*`
# and a leading "> " are only allowed in html/md/json layouts.

DATA: list[str] = []

DATA.append(r"""
@@ mledger-01
layout: mledger
title: Moscow and Damascus Agree to Keep Talking on Bases, but Sign Nothing
caption: Deputy Foreign Minister Arkady Belov and Syrian Foreign Minister Karim Haddad in Moscow.
credit: Pavel Orlov / TASS
--
Russia and Syria's transitional authorities agreed on Wednesday to set up a joint working group on the future of Russia's military facilities on the Mediterranean coast, but left Moscow without any written guarantee that its forces can stay.

Syrian Foreign Minister Karim Haddad spent two days in the Russian capital, his first trip abroad since the new government in Damascus was formed in December. He met Deputy Foreign Minister Arkady Belov and officials from the Defense Ministry.

“We did not come here to close doors,” Haddad told reporters after the talks.

Russia operates a naval logistics center in Tartus and the Hmeimim air base near Latakia. Both were leased under agreements signed by the previous government, which run for several more decades.

Belov said the two sides had discussed “the full range of bilateral documents,” including the basing agreements, and would meet again in Damascus in the spring.

Analysts say the new authorities are using the bases as leverage to win reconstruction money, grain deliveries and the return of Syrian assets frozen in Russian banks.

Nothing was signed.

@@ mledger-02
layout: mledger
title: Satellite Images Show Russian Warships Leaving Tartus
caption: A Russian frigate moored in the port of Tartus in 2023.
credit: Denis Volkov / TASS
enc: utf-8-sig
--
Commercial satellite images taken this week show that at least three Russian warships and a submarine have left the naval facility in Tartus, the only Russian naval base in the Mediterranean.

The images, published by the private analytics firm Orbital Watch, show empty berths where the frigate Admiral Kasatonov and two support vessels had been moored since early December.

The Defense Ministry in Moscow declined to comment. A ministry source quoted by the state news agency said the ships were on “scheduled exercises” and would return.

Independent naval experts were skeptical.

“When you see the floating dock being towed out, that is not an exercise,” said Lars Henriksen, a retired Danish navy officer who tracks Russian ship movements in the Mediterranean.

The departures come as Syria's new authorities review all agreements signed under the former government. Russia has kept a presence in Tartus since 1971.

@@ mledger-03
layout: mledger
title: Moscow Opens Final Stretch of Its Southern Arc Metro Line
caption: Passengers at the new Zagorye station on Saturday.
credit: Anton Belyaev / Moskva News Agency
link: https://www.themoscowledger.example/news/moscow-opens-final-stretch-of-southern-arc-metro-line-a91203
--
Moscow opened the final four stations of the new Southern Arc metro line on Saturday, completing a loop that city officials say will cut commuting times for more than a million residents of the capital's outer districts.

The 19-kilometer section links the Kommunarka district with the Biryulyovo industrial zone and includes the city's deepest station, Zagorye, at 74 meters below ground.

City Hall said construction cost 286 billion rubles, about 20% more than planned, which it blamed on imported equipment becoming more expensive after sanctions.

Trains will run every 90 seconds at peak hours.

Residents of Biryulyovo, who until now faced a bus ride of up to an hour to the nearest station, greeted the opening with cautious enthusiasm. “I will believe it when I stop being late for work,” said Olga Tikhonova, a pharmacist.

@@ mledger-04
layout: mledger
title: Russian Wheat Exports to Syria Stall as Payment Problems Mount
link: https://www.themoscowledger.example/business/russian-wheat-exports-to-syria-stall-a91377
--
Russian wheat shipments to Syria have almost stopped since the change of government in Damascus, traders and shipping data show, leaving one of Moscow's most reliable grain buyers without its main supplier.

Only one cargo of about 6,000 tons has left a Black Sea port for Syria since mid-December, according to the shipping tracker GrainFlow, compared with an average of eight cargoes a month last year.

Traders said the problem was money, not politics. Syrian state buyers used to pay through a small number of Russian banks that are now reluctant to process transactions amid uncertainty about who controls the accounts.

“Everybody is waiting for a signal from the top,” a Moscow-based grain trader told The Moscow Ledger on condition of anonymity.

Syria imported about 1.5 million tons of Russian wheat a year before the fall of the former government, much of it on credit.

The Agriculture Ministry said exports to the Middle East as a whole remained at record levels, with Egypt, Turkey and Saudi Arabia buying more.

@@ mledger-05
layout: mledger
title: Russian Troops in Tajikistan Hold Largest Drills in a Decade
caption: Servicemen of Russia's 201st military base during exercises near Dushanbe.
credit: Central Military District press service / TASS
nl: crlf
--
About 3,000 Russian soldiers based in Tajikistan began a week of exercises on Monday near the Afghan border, the largest drills held by the 201st military base in more than a decade.

The Central Military District said the exercises would practice repelling an incursion by armed groups from Afghanistan and would involve tanks, artillery and Mi-24 helicopter gunships.

The 201st base, with facilities in Dushanbe and the southern city of Bokhtar, is Russia's largest military installation abroad. Its lease was extended in 2012 until 2042.

Tajik troops are taking part.

The drills come as Moscow tries to reassure Central Asian allies that the war in Ukraine has not weakened its ability to defend them. Several units of the base were sent to Ukraine in 2022, according to independent media.

The Tajik Defense Ministry said the two armies would also hold a joint staff exercise in the Pamir mountains in the summer.

@@ mledger-06
layout: mledger
title: Cargo Flights From Hmeimim to Libya Continue, Flight Trackers Say
link: https://www.themoscowledger.example/news/cargo-flights-from-hmeimim-to-libya-continue-a91520
--
Russian military transport planes have continued to fly between the Hmeimim air base in Syria and airfields in eastern Libya, according to open-source flight tracking data, suggesting Moscow is shifting equipment rather than withdrawing it.

At least 14 flights by Il-76 and An-124 aircraft were recorded between Hmeimim and the al-Khadim air base in January, according to a count by the independent monitoring group Skyline Notes.

Several of the planes flew with their transponders switched off for part of the route.

Libya's eastern commander, who controls the airfields, has hosted Russian military contractors since 2019. Analysts have long suggested that Moscow could move some of its Mediterranean operations there if it loses access to Syria.

“Libya is a fallback, not a replacement,” said Natalia Gromova, a military analyst at a Riga-based think tank. “It has no deep-water port comparable to Tartus and no legal framework for a base.”

The Kremlin has repeatedly said it is in contact with the new Syrian authorities about the future of its facilities.

Neither the Russian Defense Ministry nor the Libyan side commented on the flights.

In December, satellite images showed Russian helicopters and air defense systems being dismantled at Hmeimim, fueling speculation about a full withdrawal that has so far not materialized.

@@ levantwire-01
layout: levantwire
title: Syria's interim government orders review of Tartus port concession
author: Rania Khoury
published: 2025-02-04T09:30:00+00:00
updated: 2025-02-04T13:10:00+00:00
caption: Cranes at the commercial port of Tartus, on Syria's Mediterranean coast.
credit: Photo: Reuters
nl: crlf
--
Syria's interim authorities have ordered a review of a 49-year concession that gave a Russian company control of the commercial port of Tartus, officials said on Tuesday, adding to pressure on Moscow's presence on the Mediterranean coast.

The concession, signed in 2019, allowed the company to manage and expand the civilian port next to the Russian navy's logistics facility. Syrian officials said the firm had failed to deliver the promised investment of $500 million.

"The port will be run in the interest of Syrians first," said Maher Darwish, director of the General Authority for Maritime Transport.

The review does not cover the naval facility itself, which is governed by a separate agreement between the two governments.

Dock workers in Tartus said traffic at the port had fallen sharply since December, with only a handful of ships calling each week.

Russian officials have not commented publicly on the decision.

@@ levantwire-02
layout: levantwire
title: Pentagon weighs drawdown at al-Tanf garrison in eastern Syria
author: Daniel Mercer
published: 2025-02-11T16:45:00+00:00
section: News > World > United States
caption: US soldiers on patrol near the al-Tanf garrison in 2023.
credit: Photo: US Army
nl: crlf
--
The US Defense Department is considering reducing the number of troops at the al-Tanf garrison in southeastern Syria, two officials familiar with the discussions said, as Washington reassesses its military footprint in the country.

About 200 US troops are stationed at al-Tanf, near the point where the borders of Syria, Iraq and Jordan meet. The base sits inside a 55-kilometer "deconfliction zone" that Russian and Syrian government forces were long barred from entering.

The officials, who spoke on condition of anonymity, said no decision had been made and that any reduction would be coordinated with Jordan.

"Nothing is off the table," one of them said.

The United States has about 2,000 troops in Syria in total, most of them in the northeast, where they support Kurdish-led forces in operations against Islamic State remnants.

Critics in Congress have argued that the small garrison at al-Tanf has lost its purpose since the fall of the former government, while supporters say it still blocks arms smuggling routes between Iraq and Syria.

@@ levantwire-03
layout: levantwire
title: Masnaa border crossing reopens to trucks after six-week closure
author: Rania Khoury and Tarek Saab
published: 2025-01-21T07:15:00+00:00
section: News > Business
enc: utf-8-sig
nl: crlf
--
Lebanon and Syria reopened the main Masnaa border crossing to commercial trucks on Tuesday, ending a six-week closure that had stranded hundreds of drivers and cut one of the region's busiest overland trade routes.

Lebanese customs officials said about 400 trucks carrying fruit, vegetables and construction materials crossed in the first hours after the reopening.

Traders welcomed the move but complained about new fees imposed on the Syrian side.

"We pay twice now, once to each side, and nobody gives us a receipt," said Hassan Mrad, a truck driver from the Bekaa Valley who had waited at the border for four days.

The crossing was closed in December after clashes between smugglers and security forces near the frontier.

Lebanon's agriculture minister said the closure had cost farmers at least $30 million in lost exports to Syria, Jordan and the Gulf.

Officials on both sides said they would meet next month to discuss a joint customs system.

@@ levantwire-04
layout: levantwire
title: Russian transport planes spotted at Hmeimim as talks on bases drag on
author: Daniel Mercer
published: 2025-02-19T11:20:00+00:00
updated: 2025-02-19T15:05:00+00:00
caption: An Ilyushin Il-76 transport plane at an airfield in Syria, in a file photo.
credit: Photo: AFP
nl: crlf
--
At least four Russian Il-76 transport planes landed at the Hmeimim air base in western Syria over the weekend, according to flight-tracking data and local residents, as negotiations between Moscow and the new Syrian authorities on the future of the base dragged on.

Residents of the nearby town of Jableh said they heard heavy aircraft taking off throughout Saturday night.

"It has been very busy, more than in January," said one resident, who asked not to be named.

It was not clear whether the aircraft were bringing in supplies or removing equipment.

Russia has used Hmeimim since 2015 as the hub of its air campaign in Syria. A Syrian official said last week that talks on the base were "continuing in a positive atmosphere" but that no agreement had been reached.

@@ levantwire-05
layout: levantwire
title: Damascus stock exchange resumes trading after two-month pause
author: Tarek Saab
published: 2025-02-02T08:00:00+00:00
section: News > Business > Markets
caption: Traders watch screens at the Damascus Securities Exchange.
credit: Photo: Levant Wire
nl: crlf
--
The Damascus Securities Exchange resumed trading on Sunday for the first time since early December, with the main index falling 6% in a session that brokers described as chaotic but orderly.

Only 14 of the exchange's 27 listed companies traded. Shares in banks and telecom operators fell the most, while a cement producer and two insurers gained.

"People want to sell to get cash, but there are also buyers who think this is the bottom," said Lina Haddad, a broker at a Damascus investment firm.

The exchange's new management said it would publish revised listing rules in March and invite foreign investors, who were largely barred under the previous government.

Trading hours have been shortened to two hours a day.

The Syrian pound, which traded at about 15,000 to the dollar on the black market in January, was broadly stable.
""")

DATA.append(r"""
@@ caspian-01
layout: caspian
title: Caspian Flotilla Begins Spring Exercises Off Dagestan
byline: Dana Whitfield, Moscow correspondent
author: Dana Whitfield
published: 2025-03-04
section: Defence
quote: The Caspian is a quiet sea, and we want to keep it that way
tags: Russia, Navy, Caspian
--
More than 20 warships of Russia's Caspian Flotilla have put to sea for exercises off the coast of Dagestan, the Defence Ministry said, in the first large naval drills in the Caspian this year.

The exercises involve Buyan-M corvettes armed with Kalibr cruise missiles, landing craft and naval aviation. Sailors will practise defending offshore oil platforms and repelling attacks by unmanned boats.

The flotilla, based in Makhachkala since 2020, has played an outsized role in recent years. Its ships fired cruise missiles at targets in Syria in 2015, a demonstration that surprised Western militaries.

Officials in Baku and Astana were informed in advance, according to the ministry.

“The Caspian is a quiet sea, and we want to keep it that way,” the flotilla's commander, Rear Admiral Oleg Zhuravlev, told state television.

@@ caspian-02
layout: caspian
title: Kazakh Wheat Finds a New Route to Iran Across the Caspian
byline: Aigerim Bekova, Almaty
author: Aigerim Bekova
published: 2025-01-29
section: Economy
quote: The sea route is now cheaper than the railway for the first time
tags: Kazakhstan, Iran, Grain
nl: crlf
--
Kazakhstan shipped a record 310,000 tonnes of wheat to Iran across the Caspian Sea in the last quarter of 2024, as exporters turned to the port of Aktau to avoid congested railway crossings.

Grain traders said freight rates on small Caspian bulk carriers had fallen after several new vessels entered service, while rail tariffs via Turkmenistan rose.

“The sea route is now cheaper than the railway for the first time,” said Yerlan Dosmukhamedov, head of a grain terminal in Aktau.

Iran is the largest buyer of Kazakh wheat after Uzbekistan and has been increasing purchases as drought hit its own harvest.

The Kazakh government plans to double the capacity of the Aktau grain terminal by 2027.

Port workers say the bottleneck is now on the Iranian side.

@@ caspian-03
layout: caspian
title: Baku Chess Open Ends in Three-Way Tie
byline: Sports desk
published: 2025-02-12
section: Sport
tags: Chess, Azerbaijan, Sport
--
The Baku Chess Open ended on Tuesday in a three-way tie for first place, with grandmasters from Azerbaijan, India and Uzbekistan each finishing on seven points from nine rounds.

Rauf Mammadli of Azerbaijan took the title on tiebreaks after beating the top seed in the final round, a game that lasted more than six hours.

India's Arjun Pillai and Uzbekistan's Timur Rakhimov shared second place.

A record 312 players from 41 countries took part.

The organisers said next year's tournament would be held in the newly renovated Old City chess club.

@@ caspian-04
layout: caspian
title: Russia Said to Seek Naval Access in Sudan as Syria Talks Stall
byline: Dana Whitfield, Moscow correspondent
author: Dana Whitfield
published: 2025-02-03
section: Defence
quote: Port Sudan is the only serious option on the table
tags: Russia, Sudan, Syria, Navy
--
Russia has revived talks with Sudan on a naval logistics point at Port Sudan on the Red Sea, diplomats in Khartoum and Moscow said, as uncertainty grows over its bases in Syria.

An agreement to build a facility for up to four warships and 300 personnel was signed in 2020 but never ratified by Sudan's parliament, which has not met since the army seized power in 2021.

A Russian delegation visited Port Sudan last month, one of the diplomats said.

The talks are seen in Moscow as insurance in case it loses access to the naval facility in Tartus, which has served as the main supply hub for Russian ships in the Mediterranean for decades.

“Port Sudan is the only serious option on the table,” said a Russian defence analyst who asked not to be named because he advises the government.

Sudan's military government, which is fighting a civil war, has also held talks with Turkey and Iran about port access.

Western officials have warned Khartoum against the deal.

@@ caspian-05
layout: caspian
title: Ferry Line Between Turkmenbashi and Baku Doubles Sailings
byline: Murad Aliyev, Baku
author: Murad Aliyev
published: 2025-01-16
section: Economy
tags: Azerbaijan, Turkmenistan, Transport
--
The state shipping company of Azerbaijan will double the number of ferry sailings between Baku and the Turkmen port of Turkmenbashi from next month, as demand for the Middle Corridor route between China and Europe keeps rising.

Two new rail ferries built in Baku will join the line, allowing up to six crossings a week.

Truck drivers have complained for years about waiting up to ten days for a place on a ferry.

Cargo volumes across the Caspian grew by a third last year, according to the company.

Waiting times are now down to three days.

@@ dailyexample-01
layout: dailyexample
title: Senators Clash Over Future of US Troops in Syria
author: Megan Holloway and Carlos Rivera
published: 2025-02-06T10:00:00-05:00
section: Politics
caption: Sen. Ruth Callahan speaks during a hearing on Capitol Hill on Wednesday.
credit: AP Photo/Evan Marsh
--
WASHINGTON — A Senate hearing on the US military presence in Syria turned heated on Wednesday as lawmakers from both parties questioned whether the roughly 2,000 American troops there still have a clear mission.

Sen. Ruth Callahan, a Republican from Montana, said the deployment had become "an open-ended commitment with no end state," and called for a withdrawal within a year.

Others warned that leaving would hand a victory to the Islamic State group and to Russia and Iran.

"If we leave, somebody else fills the vacuum. That's how it always works," said Sen. Paul Okafor, a Democrat from Illinois.

Assistant Secretary of Defense Lauren Pike told the committee that the Pentagon was reviewing its posture in Syria but that no withdrawal orders had been issued.

Most US troops are based in the northeast of the country, with a smaller garrison at al-Tanf near the Jordanian border.

The hearing came a day after two US service members were lightly injured in a drone attack on a base in Hasakah province.

@@ dailyexample-02
layout: dailyexample
title: City Council Approves $1.2 Billion Light Rail Extension After Marathon Session
author: Brian Koenig
published: 2025-01-15T23:40:00-05:00
section: Local
caption: Supporters of the light rail extension pack City Hall on Tuesday night.
credit: AP Photo/Dana Ortiz
--
After nine hours of public comment, the Riverton City Council voted 7-2 late Tuesday to approve a $1.2 billion extension of the Blue Line light rail to the airport and the fast-growing northern suburbs.

The 11-mile extension will add eight stations and is expected to open in 2031, if federal funding comes through.

Opponents, mostly homeowners along the route, said the project would bring noise and traffic to quiet neighborhoods.

"Nobody asked us," said Frank DeLuca, who has lived on Maple Avenue for 40 years.

Supporters argued that the city's population has grown by a quarter in a decade and that roads could not keep up.

The vote sends the plan to the regional transit authority, which is expected to approve it next month.

Construction could begin in 2027.

@@ dailyexample-03
layout: dailyexample
title: Chipmaker Picks Ohio for $8 Billion Packaging Plant
author: Priya Raman
published: 2025-02-24T07:30:00-05:00
section: Business
enc: utf-8-sig
--
Semiconductor maker Vantor Microsystems said Monday it would build an $8 billion advanced packaging plant outside Columbus, Ohio, creating about 2,000 jobs.

The plant will assemble and test high-end chips used in artificial intelligence data centers, a step in the supply chain that is still done almost entirely in Asia.

Vantor's chief executive, Michael Tran, said the company chose Ohio for its supply of skilled workers and cheap electricity.

State officials offered $600 million in tax credits.

Production is expected to start in 2028.

@@ dailyexample-04
layout: dailyexample
title: Treasury Eases Some Syria Sanctions to Speed Aid Deliveries
author: Megan Holloway
published: 2025-01-07T16:15:00-05:00
caption: Trucks carrying aid wait at a border crossing in northern Syria.
credit: AP Photo/Khaled Nasser
--
The Treasury Department on Tuesday issued a six-month license allowing some transactions with Syria's governing institutions, in an effort to speed up humanitarian aid and restore basic services after the fall of the former government.

The license allows payments for electricity, water and fuel, as well as personal remittances, but keeps in place most sanctions on the Syrian state and on individuals linked to the former government.

"This is a targeted step, not a lifting of sanctions," a senior Treasury official told reporters.

Aid groups had complained that banks were refusing to process even permitted transfers for fear of breaking US rules.

Syrian officials welcomed the decision but called for a complete lifting of sanctions.

The European Union is considering similar measures.

@@ dailyexample-05
layout: dailyexample
title: Lunar Lander Prototype Passes Final Drop Test in the Mojave
author: Tom Whitaker
published: 2025-03-03T13:05:00-05:00
section: Science
caption: The Selene-2 lander prototype during a drop test at the Mojave Air and Space Port.
credit: AP Photo/Greg Lind
--
A prototype of a small robotic moon lander built by the startup Selene Aerospace survived a final series of drop tests in the Mojave Desert last week, clearing the way for a launch attempt next year.

Engineers dropped the four-legged lander from a crane at speeds simulating a touchdown on uneven lunar terrain. It stayed upright in all 12 tests.

"That was the last big unknown," said Selene's chief engineer, Ana Delgado.

The lander is designed to carry up to 150 kilograms of instruments to the moon's south pole under a NASA commercial delivery contract.

Two earlier private attempts to land on the moon ended with spacecraft tipping over.

Selene plans to launch on a commercial rocket in the second half of 2026.

@@ northern-01
layout: northern
title: Northern Fleet Sends Frigates Into the Barents Sea for Snap Drills
published: 2025-01-29T10:00:00+03:00
caption: The frigate Admiral Sorokin leaving Severomorsk
credit: Photo: Russian Defence Ministry
--
Russia's Northern Fleet has sent two frigates and a group of submarines into the Barents Sea for snap readiness drills, the fleet's press service said on Wednesday.

The exercises are taking place about 100 kilometres from the Norwegian coast, in waters where Norwegian and Russian fishing boats often work side by side.

Norway's armed forces said they were monitoring the drills and had not observed anything unusual.

The Northern Fleet, based in Severomorsk on the Kola Peninsula, has become more important for Moscow as its access to the Mediterranean through Syria has become uncertain.

Several ships that used to rotate through Tartus are now expected to stay in northern waters, analysts say.

@@ northern-02
layout: northern
title: Russian Ships Withdrawn From Syria Arrive in the Baltic
author: Mikkel Strand
published: 2025-02-14T18:30:00+01:00
caption: A Russian landing ship passing through the Great Belt
credit: Photo: Danish Defence
--
Two Russian landing ships and a tanker that left the Syrian port of Tartus in January have arrived in the Baltic Sea, according to the Danish military, which tracked the vessels through the Great Belt.

The ships were seen heading for Baltiysk, the home port of Russia's Baltic Fleet in the Kaliningrad region.

Danish officials said the ships appeared to be carrying military vehicles on deck.

Russia has not announced any withdrawal from Syria.

The vessels sailed west through the Strait of Gibraltar in late January, since Turkey has closed the Bosphorus to warships of countries at war.

“It is a logistical retreat dressed up as a routine rotation,” said Jonas Bergqvist, a naval analyst at a Swedish defence institute.

@@ northern-03
layout: northern
title: Norway and Russia Fail to Agree on Cod Quota for First Time
author: Ingrid Solberg
published: 2025-03-10T14:20:00+01:00
enc: utf-16-be-bom
--
Norway and Russia have failed to agree on a joint cod quota for the Barents Sea for the first time since the two countries began managing the stock together in 1976.

Talks in Tromsø broke down after Russia demanded a higher share and rejected scientific advice to cut catches by a fifth.

Each country will now set its own quota.

Norwegian fishermen fear Russian trawlers will overfish a stock that is already at its lowest level in 30 years.

The Russian fisheries agency said Norway was using science as a political weapon.

“This is the worst outcome for the fish,” said Kari Nilsen, head of the fishermen's association in Finnmark.

@@ northern-04
layout: northern
title: Russia's Base in Armenia Loses Border Role as Yerevan Takes Over Checkpoints
published: 2025-01-20T09:00:00+04:00
--
Russian border guards have handed over control of the checkpoint on Armenia's border with Iran to Armenian officers, ending a presence that dated back to the Soviet era.

The move follows an agreement reached last year under which Armenia took over passport control at Yerevan's Zvartnots airport.

Russia still maintains its 102nd military base in Gyumri, in the northwest of the country, with about 3,000 troops.

Armenian officials said the base was not affected.

Relations between Moscow and Yerevan have soured since 2023, when Russian peacekeepers did not intervene as Azerbaijan retook Nagorno-Karabakh.

@@ northern-05
layout: northern
title: Icebreaker Convoy Reaches Pevek After Record Winter Voyage
author: Alexei Kuznetsov
published: 2025-02-26T06:45:00+00:00
caption: The convoy in the East Siberian Sea
credit: Photo: Arctic Shipping Agency
--
A convoy of three cargo ships led by a nuclear-powered icebreaker has reached the Arctic port of Pevek after a 24-day voyage through winter ice, the longest such trip on record.

The ships carried fuel, food and equipment for a gold mine and the floating nuclear power plant that supplies the town.

Temperatures on the route fell to minus 42 degrees Celsius.

Winter navigation on the eastern part of the Northern Sea Route has long been considered too risky for ordinary cargo ships.

The operator said it plans two more winter convoys before the end of March.
""")

DATA.append(r"""
@@ vestnik-01
layout: vestnik
title: В Москве обсудили будущее баз в Тартусе и Хмеймиме
author: Игорь Соколов
published: 2025-01-29T14:05:00+03:00
caption: Переговоры делегаций России и Сирии в Москве
credit: Сергей Бурлаков / ТАСС
--
Делегации России и Сирии провели в Москве консультации о будущем российских военных объектов в Тартусе и Хмеймиме. Стороны договорились продолжить переговоры, однако никаких документов подписано не было.

Сирийскую делегацию возглавлял заместитель министра иностранных дел Омар аль-Хатиб. С российской стороны в переговорах участвовали представители МИД и Министерства обороны.

«Разговор был откровенным», — сообщил источник, знакомый с ходом встречи.

Соглашение о пункте материально-технического обеспечения ВМФ в Тартусе было заключено в 2017 году сроком на 49 лет. Авиабаза Хмеймим используется российскими ВКС с 2015 года.

По словам собеседников «Вестника Евразии», новые сирийские власти добиваются пересмотра условий аренды и компенсации за ущерб, нанесённый в ходе войны.

Следующий раунд консультаций запланирован на весну.

@@ vestnik-02
layout: vestnik
title: Российская база в Таджикистане получила новые вертолёты
author: Анна Кравец
published: 2025-02-07T10:30:00+03:00
section: Главная > Армия
caption: Вертолёты Ми-8МТВ-5 на аэродроме Гиссар
credit: пресс-служба ЦВО
enc: cp1251
--
201-я российская военная база в Таджикистане получила партию новых вертолётов Ми-8МТВ-5, сообщила пресс-служба Центрального военного округа.

Машины переданы авиационной группе базы, которая размещается на аэродроме Гиссар под Душанбе.

Вертолёты оснащены новой системой навигации и могут работать в высокогорье.

Лётчики уже приступили к полётам.

201-я база — крупнейший военный объект России за рубежом. Её подразделения размещены в Душанбе и Бохтаре. Соглашение о базе действует до 2042 года.

@@ vestnik-03
layout: vestnik
title: Поставки российского зерна в Сирию практически остановились
author: Игорь Соколов
published: 2025-01-22T09:15:00+00:00
section: Главная > Экономика
--
Экспорт российской пшеницы в Сирию с декабря практически прекратился, следует из данных аналитической компании «АгроМонитор».

За последние полтора месяца в сирийские порты ушло лишь одно судно с зерном. Годом ранее Россия отправляла в Сирию в среднем восемь судов в месяц.

Участники рынка объясняют это проблемами с оплатой.

«Покупатель есть, денег нет», — говорит трейдер одной из московских компаний.

Сирия ежегодно закупала около 1,5 млн тонн российской пшеницы, значительная часть поставок шла в кредит.

@@ vestnik-04
layout: vestnik
title: Из Хмеймима вывозят технику, сообщают местные жители
author: Анна Кравец
published: 2025-02-18T19:40:00+03:00
caption: Авиабаза Хмеймим, архивное фото
credit: Минобороны России
enc: cp1251
--
Жители сирийского города Джебла сообщают о непрерывном движении колонн военной техники из расположенной рядом авиабазы Хмеймим в сторону порта Тартус.

По их словам, колонны идут в основном ночью.

В Минобороны России ситуацию не комментируют.

Ранее спутниковые снимки зафиксировали, что с авиабазы были вывезены несколько зенитных ракетных комплексов и часть вертолётов.

Эксперты считают, что Москва сокращает группировку, но не намерена полностью уходить из Сирии до завершения переговоров с новыми властями.

«Базу не бросают, её консервируют», — считает военный эксперт Виктор Ланской.

@@ vestnik-05
layout: vestnik
title: «Северная звезда» обыграла «Енисейских волков» в овертайме
author: Денис Орлов
published: 2025-03-02T22:10:00+03:00
section: Главная > Спорт > Хоккей
--
«Северная звезда» в овертайме обыграла «Енисейских волков» со счётом 3:2 в первом матче серии плей-офф.

Победную шайбу на 64-й минуте забросил нападающий Артём Зайцев.

Гости вели 2:0 после первого периода, но не удержали преимущество.

Второй матч серии пройдёт в четверг.

@@ panorama-01
layout: panorama
title: В Новосибирске утвердили проект новой линии трамвая
author: Мария Смирнова
published: 2025-02-03T10:15:00+00:00
link: https://novpanorama.example/news/2025/novosibirsk-tramvai
--
Мэрия Новосибирска утвердила проект новой трамвайной линии, которая соединит левобережную часть города с Академгородком.

Длина линии составит 18 километров, на ней построят 22 остановки.

Стоимость проекта оценивается в 41 млрд рублей.

Часть средств город рассчитывает получить из федерального бюджета по программе обновления общественного транспорта.

Строительство планируется начать в 2026 году.

Жители Академгородка давно жаловались на пробки.

@@ panorama-02
layout: panorama
title: Байкальские учёные нашли новый вид губок на глубине 1200 метров
author: Павел Губин
published: 2025-02-21T07:45:00+00:00
--
Сотрудники Лимнологического института обнаружили на дне Байкала ранее неизвестный вид пресноводных губок.

Находку сделали во время погружения глубоководного аппарата у мыса Ухан на глубине около 1200 метров.

Губки образуют на камнях колонии размером с ладонь и, по предварительным данным, растут очень медленно — всего несколько миллиметров в год.

«Мы не ожидали найти такое разнообразие жизни на такой глубине», — рассказала руководитель экспедиции Ольга Ветрова.

Генетический анализ показал, что новый вид отделился от ближайших родственников несколько миллионов лет назад.

Статья с описанием находки готовится к публикации.

@@ panorama-03
layout: panorama
title: Новые власти Сирии создали комиссию по российским военным объектам
author: Мария Смирнова
published: 2025-01-31T16:20:00+00:00
link: https://novpanorama.example/news/2025/siriya-komissiya
enc: utf-16-le-bom
--
Переходное правительство Сирии создало специальную комиссию, которая изучит все соглашения о российском военном присутствии в стране, включая договоры о базах в Тартусе и Хмеймиме.

Комиссию возглавил бывший дипломат Самир аль-Азм. В течение трёх месяцев она должна подготовить рекомендации.

Решение было принято после консультаций с турецкими и катарскими партнёрами, сообщают арабские СМИ.

Москва пока никак не прокомментировала создание комиссии.

Российские военные остаются на обеих базах.

Аналитики отмечают, что Дамаск не торопится и стремится получить от России максимальные уступки, прежде всего финансовые.

В числе возможных требований — списание сирийского долга и поставки пшеницы и топлива на льготных условиях.

@@ panorama-04
layout: panorama
title: Авиабилеты на юг подорожали на треть
author: Кирилл Лебедев
published: 2025-03-05T12:00:00+00:00
--
Средняя стоимость авиабилетов из Москвы в Сочи, Минеральные Воды и Махачкалу за год выросла на 33%, подсчитали аналитики туристического сервиса «Путеводитель».

Больше всего подорожали перелёты в выходные и праздничные дни.

Авиакомпании объясняют рост цен нехваткой самолётов и запчастей, а также закрытием ряда южных аэропортов.

Эксперты не ждут снижения цен до конца года.

Поезда тоже дорожают, но медленнее.

@@ panorama-05
layout: panorama
title: В Казани откроется выставка древностей Пальмиры
author: Елена Миронова
published: 2025-02-27T09:30:00+00:00
link: https://novpanorama.example/culture/2025/palmira-vystavka
--
В Национальном музее Татарстана 15 марта откроется выставка «Пальмира: город на перекрёстке караванных путей».

Посетители увидят около 120 предметов — погребальные рельефы, монеты, керамику и фрагменты тканей.

Большинство экспонатов предоставили российские частные коллекционеры, часть — музеи Армении и Казахстана.

Отдельный зал посвящён реставрации памятников, разрушенных во время войны.

Выставка продлится до конца июня.
""")

DATA.append(r"""
@@ rundschau-01
layout: rundschau
title: Russland zieht Kriegsschiffe aus syrischem Hafen Tartus ab
author: Katharina Vogel
published: 2025-01-29T14:05:00+00:00
caption: Ein russisches Kriegsschiff im Hafen von Tartus (Archivbild).
credit: dpa
--
Russland hat nach Angaben westlicher Militärbeobachter einen Großteil seiner Kriegsschiffe aus dem syrischen Hafen Tartus abgezogen.

Satellitenbilder zeigen, dass die Liegeplätze der russischen Marine seit Mitte Januar weitgehend leer sind.

Moskau spricht von einer „planmäßigen Rotation“.

Der Stützpunkt in Tartus ist Russlands einziger Marinestützpunkt im Mittelmeer. Auch die Zukunft des Luftwaffenstützpunkts Hmeimim bei Latakia ist ungewiss.

Die neue Regierung in Damaskus will alle Verträge aus der Zeit des gestürzten Regimes überprüfen.

Für die Nato wäre ein Abzug Russlands aus dem Mittelmeer ein strategischer Gewinn, sagt der Sicherheitsexperte Markus Lehner von der Universität Bonn.

@@ rundschau-02
layout: rundschau
title: Niedrigwasser am Rhein: Frachter dürfen nur noch halb beladen fahren
author: Jens Hartmann
published: 2025-02-17T06:30:00+00:00
section: Wirtschaft > Region
--
Wegen anhaltender Trockenheit ist der Pegel am Rhein bei Kaub auf 78 Zentimeter gefallen.

Binnenschiffer können ihre Frachter nur noch zu etwa der Hälfte beladen, um nicht auf Grund zu laufen.

Die Frachtraten haben sich innerhalb einer Woche verdoppelt.

Besonders betroffen sind Chemieunternehmen und Kraftwerke, die auf Transporte über den Fluss angewiesen sind.

Meteorologen rechnen erst Anfang März mit nennenswertem Regen.

@@ rundschau-03
layout: rundschau
title: Bundeswehr verlängert Einsatz in Jordanien
author: Katharina Vogel
published: 2025-03-06T11:50:00+00:00
section: Politik > Deutschland
caption: Ein Tankflugzeug der Luftwaffe auf dem Stützpunkt Al-Asrak.
credit: Bundeswehr
--
Der Bundestag hat die Beteiligung der Bundeswehr am internationalen Einsatz gegen die Terrormiliz IS um ein weiteres Jahr verlängert.

Bis zu 500 Soldatinnen und Soldaten können weiterhin in Jordanien und im Irak eingesetzt werden.

Von Al-Asrak aus betankt die Luftwaffe Flugzeuge der Koalition.

Die Opposition kritisierte, dass die Bundesregierung keine klare Ausstiegsstrategie vorgelegt habe.

„Wir bleiben, solange unsere Partner uns brauchen“, sagte ein Sprecher des Verteidigungsministeriums.

@@ courrier-01
layout: courrier
title: Syrie : Moscou négocie l'avenir de ses bases de Tartous et Hmeimim
author: Jean-Marc Lefèvre
published: 2025-02-10T14:05:00+00:00
updated: 2025-02-10T18:30:00+00:00
caption: La base navale russe de Tartous, en 2023.
credit: AFP
--
Les discussions entre la Russie et les nouvelles autorités syriennes sur l'avenir des bases militaires russes de Tartous et de Hmeimim se poursuivent, sans résultat concret à ce stade.

Selon une source diplomatique à Damas, la partie syrienne exige une révision des accords conclus en 2017, qui accordaient à Moscou l'usage gratuit des deux sites pendant 49 ans.

« Rien n'est exclu », a déclaré un responsable syrien.

Moscou a déjà retiré une partie de son matériel, notamment des systèmes de défense aérienne et plusieurs navires.

Pour la Russie, la perte de Tartous priverait sa marine de son unique point d'appui en Méditerranée.

@@ courrier-02
layout: courrier
title: Le port de Lattaquié relance ses liaisons avec Marseille
author: Sophie Haddad
published: 2025-03-01T09:00:00+00:00
section: Accueil / Économie / Transport maritime
--
Une compagnie maritime marseillaise a annoncé la reprise d'une liaison régulière entre Marseille et le port syrien de Lattaquié, suspendue depuis plus de dix ans.

Un premier porte-conteneurs doit quitter Marseille à la mi-mars avec des pièces détachées, des médicaments et des produits alimentaires.

La liaison sera hebdomadaire dans un premier temps.

Les exportateurs syriens d'huile d'olive et de textiles espèrent profiter de ce nouveau débouché vers l'Europe.

Les sanctions européennes encore en vigueur limitent toutefois les échanges.

@@ courrier-03
layout: courrier
title: Tadjikistan : la Russie renforce sa base face à l'Afghanistan
author: Claire Morin
published: 2025-02-20T07:30:00+00:00
section: Accueil / International / Asie centrale
--
La Russie va moderniser les défenses antiaériennes de sa 201e base militaire au Tadjikistan, sa plus grande installation militaire à l'étranger.

Moscou s'inquiète de la situation en Afghanistan voisin, où plusieurs groupes armés restent actifs près de la frontière.

La base compte plusieurs milliers de soldats répartis entre Douchanbé et Bokhtar.

« Notre présence ici n'est pas négociable », a affirmé un officier russe.

Le Tadjikistan, l'un des pays les plus pauvres de la région, dépend largement de la Russie pour sa sécurité et des transferts d'argent de ses travailleurs émigrés.

@@ diario-01
layout: diario
title: Rusia negocia con Damasco el futuro de sus bases militares en Siria
author: Lucía Fernández
published: 2025-02-12T14:05:00+01:00
city: Beirut
--
Rusia y las nuevas autoridades sirias mantienen conversaciones sobre el futuro de la base naval de Tartús y la base aérea de Hmeimim, las dos instalaciones militares rusas en el Mediterráneo.

Damasco quiere revisar los acuerdos firmados por el anterior Gobierno, que permitían a Moscú usar ambas bases de forma gratuita durante casi medio siglo.

«Todo está sobre la mesa», afirmó un diplomático sirio.

Mientras tanto, imágenes de satélite muestran que Rusia ha retirado varios buques y sistemas antiaéreos.

Para el Kremlin, perder Tartús supondría un duro golpe a su capacidad de operar en el Mediterráneo y en África.

@@ diario-02
layout: diario
title: El Atlético Ribera remonta y se coloca líder de Segunda
author: Javier Morales
published: 2025-03-09T21:45:00+01:00
section: Deportes
city: Valencia
--
El Atlético Ribera remontó un 0-2 en la segunda parte y venció 3-2 al Deportivo Costa en un partido vibrante que le coloca como líder de Segunda División.

El delantero Iván Soler marcó dos goles en los últimos diez minutos.

La afición despidió al equipo con una ovación.

El Ribera suma ahora 58 puntos, uno más que el Deportivo Costa, a falta de diez jornadas.

@@ diario-03
layout: diario
title: Las exportaciones de aceite de oliva baten récords pese a la sequía
author: Pablo Navarro
published: 2025-01-30T10:20:00+01:00
section: Economía
city: Jaén
--
Las exportaciones españolas de aceite de oliva alcanzaron en 2024 un valor récord de 5.800 millones de euros, pese a que la cosecha fue una de las más cortas de la última década.

Los altos precios compensaron la caída del volumen vendido.

Estados Unidos e Italia siguen siendo los principales compradores.

«El consumidor ha pagado la sequía», resume un portavoz de las cooperativas andaluzas.

Para la próxima campaña se espera una cosecha mucho mayor y una bajada de precios.

@@ gulfbiz-01
layout: gulfbiz
title: Red Sea Freight Rates Ease as Container Lines Test Suez Return
author: Omar Farouk
published: 2025-01-29
section: Shipping
--
Container freight rates between Asia and the Mediterranean fell for a third straight week, as some shipping lines began testing a return to the Suez Canal route after more than a year of diversions around the Cape of Good Hope.

The benchmark rate for a 40-foot container from Shanghai to Genoa dropped 9% to $4,310, according to the freight index compiled by Harbourline Analytics.

Two carriers sent vessels through the Bab el-Mandeb strait this month under naval escort.

Most are still waiting.

Insurers said war-risk premiums for the Red Sea remained about ten times higher than before the attacks on shipping began.

Egypt's Suez Canal Authority said revenue in January was still 60% below its level two years ago.

@@ gulfbiz-02
layout: gulfbiz
title: Turkey and Syria Plan Free Trade Zone on Border
section: Trade
--
Turkey and Syria's transitional government have agreed to study a free trade zone along their 900-kilometer border, Turkish trade officials said, in a move that could quickly make Ankara Syria's largest trading partner.

The zone would allow Syrian factories to import Turkish raw materials duty-free and re-export finished goods.

Turkish exports to Syria rose 40% in the last two months of 2024, led by construction materials, food and fuel.

Business groups in Gaziantep, the main Turkish city near the border, have lobbied for the plan for years.

"Gaziantep was Aleppo's port before the war. It can be again," said Mehmet Yilmaz, head of a local exporters' association.

No timetable was given.

@@ gulfbiz-03
layout: gulfbiz
title: Gulf Sovereign Fund Takes Stake in Caspian Logistics Group
author: Leila Nasser
published: 2025-02-20
section: Markets
--
The Abu Dhabi-based Falcon Investment Authority has bought a 25% stake in Caspian Gateway, a logistics group that runs port terminals in Kazakhstan and Azerbaijan, for an undisclosed sum.

The deal is the latest sign of Gulf interest in the Middle Corridor, the trade route between China and Europe that bypasses Russia.

Caspian Gateway handled 4.2 million tons of cargo last year.

Bankers familiar with the deal put its value at around $300 million.

@@ gulfbiz-04
layout: gulfbiz
title: Syrian Phosphate Exports Resume From Tartus Under New Management
author: Omar Farouk
section: Commodities
--
Syria has resumed exports of phosphate rock through the port of Tartus, with a first cargo of 30,000 tons leaving for India last week, according to port and shipping sources.

The phosphate mines near Palmyra were previously operated by a Russian company under a 50-year contract signed in 2018. That contract has been suspended by the new government in Damascus, which has placed the mines under a state company.

Syria was once one of the world's top ten phosphate exporters.

Output collapsed during the war and has not recovered.

Traders said the quality of the first cargo was good but questioned whether the mines could produce more than a million tons a year without foreign investment.

The Russian company did not respond to requests for comment.

Under the old arrangement, the company shipped most of its phosphate through the same port, which it also partly managed.

@@ gulfbiz-05
layout: gulfbiz
title: Oil Output From Kurdish-Held Fields in Syria Falls 20%
published: 2025-03-11
section: Energy
--
Oil production in northeastern Syria, where Kurdish-led forces control most of the country's fields, fell by about a fifth in February, according to estimates by industry consultants.

Fighting between the Kurdish-led forces and Turkish-backed groups near the Tishrin dam disrupted supplies of power and spare parts to the fields.

Output averaged about 60,000 barrels a day, most of it sold locally.

The fields are near bases used by US troops.

Talks between the Kurdish administration and Damascus on handing control of the oil sector to the central government have made little progress.

@@ labnotes-01
layout: labnotes
title: Astronomers spot water-rich atmosphere on nearby super-Earth
author: Helen Carter
published: 2025-01-29T07:00:00+00:00
section: Space
tags: Astronomy, Exoplanets, Space
caption: An artist's impression of the planet TOI-2297 b.
credit: Lena Ortiz/Orion Observatory
--
Observations from a space telescope suggest the planet, 48 light years away, has an atmosphere thick with water vapour

Astronomers have found the strongest evidence yet of a water-rich atmosphere around a rocky planet outside the solar system, raising hopes that such worlds are more common than thought.

The planet, known as TOI-2297 b, is about 1.6 times the size of Earth and orbits a small red star every nine days. It is far too hot for liquid water on its surface.

But when the team measured starlight filtered through its atmosphere, they found the unmistakable signature of water vapour.

“It is like finding a steam room where we expected bare rock,” said Dr Amira Saleh of the University of Leeds, who led the study.

Other researchers urged caution.

Prof Tomas Eklund, an astrophysicist at Stockholm University who was not involved in the work, said the signal could also come from spots on the star. “It is exciting, but I would want to see it confirmed with a second instrument,” he said.

The findings are published in the journal Astrophysical Letters.

@@ labnotes-02
layout: labnotes
title: Ancient DNA reveals Bronze Age traders crossed the Caspian
author: Samuel Okoro
published: 2025-02-05T16:00:00+00:00
updated: 2025-02-05T18:22:00+00:00
section: Science
tags: Archaeology, Genetics, Science
caption: Excavations at the Dashli Tepe burial site in Turkmenistan.
credit: Anna Berg/Dashli Tepe project
--
Genomes from 4,000-year-old skeletons point to regular contact between communities on opposite shores of the inland sea

People living on opposite shores of the Caspian Sea were trading and intermarrying 4,000 years ago, according to an analysis of ancient DNA from burial sites in Turkmenistan and Azerbaijan.

Researchers sequenced the genomes of 62 people buried between 2200 and 1800 BC and found close genetic links between the two groups, which were separated by more than 250 kilometres of open water.

Some individuals were related to each other at the level of second cousins.

“This tells us boats were crossing the Caspian far earlier than anyone assumed,” said Dr Leyla Huseynova, an archaeogeneticist who co-led the study.

Until now, most archaeologists believed Bronze Age contact between the two shores went overland, around the northern or southern end of the sea.

@@ labnotes-03
layout: labnotes
title: Sodium batteries could halve cost of grid storage, study finds
author: Helen Carter
published: 2025-02-18T11:30:00+00:00
section: Technology
tags: Energy storage, Batteries, Technology
--
Researchers say new cathode material lasts 8,000 charging cycles without significant loss of capacity

A new type of sodium-ion battery can survive more than 8,000 charging cycles while keeping 90% of its capacity, according to a study that could make storing renewable energy much cheaper.

Sodium is far more abundant than lithium, but sodium batteries have struggled to match the lifespan needed for grid storage.

The team at the Technical University of Denmark used a layered manganese oxide cathode doped with small amounts of copper.

They estimate that the cost per stored kilowatt-hour could fall to half that of current lithium-iron-phosphate systems.

Industry experts said the results were promising but had only been shown in small laboratory cells.

@@ labnotes-04
layout: labnotes
title: Antarctic ice core pushes climate record back 1.2 million years
author: Samuel Okoro
published: 2025-03-07T09:00:00+00:00
section: Climate
tags: Antarctica, Climate crisis, Science
caption: Drillers inspect a section of the ice core at the Mount Vesta camp.
credit: Marco Ferri/Polar Ice Consortium
--
Scientists have retrieved ice that may hold air bubbles from a period when Earth's ice age rhythm changed

A European team has drilled through 2.8 kilometres of Antarctic ice and recovered what they believe is the oldest continuous ice core ever extracted, covering at least 1.2 million years.

The bottom layers may contain air from a time when the planet's ice ages switched from a 41,000-year cycle to a 100,000-year cycle, a change scientists have never been able to explain.

The core will be cut into one-metre sections and shipped to laboratories in Europe in refrigerated containers.

“Every bubble is a tiny sample of an ancient atmosphere,” said the project's chief scientist, Dr Giulia Romano.

The first results are expected next year.

@@ labnotes-05
layout: labnotes
title: Songbirds adjust migration to warmer springs faster than expected
author: Ruth Adeyemi
published: 2025-03-12T17:45:00+00:00
section: Environment
tags: Birds, Wildlife, Environment
--
Fifty years of ringing data show some species now arrive in northern Europe nearly two weeks earlier

Several species of songbirds are arriving at their European breeding grounds almost two weeks earlier than in the 1970s, keeping pace with warming springs better than scientists had feared.

The study, based on more than 2 million records from bird ringing stations in Finland, Sweden and Estonia, found the biggest shifts in short-distance migrants such as the chiffchaff and the robin.

Long-distance migrants that winter in Africa changed less.

“They cannot feel spring in Europe from the Sahel,” said Dr Mikko Laine of the University of Turku.
""")

DATA.append(r"""
@@ sportsline-01
layout: sportsline
title: Dynamo Edge Torpedo in Derby Thriller to Go Top
author: Chris Bannister
published: 2025-03-08T21:55:00+00:00
--
Dynamo came from behind to beat city rivals Torpedo 2-1 on Saturday night and move top of the table for the first time this season.

Torpedo took the lead after 12 minutes through a deflected free-kick from captain Roman Sidorenko.

Dynamo's young striker Kirill Aksyonov levelled before half-time with a header and then won a penalty in the 81st minute, which midfielder Yusuf Demir converted.

"I've never heard the stadium like that," Aksyonov said.

Torpedo finished the match with ten men after defender Luka Petrovic was sent off for a second yellow card.

Dynamo are now one point ahead of Torpedo with eight games remaining.

@@ sportsline-02
layout: sportsline
title: Ice Wolves Beat Polar Bears in Overtime to Force Game Seven
author: Megan Frost
published: 2025-03-05T22:30:00+00:00
enc: utf-8-sig
nl: crlf
--
The Ice Wolves forced a deciding seventh game in their playoff series against the Polar Bears with a 3-2 overtime win on Wednesday.

Defenceman Erik Solberg scored the winner 4:12 into overtime with a slapshot from the blue line.

Goalkeeper Tomas Hrdina made 41 saves.

"We were dead and buried after the second period," said Wolves coach Brian McAllister. "The boys just refused to go home."

Game seven is on Saturday.

@@ sportsline-03
layout: sportsline
title: Teenager Nazarova Wins World Rapid Chess Title
author: David Lindgren
published: 2025-01-02T18:10:00+00:00
--
Sixteen-year-old Dilnoza Nazarova became the youngest ever women's world rapid chess champion on Thursday, winning the title in a playoff.

Nazarova, from Samarkand, beat the defending champion in two tiebreak games after the pair finished level on nine points.

She only learned to play at the age of eight.

"My father taught me on a board with two missing pawns," she said. "We used bottle caps instead."

The women's blitz championship starts on Saturday.

@@ sportsline-04
layout: sportsline
title: Desert Marathon Cancelled as Sandstorm Sweeps Course
author: Chris Bannister
published: 2025-02-15T09:20:00+00:00
--
The Wadi Rum Desert Marathon was cancelled minutes before the start on Saturday when a sandstorm swept across the course in southern Jordan.

About 1,200 runners from 40 countries had gathered at the start line.

Organisers said visibility had dropped to less than 50 metres.

"Safety comes first. The desert will still be here next year," race director Hani Masri said.

Entry fees will be refunded or transferred to the 2026 race.

It is the first time the race has been cancelled since it began in 2011.

@@ sportsline-05
layout: sportsline
title: Kovacs Saves Two Match Points to Reach Doha Semi-Final
author: Megan Frost
published: 2025-02-20T16:40:00+00:00
--
Hungary's Dora Kovacs saved two match points before beating Spain's Elena Ortega 4-6 7-6 (9-7) 6-3 to reach the semi-finals of the Qatar Open.

The world number 14 trailed 5-3 in the second set and faced match points at 6-5 and in the tiebreak.

"I told myself to just keep the ball in play," Kovacs said.

Ortega, who had not dropped a set all week, needed treatment for a back problem in the final set.

Kovacs will play the top seed, Ayumi Nakamura, on Friday.

@@ seaboard-01
layout: seaboard
title: US Commanders Say Syria Mission Can Continue Despite Political Change
author: Rebecca Lane
published: 2025-02-01
link: https://seaboardgazette.example/world/2025/02/01/us-commanders-syria-mission
--
American commanders in northeastern Syria say their mission against the remnants of the Islamic State group can continue regardless of the political changes in Damascus, even as the new government calls for all foreign troops to leave eventually.

About 900 troops are based at a network of small outposts in Hasakah and Deir ez-Zor provinces, working with Kurdish-led forces who guard prisons holding thousands of suspected militants and their families.

"The threat did not go away when the government fell," said a senior officer at a base near the town of Shaddadi, who was not authorized to speak publicly. "If anything, there is more room for them to move."

Officials in Damascus have said they want to negotiate the departure of all foreign forces, including Russian troops at Tartus and Hmeimim, but have set no deadline.

The Pentagon declined to discuss troop numbers.

@@ seaboard-02
layout: seaboard
title: Harbor Dredging Project Wins Final Federal Approval
author: Tom Alvarez
published: 2025-01-24
link: https://seaboardgazette.example/nation/2025/01/24/harbor-dredging-approval
--
A $340 million project to deepen the main shipping channel of Port Calder to 50 feet won final approval from the Army Corps of Engineers on Friday, allowing the region's largest port to receive the biggest container ships now in service.

Port officials said the deeper channel would help keep cargo that now goes to competing ports farther south.

Environmental groups have challenged the project in court, arguing that dredging will disturb contaminated sediment near old industrial sites.

Work is expected to begin in the fall and take three years.

@@ seaboard-03
layout: seaboard
title: Wildfire Season Starts Early After Driest Winter on Record
author: Rebecca Lane
published: 2025-03-06
link: https://seaboardgazette.example/climate/2025/03/06/wildfire-season-early
--
Firefighters in the coastal hills have already responded to more than 40 brush fires this year, a number they would normally expect by late May, after the driest winter since record keeping began in 1895.

Only 2.1 inches of rain fell between October and February, less than a fifth of the average.

Fire officials urged residents to clear dry vegetation around their homes now rather than waiting for summer.

"We are in June conditions in March," said Battalion Chief Maria Okonkwo.

The state has moved up the hiring of seasonal firefighters by six weeks.

@@ seaboard-04
layout: seaboard
title: School Board Delays Vote on Later Start Times
author: Tom Alvarez
published: 2025-02-13
link: https://seaboardgazette.example/nation/2025/02/13/school-start-times-delay
--
The Calder County school board on Thursday postponed a vote on pushing back high school start times to 8:30 a.m., saying it needed more information about the cost of reorganizing bus routes.

Parents and students packed the meeting, most of them in favor of the change.

Several studies have linked early start times to sleep deprivation among teenagers.

The district estimates that the change would require 18 additional buses at a cost of about $2 million a year.

A vote is now expected in April.

@@ pamir-01
layout: pamir
title: Russia to Upgrade Air Defences at Its Tajik Base
author: Farrukh Nazarov
published: 2025-01-29
tags: Tajikistan, Russia, Military
--
Russia will deliver new air defence systems to its 201st military base in Tajikistan this year, the base's commander said, as both countries worry about instability in neighbouring Afghanistan.

Speaking at a ceremony in Dushanbe, Major General Sergei Vasnetsov said the base would receive short-range missile systems and new radar equipment.

He did not give numbers.

The base has about 7,000 personnel, according to Russian officials, although independent estimates put the number much lower after units were sent to fight in Ukraine.

Tajikistan shares a 1,300-kilometre border with Afghanistan, much of it along the Panj river.

"Our task is to make sure nothing comes across that river that should not," Vasnetsov said.

@@ pamir-02
layout: pamir
title: Remittances From Russia Hit Record Despite Migration Curbs
author: Zarina Rahimova
published: 2025-02-10
tags: Tajikistan, Migration, Economy
--
Tajik migrant workers in Russia sent home a record $5.6 billion in 2024, according to central bank data, despite tougher migration rules introduced last year.

Remittances are equal to almost half of Tajikistan's economic output, one of the highest shares in the world.

The weaker ruble has reduced the value of each transfer, but more people are working longer hours.

"We take any job now, and we work seven days," said Bakhtiyor, a builder from Kulob who works in Yekaterinburg.

Economists warn that the dependence makes Tajikistan extremely vulnerable to any downturn in Russia.

@@ pamir-03
layout: pamir
title: Rogun Dam Reaches Height of 200 Metres
author: Farrukh Nazarov
published: 2025-03-04
city: Rogun
tags: Tajikistan, Energy, Rogun
--
The dam at the Rogun hydropower plant has reached a height of 200 metres, the government said, more than halfway to its planned final height of 335 metres.

When completed, Rogun will be the tallest dam in the world.

Two of its six turbines are already producing electricity.

International lenders have approved new financing for the project, but critics say the cost, now estimated at more than $6 billion, is too high for one of Asia's poorest countries.

Downstream Uzbekistan, which once strongly opposed the dam, has softened its position and is discussing buying electricity from it.

@@ pamir-04
layout: pamir
title: CSTO Troops Rehearse Border Defence in Khatlon
author: Zarina Rahimova
published: 2025-02-25
city: Bokhtar
tags: CSTO, Tajikistan, Russia
--
Troops from Russia, Tajikistan, Kyrgyzstan and Kazakhstan have started a joint exercise in Tajikistan's southern Khatlon region, rehearsing a response to an attack by armed groups from Afghanistan.

About 2,500 personnel are taking part, including soldiers from the Russian base in Bokhtar.

Armenia, which has frozen its participation in the Collective Security Treaty Organization, did not send troops.

The exercise ends on Friday.
""")

DATA.append(r"""
@@ meridian-01
layout: meridian
title: Russia's Mediterranean foothold shrinks as Syria talks stall
author: Elena Markovic
published: 2025-02-21T10:00:00+03:00
updated: 2025-02-21T15:30:00+03:00
link: https://www.meridianpost.example/world/2025/02/21/russia-mediterranean-foothold-syria
caption: The Russian naval facility at Tartus, photographed from a fishing boat in January.
credit: Meridian Post/Ahmad Saleh
--
Six weeks after Syria's new leaders opened talks with Moscow on the future of Russia's two bases in the country, the Russian military presence on the Mediterranean coast is quietly shrinking.

Satellite images reviewed by The Meridian Post show that the number of Russian aircraft parked at *Hmeimim* air base has fallen from more than 30 in November to fewer than ten. At the naval facility in Tartus, only a single supply ship remained at the pier last week.

Russian officials insist nothing has changed.

"Our servicemen continue to carry out their tasks," Defense Ministry spokesman Colonel Andrei Fomin said this month.

But Syrian officials and Western diplomats describe a gradual drawdown, with Moscow sending equipment to Libya and back to Russia while it waits to see what terms Damascus will offer. A [leaked draft](https://www.meridianpost.example/documents/syria-draft) of the Syrian negotiating position, seen by this newspaper, calls for Russia to pay rent for the first time and to hand over Syrians wanted for war crimes.

> "The Russians understand that the old deal is dead. The question is whether a new one is worth it for them," said a European diplomat in Beirut.

For Moscow, Tartus has been more than a port. It allowed the navy to keep ships in the Mediterranean without sailing them through the Turkish straits, which Turkey closed to warships of countries at war in 2022.

Analysts say that without Tartus, a permanent Russian naval presence in the Mediterranean would be almost impossible to sustain.

"It would be a return to the 1990s, when they showed up occasionally and left," said Karen Liu, a naval analyst at the Institute for Maritime Security in London.

@@ meridian-02
layout: meridian
title: US weighs future of al-Tanf as Syria's new army moves east
author: James Whitcombe
published: 2025-02-27T18:20:00-05:00
link: https://www.meridianpost.example/world/2025/02/27/al-tanf-syria-us-troops
caption: A US Army vehicle near the al-Tanf garrison.
credit: Meridian Post/Luis Romero
ext: htm
--
Units of Syria's new national army have moved into positions near the US garrison at al-Tanf for the first time, raising questions in Washington about the purpose of a base built to block Iranian supply lines.

US officials said the Syrian forces had coordinated their movements through a hotline set up in January and that there had been no incidents.

"They told us where they'd be, and that's where they were," one official said.

The garrison, home to about 200 US troops, has been a target of drone attacks by Iran-backed militias.

Some Pentagon planners now argue the base could be handed over to the Syrian army in a phased withdrawal, while others warn that doing so would open the desert corridor to smuggling again.

@@ meridian-03
layout: meridian
title: EU agrees to suspend some Syria sanctions on energy and transport
author: Sophie Laurent
published: 2025-02-24T13:45:00+00:00
link: https://www.meridianpost.example/world/2025/02/24/eu-syria-sanctions-energy
section: Business
--
European Union foreign ministers agreed on Monday to suspend sanctions on Syria's energy and transport sectors, in the bloc's biggest step yet toward normalizing ties with the country's new authorities.

The decision lifts restrictions on oil, gas and electricity imports and allows Syrian airlines to fly to EU airports again.

It also unfreezes some assets of the central bank.

Sanctions on individuals linked to the former government and on the arms trade remain in place, and the suspension can be reversed if Damascus fails to protect minorities, officials said.

> "This is a test, and we will watch closely," said the EU's foreign policy chief.

Syrian officials called the move **an important first step**.

@@ meridian-04
layout: meridian
title: Rock carvings in Kazakh steppe are twice as old as thought
author: Hannah Lee
published: 2025-03-05T09:00:00+00:00
link: https://www.meridianpost.example/science/2025/03/05/kazakh-rock-carvings-age
section: Science
caption: Carvings of horses and ibex on a rock face in the Karatau foothills.
credit: Meridian Post/Dana Abenova
--
Rock carvings of horses, ibex and human figures in the foothills of the Karatau mountains in southern Kazakhstan are about 14,000 years old, twice as old as previously believed, according to a new dating study.

Researchers used a technique that measures the tiny amounts of uranium in mineral crusts that formed over the carvings after they were made.

The results place the carvings at the end of the last ice age.

"These people were hunting animals that disappeared from the region soon after," said Dr Aliya Serikbayeva of the Kazakh Institute of Archaeology, a co-author of the study.

The team now plans to date carvings at a dozen other sites in the region.

@@ meridian-05
layout: meridian
title: Baku side knocks out Tehran club on penalties
author: Rashad Guliyev
published: 2025-03-07T22:15:00+03:00
link: https://www.meridianpost.example/sport/2025/03/07/baku-tehran-penalties
section: Sport
--
Khazar United of Baku knocked out Tehran's Azadegan FC on penalties on Friday to reach the quarter-finals of a continental club competition for the first time.

The match ended 1-1 after extra time. Khazar goalkeeper Elvin Rzayev saved two penalties in the shootout.

About 28,000 fans filled the stadium in Baku, the club's biggest crowd in a decade.

Khazar will face a Saudi club in the quarter-finals in April.

@@ eurasia-01
layout: eurasia
title: Сирия предложила России новые условия по базе в Тартусе
author: Алексей Громов
published: 2025-02-10T09:30:00+03:00
link: https://eurasia-observer.example/army/2025/02/10/tartus-novye-usloviya
caption: Пункт материально-технического обеспечения ВМФ России в Тартусе.
credit: Андрей Лукин
--
Переходное правительство Сирии передало российской стороне проект нового соглашения о пункте материально-технического обеспечения ВМФ в Тартусе, сообщили «Евразийскому обозревателю» два источника, знакомых с ходом переговоров.

Согласно документу, срок пребывания российских кораблей в порту сокращается, а Россия должна будет платить за аренду причалов.

Кроме того, Дамаск предлагает разрешить заходы в Тартус кораблям других стран.

В Минобороны проект не комментируют.

Ранее источники сообщали, что Москва готова обсуждать поставки зерна и энергоносителей в обмен на сохранение военного присутствия.

@@ eurasia-02
layout: eurasia
title: Душанбе и Москва договорились о совместной системе ПВО
author: Наталья Рябова
published: 2025-02-14T12:00:00+03:00
link: https://eurasia-observer.example/army/2025/02/14/dushanbe-moskva-pvo
enc: cp1251
--
Россия и Таджикистан подписали соглашение о создании объединённой региональной системы противовоздушной обороны.

Документ предусматривает обмен информацией о воздушной обстановке и совместное боевое дежурство.

Основу системы с российской стороны составят силы 201-й военной базы.

Аналогичные соглашения Россия ранее заключила с Белоруссией, Арменией и Казахстаном.

Соглашение вступит в силу после ратификации.

@@ eurasia-03
layout: eurasia
title: Товарооборот России и Ирана через Каспий вырос на 40%
author: Алексей Громов
published: 2025-03-03T15:40:00+03:00
link: https://eurasia-observer.example/economy/2025/03/03/rossiya-iran-kaspiy
caption: Порт Оля в Астраханской области.
credit: Ирина Седова
--
Объём грузов, перевезённых между портами России и Ирана на Каспийском море, в 2024 году вырос на 40% и превысил 4 млн тонн.

Основную часть составили зерно, подсолнечное масло и древесина, в обратном направлении везли овощи, фрукты и стройматериалы.

Порты Астрахани и Махачкалы работают на пределе возможностей.

Власти планируют углубить Волго-Каспийский канал, чтобы по нему могли проходить более крупные суда.

@@ eurasia-04
layout: eurasia
title: Российские физики получили рекордно чистый кремний-28
author: Наталья Рябова
published: 2025-01-23T11:15:00+03:00
link: https://eurasia-observer.example/science/2025/01/23/kremniy-28
--
Учёные из Нижнего Новгорода получили образцы изотопа кремний-28 чистотой 99,9998%, что превышает прежний мировой рекорд.

Такой кремний нужен для создания кубитов квантовых компьютеров и сверхточных эталонов массы.

«Каждая лишняя девятка после запятой — это годы работы», — рассказал руководитель лаборатории Михаил Дроздов.

Образцы уже переданы партнёрам для испытаний.

@@ harbor-01
layout: harbor
title: Ferry Service to Pine Island Will Resume in April
author: Walter Briggs
published: 2025-02-03T09:15:00+00:00
link: http://www.harbortribune.example/news/2025/02/03/ferry.htm
caption: The ferry Island Queen at the city dock.
credit: Tribune photo by Ed Kowalski
tags: ferry, Pine Island, transit
nl: crlf
--
The ferry between the city dock and Pine Island will resume regular service on April 1 after a winter of repairs to its engines and the island’s landing, the Harbor Transit District announced Monday.

The 62-year-old Island Queen was pulled from service in November when inspectors found cracks in the hull near the propeller shaft.

Repairs cost $1.4 million — about $400,000 more than budgeted.

“We know people on the island have had a hard winter,” district manager Linda Farrow said.

During the shutdown, islanders relied on a water taxi that runs only in daylight and costs $15 each way.

The district will hold a public meeting on a replacement vessel on March 12 at the Grange Hall.

@@ harbor-02
layout: harbor
title: School Budget Gap Grows to $3 Million
author: Nancy Pruitt
published: 2025-02-11T18:40:00+00:00
tags: schools, budget
--
The Harbor School District faces a $3 million shortfall next year, nearly twice what officials projected in the fall, Superintendent Gary Lund told the school committee Tuesday night.

Rising health insurance costs and a drop in state aid account for most of the gap.

Lund said the district may have to cut as many as 20 teaching positions.

Parents at the meeting urged the committee to look at administrative costs first.

“Start at the top,” said Karen Oakes, whose two children attend Harbor Middle School.

The committee will vote on a preliminary budget on March 4.

@@ harbor-03
layout: harbor
title: Fishing Fleet Hopes New Rules Will Bring Back the Cod
author: Walter Briggs
link: http://www.harbortribune.example/news/fishing-rules.htm
tags: fishing, cod, waterfront
--
Harbor’s dwindling fishing fleet is cautiously hopeful that new federal catch limits, which take effect next month, will give the area’s cod stocks a chance to recover.

Only 14 boats still fish out of Harbor, down from more than 60 in the 1990s.

The new rules close two spawning areas to all fishing from February to April and cut the annual cod quota by 15 percent.

“It hurts now, but if it works my grandson might have something to fish for,” said Joe Medeiros, who has fished out of Harbor for 46 years.

Scientists say it could take a decade for the stock to rebuild.

@@ harbor-04
layout: harbor
title: Retired Navy Officer Recalls Cold War Visits to Tartus
author: Nancy Pruitt
published: 2025-03-06T07:05:00+00:00
link: http://www.harbortribune.example/news/2025/03/06/tartus.htm
caption: Retired Cmdr. Paul Hendricks at his home on Bay Street.
credit: Tribune photo by Ed Kowalski
tags: people, navy, Syria
--
When Paul Hendricks read that Russia might lose its naval base in Syria, the retired Navy commander pulled an old photo album off the shelf.

In 1988, as a young officer on a destroyer in the Mediterranean, Hendricks watched Soviet ships come and go from the Syrian port of Tartus through binoculars.

“It was a tiny place then — one pier, a fuel depot and a lot of rust,” he said.

Hendricks, 68, now lives on Bay Street and teaches sailing to children in the summer.

He says the news from Syria shows that a navy is only as strong as the ports it can use. “Ships need fuel, food and repairs. Without a port nearby, you are just visiting,” he said.

Hendricks will speak about his Navy career at the Harbor Public Library on March 20.
""")

DATA.append(r"""
@@ easternflank-01
layout: easternflank
title: Where does the Russian navy go after Tartus?
author: Olena Marchuk
published: 2025-02-14
link: https://easternflank.example/p/where-does-the-russian-navy-go
tags: russia, syria, navy, libya, sudan
--
For half a century, the Soviet and then Russian navy has relied on a small, unglamorous facility in the Syrian port of Tartus. This week I want to look at what Moscow's options are if it loses it — and why none of them are good.

**Option one: Libya.** Russian transport planes have been flying between Hmeimim and airfields in eastern Libya for weeks. But Libya's ports are shallow, and any deal would depend on a single militia commander whose loyalty has a price.

**Option two: Sudan.** The Port Sudan agreement has been on paper since 2020. Sudan is at war with itself, and its parliament does not exist.

**Option three: Algeria or Egypt.** Both buy Russian weapons. Neither wants a permanent foreign base on its soil.

That leaves the fallback: no base at all.

> "A navy without a port in the region is a navy on a day trip," as one retired Russian admiral put it to me.

In practice, that would mean fewer ships in the Mediterranean, shorter deployments and a lot more tanker traffic around Europe. You can read my earlier piece on [how the Turkish straits closure changed Russian naval logistics](https://easternflank.example/p/turkish-straits) for the background.

More next week.

@@ easternflank-02
layout: easternflank
title: The quiet American base nobody talks about
author: Olena Marchuk
published: 2025-02-28T08:00:00+01:00
link: https://easternflank.example/p/the-quiet-american-base
tags: syria, usa, al-tanf
nl: crlf
--
Al-Tanf is the strangest American military outpost I have ever written about: a patch of desert where Syria, Iraq and Jordan meet, a few hundred soldiers, and a 55-kilometre circle on the map that everyone else was told to stay out of.

It was set up in 2016 to fight the Islamic State group. It stayed because it sat on the road between Baghdad and Damascus — the road Iran used to move weapons to Lebanon.

Now that road has a new owner.

The new Syrian government has no interest in helping Iran, which removes the base's main job. That is why, as I hear from people in Washington, the *future of the garrison* is now under formal review.

My bet: the Americans stay through the summer and hand over quietly by the end of the year.

@@ easternflank-03
layout: easternflank
title: Tajikistan, Russia's forgotten frontier
author: Olena Marchuk
published: 2025-03-07
link: https://easternflank.example/p/tajikistan-forgotten-frontier
tags: tajikistan, russia, central-asia
--
When people talk about Russian bases abroad, they think of Syria. Few remember that Russia's largest foreign base is in Tajikistan.

The 201st base has been there, in one form or another, since the Soviet Union collapsed. It guards a border with Afghanistan that Moscow considers its own first line of defence.

Three things have changed in the past three years:

First, units of the base were sent to Ukraine, and it is not clear they all came back. Second, Dushanbe has been quietly buying Chinese drones and letting Chinese companies build border posts. Third, Tajik migrants — the backbone of the economy — face more hostility in Russia than ever before.

None of this means Russia is leaving. It means the relationship is more transactional, and Dushanbe knows it has options.

> "We are friends with everyone who pays," a Tajik official told me, only half in jest.

@@ easternflank-04
layout: easternflank
title: Reader questions: the Arctic, Armenia and the Black Sea
author: Olena Marchuk
published: 2025-03-14T18:30:00+01:00
link: https://easternflank.example/p/reader-questions-march
tags: mailbag, arctic, armenia
--
Every month I answer a few of your questions. This time: the Arctic, Armenia and what happened to the Black Sea Fleet.

**Is the Northern Fleet getting the ships that left Syria?** Some of them, yes. Landing ships that left Tartus have been seen in the Baltic, and several auxiliaries went north to Severomorsk.

**Will Russia keep its base in Gyumri?** For now. Armenia has taken over its own border checkpoints, but the base itself is covered by a treaty that runs until 2044, and Yerevan has not moved to cancel it.

**Is the Black Sea Fleet still based in Sevastopol?** Most of its remaining ships have moved to Novorossiysk, further from Ukrainian drones.

Keep the questions coming — just reply to this email.

@@ mednotes-01
layout: mednotes
title: Three days in Latakia after the war
author: Nadia Rahal
published: 2025-02-09T11:00:00+02:00
link: https://mediterraneannotes.example/posts/three-days-in-latakia/
tags: syria, travel, latakia
caption: The corniche in Latakia at sunset
credit: Nadia Rahal
--
I arrived in Latakia on a minibus from Beirut, squeezed between a grandmother carrying three bags of oranges and a young engineer going home for the first time in nine years.

The city is calmer than I expected. The corniche is full in the evenings, families eat ice cream, and the cafés stay open until midnight.

But the war is never far away. Half the shops near the old port are shuttered, and power cuts last most of the afternoon.

On my second day I took a taxi south along the coast road. The driver pointed out the fences of the *Russian air base* at Hmeimim as we passed. "They are still there," he said, shrugging. "Nobody knows for how long."

I ate the best grilled fish of my life in a tiny restaurant in Jableh, where the owner refused to let me pay.

If you go: bring cash in dollars, download offline maps, and do not photograph anything that looks military.

@@ mednotes-02
layout: mednotes
title: The olive oil makers of the Syrian coast
author: Nadia Rahal
published: 2025-02-23T09:30:00+02:00
link: https://mediterraneannotes.example/posts/olive-oil-makers/
tags: syria, food, olive-oil
caption: Olives waiting to be pressed at a mill near Baniyas
credit: Nadia Rahal
--
The olive mill in the hills above Baniyas has been run by the same family since 1952. Its stone press was replaced by a steel one in the 1990s, but the smell — grassy, bitter, sharp — has not changed.

Abu Samir, who runs it with his two sons, told me the harvest this year was the best in a decade.

Selling it is another matter.

Before the war, most of the oil went to Lebanon and the Gulf. Now buyers are cautious, and transport is expensive. A Marseille shipping company has promised a new line from Latakia, and everyone here is talking about it.

I bought two litres, which leaked all over my backpack on the way home. Worth it.

@@ mednotes-03
layout: mednotes
title: Notes on the Roman theatre at Jableh
published: 2025-03-10
link: https://mediterraneannotes.example/posts/jableh-roman-theatre/
tags: syria, archaeology, history
--
Most visitors to Jableh come for the fish. Few know that the town hides one of the best-preserved Roman theatres on the Syrian coast.

It was built in the second century and could seat about 7,000 people. Much of the stage building has collapsed, but the lower rows of seats are intact.

During the war the theatre was closed, and weeds grew between the stones. Local volunteers cleared them last autumn.

There is no ticket office and no guide. A caretaker with a bunch of keys will open the gate for a small tip.

Go early in the morning, when the light comes over the top rows and the town is still quiet.

@@ aop-json-01
layout: aop-json
title: Syrian delegation to visit Moscow for talks on military bases
author: Rami Aziz
published: 2025-01-27T12:30:00+02:00
link: https://aop-news.example/en/2025/01/27/syria-delegation-moscow-bases
caption: Tartus port seen from the old city
credit: Fadi Nassar
--
DAMASCUS (AOP) — A Syrian government delegation will travel to Moscow next week for talks on the future of Russia's military bases in the country, two officials told Agence Orient Presse on Monday.

The delegation will be led by Deputy Foreign Minister Omar al-Khatib and include officials from the defence and economy ministries.

The talks will cover the naval facility at Tartus and the Hmeimim air base, as well as Russian debts and grain deliveries, the officials said.

Moscow has said it wants to keep both bases.

Syria's new leaders have said they are open to keeping ties with Russia but want to revise agreements signed under the former government.

@@ aop-json-02
layout: aop-json
title: Jordan and Syria agree to restart Amman-Damascus passenger trains
published: 2025-03-02T10:00:00+02:00
link: https://aop-news.example/en/2025/03/02/jordan-syria-trains
caption: The old Hejaz railway station in Damascus
credit: Lina Barakat
--
AMMAN (AOP) — Jordan and Syria agreed on Sunday to restart passenger train services between Amman and Damascus for the first time since 2011, using the historic Hejaz railway line.

Initial services will run twice a week and take about six hours, transport officials said.

Parts of the track on the Syrian side were damaged during the war and need repairs before trains can run.

The first trains are expected in the autumn.

@@ meridian-json-01
layout: meridian-json
title: Hmeimim air base: what satellite images show
author: Elena Markovic
published: 2025-03-10T08:00:00+03:00
link: https://www.meridianpost.example/world/2025/03/10/hmeimim-satellite-images
caption: A satellite image of Hmeimim air base taken on March 3.
credit: Meridian Post/Orbital Watch
--
New satellite images of Hmeimim air base in western Syria show that Russia has removed most of its combat aircraft but left the runway, hangars and air traffic control systems intact.

The images, taken on March 3, show four fighter jets and two transport planes on the apron, compared with about 30 aircraft in the same area in October.

Air defence systems that had protected the base have also gone.

Experts who reviewed the images for The Meridian Post said the pattern suggested Russia was keeping the base "warm" — able to receive aircraft quickly if a deal with Damascus is reached.

> "They have packed the suitcase but not left the hotel," said Karen Liu of the Institute for Maritime Security.

@@ vestnik-json-01
layout: vestnik-json
title: Минобороны: корабли ВМФ продолжают заходить в Тартус
published: 2025-02-25T09:10:00+00:00
raw_published: 2025-02-25T09:10:00Z
link: https://vestnik-eurasia.example/news/2025/02/25/tartus-korabli
caption: Корабль обеспечения у причала в Тартусе
credit: Минобороны России
--
Корабли Военно-морского флота России продолжают заходить в сирийский порт Тартус для пополнения запасов, заявили в Министерстве обороны.

По данным ведомства, за последний месяц пункт материально-технического обеспечения приняли три судна.

В министерстве назвали сообщения о выводе флота из Сирии «не соответствующими действительности».

Переговоры о будущем пункта в Тартусе продолжаются.

@@ rundschau-json-01
layout: rundschau-json
title: Syrische Flüchtlinge: Erste Familien kehren aus dem Rheinland zurück
author: Lukas Brandt
published: 2025-02-11T16:45:00+01:00
link: https://www.rheinische-rundschau.example/region/syrien-rueckkehr-familien
--
Zwei Monate nach dem Sturz des Regimes in Damaskus sind die ersten syrischen Familien aus dem Rheinland freiwillig in ihre Heimat zurückgekehrt.

Nach Angaben der Stadt Bonn haben sich bislang 46 Menschen für ein Rückkehrprogramm angemeldet.

Die meisten stammen aus Aleppo und Homs.

„Wir wollen helfen, das Land wieder aufzubauen“, sagt Ahmad K., der acht Jahre in Bonn als Elektriker gearbeitet hat.

Viele andere warten noch ab. Sie fürchten die unsichere Lage und fehlende Wohnungen.

@@ glbr-json-01
layout: glbr-json
title: Syria Signs Deal With Gulf Firm to Rebuild Latakia Power Plant
published: 2025-03-03
--
Syria's electricity ministry has signed a $250 million contract with a Qatari-Turkish consortium to rebuild a gas-fired power plant near Latakia, the first major energy deal since the change of government.

The plant, damaged during the war, once supplied about a tenth of Syria's electricity.

The consortium will also build a floating gas import terminal off the coast.

Power cuts of up to 20 hours a day are common across much of the country.

Officials said the first units could be back online within 18 months.

@@ diario-json-01
layout: diario-json
title: Los sirios de Madrid celebran con cautela el nuevo gobierno
author: Carmen Ruiz
link: https://www.eldiarioglobal.example/madrid/sirios-madrid-celebran-cautela
tags: Siria, Madrid, Inmigración
--
En una cafetería del barrio de Lavapiés, un grupo de sirios sigue en el móvil las noticias de Damasco.

Muchos llegaron a Madrid hace más de diez años huyendo de la guerra.

«Estamos contentos, pero no ingenuos», dice Khaled, que trabaja como cocinero.

La comunidad siria en España ronda las 20.000 personas, según datos oficiales.

Pocos piensan en volver de inmediato.
""")


if __name__ == "__main__":
    main()
