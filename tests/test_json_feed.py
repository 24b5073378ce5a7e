"""JSON Feed 1.1: every feed in a third format, valid against a schema written from the
specification (tests/schemas/jsonfeed-1.1.schema.json), and saying what Atom says."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
from conftest import Workspace
from daemon_helpers import DaemonProcess, wait_until
from feedcheck import atom_entries
from test_feed_builder import ENTRIES, SITE, SPEC

from feedd.feed_builder import build_atom_feed, build_json_feed, fit_to_budget

SCHEMA_PATH = Path(__file__).parent / "schemas" / "jsonfeed-1.1.schema.json"
RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII
)

# jsonschema checks "format" only with optional packages installed; these two checks are
# the ones the schema uses, stated here so they always run.
FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("uri")
def is_absolute_url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


@FORMATS.checks("date-time", raises=ValueError)
def is_rfc3339(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not RFC3339.fullmatch(value):
        raise ValueError(f"not RFC 3339: {value!r}")
    datetime.fromisoformat(value.replace("Z", "+00:00"))  # a real date and time
    return True


def json_feed_problems(data: bytes) -> list[str]:
    """Why `data` is not a JSON Feed 1.1 document (empty if it is)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        return [f"not UTF-8 JSON: {err}"]
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMATS)
    problems = [
        f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
        for e in validator.iter_errors(document)
    ]
    ids = [item.get("id") for item in document.get("items", [])]
    if len(ids) != len(set(ids)):
        problems.append("item ids are not unique")
    return problems


def load(data: bytes) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(data)
    return document


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text()))


@pytest.mark.parametrize(
    "broken",
    [
        {"version": "https://jsonfeed.org/version/1", "title": "t", "items": []},
        {"version": "https://jsonfeed.org/version/1.1", "items": []},
        {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": "1"}]},
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "t",
            "items": [{"id": "1", "content_text": "x", "date_published": "30 Jan 2025"}],
        },
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "t",
            "feed_url": "bases.json",
            "items": [],
        },
        {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [], "autor": []},
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "t",
            "items": [{"id": "1", "content_text": "x", "authors": [{}]}],
        },
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "t",
            "items": [{"id": "1", "content_text": "x"}, {"id": "1", "content_text": "y"}],
        },
    ],
    ids=[
        "version-1.0",
        "no-title",
        "no-content",
        "bad-date",
        "relative-url",
        "unknown-key",
        "empty-author",
        "duplicate-ids",
    ],
)
def test_the_schema_check_refuses_what_the_specification_forbids(broken: dict[str, Any]) -> None:
    assert json_feed_problems(json.dumps(broken).encode())


@pytest.mark.parametrize("hubs", [(), ("https://feeds.example/websub",)])
def test_a_json_feed_is_valid_json_feed_1_1(hubs: tuple[str, ...]) -> None:
    data = build_json_feed(SPEC, ENTRIES, replace(SITE, hub_urls=hubs))
    assert json_feed_problems(data) == []
    feed = load(data)
    assert feed["feed_url"] == "https://feeds.example/bases.json"
    assert feed["home_page_url"] == "https://feeds.example/"
    assert feed.get("hubs", []) == [{"type": "WebSub", "url": url} for url in hubs]


def test_a_json_feed_says_what_the_atom_feed_says() -> None:
    items = load(build_json_feed(SPEC, ENTRIES, SITE))["items"]
    atom = atom_entries(build_atom_feed(SPEC, ENTRIES, SITE))
    assert [i["id"] for i in items] == [e["id"] for e in atom]
    assert [i["title"] for i in items] == [e["title"] for e in atom]
    assert [datetime.fromisoformat(i["date_modified"]) for i in items] == [
        e["updated"] for e in atom
    ]
    assert [datetime.fromisoformat(i["date_published"]) for i in items] == [
        e["published"] for e in atom
    ]
    assert [[a["name"] for a in i.get("authors", [])] for i in items] == [
        [a["name"] for a in e["authors"]] for e in atom
    ]
    assert [i["url"] for i in items] == [e["links"][0]["href"] for e in atom]


def test_the_outlet_is_an_extension_object_readers_may_ignore() -> None:
    items = load(build_json_feed(SPEC, ENTRIES, SITE))["items"]
    assert items[0]["_feedd"]["source"] == {
        "title": "The Moscow Times",
        "home_page_url": "https://www.themoscowtimes.com/",
    }
    assert items[1]["_feedd"]["source"] == {"title": "The Moscow Times"}
    assert "_feedd" not in items[2] and "authors" not in items[3]


def test_a_json_feed_fits_its_byte_budget_and_stays_valid() -> None:
    long = [
        replace(e, article=replace(e.article, content_html="<p>" + "word " * 5000 + "</p>"))
        for e in ENTRIES
    ]
    data = fit_to_budget(build_json_feed, SPEC, long, SITE, 8000)
    assert len(data) <= 8000
    assert json_feed_problems(data) == []


def test_every_json_feed_feedd_writes_for_the_seeds_is_valid(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.add(
        "second.md",
        "---\ntitle: Tartus lease\nsource: CNN\n---\n\n"
        "The lease of the naval base at Tartus was discussed again on Thursday.\n\n"
        "Officials gave no date for a decision on the facility.\n",
    )
    workspace.rebuild()
    written = sorted(workspace.output.glob("*.json"))
    assert [p.name for p in written] == ["all.json", "russia-syria-bases.json"]
    for path in written:
        assert json_feed_problems(path.read_bytes()) == [], path.name
    items = load(workspace.feed("all.json"))["items"]
    assert {i["title"] for i in items} >= {"Tartus lease"}
    _, render = workspace.rebuild()
    assert render.feeds_written == []  # unchanged entries: not rewritten


def test_removing_a_topic_removes_its_json_feed(workspace: Workspace) -> None:
    workspace.add_sample()
    workspace.rebuild()
    assert (workspace.output / "russia-syria-bases.json").is_file()
    workspace.write_config(topics="")
    workspace.rebuild()
    assert not (workspace.output / "russia-syria-bases.json").exists()
    assert (workspace.output / "all.json").is_file()


def test_the_index_page_and_an_opml_list_name_the_json_feeds(workspace: Workspace) -> None:
    from lxml import etree

    workspace.add_sample()
    workspace.rebuild()
    index = workspace.feed("index.html").decode()
    for slug in ("russia-syria-bases", "all"):
        assert (
            'type="application/feed+json" title="' in index
            and f'href="http://feeds.example/{slug}.json"' in index
        )
    assert 'href="feeds-json.opml"' in index
    opml = etree.fromstring(workspace.feed("feeds-json.opml"))
    assert [o.get("xmlUrl") for o in opml.iter("outline")] == [
        "http://feeds.example/russia-syria-bases.json",
        "http://feeds.example/all.json",
    ]
    rss_opml = etree.fromstring(workspace.feed("feeds-rss.opml"))
    assert [o.get("xmlUrl") for o in rss_opml.iter("outline")][-1] == "http://feeds.example/all.rss"


def test_the_daemon_serves_json_feeds_with_conditional_get_and_gzip(workspace: Workspace) -> None:
    workspace.write_config("[daemon]\nsettle_s = 0.2\ndebounce_s = 0.2\n")
    with DaemonProcess(workspace.config_path).start() as daemon:
        workspace.add_sample()
        wait_until(lambda: b"Tartus" in daemon.get("/all.json").content, timeout_s=15)
        response = daemon.get("/all.json", headers={"accept-encoding": "gzip"})
        assert response.headers["content-type"] == "application/feed+json"
        assert response.headers["content-encoding"] == "gzip"
        assert json_feed_problems(response.content) == []  # httpx decodes the gzip
        again = daemon.get("/all.json", headers={"if-none-match": response.headers["etag"]})
        assert again.status_code == 304
        assert daemon.get("/feeds-json.opml").status_code == 200
