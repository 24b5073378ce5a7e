"""Build a labelled corpus of plain-text pages from their marked text: the machinery the
held-out sets' build scripts share (tests/corpus_holdout2, 4 and 5; each script holds only
its pages).

A script's DATA holds pages as `@@ key`, `name: value` header lines, `--`, then the page
written out line by line as the scraper would have saved it, with two markers:

    = Headline            the title line (the label's title)
    ¶ Paragraph text      a body paragraph (the label's body; hard-wrapped when `wrap:` is set,
                          each wrapped line indented by `indent:` spaces, as lynx does)

Every other non-blank line is page furniture and goes into the label's chrome (minus lines
whose text also occurs in the body or title). So document and label come from the same text
and cannot disagree. The output is deterministic (`enc: utf-16` is written little-endian
with a BOM on every machine).
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import re
import shutil
import textwrap
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FIELDS = {
    "layout",
    "lang",
    "source",
    "author",
    "published",
    "link",
    "enc",
    "nl",
    "wrap",
    "indent",
}


@dataclass
class Page:
    key: str
    head: dict[str, str | None]
    lines: list[str]


def parse_pages(data: str) -> list[Page]:
    """`@@ key`, `name: value` header lines, `--`, then the page lines."""
    pages = []
    for chunk in re.split(r"^@@ ", data, flags=re.M)[1:]:
        head_text, sep, text = chunk.partition("\n--\n")
        assert sep, f"no '--' in {chunk[:40]!r}"
        key, *head_lines = head_text.strip("\n").split("\n")
        head: dict[str, str | None] = {}
        for line in head_lines:
            name, sep, value = line.partition(": ")
            assert sep and name in FIELDS, f"{key}: bad header line {line!r}"
            head[name] = None if value == "null" else value
        pages.append(Page(key=key.strip(), head=head, lines=text.strip("\n").split("\n")))
    return pages


def chrome_key(line: str) -> str:
    """Same rule as feedd.eval: collapse spaces, trim non-alphanumeric ends."""
    return re.sub(r"^[\W_]+|[\W_]+$", "", " ".join(line.split()))


def occurs(key: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", " ".join(text.split())) is not None


def render(page: Page) -> tuple[str, str, list[str], list[str]]:
    """The page text, its title, body paragraphs and chrome lines."""
    width = int(page.head["wrap"] or 0) if page.head.get("wrap") else 0
    pad = " " * int(page.head.get("indent") or 0)
    out: list[str] = []
    title = ""
    body: list[str] = []
    chrome: list[str] = []
    for line in page.lines:
        if line.startswith("= "):
            assert not title, f"{page.key}: two titles"
            title = line[2:].strip()
            out.append(title)
        elif line.startswith("¶ "):
            para = " ".join(line[2:].split())
            body.append(para)
            if width:
                out.extend(
                    pad + part
                    for part in textwrap.wrap(
                        para,
                        width=width - len(pad),
                        break_long_words=False,
                        break_on_hyphens=False,
                    )
                )
            else:
                out.append(para)
        else:
            out.append(line)
            if line.strip():
                chrome.append(" ".join(line.split()))
    assert title and body, f"{page.key}: needs a title and a body"
    flat_body = " ".join(body)
    kept: list[str] = []
    for line in chrome:
        key = chrome_key(line)
        if key and line not in kept and not occurs(key, flat_body) and not occurs(key, title):
            kept.append(line)
    return "\n".join(out).strip("\n") + "\n", title, body, kept


def encode(text: str, enc: str, nl: str) -> bytes:
    if nl == "crlf":
        text = text.replace("\n", "\r\n")
    if enc == "utf-16":  # BOM + little-endian, whatever the machine's byte order
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(enc)


def build(out: Path, data: str) -> list[str]:
    """Write `docs/` and `labels.json` under `out` from the marked pages in `data`."""
    pages = parse_pages(data)
    assert len({p.key for p in pages}) == len(pages), "duplicate keys"
    docs_dir = out / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    seen: set[str] = set()
    labels: dict[str, dict[str, object]] = {}
    for n, page in enumerate(pages, 1):
        text, title, body, chrome = render(page)
        for para in body:
            assert para not in seen, f"{page.key}: paragraph repeated: {para[:60]!r}"
            seen.add(para)
        if page.head.get("published"):
            datetime.fromisoformat(str(page.head["published"]))
        name = f"{n:03d}_{hashlib.sha1(page.key.encode()).hexdigest()[:16]}.txt"
        (docs_dir / name).write_bytes(
            encode(text, page.head.get("enc") or "utf-8", page.head.get("nl") or "lf")
        )
        labels[name] = {
            "layout": page.head["layout"],
            "title": title,
            "source": page.head.get("source"),
            "author": page.head.get("author"),
            "published": page.head.get("published"),
            "link": page.head.get("link"),
            "language": page.head["lang"],
            "body": body,
            "chrome": chrome,
        }
    (out / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return list(labels)


def main(description: str, data: str, here: Path) -> None:
    """A build script's command line: `--out DIR` (default: the script's folder)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=here, help="output folder (default: this one)")
    args = parser.parse_args()
    print(f"wrote {len(build(args.out, data))} documents and labels.json")
