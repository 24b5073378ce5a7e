"""Issue 10: near-copies of one article are one story; learning counts stories, not files;
the rebuild summary counts every file once. Real rebuilds, in process and as a subprocess."""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta

from conftest import SAMPLE, SAMPLE_MTIME, Workspace, distinct_story, story_paragraphs
from feedcheck import atom_entries

from feedd.store import Store

TEXT = SAMPLE.read_text(encoding="utf-8")
WORDS = ("alpha", "bravo", "charlie", "delta", "echo")
# The sample's body as the normalizer reads it alone, in characters.
FULL_BODY_CHARS = 1700


def _five_copies(workspace: Workspace) -> None:
    """The sample and five copies with a one-word change: a scraper re-saving an updated
    article, each version a minute newer than the one before."""
    workspace.add("000.txt", TEXT, SAMPLE_MTIME)
    for i, word in enumerate(WORDS, start=1):
        text = TEXT.replace("Thursday that", f"{word} that")
        workspace.add(f"{i:03d}.txt", text, SAMPLE_MTIME + timedelta(minutes=i))


def _bodies(workspace: Workspace) -> dict[str, str]:
    db = sqlite3.connect(workspace.state)
    try:
        return dict(db.execute("SELECT entry_id, body FROM entries"))
    finally:
        db.close()


def test_five_near_copies_of_the_sample_keep_their_full_body(workspace: Workspace) -> None:
    _five_copies(workspace)
    report, _ = workspace.rebuild()
    assert report.ingested == 6 and not report.rejected
    bodies = _bodies(workspace)
    assert len(bodies) == 6  # every file keeps its entry and its text
    assert all(len(body) >= FULL_BODY_CHARS for body in bodies.values()), [
        len(b) for b in bodies.values()
    ]
    # A second rebuild (learning from what the first stored) takes nothing either.
    workspace.rebuild()
    assert all(len(body) >= FULL_BODY_CHARS for body in _bodies(workspace).values())


def test_versions_of_one_story_are_one_feed_entry_with_the_newest_text(
    workspace: Workspace,
) -> None:
    workspace.add("000.txt", TEXT, SAMPLE_MTIME)
    workspace.rebuild()
    (first,) = atom_entries(workspace.feed("all.atom"))

    _five_copies(workspace)
    workspace.rebuild()
    (shown,) = atom_entries(workspace.feed("all.atom"))
    assert shown["id"] == first["id"]  # an update of the entry the reader has, not a new one
    assert shown["updated"] == SAMPLE_MTIME + timedelta(minutes=5)
    assert "echo that" in str(shown["content"]["value"])
    pages = list((workspace.output / "entries").glob("*.html"))
    assert [p.stem for p in pages] == [str(first["id"]).rsplit(":", 1)[-1]]


def test_feeds_are_byte_stable_and_the_same_whatever_order_versions_came_in(
    workspace: Workspace,
) -> None:
    _five_copies(workspace)
    workspace.rebuild()
    once = workspace.feed("all.atom")
    workspace.rebuild()
    assert workspace.feed("all.atom") == once
    # The same files stored in another order: the same stories, threads and feed.
    workspace.state.unlink()
    for path in sorted(workspace.seeds.iterdir(), reverse=True):
        workspace.rebuild_paths([path.name])
    workspace.rebuild()
    assert workspace.feed("all.atom") == once


def test_one_story_from_two_sources_is_two_entries_that_link_each_other(
    workspace: Workspace,
) -> None:
    workspace.add("mt.txt", TEXT, SAMPLE_MTIME)
    other = TEXT.replace("The Moscow Times", "Levant Wire").replace("Thursday that", "today that")
    workspace.add("lw.txt", other, SAMPLE_MTIME)
    workspace.rebuild()
    entries = atom_entries(workspace.feed("all.atom"))
    assert len(entries) == 2
    for entry in entries:
        content = str(entry["content"]["value"])
        assert "Also reported by" in content
        assert ("Levant Wire" in content) != ("Moscow Times</a>" in content)
        page = workspace.output / "entries" / (str(entry["id"]).rsplit(":", 1)[-1] + ".html")
        assert "Also reported by" in page.read_text(encoding="utf-8")


# -- learning counts stories -------------------------------------------------------------

APPEAL = "Our reporting stays free for everyone because hundreds of you chip in every month."


def test_a_line_on_one_story_is_never_learned_however_many_copies_show_it(
    workspace: Workspace,
) -> None:
    page = TEXT.replace("Lavrov said", f"{APPEAL}\n\nLavrov said")
    for i in range(8):
        workspace.add(f"{i}.txt", page.replace("Thursday", f"day {i}"), SAMPLE_MTIME)
    workspace.rebuild()
    with Store(workspace.state) as store:
        assert APPEAL not in store.learned_boilerplate()
    assert all(APPEAL in body for body in _bodies(workspace).values())


def test_a_page_made_of_learned_lines_keeps_its_text(workspace: Workspace) -> None:
    """Six stories end with the appeal (it is learned); a seventh page is little more
    than the appeal: learning would leave it no text, so the appeal stays its body."""
    for i in range(6):
        body = "\n\n".join([*story_paragraphs(i, 2), APPEAL])
        workspace.add(f"story{i}.txt", f"Harbour Report {i}\n\n{body}\n", SAMPLE_MTIME)
    workspace.add("short.txt", f"Harbour Appeal\n\n{APPEAL}\n", SAMPLE_MTIME)
    report, _ = workspace.rebuild()
    assert not report.rejected
    bodies = _bodies(workspace)
    assert len(bodies) == 7
    assert sum(APPEAL in body for body in bodies.values()) == 1  # learned, but not taken there


# -- honest summaries ---------------------------------------------------------------------


def test_the_rebuild_summary_counts_every_file_once(workspace: Workspace) -> None:
    _five_copies(workspace)
    for i in range(3):
        workspace.add(f"other{i}.txt", distinct_story(TEXT, i), SAMPLE_MTIME)
    workspace.add("copy.txt", TEXT, SAMPLE_MTIME)  # the same bytes as 000.txt
    workspace.add("empty.txt", b"")
    workspace.add("editor.txt.swp", b"swap")
    result = workspace.cli("rebuild", check=True)
    numbers = {
        name: int(n)
        for n, name in re.findall(
            r"(\d+) (files seen|ingested|duplicate|unchanged|rejected|still being written)",
            result.stdout,
        )
    }
    assert numbers["files seen"] == 11, result.stdout
    assert numbers["ingested"] == 9 and numbers["duplicate"] == 1 and numbers["rejected"] == 1
    parts = ("ingested", "duplicate", "unchanged", "rejected", "still being written")
    assert sum(numbers[p] for p in parts) == numbers["files seen"]
    assert "1 skipped (ignored_name 1)" in result.stdout
    assert "9 entries in 4 stories, 4 shown in feeds" in result.stdout  # copy.txt shares one
    assert "summary_does_not_add_up" not in result.stderr
