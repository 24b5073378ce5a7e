"""Publishing: atomic writes, no rewrite of unchanged bytes, feed byte budget, topic removal."""

from __future__ import annotations

from pathlib import Path

from conftest import SAMPLE, SAMPLE_MTIME, Workspace, distinct_story, story_paragraphs
from feedcheck import atom_entries, validate_atom, validate_rss

from feedd.publisher import TEMP_PREFIX, Publisher

ARTICLE = SAMPLE.read_text(encoding="utf-8")


def test_publish_skips_identical_bytes_and_leaves_no_temp_files(tmp_path: Path) -> None:
    publisher = Publisher(tmp_path)
    publisher.prepare()
    assert publisher.publish("a.atom", b"one") is True
    assert publisher.publish("a.atom", b"one") is False
    assert publisher.publish("a.atom", b"two") is True
    assert (tmp_path / "a.atom").read_bytes() == b"two"
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_prepare_sweeps_temp_files_a_crash_left_behind(tmp_path: Path) -> None:
    (tmp_path / "entries").mkdir()
    leftover = tmp_path / f"{TEMP_PREFIX}abc"
    leftover.write_bytes(b"half a feed")
    Publisher(tmp_path).prepare()
    assert not leftover.exists()


def test_huge_documents_are_truncated_to_fit_the_feed_budget(workspace: Workspace) -> None:
    workspace.write_config("max_feed_bytes = 60000")
    for n in range(3):
        long_body = "\n\n".join(story_paragraphs(n, 600))
        text = ARTICLE.replace("Lavrov said", f"{long_body}\n\nLavrov said {n}")
        workspace.add(f"long{n}.txt", text, SAMPLE_MTIME)
    workspace.rebuild()
    for name in ("all.atom", "russia-syria-bases.atom"):
        data = workspace.feed(name)
        assert len(data) <= 60000
        validate_atom(data)
        assert len(atom_entries(data)) == 3
        assert b"Read the full text" in data
    assert len(workspace.feed("all.rss")) <= 60000
    validate_rss(workspace.feed("all.rss"))
    pages = list((workspace.output / "entries").iterdir())
    assert len(pages) == 3 and all(p.stat().st_size > 200_000 for p in pages)


def test_removing_a_topic_removes_its_feeds(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.rebuild()
    assert (workspace.output / "russia-syria-bases.atom").exists()
    workspace.write_config(topics="[[topics]]\nname = 'Tartus'\nquery = 'tartus'")
    workspace.rebuild()
    assert not (workspace.output / "russia-syria-bases.atom").exists()
    assert not (workspace.output / "russia-syria-bases.rss").exists()
    (entry,) = atom_entries(workspace.feed("tartus.atom"))
    assert entry["categories"][0]["term"] == "tartus"


def test_changing_a_topic_query_rematches_existing_entries(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.write_config(topics="[[topics]]\nname = 'T'\nquery = 'tajikistan'")
    workspace.rebuild()
    assert atom_entries(workspace.feed("t.atom")) == []
    workspace.write_config(topics="[[topics]]\nname = 'T'\nquery = 'tartus'")
    workspace.rebuild()
    assert len(atom_entries(workspace.feed("t.atom"))) == 1


def test_index_and_opml_list_every_feed(workspace: Workspace) -> None:
    from lxml import etree

    workspace.add_sample()
    workspace.rebuild()
    opml = etree.fromstring(workspace.feed("feeds.opml"))
    urls = [o.get("xmlUrl") for o in opml.iter("outline")]
    assert urls == [
        "http://feeds.example/russia-syria-bases.atom",
        "http://feeds.example/all.atom",
    ]
    index = workspace.feed("index.html").decode()
    for href in ("russia-syria-bases.atom", "russia-syria-bases.rss", "all.atom", "all.rss"):
        assert f'href="http://feeds.example/{href}"' in index  # autodiscovery
    assert 'href="feeds.opml"' in index


def _page_ids(workspace: Workspace) -> set[str]:
    return {p.stem for p in (workspace.output / "entries").glob("*.html")}


def _short_ids(feed: bytes) -> set[str]:
    return {entry["id"].rsplit(":", 1)[-1] for entry in atom_entries(feed)}


def _dated(day: int) -> str:
    """The sample, made a distinct document published on 2025-01-`day`."""
    return distinct_story(ARTICLE, day) + (f"\nPublished: {day:02d}.01.2025\n")


def test_entry_pages_are_written_for_the_entries_feeds_show(workspace: Workspace) -> None:
    workspace.write_config("max_entries = 2")
    for day in range(1, 6):
        workspace.add(f"day{day}.txt", _dated(day), SAMPLE_MTIME)
    workspace.rebuild()
    shown = _short_ids(workspace.feed("all.atom")) | _short_ids(
        workspace.feed("russia-syria-bases.atom")
    )
    assert len(_short_ids(workspace.feed("all.atom"))) == 2
    # Every link a feed gives resolves; no page for an entry no feed ever showed.
    assert _page_ids(workspace) == shown


def test_a_page_outlives_its_place_in_the_feed_and_goes_with_its_entry(
    workspace: Workspace,
) -> None:
    workspace.write_config("max_entries = 1", topics="")
    workspace.add("old.txt", _dated(1), SAMPLE_MTIME)
    workspace.rebuild()
    (old_page,) = _page_ids(workspace)

    workspace.add("new.txt", _dated(2), SAMPLE_MTIME)
    workspace.rebuild()
    assert old_page not in _short_ids(workspace.feed("all.atom"))
    assert len(_page_ids(workspace)) == 2  # a reader may still follow the old link

    # An entry out of every feed still gets its page rewritten when its document changes.
    workspace.add("old.txt", _dated(1).replace("Lavrov said", "Lavrov stated"), SAMPLE_MTIME)
    workspace.rebuild()
    page = workspace.output / "entries" / f"{old_page}.html"
    assert "Lavrov stated" in page.read_text(encoding="utf-8")

    (workspace.seeds / "old.txt").unlink()
    workspace.rebuild()
    assert old_page not in _page_ids(workspace)


def test_an_entry_moving_up_into_a_feed_gets_its_page(workspace: Workspace) -> None:
    workspace.write_config("max_entries = 1", topics="")
    workspace.add("old.txt", _dated(1), SAMPLE_MTIME)
    workspace.add("new.txt", _dated(2), SAMPLE_MTIME)
    workspace.rebuild()
    assert len(_page_ids(workspace)) == 1

    # The older entry did not change, but it is now the one the feed shows.
    (workspace.seeds / "new.txt").unlink()
    workspace.rebuild()
    assert _page_ids(workspace) == _short_ids(workspace.feed("all.atom"))
    assert len(_page_ids(workspace)) == 1
