"""`feedd rebuild` and `feedd normalize` as a user runs them: subprocesses on a temp folder."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE, Workspace
from feedcheck import validate_atom, validate_rss

from feedd.config import SEARCH_PATHS


def test_help_lists_the_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "feedd", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("rebuild", "normalize", "run"):
        assert command in result.stdout


def test_rebuild_prints_a_summary_and_writes_every_feed(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.add("editor.txt.swp", b"swap")
    workspace.add(".hidden.txt", SAMPLE.read_bytes())
    workspace.add("download.part", SAMPLE.read_bytes())
    workspace.add("empty.txt", b"")
    result = workspace.cli("rebuild", "--log-format", "json", check=True)
    assert re.match(
        r"2 files seen: 1 ingested, 0 duplicate, 0 unchanged, 1 rejected \(empty 1\),"
        r" 0 still being written \(read next run\); 0 removed; 3 skipped \(ignored_name 3\);"
        r" 2 normalized, 0 changed by learned boilerplate; 1 entries in 1 stories,"
        r" 1 shown in feeds;"
        r" 6 feeds written; \d+\.\d\d s",
        result.stdout,
    ), result.stdout
    for name in ("russia-syria-bases.atom", "all.atom"):
        validate_atom(workspace.feed(name))
    for name in ("russia-syria-bases.rss", "all.rss"):
        validate_rss(workspace.feed(name))
    assert (workspace.output / "index.html").is_file()
    assert (workspace.output / "feeds.opml").is_file()
    events = [json.loads(line)["event"] for line in result.stderr.splitlines()]
    assert "file_rejected" in events and "rebuild_finished" in events


def test_second_rebuild_reports_everything_unchanged(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.cli("rebuild", check=True)
    result = workspace.cli("rebuild", check=True)
    assert "1 unchanged" in result.stdout and "0 feeds written" in result.stdout


def test_path_overrides_beat_the_config(workspace: Workspace) -> None:
    other = workspace.root / "elsewhere"
    other.mkdir()
    (other / "a.txt").write_bytes(SAMPLE.read_bytes())
    out = workspace.root / "out"
    result = workspace.cli(
        "rebuild",
        "--watch",
        str(other),
        "--state",
        str(workspace.root / "s.db"),
        "--output",
        str(out),
        "--base-url",
        "https://news.example/feeds",
        check=True,
    )
    assert "1 ingested" in result.stdout
    atom = (out / "russia-syria-bases.atom").read_text()
    assert "<id>https://news.example/feeds/russia-syria-bases.atom</id>" in atom
    with sqlite3.connect(workspace.root / "s.db") as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone() == (1,)


def test_rebuild_refuses_a_missing_watch_folder(workspace: Workspace) -> None:
    result = workspace.cli("rebuild", "--watch", str(workspace.root / "missing"))
    assert result.returncode == 2
    assert "missing is not a folder" in result.stderr


def test_rebuild_reports_an_unusable_output_folder(workspace: Workspace) -> None:
    workspace.add_sample()
    blocker = workspace.root / "blocker"
    blocker.write_text("a file where the output folder should be")
    result = workspace.cli("rebuild", "--output", str(blocker / "feeds"))
    assert result.returncode == 3
    assert "cannot create the output folder" in result.stderr


def test_normalize_prints_json_without_touching_the_store(workspace: Workspace) -> None:
    path = workspace.add_sample()
    result = workspace.cli("normalize", str(path), "--json", check=True)
    record = json.loads(result.stdout)
    expected_keys = {
        "id",
        "title",
        "source",
        "author",
        "published",
        "updated",
        "summary",
        "content_text",
        "content_html",
        "link",
        "language",
        "topics",
    }
    assert expected_keys <= set(record)
    assert record["id"].startswith("urn:uuid:")
    assert not workspace.state.exists()


def test_normalize_gives_the_same_id_as_rebuild(workspace: Workspace) -> None:
    path = workspace.add_sample()
    record = json.loads(workspace.cli("normalize", str(path), "--json", check=True).stdout)
    workspace.cli("rebuild", check=True)
    assert f"<id>{record['id']}</id>" in workspace.feed("all.atom").decode()


def test_normalize_of_a_rejected_file_exits_1_with_the_reason(workspace: Workspace) -> None:
    path = workspace.add("empty.txt", b"   \n")
    result = workspace.cli("normalize", str(path))
    assert result.returncode == 1
    assert "rejected: empty" in result.stderr


def test_rebuild_shows_a_progress_bar_only_when_asked_or_on_a_terminal(
    workspace: Workspace,
) -> None:
    workspace.add_sample()
    quiet = workspace.cli("rebuild", "--log-format", "json", check=True)
    assert "file/s" not in quiet.stderr and "it/s" not in quiet.stderr
    os.utime(workspace.seeds / SAMPLE.name)
    shown = workspace.cli("rebuild", "--progress", "always", "--log-format", "json", check=True)
    assert "ingest" in shown.stderr


def test_normalize_into_a_reader_that_stops_early_exits_quietly(workspace: Workspace) -> None:
    """`feedd normalize FILE | head -1`: no traceback, and the status says "stdout closed"."""
    paragraphs = "\n\n".join(
        f"Paragraph {i}: the talks on the bases went on for another round, officials said."
        for i in range(2000)
    )  # more output than a pipe buffers, so the write after `head` leaves surely fails
    path = workspace.add("long.txt", SAMPLE.read_text(encoding="utf-8") + "\n\n" + paragraphs)
    with subprocess.Popen(
        [sys.executable, "-m", "feedd", "normalize", str(path)],
        cwd=workspace.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "FEEDD_CONFIG": str(workspace.config_path)},
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().startswith("id:")
        process.stdout.close()
        stderr = process.stderr.read()
        returncode = process.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert returncode == 141, stderr  # 128 + SIGPIPE, as a shell reports `cat` cut short


def _run_without_config(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """feedd run from a folder outside the repository, with no $FEEDD_CONFIG."""
    env = {key: value for key, value in os.environ.items() if key != "FEEDD_CONFIG"}
    return subprocess.run(
        [sys.executable, "-m", "feedd", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


# Without a config file of its own, feedd would find a system-wide one first.
without_a_system_config = pytest.mark.skipif(
    SEARCH_PATHS[-1].exists(), reason=f"{SEARCH_PATHS[-1]} exists on this machine"
)


@without_a_system_config
def test_rebuild_with_no_config_file_runs_on_the_built_in_defaults(tmp_path: Path) -> None:
    watch = tmp_path / "pages"
    watch.mkdir()
    (watch / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    result = _run_without_config(
        tmp_path,
        "rebuild",
        "--watch",
        str(watch),
        "--state",
        str(tmp_path / "s.db"),
        "--output",
        str(tmp_path / "out"),
    )
    assert result.returncode == 0, result.stderr
    assert "1 ingested" in result.stdout
    assert "built-in defaults" in result.stderr and "no topics" in result.stderr
    validate_atom((tmp_path / "out" / "all.atom").read_bytes())


@without_a_system_config
def test_normalize_works_with_no_config_at_all(tmp_path: Path) -> None:
    result = _run_without_config(tmp_path, "normalize", str(SAMPLE), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["topics"] == []
    assert "built-in defaults" in result.stderr


def test_a_config_asked_for_that_does_not_exist_is_still_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    result = _run_without_config(tmp_path, "normalize", str(SAMPLE), "--config", str(missing))
    assert result.returncode == 2
    assert f"{missing}: file not found" in result.stderr
    assert "built-in defaults" not in result.stderr
