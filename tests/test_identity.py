"""Entry identity and dates: what feed readers depend on to avoid duplicates and re-reads."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta

from conftest import SAMPLE, SAMPLE_MTIME, Workspace, distinct_story
from feedcheck import atom_entries, w3c_validator_problems

ARTICLE = SAMPLE.read_text(encoding="utf-8")


def _entries(space: Workspace) -> dict[str, dict[str, object]]:
    return {str(e["id"]): e for e in atom_entries(space.feed("all.atom"))}


def test_rebuilding_twice_gives_byte_identical_feeds(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.rebuild()
    first = {p.name: p.read_bytes() for p in workspace.output.iterdir() if p.is_file()}
    mtimes = {p.name: p.stat().st_mtime_ns for p in workspace.output.iterdir() if p.is_file()}
    ingest, render = workspace.rebuild()
    second = {p.name: p.read_bytes() for p in workspace.output.iterdir() if p.is_file()}
    assert first == second
    assert ingest.unchanged == 1 and ingest.ingested == 0
    assert render.feeds_written == []
    # Nothing was rewritten: the files keep their mtimes (and the server its ETags).
    assert mtimes == {
        p.name: p.stat().st_mtime_ns for p in workspace.output.iterdir() if p.is_file()
    }


def test_deleting_the_database_keeps_ids_and_dates(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.add("other.txt", ARTICLE.replace("Thursday", "Friday"), SAMPLE_MTIME)
    workspace.rebuild()
    before = workspace.feed("all.atom")
    for path in workspace.state.parent.glob("state.sqlite3*"):
        path.unlink()
    shutil.rmtree(workspace.output)
    workspace.rebuild()
    assert workspace.feed("all.atom") == before


def test_renamed_file_with_same_content_is_the_same_entry(workspace: Workspace) -> None:
    path = workspace.add_sample("a.txt")
    workspace.rebuild()
    (entry_id,) = _entries(workspace)
    (workspace.seeds / "sub").mkdir()
    path.rename(workspace.seeds / "sub" / "moved.txt")
    report, _ = workspace.rebuild()
    assert list(_entries(workspace)) == [entry_id]
    assert report.removed == 1


def test_edited_file_keeps_its_id_and_gets_a_newer_updated(workspace: Workspace) -> None:
    path = workspace.add_sample("a.txt")
    workspace.rebuild()
    ((entry_id, before),) = _entries(workspace).items()
    path.write_text(ARTICLE.replace("Thursday", "Friday"), encoding="utf-8")
    later = (SAMPLE_MTIME + timedelta(hours=3)).timestamp()
    os.utime(path, (later, later))
    workspace.rebuild()
    ((same_id, after),) = _entries(workspace).items()
    assert same_id == entry_id
    assert after["published"] == before["published"] == SAMPLE_MTIME
    assert after["updated"] == datetime.fromtimestamp(later, UTC)
    assert "Friday" in str(after["content"])


def test_same_content_under_two_names_is_one_entry(workspace: Workspace) -> None:
    workspace.add_sample("a.txt")
    workspace.add_sample("b.txt")
    report, _ = workspace.rebuild()
    assert len(_entries(workspace)) == 1
    assert (report.ingested, report.duplicates) == (1, 1)


def test_deleting_one_of_two_copies_keeps_the_entry(workspace: Workspace) -> None:
    workspace.add_sample("a.txt")
    workspace.add_sample("b.txt")
    workspace.rebuild()
    (workspace.seeds / "a.txt").unlink()
    workspace.rebuild()
    assert len(_entries(workspace)) == 1
    (workspace.seeds / "b.txt").unlink()
    workspace.rebuild()
    assert _entries(workspace) == {}


def test_different_documents_with_the_same_title_stay_separate(workspace: Workspace) -> None:
    workspace.add_sample("a.txt")
    workspace.add("b.txt", distinct_story(ARTICLE, 1), SAMPLE_MTIME)
    workspace.rebuild()
    titles = [e["title"] for e in _entries(workspace).values()]
    assert len(titles) == 2 and titles[0] == titles[1]


def test_deleted_file_leaves_the_feeds_and_its_page(workspace: Workspace) -> None:
    path = workspace.add_sample()
    workspace.rebuild()
    assert len(list((workspace.output / "entries").iterdir())) == 1
    path.unlink()
    workspace.rebuild()
    assert _entries(workspace) == {}
    assert list((workspace.output / "entries").iterdir()) == []


def test_a_stated_date_is_the_published_date(workspace: Workspace) -> None:
    dated = ARTICLE.replace(
        "Russia and Syria signaled Thursday",
        "Jan. 30, 2025\n\nRussia and Syria signaled Thursday",
    ).replace("Jan. 30", "Jan 30")
    workspace.add("dated.txt", dated, SAMPLE_MTIME + timedelta(days=30))
    workspace.rebuild()
    (entry,) = _entries(workspace).values()
    assert entry["published"] == datetime(2025, 1, 30, tzinfo=UTC)


def test_default_timezone_applies_to_dates_without_a_zone(workspace: Workspace) -> None:
    workspace.write_config('timezone = "Europe/Moscow"')
    dated = ARTICLE.replace(
        "Russia and Syria signaled Thursday",
        "Published: 30 January 2025 14:05\n\nRussia and Syria signaled Thursday",
    )
    workspace.add("dated.txt", dated, SAMPLE_MTIME)
    workspace.rebuild()
    (entry,) = _entries(workspace).values()
    assert entry["published"] == datetime(2025, 1, 30, 11, 5, tzinfo=UTC)


def test_files_with_one_mtime_get_updated_times_no_other_entry_has(workspace: Workspace) -> None:
    """An archive unpacked, or times set to the second from a server: files share mtimes.
    Two entries of a feed with one <updated> earn the W3C validator's DuplicateUpdated;
    each entry gets the first microsecond from its mtime that no other entry has."""
    for number in range(4):
        workspace.add(f"{number}.txt", distinct_story(ARTICLE, number), SAMPLE_MTIME)
    workspace.rebuild()
    updated = sorted(e["updated"] for e in _entries(workspace).values())  # type: ignore[type-var]
    assert updated == [SAMPLE_MTIME + timedelta(microseconds=n) for n in range(4)]
    for feed in ("all.atom", "russia-syria-bases.atom"):
        url = f"http://feeds.example/{feed}"
        assert w3c_validator_problems(workspace.feed(feed), url) == []
    # Stored once: a rebuild keeps every entry's time.
    before = _entries(workspace)
    workspace.rebuild()
    assert _entries(workspace) == before


def test_an_edit_keeping_the_mtime_of_another_file_gets_its_own_updated(
    workspace: Workspace,
) -> None:
    workspace.add("a.txt", distinct_story(ARTICLE, 1), SAMPLE_MTIME)
    workspace.add("b.txt", distinct_story(ARTICLE, 2), SAMPLE_MTIME + timedelta(hours=1))
    workspace.rebuild()
    # Edited, a.txt takes b.txt's mtime.
    workspace.add("a.txt", distinct_story(ARTICLE, 3), SAMPLE_MTIME + timedelta(hours=1))
    workspace.rebuild()
    updated = [e["updated"] for e in _entries(workspace).values()]
    assert len(set(updated)) == 2


def test_copies_parted_by_an_edit_keep_distinct_updated_times(workspace: Workspace) -> None:
    workspace.add_sample("a.txt")
    workspace.add_sample("b.txt")
    workspace.rebuild()
    workspace.add("a.txt", distinct_story(ARTICLE, 1), SAMPLE_MTIME)
    workspace.rebuild()
    entries = _entries(workspace)
    assert len(entries) == 2
    assert len({e["updated"] for e in entries.values()}) == 2
