"""RFC 5005 archive walk at scale: does a reader walking back from a topic's subscription
feed reach every entry the topic has, exactly once, and what do the archives cost?

`python bench/archive_walk.py [--count 10000] [--page N] [--more 200]` writes `--count`
documents of bench/corpus.py, all on the shipped topic, into a temp folder, runs
`feedd rebuild` (a subprocess, timed), then walks the Atom feed of the topic and of `all`
from the files written: prev-archive to prev-archive down to page 1. It checks that no
entry is on two archive pages and that the pages and the subscription feed together hold
every entry the state database shows for that feed; then adds `--more` documents, rebuilds
again and checks that no complete page changed and the walk is still whole. Prints the
numbers (and exits 1 if a check fails). A driver outside the package: feedd never imports
it; it does not touch the repository's own var/ or seeds/.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from corpus import generate  # noqa: E402

from feedd.store import Store  # noqa: E402

A = "{http://www.w3.org/2005/Atom}"
FH = "{http://purl.org/syndication/history/1.0}"
BASE = "http://feeds.example/"
TOPIC = "russia-syria-bases"


def shipped_topics() -> str:
    text = (ROOT / "config" / "feedd.toml").read_text(encoding="utf-8")
    return text[text.index("[[topics]]") :]


def rebuild(config: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "feedd", "rebuild", "--config", str(config), "--progress", "never"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def walk(output: Path, feed: str) -> tuple[list[str], list[list[str]], float]:
    """(subscription ids, each archive page's ids newest first, seconds)."""
    started = time.perf_counter()

    def read(url: str) -> etree._Element:
        return etree.parse(str(output / url.removeprefix(BASE))).getroot()

    def ids(root: etree._Element) -> list[str]:
        return [e.findtext(f"{A}id") or "" for e in root.iter(f"{A}entry")]

    def prev(root: etree._Element) -> str | None:
        link = root.find(f"{A}link[@rel='prev-archive']")
        return None if link is None else link.get("href")

    root = read(f"{BASE}{feed}.atom")
    subscription = ids(root)
    pages: list[list[str]] = []
    url = prev(root)
    while url is not None:
        page = read(url)
        if page.find(f"{FH}archive") is None:
            raise SystemExit(f"{url} is not marked fh:archive")
        pages.append(ids(page))
        url = prev(page)
    return subscription, pages, time.perf_counter() - started


def check(output: Path, state: Path, feed: str) -> tuple[bool, str]:
    subscription, pages, seconds = walk(output, feed)
    archived = [entry_id for page in pages for entry_id in page]
    with Store(state) as store:
        shown = {e.entry_id for e in store.entries_for_feed(feed, 10_000_000)}
    reached = set(archived) | set(subscription)
    twice = len(archived) - len(set(archived))
    missing = len(shown - reached)
    extra = len(reached - shown)  # entries gone since their page was written (kept there)
    is_whole = twice == 0 and missing == 0
    return is_whole, (
        f"{feed}: {len(shown)} entries; walk of {len(pages)} pages + subscription feed"
        f" ({len(subscription)} entries, {len(set(subscription) - set(archived))} not yet"
        f" archived) in {seconds:.2f} s: {len(set(archived))} archived, on two pages {twice},"
        f" missing {missing}, gone since {extra}"
    )


def page_hashes(output: Path, feed: str) -> dict[str, str]:
    folder = output / "archive" / feed
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.atom")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--page", type=int, default=None, help="archive_page_entries")
    parser.add_argument("--more", type=int, default=200)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="feedd-archive-") as tmp:
        root = Path(tmp)
        generate(root / "seeds", args.count, topic_share=1.0)
        page = f"archive_page_entries = {args.page}\n" if args.page else ""
        config = root / "feedd.toml"
        config.write_text(
            'watch_dir = "seeds"\nstate_file = "state.sqlite3"\noutput_dir = "feeds"\n'
            f'base_url = "{BASE}"\n{page}\n{shipped_topics()}',
            encoding="utf-8",
        )
        cold_s = rebuild(config)
        output, state = root / "feeds", root / "state.sqlite3"
        pages = {feed: len(page_hashes(output, feed)) for feed in (TOPIC, "all")}
        size = sum(p.stat().st_size for p in (output / "archive").rglob("*.atom"))
        print(
            f"cold rebuild of {args.count} documents: {cold_s:.1f} s;"
            f" archive pages {pages}, {size / 1e6:.1f} MB"
        )
        for feed in (TOPIC, "all"):
            is_whole, line = check(output, state, feed)
            ok &= is_whole
            print(line)
        before = {feed: page_hashes(output, feed) for feed in (TOPIC, "all")}
        generate(root / "more", args.count + args.more, topic_share=1.0)
        for path in sorted((root / "more").rglob("*.txt"))[args.count :]:
            target = root / "seeds" / path.relative_to(root / "more")
            target.parent.mkdir(parents=True, exist_ok=True)
            path.rename(target)
        more_s = rebuild(config)
        print(f"rebuild after {args.more} more documents: {more_s:.1f} s")
        for feed in (TOPIC, "all"):
            after = page_hashes(output, feed)
            changed = [n for n, digest in before[feed].items() if after.get(n) != digest]
            ok &= not changed
            is_whole, line = check(output, state, feed)
            ok &= is_whole
            new = len(after) - len(before[feed])
            print(f"{line}; complete pages changed: {len(changed)}, new {new}")
        noop_s = rebuild(config)
        print(f"rebuild with nothing changed: {noop_s:.1f} s")
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
