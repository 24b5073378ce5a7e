"""Topic queries: parse the documented boolean language, compile it to an FTS5 MATCH.

Pure: no SQLite here. The store runs the compiled expression against its FTS5 index,
whose tokenizer (porter + unicode61, diacritics removed) makes matching case-, accent-
and inflection-insensitive. Parsing here first gives users errors with a column.

Grammar (operators are upper case, as in FTS5; juxtaposition means AND):

    query   := or
    or      := and ("OR" and)*
    and     := not (["AND"] not)*
    not     := unit ("NOT" unit)*
    unit    := [field ":"] atom
    atom    := "(" or ")" | '"' phrase '"' ["*"] | word["*"] | "NEAR(" item+ ["," N] ")"
    field   := title | body | source
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from feedd.errors import QueryError

FIELDS = ("title", "body", "source")
DEFAULT_NEAR_DISTANCE = 10

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<near>NEAR\()
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<comma>,)
  | (?P<phrase>"[^"]*"\*?)
  | (?P<open_quote>")
  | (?P<field>[A-Za-z]+:)
  | (?P<word>[^\s()",:]+)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    column: int  # 1-based


def slugify(name: str) -> str:
    """URL-safe slug: "Russia–Syria bases" -> "russia-syria-bases"; keeps non-Latin letters."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = re.sub(r"[^\w]+", "-", stripped.lower()).strip("-_")
    return re.sub(r"_+", "-", unicodedata.normalize("NFC", slug))


def compile_query(query: str) -> str:
    """Validate `query` and return the equivalent FTS5 MATCH expression."""
    parser = _Parser(_tokenize(query), query)
    expression = parser.parse()
    return expression


def _tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(query):
        match = _TOKEN.match(query, position)
        if match is None:  # pragma: no cover - the word class matches any other char
            raise QueryError(f"unexpected {query[position]!r}", position + 1)
        kind = match.lastgroup or ""
        if kind == "open_quote":
            raise QueryError('unclosed "', position + 1)
        if kind == "field" and match.group().rstrip(":").lower() not in FIELDS:
            raise QueryError(
                f"unknown field {match.group()!r} (fields: {', '.join(FIELDS)})", position + 1
            )
        if kind != "space":
            tokens.append(_Token(kind, match.group(), position + 1))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[_Token], query: str) -> None:
        self._tokens = tokens
        self._index = 0
        self._end_column = len(query) + 1

    def parse(self) -> str:
        if not self._tokens:
            raise QueryError("empty query", 1)
        expression = self._or()
        token = self._peek()
        if token is not None:
            if token.kind == "rparen":
                raise QueryError('unbalanced ")"', token.column)
            raise QueryError(f"unexpected {token.text!r}", token.column)
        return expression

    def _peek(self) -> _Token | None:
        return self._tokens[self._index] if self._index < len(self._tokens) else None

    def _next(self) -> _Token:
        token = self._peek()
        if token is None:
            raise QueryError("query ends too early", self._end_column)
        self._index += 1
        return token

    def _is_operator(self, token: _Token | None, *names: str) -> bool:
        return token is not None and token.kind == "word" and token.text in names

    def _or(self) -> str:
        parts = [self._and()]
        while self._is_operator(self._peek(), "OR"):
            self._next()
            parts.append(self._and())
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def _and(self) -> str:
        parts = [self._not()]
        while True:
            token = self._peek()
            if token is None or token.kind in ("rparen", "comma") or self._is_operator(token, "OR"):
                break
            if self._is_operator(token, "AND"):
                self._next()
            parts.append(self._not())
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    def _not(self) -> str:
        left = self._unit()
        while self._is_operator(self._peek(), "NOT"):
            self._next()
            left = f"({left} NOT {self._unit()})"
        return left

    def _unit(self) -> str:
        token = self._peek()
        if token is not None and token.kind == "field":
            self._next()
            return f"{token.text[:-1].lower()} : {self._atom()}"
        return self._atom()

    def _atom(self) -> str:
        token = self._next()
        if token.kind == "lparen":
            inner = self._or()
            closing = self._peek()
            if closing is None or closing.kind != "rparen":
                raise QueryError('unbalanced "("', token.column)
            self._next()
            return f"({inner})"
        if token.kind == "near":
            return self._near(token)
        if token.kind == "phrase":
            return _phrase(token)
        if token.kind == "word":
            if token.text in ("AND", "OR", "NOT"):
                raise QueryError(f"{token.text} needs a term on each side", token.column)
            return _word(token)
        if token.kind == "rparen":
            raise QueryError('unbalanced ")"', token.column)
        raise QueryError(f"unexpected {token.text!r}", token.column)

    def _near(self, opening: _Token) -> str:
        items: list[str] = []
        distance = DEFAULT_NEAR_DISTANCE
        while True:
            token = self._peek()
            if token is None:
                raise QueryError('unbalanced "("', opening.column)
            if token.kind == "rparen":
                self._next()
                break
            if token.kind == "comma":
                self._next()
                number = self._next()
                if not number.text.isdigit():
                    raise QueryError("NEAR distance must be a whole number", number.column)
                distance = int(number.text)
                closing = self._next()
                if closing.kind != "rparen":
                    raise QueryError('expected ")" after the NEAR distance', closing.column)
                break
            self._next()
            if token.kind == "phrase":
                items.append(_phrase(token))
            elif token.kind == "word" and token.text not in ("AND", "OR", "NOT"):
                items.append(_word(token))
            else:
                raise QueryError("NEAR takes words and phrases only", token.column)
        if len(items) < 2:
            raise QueryError("NEAR needs at least two terms", opening.column)
        return f"NEAR({' '.join(items)}, {distance})"


def _word(token: _Token) -> str:
    is_prefix = token.text.endswith("*")
    text = token.text.rstrip("*")
    if not text or "*" in text:
        raise QueryError("* belongs at the end of a word", token.column)
    if not any(ch.isalnum() for ch in text):
        raise QueryError(f"{text!r} has no letters or digits to match", token.column)
    return _quoted(text) + ("*" if is_prefix else "")


def _phrase(token: _Token) -> str:
    is_prefix = token.text.endswith("*")
    text = token.text.rstrip("*")[1:-1]
    if not any(ch.isalnum() for ch in text):
        raise QueryError("empty phrase", token.column)
    return _quoted(text) + ("*" if is_prefix else "")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
