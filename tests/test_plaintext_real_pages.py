"""What real sites' scraped text carries around the article, and what the plain-text
normalizer makes of it: consent banners, the page's <title> line, standfirsts, company
copyright lines, bylines of several names, reader appeals. Each page here is small and
invented; tests/corpus_holdout4 holds the long versions.
"""

from __future__ import annotations

from datetime import UTC

import pytest

from feedd.model import Article
from feedd.normalize.plaintext import normalize_plaintext

PARAGRAPHS = [
    "Russian transport aircraft have flown out of the Hmeimim air base for a third week"
    " running, according to flight-tracking data seen by reporters on Monday.",
    "The flights followed talks in Damascus that ended without an agreement on the future of"
    " the base or of the naval facility at Tartus.",
    "Officials on both sides declined to comment on the record.",
]


def page(*lines: str) -> Article:
    article = normalize_plaintext("\n".join(lines) + "\n", default_tz=UTC)
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    "banner",
    [
        "Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät"
        " zu, etwa auf Cookies, und verarbeiten personenbezogene Daten.",
        "Le Figaro et ses partenaires utilisent des cookies et des technologies similaires pour"
        " stocker des informations sur votre appareil, afin de mesurer l'audience.",
        "We and our partners use cookies to store and access information on your device.",
    ],
)
def test_a_consent_banner_in_any_language_is_neither_headline_nor_body(banner: str) -> None:
    article = page(banner, "Accept", "", "Planes leave Hmeimim as talks stall", "", *PARAGRAPHS)
    assert article.title == "Planes leave Hmeimim as talks stall"
    assert "ookie" not in article.content_text


def test_an_article_about_cookies_keeps_its_paragraph_about_cookies() -> None:
    about = (
        "Regulators said the sites had set advertising cookies before visitors agreed, and"
        " fined the three companies a total of 12 million euros."
    )
    article = page("Regulators fine sites over cookies", "", about, "", *PARAGRAPHS)
    assert about in article.content_text


def test_the_pages_title_line_names_the_headline_and_the_site() -> None:
    article = page(
        "Planes leave Hmeimim as talks stall - Levant Daily",
        "Home",
        "World",
        "Planes leave Hmeimim as talks stall",
        "A photo of a transport plane at an air base, taken last month",
        *PARAGRAPHS,
    )
    assert article.title == "Planes leave Hmeimim as talks stall"
    assert article.source == "Levant Daily"


def test_a_standfirst_above_the_byline_is_the_summary_not_the_text() -> None:
    dek = "Damascus says the bases' future depends on what Syrians gain from them."
    article = page(
        "Planes leave Hmeimim as talks stall",
        dek,
        "By Zeinab Khalil",
        "Published On 3 Feb 2025",
        "Share",
        *PARAGRAPHS,
    )
    assert article.summary == dek
    assert dek not in article.content_text
    assert article.content_text.startswith("Russian transport aircraft")
    assert article.author == "Zeinab Khalil"


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        ("© 2025 The Levant Daily Company", "The Levant Daily"),
        ("Copyright The Levant Daily Limited 2025. All rights reserved.", "The Levant Daily"),
        ("© 1991—2025 АО «Левант». Все права защищены.", "Левант"),
        ("levantdaily.com © 1996-2025 The Levant Daily", "The Levant Daily"),
        ("Copyright (c) 2025. Levant Radio, Inc. All Rights Reserved.", "Levant Radio"),
    ],
)
def test_a_copyright_line_gives_the_publication_without_its_company_form(
    footer: str, source: str
) -> None:
    article = page("Planes leave Hmeimim as talks stall", "", *PARAGRAPHS, "", footer)
    assert article.source == source


def test_a_photo_credit_after_a_copyright_sign_is_not_the_publication() -> None:
    article = page(
        "Planes leave Hmeimim as talks stall",
        "© Ilya Moskvin/TASS",
        *PARAGRAPHS,
    )
    assert article.source is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Anastasia Greer in Berlin and Tom Hale in London", "Anastasia Greer and Tom Hale"),
        ("Hannah Elwood in Homs", "Hannah Elwood"),
        ("Temir Asanov Feb 19, 2025", "Temir Asanov"),
        ("By RFE/RL's Kazakh Service", None),
        ("Par Le Figaro avec AFP", None),
    ],
)
def test_a_byline_gives_the_people_not_their_places_or_desks(
    byline: str, author: str | None
) -> None:
    article = page(
        "Planes leave Hmeimim as talks stall", byline, "Wed 19 Feb 2025 06.00 GMT", "", *PARAGRAPHS
    )
    assert article.author == author


def test_an_authors_label_over_the_names_gives_the_byline() -> None:
    article = page(
        "Planes leave Hmeimim as talks stall",
        "",
        *PARAGRAPHS,
        "Авторы",
        "Анна Богданова, Сергей Ефимов",
    )
    assert article.author == "Анна Богданова, Сергей Ефимов"


@pytest.mark.parametrize(
    "closer",
    [
        "This article appeared in the Europe section of the print edition under the headline"
        ' "Stranded"',
        "Note from the author:",
        "The Levant Daily is funded by our readers. Please consider becoming a member.",
        "Mark Hollis in Kyiv contributed to this report.",
        "Edited and translated by The Levant Observer. Responsibility for the information and"
        " views set out in this article lies entirely with the author.",
    ],
)
def test_what_closes_a_real_article_is_not_body(closer: str) -> None:
    article = page("Planes leave Hmeimim as talks stall", "", *PARAGRAPHS, closer)
    assert article.content_text == "\n\n".join(PARAGRAPHS)


def test_a_one_word_masthead_over_the_sites_domain_is_the_source() -> None:
    article = page(
        "Известия", "iz.ru", "Главное", "Политика", "",
        "Запасной аэродром: что происходит на базе Хмеймим", "", *PARAGRAPHS,
    )  # fmt: skip
    assert article.source == "Известия"


def test_a_one_word_line_without_the_domain_under_it_is_no_source() -> None:
    article = page(
        "Politics", "World", "", "Transport flights leave Hmeimim for a third week", "",
        *PARAGRAPHS,
    )  # fmt: skip
    assert article.source is None


@pytest.mark.parametrize(
    ("shown", "headline"),
    [
        # buttons dumped as their labels before the headline
        (
            "[Print this page] [Email this story] Transport flights leave Hmeimim again",
            "Transport flights leave Hmeimim again",
        ),
        # the headline set as an image, dumped as its label alone
        ("[Transport flights leave Hmeimim again]", "Transport flights leave Hmeimim again"),
    ],
)
def test_a_text_browsers_bracketed_labels_are_not_part_of_the_headline(
    shown: str, headline: str
) -> None:
    article = page(shown, "", *PARAGRAPHS)
    assert article.title == headline


def test_a_headline_without_brackets_keeps_its_own() -> None:
    article = page("Transport flights [updated] leave Hmeimim", "", *PARAGRAPHS)
    assert article.title == "Transport flights [updated] leave Hmeimim"


def test_a_dump_wrapped_at_a_margin_is_unwrapped_despite_a_few_longer_lines() -> None:
    """lynx wraps prose at its margin but not a preformatted line or a long address list:
    those few lines do not hide the margin, so a paragraph whose second line opens with a
    capital is still one paragraph."""
    import textwrap

    from feedd.normalize.plaintext import page_units

    prose = [
        "Kentucky offensive coordinator Joker Phillips will eventually become the"
        " Wildcats' head coach following Rich Brooks' retirement.",
        *(f"{p} {p}" for p in PARAGRAPHS),
    ]
    wrapped = "\n\n".join(
        textwrap.fill(p, width=76, initial_indent="   ", subsequent_indent="   ") for p in prose
    )
    long_lines = "\n".join(f" {n}. http://example.com/{'x' * 120}/{n} a" for n in range(3))
    texts = [
        u.text
        for u in page_units(f"Phillips Said to Succeed Brooks\n\n{wrapped}\n\n{long_lines}\n")
    ]
    assert prose[0] in texts


@pytest.mark.parametrize(
    "tools",
    [
        "E-mail this to a friend Printable version",
        "Larger text Smaller text",
        "Loading... Click here for related articles",
    ],
)
def test_an_article_pages_tools_are_chrome(tools: str) -> None:
    from feedd.normalize.rules import is_chrome_line

    assert is_chrome_line(tools, tools.count(" ") + 1)
    article = page(tools, "", "Transport flights leave Hmeimim for a third week", "", *PARAGRAPHS)
    assert tools not in article.content_text


@pytest.mark.parametrize(
    "furniture",
    ["Comment No. 12", "Re: (Score:3, Insightful)", "Reply to This Parent Share", "39 votes",
     "Flag as inappropriate", "(URLs automatically linked.)", "Continue reading the main story"],
)  # fmt: skip
def test_a_comment_threads_furniture_is_chrome(furniture: str) -> None:
    from feedd.normalize.rules import is_chrome_line

    assert is_chrome_line(furniture, furniture.count(" ") + 1)


def test_a_newsletters_own_sentence_about_replying_is_not_chrome() -> None:
    from feedd.normalize.rules import is_chrome_line

    line = "Keep the questions coming — just reply to this email."
    assert not is_chrome_line(line, line.count(" ") + 1)
