"""Hostile bytes never crash a rebuild and never produce invalid XML."""

from __future__ import annotations

import codecs

import pytest
from conftest import SAMPLE, SAMPLE_MTIME, Workspace
from feedcheck import validate_atom, validate_rss
from hypothesis import given, settings
from hypothesis import strategies as st

from feedd.model import Article, Document, Rejected
from feedd.normalize import normalize_document
from feedd.normalize.decode import decode_bytes, xml_safe

ARTICLE = SAMPLE.read_text(encoding="utf-8")
RUSSIAN = (
    "Россия и Сирия договорились о базах\n\n"
    "Министр иностранных дел России Сергей Лавров заявил в четверг, что Москва готова "
    "пересмотреть соглашения о военных базах в Тартусе и Хмеймиме.\n\n"
    "По его словам, поддержка Сирии не зависит от политической ситуации в стране.\n"
)


def _doc(data: bytes) -> Document:
    return Document(relative_path="x.txt", data=data, modified_at=SAMPLE_MTIME)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "Russia and Syria signaled"),
        (ARTICLE.replace("\n", "\r\n").encode("utf-8"), "Russia and Syria signaled"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "Russia and Syria signaled"),
        (RUSSIAN.encode("cp1251"), "Министр иностранных дел России"),
        (RUSSIAN.encode("utf-8"), "Министр иностранных дел России"),
        (
            "Café owners in Zürich protest.\n\nÉmile Zola's café reopened on Thursday "
            "after a long renovation, the owners said in a statement.\n".encode("latin-1"),
            "Émile Zola",
        ),
    ],
)
def test_encodings_come_out_right(data: bytes, fragment: str) -> None:
    article = normalize_document(_doc(data))
    assert isinstance(article, Article)
    assert fragment in article.content_text


def test_russian_text_is_detected_as_russian() -> None:
    article = normalize_document(_doc(RUSSIAN.encode("cp1251")))
    assert isinstance(article, Article) and article.language == "ru"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(4000), "binary"),
    ],
)
def test_empty_and_binary_files_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    result = normalize_document(_doc(data))
    assert isinstance(result, Rejected) and result.reason == reason


def test_forbidden_characters_are_stripped() -> None:
    text = ARTICLE.replace("Thursday", "Thurs\x00day\x1b\ufffe\ud800")
    result = decode_bytes(text.encode("utf-8", "surrogatepass"))
    assert isinstance(result, str)
    assert "Thursday" in result
    assert xml_safe(result) == result


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_an_entry_or_a_rejection(data: bytes) -> None:
    result = normalize_document(_doc(data))
    assert isinstance(result, Article | Rejected)
    if isinstance(result, Article):
        for text in (result.title, result.content_text, result.summary, result.content_html):
            assert xml_safe(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_xml_safe_output(text: str) -> None:
    result = normalize_document(_doc(text.encode("utf-8", "surrogatepass")))
    if isinstance(result, Article):
        assert xml_safe(result.title + result.content_text) == result.title + result.content_text


def test_hostile_files_never_break_a_rebuild(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.add("nul.txt", ARTICLE.replace("Thursday", "Thurs\x00\x01\x02day").encode())
    workspace.add("invalid-utf8.txt", ARTICLE.encode("utf-8") + b"\xff\xfe\xc3\x28 end.")
    workspace.add("cp1251.txt", RUSSIAN.encode("cp1251"))
    workspace.add("binary.txt", bytes(range(256)) * 10)
    workspace.add("empty.txt", b"")
    workspace.add(
        "markup.txt",
        "<script>alert(1)</script> ]]> <![CDATA[ & title\n\n"
        "A paragraph with <b>markup</b>, ]]> and <![CDATA[ and & ampersands in it.\n",
    )
    report, _ = workspace.rebuild()
    assert report.rejected == {"binary": 1, "empty": 1}
    for name in ("all.atom", "russia-syria-bases.atom"):
        validate_atom(workspace.feed(name))
    validate_rss(workspace.feed("all.rss"))
    atom = workspace.feed("all.atom")
    assert b"<script>" not in atom  # markup is escaped text, never active
    page_texts = [p.read_text() for p in (workspace.output / "entries").iterdir()]
    assert not any("<script>" in page for page in page_texts)
