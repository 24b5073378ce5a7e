"""RFC 5005 archived feeds: from a topic's subscription feed, prev-archive links lead back
through complete archive pages that never change, and every entry the topic ever had is
on exactly one of them or in the subscription feed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from conftest import ROOT, Workspace
from daemon_helpers import DaemonProcess, document, wait_until
from feedcheck import ATOM_NS, validate_atom, w3c_validator_problems
from lxml import etree
from test_feed_builder import ENTRIES, SITE

from feedd.feed_builder import FeedSpec, archive_path, build_atom_feed

A = f"{{{ATOM_NS}}}"
FH = "{http://purl.org/syndication/history/1.0}"
TOPIC = "russia-syria-bases"
BASE = "http://feeds.example/"
T0 = datetime(2025, 3, 1, tzinfo=UTC)


@dataclass
class Walk:
    """What a reader finds following prev-archive from a subscription feed."""

    subscription: list[str] = field(default_factory=list)  # entry ids, in feed order
    pages: list[tuple[str, list[str]]] = field(default_factory=list)  # (url, ids), newest first

    @property
    def archived(self) -> list[str]:
        return [entry_id for _, ids in self.pages for entry_id in ids]


def links(root: etree._Element) -> dict[str, str]:
    return {link.get("rel", "alternate"): link.get("href", "") for link in root.findall(f"{A}link")}


def entry_ids(root: etree._Element) -> list[str]:
    return [entry.findtext(f"{A}id") or "" for entry in root.findall(f"{A}entry")]


def walk(fetch: Callable[[str], bytes], feed_url: str) -> Walk:
    """Read the subscription feed, then each archive page back to the first; each page
    must say it is one, name the subscription feed as current and itself as self."""
    root = etree.fromstring(fetch(feed_url))
    assert root.find(f"{FH}archive") is None
    found = Walk(subscription=entry_ids(root))
    url = links(root).get("prev-archive")
    seen: set[str] = set()
    while url is not None:
        assert url not in seen, f"prev-archive loops at {url}"
        seen.add(url)
        data = fetch(url)
        page = etree.fromstring(data)
        assert page.find(f"{FH}archive") is not None, url
        page_links = links(page)
        assert page_links["current"] == feed_url
        assert page_links["self"] == url
        found.pages.append((url, entry_ids(page)))
        url = page_links.get("prev-archive")
    return found


def output_fetcher(workspace: Workspace) -> Callable[[str], bytes]:
    def fetch(url: str) -> bytes:
        assert url.startswith(BASE), url
        return (workspace.output / url.removeprefix(BASE)).read_bytes()

    return fetch


def add_documents(workspace: Workspace, numbers: range) -> None:
    for number in numbers:
        workspace.add(f"doc-{number:04d}.txt", document(number), mtime=T0 + timedelta(hours=number))


def shown_ids(workspace: Workspace, feed: str) -> set[str]:
    from feedd.store import Store

    with Store(workspace.state) as store:
        return {e.entry_id for e in store.entries_for_feed(feed, 1_000_000)}


def configure(workspace: Workspace, *, page: int = 10, newest: int = 5) -> None:
    workspace.write_config(f"max_entries = {newest}\narchive_page_entries = {page}")


# -- the documents, built without a store ------------------------------------------------------


def test_an_archive_page_is_marked_and_linked_as_rfc_5005_asks() -> None:
    spec = FeedSpec(slug="bases", name="Bases", archive_page=3)
    data = build_atom_feed(spec, ENTRIES, SITE)
    validate_atom(data)
    url = "https://feeds.example/archive/bases/3.atom"
    assert w3c_validator_problems(data, url) == []
    root = etree.fromstring(data)
    assert root.find(f"{FH}archive") is not None
    assert links(root) == {
        "self": url,
        "prev-archive": "https://feeds.example/archive/bases/2.atom",
        "next-archive": "https://feeds.example/archive/bases/4.atom",
        "current": "https://feeds.example/bases.atom",
        "alternate": "https://feeds.example/",
    }
    first = etree.fromstring(
        build_atom_feed(FeedSpec(slug="b", name="B", archive_page=1), [], SITE)
    )
    assert "prev-archive" not in links(first)


def test_an_archived_entry_links_only_to_its_original_page() -> None:
    spec = FeedSpec(slug="bases", name="Bases", archive_page=1)
    root = etree.fromstring(build_atom_feed(spec, ENTRIES, SITE))
    hrefs = [[x.get("href") for x in e.findall(f"{A}link")] for e in root.findall(f"{A}entry")]
    assert hrefs == [[ENTRIES[0].article.link], [], [ENTRIES[2].article.link], []]


def test_the_subscription_feed_names_its_newest_archive_page_and_no_hub_goes_on_a_page() -> None:
    site = SITE.__class__(
        title="feedd", author="feedd", base_url=SITE.base_url, hub_urls=("https://h.example/",)
    )
    feed = etree.fromstring(
        build_atom_feed(FeedSpec(slug="bases", name="Bases", prev_archive=7), ENTRIES, site)
    )
    assert links(feed)["prev-archive"] == "https://feeds.example/archive/bases/7.atom"
    assert feed.find(f"{FH}archive") is None and "hub" in links(feed)
    page = etree.fromstring(
        build_atom_feed(FeedSpec(slug="bases", name="Bases", archive_page=7), ENTRIES, site)
    )
    assert "hub" not in links(page)


# -- rebuilds -----------------------------------------------------------------------------------


@pytest.mark.parametrize("feed", [TOPIC, "all"])
def test_a_walk_from_the_subscription_feed_reaches_every_entry_exactly_once(
    workspace: Workspace, feed: str
) -> None:
    configure(workspace, page=10, newest=5)
    add_documents(workspace, range(1, 96))  # 9 complete pages and 5 places of the 10th
    workspace.rebuild()
    found = walk(output_fetcher(workspace), f"{BASE}{feed}.atom")
    everything = shown_ids(workspace, feed)
    assert len(everything) == 95
    assert [url for url, _ in found.pages] == [
        f"{BASE}{archive_path(feed, n)}" for n in range(9, 0, -1)
    ]
    assert [len(ids) for _, ids in found.pages] == [10] * 9
    assert len(found.archived) == len(set(found.archived)) == 90  # no entry on two pages
    unarchived = set(found.subscription) - set(found.archived)
    assert len(unarchived) == 5
    assert set(found.archived) | unarchived == everything
    for path in (workspace.output / "archive" / feed).iterdir():
        validate_atom(path.read_bytes())
        assert w3c_validator_problems(path.read_bytes(), f"{BASE}archive/{feed}/{path.name}") == []


def test_complete_pages_never_change_while_entries_come_change_and_go(
    workspace: Workspace,
) -> None:
    configure(workspace, page=10, newest=5)
    add_documents(workspace, range(1, 26))
    workspace.rebuild()
    folder = workspace.output / "archive" / TOPIC
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert sorted(before) == ["1.atom", "2.atom"]
    # An entry of page 1 goes, one of page 2 is edited, and 20 more arrive.
    (workspace.seeds / "doc-0003.txt").unlink()
    workspace.add("doc-0015.txt", document(15, marker="Edited later."))
    add_documents(workspace, range(26, 46))
    workspace.rebuild()
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert sorted(after) == ["1.atom", "2.atom", "3.atom", "4.atom"]
    assert {name: after[name] for name in before} == before
    found = walk(output_fetcher(workspace), f"{BASE}{TOPIC}.atom")
    assert len(found.archived) == len(set(found.archived)) == 40
    assert shown_ids(workspace, TOPIC) <= set(found.archived) | set(found.subscription)


def test_a_late_document_with_an_old_date_is_in_the_feed_until_its_page_is_complete(
    workspace: Workspace,
) -> None:
    configure(workspace, page=10, newest=3)
    add_documents(workspace, range(1, 16))
    workspace.rebuild()
    workspace.add("late.txt", document(500), mtime=T0 - timedelta(days=30))
    workspace.rebuild()
    found = walk(output_fetcher(workspace), f"{BASE}{TOPIC}.atom")
    late = shown_ids(workspace, TOPIC) - set(found.archived)
    # the newest 3, and the 6 not yet archived (the 5 after page 1, and the late one)
    assert len(found.subscription) == 6
    assert late <= set(found.subscription)
    add_documents(workspace, range(16, 20))  # page 2 complete: the late one is archived
    workspace.rebuild()
    found = walk(output_fetcher(workspace), f"{BASE}{TOPIC}.atom")
    assert len(found.pages) == 2 and len(found.subscription) == 3
    assert shown_ids(workspace, TOPIC) == set(found.archived)


def test_an_entry_edited_off_the_topic_leaves_the_subscription_feed(
    workspace: Workspace,
) -> None:
    """Its place in the archive stays, but the page still filling up shows only what the
    topic holds now (the same file rewritten about the weather is in `all` alone)."""
    configure(workspace, page=10, newest=3)
    add_documents(workspace, range(1, 16))  # page 1 complete; 11-15 still filling up
    workspace.rebuild()
    workspace.add("doc-0012.txt", document(12, topic="weather"), mtime=T0 + timedelta(hours=12))
    workspace.rebuild()
    found = walk(output_fetcher(workspace), f"{BASE}{TOPIC}.atom")
    assert len(found.subscription) == 4  # 11, 13, 14, 15
    assert set(found.subscription) == shown_ids(workspace, TOPIC) - set(found.archived)


def test_an_entry_the_feed_shows_beyond_its_newest_gets_its_page_back_in_a_later_run(
    workspace: Workspace,
) -> None:
    """The page still filling up is read from the store: a run that renders no feed (here a
    rebuild with nothing changed) still knows its entries need their pages."""
    configure(workspace, page=10, newest=3)
    add_documents(workspace, range(1, 16))
    workspace.rebuild()
    found = walk(output_fetcher(workspace), f"{BASE}{TOPIC}.atom")
    beyond_newest = found.subscription[-1]  # of the page filling up, not of the newest 3
    page = workspace.output / "entries" / f"{beyond_newest.rsplit(':', 1)[-1]}.html"
    assert page.is_file()
    page.unlink()
    workspace.rebuild()
    assert page.is_file()


def test_another_page_size_starts_the_archive_again(workspace: Workspace) -> None:
    configure(workspace, page=10, newest=5)
    add_documents(workspace, range(1, 26))
    workspace.rebuild()
    configure(workspace, page=4, newest=5)
    workspace.rebuild()
    names = sorted(p.name for p in (workspace.output / "archive" / TOPIC).iterdir())
    assert names == [f"{n}.atom" for n in range(1, 7)]
    found = walk(output_fetcher(workspace), f"{BASE}{TOPIC}.atom")
    assert len(found.archived) == 24 and set(found.archived) <= shown_ids(workspace, TOPIC)


def test_a_missing_page_is_written_again_and_a_removed_topic_takes_its_archive(
    workspace: Workspace,
) -> None:
    configure(workspace, page=10, newest=5)
    add_documents(workspace, range(1, 21))
    workspace.rebuild()
    page = workspace.output / "archive" / TOPIC / "1.atom"
    kept = page.read_bytes()
    page.unlink()
    workspace.rebuild()
    assert page.read_bytes() == kept
    workspace.write_config("max_entries = 5\narchive_page_entries = 10", topics="")
    workspace.rebuild()
    assert not (workspace.output / "archive" / TOPIC).exists()
    assert (workspace.output / "archive" / "all" / "2.atom").is_file()


# -- the daemon ---------------------------------------------------------------------------------


def test_the_daemon_serves_the_archive_for_caches_to_keep_forever(workspace: Workspace) -> None:
    workspace.write_config(
        "max_entries = 3\narchive_page_entries = 4\n[daemon]\nsettle_s = 0.2\ndebounce_s = 0.2\n"
    )
    add_documents(workspace, range(1, 8))
    with DaemonProcess(workspace.config_path).start() as daemon:
        add_documents(workspace, range(8, 10))  # page 2 completes while the daemon runs

        def reached() -> Walk:
            # Links name the config's base URL; the same paths are asked of the daemon.
            return walk(
                lambda url: daemon.get("/" + url.removeprefix(BASE)).content,
                f"{BASE}{TOPIC}.atom",
            )

        wait_until(lambda: len({*reached().archived, *reached().subscription}) == 9, timeout_s=15)
        found = reached()
        assert len(found.archived) == len(set(found.archived)) == 8
        response = daemon.get(f"/archive/{TOPIC}/2.atom")
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert response.headers["content-type"].startswith("application/atom+xml")
        assert daemon.get(f"/{TOPIC}.atom").headers["cache-control"] == "public, max-age=60"
        assert daemon.get(f"/archive/{TOPIC}/3.atom").status_code == 404


def test_the_archive_walk_bench_runs_and_finds_every_entry() -> None:
    """bench/archive_walk.py, small: the 10,000-document run reported in bench/README.md
    uses the same code."""
    args = ["--count", "60", "--page", "10", "--more", "15"]
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "archive_walk.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "missing 0" in result.stdout and result.stdout.rstrip().endswith("OK")
