"""Bytes to clean text: BOMs, UTF-8, charset detection, NFC, XML-safe characters.

Pure: no I/O. Everything downstream (feeds are XML) relies on the guarantee that the
returned text holds only characters XML 1.0 allows.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from feedd.model import Rejected

# XML 1.0 Char production, minus U+FFFE/U+FFFF and surrogates (which it excludes too).
_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Zero-width and bidi controls are legal XML but invisible noise in titles and lines.
_GARBAGE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# The C0 controls but tab, line feed and carriage return. In UTF-8 each is one byte that
# no other character uses, so deleting bytes finds and drops them faster than a regex.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of control / replacement characters above which a file is binary, not text.
_MAX_GARBAGE_RATIO = 0.05

# Terminal output saved as text: ANSI (ECMA-48) escape sequences for colours, cursor moves
# and window titles, in their 7-bit (ESC [) and 8-bit (U+009B) forms. A control string's
# payload must be printable and terminated, so random bytes never hide NULs inside one.
_TERMINAL_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: "ESC[31m", "ESC[0m", "CSI 1;2H"
    r"|(?:\x1b[]PX^_]|[\x90\x98\x9d-\x9f])[^\x00-\x1f\x7f-\x9f]{0,512}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"  # two- and three-character escapes: "ESC 7", "ESC ( B"
)
# What terminals and typewriters do rather than show: bell, backspace, vertical tab, form
# feed, a stray ESC, DEL and the C1 controls (U+0080-U+009F; NEL and CSI among them).
# Removed before the binary test: they make a text a terminal's, not a binary file.
_TERMINAL_CONTROLS = re.compile(r"[\x07\x08\x0b\x0c\x1b\x7f-\x9f]")
# A backspace overstrikes the character before it: "H BS H" (bold), "_ BS x" (underlined).
_OVERSTRIKE = re.compile(r"[^\x00-\x1f]\x08")
_ASCII_TERMINAL_CONTROLS = "\x1b\x07\x08\x0b\x0c\x7f"


def xml_safe(text: str) -> str:
    """Drop characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF)."""
    if "\ufffe" not in text and "\uffff" not in text:
        try:
            encoded = text.encode()
        except UnicodeEncodeError:  # a lone surrogate: the regex drops it
            pass
        else:
            # No U+FFFE/U+FFFF, no surrogate: only C0 controls can be forbidden.
            kept = encoded.translate(None, _CONTROL_BYTES)
            return text if len(kept) == len(encoded) else kept.decode()
    return _XML_FORBIDDEN.sub("", text)


def clean_text(text: str) -> str:
    """NFC-normalize, unify line endings, drop forbidden and zero-width characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = xml_safe(text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if any(map(text.__contains__, _INVISIBLE_CHARS)):  # `in` is cheap, the regex is not
        text = _INVISIBLE.sub("", text)
    return text


def decode_bytes(data: bytes) -> str | Rejected:
    """Decode a document's bytes, or reject it as binary or empty."""
    if not data.strip():
        return Rejected(reason="empty", detail="the file holds no text")
    raw = _decode_raw(data)
    if raw is None:
        return Rejected(reason="binary", detail="no text encoding fits the bytes")
    raw = without_terminal_controls(raw)
    garbage = _count_garbage(raw)
    if garbage > _MAX_GARBAGE_RATIO * len(raw):
        return Rejected(reason="binary", detail=f"{garbage} control characters in {len(raw)}")
    text = clean_text(raw)
    if not text.strip():
        return Rejected(reason="empty", detail="the file holds no visible text")
    return text


def without_terminal_controls(raw: str) -> str:
    """`raw` without ANSI escape sequences, backspace overstrikes and the controls a
    terminal acts on (bell, vertical tab, form feed, DEL, C1): a captured terminal session
    or a coloured log is text. NUL and the other C0 controls stay for the binary test."""
    if raw.isascii():
        if not any(map(raw.__contains__, _ASCII_TERMINAL_CONTROLS)):  # most files
            return raw
    elif _TERMINAL_CONTROLS.search(raw) is None:
        return raw
    raw = _TERMINAL_ESCAPE.sub("", raw)
    if "\x08" in raw:
        raw = _OVERSTRIKE.sub("", raw)
    return _TERMINAL_CONTROLS.sub("", raw)


def _count_garbage(raw: str) -> int:
    """How many control and replacement characters `raw` holds (what `_GARBAGE` finds)."""
    try:
        encoded = raw.encode()
    except UnicodeEncodeError:
        return len(_GARBAGE.findall(raw))
    controls = len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))
    return controls + raw.count("\ufffd")


def _decode_raw(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    if _is_damaged_utf8(data, lenient):
        return lenient
    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding is None:
        return lenient  # the garbage check decides whether this is text at all
    try:
        return data.decode(best.encoding, errors="replace")
    except LookupError:
        return lenient


def _is_damaged_utf8(data: bytes, lenient: str) -> bool:
    """UTF-8 with a few broken sequences, rather than text in a single-byte encoding."""
    damaged = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    return multibyte > 0 and damaged <= max(2, multibyte // 10)
