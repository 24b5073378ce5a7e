"""A paragraph that a longer one contains is a pull quote: only the longer one stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from feedd.normalize.plaintext import _without_pull_quotes


def reference(texts: list[str]) -> list[str]:
    return [t for t in texts if not any(len(o) > len(t) and t in o for o in texts)]


# Few distinct words, so that one paragraph often holds another.
PARAGRAPHS = st.lists(
    st.lists(st.sampled_from(["war", "peace", "a", "said", "war."]), min_size=1, max_size=5).map(
        " ".join
    ),
    max_size=12,
)


@given(texts=PARAGRAPHS)
def test_paragraphs_inside_longer_ones_are_dropped(texts: list[str]) -> None:
    assert _without_pull_quotes(texts) == reference(texts)


@given(texts=st.lists(st.text(alphabet="ab \n", max_size=6), max_size=8))
def test_any_texts_even_with_newlines_or_empty_ones(texts: list[str]) -> None:
    assert _without_pull_quotes(texts) == reference(texts)


def test_a_pull_quote_goes_and_its_paragraph_stays() -> None:
    body = ["He said the war was over. Nobody believed him.", "the war was over", "Fine."]
    assert _without_pull_quotes(body) == [body[0], body[2]]
