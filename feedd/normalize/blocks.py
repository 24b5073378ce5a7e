"""Blocks of text from structured inputs, and which of them are the article body.

The HTML, Markdown and JSON normalizers each turn their input into `Block`s: one paragraph,
heading or list item each, with a few facts about its markup (how much of it is link text,
whether it is a heading, wholly emphasised, or right after an image). `select_body` keeps
the article's paragraphs and drops page chrome that survives extraction: share and follow
widgets, "Read more" teasers and related-story lists, newsletter, paywall and donation
boxes, captions and photo credits, bylines and date lines, cookie notices, copyright
footers, comment counts. It also reports what the dropped bylines, date lines and
copyright lines state, for metadata the document does not state elsewhere.

The rules look at one short block at a time; a long paragraph of prose is always body.
The plain-text normalizer keeps its own, wider rules for pages without any markup.
Pure: no I/O. Must not import anything outside `feedd.normalize` and `feedd.model`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from feedd.normalize.dates import find_date
from feedd.normalize.metadata import byline_author, is_staff_byline
from feedd.normalize.patterns import any_of, ends_sentence

# Blocks with more words than this are prose whatever they say.
MAX_CHROME_WORDS = 30
# Kept blocks up to this long are reported as page lines, for learning boilerplate.
MAX_PAGE_LINE_WORDS = 40
# A short line without final punctuation above the first paragraph is a label, not text.
MAX_LABEL_WORDS = 6
# Blocks past this many are not read: no article has that many paragraphs, and the
# per-block rules would make a pathological 10 MB document take seconds.
MAX_BLOCKS = 5000
# A body with fewer words than this is a menu or a label, not an article.
MIN_BODY_WORDS = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """One paragraph-like piece of a structured document, as plain text."""

    text: str  # whitespace collapsed, no markup
    link_ratio: float = 0.0  # share of the characters that are link text
    is_heading: bool = False
    is_emphasis: bool = False  # the whole block is bold or italic
    is_list_item: bool = False
    follows_image: bool = False  # the block comes right after an image (a caption?)


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """The article paragraphs and what the dropped chrome stated."""

    paragraphs: tuple[str, ...]
    author: str | None = None  # from a byline line
    published_at: datetime | None = None  # from a date line, UTC
    source: str | None = None  # from a copyright line
    # Short blocks read as text: the store counts them per source to learn boilerplate
    # (see Article.page_lines); the paragraphs of one article never repeat elsewhere.
    page_lines: tuple[str, ...] = ()

    @property
    def has_text(self) -> bool:
        """Enough running text to be an article, not a stray menu or a button label."""
        return sum(word_count(p) for p in self.paragraphs) >= MIN_BODY_WORDS


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# The words of share and save widgets ("Share on Facebook", "ShareSave" split as
# "Share Save", "Compartir en X"); a short block made of nothing else is a widget.
_SHARE_WORDS = frozenset(
    """share shares shared tweet post pin it copy link email e-mail mail print save saved
    bookmark gift send like comment comments reply facebook twitter x whatsapp telegram
    linkedin reddit pinterest flipboard threads bluesky mastodon messenger vk vkontakte
    вконтакте одноклассники ok viber поделиться поделитесь teilen partager compartir enviar
    condividi copiar copier kopieren speichern drucken imprimir imprimer""".split()
)
_SHARE_FILLERS = frozenset(
    "this the article story page post link on via to by with en por auf per sur в через "
    "artikel le la el this: a al par".split()
)

# A short block matching one of these is page furniture wherever it stands.
_CHROME = any_of(
    # teasers for other stories
    r"^(read more|read also|also read|read next|more on this( story)?|see also|related"
    r"|related (articles?|stories|content|coverage|posts?|reading)|further reading|watch"
    r"|listen|recommended|more from [\w\s]{1,30}|lesen sie auch|mehr zum thema|auch interessant"
    r"|читайте также|читайте ещё|читайте еще|смотрите также|по теме|lire aussi|à lire aussi"
    r"|voir aussi|lee también|leer más|ver también|te puede interesar)\s*(:|—|–|-|$)",
    # newsletters, subscriptions, memberships, paywalls
    r"\bsign[ -]?up\b|\bnewsletter\b|\bsubscribe\b|\bsubscribers? only\b",
    r"\b(in|to) your inbox\b|\ben tu (correo|bandeja)\b|\bdans votre boîte\b",
    # a contact line that ends in an e-mail address ("Press office — press@example.org")
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+$",
    r"\b(abonnieren|abonnez|suscr[íi]bete|suscr[íi]base|подписывайтесь|подпишитесь|подписаться"
    r"|подписка|подписку|подписчик\w*|рассылк\w+)\b",
    r"^(support|donate( to)?|become an? (member|subscriber|supporter|patron)|join us|hazte socio"
    r"|unterstützen sie|soutenez|поддержите)\b",
    r"\bjederzeit kündbar\b|\bcancel any ?time\b|\bfree trial\b|\bjetzt\b.{0,40}\btesten\b"
    r"|\b(try|start|get)\b.{0,30}\b(for|at) (only )?[$€£]\s?\d"
    r"|\b\d+([.,]\d+)?\s?(€|\$|£|euros?|dollars?)\s?(a|per|pro|al|par|/)\s?"
    r"(month|week|monat|woche|mes|semana|mois|semaine|mo)\b",
    r"^(already a (subscriber|member)|log ?in|sign ?in|register|create (a free )?account)\b",
    # follow us, apps, notifications
    r"^follow (us|[\w&.\s]{1,40}? on)\b|\bfollow us\b|^folgen sie|^suivez|^síguenos|^síganos",
    r"\b(download|get) (our|the) app\b|\bturn on (push )?notifications\b",
    r"\b(telegram|дзен\w*|whatsapp|viber)[\s-]*(канал\w*|channel|kanal)\b",
    # cookies and consent
    r"\bcookies?\b.*\b(use|uses|using|accept|consent|policy|settings|preferences|browsing"
    r"|website|site|experience)\b|\b(use|accept|consent to)\b.*\bcookies?\b",
    r"^(accept|reject|accept all|manage (cookies|preferences|settings|choices)"
    r"|privacy (policy|settings)|terms (of|and) (use|service)|do not sell)\b",
    # comments
    r"^(\d+\s+)?(comments?|replies|kommentare|комментари\w*|comentarios?|commentaires?)"
    r"(\s*\(\d+\))?[\s:]*$",
    r"^comments are (closed|open)|^leave a (comment|reply)|^(join|start) the (conversation"
    r"|discussion)|^show comments|^view comments",
    # footers
    r"^(©|\(c\)|copyright\b)|\ball rights reserved\b|\bвсе права защищены\b"
    r"|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b"
    r"|\bпри цитировании\b|\breproduction without permission\b",
    r"^(back to top|top of page|printer[- ]friendly( version)?|print this (article|page|story)"
    r"|e-?mail this (story|article|page)( to a friend)?|report an error|report a correction)\b",
    # adverts, reading-time and audio widgets
    r"^(advertisement|advertising|sponsored( content)?|promoted|anzeige|werbung|реклама"
    r"|publicidad|publicité|ad|story continues below( advertisement)?)[\s:.]*$",
    r"^listen to (this|the) (article|story)|^\d+\s*min(ute)?s?\.? read\b",
    r"^(tags?|topics?|filed under|categories|keywords|schlagworte|теги|etiquetas)\s*:",
    r"^(this (article|story) was (originally )?(published|updated)|updated (on|at)\b)",
)

# A line matching this, once the body has begun, opens the region after the article.
END_OF_ARTICLE_PATTERNS = (
    r"^sign up\b|\bnewsletter\b.{0,40}$|^subscribe\b",
    r"^a message from\b|^dear (readers?|friends?|subscribers?)\b|^support (our|independent|us"
    r"|the|quality)\b|^donate\b|^become an? (member|subscriber|supporter|patron)\b",
    r"^(related|related (articles|stories|news|coverage|content)|most read|most popular"
    r"|more from|recommended( for you)?|you may also like|more stories|trending( now)?"
    r"|what to read next|more news|latest news|top stories|read more|see also)[\s:.!]*$",
    r"^(readers?'?s? |user )?comments?(\s*\(\d+\))?[\s:]*$|^\d+\s+comments?\b",
    r"^leave a (comment|reply)",
    r"^©|^copyright\b|\ball rights reserved\b",
    r"^(about us|contact us|privacy policy|terms of use|imprint|impressum|references)\b",
    r"\bfind this (article|story) useful\b|^share this\b",
    r"^(уважаемые читатели|дорогие читатели|читайте также|поддержите|подпишитесь)",
    r"^(liebe leserinnen|mehr zum thema|lesen sie auch)|^(chers lecteurs|(à )?lire aussi)"
    r"|^(queridos lectores|lee también|(también )?te puede interesar)",
    # Corrections, credits, bios and print notes that close an article
    r"^(correction|clarification)s?\b\s*:|^an earlier version of this\b",
    # "About Acme Corp": a press release's company boilerplate (a heading, not "About 60 …")
    r"^about (?:[^\W\d]\w*)(?:\s[^\W\d][\w&.-]*){0,3}$",
    r"^\(?(reporting|additional reporting|editing|writing|compiled) by\b",
    r"^this (live )?(blog|page|live) is (now )?closed\b|^a version of this article appears\b",
    r"^(do you have|got) a (story|tip|news tip)\b|^email us at\b|^the views expressed\b",
    r"^follow (\w+ ){1,2}on (x|twitter|facebook|instagram|telegram|linkedin|bluesky)\b",
    r"^(media|press) (contact|enquiries|inquiries)\b|^#{3,}$|^-{3,}$|^\*{3,}$",
    r"^(explore more on these topics|suggested topics|our standards\b|purchase licensing"
    r"|related content|view all updates|most viewed|key events|more about\b)",
    r"^(нашли ошибку|другие новости|по теме|материалы по теме|новости партн[её]ров)",
    # Print-edition notes, appeals and reuse notices of real sites: "This article appeared in
    # the … section of the print edition", "Note from the author:", "… is funded by our
    # readers", "To learn more about republishing this content"
    r"^this (article|story) appeared in\b|^note from the (author|editor)\b",
    r"^thanks for reading\b|\bfunded by (its |our )?readers\b|\breader-supported\b",
    r"\brepublishing this (content|article)\b",
    r"^edited and translated by\b",
    r"^(was|is) (this|the) (page|article|information) (useful|helpful)\b",
    # Russian and Ukrainian: donations, comment rules, reuse terms, "subscribe to our channel"
    r"\bпожертвовани|^поддержать\b|^шановні читачі|^підписуйтеся\b|\bвикористання матеріалів"
    r"|\bвикористанні будь-яких матеріалів|\bиспользование материалов\b|^все права на\b",
)
END_OF_ARTICLE = any_of(*END_OF_ARTICLE_PATTERNS)
# A block of HTML, Markdown or JSON that closes the article: what follows is comments,
# contacts, disclaimers, bios or a newsletter's footer. Boxes that also stand between
# paragraphs (newsletter, "Read more", appeals) are not here: `is_chrome` drops just them.
_CLOSING_BLOCK = any_of(
    r"^(readers?'?s? |user )?(\d+\s+)?(comments?|comentarios?|commentaires?|kommentare|commenti"
    r"|comentários|комментари\w*)(\s*\(\d+\))?[\s:]*$|^\d+\s+(thoughts|responses|replies)\s+(on|to)\b",
    r"^leave a (comment|reply)|^(join|start) the (conversation|discussion)",
    r"^about (the )?authors?$|^the views expressed\b",
    r"^(media|press) (contact|enquiries|inquiries)\b",
    r"^\(?(reporting|additional reporting|editing|writing|compiled) by\b|^our standards\b",
    r"^(is|was) this (page|article|information) (useful|helpful)\b",
    r"^you (received|are receiving|are getting) this (email|e-mail|newsletter)\b|^unsubscribe\b",
)

# A short block that heads a list of other stories: it and the headlines after it go.
_RELATED_HEADING = _rx(
    r"^(read more|read also|also read|read next|more on this( story)?|see also|related"
    r"|related (articles?|stories|content|coverage|posts?|reading|links)|more stories"
    r"|more news|most read|most popular|most viewed|popular|trending( now)?|top stories"
    r"|latest( news| stories)?|you (may|might) also like|recommended( for you| stories)?"
    r"|what to read next|editor'?s picks|in other news|more from [\w\s]{1,30}"
    r"|lesen sie auch|mehr zum thema|meistgelesen|auch interessant|читайте также"
    r"|читайте ещё|читайте еще|смотрите также|по теме|самое читаемое|lire aussi|à lire aussi"
    r"|les plus lus|lee también|leer más|lo más leído|te puede interesar)[\s:.!]*$",
)

_CAPTION = any_of(
    # "... Photo: Jane Roe / Agency", "... Фото: ТАСС", "(AP Photo/John Smith)"
    r"\b(photo|photograph|image|picture|credit|illustration|фото|foto|bild|imagen|photographie)"
    r"s?\s*(:|/|©|by\b)\s*[^.!?]{1,80}[.)]?$",
    r"\((ap|afp|reuters|epa|getty|pa|dpa|ria|tass|[\w ]{1,30} photo)\b[^)]{0,60}\)$",
    r"\b(getty images|shutterstock|ap photo|afp photo|reuters/|риа новости / |/ тасс)",
    r"^(pictured|above|top|main image|caption|photo|image|фото)\s*:",
)

_DATE_PREFIX = re.compile(
    r"^(published|posted|updated|last updated|date|dated|first published|опубликовано"
    r"|обновлено|дата|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado"
    r"|actualizado)\b",
    re.IGNORECASE,
)
_UPDATED_PREFIX = re.compile(
    r"^(updated|last updated|обновлено|aktualisiert|mis à jour|actualizado)", re.IGNORECASE
)
_COPYRIGHT_SOURCE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*"
    r"(?P<name>[^.|,©\d][^.|,©]{1,60}?)\s*(?:[.,|]|$|\s(?:all rights|все права|alle rechte"
    r"|tous droits|todos los derechos))",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s+[|•·›»/>]\s+")
_MAX_PULL_QUOTE_SCAN = 400
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def select_body(
    blocks: Sequence[Block],
    *,
    title: str,
    default_tz: tzinfo,
    boilerplate: Collection[str] = (),
) -> Body:
    """Keep the article's paragraphs; drop chrome; note what bylines and dates state."""
    kept: list[Block] = []
    authors: list[str] = []
    dates: list[tuple[str, datetime]] = []
    sources: list[str] = []
    title_key = _key(title)
    in_related_list = False
    is_over = False
    blocks = blocks[:MAX_BLOCKS]
    for i, block in enumerate(blocks):
        text = block.text.strip()
        words = word_count(text)
        if words == 0 or text in boilerplate or (title_key and _key(text) == title_key):
            continue
        if is_over:
            copyright_source = _COPYRIGHT_SOURCE.match(text)
            if copyright_source:
                sources.append(copyright_source.group("name").strip())
            continue
        if words <= 40 and len(kept) >= 2 and _CLOSING_BLOCK.search(text):
            if _more_article_after(blocks, i):
                continue  # a box inside the article ("Newsletter", "Read more"): just it goes
            is_over = True  # comments, contacts, disclaimers, bios: only a "©" line still counts
            continue
        if block.is_heading and not kept and _overlap(_key(text), title_key) >= 0.8:
            continue  # the headline again, in a slightly different version
        if in_related_list:
            if _is_headline_like(block, words):
                continue
            in_related_list = False
        if words <= 8 and _RELATED_HEADING.match(text):
            in_related_list = True
            continue
        if words <= 14:
            name = byline_author(text)
            if name or is_staff_byline(text):
                if name:
                    authors.append(name)
                when = find_date(text, default_tz)  # "By Jane Doe | March 3, 2024, 4:05 PM"
                if when is not None:
                    dates.append((text, when))
                continue
            when = _date_line(text, default_tz)
            if when is not None:
                dates.append((text, when))
                continue
        if words <= MAX_CHROME_WORDS and is_chrome(text):
            copyright_source = _COPYRIGHT_SOURCE.match(text)
            if copyright_source:
                sources.append(copyright_source.group("name").strip())
            continue
        if words <= 40 and block.link_ratio >= 0.8:
            continue  # navigation, teasers, button rows: nothing but links
        if _is_caption(block, words):
            continue
        is_item_or_heading = block.is_heading or block.is_list_item
        if not kept and not is_item_or_heading and _is_label(text, words):
            continue  # kicker, byline or widget text above the article's first paragraph
        kept.append(block)
    # Headings and emphasised sign-offs with no paragraph after them close the page, not
    # the article ("Related posts", "*Thanks for reading!*").
    while kept and (kept[-1].is_heading or kept[-1].is_emphasis) and word_count(kept[-1].text) < 25:
        kept.pop()
    paragraphs = _without_repeats([b.text for b in kept])
    return Body(
        paragraphs=tuple(paragraphs),
        page_lines=tuple(p for p in paragraphs if word_count(p) <= MAX_PAGE_LINE_WORDS),
        author=authors[0] if authors else None,
        published_at=_published(dates),
        source=sources[0] if sources else None,
    )


def _more_article_after(blocks: Sequence[Block], marker: int) -> bool:
    """Whether two substantial paragraphs follow an end marker before the next one."""
    substantial = 0
    for block in blocks[marker + 1 :]:
        text = block.text.strip()
        words = word_count(text)
        if words <= 40 and _CLOSING_BLOCK.search(text):
            return False
        if (words >= 12 and ends_sentence(text)) or words >= 30:
            substantial += 1
            if substantial >= 2:
                return True
    return False


def is_chrome(text: str) -> bool:
    """A short block that is page furniture: widgets, teasers, footers, notices."""
    if _CHROME.search(text):
        return True
    words = [w.casefold() for w in _WORD.findall(text)]
    if words and all(w in _SHARE_WORDS or w in _SHARE_FILLERS for w in words):
        return any(w in _SHARE_WORDS for w in words)
    pieces = [p for p in _SEPARATOR.split(text.strip()) if p]
    # A row of short items between separators (a menu, a ticker, a link row) is no sentence.
    return len(pieces) >= 3 and all(word_count(p) <= 5 for p in pieces)


def _is_label(text: str, words: int) -> bool:
    return words <= MAX_LABEL_WORDS and not ends_sentence(text)


def _is_headline_like(block: Block, words: int) -> bool:
    """An item of a list of other stories: a link, or a short line that is not a sentence."""
    if block.link_ratio >= 0.5:
        return True
    text = block.text.rstrip()
    return words <= 25 and not ends_sentence(text)


def _is_caption(block: Block, words: int) -> bool:
    if words > 40:
        return False
    if _CAPTION.search(block.text) and not _reads_as_quote(block.text):
        return True
    # A short unpunctuated line under an image is its caption; a sentence there is text.
    return block.follows_image and words <= 25 and not ends_sentence(block.text)


def _reads_as_quote(text: str) -> bool:
    return text.startswith(("“", '"', "«", "„")) and text.rstrip().endswith(("”", '"', "»", "“"))


def _date_line(text: str, default_tz: tzinfo) -> datetime | None:
    """The date a short line states, if the line is little more than that date."""
    when = find_date(text, default_tz)
    if when is None:
        return None
    if _DATE_PREFIX.match(text):
        return when
    if re.search(r"\w[.!?]$", text) and word_count(text) >= 5:
        return None  # a sentence that mentions a date
    rest = re.sub(r"[\d\s:.,/+\-–|•·()]", "", text)
    return when if len(rest) <= 40 else None


def _published(dates: Sequence[tuple[str, datetime]]) -> datetime | None:
    for text, when in dates:  # an explicit "Published" beats "Updated"
        if not _UPDATED_PREFIX.match(text):
            return when
    return dates[0][1] if dates else None


def _without_repeats(paragraphs: Sequence[str]) -> list[str]:
    """Drop exact repeats and pull quotes that repeat a sentence of a longer paragraph."""
    unique = list(dict.fromkeys(paragraphs))
    if len(unique) > _MAX_PULL_QUOTE_SCAN:
        return unique  # the pairwise check is quadratic; huge documents skip it
    result: list[str] = []
    for text in unique:
        core = text.strip(" \"'“”«»„")
        if len(core) >= 20 and any(len(other) > len(text) and core in other for other in unique):
            continue
        result.append(text)
    return result


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _overlap(key_a: str, key_b: str) -> float:
    """Share of the shorter key's words that the other one has too."""
    words_a, words_b = set(key_a.split()), set(key_b.split())
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))
