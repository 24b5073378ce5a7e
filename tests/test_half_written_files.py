"""What was read of a file while a writer was at it is never stored.

A reader can catch a file between two writes: a torn read (it changed while being read),
a rewrite that began after the folder scan and before the read, or a write the watcher
reports after its batch was taken. Each is left for a later look instead of stored; the
daemon's reliability suite runs the same races for real (tests/reliability).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Workspace

from feedd import prepare, sources
from feedd.pipeline import Pipeline
from feedd.publisher import Publisher
from feedd.sources import CHANGING, READ_ATTEMPTS, UnreadableFile, read_file
from feedd.store import Store

WHOLE = "Headline\n\nFirst paragraph of the story.\n\nSecond paragraph, the end.\n"
LONG_AGO = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def story(name: str, ending: str = "the end") -> str:
    return f"Story {name}\n\nThe first paragraph of story {name}.\n\nIts last line, {ending}.\n"


def entry_text(store: Store, path: str) -> str | None:
    """The title and body of the entry the store has for `path`, or None."""
    record = store.file_record(path)
    entry = store.entry(record.entry_id) if record and record.entry_id else None
    return None if entry is None else f"{entry.article.title}\n{entry.article.content_text}"


def appending_on_read(monkeypatch: pytest.MonkeyPatch, path: Path, times: int) -> Callable[[], int]:
    """os.read that appends a line to `path` after the first chunk of each of the first
    `times` reads (a writer adding to the file while feedd reads it); returns a counter
    of the appends."""
    real_read = os.read
    appends = 0

    def read(fd: int, size: int) -> bytes:
        nonlocal appends
        data = real_read(fd, size)
        is_first_of_a_read = os.lseek(fd, 0, os.SEEK_CUR) == len(data)
        if data and is_first_of_a_read and appends < times:
            appends += 1
            time.sleep(0.01)  # past the file system's mtime granularity
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(f"more {appends}\n")
        return data

    monkeypatch.setattr(sources.os, "read", read)
    return lambda: appends


def test_a_file_that_grows_while_read_is_read_again_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(WHOLE)
    appends = appending_on_read(monkeypatch, path, times=1)
    read = read_file(tmp_path, "doc.txt", 10_000)
    assert appends() == 1
    assert read.data == (WHOLE + "more 1\n").encode()
    assert read.stat.size == len(read.data)
    assert read.stat.mtime_ns == path.stat().st_mtime_ns


def test_a_file_that_changes_at_every_read_is_refused_as_changing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(WHOLE)
    appending_on_read(monkeypatch, path, times=READ_ATTEMPTS)
    with pytest.raises(UnreadableFile) as refused:
        read_file(tmp_path, "doc.txt", 10_000)
    assert refused.value.reason == CHANGING


def test_a_rebuild_leaves_a_file_still_being_written_to_the_next_run(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.add("calm.txt", story("calm"), LONG_AGO)
    workspace.add("busy.txt", story("busy"), LONG_AGO)
    real_read_file = prepare.read_file

    def busy_while_read(root: Path, relative_path: str, max_bytes: int) -> sources.FileRead:
        if relative_path == "busy.txt":
            raise UnreadableFile(CHANGING, "changed while it was read")
        return real_read_file(root, relative_path, max_bytes)

    monkeypatch.setattr(prepare, "read_file", busy_while_read)
    report, _ = workspace.rebuild()
    assert (report.ingested, report.held_back, sum(report.rejected.values())) == (1, 1, 0)
    assert b"story calm" in workspace.feed("all.atom")
    assert b"story busy" not in workspace.feed("all.atom")

    monkeypatch.undo()
    report, _ = workspace.rebuild()
    assert (report.ingested, report.held_back) == (1, 0)
    assert b"story busy" in workspace.feed("all.atom")


def test_a_file_rewritten_after_the_scan_is_handed_to_the_watcher_not_stored(
    workspace: Workspace,
) -> None:
    # One file per batch: the second batch is read after the first is stored, when the
    # progress callback has begun rewriting it (its first half, a moment ago).
    workspace.write_config("[daemon]\nbatch_size = 1\nsettle_s = 5")
    for name in ("a", "b"):
        workspace.add(f"{name}.txt", story(name), LONG_AGO)
    config = workspace.config()
    with Store(config.state_file) as store:
        pipeline = Pipeline(config, store, Publisher(config.output_dir))
        pipeline.rebuild()
        for name in ("a", "b"):  # new versions, written long ago: settled
            workspace.add(f"{name}.txt", story(name, "version two"), LONG_AGO.replace(day=2))
        rewritten: list[str] = []

        def begin_rewriting_the_other(files: int) -> None:
            if rewritten:
                return
            for name in ("a", "b"):
                if "version two" not in (entry_text(store, f"{name}.txt") or ""):
                    half = story(name, "version three")[:20]
                    (workspace.seeds / f"{name}.txt").write_text(half)
                    rewritten.append(f"{name}.txt")

        unsettled: list[str] = []
        report = pipeline.reconcile(
            progress=begin_rewriting_the_other, on_unsettled=unsettled.append
        )
        assert len(rewritten) == 1
        assert unsettled == rewritten
        assert (report.ingested, report.held_back) == (1, 1)
        # The store still has the version before: never the half.
        assert "version two" not in (entry_text(store, rewritten[0]) or "")
        assert "Its last line, the end." in (entry_text(store, rewritten[0]) or "")


def test_a_file_the_watcher_has_news_of_is_not_stored_from_an_older_read(
    workspace: Workspace,
) -> None:
    workspace.add("news.txt", story("news"), LONG_AGO)
    workspace.add("quiet.txt", story("quiet"), LONG_AGO)
    workspace.add("gone.txt", story("gone"), LONG_AGO)
    config = workspace.config()
    with Store(config.state_file) as store:
        pipeline = Pipeline(config, store, Publisher(config.output_dir))
        pipeline.ingest_paths(["gone.txt"])
        (workspace.seeds / "gone.txt").unlink()
        pipeline.has_news = {"news.txt", "gone.txt"}.__contains__
        report = pipeline.ingest_paths(["news.txt", "quiet.txt", "gone.txt"])
        assert (report.ingested, report.held_back, report.removed) == (1, 1, 0)
        assert entry_text(store, "news.txt") is None
        assert entry_text(store, "gone.txt") is not None  # its removal is the news's to do
