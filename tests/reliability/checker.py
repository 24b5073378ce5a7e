"""The folder is the source of truth: check what feedd serves against what the folder holds.

Used by the reliability tests and by `bench/soak.py` (which puts `tests/` on sys.path).

Documents made by `make_document` carry a unique marker (`RLM` + 12 hex digits) in their
headline, in every paragraph, and in a closing line. Each version of a document gets a
new marker, so a superseded version is a marker that is no longer in the folder.

`check_output` compares the folder with the published feeds and entry pages:

- every complete document in the folder (a regular file, not hidden, not an editor or
  partial file, holding one marker and its closing line) is in `all.atom` and `all.rss`
  exactly once, with its closing line (never its first half);
- no other marker is in any feed or entry page (deleted and superseded versions);
- every feed is valid (RFC 4287 RELAX NG + feedparser; RSS 2.0 rules);
- every entry of `all.atom` has its entry page, and there is no other entry page;
- no forbidden string (e.g. the text of a file outside the folder) is in any output.

`FeedPoller` fetches feeds over HTTP in a loop, as a reader would, and counts what a
reader must never get: a body that is not a whole XML feed, or a document's first half.
"""

from __future__ import annotations

import codecs
import os
import random
import re
import stat
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from feedcheck import validate_atom, validate_rss
from lxml import etree

from feedd.store import entry_id_for

MARKER = re.compile(r"\bRLM[0-9A-F]{12}\b")
ATOM = "{http://www.w3.org/2005/Atom}"
RSS_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
# What feedd never reads (README): hidden files, editor swap/backup and partial downloads.
IGNORED_PREFIXES = (".", "#")
IGNORED_SUFFIXES = (".swp", ".swo", ".swx", "~", ".part", ".tmp", ".crdownload", ".partial")
# A word put in some documents; the reliability config's topic selects exactly those.
TOPIC_WORD = "lighthouse"
TOPIC_SLUG = "lighthouses"
TOPIC_TOML = f'[[topics]]\nname = "Lighthouses"\nslug = "{TOPIC_SLUG}"\nquery = "{TOPIC_WORD}"\n'

_WORDS = (
    "river council harbour engineers station market valley bridge winter report ministry"
    " district farmers railway school museum weather festival orchard ferry library quarry"
).split()


def new_marker(rng: random.Random | None = None) -> str:
    return "RLM" + f"{(rng or random).getrandbits(48):012X}"


def end_line(marker: str) -> str:
    return f"This is the end of dispatch {marker}, filed complete."


def make_document(
    marker: str, *, paragraphs: int = 3, is_on_topic: bool = False, extra: str = ""
) -> str:
    """A plain-text news page whose headline, paragraphs and last line name `marker`.

    Deterministic for a marker. `is_on_topic` puts TOPIC_WORD in it; `extra` is added as a
    paragraph of its own (hostile text, say).
    """
    rng = random.Random(marker)
    topic = f" near the old {TOPIC_WORD}" if is_on_topic else ""
    headline = f"Dispatch {marker}: {rng.choice(_WORDS).title()} {rng.choice(_WORDS)} update"
    body = [
        f"The {' '.join(rng.choice(_WORDS) for _ in range(rng.randint(20, 40)))} were"
        f" discussed{topic} in part {number} of dispatch {marker}."
        for number in range(1, paragraphs + 1)
    ]
    if extra:
        body.append(extra)
    return "\n\n".join([headline, *body, end_line(marker)]) + "\n"


def is_ignored_name(name: str) -> bool:
    return name.startswith(IGNORED_PREFIXES) or name.endswith(IGNORED_SUFFIXES)


# -- what the folder holds ---------------------------------------------------------------------


@dataclass
class FolderScan:
    expected: dict[str, list[str]] = field(default_factory=dict)  # marker → paths showing it
    on_topic: set[str] = field(default_factory=set)  # markers whose text has TOPIC_WORD
    incomplete: list[str] = field(default_factory=list)  # a marker without its closing line
    files: int = 0  # regular files that count as documents (markers or not)


def scan_documents(watch_dir: Path) -> FolderScan:
    """The complete marked documents in the folder, by the README's rules. Symlinks are
    not followed (one pointing inside only repeats a document; outside never counts)."""
    scan = FolderScan()
    for folder, dirs, files in os.walk(watch_dir):
        dirs[:] = [d for d in dirs if not is_ignored_name(d)]
        for name in files:
            path = os.path.join(folder, name)
            if is_ignored_name(name) or not _is_utf8(path):
                continue
            try:
                info = os.lstat(path)
                if not stat.S_ISREG(info.st_mode):
                    continue
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError:
                continue
            scan.files += 1
            text = _as_text(data)
            markers = set(MARKER.findall(text))
            if len(markers) != 1:
                continue
            (marker,) = markers
            relative = os.path.relpath(path, watch_dir).replace(os.sep, "/")
            if end_line(marker) not in text:
                scan.incomplete.append(relative)
                continue
            scan.expected.setdefault(marker, []).append(relative)
            if TOPIC_WORD in text:
                scan.on_topic.add(marker)
    return scan


def _is_utf8(path: str) -> bool:
    """feedd rejects names that are not UTF-8 (reason bad_name)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _as_text(data: bytes) -> str:
    """Enough decoding to find markers (ASCII) in any of the encodings feedd reads."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, "replace")
    return data.decode("latin-1")


# -- what the feeds show -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedItem:
    entry_id: str
    title: str
    text: str  # title, summary and content as they appear in the feed

    @property
    def markers(self) -> set[str]:
        return set(MARKER.findall(self.text))

    def is_whole(self, marker: str) -> bool:
        return end_line(marker) in self.text


def feed_items(data: bytes) -> list[FeedItem]:
    """Entries of an Atom feed or items of an RSS feed. AssertionError if not XML."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as err:
        raise AssertionError(f"not well-formed XML: {err}") from err
    items: list[FeedItem] = []
    if root.tag == f"{ATOM}feed":
        for entry in root.iterfind(f"{ATOM}entry"):
            parts = [
                "".join(node.itertext())
                for tag in ("title", "summary", "content")
                for node in entry.iterfind(f"{ATOM}{tag}")
            ]
            items.append(FeedItem(entry.findtext(f"{ATOM}id") or "", parts[0], "\n".join(parts)))
    elif root.tag == "rss":
        for item in root.iterfind("channel/item"):
            title = item.findtext("title") or ""
            parts = [title, item.findtext("description") or "", item.findtext(RSS_CONTENT) or ""]
            text = "\n".join(parts)
            items.append(FeedItem(item.findtext("guid") or "", title, text))
    else:
        raise AssertionError(f"not a feed: root element {root.tag}")
    return items


def half_documents(items: Iterable[FeedItem]) -> list[str]:
    """Markers shown without their closing line: a document's first half."""
    return sorted(m for item in items for m in item.markers if not item.is_whole(m))


# -- the comparison ----------------------------------------------------------------------------


@dataclass
class Report:
    expected: int = 0
    found: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)  # deleted or superseded versions
    half: list[str] = field(default_factory=list)
    invalid_feeds: list[str] = field(default_factory=list)
    missing_pages: list[str] = field(default_factory=list)
    orphan_pages: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    incomplete_in_folder: list[str] = field(default_factory=list)
    ids_not_from_a_path: list[str] = field(default_factory=list)
    entries: int = 0

    def problems(self, *, strict_ids: bool = False) -> list[str]:
        checks = {
            "lost (in the folder, not in the feeds)": self.lost,
            "duplicated (more than one entry)": self.duplicated,
            "unexpected (deleted or superseded, still served)": self.unexpected,
            "first half only": self.half,
            "invalid feeds": self.invalid_feeds,
            "entries without a page": self.missing_pages,
            "pages without an entry": self.orphan_pages,
            "forbidden content served": self.forbidden,
            "incomplete documents in the folder": self.incomplete_in_folder,
        }
        if strict_ids:
            checks["entry ids not uuid5 of a path showing them"] = self.ids_not_from_a_path
        return [f"{what}: {items[:10]}" for what, items in checks.items() if items]

    def assert_ok(self, *, strict_ids: bool = False) -> None:
        problems = self.problems(strict_ids=strict_ids)
        assert not problems, "\n".join(problems)


def check_output(
    watch_dir: Path,
    output_dir: Path,
    *,
    forbidden: Iterable[bytes] = (),
    validate: bool = True,
    topic_slug: str | None = TOPIC_SLUG,
) -> Report:
    """Compare the folder with the published output (run once feedd is idle)."""
    scan = scan_documents(watch_dir)
    report = Report(expected=len(scan.expected), incomplete_in_folder=scan.incomplete)
    # What a reader can be served: not the publisher's temp files (hidden, renamed away).
    outputs = sorted(p for p in output_dir.rglob("*") if p.is_file() and not p.name.startswith("."))

    feeds: dict[str, list[FeedItem]] = {}
    for path in outputs:
        name = path.relative_to(output_dir).as_posix()
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue  # an entry page removed meanwhile
        report.forbidden.extend(f"{name}: {bad!r}" for bad in forbidden if bad in data)
        if path.suffix not in (".atom", ".rss") or "/" in name:
            continue
        try:
            feeds[name] = feed_items(data)
            if validate:
                (validate_atom if path.suffix == ".atom" else validate_rss)(data)
        except AssertionError as err:
            report.invalid_feeds.append(f"{name}: {str(err)[:500]}")

    wanted = {"all.atom": set(scan.expected), "all.rss": set(scan.expected)}
    if topic_slug is not None:
        for kind in ("atom", "rss"):
            wanted[f"{topic_slug}.{kind}"] = scan.on_topic
    for name, markers in wanted.items():
        items = feeds.get(name)
        if items is None:
            report.invalid_feeds.append(f"{name}: missing")
            continue
        counts = Counter(m for item in items for m in item.markers)
        report.lost.extend(f"{name}: {m}" for m in sorted(markers - set(counts)))
        report.duplicated.extend(f"{name}: {m} x{n}" for m, n in sorted(counts.items()) if n > 1)
        report.unexpected.extend(f"{name}: {m}" for m in sorted(set(counts) - markers))
        report.half.extend(f"{name}: {m}" for m in half_documents(items))

    all_items = feeds.get("all.atom", [])
    report.entries = len(all_items)
    report.found = len({m for item in all_items for m in item.markers} & set(scan.expected))
    for item in all_items:
        for marker in item.markers & set(scan.expected):
            if item.entry_id not in {entry_id_for(p) for p in scan.expected[marker]}:
                report.ids_not_from_a_path.append(f"{marker}: {item.entry_id}")

    pages = {p.stem: p for p in (output_dir / "entries").glob("*.html")}
    ids = {item.entry_id.rsplit(":", 1)[-1]: item for item in all_items}
    for short_id, item in ids.items():
        page = pages.get(short_id)
        if page is None:
            report.missing_pages.append(item.entry_id)
            continue
        text = _read_page(page)
        if text is None:
            report.missing_pages.append(item.entry_id)
            continue
        report.half.extend(f"page {short_id}: {m}" for m in item.markers if end_line(m) not in text)
    for short_id in sorted(set(pages) - set(ids)):
        text = _read_page(pages[short_id])
        if text is not None:
            report.orphan_pages.append(f"{short_id} {sorted(set(MARKER.findall(text)))}")
    return report


def _read_page(path: Path) -> str | None:
    """An entry page's text; None when it went meanwhile (the daemon may be busy)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


# -- a reader polling all the while ------------------------------------------------------------


@dataclass
class PollStats:
    fetches: int = 0
    unavailable: int = 0  # connection refused or reset: the daemon was down
    server_errors: int = 0  # 5xx
    invalid: list[str] = field(default_factory=list)  # 200 with a body that is not a feed
    half: list[str] = field(default_factory=list)  # a document's first half was served
    seen: set[str] = field(default_factory=set)  # markers seen at least once


class FeedPoller:
    """Fetches feeds over HTTP in a loop on a thread until stopped (a context manager)."""

    def __init__(
        self,
        base_url: str | Callable[[], str],
        feeds: Iterable[str] = ("all.atom", "all.rss"),
        *,
        interval_s: float = 0.02,
    ) -> None:
        self._base_url = base_url
        self.feeds = tuple(feeds)
        self.interval_s = interval_s
        self.stats = PollStats()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="feed-poller", daemon=True)

    def __enter__(self) -> FeedPoller:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> PollStats:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(30)
        return self.stats

    def _url(self, name: str) -> str:
        base = self._base_url() if callable(self._base_url) else self._base_url
        return f"{base.rstrip('/')}/{name}"

    def _run(self) -> None:
        with httpx.Client(timeout=10.0) as client:
            while not self._stop.is_set():
                for name in self.feeds:
                    self._poll_once(client, name)
                self._stop.wait(self.interval_s)

    def _poll_once(self, client: httpx.Client, name: str) -> None:
        stats = self.stats
        try:
            response = client.get(self._url(name))
        except httpx.TransportError:
            stats.unavailable += 1
            time.sleep(0.05)
            return
        stats.fetches += 1
        if response.status_code >= 500:
            stats.server_errors += 1
            return
        if response.status_code != 200:
            return  # 404 before the first render
        try:
            items = feed_items(response.content)
        except AssertionError as err:
            stats.invalid.append(f"{name}: {err}")
            return
        for item in items:
            stats.seen |= item.markers
        stats.half.extend(f"{name}: {m}" for m in half_documents(items))
