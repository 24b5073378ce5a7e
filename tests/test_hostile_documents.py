"""Hostile documents that are still text become entries, with what they say intact.

Terminal output, a page of one line, a first line of 100,000 characters, short text in a
legacy code page, UTF-16 with a byte order mark: documents a scraper can write.
"""

from __future__ import annotations

import codecs
import re

import pytest
from conftest import SAMPLE_MTIME, Workspace
from feedcheck import validate_atom, validate_rss

from feedd.model import Article, Document, Rejected
from feedd.normalize import normalize_document
from feedd.normalize.decode import decode_bytes
from feedd.normalize.text import TITLE_MAX_CHARS

HEADLINE = "Storm knocks out power across the coast"
LEDE = "The storm knocked out power to thousands of homes on Tuesday, the utility said."
SECOND = "Crews worked through the night to restore the lines, officials said in a statement."
PAGE = f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n"


def _normalize(data: bytes, name: str = "page.txt") -> Article | Rejected:
    return normalize_document(Document(relative_path=name, data=data, modified_at=SAMPLE_MTIME))


def _article(data: bytes, name: str = "page.txt") -> Article:
    result = _normalize(data, name)
    assert isinstance(result, Article), result
    return result


# -- terminal output: control characters and ANSI escapes -------------------------------------

BOLD, RED, GREEN, RESET, BELL = "\x1b[1m", "\x1b[1;31m", "\x1b[32m", "\x1b[0m", "\x07"
CSI = "\x9b"  # the 8-bit Control Sequence Introducer
NEL = "\x85"  # the C1 "next line" control
COLOURED_PAGE = (
    f"{BOLD}{HEADLINE}{RESET}{BELL}\n\n"
    f"The {RED}storm{RESET} knocked out {BOLD}power{RESET} to thousands of {GREEN}homes{RESET}"
    f" on Tuesday,{NEL} the utility said.{BELL}\n\n"
    f"Crews {CSI}1mworked{CSI}0m through the {RED}night{RESET} to restore the {GREEN}lines"
    f"{RESET}, officials said in a statement.{BELL}\n"
)


def test_a_coloured_terminal_capture_is_a_document_without_its_escapes() -> None:
    article = _article(COLOURED_PAGE.encode("utf-8"))

    assert article.title == HEADLINE
    assert article.content_text == f"{LEDE}\n\n{SECOND}"


@pytest.mark.parametrize(
    "noise",
    [
        pytest.param("\x1b]0;feedd: tail -f\x07", id="window-title"),
        pytest.param("\x1b[2J\x1b[H", id="clear-screen-and-home"),
        pytest.param("\x1b(B\x1b7\x1b8", id="short-escapes"),
        pytest.param("\x0c\x0b\x7f", id="form-feed-vertical-tab-del"),
        pytest.param("\x9b38;5;196m\x9c\x90", id="c1-controls"),
    ],
)
def test_terminal_controls_and_whole_escape_sequences_are_removed(noise: str) -> None:
    decoded = decode_bytes(f"{HEADLINE}{noise}\n\n{LEDE}\n".encode())

    assert decoded == f"{HEADLINE}\n\n{LEDE}\n"


def test_backspace_overstrike_keeps_the_struck_letters_once() -> None:
    # How man pages and line printers make bold ("N BS N") and underlined ("_ BS a") text.
    bold = "".join(f"{ch}\b{ch}" for ch in "NAME")
    underlined = "".join(f"_\b{ch}" for ch in "storm")

    assert decode_bytes(f"{bold}\n\nThe {underlined} passed.\n".encode()) == (
        "NAME\n\nThe storm passed.\n"
    )


@pytest.mark.parametrize(
    "data",
    [
        LEDE.encode().replace(b" ", b"\x00\x00\x00") * 20,  # NUL-heavy
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16,  # an image
        bytes(range(256)) * 20,
    ],
    ids=["nul-heavy", "png", "all-bytes"],
)
def test_what_is_not_text_is_still_binary(data: bytes) -> None:
    result = _normalize(data)

    assert isinstance(result, Rejected) and result.reason == "binary"


# -- a page of one line -----------------------------------------------------------------------

ONE_LINE = "Russia and Syria agree to keep talking about the Tartus base"


@pytest.mark.parametrize("ending", ["", "\n", "\r\n", "\n\n  \n"])
def test_a_page_of_one_line_is_an_entry_of_its_title_alone(ending: str) -> None:
    article = _article(f"{ONE_LINE}{ending}".encode())

    assert article.title == ONE_LINE
    assert article.content_text == article.content_html == article.summary == ""
    assert article.language == "en"


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n "])
def test_a_page_of_no_text_is_still_rejected_as_empty(data: bytes) -> None:
    result = _normalize(data)

    assert isinstance(result, Rejected) and result.reason == "empty"


@pytest.mark.parametrize("line", ["<<<<>>>>", "12 345", "l0", "Subscribe to our newsletter"])
def test_a_line_that_is_no_headline_is_still_rejected_as_no_text(line: str) -> None:
    result = _normalize(f"{line}\n".encode())

    assert isinstance(result, Rejected) and result.reason == "no_text"


def test_a_title_only_entry_makes_valid_feeds_and_an_entry_page(workspace: Workspace) -> None:
    workspace.add("one-line.txt", ONE_LINE + "\n", SAMPLE_MTIME)

    report, _ = workspace.rebuild()

    assert report.rejected == {}
    validate_atom(workspace.feed("all.atom"))
    validate_rss(workspace.feed("all.rss"))
    assert ONE_LINE.encode() in workspace.feed("all.atom")
    (page,) = (workspace.output / "entries").iterdir()
    assert f"<h1>{ONE_LINE}</h1>" in page.read_text(encoding="utf-8")


# -- a first line of 100,000 characters -------------------------------------------------------

SENTENCE = "The two delegations met again on Tuesday in Geneva, the ministry said."
RUN_ON = "officials from both countries said the talks would go on for weeks and weeks "
LONG_FIRST_LINES = {
    # a whole article scraped as one line: its first sentence is the title
    "prose": "Officials from both countries said the talks would go on for weeks. " * 1500,
    # words and words with no full stop
    "run-on": RUN_ON * 1300,
    # a headline, then a rule drawn with dashes that runs on and on
    "headline-and-rule": "Russia and Syria agree on bases " + "—" * 99_968,
    # a few enormous "words": encoded data with spaces in it
    "huge-words": " ".join(["QmFzZTY0IGRhdGEgYmxvY2sg" * 210] * 20),
}


@pytest.mark.parametrize("shape", LONG_FIRST_LINES)
def test_a_100000_character_first_line_gives_a_short_title_and_stays_in_the_body(
    shape: str,
) -> None:
    line = LONG_FIRST_LINES[shape][:100_000].strip()

    article = _article(f"{line}\n\n{SENTENCE}\n".encode())

    assert len(article.title) <= TITLE_MAX_CHARS
    assert line.startswith(article.title.removesuffix("…"))
    assert line in article.content_text
    assert SENTENCE in article.content_text


def test_a_title_cut_from_a_long_line_ends_at_a_word_with_an_ellipsis() -> None:
    line = (RUN_ON * 1300)[:100_000].strip()

    title = _article(f"{line}\n\n{SENTENCE}\n".encode()).title

    assert title.endswith("…")
    words = title.removesuffix("…")
    assert line[len(words)] == " " and not words.endswith(" ")
    assert len(words) > TITLE_MAX_CHARS // 2


def test_a_page_of_one_line_too_long_for_a_title_keeps_the_line_as_its_body() -> None:
    line = (RUN_ON * 20).strip()

    article = _article(line.encode())

    assert len(article.title) <= TITLE_MAX_CHARS and article.title.endswith("…")
    assert article.content_text == line


# -- short Western European text in a legacy code page ----------------------------------------

FRENCH = "Café crème à Zürich: naïve façade, déjà vu"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_short_western_european_text_is_not_read_as_central_european(encoding: str) -> None:
    assert decode_bytes(FRENCH.encode(encoding)) == FRENCH


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le père et la mère sont allés à la plage.", "cp1252"),
        ("El niño comió paella en Peñíscola, según informó el señor Muñoz.", "cp1252"),
        ("A situação econômica não é boa, disse o ministro em São Paulo.", "cp1252"),
        ("Il governo ha approvato la legge, ha detto il ministro. Perché è così?", "cp1252"),
        ("Den danske regering fremlagde i går sin finanslov på et møde i Århus.", "latin-1"),
        ("Le café coûte 3 € à Zürich — c’est cher, dit-elle.", "cp1252"),
    ],
    ids=["french", "spanish", "portuguese", "italian", "danish", "euro-sign"],
)
def test_other_western_european_sentences_keep_their_letters(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Minister spraw zagranicznych powiedział w środę, że rząd nie zmieni zdania.", "cp1250"),
        ("Zażółć gęślą jaźń. Łódź i Wrocław są pięknymi miastami.", "cp1250"),
        ("Vláda ve středu schválila rozpočet na příští rok.", "cp1250"),
        ("Vlada je u srijedu usvojila proračun, rekao je ministar Čačić.", "cp1250"),
        ("A kormány szerdán elfogadta a költségvetést, mondta a szóvivő.", "cp1250"),
        ("Министр иностранных дел России Сергей Лавров заявил в четверг.", "cp1251"),
        ("Министр иностранных дел России Сергей Лавров заявил в четверг.", "koi8-r"),
        ("Міністр закордонних справ України заявив у четвер.", "cp1251"),
        ("Türkiye'nin başkenti Ankara'da hükümet açıklama yaptı, dedi bakan.", "cp1254"),
        ("Ο υπουργός Εξωτερικών δήλωσε την Πέμπτη ότι η Ελλάδα είναι έτοιμη.", "cp1253"),
    ],
    ids=[
        "polish",
        "polish-pangram",
        "czech",
        "croatian",
        "hungarian",
        "russian-cp1251",
        "russian-koi8-r",
        "ukrainian",
        "turkish",
        "greek",
    ],
)
def test_text_in_other_code_pages_stays_in_its_own(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


# -- UTF-16 with a byte order mark ------------------------------------------------------------

ENCODED_PAGES = {
    "utf-8": PAGE.encode("utf-8"),
    "utf-8-sig": PAGE.encode("utf-8-sig"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"),
    "utf-16-le-bom-crlf": codecs.BOM_UTF16_LE + PAGE.replace("\n", "\r\n").encode("utf-16-le"),
    "utf-16-be-bom-crlf": codecs.BOM_UTF16_BE + PAGE.replace("\n", "\r\n").encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", ENCODED_PAGES)
def test_a_page_reads_the_same_in_every_unicode_encoding(encoding: str) -> None:
    article = _article(ENCODED_PAGES[encoding])

    assert article.title == HEADLINE
    assert article.content_text == f"{LEDE}\n\n{SECOND}"
    assert article == _article(ENCODED_PAGES["utf-8"])


def test_no_byte_order_mark_is_left_in_the_text() -> None:
    for data in ENCODED_PAGES.values():
        text = decode_bytes(data)
        assert isinstance(text, str) and not re.search("[\ufeff\ufffe]", text)
