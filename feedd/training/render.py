"""Render a web page to plain text the way scrapers save pages: chrome and all.

Two styles, because feedd's inputs come from many scrapers:

- `blocks`: a DOM walk (what `innerText`-style scrapers save): the page's `<title>` on the
  first line, then every visible block on its own line, blank lines between blocks;
- `dump`: a text browser's dump (`lynx -dump` / `w3m -dump`): paragraphs hard-wrapped at
  76 columns and indented, links numbered inline (`[12]Home`), list bullets, headings
  flush left, and the numbered list of link targets under "References" at the end.

Neither reads CSS: text a stylesheet hides still shows, as in a real scraper's output of
server-rendered HTML. Scripts, styles, forms' option lists and `hidden` elements do not.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

STYLES = ("blocks", "dump")

_SKIP = frozenset(
    "script style noscript template head svg math iframe object embed select option "
    "button input textarea map canvas video audio".split()
)
_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav "
    "ol p pre section summary table tbody thead tfoot tr ul caption legend".split()
)
_CELL = frozenset({"td", "th"})
_HEADING = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
WRAP_COLUMNS = 76


def decode_html(data: bytes) -> str:
    """The page's text: its declared charset, else UTF-8, else Windows-1252."""
    declared = _META_CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii", "ignore")] if declared else []
    for encoding in [*candidates, "utf-8"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def parse_html(data: bytes) -> Any:
    import lxml.html

    text = decode_html(data)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses an encoding declaration
    try:
        return lxml.html.document_fromstring(text or "<html></html>")
    except Exception:  # lxml raises ParserError for pages with no element at all
        return lxml.html.document_fromstring("<html><body><p></p></body></html>")


def render_page(data: bytes, style: str) -> str:
    """The page as a scraper in `style` would have saved it."""
    root = parse_html(data)
    if style == "blocks":
        return _render_blocks(root)
    if style == "dump":
        return _render_dump(root)
    raise ValueError(f"unknown style {style!r}; known: {', '.join(STYLES)}")


def _page_title(root: Any) -> str:
    title = root.find(".//title")
    return " ".join((title.text_content() if title is not None else "").split())


class _Walker:
    """Collect (kind, text) blocks of visible text in document order."""

    def __init__(self, *, number_links: bool) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.current: list[str] = []
        self.kind = "p"
        self.number_links = number_links
        self.links: list[str] = []

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append((self.kind, text))
        self.current = []
        self.kind = "p"

    def walk(self, el: Any, list_depth: int = 0) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP or el.get("hidden") is not None:
            if el.tail:
                self.current.append(el.tail)
            return
        is_block = tag in _BLOCK
        if tag == "br":
            self.flush()
        elif is_block or tag in _CELL:
            if is_block:
                self.flush()
            else:
                self.current.append("  ")
            if tag in _HEADING:
                self.kind = "h"
            elif tag == "li":
                self.kind = "li"
            elif tag == "pre":
                self.kind = "pre"
        if tag == "img":
            alt = " ".join((el.get("alt") or "").split())
            if alt and self.number_links:
                self.current.append(f"[{alt}]")
        if tag == "a" and self.number_links and el.get("href"):
            self.links.append(el.get("href"))
            self.current.append(f"[{len(self.links)}]")
        if el.text:
            self.current.append(el.text)
        depth = list_depth + (tag in ("ul", "ol"))
        for child in el:
            self.walk(child, depth)
        if is_block:
            self.flush()
        elif tag in _CELL:
            self.current.append("  ")
        if el.tail:
            self.current.append(el.tail)


def _render_blocks(root: Any) -> str:
    walker = _Walker(number_links=False)
    body = root.find(".//body")
    walker.walk(body if body is not None else root)
    walker.flush()
    lines = [_page_title(root)] + [text for _, text in walker.blocks]
    return "\n\n".join(line for line in lines if line) + "\n"


def _render_dump(root: Any) -> str:
    walker = _Walker(number_links=True)
    body = root.find(".//body")
    walker.walk(body if body is not None else root)
    walker.flush()
    out: list[str] = []
    previous_kind = ""
    for kind, text in walker.blocks:
        if kind == "h":
            block = textwrap.fill(text, WRAP_COLUMNS + 3)
        elif kind == "li":
            block = textwrap.fill(
                text, WRAP_COLUMNS, initial_indent="     * ", subsequent_indent="       "
            )
        else:
            block = textwrap.fill(text, WRAP_COLUMNS, initial_indent="   ", subsequent_indent="   ")
        if kind == "li" and previous_kind == "li":
            out[-1] += "\n" + block  # a text browser lists items without blank lines
        else:
            out.append(block)
        previous_kind = kind
    if walker.links:
        out.append("References")
        out.append("\n".join(f"{n:4d}. {href}" for n, href in enumerate(walker.links, start=1)))
    return "\n\n".join(out) + "\n"
