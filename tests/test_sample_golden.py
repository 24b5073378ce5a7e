"""The sample seed, end to end: its entry and its Atom feed match the reviewed golden files.

Regenerate after an intended change with FEEDD_REGENERATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import SAMPLE, Workspace
from feedcheck import validate_atom, validate_rss

GOLDEN = Path(__file__).parent / "golden"


def _check_golden(name: str, actual: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("FEEDD_REGENERATE_GOLDEN"):
        path.write_bytes(actual)
    assert actual.decode("utf-8") == path.read_text(encoding="utf-8")


def test_sample_entry_matches_golden_json(workspace: Workspace) -> None:
    path = workspace.add_sample()
    result = workspace.cli("normalize", str(path), "--json", check=True)
    record = json.loads(result.stdout)
    actual = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    _check_golden(f"{SAMPLE.stem}.entry.json", actual.encode("utf-8"))


def test_sample_topic_feed_matches_golden_atom(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.rebuild()
    atom = workspace.feed("russia-syria-bases.atom")
    validate_atom(atom)
    _check_golden(f"{SAMPLE.stem}.russia-syria-bases.atom", atom)


def test_sample_entry_is_exactly_as_the_issue_states(workspace: Workspace) -> None:
    path = workspace.add_sample()
    record = json.loads(workspace.cli("normalize", str(path), "--json", check=True).stdout)
    assert record["title"] == (
        "Russia and Syria Signal Closer Ties Amid Uncertainty Over Military Bases"
    )
    assert record["source"] == "The Moscow Times"
    body = record["content_text"]
    assert body.startswith("Russia and Syria signaled Thursday")
    assert body.endswith("changes in government.”")
    for chrome in (
        "Support The Moscow Times",
        "Sign up for our free weekly newsletter",
        "Dear readers",
        "Remind me later",
        "paiment methods",
        "Read more",
        "Sergei Bulkin / TASS",
    ):
        assert chrome not in body
        assert chrome not in record["content_html"]
    assert record["topics"] == ["russia-syria-bases"]
    assert record["summary"].startswith("Russia and Syria signaled Thursday")
    assert record["published"] == "2025-01-30T12:00:00+00:00"  # the file's mtime


def test_shipped_config_rebuild_writes_the_sample_feed(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.rebuild()
    atom = workspace.feed("russia-syria-bases.atom")
    rss = workspace.feed("russia-syria-bases.rss")
    validate_atom(atom)
    validate_rss(rss)
    assert b"Russia and Syria Signal Closer Ties Amid Uncertainty Over Military Bases" in atom
    assert b"Support The Moscow Times" not in atom
