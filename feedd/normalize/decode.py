"""Bytes to clean text: BOMs, UTF-8, charset detection, NFC, XML-safe characters.

Pure: no I/O. Everything downstream (feeds are XML) relies on the guarantee that the
returned text holds only characters XML 1.0 allows.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

from feedd.model import Rejected
from feedd.normalize.text import guess_language

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

# The Western European code page: what most single-byte text feedd meets is written in.
_WESTERN = "cp1252"
# How much of a non-UTF-8 file the choice of code page looks at.
_CODE_PAGE_SAMPLE_BYTES = 8192
# Code pages whose text charset-normalizer finds this much messier than its best guess's
# are not candidates.
_MESS_TOLERANCE = 0.05
# The letters (beyond ASCII) of languages written in single-byte code pages. A decoding
# whose letters all belong to one of them reads as that language; a wrong code page mixes
# letters of several ("Café crčme ŕ Zürich") or puts symbols inside words ("Wroc³aw").
_ALPHABETS: dict[str, frozenset[str]] = {
    language: frozenset(letters + letters.upper())
    for language, letters in {
        "fr": "àâæçéèêëîïôœùûüÿ",
        "de": "äöüß",
        "es": "áéíñóúü",
        "pt": "áâãàçéêíóôõú",
        "it": "àèéìíîòóù",
        "ca": "àçéèíïòóú",
        "nl": "áéèëïóöü",
        "da": "æøåé",  # and Norwegian
        "sv": "åäöé",  # and Finnish
        "is": "áðéíóúýþæö",
        "cs": "áčďéěíňóřšťúůýž",
        "sk": "áäčďéíĺľňóôŕšťúýž",
        "pl": "ąćęłńóśźż",
        "hu": "áéíóöőúüű",
        "ro": "ăâîșțşţ",
        "hr": "čćđšž",  # and Bosnian, Serbian, Slovene
        "tr": "çğıöşüâîûİ",
        "lt": "ąčęėįšųūž",
        "lv": "āčēģīķļņšūž",
        "et": "äõöüšž",
    }.items()
}
# Languages written in cp1252 whose common words `guess_language` knows.
_WESTERN_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


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
    return _clean_text(text, is_xml_safe=False)


def _clean_text(text: str, *, is_xml_safe: bool) -> str:
    """`clean_text`, told whether `text` is known to hold only characters XML allows
    (then `xml_safe` would return it as it is, and is not asked)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not is_xml_safe:
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
    garbage, is_xml_safe = _count_garbage(raw)
    if garbage > _MAX_GARBAGE_RATIO * len(raw):
        return Rejected(reason="binary", detail=f"{garbage} control characters in {len(raw)}")
    text = _clean_text(raw, is_xml_safe=is_xml_safe)
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


def _count_garbage(raw: str) -> tuple[int, bool]:
    """How many control and replacement characters `raw` holds (what `_GARBAGE` finds),
    and whether it holds only characters XML allows (what `xml_safe` would keep whole):
    the control characters are counted in its UTF-8, as `xml_safe` looks for them."""
    try:
        encoded = raw.encode()
    except UnicodeEncodeError:  # a lone surrogate
        return len(_GARBAGE.findall(raw)), False
    controls = len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))
    is_xml_safe = not controls and "\ufffe" not in raw and "\uffff" not in raw
    return controls + raw.count("\ufffd"), is_xml_safe


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
    code_page = _code_page(data)
    if code_page is None:
        return lenient  # the garbage check decides whether this is text at all
    try:
        return data.decode(code_page, errors="replace")
    except LookupError:
        return lenient


def _code_page(data: bytes) -> str | None:
    """The encoding of bytes that are not UTF-8: charset-normalizer's guess, unless it
    is a single-byte code page and another that decodes the bytes as cleanly reads better.

    Short text decodes cleanly in many code pages, and charset-normalizer then ties them
    and may pick the wrong one: a Central European page for French ("Café crčme ŕ
    Zürich"), a DOS page for Slovene. Among the code pages it finds about as clean, the one
    whose text has the most letters of one language's alphabet wins; at a tie, cp1252 when
    the text's common words are of a language cp1252 is made for and its letters are that
    language's, else the first in charset-normalizer's order. Polish, Czech or Russian
    text decoded as cp1252 mixes letters of several languages or puts symbols inside
    words ("Wroc³aw"), and keeps its own code page.
    """
    # Imported here: most files are UTF-8 and never get this far, and charset-normalizer
    # costs each worker about 4 MiB.
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    matches = from_bytes(data[:65536])
    best = matches.best()
    if best is None or best.encoding is None:
        return None
    sample = data[:_CODE_PAGE_SAMPLE_BYTES]
    try:
        if len(sample.decode(best.encoding)) != len(sample):
            return best.encoding  # multi-byte (Shift JIS, GB18030 …): not a look-alike
    except (LookupError, UnicodeDecodeError):
        return best.encoding
    clean = [m.encoding for m in matches if m.chaos <= best.chaos + _MESS_TOLERANCE]
    scored: list[tuple[tuple[float, bool, int], str]] = []
    for rank, encoding in enumerate([*clean, _WESTERN]):
        try:
            text = sample.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        if len(text) != len(sample):
            continue
        if rank == len(clean):  # cp1252, which charset-normalizer may not have listed
            if _WESTERN in map(_codec_name, clean):
                continue
            if mess_ratio(text, 1.0) > best.chaos + _MESS_TOLERANCE:
                continue
        letters = _letters(text)
        is_western = (
            _codec_name(encoding) == _WESTERN
            and (language := guess_language(text)) in _WESTERN_LANGUAGES
            and letters.keys() <= _ALPHABETS[language]
        )
        scored.append(((_alphabet_fit(letters), is_western, -rank), encoding))
    return max(scored)[1] if scored else best.encoding


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def _letters(text: str) -> Counter[str]:
    """The letters beyond ASCII in `text`, counted; a symbol inside a word ("Wroc³aw")
    counts as the letter "", which no alphabet holds."""
    letters: Counter[str] = Counter()
    for match in _NON_ASCII.finditer(text):
        ch, i = match.group(), match.start()
        if ch.isalpha():
            letters[ch] += 1
        elif 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            letters[""] += 1
    return letters


def _alphabet_fit(letters: Counter[str]) -> float:
    """The share of `letters` that one language's alphabet holds; letters of another
    script than Latin (Cyrillic, Greek, Hebrew …) count for the script they belong to."""
    total = letters.total()
    if not total:
        return 1.0
    scripts: Counter[str] = Counter()
    for ch, count in letters.items():
        script = unicodedata.name(ch, "LATIN").split(" ", 1)[0] if ch else "LATIN"
        if script != "LATIN":
            scripts[script] += count
    in_alphabet = max(sum(letters[ch] for ch in alphabet) for alphabet in _ALPHABETS.values())
    return max([in_alphabet, *scripts.values()]) / total


def _is_damaged_utf8(data: bytes, lenient: str) -> bool:
    """UTF-8 with a few broken sequences, rather than text in a single-byte encoding."""
    damaged = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    return multibyte > 0 and damaged <= max(2, multibyte // 10)
