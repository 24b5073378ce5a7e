"""`feedd explain FILE` and `feedd query EXPR` as a user runs them: after a rebuild, and
beside a running daemon (read-only, no lock)."""

from __future__ import annotations

import json
import time

import pytest
from conftest import Workspace
from daemon_helpers import DaemonProcess, document, headline_of, wait_until

WEATHER_TOPIC = '[[topics]]\nname = "Siberia weather"\nquery = "snow AND siberia"\n'


@pytest.fixture
def stored(workspace: Workspace) -> Workspace:
    """Three bases documents (published on days 1-3) and one weather document, rebuilt."""
    from conftest import shipped_topics_toml

    workspace.write_config(topics=shipped_topics_toml() + "\n\n" + WEATHER_TOPIC)
    for number in (1, 2, 3):
        workspace.add(
            f"bases{number}.txt",
            document(number).replace(
                "Support The Moscow Times!", f"Support The Moscow Times!\n\nJanuary {number}, 2025"
            ),
        )
    workspace.add("weather.txt", document(9, topic="weather"))
    workspace.cli("rebuild", check=True)
    return workspace


def test_explain_shows_the_entry_and_why_each_topic_matches_or_not(stored: Workspace) -> None:
    result = stored.cli("explain", str(stored.seeds / "bases1.txt"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"title:     {headline_of(1)}" in out
    assert "source:    The Moscow Times" in out
    assert "body:      " in out and " characters in " in out
    assert "store:     entry urn:uuid:" in out and "in russia-syria-bases" in out
    assert "topic russia-syria-bases (Russia–Syria bases): MATCHES" in out
    assert "      ✓ tartus\n          in title, 1 time:" in out
    assert "[Tartus]" in out
    assert "topic siberia-weather (Siberia weather): does not match" in out
    assert "    ✗ snow  (not in title, body or source)" in out


def test_explain_json_agrees_with_what_the_store_decided_for_every_file(
    stored: Workspace,
) -> None:
    for path in sorted(stored.seeds.iterdir()):
        result = stored.cli("explain", str(path), "--json")
        assert result.returncode == 0, result.stderr
        record = json.loads(result.stdout)
        matched = [t["slug"] for t in record["topics"] if t["matched"]]
        assert matched == record["store"]["topics"], path.name
        assert all(t["explanation"]["matched"] is t["matched"] for t in record["topics"])
    weather = json.loads(stored.cli("explain", str(stored.seeds / "weather.txt"), "--json").stdout)
    assert weather["document"]["title"] == headline_of(9, topic="weather")
    assert weather["store"]["topics"] == ["siberia-weather"]


def test_explain_one_topic_or_a_query_given_on_the_command_line(stored: Workspace) -> None:
    only = stored.cli("explain", str(stored.seeds / "weather.txt"), "--topic", "siberia-weather")
    assert "siberia-weather" in only.stdout and "russia-syria-bases (" not in only.stdout
    query = stored.cli("explain", str(stored.seeds / "weather.txt"), "--query", "title:snow")
    assert "the query: MATCHES" in query.stdout
    assert "  ✓ title:\n    ✓ snow\n        in title, 1 time:" in query.stdout
    unknown = stored.cli("explain", str(stored.seeds / "weather.txt"), "--topic", "nope")
    assert unknown.returncode == 2
    assert "--topic: no topic 'nope' (topics: russia-syria-bases, siberia-weather)" in (
        unknown.stderr
    )


def test_explain_works_without_a_state_database_and_reports_a_rejected_file(
    workspace: Workspace,
) -> None:
    workspace.add("kremlin.txt", document(1))
    result = workspace.cli("explain", str(workspace.seeds / "kremlin.txt"))
    assert result.returncode == 0, result.stderr
    assert "store:     no state database at" in result.stdout
    assert "MATCHES" in result.stdout
    assert not workspace.state.exists()  # explain never creates one
    workspace.add("empty.txt", "")
    rejected = workspace.cli("explain", str(workspace.seeds / "empty.txt"))
    assert rejected.returncode == 1
    assert "rejected: empty" in rejected.stderr


def test_query_counts_matches_and_lists_the_newest_with_snippets(stored: Workspace) -> None:
    result = stored.cli("query", "tartus NOT snow", "--limit", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "3 entries match."
    assert lines[1] == "Newest 2:"
    titles = [line for line in lines if line.startswith("2025-")]
    assert titles == [f"2025-01-03  {headline_of(3)}", f"2025-01-02  {headline_of(2)}"]
    assert any(line.strip().startswith("body: ") and "[Tartus]" in line for line in lines)
    record = json.loads(stored.cli("query", "snow", "--json").stdout)
    assert (record["matched"], record["shown"]) == (1, 1)
    assert record["newest"][0]["title"] == headline_of(9, topic="weather")
    assert record["newest"][0]["snippets"]["title"] == [
        headline_of(9, topic="weather").replace("Snow", "[Snow]")
    ]
    assert stored.cli("query", "tajikistan").stdout.startswith("0 entries match.")


def test_query_runs_a_configured_topic_with_its_aliases(stored: Workspace) -> None:
    topic = json.loads(stored.cli("query", "--topic", "russia-syria-bases", "--json").stdout)
    assert topic["matched"] == 3
    stored.add("tartous.txt", document(4).replace("Tartus", "Tartous"))
    stored.cli("rebuild", check=True)
    plain = json.loads(stored.cli("query", "tartus", "--json").stdout)
    spelled = json.loads(
        stored.cli("query", "tartus", "--topic", "russia-syria-bases", "--json").stdout
    )
    assert (plain["matched"], spelled["matched"]) == (3, 4)


def test_query_errors_give_line_and_column_and_a_missing_state_is_status_3(
    workspace: Workspace,
) -> None:
    bad = workspace.cli("query", "russia AND\n  (syria OR")
    assert bad.returncode == 2
    assert "feedd: query: query ends too early at line 2, column 12" in bad.stderr
    missing = workspace.cli("query", "tartus")
    assert missing.returncode == 3
    assert "no state database here" in missing.stderr
    usage = workspace.cli("query")
    assert usage.returncode == 2 and "give EXPR" in usage.stderr


def test_explain_and_query_work_while_the_daemon_runs_on_the_same_state(
    workspace: Workspace,
) -> None:
    workspace.write_config("[daemon]\nsettle_s = 0.2\ndebounce_s = 0.2\n")
    with DaemonProcess(workspace.config_path) as daemon:
        daemon.start()
        (workspace.seeds / "kremlin.txt").write_text(document(1), encoding="utf-8")
        wait_until(lambda: headline_of(1) in daemon.feed_text(), timeout_s=5)
        started = time.monotonic()
        query = workspace.cli("query", "hmeimim")
        explained = workspace.cli("explain", str(workspace.seeds / "kremlin.txt"))
        assert time.monotonic() - started < 20
        assert daemon.returncode is None  # still running, lock still held
    assert query.returncode == 0, query.stderr
    assert query.stdout.startswith("1 entry matches.")
    assert explained.returncode == 0, explained.stderr
    assert "in russia-syria-bases" in explained.stdout


def test_both_commands_explain_themselves_in_help(workspace: Workspace) -> None:
    for command, words in (
        ("explain", "whether it matches and why"),
        ("query", "as topic membership"),
    ):
        result = workspace.cli(command, "--help")
        assert result.returncode == 0
        assert words in " ".join(result.stdout.split())
