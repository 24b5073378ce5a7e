"""One rule base: a page line reads the same whether the page was saved as .txt or .md.

The plain-text normalizer and the structured ones (Markdown, HTML and JSON, through
`blocks.select_body`) judge a line by what it says with the same lists, from
`feedd.normalize.rules`. Each case here puts one line into one news page, renders the
page as plain text and as Markdown, and expects both Articles to agree on it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feedd.model import Article, Document
from feedd.normalize import blocks, metadata, normalize_document, plaintext, rules
from feedd.normalize.patterns import AnyOf

MTIME = datetime(2025, 3, 20, 12, 0, tzinfo=UTC)
HEADLINE = "Harbour ferry to Pine Island will resume in April after a two-year pause"
PARAGRAPHS = (
    "The ferry between Port Ellis and Pine Island will carry passengers again from 14 April, "
    "the island council said on Monday, ending a pause of more than two years.",
    "The service stopped in January 2023 when the only vessel on the route failed a safety "
    "inspection and its owner, a family firm, could not pay for the repairs.",
    "The council bought a second-hand ferry from a Norwegian operator last autumn and has "
    "spent the winter refitting it at the boatyard on the north side of the harbour.",
    "Islanders have relied since then on a water taxi that runs twice a day in summer and "
    "not at all when the wind is strong, which left the school without teachers for weeks.",
    "Tickets will cost the same as before the pause, and residents of the island will again "
    "travel free on weekdays, the council said in a statement.",
)


def _article(name: str, text: str) -> Article:
    document = Document(relative_path=name, data=text.encode("utf-8"), modified_at=MTIME)
    result = normalize_document(document)
    assert isinstance(result, Article), result
    return result


def _renderings(
    *, top: tuple[str, ...] = (), middle: tuple[str, ...] = (), end: tuple[str, ...] = ()
) -> tuple[Article, Article]:
    """The page as a scraper saves it in plain text and in Markdown: the same lines, the
    headline first (a `#` heading in Markdown), then `top`, the text with `middle` after
    its second paragraph, and `end` after the text."""
    body = [*PARAGRAPHS[:2], *middle, *PARAGRAPHS[2:]]
    as_text = _article("page.txt", "\n\n".join([HEADLINE, *top, *body, *end]) + "\n")
    as_markdown = _article("page.md", "\n\n".join([f"# {HEADLINE}", *top, *body, *end]) + "\n")
    return as_text, as_markdown


def _assert_only_the_article_is_kept(*articles: Article) -> None:
    for article in articles:
        assert article.title == HEADLINE
        assert article.content_text == "\n\n".join(PARAGRAPHS)


def test_the_page_without_furniture_reads_the_same_as_text_and_as_markdown() -> None:
    _assert_only_the_article_is_kept(*_renderings())


# Short lines of page furniture: teasers, widgets, promotions, notices, consent banners.
# Some were known to one format only before the two shared their rules.
CHROME_LINES = [
    # a Polish teaser: was dropped from .txt and kept in .md
    "Czytaj także: Polska kupi od Ukrainy drony? MON: Rozmowy trwają",
    "Lesen Sie auch: Hochwasser am Mittelrhein: Pegel Kaub steigt auf 5,80 Meter",
    "Lire aussi : Syrie, la Russie négocie le maintien de sa base navale",
    "Updated 5 hours ago",
    "View image in fullscreen",
    "Reuse this content",
    "— With assistance from Sofia Lind",
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "Follow Levant Wire on Telegram and WhatsApp for breaking news alerts.",
    "Hazte socio de El Diario Global desde 5 euros al mes",
    "RR+ jetzt 4 Wochen für 1 € testen. Jederzeit kündbar.",
    "Only $1 for 4 weeks",
    "Tweet Share Copy link",
    "Sign up for our free morning newsletter",
    "We and our partners use cookies to store and access information on your device, to "
    "measure the audience and to show you personalised advertising. You can change your "
    "choices at any time in the privacy settings at the foot of every page.",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_a_chrome_line_inside_the_article_is_dropped_from_text_and_from_markdown(
    line: str,
) -> None:
    _assert_only_the_article_is_kept(*_renderings(middle=(line,)))


# Photo captions and credits between two paragraphs.
CAPTION_LINES = [
    "The new ferry in the boatyard at Port Ellis in February. Denis Volkov / TASS",
    "Residents of Pine Island wait for the water taxi. Photo: Jane Roe",
    "The harbour at Port Ellis on Monday. (AP Photo/John Smith)",
    "Der Hafen von Port Ellis im Februar. Bild: dpa",
    "Firefighters at the terminal in a file photo. APS/File",
    "The island's old ferry in 2022 (Kubat ASANOV/AFP)",
]


@pytest.mark.parametrize("line", CAPTION_LINES)
def test_a_caption_inside_the_article_is_dropped_from_text_and_from_markdown(line: str) -> None:
    _assert_only_the_article_is_kept(*_renderings(middle=(line,)))


# A byline under the headline, and the author both renderings read from it.
BYLINES = [
    ("By Jane Roe", "Jane Roe"),
    ("Von unserem Redakteur Tobias Rahn", "Tobias Rahn"),
    ("Материал подготовил Андрей Ветров", "Андрей Ветров"),
    ("Escrito por Lucía Gómez", "Lucía Gómez"),
    ("Lena Novak | Defence Correspondent", "Lena Novak"),
]


@pytest.mark.parametrize(("line", "author"), BYLINES)
def test_a_byline_names_the_same_author_in_text_and_in_markdown(line: str, author: str) -> None:
    as_text, as_markdown = _renderings(top=(line,))
    _assert_only_the_article_is_kept(as_text, as_markdown)
    assert as_text.author == as_markdown.author == author


@pytest.mark.parametrize("line", ["Staff reporter", "The newsroom", "Редакция"])
def test_a_desk_byline_names_no_author_in_text_or_in_markdown(line: str) -> None:
    as_text, as_markdown = _renderings(top=(line,))
    _assert_only_the_article_is_kept(as_text, as_markdown)
    assert as_text.author is None and as_markdown.author is None


@pytest.mark.parametrize(
    "line", ["First published 3 March 2025", "Published: 3 March 2025", "Stand: 03.03.2025"]
)
def test_a_date_line_states_the_same_date_in_text_and_in_markdown(line: str) -> None:
    as_text, as_markdown = _renderings(top=(line,))
    _assert_only_the_article_is_kept(as_text, as_markdown)
    assert as_text.published_at == as_markdown.published_at == datetime(2025, 3, 3, tzinfo=UTC)


# A reader's comment: text, were the article not over.
AFTER_THE_END = (
    "I grew up on the island and took that ferry to school every single day, so this is "
    "very good news for all of us.",
)
# Lines that close the article in every format: what follows is not article.
END_LINES = [
    "Comments (3)",
    "Commenti",
    "5 thoughts on “Harbour ferry to Pine Island will resume in April”",
    "Leave a comment",
    "Join the conversation",
    "About the author",
    "Reporting by Ana Beltrán; Editing by Kirsten Moor",
    "You received this email because you subscribed to the Harbour Bulletin.",
]


@pytest.mark.parametrize("line", END_LINES)
def test_an_end_of_article_line_closes_the_article_in_text_and_in_markdown(line: str) -> None:
    _assert_only_the_article_is_kept(*_renderings(end=(line, *AFTER_THE_END)))


# Lines that close a plain-text page; where markup bounds the article they go alone.
END_LINES_WITHOUT_MARKUP = [
    "Thanks for reading!",
    "About Pine Island Ferries",
    "A version of this article appears in print on March 4, 2025, Section A, Page 21.",
    "Correction: An earlier version of this article gave the wrong date for the first sailing.",
    "© 2025 The Harbour Bulletin. All rights reserved.",
]


@pytest.mark.parametrize("line", END_LINES_WITHOUT_MARKUP)
def test_a_line_that_closes_plain_text_is_dropped_from_text_and_from_markdown(line: str) -> None:
    _assert_only_the_article_is_kept(*_renderings(end=(line,)))


def test_the_normalizers_read_lines_with_the_same_pattern_objects() -> None:
    assert plaintext._CHROME is rules.CHROME
    assert plaintext.is_chrome_line is blocks.is_chrome_line is rules.is_chrome_line
    assert plaintext.is_caption_text is blocks.is_caption_text is rules.is_caption_text
    assert plaintext._DATE_PREFIX is blocks.DATE_PREFIX is rules.DATE_PREFIX
    assert plaintext._RELATED_HEADER is blocks.RELATED_HEADING is rules.RELATED_HEADING
    assert plaintext._BYLINE is metadata.BYLINE is rules.BYLINE
    assert plaintext._ROLE_BYLINE is metadata.ROLE_BYLINE is rules.ROLE_BYLINE
    assert metadata.STAFF_BYLINE is rules.STAFF_BYLINE
    assert blocks.END_OF_ARTICLE is rules.END_OF_ARTICLE
    assert blocks.END_OF_ARTICLE_WITHOUT_MARKUP is rules.END_OF_ARTICLE_WITHOUT_MARKUP
    assert plaintext._END_OF_ARTICLE is rules.END_OF_PLAIN_TEXT_ARTICLE


def test_plain_text_closes_the_article_on_every_line_the_other_formats_close_it_on() -> None:
    assert set(rules.END_OF_ARTICLE.patterns) <= set(rules.END_OF_PLAIN_TEXT_ARTICLE.patterns)
    assert set(rules.END_OF_ARTICLE_WITHOUT_MARKUP.patterns) <= set(
        rules.END_OF_PLAIN_TEXT_ARTICLE.patterns
    )


@pytest.mark.parametrize("module", [plaintext, blocks, metadata])
def test_no_normalizer_keeps_a_pattern_list_of_its_own(module: object) -> None:
    shared = {id(value) for value in vars(rules).values()}
    own = [
        name
        for name, value in vars(module).items()
        if isinstance(value, AnyOf) and id(value) not in shared
    ]
    assert own == [], f"move {own} to feedd.normalize.rules"


def test_an_ad_or_subscription_banner_is_furniture_however_it_names_werbung() -> None:
    for line in (
        "ZEIT ONLINE | Lesen Sie zeit.de mit Werbung oder im PUR-Abo. Sie haben die Wahl.",
        "Jetzt im PUR-Abo lesen",
        "Wir nutzen Werbetracking, um diese Seite zu finanzieren",
    ):
        assert rules.is_chrome_line(line, line.count(" ") + 1), line
