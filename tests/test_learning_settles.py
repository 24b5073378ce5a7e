"""Learned lines are applied to what a page was read as, not by reading it again: a cold
rebuild normalizes each file once, and a rebuild with nothing changed normalizes nothing
and writes nothing (issue 10, part 3)."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import ROOT, SAMPLE_MTIME, Workspace, story_paragraphs

from feedd import pipeline
from feedd.feed_builder import ATOM, FeedSpec
from feedd.learning import apply_learned_lines, learned_in, paragraphs_of
from feedd.model import Article, Document
from feedd.normalize import normalize_document
from feedd.store import Store

APPEAL = "Our reporting stays free for everyone because hundreds of you chip in every month."
FORMATS = (".txt", ".md", ".json", ".html", ".htm")


def _corpus() -> ModuleType:
    name = "feedd_bench_corpus"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "corpus.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[name]


def _document(path: Path) -> Document:
    return Document(
        relative_path=path.name,
        data=path.read_bytes(),
        modified_at=datetime(2025, 1, 1, tzinfo=UTC),
    )


def _learned_sets(read: Article) -> list[frozenset[str]]:
    """Learned sets a page may meet: all its short lines and body paragraphs, each alone,
    every other one, and the body's paragraphs but the first."""
    lines = list(dict.fromkeys([*read.page_lines, *paragraphs_of(read)]))
    paragraphs = paragraphs_of(read)
    return [
        frozenset(lines),
        *(frozenset({line}) for line in lines[:6]),
        frozenset(lines[::2]),
        frozenset(lines[1::2]),
        frozenset(paragraphs[1:]),
    ]


def _pages(tmp_path: Path) -> list[Path]:
    """Pages of every input format from the test corpora, and generated outlets pages."""
    corpus_pages = sorted(
        p
        for folder in ("corpus", "corpus_holdout", "corpus_holdout2")
        for p in (ROOT / "tests" / folder).rglob("*")
        if p.suffix in FORMATS
    )
    by_format = {suffix: [p for p in corpus_pages if p.suffix == suffix][:12] for suffix in FORMATS}
    _corpus().generate(tmp_path / "outlets", 60, seed=5, shape="outlets")
    return [
        *sorted((tmp_path / "outlets").iterdir()),
        *(p for ps in by_format.values() for p in ps),
    ]


def test_learned_lines_applied_to_a_page_as_read_match_normalizing_it_with_them(
    tmp_path: Path,
) -> None:
    derived = 0
    for path in _pages(tmp_path):
        document = _document(path)
        read = normalize_document(document)
        if not isinstance(read, Article):
            continue
        for learned in _learned_sets(read):
            made = apply_learned_lines(read, learned)
            if made is None:
                continue  # the caller reads the page again with the lines
            derived += made is not read
            assert made == normalize_document(document, boilerplate=learned), (path, learned)
    assert derived >= 100  # the rule, not the exception


def test_a_learned_line_that_may_be_the_summary_is_left_to_the_normalizer() -> None:
    read = Article(
        title="Harbour traffic rises",
        source=None,
        author=None,
        published_at=None,
        summary="A standfirst the page shows under its headline, in eight or more words.",
        content_text="First paragraph of the story.\n\nSecond paragraph.",
        content_html="<p>First paragraph of the story.</p>\n<p>Second paragraph.</p>",
        link=None,
        language=None,
        page_lines=("A standfirst the page shows under its headline, in eight or more words.",),
    )
    assert apply_learned_lines(read, {read.page_lines[0]}) is None
    assert learned_in(read, {read.page_lines[0], "elsewhere"}) == {read.page_lines[0]}


def _story(number: int) -> str:
    """A page of its own story that ends with the appeal, in English the language guess
    reads with or without the appeal."""
    said = f"The harbour master said that traffic in the port was up for the {number}th month."
    body = "\n\n".join([*story_paragraphs(number, 2), said, APPEAL])
    return f"Harbour Report {number}\n\n{body}\n"


def _stored(state: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(state) as db:
        return db.execute(
            "SELECT entry_id, title, summary, body, content_html, story, thread, is_shown,"
            " updated_at FROM entries ORDER BY entry_id"
        ).fetchall()


def _outputs(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}


def test_a_cold_rebuild_normalizes_each_file_once_then_a_rebuild_with_nothing_changed_nothing(
    workspace: Workspace,
) -> None:
    _corpus().generate(workspace.seeds, 200, seed=5, shape="outlets")
    report, render = workspace.rebuild()
    assert report.seen == 200 and report.normalized == 200
    assert report.relearned > 0  # lines learned from later pages reached the first ones
    assert render.feeds_written
    # What learning then applying made is what normalizing with the final set makes.
    with Store(workspace.state) as store:
        learned = store.learned_boilerplate()
        assert learned and store.applied_learned_lines() == learned
        assert not store.has_unsettled_entries()
    bodies = {row[3] for row in _stored(workspace.state)}
    for path in sorted(workspace.seeds.iterdir()):
        made = normalize_document(_document(path), boilerplate=learned)
        assert isinstance(made, Article)
        assert made.content_text in bodies, path.name

    before, outputs = _stored(workspace.state), _outputs(workspace.output)
    report, render = workspace.rebuild()
    assert (report.normalized, report.relearned, report.unchanged) == (0, 0, 200)
    assert render.feeds_written == [] and render.pages_written == 0
    assert _stored(workspace.state) == before
    assert _outputs(workspace.output) == outputs


def test_a_learned_line_kept_by_the_bound_does_not_bring_its_page_back(
    workspace: Workspace,
) -> None:
    """The appeal is learned, but it is most of the short page's body: the bound keeps it
    there. That page still shows a learned line, and is not read at every rebuild."""
    for i in range(6):
        workspace.add(f"story{i}.txt", _story(i), SAMPLE_MTIME)
    workspace.add("short.txt", f"Harbour Appeal\n\nA short note.\n\n{APPEAL}\n", SAMPLE_MTIME)
    report, _ = workspace.rebuild()
    assert report.normalized == 7
    with Store(workspace.state) as store:
        assert APPEAL in store.learned_boilerplate()
    for _ in range(2):
        report, render = workspace.rebuild()
        assert (report.normalized, report.relearned, render.feeds_written) == (0, 0, [])


def test_entries_stored_before_their_body_as_read_was_kept_are_read_again_once(
    workspace: Workspace,
) -> None:
    for i in range(6):
        workspace.add(f"story{i}.txt", _story(i), SAMPLE_MTIME)
    workspace.rebuild()
    expected = _stored(workspace.state)
    with sqlite3.connect(workspace.state) as db:  # as a store from before migration 7 has them
        db.execute("UPDATE entries SET read_body = NULL, learned = '[]'")
        db.execute("DELETE FROM learned_lines")
        db.execute("INSERT INTO learning_stale VALUES (1)")  # migration 9 says so
    report, _ = workspace.rebuild()
    assert report.normalized == 6  # each page shows the learned appeal: read again
    assert _stored(workspace.state) == expected
    report, _ = workspace.rebuild()
    assert report.normalized == 0


@pytest.mark.parametrize("stored_first", [2, 5])
def test_pages_stored_with_other_learned_lines_settle_to_the_same_entries(
    workspace: Workspace, stored_first: int
) -> None:
    """Files added in two steps (the daemon's way) end as a cold rebuild of all makes them."""
    pages = {f"story{i}.txt": _story(i) for i in range(7)}
    for name, text in list(pages.items())[:stored_first]:
        workspace.add(name, text, SAMPLE_MTIME)
    workspace.rebuild()
    for name, text in list(pages.items())[stored_first:]:
        workspace.add(name, text, SAMPLE_MTIME)
    workspace.rebuild()
    stepwise = [row[1:5] for row in _stored(workspace.state)]
    with sqlite3.connect(workspace.state) as db:
        learned = json.dumps(sorted(r[0] for r in db.execute("SELECT line FROM learned_lines")))
    workspace.state.unlink()
    workspace.rebuild()
    assert [row[1:5] for row in _stored(workspace.state)] == stepwise
    assert APPEAL in learned and not any(APPEAL in row[3] for row in _stored(workspace.state))


def test_a_rebuild_with_nothing_changed_builds_no_feed(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.add_sample()
    workspace.rebuild()
    built: list[str] = []
    original = pipeline.BUILDERS[ATOM]

    def counted(spec: FeedSpec, *args: Any, **kwargs: Any) -> bytes:
        built.append(spec.slug)
        return original(spec, *args, **kwargs)

    monkeypatch.setitem(pipeline.BUILDERS, ATOM, counted)
    workspace.rebuild()
    assert built == []
    (workspace.output / "all.atom").unlink()  # a missing feed is written again
    workspace.rebuild()
    assert built == ["all"]


def test_feeds_are_rendered_again_when_the_settings_they_show_change(
    workspace: Workspace,
) -> None:
    workspace.add_sample()
    workspace.rebuild()
    workspace.write_config('title = "Harbour Watch"')
    _, render = workspace.rebuild()
    assert sorted(render.feeds_written) == [
        "all.atom",
        "all.json",
        "all.rss",
        "russia-syria-bases.atom",
        "russia-syria-bases.json",
        "russia-syria-bases.rss",
    ]
    assert b"Harbour Watch" in workspace.feed("all.atom")
    _, render = workspace.rebuild()
    assert render.feeds_written == []


def test_a_line_no_longer_learned_once_pages_went_comes_back_to_the_others(
    workspace: Workspace,
) -> None:
    for i in range(6):
        workspace.add(f"story{i}.txt", _story(i), SAMPLE_MTIME)
    workspace.rebuild()
    assert not any(APPEAL in row[3] for row in _stored(workspace.state))
    for i in range(3):  # three stories of six: the appeal is no longer on four of them
        (workspace.seeds / f"story{i}.txt").unlink()
    report, _ = workspace.rebuild()
    assert (report.removed, report.normalized, report.relearned) == (3, 0, 3)
    assert all(APPEAL in row[3] for row in _stored(workspace.state))
    report, _ = workspace.rebuild()
    assert (report.normalized, report.relearned) == (0, 0)
