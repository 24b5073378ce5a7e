"""Topic queries: parse the documented boolean language into a tree, compile it to FTS5.

Pure: no SQLite here. The store runs the compiled expression against its FTS5 index,
whose tokenizer (porter + unicode61, diacritics removed) makes matching case-, accent-
and inflection-insensitive: FTS5 is the one matcher. The tree (`parse_query`) is what
`feedd.explain` walks to say why a document matches; parsing here first also gives
users errors with a line and column.

Grammar (operators are upper case, as in FTS5; juxtaposition means AND):

    query   := or
    or      := and ("OR" and)*
    and     := not (["AND"] not)*
    not     := unit ("NOT" unit)*
    unit    := [field ":"] atom
    atom    := "(" or ")" | '"' phrase '"' ["*"] | word["*"] | "NEAR(" item+ ["," N] ")"
    field   := title | body | source

Aliases: a topic may name groups of spellings of one name (`Tartus`, `Tartous`, `Тартус*`,
`طرطوس`); a word or phrase of the query that is one of a group's spellings (ignoring case)
matches any of them (a spelling ending in `*` is a prefix). Inside NEAR, each combination
of spellings is its own NEAR clause.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from feedd.errors import QueryError

FIELDS = ("title", "body", "source")
DEFAULT_NEAR_DISTANCE = 10
# Aliases multiply NEAR clauses (one per combination of spellings): keep that bounded.
MAX_NEAR_VARIANTS = 256

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


# -- the query tree ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    """A word or a phrase. `spellings` is the text as written, then its aliases."""

    text: str
    is_phrase: bool
    is_prefix: bool
    spellings: tuple[str, ...]

    def __str__(self) -> str:
        shown = f'"{self.text}"' if self.is_phrase else self.text
        return shown + ("*" if self.is_prefix else "")


@dataclass(frozen=True, slots=True)
class Near:
    terms: tuple[Term, ...]
    distance: int

    def __str__(self) -> str:
        return f"NEAR({' '.join(str(t) for t in self.terms)}, {self.distance})"


@dataclass(frozen=True, slots=True)
class And:
    parts: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    parts: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class InField:
    field: str  # one of FIELDS
    child: Node


@dataclass(frozen=True, slots=True)
class Group:
    """Parentheses as written: kept so a query compiles to the same FTS5 text as before
    trees existed (the store re-matches a topic whose compiled text changes)."""

    child: Node


Node = Term | Near | And | Or | Not | InField | Group
Aliases = Sequence[Sequence[str]]  # groups of spellings of one name


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    offset: int  # 0-based, in the whole query


def slugify(name: str) -> str:
    """URL-safe slug: "Russia–Syria bases" -> "russia-syria-bases"; keeps non-Latin letters."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = re.sub(r"[^\w]+", "-", stripped.lower()).strip("-_")
    return re.sub(r"_+", "-", unicodedata.normalize("NFC", slug))


def compile_query(query: str, aliases: Aliases = ()) -> str:
    """Validate `query` and return the equivalent FTS5 MATCH expression."""
    return fts_expression(parse_query(query, aliases))


def parse_query(query: str, aliases: Aliases = ()) -> Node:
    """The query's tree, with each term's alias spellings. QueryError names the line and
    column (the column alone for a one-line query)."""
    try:
        return _Parser(_tokenize(query), query, _alias_index(aliases)).parse()
    except _Fault as fault:
        line, column = _locate(query, fault.offset)
        is_multiline = "\n" in query.strip()
        raise QueryError(fault.message, column, line if is_multiline else None) from None


def alias_key(spelling: str) -> str:
    """How a query term and an alias spelling are compared: case, spacing and a final "*"
    ignored."""
    return " ".join(spelling.rstrip("*").casefold().split())


def alias_problem(spelling: str) -> str | None:
    """Why a configured alias spelling cannot be used, or None."""
    text = spelling.rstrip("*")
    if "*" in text:
        return "* belongs at the end of a spelling"
    if '"' in text:
        return 'a spelling cannot hold a double quote (")'
    if not any(ch.isalnum() for ch in text):
        return "has no letters or digits to match"
    return None


def terms_of(node: Node) -> Iterator[Term]:
    """Every term of the tree, in query order."""
    if isinstance(node, Term):
        yield node
    elif isinstance(node, Near):
        yield from node.terms
    elif isinstance(node, And | Or):
        for part in node.parts:
            yield from terms_of(part)
    elif isinstance(node, Not):
        yield from terms_of(node.left)
        yield from terms_of(node.right)
    else:
        yield from terms_of(node.child)


def fts_expression(node: Node) -> str:
    """The FTS5 MATCH text of a tree (or of one part of it)."""
    if isinstance(node, Term):
        variants = [_term_text(node, spelling) for spelling in node.spellings]
        return variants[0] if len(variants) == 1 else "(" + " OR ".join(variants) + ")"
    if isinstance(node, Near):
        clauses = near_clauses(node)
        return clauses[0] if len(clauses) == 1 else "(" + " OR ".join(clauses) + ")"
    if isinstance(node, And | Or):
        joined = f" {type(node).__name__.upper()} ".join(fts_expression(p) for p in node.parts)
        return "(" + joined + ")"
    if isinstance(node, Not):
        return f"({fts_expression(node.left)} NOT {fts_expression(node.right)})"
    if isinstance(node, InField):
        return f"{node.field} : {fts_expression(node.child)}"
    return f"({fts_expression(node.child)})"


def near_clauses(near: Near) -> list[str]:
    """One FTS5 NEAR clause per combination of the terms' spellings."""
    return [
        "NEAR("
        + " ".join(
            _term_text(term, spelling) for term, spelling in zip(near.terms, combo, strict=True)
        )
        + f", {near.distance})"
        for combo in itertools.product(*(term.spellings for term in near.terms))
    ]


def term_expression(term: Term, spelling: str) -> str:
    """The FTS5 text of one spelling of a term."""
    return _term_text(term, spelling)


def _term_text(term: Term, spelling: str) -> str:
    # An alias spelling may end in "*" on its own (Russian "Тартус*" for Тартусе, Тартуса).
    is_prefix = term.is_prefix or spelling.endswith("*")
    return _quoted(spelling.rstrip("*")) + ("*" if is_prefix else "")


# -- parsing -------------------------------------------------------------------------------


class _Fault(Exception):
    """A parse error at an offset; parse_query turns it into a QueryError with a line."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


def _locate(query: str, offset: int) -> tuple[int, int]:
    line = query.count("\n", 0, offset) + 1
    return line, offset - (query.rfind("\n", 0, offset) + 1) + 1


def _alias_index(aliases: Aliases) -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for group in aliases:
        for spelling in group:
            index[alias_key(spelling)] = tuple(group)
    return index


def _tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(query):
        match = _TOKEN.match(query, position)
        if match is None:  # pragma: no cover - the word class matches any other char
            raise _Fault(f"unexpected {query[position]!r}", position)
        kind = match.lastgroup or ""
        if kind == "open_quote":
            raise _Fault('unclosed "', position)
        if kind == "field" and match.group().rstrip(":").lower() not in FIELDS:
            raise _Fault(f"unknown field {match.group()!r} (fields: {', '.join(FIELDS)})", position)
        if kind != "space":
            tokens.append(_Token(kind, match.group(), position))
        position = match.end()
    return tokens


class _Parser:
    def __init__(
        self, tokens: list[_Token], query: str, aliases: dict[str, tuple[str, ...]]
    ) -> None:
        self._tokens = tokens
        self._index = 0
        # "Ends too early" points just past the last character, not at trailing newlines.
        self._end_offset = len(query.rstrip())
        self._aliases = aliases

    def parse(self) -> Node:
        if not self._tokens:
            raise _Fault("empty query", 0)
        tree = self._or()
        token = self._peek()
        if token is not None:
            if token.kind == "rparen":
                raise _Fault('unbalanced ")"', token.offset)
            raise _Fault(f"unexpected {token.text!r}", token.offset)
        return tree

    def _peek(self) -> _Token | None:
        return self._tokens[self._index] if self._index < len(self._tokens) else None

    def _next(self) -> _Token:
        token = self._peek()
        if token is None:
            raise _Fault("query ends too early", self._end_offset)
        self._index += 1
        return token

    def _is_operator(self, token: _Token | None, *names: str) -> bool:
        return token is not None and token.kind == "word" and token.text in names

    def _or(self) -> Node:
        parts = [self._and()]
        while self._is_operator(self._peek(), "OR"):
            self._next()
            parts.append(self._and())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def _and(self) -> Node:
        parts = [self._not()]
        while True:
            token = self._peek()
            if token is None or token.kind in ("rparen", "comma") or self._is_operator(token, "OR"):
                break
            if self._is_operator(token, "AND"):
                self._next()
            parts.append(self._not())
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def _not(self) -> Node:
        left = self._unit()
        while self._is_operator(self._peek(), "NOT"):
            self._next()
            left = Not(left, self._unit())
        return left

    def _unit(self) -> Node:
        token = self._peek()
        if token is not None and token.kind == "field":
            self._next()
            return InField(token.text[:-1].lower(), self._atom())
        return self._atom()

    def _atom(self) -> Node:
        token = self._next()
        if token.kind == "lparen":
            inner = self._or()
            closing = self._peek()
            if closing is None or closing.kind != "rparen":
                raise _Fault('unbalanced "("', token.offset)
            self._next()
            return Group(inner)
        if token.kind == "near":
            return self._near(token)
        if token.kind == "phrase":
            return self._phrase(token)
        if token.kind == "word":
            if token.text in ("AND", "OR", "NOT"):
                raise _Fault(f"{token.text} needs a term on each side", token.offset)
            return self._word(token)
        if token.kind == "rparen":
            raise _Fault('unbalanced ")"', token.offset)
        raise _Fault(f"unexpected {token.text!r}", token.offset)

    def _near(self, opening: _Token) -> Near:
        terms: list[Term] = []
        distance = DEFAULT_NEAR_DISTANCE
        while True:
            token = self._peek()
            if token is None:
                raise _Fault('unbalanced "("', opening.offset)
            if token.kind == "rparen":
                self._next()
                break
            if token.kind == "comma":
                self._next()
                number = self._next()
                if not number.text.isdigit():
                    raise _Fault("NEAR distance must be a whole number", number.offset)
                distance = int(number.text)
                closing = self._next()
                if closing.kind != "rparen":
                    raise _Fault('expected ")" after the NEAR distance', closing.offset)
                break
            self._next()
            if token.kind == "phrase":
                terms.append(self._phrase(token))
            elif token.kind == "word" and token.text not in ("AND", "OR", "NOT"):
                terms.append(self._word(token))
            else:
                raise _Fault("NEAR takes words and phrases only", token.offset)
        if len(terms) < 2:
            raise _Fault("NEAR needs at least two terms", opening.offset)
        near = Near(tuple(terms), distance)
        variants = 1
        for term in terms:
            variants *= len(term.spellings)
        if variants > MAX_NEAR_VARIANTS:
            raise _Fault(
                f"the aliases of this NEAR make {variants} combinations"
                f" (at most {MAX_NEAR_VARIANTS})",
                opening.offset,
            )
        return near

    def _word(self, token: _Token) -> Term:
        is_prefix = token.text.endswith("*")
        text = token.text.rstrip("*")
        if not text or "*" in text:
            raise _Fault("* belongs at the end of a word", token.offset)
        if not any(ch.isalnum() for ch in text):
            raise _Fault(f"{text!r} has no letters or digits to match", token.offset)
        return self._term(text, is_phrase=False, is_prefix=is_prefix)

    def _phrase(self, token: _Token) -> Term:
        is_prefix = token.text.endswith("*")
        text = token.text.rstrip("*")[1:-1]
        if not any(ch.isalnum() for ch in text):
            raise _Fault("empty phrase", token.offset)
        return self._term(text, is_phrase=True, is_prefix=is_prefix)

    def _term(self, text: str, *, is_phrase: bool, is_prefix: bool) -> Term:
        group = self._aliases.get(alias_key(text), ())
        others = tuple(s for s in group if alias_key(s) != alias_key(text))
        return Term(text, is_phrase, is_prefix, (text, *others))


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
