"""Fast yes/no tests for the normalizer's big case-insensitive pattern lists. Pure.

The chrome, caption and end-of-article lists mix `^`-anchored alternatives with floating
`\\b...` ones. One combined regex makes `.search` try every alternative at every position
of a line, although the anchored ones can only ever match at position 0. `any_of` splits
them: the anchored alternatives are tried once with `.match`, only the floating ones are
searched, `\\b`-led ones behind one shared `\\b`, and alternatives that start with known
characters behind one lookahead for them. The answer is the same as the combined regex's;
only the work differs. `ends_sentence` likewise answers a `...$` regex by looking at the
end of the line only.

Imports only the standard library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Right after an unescaped `(`: constructs whose meaning depends on the whole pattern
# (group references, verbose mode, comments that may hold `|` or `)`). Not supported.
_UNSUPPORTED_GROUP = re.compile(r"\?(?:P=|\(|#|[aiLmsu-]*x)")

_GROUP_NUMBERS = frozenset("123456789")
_SYNTAX = frozenset("\\[](){}.^$*+?|")
_QUANTIFIERS = frozenset("*+?{")
_CLOSERS = "\"'”»’)]"
_STOPS = tuple(".!?…:;")
_BARE_QUOTES = ('"', "”", "»", "’")


class AnyOf:
    """Patterns of which any one may match anywhere, compiled with re.IGNORECASE.

    `search(text)` is `bool(re.compile("|".join(f"(?:{p})" for p in patterns),
    re.IGNORECASE).search(text))`, computed faster.
    """

    __slots__ = ("_anchored", "_floating", "patterns")

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = patterns
        anchored: list[str] = []  # leading `^` stripped
        bounded: list[str] = []  # leading `\b` stripped
        floating: list[str] = []
        for pattern in patterns:
            for alternative in top_level_alternatives(pattern):
                # Without re.MULTILINE, `^` only matches at position 0.
                if alternative.startswith("^"):
                    anchored.append(alternative[1:])
                elif alternative.startswith("\\b"):
                    bounded.append(alternative[2:])
                else:
                    floating.append(alternative)
        # `\bX|\bY` as `\b(?:X|Y)`: most positions are not word boundaries, and there one
        # test rules out every such alternative instead of one test per alternative.
        if bounded:
            floating.insert(0, rf"\b(?:{'|'.join(_guarded(bounded))})")
        self._anchored = _combine(_guarded(anchored))
        self._floating = _combine(_guarded(floating))

    def search(self, text: str) -> bool:
        """Whether any of the patterns matches somewhere in `text`."""
        if self._anchored is not None and self._anchored.match(text):
            return True
        return self._floating is not None and self._floating.search(text) is not None


def any_of(*patterns: str) -> AnyOf:
    """The patterns as one case-insensitive yes/no test (see AnyOf)."""
    return AnyOf(patterns)


def _guarded(alternatives: list[str]) -> list[str]:
    """The alternatives whose first characters are known, behind one lookahead for those
    characters: where none of them stands, one test rules them all out."""
    known = [(a, _first_characters(a)) for a in alternatives]
    plain = [a for a, firsts in known if firsts is not None]
    if len(plain) < 2:
        return alternatives
    chars = "".join(sorted({re.escape(c) for _, firsts in known for c in firsts or ()}))
    guarded = f"(?=[{chars}])(?:{'|'.join(f'(?:{a})' for a in plain)})"
    return [guarded, *(a for a, firsts in known if firsts is None)]


def _first_characters(alternative: str) -> frozenset[str] | None:
    """Characters of which (a case variant of) one starts every match of `alternative`,
    or None when that is not plain from its first character or group."""
    first = alternative[:1]
    if first == "(":
        end = _group_end(alternative)
        if alternative[end + 1 : end + 2] in _QUANTIFIERS:
            return None
        body = alternative[3:end] if alternative.startswith("(?:") else alternative[1:end]
        if body.startswith("?"):
            return None  # lookaround, named group, inline flags
        found: set[str] = set()
        for inner in top_level_alternatives(body):
            firsts = _first_characters(inner)
            if firsts is None:
                return None
            found |= firsts
        return frozenset(found)
    if first == "" or first in _SYNTAX or alternative[1:2] in _QUANTIFIERS:
        return None
    return frozenset(first)


def _combine(alternatives: list[str]) -> re.Pattern[str] | None:
    if not alternatives:
        return None
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at each `|` outside parentheses and character classes.

    Raises ValueError for patterns whose parts would not mean what they meant inside the
    whole: backreferences, conditionals, comments and verbose mode.
    """
    parts: list[str] = []
    start = 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int:
    """Index of the `)` that closes the group `pattern` opens."""
    for i, char, depth in _structure(pattern):
        if char == ")" and depth == 1:
            return i
    raise ValueError(f"unbalanced parenthesis in {pattern!r}")


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each `(`, `)` and `|` of `pattern` that is not escaped or in a character class,
    with its index and the nesting depth around it (the depth inside for `(` and `)`)."""
    depth = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            if pattern[i + 1 : i + 2] in _GROUP_NUMBERS:
                raise ValueError(f"backreference in {pattern!r}")
            i += 1
        elif char == "[":
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1  # a `]` right after `[` or `[^` is a literal
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            if _UNSUPPORTED_GROUP.match(pattern, i + 1):
                raise ValueError(f"unsupported group in {pattern!r}")
            depth += 1
            yield i, char, depth
        elif char == ")":
            yield i, char, depth
            depth -= 1
        elif char == "|":
            yield i, char, depth
        i += 1


def ends_sentence(text: str, *, bare_quote_ends: bool = True) -> bool:
    """Whether `text` ends like a sentence: a stop, perhaps followed by closing marks.

    The same answer as searching `[.!?…:;]["'”»’)\\]]*$|["”»’]$` (without the second
    alternative when `bare_quote_ends` is false), without scanning the whole line: `$`
    matches at the end and before one final newline, and stops are never closers.
    """
    if text.endswith("\n"):
        text = text[:-1]
    if bare_quote_ends and text.endswith(_BARE_QUOTES):
        return True
    return text.rstrip(_CLOSERS).endswith(_STOPS)
