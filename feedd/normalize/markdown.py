"""Markdown documents (.md, .markdown): front matter for metadata, the body as paragraphs.

Front matter is YAML between `---` lines (or TOML between `+++` lines) at the very top.
It is read with PyYAML's safe loader; front matter YAML cannot parse
is read again as plain `key: value` lines, and front matter without its closing line is
not front matter at all. Recognised keys (any case): title/headline; date/published/
published_at/pubdate/publishdate/created; author/authors/byline/creator (a string, an
object with a name, or a list); link/url/permalink/canonical_url/source_url/original_url
(absolute http(s) URLs only: a site-relative `url: /posts/x/` is not a link);
tags/keywords (a list or a comma-separated string); source/site/site_name/publication/
publisher; lang/language/locale; summary/description. What front matter states wins over
anything guessed from the body.

The body loses its Markdown syntax: headings, list items and quotes become paragraphs,
`[text](url)` and `[[Note|text]]` become text, emphasis and code markers go, image lines
go (and an italic caption right under an image), rules and link reference definitions go. A leading
`# Title` is the title when front matter has none; otherwise the first heading, and
failing that the plain-text normalizer's guess. `blocks.select_body` then drops share
buttons, subscribe links, sign-offs and related-post lists.

`markdown_blocks` is also how the JSON normalizer reads plain-text fields, which scrapers
often fill with Markdown. Pure: no I/O. Must not import the store, publisher or drivers.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import tzinfo

from feedd.model import Article, Rejected
from feedd.normalize.blocks import Block, select_body
from feedd.normalize.metadata import (
    author_from,
    date_from,
    language_from,
    link_from,
    tags_from,
    text_from,
)
from feedd.normalize.patterns import ends_sentence
from feedd.normalize.plaintext import normalize_plaintext
from feedd.normalize.text import render_html, summarize

MAX_FRONT_MATTER_CHARS = 64 * 1024

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,9}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_IMAGE = r"!\[[^\]\n]*\]\([^)\n]*\)"
_IMAGE_LINE = re.compile(
    rf"^\s*(?:{_IMAGE}|\[{_IMAGE}\]\([^)\n]*\)|<img\b[^>]*>|<figure\b[^>]*>.*</figure>)\s*$",
    re.IGNORECASE,
)
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$")
_TABLE_DIVIDER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]")
_LINK = re.compile(r"(?<!!)\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_INLINE_IMAGE = re.compile(_IMAGE)
# Emphasis markers are removed without pairing them up: an opening run before a word, a
# closing run after one. Pairing would be quadratic on a paragraph of stray asterisks;
# `snake_case` and `2 * 3` keep theirs.
_EMPHASIS = re.compile(
    r"(?<![\w*_~])(?:\*{1,3}|_{1,3}|~~)(?=[^\s*_~])|(?<=[^\s*_~])(?:\*{1,3}|_{1,3}|~~)(?![\w*_~])"
)
_WHOLLY_EMPHASISED = re.compile(r"^(\*{1,3}|_{1,3})(?=\S)(.+)(?<=\S)\1$", re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_LINK_MARK = "\x00"  # wraps link text while inline markup is removed, to measure it

_FIELDS: Mapping[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "date": ("date", "published", "publishedat", "pubdate", "publishdate", "created"),
    "author": ("author", "authors", "byline", "creator"),
    "link": ("link", "url", "permalink", "canonicalurl", "canonical", "sourceurl", "originalurl"),
    "tags": ("tags", "keywords"),
    "source": ("source", "site", "sitename", "publication", "publisher"),
    "language": ("lang", "language", "locale"),
    "summary": ("summary", "description"),
}


def normalize_markdown(
    text: str,
    *,
    default_tz: tzinfo,
    boilerplate: Collection[str] = (),
) -> Article | Rejected:
    """Turn a Markdown document into an Article. Never raises."""
    front, body_text = split_front_matter(text)
    fields = _recognised(front)
    blocks = markdown_blocks(body_text)
    title = text_from(fields.get("title"))
    title_line = title
    if title is None:
        title, title_line = guess_title(blocks, default_tz=default_tz, boilerplate=boilerplate)
        title = text_from(title)  # a heading can be a whole page long
    body = select_body(
        blocks, title=title_line or "", default_tz=default_tz, boilerplate=boilerplate
    )
    paragraphs = list(body.paragraphs)
    if not body.has_text:
        return Rejected(reason="no_text", detail="no paragraphs in the Markdown body")
    # "source: https://..." names a link, not a site; a later key (site_name) may name it.
    source_values = [front[k] for k in _keys_for(front, _FIELDS["source"])]
    source_link = next((u for u in map(link_from, source_values) if u), None)
    source = next((text_from(v) for v in source_values if v and not link_from(v)), None)
    return Article(
        title=title or paragraphs[0][:160],
        source=source or body.source,
        author=author_from(fields.get("author")) or body.author,
        published_at=date_from(fields.get("date"), default_tz) or body.published_at,
        summary=text_from(fields.get("summary"), max_chars=1000) or summarize(paragraphs),
        content_text="\n\n".join(paragraphs),
        content_html=render_html(paragraphs),
        page_lines=body.page_lines,
        link=link_from(fields.get("link")) or source_link,
        language=language_from(fields.get("language"), " ".join(paragraphs)),
        tags=tags_from(*(_without_wiki_links(front[k]) for k in _keys_for(front, _FIELDS["tags"]))),
    )


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """Front matter as a dict (empty if there is none or it is unreadable), and the body."""
    stripped = text.lstrip("\ufeff")
    first, _, rest = stripped.partition("\n")
    marker = first.strip()
    if marker not in ("---", "+++"):
        return {}, text
    closing = re.search(r"^(?:---|\.\.\.)\s*$" if marker == "---" else r"^\+\+\+\s*$", rest, re.M)
    if closing is None or closing.start() > MAX_FRONT_MATTER_CHARS:
        return {}, text  # no closing line: not front matter
    raw = rest[: closing.start()]
    body = rest[closing.end() :]
    parsed = _toml(raw) if marker == "+++" else _yaml(raw)
    return parsed, body


def _yaml(raw: str) -> dict[str, object]:
    import yaml  # on first use: most folders hold no YAML front matter

    try:
        parsed = yaml.safe_load(raw)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return _key_value_lines(raw)
    if isinstance(parsed, dict):
        return {str(k): v for k, v in parsed.items()}
    return _key_value_lines(raw)


def _toml(raw: str) -> dict[str, object]:
    try:
        return dict(tomllib.loads(raw))
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return _key_value_lines(raw.replace(" = ", ": "))


def _key_value_lines(raw: str) -> dict[str, object]:
    """The lenient reading: top-level `key: value` lines, `[a, b]` as a list."""
    fields: dict[str, object] = {}
    for line in raw.split("\n"):
        match = re.match(r"^([A-Za-z_][\w-]{0,40})\s*:\s*(.*?)\s*$", line)
        if not match or not match.group(2):
            continue
        value = match.group(2)
        if value.startswith("[") and value.endswith("]"):
            fields[match.group(1)] = [v.strip().strip("\"'") for v in value[1:-1].split(",")]
        else:
            fields[match.group(1)] = value.strip("\"'")
    return fields


def _normal_key(key: str) -> str:
    return re.sub(r"[\s_-]", "", key.lower())


def _keys_for(front: Mapping[str, object], names: tuple[str, ...]) -> list[str]:
    keys = {_normal_key(k): k for k in front}
    return [keys[n] for n in names if n in keys]


def _recognised(front: Mapping[str, object]) -> dict[str, object]:
    """The first present, non-empty value for each field."""
    found: dict[str, object] = {}
    for field_name, names in _FIELDS.items():
        for key in _keys_for(front, names):
            value = front[key]
            if value not in (None, "", [], {}):
                found[field_name] = _without_wiki_links(value)
                break
    return found


def _without_wiki_links(value: object) -> object:
    """Obsidian-style front matter links to notes: author: "[[Nour Khalil]]"."""
    if isinstance(value, str):
        return _WIKI_LINK.sub(_wiki_text, value)
    if isinstance(value, list):  # one level: YAML aliases can nest lists exponentially
        return [_WIKI_LINK.sub(_wiki_text, v) if isinstance(v, str) else v for v in value[:100]]
    return value


def _wiki_text(match: re.Match[str]) -> str:
    return match.group(2) or match.group(1)


def guess_title(
    blocks: Sequence[Block], *, default_tz: tzinfo, boilerplate: Collection[str]
) -> tuple[str | None, str | None]:
    """A title for a document that states none: its first heading, else the plain-text
    normalizer's pick. Also the line to drop from the body as the title: None when the
    title is only the opening of a body paragraph, which stays."""
    for block in blocks:
        if block.is_heading:
            return block.text, block.text
    plain = "\n\n".join(b.text for b in blocks)
    guess = normalize_plaintext(plain, default_tz=default_tz, boilerplate=boilerplate)
    if not isinstance(guess, Article):
        return None, None
    is_body = guess.title in guess.content_text.split("\n\n") or not any(
        b.text == guess.title for b in blocks
    )
    return guess.title, None if is_body else guess.title


# --------------------------------------------------------------------------------------
# Body


@dataclass(slots=True)
class _Paragraph:
    lines: list[str]
    is_heading: bool = False
    is_list_item: bool = False


def markdown_blocks(text: str, *, is_line_per_paragraph: bool = False) -> list[Block]:
    """Markdown as plain-text blocks. With `is_line_per_paragraph`, each line stands alone
    (as scraped innerText has it) unless it continues a hard-wrapped sentence."""
    text = _HTML_COMMENT.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[Block] = []
    after_image = False
    for paragraph in _paragraphs(text, is_line_per_paragraph):
        if paragraph is None:
            after_image = True
            continue
        raw = " ".join(line.strip() for line in paragraph.lines).strip()
        block = _inline_block(raw, paragraph, follows_image=after_image)
        if block is not None:
            blocks.append(block)
            after_image = False
    return blocks


def _paragraphs(text: str, is_line_per_paragraph: bool) -> Iterator[_Paragraph | None]:
    """Paragraphs in order; None marks an image line."""
    current: _Paragraph | None = None
    fence: str | None = None
    for line in text.split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                if current is not None:
                    yield current
                current = None
            elif current is not None:
                current.lines.append(line)
            continue
        fence_match = _FENCE.match(line)
        if fence_match:
            if current is not None:
                yield current
            fence = fence_match.group(1)[:3]
            current = _Paragraph(lines=[])
            continue
        line = _QUOTE.sub("", _QUOTE.sub("", line))
        if not line.strip():
            if current is not None:
                yield current
            current = None
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            if current is not None:
                yield current
            current = None
            yield _Paragraph(lines=[heading.group(2) or ""], is_heading=True)
            continue
        if (
            _SETEXT_UNDERLINE.match(line)
            and current is not None
            and not current.is_list_item
            and (line.strip().startswith("=") or len(current.lines) == 1)
        ):
            current.is_heading = True
            yield current
            current = None
            continue
        if _RULE.match(line) or _REFERENCE_DEFINITION.match(line) or _TABLE_DIVIDER.match(line):
            if current is not None:
                yield current
            current = None
            continue
        if _IMAGE_LINE.match(line):
            if current is not None:
                yield current
            current = None
            yield None
            continue
        item = _LIST_ITEM.match(line)
        if item:
            if current is not None:
                yield current
            current = _Paragraph(lines=[item.group(1)], is_list_item=True)
            continue
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = "; ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip())
        if current is None:
            current = _Paragraph(lines=[line])
        elif is_line_per_paragraph and not _continues(current.lines[-1], line):
            yield current
            current = _Paragraph(lines=[line])
        else:
            current.lines.append(line)
    if current is not None:
        yield current


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped sentence: a long line cut mid-sentence, continued in lower case."""
    previous = previous.strip()
    return (
        len(previous) >= 55
        and not ends_sentence(previous, bare_quote_ends=False)
        and line.strip()[:1].islower()
    )


def _inline_block(raw: str, paragraph: _Paragraph, *, follows_image: bool) -> Block | None:
    is_emphasis = _WHOLLY_EMPHASISED.match(raw) is not None
    text = strip_inline_markdown(raw, mark_links=True)
    plain = text.replace(_LINK_MARK, "")
    plain = " ".join(plain.split())
    if not plain:
        return None
    linked = sum(len(part.strip()) for part in text.split(_LINK_MARK)[1::2])
    visible = len(plain.replace(" ", "")) or 1
    return Block(
        text=plain,
        link_ratio=min(1.0, linked / visible),
        is_heading=paragraph.is_heading,
        is_emphasis=is_emphasis,
        is_list_item=paragraph.is_list_item,
        follows_image=follows_image,
    )


def strip_inline_markdown(text: str, *, mark_links: bool = False) -> str:
    """Inline Markdown to plain text: links to their text, no emphasis, code or tags."""
    mark = _LINK_MARK if mark_links else ""
    text = _INLINE_IMAGE.sub("", text)
    text = _WIKI_LINK.sub(lambda m: f"{mark}{m.group(2) or m.group(1)}{mark}", text)
    text = _LINK.sub(lambda m: f"{mark}{m.group(1)}{mark}", text)
    text = _REFERENCE_LINK.sub(lambda m: f"{mark}{m.group(1)}{mark}", text)
    text = _AUTOLINK.sub(lambda m: f"{mark}{m.group(1)}{mark}", text)
    text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), text)
    text = _EMPHASIS.sub("", text)
    text = _TAG.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return html.unescape(text)
