"""Stories: which entries tell the same story. Pure.

A story is a set of entries whose bodies are near-identical: versions of one article that
a scraper saved again (same source), or one wire story that several outlets ran. Bodies
are compared by their word shingles through a MinHash signature; the store keeps the
signatures and indexes their LSH bands, so a new entry finds its candidates without a
pass over every entry, and `is_same_story` decides each candidate.

Determinism: whether two entries are "the same story" depends on their two bodies alone
(band equality and the signature estimate are both symmetric), so the graph of same-story
pairs, and therefore the stories (its connected components) and their ids, depend only on
which entries exist, never on the order they were seen in.

Must not import sqlite3, the store, the publisher or any driver.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np

# Words per shingle: 4 words tell a sentence apart from a stock phrase.
SHINGLE_WORDS = 4
# A body with fewer distinct shingles (about as many words) has no signature, and is a
# story of its own: too little text to tell a version of one article from another page
# made on one template (a weather bulletin, a market report, a one-line page).
MIN_STORY_SHINGLES = 50
# MinHash permutations, read as BANDS bands of BAND_ROWS each: two bodies whose shingles
# agree at Jaccard similarity 0.6 share a band with probability 1 - (1 - 0.6**3)**16 =
# 0.98; at 0.3, 0.36 (those candidates are then turned down by the estimate).
BANDS = 16
BAND_ROWS = 3
PERMUTATIONS = BANDS * BAND_ROWS
# Two bodies are one story from this estimated share of common shingles on. A one-word
# change in a 250-word article keeps about 0.97; an article updated with a paragraph
# about 0.85; two different articles of one outlet, sharing a stock paragraph, under 0.3.
SAME_STORY_MIN_SIMILARITY = 0.6

_WORD = re.compile(r"\w+")
# A node of the same-story graph: an entry's id, or a store's row number for it.
Node = TypeVar("Node", int, str)
_MASK64 = (1 << 64) - 1
# A signature as the store keeps it: little-endian unsigned 32-bit values. Read and
# written with struct, not numpy: the rebuild's main process reads signatures and never
# needs numpy (about 14 MiB) for that; only the workers, which make them, import it.
_STORED_SIGNATURE = f"<{PERMUTATIONS}I"


def _constants(label: str) -> np.ndarray:
    import numpy as np

    # Fixed forever (not a seeded PRNG, whose stream may change between numpy versions):
    # the signatures a store holds must stay comparable with new ones.
    values = [
        int.from_bytes(hashlib.blake2b(f"feedd-minhash-{label}-{i}".encode()).digest()[:8])
        for i in range(PERMUTATIONS)
    ]
    return np.array([v | 1 if label == "a" else v for v in values], dtype=np.uint64)


@cache
def _multipliers() -> tuple[np.ndarray, np.ndarray]:
    """Multiply-shift hashing: ((a * x + b) mod 2**64) >> 32, a odd, is a 2-universal
    family. Made on first use: numpy is imported only where signatures are made or read."""
    return _constants("a"), _constants("b")


@dataclass(frozen=True, slots=True)
class Signature:
    """A body's MinHash: PERMUTATIONS unsigned 32-bit minima."""

    values: tuple[int, ...]

    def to_bytes(self) -> bytes:
        return struct.pack(_STORED_SIGNATURE, *self.values)

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        return cls(struct.unpack(_STORED_SIGNATURE, data))


def story_words(text: str) -> list[str]:
    """The words a body is compared by: case-folded, punctuation and spacing ignored."""
    return _WORD.findall(text.casefold())


def shingles(words: Sequence[str]) -> set[int]:
    """Hashes of every run of SHINGLE_WORDS consecutive words (the whole text if shorter)."""
    if len(words) <= SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature_of(text: str) -> Signature | None:
    """The body's MinHash signature; None for a body too short to compare."""
    found = shingles(story_words(text))
    if len(found) < MIN_STORY_SHINGLES:
        return None
    import numpy as np

    a, b = _multipliers()
    hashes = np.fromiter(found, dtype=np.uint64, count=len(found))
    # uint64 arithmetic wraps modulo 2**64, which is what multiply-shift wants.
    mixed = (a[:, None] * hashes[None, :] + b[:, None]) >> np.uint64(32)
    return Signature(tuple(int(v) for v in mixed.min(axis=1)))


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two bodies' shingle sets."""
    return sum(x == y for x, y in zip(a.values, b.values, strict=True)) / PERMUTATIONS


def is_same_story(a: Signature, b: Signature) -> bool:
    return similarity(a, b) >= SAME_STORY_MIN_SIMILARITY


def are_same_story(a: bytes, b: bytes) -> bool:
    """`is_same_story` of two signatures as stored (`Signature.to_bytes`)."""
    equal = sum(
        map(int.__eq__, struct.unpack(_STORED_SIGNATURE, a), struct.unpack(_STORED_SIGNATURE, b))
    )
    return equal / PERMUTATIONS >= SAME_STORY_MIN_SIMILARITY


def band_keys(signature: Signature) -> list[int]:
    """One key per band (signed 63-bit, as SQLite stores integers): two signatures that
    agree on all rows of a band share its key, and are candidates for `is_same_story`."""
    keys = []
    for band in range(BANDS):
        rows = signature.values[band * BAND_ROWS : (band + 1) * BAND_ROWS]
        digest = hashlib.blake2b(repr((band, rows)).encode(), digest_size=8).digest()
        keys.append(int.from_bytes(digest) & (_MASK64 >> 1))
    return keys


def components(nodes: Iterable[Node], neighbours: Mapping[Node, set[Node]]) -> list[list[Node]]:
    """Connected components of an undirected graph, each sorted, in order of their least
    node. `neighbours` may name nodes outside `nodes`; they join their component."""
    seen: set[Node] = set()
    found: list[list[Node]] = []
    for start in sorted(nodes):
        if start in seen:
            continue
        stack, part = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            part.append(node)
            for other in neighbours.get(node, ()):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        found.append(sorted(part))
    return sorted(found)
