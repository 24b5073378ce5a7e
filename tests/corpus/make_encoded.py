"""Turn a corpus document held as a UTF-8 Python string into the bytes committed in docs/.

Real scraped folders hold more than clean UTF-8: Windows line endings, byte order marks,
legacy Cyrillic code pages and UTF-16. `build_corpus.py` calls `encode_text` for every
document; run this file on its own to rewrite only the documents that are not plain
UTF-8 (cp1251, UTF-16, UTF-8 with BOM, CRLF):

    python tests/corpus/make_encoded.py [--out DIR]
"""

from __future__ import annotations

import argparse
import codecs
from pathlib import Path

# encoding name -> (codec, byte order mark written before the text)
ENCODINGS: dict[str, tuple[str, bytes]] = {
    "utf-8": ("utf-8", b""),
    "utf-8-sig": ("utf-8", codecs.BOM_UTF8),
    "cp1251": ("cp1251", b""),
    "utf-16-le-bom": ("utf-16-le", codecs.BOM_UTF16_LE),
    "utf-16-be-bom": ("utf-16-be", codecs.BOM_UTF16_BE),
}

NEWLINES = {"lf": "\n", "crlf": "\r\n"}


def encode_text(text: str, encoding: str = "utf-8", newline: str = "lf") -> bytes:
    """Encode `text` (with \\n line ends) strictly: a character the code page lacks is an error."""
    codec, bom = ENCODINGS[encoding]
    return bom + text.replace("\n", NEWLINES[newline]).encode(codec, errors="strict")


def is_plain_utf8(encoding: str, newline: str) -> bool:
    """True for documents written as UTF-8 without BOM and with \\n line ends."""
    return encoding == "utf-8" and newline == "lf"


def main() -> None:
    import build_corpus  # the article data lives there; imported late to avoid a cycle

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()
    written = build_corpus.build(args.out, only_encoded=True)
    print(f"wrote {len(written)} non-UTF-8 / CRLF / BOM documents to {args.out / 'docs'}")


if __name__ == "__main__":
    main()
