"""What the lines of a page say, for every input format: the one rule base. Pure.

Owns the knowledge about page lines that the plain-text normalizer (`plaintext`) and the
structured ones (HTML, Markdown and JSON, through `blocks.select_body`) share: which short
lines are chrome (widgets, teasers, promotions, consent banners, footers), which are photo
captions and credits, which bylines name an author, which prefixes mark a date line, and
which lines close the article. Both sides import the same compiled patterns from here, so
a line reads the same whether the page was saved as `.txt` or `.md`; a rule added here
reaches every format.

A list that one format deliberately uses differently has one base list here and a named
extension beside it, with the reason (see `END_OF_ARTICLE_WITHOUT_MARKUP`). How a format
reads the page around a line (units, blocks, markup) stays in its own module.

Patterns cover English, Russian, German, French and Spanish pages, and a few lines of
other languages that scraped pages showed. Must import only the standard library and
`feedd.normalize.patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import islice

from feedd.normalize.patterns import any_of, top_level_alternatives

# --------------------------------------------------------------------------------------
# Chrome: page furniture, judged by what a short line says

# A line this short matching CHROME is furniture wherever it stands: menu items, buttons,
# teasers; its words may be words of prose in a longer line.
CHROME_MAX_WORDS = 15
# A line this short matching LONG_CHROME is furniture: promotions, paywalls, notices and
# footers run longer than menu items.
LONG_CHROME_MAX_WORDS = 30
# A consent banner this short (banners run long in some languages); longer is prose that
# mentions cookies.
CONSENT_MAX_WORDS = 80

CHROME = any_of(
    r"^(support|donate to|subscribe to|become an? (member|subscriber|supporter|patron))\b",
    r"^(make|give) a donation\b|^bereits abonnent|^already (a )?subscriber",
    r"\bsign[ -]?up\b|\bnewsletter\b|\bsubscribe\b|\bsubscription\b|\bunsubscribe\b",
    r"^(read more|related|most read|most popular|more from|recommended|you may also like"
    r"|see also|also read|read also|trending|popular|latest( news)?|more stories|top stories"
    r"|more on this|editor'?s picks|what to read next|in other news|more news)\b",
    # a menu, a button or a share widget on a line of its own
    r"^(share|tweet|copy link|copy|email|e-mail|print|facebook|twitter|x|whatsapp|telegram"
    r"|linkedin|reddit|vk|ok|save|bookmark|follow us|follow|comment|comments|reply|like"
    r"|menu|search|home|log ?in|sign ?in|register|account|close|skip to (main )?content"
    r"|listen|play|pause|next|previous|back to top|top|advertisement|ad|sponsored"
    r"|once|monthly|annual|yearly|one-time|continue|donate|other amount|preview)"
    r"[\s:!.]*$",
    r"\bcookies?\b|\baccept all\b|\bprivacy (policy|settings)\b|\bterms (of|and) (use|service)",
    r"^listen to (this|the) (article|story)|\b\d+\s*min(ute)?s?\s+read\b|^\d+\s+comments?$",
    r"\b\d+\s+(comments?|replies|shares)\b|\bleave a (comment|reply)\b|\bjoin the conversation",
    r"^©|\bcopyright\b|\ball rights reserved\b",
    r"\bremind me later\b|\bnot ready to (support|give|donate)\b|\bpai?ment methods\b",
    r"^(live|breaking( news)?|ticker|just in|developing)\b\s*[:|•–—-]",
    r"\b\d+\s+(hours?|minutes?|mins?|days?)\s+ago\b|\bupdated\s+\d+\s+\w+\s+ago\b",
    r"^(tags?|topics?|filed under|categories|keywords)\s*:",
    r"^share (this|on|via|the|article|story)\b|^(reuse|republish) this (content|article)",
    r"\bfind this (article|story) useful\b|\bsupport\b.{0,40}\b(patreon|donat\w*|subscri\w*)",
    r"^\d{1,3}\.\s+(https?://|mailto:)\S*$|^references$|^(visible|hidden) links$",
    r"^(time to read|reading time|время чтения|lesezeit|temps de lecture)\b",
    r"^(чтение|читать|час читання)\s*:?\s*\d+\s*(мин|хв)",
    r"^[‹<←«]\s*back\b",  # an app's or a site's back button
    # the tools of an older article page, dumped as text: mail it, print it, resize it
    r"\be-?mail (this|to a friend)\b|\bprint(able|er[- ]friendly) (version|page)\b"
    r"|\b(larger|smaller) text\b|\b(text|font) size\b|^loading\b|\bclick here\b",
    # a comment thread's furniture
    r"^comment (no\.?|#) ?\d+$|^re: \(score:\s*\d+|\breply to this (parent|comment)\b"
    r"|\bflag as inappropriate\b|\breport (abuse|this comment)\b|^\d+ votes?$"
    r"|\byour comment (could not|has been) \w+|\burls (are )?automatically linked\b"
    r"|^why register\b|\bplease re-?enter\b"
    r"|^(continue reading the main story|article continues( below)?)$",
    # an e-mail newsletter's web view
    r"^view (this )?(e-?mail|newsletter|message|it)? ?(in|on) (your|a|the) (web )?browser\b"
    r"|^sponsored by\b|\byou (received|are receiving) this (e-?mail|newsletter)\b"
    r"|\bforward (it|this( e-?mail| newsletter)?) to a friend\b",
    r"\b(download|get) (our|the) app\b|\bturn on notifications\b",
    # an image viewer's controls: "View image in fullscreen", "Press enter or click to view
    # image in full size", "Click to enlarge"
    r"\bview (the )?(image|photo|picture)s? in full\s?(size|screen)\b",
    r"\bclick to (enlarge|expand|zoom)\b|^scroll to continue\b|^stay informed\b",
    # browser notices: "IE 11 is not supported", "Your browser is out of date"
    r"\b(ie|internet explorer) ?\d+ is not supported\b",
    r"\byour browser is (not supported|out of date)",
    # wire and newsroom notes: "— With assistance from …", "(Updates with …)", "This article
    # has been updated.", "Stay updated …", "follow our Google News channel"
    r"^[—–-]?\s*with (additional )?assistance from\b|^\(updates? with\b",
    r"^this (article|story) (has been|was) updated\b|^stay (updated|tuned)\b|\bgoogle news\b",
    # Dutch, Polish and Turkish share buttons, paywalls and teasers ("Czytaj także: …")
    r"ctrl\s?\+\s?enter|^deel( dit)?( artikel)?\b|^subskrybuj\b|\bbezpłatnego limitu\b",
    r"^czytaj (także|też)\b|^(bu haberi )?paylaş",
    # a browser's print footer: "1 of 2 2/20/25, 9:14 AM"
    r"^\d{1,3} of \d{1,3}\s+\d{1,2}/\d{1,2}/\d{2,4}\b",
    # a market ticker: "USD 88,34 −1,62", "IMOEX 3 305,41 +0,8%", "Brent 73.12 -0.9%"
    r"^[^\d\s]{2,12}(\s[^\d\s]{2,4})?\s[\d\s]*\d[.,]\d+\s?[+−–-]\s?\d+([.,]\d+)?%?$",
    r"читайте (также|ещё|еще)|подпи(шитесь|сывайтесь|ска)|поделиться|^реклама$"
    r"|все права защищены|читать (далее|полностью)|новости партн[её]ров|комментари[ийя]"
    r"|поддержите|мы используем cookie|^(главная|новости|меню|поиск)$",
    r"^teilen$|weiterlesen|^anzeige$|newsletter abonnieren|alle rechte vorbehalten"
    r"|mehr zum thema|^(startseite|suche)$",
    r"^partager$|lire (aussi|la suite)|^publicité$|tous droits réservés|abonnez-vous",
    r"^compartir$|leer más|lee también|^publicidad$|todos los derechos reservados"
    r"|suscr[íi]bete|^(también )?te puede interesar|das könnte sie auch interessieren",
)

LONG_CHROME = any_of(
    # teasers for other stories
    r"^(read more|read also|also read|read next|more on this( story)?|see also|related"
    r"|related (articles?|stories|content|coverage|posts?|reading)|further reading|watch"
    r"|listen|recommended|more from [\w\s]{1,30}|lesen sie auch|mehr zum thema|auch interessant"
    r"|читайте также|читайте ещё|читайте еще|смотрите также|по теме|lire aussi|à lire aussi"
    r"|voir aussi|lee también|leer más|ver también|te puede interesar)\s*(:|—|–|-|$)",
    # newsletters, subscriptions, memberships, paywalls
    r"\bsign[ -]?up\b|\bnewsletter\b|\bsubscribe\b|\bsubscribers? only\b",
    r"\b(in|to) your inbox\b|\ben tu (correo|bandeja)\b|\bdans votre boîte\b",
    r"\bsign up (here|now|today|for)\b|\bsubscribe (here|now|today)\b",
    r"\breaders like you\b|\bfree (articles?|trial)\b|\barticles? left this month\b",
    # "Try a month for €0.99", "Jetzt einen Monat für 0,99 € testen"
    r"\b(month|monat|mois|mes)\b.{0,20}(\d[.,]\d\d\s?[€$£]|[€$£]\s?\d+[.,]\d\d)",
    # "Only $1 for 4 weeks", "Then $75 per month", "£1 a week"; not a price in prose ("worth
    # less than $30 a month")
    r"^[€$£]\s?\d+([.,]\d\d)?\s(for|per|a|an|every)\s(\d+\s)?(weeks?|months?|years?|days?)\b"
    r"|\b(only|just|then|for|from|at|try|pay)\s[€$£]\s?\d+([.,]\d\d)?\s(for|per|a|an|every)\s"
    r"(\d+\s)?(weeks?|months?|years?|days?)\b",
    r"\bподпишитесь\b|\bрассылк",
    # "Jane Roe reported from Beirut, and John Doe from Istanbul." (contributor line)
    r"^(?:[A-ZА-ЯЁ][\w'’.-]+\s){1,3}(?:reported|contributed reporting|contributed)\b.{0,80}"
    r"\b(from|to this)\b",
    r"\bcontributed (reporting|to this (report|story|article))\b|\bsubscribe for free\b",
    r"\b(daily|weekly) digest\b|\byou['’]ve read\b.{0,40}\barticles?\b",
    # a contact line that ends in an e-mail address ("Press office — press@example.org")
    r"@(?<=[\w.+-]@)[\w-]+(\.[\w-]+)+$",
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

# A consent banner names cookies and speaks to the reader or for the site ("We and our
# partners store … on your device"); an article about cookies reports in the third person.
CONSENT_VOICE = any_of(
    r"\b(we|our|you|your|wir|unsere?[mnrs]?|ihr(em|en|er)?|sie|nous|nos|notre|vous|votre|vos"
    r"|nosotros|nuestros?|nuestras?|usted|su|sus|мы|наш\w*|вы|ваш\w*)\b",
)
# German sites' consent wall: read with advertising or subscribe ("Lesen Sie zeit.de mit
# Werbung oder im PUR-Abo", "ohne Werbetracking").
AD_OR_SUBSCRIBE = any_of(r"\bmit werbung\b.{0,40}\babo\b|\bwerbetracking\b|\bpur-abo\b")

# The words of share and save widgets ("Share on Facebook", "ShareSave" split as
# "Share Save", "Compartir en X"); a short line made of nothing else is a widget.
SHARE_WORDS = frozenset(
    """share shares shared tweet post pin it copy link email e-mail mail print save saved
    bookmark gift send like comment comments reply facebook twitter x whatsapp telegram
    linkedin reddit pinterest flipboard threads bluesky mastodon messenger vk vkontakte
    вконтакте одноклассники ok viber поделиться поделитесь teilen partager compartir enviar
    condividi copiar copier kopieren speichern drucken imprimir imprimer""".split()
)
SHARE_FILLERS = frozenset(
    "this the article story page post link on via to by with en por auf per sur в через "
    "artikel le la el this: a al par".split()
)
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
# Both lists as one test for short lines: one pass over a line instead of two.
_CHROME_OR_LONG_CHROME = any_of(
    *dict.fromkeys(
        alternative
        for pattern in (*CHROME.patterns, *LONG_CHROME.patterns)
        for alternative in top_level_alternatives(pattern)
    )
)


def is_chrome_line(text: str, words: int) -> bool:
    """Whether a line of `words` words is page furniture by what it says.

    Each list has the longest line it judges: a pattern that marks a menu item in a
    three-word line may be a word of prose in a paragraph.
    """
    return bool(
        (words <= CHROME_MAX_WORDS and _CHROME_OR_LONG_CHROME.search(text))
        or (CHROME_MAX_WORDS < words <= LONG_CHROME_MAX_WORDS and LONG_CHROME.search(text))
        or (words <= CONSENT_MAX_WORDS and "ookie" in text and CONSENT_VOICE.search(text))
        or (
            words <= CONSENT_MAX_WORDS
            and ("erbung" in text or "erbet" in text or "Abo" in text or "-abo" in text)
            and AD_OR_SUBSCRIBE.search(text)
        )
        or (words <= LONG_CHROME_MAX_WORDS and is_share_widget(text))
    )


def is_share_widget(text: str) -> bool:
    """A line of share and save buttons: "Tweet Share Copy link", "Share on Facebook"."""
    has_share_word = False
    for match in _WORD.finditer(text):
        word = match.group().casefold()
        if word in SHARE_WORDS:
            has_share_word = True
        elif word not in SHARE_FILLERS:
            return False  # most lines: at their first word
    return has_share_word


# --------------------------------------------------------------------------------------
# Captions and photo credits

CAPTION = any_of(
    # "... Photo: Jane Roe / Agency", "... Фото: ТАСС", "(AP Photo/John Smith)"
    r"\b(photo|photograph|image|picture|credit|illustration|фото|foto|bild|imagen|photographie)"
    r"s?\s*(:|/|©|by\b)\s*[^.!?]{1,80}[.)]?$",
    r"\b(photo|photograph|фото|foto|image|picture|credit|illustration|pictured)\s*(:|/|©|by\b)",
    r"\((ap|afp|reuters|epa|getty|pa|dpa|ria|tass|[\w ]{1,30} photo)\b[^)]{0,60}\)$",
    r"\((ap|afp|reuters|epa|getty|photo|фото)[^)]{0,60}\)\s*$",
    r"\([^()]{0,40}\b(photo|photograph|picture|image|foto|фото)\b[^()]{0,20}\)\.?$",
    r"\b(getty images|shutterstock|ap photo|afp photo|reuters/|риа новости / |/ тасс|тасс$)",
    r"^(pictured|above|top|main image|caption|photo|image|фото)\s*:",
    r"credit\.{3}|\bfile photo\b|licensing rights|/special to\b|\bimagery ©|^figure \d+[:.]",
    r"(архивное )?фото\.?$|\bфото (из )?архива\b",
    # "… in a handout photo. (Israel Defense Forces)", "… last month (Kubat ASANOV/AFP)"
    r"[.!?]\s?\([^()]{2,50}\)$|\([^()]{0,40}\w/\s?[A-Z][^()/]{1,30}\)$",
    # "… in the Donetsk region. ANP", "… ميناء طرطوس - 2020 (RT)"
    r"[.!?]\s[A-Z]{2,8}(/[\w .-]{1,30})?$|[^\x00-\x7f]\s?(-\s?\d{4}\s)?\([A-Z]{2,8}\)$",
    r"\((?:[^()]{0,30}[-–/]\s?)?(?:أ\.\s?ف\.\s?ب|رويترز|أ\.\s?ب|إ\.\s?ب\.\s?أ|أرشيفية)[^()]{0,20}\)$",
    r"©\s*(?!(?:19|20)\d\d)\w[\w .&-]{1,30}$",  # "© AFP", not a "© 2025 Site" footer
)
# Every CAPTION pattern needs one of these in the lowered line: a cheap test before the
# regex (most lines hold none). Add the hint with the pattern. (The agency initials after
# a sentence, "… in the Donetsk region. ANP", count only beside another hint.)
CAPTION_HINTS = (
    "photo",
    "фото",
    "foto",
    "image",
    "picture",
    "credit",
    "illustration",
    "pictured",
    "bild",
    "(",
    "getty",
    "shutterstock",
    "reuters/",
    "риа новости",
    "тасс",
    "above",
    "top",
    "caption",
    "©",
    "licensing",
    "special to",
    "figure",
)
# ASCII text holds none of the others (most lines are ASCII; the test is a flag lookup).
_ASCII_CAPTION_HINTS = tuple(hint for hint in CAPTION_HINTS if hint.isascii())
# Checked against a line's last characters only: "... Sergei Bulkin / TASS", "... / Reuters"
CAPTION_CREDIT_TAIL = re.compile(r"\s/\s*[^\s/.][^/.]{0,40}$")
# Separators between the items of a breadcrumb or a menu: "Home / World / Europe".
NAV_SEPARATORS = re.compile(r"\s(?:[|>»›•·/]|::)\s")
# Every separator holds one of these; most lines hold none, and `in` is far cheaper than
# a regex search.
NAV_SEPARATOR_CHARS = tuple("|>»›•·/:")


def is_caption_text(text: str) -> bool:
    """Whether a line reads as a photo caption or credit by its words ("… Jane Roe / AFP",
    "Photo: Reuters"). Callers first rule out long lines and quotations."""
    tail = text[-60:]
    if "/" in tail and CAPTION_CREDIT_TAIL.search(tail):
        return not is_breadcrumb(text)
    lowered = text.lower()
    hints = _ASCII_CAPTION_HINTS if lowered.isascii() else CAPTION_HINTS
    if not any(map(lowered.__contains__, hints)):
        return False
    return not is_breadcrumb(text) and CAPTION.search(text)


def is_breadcrumb(text: str) -> bool:
    """Two navigation separators or more: "Home / World / Europe"."""
    if not any(map(text.__contains__, NAV_SEPARATOR_CHARS)):
        return False
    return len(list(islice(NAV_SEPARATORS.finditer(text), 2))) == 2


# --------------------------------------------------------------------------------------
# Dates

# A line that opens with one of these states a date ("Published 3 March 2025").
DATE_PREFIX = re.compile(
    r"^(published|posted|updated|last updated|date|dated|first published|опубликовано"
    r"|обновлено|дата|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado"
    r"|actualizado)\b",
    re.IGNORECASE,
)
# The words before a date that make it an update, not the publication.
_UPDATE_WORDS = (
    r"updated|last updated|last modified|modified|обновлено|оновлено|aktualisiert|mis à jour"
    r"|actualizado|atualizado|aggiornato|آخر تحديث|تم التحديث|تحديث"
)
UPDATED_PREFIX = re.compile(rf"^(?:{_UPDATE_WORDS})\b", re.IGNORECASE)
# An update or a scrape time: "Updated 4:41 PM GMT+4, February 3, 2025", "By Jane Roe |
# Last modified 3 March 2025" (the words before the date, back to a separator).
NOT_PUBLISHED = re.compile(
    rf"(?:^|[|•·—–]\s*)(?:{_UPDATE_WORDS}|fetched|scraped|retrieved|accessed)\b[^|•·—–]*$",
    re.IGNORECASE,
)
# A line that says it states the publication: "Published …", "Опубликовано …", "نُشر: …".
PUBLISHED_PREFIX = re.compile(
    r"^(first published|published|posted|опубликовано|опубліковано|publié|publicado"
    r"|نُشر|نشر|تم النشر)",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------------------
# Bylines

# "By Jane Roe | Updated …", "Von unserem Redakteur Jan Roe am 3. März", "Par Jean Dupont
# le 12 mars": the name runs to a separator, a date or a word that opens one.
BYLINE = re.compile(
    r"^(?:by|written by|reporting by|words by|text by|posted by|von|par|publié par|por"
    r"|publicado por|escrito por|pubblicato da|scritto da|от|автор:?|текст(?: и фото)?:?"
    r"|материал подготовила?)\s+"
    # "Von unserem Redakteur Jan Roe", "By our correspondent Jan Roe": the role goes
    r"(?:(?:unser(?:em|er)|our)\s+\w+\s+(?=[A-Z]))?"
    r"(?P<name>[^|•·–—,\d][^|•·–—\d]{1,80}?)"
    r"(?:\s*(?:[|•·–—,]|\bon\b|\bat\b|\bupdated\b|\bpublished\b|(?-i:\b(?:am|el|le|il)\b)"
    r"|\d).*)?$",
    re.IGNORECASE,
)
# "Jane Roe, Moscow correspondent", "Jane Roe | Defence Editor"
ROLE_BYLINE = re.compile(
    r"^(?P<name>(?:[A-ZА-ЯЁ][\w'’.-]+\s){1,3}[A-ZА-ЯЁ][\w'’.-]+)(?:,|\s[|•·–—])\s*"
    r"(?:[\w-]+\s){0,3}"
    r"(?i:correspondent|reporter|editor|writer|journalist|analyst|contributor|корреспондент"
    r"|обозреватель|редактор|korrespondent|redakteur|journaliste|corresponsal|periodista"
    r"|desk)\b.*$",
)
# A line that is a whole byline signed by a desk: "Staff reporter", "The newsroom".
DESK_BYLINE = re.compile(
    r"^(staff (reporter|writer)|(our |the )?(newsroom|news desk|editorial (team|board|staff))"
    r"|редакция|redaktion|la rédaction|redacción)$",
    re.IGNORECASE,
)
# A byline or a name that names a desk or a role, not a person: there is no author to
# report ("By Staff", "Reuters staff", "Business reporter"). Wider than DESK_BYLINE: a
# role on a line of its own ("Jane Roe" above "Business reporter") belongs to the name
# beside it.
STAFF_BYLINE = re.compile(
    # "Tribune staff writer", "From staff reports", not "Notes to editors"
    r"^(?:by\s+)?(?:(?:our|the)\s+)?(?:(?!(?:to|for|of)\s)[\w&.-]+\s+){0,3}?"
    r"(staff|staff (reporter|writer|report)s?|(news|editorial|web)\s?(desk|team|staff|board)"
    r"|newsroom|editors?|agenc(y|ies)|reporters?|correspondents?|wire services?"
    r"|редакция|redaktion|la rédaction|redacción|agencias)$",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------------------
# Teasers and the end of the article

# A short line that heads a list of other stories: it and the headlines after it go.
RELATED_HEADING = any_of(
    r"^(read more|read also|also read|read next|more on this( story)?|see also|related"
    r"|related (articles?|stories|content|coverage|posts?|reading|links)|more stories"
    r"|more news|most read|most popular|most viewed|popular|trending( now)?|top stories"
    r"|latest( news| stories)?|you (may|might) also like|recommended( for you| stories)?"
    r"|what to read next|editor'?s picks|in other news|more from [\w\s]{1,30}"
    r"|lesen sie auch|mehr zum thema|meistgelesen|auch interessant|читайте также"
    r"|читайте ещё|читайте еще|смотрите также|по теме|самое читаемое|lire aussi|à lire aussi"
    r"|les plus lus|lee también|leer más|lo más leído|(también )?te puede interesar)[\s:.!]*$",
)

# A line matching one of these, once the body has begun, closes the article in every
# format: what follows is comments, contacts, disclaimers, bios or a newsletter's footer.
END_OF_ARTICLE = any_of(
    r"^(readers?'?s? |user )?(\d+\s+)?(comments?|comentarios?|commentaires?|kommentare|commenti"
    r"|comentários|комментари\w*)(\s*\(\d+\))?[\s:]*$|^\d+\s+(thoughts|responses|replies)\s+(on|to)\b",
    r"^\d+\s+comments?\b",
    r"^leave a (comment|reply)|^(join|start) the (conversation|discussion)",
    r"^about (the )?authors?$|^the views expressed\b",
    r"^(media|press) (contact|enquiries|inquiries)\b",
    r"^\(?(reporting|additional reporting|editing|writing|compiled) by\b|^our standards\b",
    r"^(is|was) (this|the) (page|article|information) (useful|helpful)\b",
    r"^you (received|are receiving|are getting) this (email|e-mail|newsletter)\b|^unsubscribe\b",
)
# More lines that close the article where there is no markup. In HTML, Markdown and JSON
# the extraction and the markup bound the article, and these lines also stand inside it
# (newsletter and donation boxes, "Read more" teasers, photo credits, corrections, a press
# release's company boilerplate): there each is dropped alone (`blocks.select_body`).
# Plain text has only the line to go on: once the body has begun, it closes the article
# unless more article follows (`plaintext._body_end`).
END_OF_ARTICLE_WITHOUT_MARKUP = any_of(
    r"^sign up\b|\bnewsletter\b.{0,40}$|^subscribe\b",
    r"^a message from\b|^dear (readers?|friends?|subscribers?)\b|^support (our|independent|us"
    r"|the|quality)\b|^donate\b|^become an? (member|subscriber|supporter|patron)\b",
    r"^(related|related (articles|stories|news|coverage|content)|most read|most popular"
    r"|more from|recommended( for you)?|you may also like|more stories|trending( now)?"
    r"|what to read next|more news|latest news|top stories|read more|see also)[\s:.!]*$",
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
    r"^this (live )?(blog|page|live) is (now )?closed\b|^a version of this article appears\b",
    r"^(do you have|got) a (story|tip|news tip)\b|^email us at\b",
    r"^follow (\w+ ){1,2}on (x|twitter|facebook|instagram|telegram|linkedin|bluesky)\b",
    r"^#{3,}$|^-{3,}$|^\*{3,}$",
    r"^(explore more on these topics|suggested topics|purchase licensing"
    r"|related content|view all updates|most viewed|key events|more about\b)",
    r"^(нашли ошибку|другие новости|по теме|материалы по теме|новости партн[её]ров)",
    # Print-edition notes, appeals and reuse notices of real sites: "This article appeared in
    # the … section of the print edition", "Note from the author:", "… is funded by our
    # readers", "To learn more about republishing this content"
    r"^this (article|story) appeared in\b|^note from the (author|editor)\b",
    r"^thanks for reading\b|\bfunded by (its |our )?readers\b|\breader-supported\b",
    r"\brepublishing this (content|article)\b",
    r"^edited and translated by\b",
    # Russian and Ukrainian: donations, comment rules, reuse terms, "subscribe to our channel"
    r"\bпожертвовани|^поддержать\b|^шановні читачі|^підписуйтеся\b|\bвикористання матеріалів"
    r"|\bвикористанні будь-яких матеріалів|\bиспользование материалов\b|^все права на\b",
)
# The article's end in plain text: every line of both lists.
END_OF_PLAIN_TEXT_ARTICLE = any_of(
    *END_OF_ARTICLE.patterns, *END_OF_ARTICLE_WITHOUT_MARKUP.patterns
)
# Of those, the boxes that pages put inside the article: one paragraph after one is
# enough to show the article goes on (it often ends a paragraph later).
INLINE_BOX = any_of(
    r"^sign up\b|\bnewsletter\b|^subscribe\b|\b(in|to) your inbox\b",
    r"^(read more|see also|also read|read also)\b",
    r"^(читайте также|по теме|mehr zum thema|lesen sie auch|(à )?lire aussi|lee también"
    r"|(también )?te puede interesar)",
)


# --------------------------------------------------------------------------------------
# Learned boilerplate: lines the store saw on many stories of the page's source

# Learning may take at most this share of a page's body (in characters of the paragraphs
# kept without it). Chrome a reader keeps in a body is a line or a box, far less than the
# article; a third is more than any measured page's chrome.
LEARNED_MAX_BODY_SHARE = 1 / 3


def without_learned_lines(paragraphs: Sequence[str], learned: Collection[str]) -> list[str]:
    """The body's paragraphs less the source's learned lines. A learned line is a guess
    made from other pages: where the learned lines would take more than
    LEARNED_MAX_BODY_SHARE of this body, or all of it, they are not boilerplate on this
    page, and every paragraph stays."""
    if not learned:
        return list(paragraphs)
    taken = sum(len(p) for p in paragraphs if p in learned)
    total = sum(len(p) for p in paragraphs)
    if not taken or taken == total or taken > LEARNED_MAX_BODY_SHARE * total:
        return list(paragraphs)
    return [p for p in paragraphs if p not in learned]
