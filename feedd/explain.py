"""Why a document is (not) in a topic: a query tree walked against one document.

Pure: no SQLite, no files. Whether a term, phrase or NEAR clause occurs in a field is
asked of a `TermIndex` — the store's FTS5 tokenizer over that one document (feedd.store.
DocumentIndex), the very matcher topic feeds use, so stemming, accents and prefixes are
never re-implemented here. This module only combines those answers the way the query's
AND, OR, NOT and field filters do, and cuts snippets from the marked text; tests check that
the combination always agrees with FTS5's decision on the whole query.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from feedd.topics import (
    FIELDS,
    And,
    Group,
    InField,
    Near,
    Node,
    Not,
    Or,
    Term,
    near_clauses,
    term_expression,
)

# What a TermIndex puts around each matched token (characters a document cannot hold:
# the normalizer drops control characters).
MARK_START = "\x02"
MARK_END = "\x03"
_MARKED = re.compile(f"{MARK_START}(.*?){MARK_END}", re.DOTALL)


class TermIndex(Protocol):
    """What the explanation asks of one document."""

    def hits(self, expression: str, fields: Sequence[str]) -> Mapping[str, str]:
        """For each of `fields` where the FTS5 `expression` matches, that field's text
        with the matched tokens between MARK_START and MARK_END."""
        ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    field: str  # title | body | source
    spelling: str  # the spelling or NEAR clause that matched (aliases make several)
    count: int  # matched tokens in the field
    snippets: tuple[str, ...]  # matched tokens shown [like this], with some context


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """One node of the query, whether it matched, and why: the hits of a term or NEAR
    clause, the explanations of an operator's operands."""

    label: str  # the term or clause as written, or AND / OR / NOT / title: …
    is_match: bool
    fields: tuple[str, ...]  # where it was looked for (field filters narrow this)
    hits: tuple[Hit, ...] = ()
    children: tuple[Explanation, ...] = ()


def explain(tree: Node, index: TermIndex, fields: Sequence[str] = FIELDS) -> Explanation:
    """Explain `tree` against the one document `index` holds."""
    if isinstance(tree, Group):
        return explain(tree.child, index, fields)
    if isinstance(tree, Term):
        variants = [(_shown(tree, s), term_expression(tree, s)) for s in tree.spellings]
        return _leaf(str(tree), variants, index, fields)
    if isinstance(tree, Near):
        clauses = near_clauses(tree)
        labels = clauses if len(clauses) > 1 else [str(tree)]
        return _leaf(str(tree), list(zip(labels, clauses, strict=True)), index, fields)
    if isinstance(tree, InField):
        # Nested filters narrow each other, as in FTS5 (title:(body:x) matches nothing).
        narrowed = tuple(f for f in fields if f == tree.field)
        inner = explain(tree.child, index, narrowed)
        return Explanation(
            label=f"{tree.field}:", is_match=inner.is_match, fields=narrowed, children=(inner,)
        )
    if isinstance(tree, Not):
        left = explain(tree.left, index, fields)
        right = explain(tree.right, index, fields)
        return Explanation(
            label="NOT",
            is_match=left.is_match and not right.is_match,
            fields=tuple(fields),
            children=(left, right),
        )
    parts = tuple(explain(part, index, fields) for part in tree.parts)
    is_and = isinstance(tree, And)
    assert is_and or isinstance(tree, Or)
    return Explanation(
        label="AND" if is_and else "OR",
        is_match=all(p.is_match for p in parts) if is_and else any(p.is_match for p in parts),
        fields=tuple(fields),
        children=parts,
    )


def _shown(term: Term, spelling: str) -> str:
    text = spelling.rstrip("*")
    shown = f'"{text}"' if term.is_phrase or " " in text else text
    return shown + ("*" if term.is_prefix or spelling.endswith("*") else "")


def _leaf(
    label: str, variants: list[tuple[str, str]], index: TermIndex, fields: Sequence[str]
) -> Explanation:
    hits: list[Hit] = []
    if fields:
        for spelling, expression in variants:
            for field, marked in index.hits(expression, fields).items():
                hits.append(
                    Hit(
                        field=field,
                        spelling=spelling,
                        count=len(_MARKED.findall(marked)),
                        snippets=snippets(marked),
                    )
                )
    return Explanation(label=label, is_match=bool(hits), fields=tuple(fields), hits=tuple(hits))


def snippets(marked: str, *, context_chars: int = 50, limit: int = 3) -> tuple[str, ...]:
    """Up to `limit` extracts of `marked` around its marked tokens, shown [like this], with
    about `context_chars` of text on each side, cut at spaces, "…" where text was cut."""
    text = " ".join(marked.split())
    # [low, high, first mark's start, last mark's end]: a cut never falls inside a mark.
    windows: list[list[int]] = []
    for match in _MARKED.finditer(text):
        start, end = match.start(), match.end()
        low, high = max(0, start - context_chars), min(len(text), end + context_chars)
        if windows and low <= windows[-1][1] and high - windows[-1][0] <= 4 * context_chars:
            windows[-1][1], windows[-1][3] = high, end  # overlapping extracts are one
        elif windows and low <= windows[-1][1]:
            windows[-1][1] = windows[-1][3]  # too long as one: end this one at its last mark
            windows.append([windows[-1][3], high, start, end])
        else:
            windows.append([low, high, start, end])
    result = []
    for low, high, first, last in windows[:limit]:
        if low > 0:
            space = text.find(" ", low, first)
            low = space + 1 if space != -1 else low
        if high < len(text):
            space = text.rfind(" ", last, high)
            high = space if space != -1 else high
        piece = text[low:high].replace(MARK_START, "[").replace(MARK_END, "]")
        result.append(("…" if low > 0 else "") + piece + ("…" if high < len(text) else ""))
    return tuple(result)


def render_explanation(explanation: Explanation, *, indent: int = 0) -> Iterator[str]:
    """The explanation as indented lines: ✓ matched, ✗ not, with where and what matched."""
    pad = "  " * indent
    mark = "✓" if explanation.is_match else "✗"
    is_leaf = not explanation.children
    where = ""
    if is_leaf and not explanation.is_match:
        where = f"  (not in {_fields_text(explanation.fields)})"
    yield f"{pad}{mark} {explanation.label}{where}"
    for hit in explanation.hits:
        spelling = f" as {hit.spelling}" if hit.spelling != explanation.label else ""
        times = "1 time" if hit.count == 1 else f"{hit.count} times"
        yield f"{pad}    in {hit.field}{spelling}, {times}:"
        for snippet in hit.snippets:
            yield f"{pad}      {snippet}"
    for child in explanation.children:
        yield from render_explanation(child, indent=indent + 1)


def explanation_record(explanation: Explanation) -> dict[str, object]:
    """The explanation as plain JSON-ready values."""
    record: dict[str, object] = {
        "label": explanation.label,
        "matched": explanation.is_match,
        "fields": list(explanation.fields),
    }
    if explanation.hits or not explanation.children:
        record["hits"] = [
            {
                "field": h.field,
                "spelling": h.spelling,
                "count": h.count,
                "snippets": list(h.snippets),
            }
            for h in explanation.hits
        ]
    if explanation.children:
        record["children"] = [explanation_record(c) for c in explanation.children]
    return record


def _fields_text(fields: Sequence[str]) -> str:
    if not fields:
        return "any field (the field filters around it exclude each other)"
    if tuple(fields) == FIELDS:
        return "title, body or source"
    return " or ".join(fields)
