"""Hostile files in the watched folder: the daemon stays up, every feed stays valid, each
file that is not a document is logged with the reason it was passed over, and nothing
outside the folder ever reaches a feed.

The same zoo of files is planted before start-up (found by the start-up reconcile) and
while the daemon runs (found by the watcher, and by the periodic reconcile for names the
watcher ignores on purpose: editor and hidden files).
"""

from __future__ import annotations

import codecs
import ctypes
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import Workspace
from daemon_helpers import DaemonProcess, wait_until
from feedcheck import atom_entries, validate_atom, validate_rss
from lxml import html as lxml_html

from .checker import check_output, make_document, new_marker, scan_documents
from .conftest import settled_report, write_reliable_config

OUTSIDE_SECRET = "OUTSIDE-THE-WATCHED-FOLDER-7F3A"
MARKUP = (
    "The council typed <script>alert('x')</script> and ]]> and <![CDATA[ y ]]> and &amp; &"
    " <b>bold</b> <img src=x onerror=alert(2)> into the form, officials said on Monday."
)
MARKUP_TITLE = "<script>alert(1)</script> & ]]> <![CDATA["


@dataclass(frozen=True, slots=True)
class Outcome:
    """The log line a planted path must produce: file_rejected or file_skipped, a reason."""

    path: str
    event: str
    reason: str


def plant_zoo(seeds: Path, folder: str, outside: Path) -> list[Outcome]:
    """Hostile files under seeds/folder; returns the skips the daemon must log. Documents
    among them carry markers, so the checker expects each exactly once in the feeds."""
    base = seeds / folder
    base.mkdir()

    def put(name: str, data: bytes | str) -> None:
        (base / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    def doc(extra: str = "") -> str:
        return make_document(new_marker(), extra=extra)

    outcomes: list[Outcome] = []

    def expect(name: str, event: str, reason: str) -> None:
        outcomes.append(Outcome(f"{folder}/{name}", event, reason))

    # Not text.
    put("empty.txt", b"")
    put("blank.txt", b"  \n\t\n \r\n")
    put("image.png", b"\x89PNG\r\n\x1a\n" + os.urandom(6000))
    put("random.bin", os.urandom(65536))
    put("tiny-lines.txt", "".join(f"l{i}\n" for i in range(10_000)))
    expect("empty.txt", "file_rejected", "empty")
    expect("blank.txt", "file_rejected", "empty")
    expect("image.png", "file_rejected", "binary")
    expect("random.bin", "file_rejected", "binary")
    expect("tiny-lines.txt", "file_rejected", "no_text")
    # Text in awkward encodings and characters: documents, each in the feeds once.
    put("bad-utf8.txt", doc().encode().replace(b" were discussed", b" were \xff\xfe\xc3 discussed"))
    put("utf16-bom.txt", codecs.BOM_UTF16_LE + doc().encode("utf-16-le"))
    put("cp1251.txt", doc("Министр иностранных дел России заявил в четверг.").encode("cp1251"))
    put("latin1.txt", doc("Émile Zola's café reopened on Thursday, they said.").encode("latin-1"))
    controls = "Nul\x00 bell\x07 esc\x1b del\x7f fffe\ufffe ffff\uffff lone\ud800 ends here."
    put("controls.txt", doc(controls).encode("utf-8", "surrogatepass"))
    put("markup.txt", doc(MARKUP))
    put("bidi.txt", doc("\u202eThe override\u202c said \u200bzero\u200dwidth\ufeff שלום مرحبا."))
    marker = new_marker()
    title = f"Dispatch {marker} " + "an absurdly long title " * 2000
    put("long-title.txt", title + "\n\n" + make_document(marker).split("\n\n", 1)[1])
    # Names.
    for name in ("with space.txt", "new\nline.txt", "ünïcødé-Дом.txt", "n" * 251 + ".txt"):
        put(name, doc())
    put(os.fsdecode(b"not-utf8-\xff.txt"), doc())
    expect(os.fsdecode(b"not-utf8-\\xff.txt"), "file_rejected", "bad_name")
    same = doc()
    put("same-a.txt", same)
    put("same-b.txt", same)
    deep = base.joinpath(*(f"d{i}" for i in range(50)))
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(doc(), encoding="utf-8")
    # Never documents: editor, partial and hidden files (their markers must never show).
    for name in (".doc.txt.swp", "doc.txt~", ".#doc.txt", "doc.part", "doc.tmp", "x.crdownload"):
        put(name, doc())
        expect(name, "file_skipped", "ignored_name")
    put(".hidden.txt", doc())
    expect(".hidden.txt", "file_skipped", "ignored_name")
    (base / ".hidden-folder").mkdir()
    (base / ".hidden-folder" / "inside.txt").write_text(doc(), encoding="utf-8")
    expect(".hidden-folder", "file_skipped", "ignored_name")
    # Symlinks: never followed out of the folder; loops end.
    os.symlink(outside / "secret.txt", base / "leak.txt")
    os.symlink(outside, base / "leak-folder")
    os.symlink(base / "self-loop", base / "self-loop")
    os.symlink(base / "loop-b", base / "loop-a")
    os.symlink(base / "loop-a", base / "loop-b")
    os.symlink("..", base / "up")
    expect("leak.txt", "file_skipped", "outside_folder")
    expect("leak-folder", "file_skipped", "outside_folder")
    expect("self-loop", "file_skipped", "broken_link")
    expect("loop-a", "file_skipped", "broken_link")
    expect("up", "file_skipped", "symlink_loop")
    # A FIFO (opening it would block forever) and a socket.
    os.mkfifo(base / "pipe.txt")
    expect("pipe.txt", "file_skipped", "not_a_file")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(base / "socket.txt"))
    expect("socket.txt", "file_skipped", "not_a_file")
    return outcomes


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text(make_document(new_marker(), extra=OUTSIDE_SECRET))
    return folder


def logged(daemon: DaemonProcess, outcome: Outcome) -> Callable[[], bool]:
    def check() -> bool:
        return any(
            line.get("path") == outcome.path and line.get("reason") == outcome.reason
            for line in daemon.events(outcome.event)
        )

    return check


def assert_zoo_handled(workspace: Workspace, daemon: DaemonProcess, zoo: list[Outcome]) -> None:
    for outcome in zoo:
        wait_until(logged(daemon, outcome), timeout_s=10)
    report = settled_report(workspace, timeout_s=10, forbidden=(OUTSIDE_SECRET.encode(),))
    report.assert_ok(strict_ids=True)
    assert report.found == report.expected == 14  # the documents of the zoo
    assert daemon.returncode is None
    assert daemon.get("/healthz").status_code == 200
    assert not daemon.events("job_failed") and not daemon.events("watcher_event_failed")


def test_hostile_files_found_at_start_up_are_skipped_with_their_reasons(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess], outside: Path
) -> None:
    zoo = plant_zoo(reliable.seeds, "zoo", outside)

    daemon = start_daemon()

    assert_zoo_handled(reliable, daemon, zoo)


def test_hostile_files_arriving_while_running_are_skipped_with_their_reasons(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess], outside: Path
) -> None:
    # Editor and hidden files never reach the worker from the watcher; the periodic
    # reconcile logs them.
    write_reliable_config(reliable, reconcile_interval_s=2)
    daemon = start_daemon()

    zoo = plant_zoo(reliable.seeds, "zoo", outside)

    assert_zoo_handled(reliable, daemon, zoo)


def test_a_name_that_is_not_utf8_is_rejected_by_feedd_rebuild_too(reliable: Workspace) -> None:
    good = new_marker()
    reliable.add("good.txt", make_document(good))
    reliable.add(os.fsdecode(b"bad-\xff-name.txt"), make_document(new_marker()))

    result = reliable.cli("rebuild", "--log-format", "json")

    assert result.returncode == 0, result.stderr
    assert "1 rejected (bad_name 1)" in result.stdout
    assert "bad-\\\\xff-name.txt" in result.stderr  # logged, readable
    check_output(reliable.seeds, reliable.output).assert_ok(strict_ids=True)


def test_markup_in_a_document_is_text_in_every_html_field(reliable: Workspace) -> None:
    marker = new_marker()
    body = make_document(marker).split("\n\n", 1)[1]
    reliable.add("markup.txt", f"Dispatch {marker}: {MARKUP_TITLE}\n\n{MARKUP}\n\n{body}")

    reliable.rebuild()

    atom, rss = reliable.feed("all.atom"), reliable.feed("all.rss")
    validate_atom(atom)
    validate_rss(rss)
    (entry,) = atom_entries(atom)
    assert MARKUP_TITLE in entry["title"]  # a text construct: shown as written
    assert "<script>alert('x')</script>" in entry["summary"]
    from lxml import etree

    item = etree.fromstring(rss).find("channel/item")
    assert item is not None
    html_fields = {
        "atom content": entry["content"]["value"],
        "rss description": item.findtext("description") or "",
        "rss content:encoded": item.findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
        or "",
        "entry page": next((reliable.output / "entries").iterdir()).read_text(encoding="utf-8"),
    }
    for field, markup in html_fields.items():
        tree = lxml_html.fromstring(f"<div>{markup}</div>")
        tags = {element.tag for element in tree.iter() if isinstance(element.tag, str)}
        assert not tags & {"script", "img", "b"}, (field, tags)
        assert "<script>alert('x')</script>" in tree.text_content(), field
        assert "<![CDATA[ y ]]>" in tree.text_content(), field


# -- size caps -----------------------------------------------------------------------------------


def peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc status")


def test_huge_files_are_capped_and_long_documents_truncated_in_feeds_only(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    # The default feed budget (2 MB), as a reader would get it.
    reliable.write_config(
        "max_entries = 100000\n[daemon]\nsettle_s = 0.2\ndebounce_s = 0.2\n",
        topics="",
    )
    daemon = start_daemon()
    with open(reliable.seeds / "fifty-megabytes.txt", "wb") as handle:
        block = make_document(new_marker()).encode() * 200
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(block)
    one_line = "Dispatch BIGLINE-START " + "word " * (1024 * 1024) + "BIGLINE-END.\n"
    (reliable.seeds / "one-line.txt").write_text(one_line, encoding="utf-8")
    paragraphs = "\n\n".join(
        f"Paragraph {i} of the long dispatch tells of the harbour and the council again."
        for i in range(50_000)
    )
    long_doc = f"The long dispatch\n\n{paragraphs}\n\nLONGDOC-END of the long dispatch.\n"
    (reliable.seeds / "many-paragraphs.txt").write_text(long_doc, encoding="utf-8")

    rejected = daemon.wait_for_log(
        "file_rejected", where=lambda line: line["path"] == "fifty-megabytes.txt", timeout_s=20
    )
    assert rejected["reason"] == "too_large" and "max_file_bytes" in rejected["detail"]
    wait_until(lambda: daemon.metric("feedd_entries") == 2, timeout_s=30)
    time.sleep(1)  # the render after the last ingest
    for name in ("all.atom", "all.rss"):
        response = daemon.get(f"/{name}")
        assert response.status_code == 200
        assert len(response.content) <= 2 * 1024 * 1024, name
        (validate_atom if name.endswith(".atom") else validate_rss)(response.content)
        assert b"Read the full text" in response.content
        assert b"BIGLINE-START" in response.content and b"BIGLINE-END" not in response.content
    pages = {p.read_text(encoding="utf-8") for p in (reliable.output / "entries").iterdir()}
    assert any("BIGLINE-START" in page and "BIGLINE-END" in page for page in pages)
    assert any("LONGDOC-END" in page for page in pages)
    assert peak_rss_kib(daemon.pid) < 400 * 1024  # a 50 MB file is never held whole


def test_absurdly_long_titles_in_any_format_keep_every_feed_within_its_budget(
    reliable: Workspace,
) -> None:
    write_reliable_config(reliable, {"max_feed_bytes": 200_000})
    long_title = "An absurdly long headline " * 20_000  # 520 KB
    body = "The council met on Monday to discuss the harbour and the bridge. " * 10
    reliable.add("heading.md", f"# {long_title}\n\n{body}\n")
    reliable.add("front-matter.md", f"---\ntitle: {long_title}\n---\n\n{body}\n")
    reliable.add("page.html", f"<title>{long_title}</title><h1>{long_title}</h1><p>{body}</p>")
    reliable.add("data.json", json.dumps({"title": long_title, "text": body}))
    reliable.add("plain.txt", f"{long_title}\n\n{body}\n")

    reliable.rebuild()

    for name in ("all.atom", "all.rss"):
        data = reliable.feed(name)
        assert len(data) <= 200_000, (name, len(data))
        (validate_atom if name.endswith(".atom") else validate_rss)(data)
    assert len(atom_entries(reliable.feed("all.atom"))) == 5


def test_max_file_bytes_is_configurable_and_named_in_the_reason(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    write_reliable_config(reliable, {"max_file_bytes": 20_000})
    daemon = start_daemon()
    small, large = new_marker(), new_marker()

    reliable.add("small.txt", make_document(small))
    reliable.add("large.txt", make_document(large, paragraphs=120))

    rejected = daemon.wait_for_log("file_rejected", timeout_s=5)
    assert (rejected["path"], rejected["reason"]) == ("large.txt", "too_large")
    assert "max_file_bytes (20000)" in rejected["detail"]
    wait_until(lambda: small in daemon.feed_text(), timeout_s=3)
    assert large not in daemon.feed_text()
    assert daemon.get("/healthz").status_code == 200


# -- unreadable files and folders ----------------------------------------------------------------


def _drop_dac_override() -> None:
    """In the child: give up root's right to read files whatever their mode (uid 0 stays,
    so the interpreter under /root still loads)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def without_read_override(tmp_path: Path) -> Iterator[Callable[[], None] | None]:
    """A preexec_fn under which chmod 000 stops reads (None when not root), or a skip."""
    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0)
    preexec = _drop_dac_override if os.geteuid() == 0 else None
    code = (
        "import sys\ntry:\n    open(sys.argv[1]).read()\nexcept PermissionError:\n    sys.exit(7)"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(probe)], preexec_fn=preexec, timeout=30
        )
    except OSError as err:
        pytest.skip(f"cannot drop the right to read any file here: {err}")
    if result.returncode != 7:
        pytest.skip("chmod 000 does not stop reads here, even without CAP_DAC_OVERRIDE")
    yield preexec


def test_unreadable_files_and_folders_are_skipped_and_arrive_once_readable(
    reliable: Workspace,
    start_daemon: Callable[..., DaemonProcess],
    without_read_override: Callable[[], None] | None,
) -> None:
    write_reliable_config(reliable, reconcile_interval_s=2)
    readable, locked, in_locked = new_marker(), new_marker(), new_marker()
    reliable.add("readable.txt", make_document(readable))
    reliable.add("locked.txt", make_document(locked)).chmod(0)
    reliable.add("locked-folder/inside.txt", make_document(in_locked))
    (reliable.seeds / "locked-folder").chmod(0)
    try:
        daemon = start_daemon(preexec_fn=without_read_override)

        daemon.wait_for_log(
            "file_rejected", where=lambda line: line["path"] == "locked.txt", timeout_s=5
        )
        skipped = daemon.wait_for_log("file_skipped", timeout_s=5)
        assert skipped["reason"] == "unreadable_folder" and skipped["path"] == "locked-folder"
        assert daemon.events("file_rejected")[0]["reason"] == "unreadable"
        feed = daemon.feed_text()
        assert readable in feed and locked not in feed and in_locked not in feed
        assert daemon.get("/healthz").status_code == 200
    finally:
        (reliable.seeds / "locked-folder").chmod(0o755)
        (reliable.seeds / "locked.txt").chmod(0o644)

    report = settled_report(reliable, timeout_s=10)  # the folder: next reconcile
    report.assert_ok()
    assert scan_documents(reliable.seeds).expected.keys() == {readable, locked, in_locked}


# -- rewrites the stat cannot see -----------------------------------------------------------------


def test_a_rewrite_with_the_same_size_and_mtime_replaces_the_entry(
    reliable: Workspace, start_daemon: Callable[..., DaemonProcess]
) -> None:
    daemon = start_daemon()
    first, second = new_marker(), new_marker()
    path = reliable.add("same-stat.txt", make_document(first))
    wait_until(lambda: first in daemon.feed_text(), timeout_s=3)
    before = path.stat()

    rewritten = make_document(first).replace(first, second)  # same length
    path.write_text(rewritten, encoding="utf-8")  # in place
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)

    wait_until(lambda: second in daemon.feed_text(), timeout_s=3)
    settled_report(reliable, timeout_s=3).assert_ok(strict_ids=True)


def test_running_out_of_file_descriptors_is_not_a_verdict_on_the_files(tmp_path: Path) -> None:
    # EMFILE says nothing about the file: it must not be rejected as unreadable (which
    # drops its entry) nor its folder taken as empty (which drops them all); the batch
    # fails instead, and is retried.
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "doc.txt").write_text(make_document(new_marker()), encoding="utf-8")
    code = f"""
import os, resource
from pathlib import Path
from feedd.errors import SourceError
from feedd.sources import read_file, scan_folder
root = Path({str(tmp_path)!r})
resource.setrlimit(resource.RLIMIT_NOFILE, (64, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
held = []
while True:
    try:
        held.append(os.open(os.devnull, os.O_RDONLY))
    except OSError:
        break
for attempt in (lambda: read_file(root, "folder/doc.txt", 10**6), lambda: list(scan_folder(root))):
    try:
        attempt()
    except SourceError as err:
        print("SourceError", "Too many open files" in str(err))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split("\n")[:2] == ["SourceError True", "SourceError True"], result
