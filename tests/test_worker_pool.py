"""The process pool: the same entries as normalizing in process, and a worker that dies
(killed, out of memory) costs neither the batch nor the next one."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE, Workspace, distinct_story

from feedd import pipeline
from feedd.model import Article
from feedd.pipeline import Pipeline
from feedd.prepare import PrepareSettings, prepare_one
from feedd.publisher import Publisher
from feedd.store import Store

FILES = 80  # above pipeline.PARALLEL_MIN_FILES, so a batch goes to the pool


def _fill(workspace: Workspace) -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    names = [f"doc{i:03d}.txt" for i in range(FILES)]
    for i, name in enumerate(names):
        workspace.add(name, text.replace("Lavrov said", f"Lavrov said ({i})"))
    return names


def _entries(workspace: Workspace) -> list[tuple[str, str, str]]:
    db = sqlite3.connect(workspace.state)
    try:
        return db.execute("SELECT entry_id, title, body FROM entries ORDER BY 1").fetchall()
    finally:
        db.close()


def _ingest(workspace: Workspace, names: list[str], *, workers: int) -> Pipeline:
    config = workspace.config()
    store = Store(config.state_file)
    work = Pipeline(config, store, Publisher(config.output_dir), workers=workers)
    report = work.ingest_paths(names)
    assert report.ingested == len(names)
    return work


def test_the_pool_gives_the_entries_normalizing_in_process_gives(workspace: Workspace) -> None:
    names = _fill(workspace)
    in_process = _ingest(workspace, names, workers=1)
    in_process.store.close()
    expected = _entries(workspace)
    workspace.state.unlink()

    pooled = _ingest(workspace, names, workers=2)
    assert pooled._pool is not None  # the batch really went to the workers
    pooled.close()
    pooled.store.close()
    assert _entries(workspace) == expected


def test_a_dead_worker_costs_no_batch(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        pipeline.log, "warning", lambda event, **_: warnings.append(event), raising=False
    )
    names = _fill(workspace)
    config = workspace.config()
    with Store(config.state_file) as store:
        work = Pipeline(config, store, Publisher(config.output_dir), workers=2)
        work._warm_up_pool()
        pool = work._pool
        assert pool is not None
        deadline = time.monotonic() + 30
        while len(pool._processes) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(next(iter(pool._processes)), signal.SIGKILL)

        assert work.ingest_paths(names).ingested == FILES
        assert "worker_pool_broken" in warnings
        # The next big batch gets a fresh pool.
        for name in names:
            workspace.add(name, SAMPLE.read_text(encoding="utf-8") + f"\nEdited {name}.\n")
        assert work.ingest_paths(names).ingested == FILES
        assert work._pool is not None and work._pool is not pool
        work.close()


def test_html_that_is_just_the_body_is_not_stored_but_read_back_the_same(
    workspace: Workspace,
) -> None:
    workspace.add("plain.txt", SAMPLE.read_text(encoding="utf-8"))
    settings = PrepareSettings(
        root=str(workspace.seeds), max_file_bytes=1 << 20, timezone="UTC", boilerplate=frozenset()
    )
    prepared = prepare_one(settings, "plain.txt")
    assert prepared is not None and isinstance(prepared.outcome, Article)
    assert prepared.html_is_body is True

    # Another story (one of the same story would be a version of it, shown as one entry).
    workspace.add("other.txt", distinct_story(SAMPLE.read_text(encoding="utf-8"), 1))
    other = prepare_one(settings, "other.txt")
    assert other is not None and isinstance(other.outcome, Article)
    config = workspace.config()
    richer = replace(other.outcome, content_html="<p><b>Bold</b> claims</p>")
    with Store(config.state_file) as store, store.transaction():
        for path, article, html_is_body in (
            ("a.txt", prepared.outcome, True),
            ("b.txt", richer, False),
        ):
            store.store_article(
                path=path,
                size=1,
                mtime_ns=1,
                content_hash=path,
                article=article,
                modified_at=datetime(2025, 1, 1, tzinfo=UTC),
                topics=[],
                html_is_body=html_is_body,
            )
    with Store(config.state_file) as store:
        stored = {e.article.content_html for e in store.entries_for_feed("all", 10)}
    assert stored == {prepared.outcome.content_html, richer.content_html}
    db = sqlite3.connect(workspace.state)
    assert sorted(db.execute("SELECT content_html FROM entries").fetchall()) == [
        ("",),
        (richer.content_html,),
    ]
    db.close()


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(c) for c in (task / "children").read_text().split())
    return found


def _is_gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status  # a zombie has exited; reaping is its new parent's job


def test_workers_leave_when_the_rebuild_is_killed(workspace: Workspace) -> None:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "corpus.py"),
            str(workspace.seeds),
            "--count",
            "3000",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    rebuild = subprocess.Popen(
        [sys.executable, "-m", "feedd", "rebuild", "--config", str(workspace.config_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 30
    while len(workers) < 2 and rebuild.poll() is None and time.monotonic() < deadline:
        workers = _children(rebuild.pid)
        time.sleep(0.01)
    assert len(workers) >= 2, "the rebuild ended before its workers could be seen"
    rebuild.kill()  # SIGKILL: no clean shutdown of the pool
    rebuild.wait()
    deadline = time.monotonic() + 10
    while not all(map(_is_gone, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(map(_is_gone, workers)), "workers outlived their parent"
