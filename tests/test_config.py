"""Config loading: defaults, overrides, and errors that name the file, the key and the fault."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHIPPED_CONFIG, Workspace

from feedd.config import Overrides, load_config
from feedd.errors import ConfigError


def test_shipped_config_loads_with_the_sample_topic() -> None:
    config = load_config(SHIPPED_CONFIG)
    assert config.watch_dir == SHIPPED_CONFIG.parent.parent / "seeds"
    assert config.state_file == SHIPPED_CONFIG.parent.parent / "var" / "state.sqlite3"
    assert [(t.name, t.slug) for t in config.topics] == [
        ("Russia–Syria bases", "russia-syria-bases")
    ]
    assert config.max_entries == 50 and config.timezone == "UTC"
    assert config.base_url == "http://127.0.0.1:8080/"


def test_minimal_config_gets_documented_defaults(tmp_path: Path) -> None:
    path = tmp_path / "feedd.toml"
    path.write_text("")
    config = load_config(path)
    assert config.watch_dir == tmp_path / "seeds"
    assert config.output_dir == tmp_path / "var" / "feeds"
    assert (config.server.bind, config.server.port) == ("127.0.0.1", 8080)
    assert config.daemon.debounce_s == 0.25 and config.daemon.reconcile_interval_s == 600


def test_overrides_win_and_the_default_base_url_follows_the_port(tmp_path: Path) -> None:
    path = tmp_path / "feedd.toml"
    path.write_text("")
    config = load_config(path, Overrides(watch_dir=Path("/srv/docs"), port=9000))
    assert config.watch_dir == Path("/srv/docs")
    assert config.base_url == "http://127.0.0.1:9000/"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max_entrys = 5", "max_entrys: unknown key"),
        ("max_entries = 0", "max_entries: 0 is not allowed"),
        ('max_entries = "ten"', "max_entries: must be an integer, not a string"),
        ('timezone = "Mars/Olympus"', "timezone: unknown time zone 'Mars/Olympus'"),
        ('base_url = "feeds.example"', "base_url: 'feeds.example' is not an http(s) URL"),
        ("[server]\nport = 70000", "server.port: 70000 is not allowed"),
        ('[daemon]\nwatch_mode = "magic"', "daemon.watch_mode: 'magic' is not allowed"),
        ("[[topics]]\nquery = 'x'", "topics[0].name: is required"),
        ("[[topics]]\nname = 'A'", "topics[0].query: is required"),
        (
            "[[topics]]\nname = 'A'\nquery = 'x'\n[[topics]]\nname = 'B'\n"
            "query = 'tartus AND (moscow OR'",
            "topics[1].query: query ends too early at column 22",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'x'\n[[topics]]\nname = 'a'\nquery = 'y'",
            "topics[1].slug: 'a' is already used by topics[0]",
        ),
        ("[[topics]]\nname = 'All'\nquery = 'x'", "topics[0].slug: 'all' is reserved"),
        ("[[topics]]\nname = 'A'\nquery = 'x'\ncolour = 1", "topics[0].colour: unknown key"),
        ("watch_dir = ", "not valid TOML"),
        (
            "[[topics]]\nname = 'A'\nquery = '''\nrussia\nAND (tartus OR\n'''",
            "topics[0].query: query ends too early at line 2, column 15",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'tartus'\naliases = ['Tartous']",
            "topics[0].aliases: must be a table, not an array",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'tartus'\n[topics.aliases]\nTartus = 'Tartous'",
            "topics[0].aliases.Tartus: must be a non-empty array of spellings",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'tartus'\n[topics.aliases]\nTartus = []",
            "topics[0].aliases.Tartus: must be a non-empty array of spellings",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'tartus'\n[topics.aliases]\nTartus = ['x', 3]",
            "topics[0].aliases.Tartus[1]: must be a string, not an integer",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'tartus'\n[topics.aliases]\nTartus = ['Tar*tous']",
            "topics[0].aliases.Tartus[0]: 'Tar*tous': * belongs at the end of a spelling",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'tartus'\n[topics.aliases]\nTartus = ['--']",
            "topics[0].aliases.Tartus[0]: '--': has no letters or digits to match",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'tartus'\n[topics.aliases]\n"
            "Tartus = ['Tartous']\nTartous = ['Tortosa']",
            "topics[0].aliases.Tartous: 'Tartous' is already a spelling of 'Tartus'",
        ),
        (
            "[[topics]]\nname = 'A'\nquery = 'tartus'\n[topics.aliases]\nHmeimim = ['Khmeimim']",
            "topics[0].aliases.Hmeimim: no word or phrase of the query is one of these spellings",
        ),
    ],
)
def test_bad_config_names_file_key_and_fault(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "feedd.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_topic_aliases_are_read_in_order_and_expand_into_the_match_expression(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feedd.toml"
    path.write_text(
        "[[topics]]\nname = 'A'\nquery = 'tartus OR khmeimim'\n[topics.aliases]\n"
        "Tartus = ['Tartous', 'tartous', 'Тартус*']\nHmeimim = ['Khmeimim']\n",
        encoding="utf-8",
    )
    topic = load_config(path).topics[0]
    assert topic.aliases == (("Tartus", "Tartous", "Тартус*"), ("Hmeimim", "Khmeimim"))
    assert topic.match_expression == (
        '(("tartus" OR "Tartous" OR "Тартус"*) OR ("khmeimim" OR "Hmeimim"))'
    )


def test_bad_config_stops_the_command_with_status_2(workspace: Workspace) -> None:
    workspace.write_config(topics="[[topics]]\nname = 'A'\nquery = '(tartus'")
    result = workspace.cli("rebuild")
    assert result.returncode == 2
    assert 'topics[0].query: unbalanced "(" at column 1' in result.stderr
    assert not workspace.state.exists()


def test_missing_config_file_says_where_it_looked(workspace: Workspace) -> None:
    result = workspace.cli("rebuild", "--config", str(workspace.root / "nope.toml"))
    assert result.returncode == 2
    assert "nope.toml: file not found" in result.stderr
