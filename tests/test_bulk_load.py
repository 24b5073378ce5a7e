"""Bulk load: an empty store fills without per-row indexing, and ends up exactly as if
every row had been indexed one by one — even when a crash cuts the load short."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import SAMPLE, Workspace, distinct_story

from feedd import pipeline
from feedd.config import Topic
from feedd.model import Article
from feedd.publisher import Publisher
from feedd.store import Store
from feedd.topics import compile_query

TARTUS = Topic(
    name="Tartus", slug="tartus", query="tartus", match_expression=compile_query("tartus")
)
WHEN = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _article(body: str) -> Article:
    return Article(
        title=body.split(".")[0],
        source=None,
        author=None,
        published_at=None,
        summary=body,
        content_text=body,
        content_html=f"<p>{body}</p>",
        link=None,
        language="en",
        page_lines=("Support The Example Times!", body),
    )


def _store_docs(store: Store, bodies: dict[str, str]) -> None:
    with store.transaction():
        for path, body in bodies.items():
            store.store_article(
                path=path,
                size=len(body),
                mtime_ns=1,
                content_hash=path,
                article=_article(body),
                modified_at=WHEN,
                topics=[TARTUS],
            )


BODIES = {
    "a.txt": "Warships left Tartus on Monday.",
    "b.txt": "The harvest in Kansas was good.",
    "c.txt": "Tartus port is being dredged.",
}


def _topic_ids(store: Store) -> list[str]:
    return [entry.entry_id for entry in store.entries_for_feed("tartus", 10)]


def test_bulk_loaded_store_matches_topics_like_a_row_by_row_one(tmp_path: Path) -> None:
    row_by_row = Store(tmp_path / "one.sqlite3")
    row_by_row.sync_topics([TARTUS])
    _store_docs(row_by_row, BODIES)

    bulk = Store(tmp_path / "bulk.sqlite3")
    bulk.sync_topics([TARTUS])
    assert bulk.begin_bulk_load() is True
    _store_docs(bulk, BODIES)
    assert _topic_ids(bulk) == []  # not matched yet: that is the point
    bulk.finish_bulk_load()

    assert len(_topic_ids(bulk)) == 2
    assert _topic_ids(bulk) == _topic_ids(row_by_row)
    assert _page_line_counts(bulk) == _page_line_counts(row_by_row)
    assert bulk.in_bulk_load is False
    # The index is complete: later edits and topic changes work on it as usual.
    _store_docs(bulk, {"d.txt": "A new quay at Tartus."})
    assert len(_topic_ids(bulk)) == 3
    assert "tartus" in bulk.dirty_feeds()


def _page_line_counts(store: Store) -> list[tuple[str, str, int]]:
    return store._db.execute("SELECT * FROM page_lines ORDER BY 1, 2").fetchall()


def test_boilerplate_is_learned_during_a_bulk_load(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.sqlite3")
    store.begin_bulk_load()
    _store_docs(store, {f"{i}.txt": f"Story number {i} is here." for i in range(4)})
    assert store.learned_boilerplate() == {"Support The Example Times!"}
    store.finish_bulk_load()
    assert store.learned_boilerplate() == {"Support The Example Times!"}


def test_a_bulk_load_only_starts_on_an_empty_store(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.sqlite3")
    store.sync_topics([TARTUS])
    _store_docs(store, {"a.txt": BODIES["a.txt"]})
    assert store.begin_bulk_load() is False
    assert store.in_bulk_load is False


def test_a_bulk_load_cut_short_is_finished_when_the_store_next_opens(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    store = Store(path)
    store.sync_topics([TARTUS])
    store.begin_bulk_load()
    _store_docs(store, BODIES)
    store.close()  # as if killed before finish_bulk_load

    reopened = Store(path)
    assert reopened.in_bulk_load is False
    assert len(_topic_ids(reopened)) == 2


def test_a_cold_rebuild_bulk_loads_and_gives_the_same_feeds(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(6):
        workspace.add(f"doc{i}.txt", text.replace("Lavrov said", f"Lavrov said ({i})"))
    workspace.add("other.txt", "Kansas farmers had a good harvest this year, officials said.\n")
    workspace.rebuild()
    row_by_row = {name: workspace.feed(name) for name in ("all.atom", "russia-syria-bases.atom")}

    workspace.state.unlink()
    # Small batches and commits, so the load spans several commits.
    workspace.write_config("[daemon]\nbatch_size = 2")
    monkeypatch.setattr(pipeline, "BULK_LOAD_MIN_FILES", 1)
    monkeypatch.setattr(pipeline, "BULK_COMMIT_FILES", 3)
    started: list[bool] = []
    original = Store.begin_bulk_load

    def begin_bulk_load(self: Store) -> bool:
        started.append(original(self))
        return started[-1]

    monkeypatch.setattr(Store, "begin_bulk_load", begin_bulk_load)
    workspace.rebuild()
    assert started == [True]
    for name, data in row_by_row.items():
        assert workspace.feed(name) == data


def test_commit_so_far_makes_a_long_transactions_work_durable(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    store = Store(path)
    reader = Store(path, exclusive=False)
    with store.transaction():
        _store_docs(store, {"a.txt": BODIES["a.txt"]})
        assert reader.counts()["entries"] == 0
        store.commit_so_far()
        assert reader.counts()["entries"] == 1
        _store_docs(store, {"b.txt": BODIES["b.txt"]})
    assert reader.counts()["entries"] == 2


def test_a_row_changed_after_it_was_indexed_ends_indexed_as_it_is(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.sqlite3")
    store.sync_topics([TARTUS])
    store.begin_bulk_load()
    _store_docs(store, {"a.txt": BODIES["a.txt"]})
    store.index_bulk_loaded()
    assert len(_topic_ids(store)) == 1
    with store.transaction():  # the same file, edited while the load goes on
        store.store_article(
            path="a.txt",
            size=1,
            mtime_ns=2,
            content_hash="edited",
            article=_article(BODIES["b.txt"]),
            modified_at=WHEN,
            topics=[TARTUS],
        )
    store.finish_bulk_load()
    assert _topic_ids(store) == []
    hits = store._db.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'kansas'")
    assert len(hits.fetchall()) == 1


def _small_bulk_load(workspace: Workspace, monkeypatch: pytest.MonkeyPatch, files: int) -> None:
    """`files` distinct stories made from the sample, bulk loaded two files a batch."""
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(files):
        workspace.add(f"doc{i}.txt", distinct_story(text, i))
    workspace.write_config("[daemon]\nbatch_size = 2")
    monkeypatch.setattr(pipeline, "BULK_LOAD_MIN_FILES", 1)


class _Stop(Exception):
    pass


def test_a_stop_between_batches_keeps_what_the_bulk_load_stored(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_bulk_load(workspace, monkeypatch, files=8)
    batches_done: list[int] = []

    def progress(files: int) -> None:
        batches_done.append(files)
        if len(batches_done) == 2:
            raise _Stop  # as the daemon's SIGTERM handler does

    config = workspace.config()
    with Store(config.state_file) as store:
        work = pipeline.Pipeline(config, store, Publisher(config.output_dir))
        work.apply_topics()
        with pytest.raises(_Stop):
            work.reconcile(progress=progress)
    with Store(config.state_file) as store:
        assert store.counts()["entries"] == 4
        assert store.in_bulk_load is False
        assert len(store.entries_for_feed("russia-syria-bases", 10)) == 4


def test_after_a_bulk_load_boilerplate_is_refreshed_at_the_usual_interval(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_bulk_load(workspace, monkeypatch, files=6)
    monkeypatch.setattr(pipeline, "BOILERPLATE_REFRESH_FILES", 2)
    config = workspace.config()
    with Store(config.state_file) as store:
        work = pipeline.Pipeline(config, store, Publisher(config.output_dir))
        work.reconcile()
        reads: list[int] = []
        original = store.learned_boilerplate

        def counted() -> frozenset[str]:
            reads.append(1)
            return original()

        monkeypatch.setattr(store, "learned_boilerplate", counted)
        for i in range(3):  # the daemon's small batches after the load
            edited = SAMPLE.read_text(encoding="utf-8").replace("Lavrov said", f"Lavrov noted {i}")
            workspace.add(f"new{i}.txt", edited)
            work.ingest_paths([f"new{i}.txt"])
        assert len(reads) >= 2  # not once per 6 files loaded, as during the load
