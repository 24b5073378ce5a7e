"""The HTTP server against real files: uvicorn on 127.0.0.1, port 0, an httpx client.

Most tests share one server on one output folder (starting uvicorn costs a few tenths of a
second); each test that changes the folder uses its own file names. Request targets that
httpx would normalise (dot segments, %2e, NUL) go through a raw socket.
"""

from __future__ import annotations

import gzip
import os
import signal
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path

import httpx
import pytest

from feedd.server import (
    CachedFile,
    FileCache,
    HttpServer,
    ServerError,
    accepts_gzip,
    create_app,
)

SECRET = b"root:x:0:0:the secret that must never be served\n"
ATOM = (
    b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">' + b"x" * 600 + b"</feed>\n"
)
RSS = b'<?xml version="1.0"?>\n<rss version="2.0"><channel>' + b"y" * 600 + b"</channel></rss>\n"
JSON_FEED = b'{"version": "https://jsonfeed.org/version/1.1", "items": []' + b" " * 600 + b"}\n"
OPML = b'<?xml version="1.0"?>\n<opml version="2.0"><body/></opml>\n'
INDEX = b"<!DOCTYPE html>\n<title>feedd</title>\n" + b"<p>index</p>\n" * 40
PAGE = b"<!DOCTYPE html>\n<title>entry</title>\n" + b"<p>entry</p>\n" * 40
ENTRY_ID = "ba8464f5-0c03-5c6a-a345-4fffcfafa590"


@dataclass
class HealthSwitch:
    is_healthy: bool = True
    details: dict[str, object] = field(default_factory=lambda: {"topics": 2})
    fails: bool = False

    def __call__(self) -> tuple[bool, dict[str, object]]:
        if self.fails:
            raise RuntimeError("health internals exploded")
        return self.is_healthy, dict(self.details)


@dataclass
class MetricsSource:
    data: bytes = b"# TYPE feedd_entries gauge\nfeedd_entries 3\n"
    fails: bool = False

    def __call__(self) -> bytes:
        if self.fails:
            raise RuntimeError("metrics internals exploded: /var/lib/feedd/state.sqlite")
        return self.data


@dataclass
class Site:
    output: Path
    server: HttpServer
    client: httpx.Client
    health: HealthSwitch
    metrics: MetricsSource

    @property
    def port(self) -> int:
        return self.server.port


@dataclass(frozen=True)
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes


def raw_request(port: int, target: str, method: str = "GET", headers: str = "") -> RawResponse:
    """Send the request target byte for byte (httpx would normalise it) and read the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        request = (
            f"{method} {target} HTTP/1.1\r\nHost: localhost\r\n{headers}Connection: close\r\n\r\n"
        )
        sock.sendall(request.encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    parsed = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        parsed[name.strip().lower()] = value.strip()
    return RawResponse(status=int(status_line.split()[1]), headers=parsed, body=body)


def publish(path: Path, data: bytes) -> None:
    """Write like the publisher does: temp file in the same folder, then rename."""
    temp = path.parent / f".feedd-tmp-{path.name}"
    temp.write_bytes(data)
    os.replace(temp, path)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("served")
    (root / "secret").write_bytes(SECRET)
    output = root / "feeds"
    (output / "entries").mkdir(parents=True)
    for name, data in {
        "index.html": INDEX,
        "topic.atom": ATOM,
        "topic.rss": RSS,
        "all.atom": ATOM,
        "all.rss": RSS,
        "topic.json": JSON_FEED,
        "feeds.opml": OPML,
        f"entries/{ENTRY_ID}.html": PAGE,
        ".feedd-tmp-abc123": ATOM,
        ".hidden.atom": ATOM,
        "notes.txt": SECRET,
        "state.sqlite": SECRET,
    }.items():
        (output / name).write_bytes(data)
    (output / "leak.atom").symlink_to(root / "secret")
    (output / "entries" / "leak.html").symlink_to(root / "secret")
    (output / "alias.rss").symlink_to(output / "topic.rss")
    health, metrics = HealthSwitch(), MetricsSource()
    server = HttpServer(
        create_app(output, health=health, metrics=metrics), bind="127.0.0.1", port=0
    )
    server.start()
    client = httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=5)
    try:
        yield Site(output=output, server=server, client=client, health=health, metrics=metrics)
    finally:
        client.close()
        server.stop()
    assert not server.is_alive


IDENTITY = {"accept-encoding": "identity"}


@pytest.mark.parametrize(
    ("path", "content_type", "body"),
    [
        ("/", "text/html; charset=utf-8", INDEX),
        ("/topic.atom", "application/atom+xml; charset=utf-8", ATOM),
        ("/topic.rss", "application/rss+xml; charset=utf-8", RSS),
        ("/all.atom", "application/atom+xml; charset=utf-8", ATOM),
        ("/all.rss", "application/rss+xml; charset=utf-8", RSS),
        ("/topic.json", "application/feed+json", JSON_FEED),
        ("/feeds.opml", "text/x-opml; charset=utf-8", OPML),
        (f"/entries/{ENTRY_ID}.html", "text/html; charset=utf-8", PAGE),
    ],
)
def test_each_published_file_is_served_with_its_content_type(
    site: Site, path: str, content_type: str, body: bytes
) -> None:
    response = site.client.get(path, headers=IDENTITY)
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    assert response.content == body
    assert response.headers["cache-control"] == "public, max-age=60"
    # Atom and RSS vary with Accept too: a browser gets them as XML (test_site_browser.py).
    is_xml_feed = path.endswith((".atom", ".rss"))
    assert response.headers["vary"] == ("Accept, " if is_xml_feed else "") + "Accept-Encoding"
    assert response.headers["etag"].startswith('"')  # strong
    assert "last-modified" in response.headers


def test_a_symlink_inside_the_folder_is_followed(site: Site) -> None:
    response = site.client.get("/alias.rss", headers=IDENTITY)
    assert response.status_code == 200
    assert response.content == RSS


def test_matching_etag_gets_304_with_the_etag_and_no_body(site: Site) -> None:
    etag = site.client.get("/topic.atom", headers=IDENTITY).headers["etag"]
    response = site.client.get("/topic.atom", headers={**IDENTITY, "if-none-match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["etag"] == etag
    assert response.headers["cache-control"] == "public, max-age=60"
    assert response.headers["vary"] == "Accept, Accept-Encoding"


@pytest.mark.parametrize(
    "if_none_match",
    ['"stale", {etag}', '{etag} ,"other"', "W/{etag}", "*"],
    ids=["list", "list-first", "weak", "star"],
)
def test_if_none_match_lists_weak_tags_and_star_match(site: Site, if_none_match: str) -> None:
    etag = site.client.get("/topic.rss", headers=IDENTITY).headers["etag"]
    header = if_none_match.format(etag=etag)
    response = site.client.get("/topic.rss", headers={**IDENTITY, "if-none-match": header})
    assert response.status_code == 304


def test_a_stale_etag_gets_the_whole_file(site: Site) -> None:
    response = site.client.get("/topic.rss", headers={**IDENTITY, "if-none-match": '"stale"'})
    assert response.status_code == 200
    assert response.content == RSS


def test_if_modified_since_at_or_after_last_modified_gets_304(site: Site) -> None:
    last_modified = site.client.get("/all.rss", headers=IDENTITY).headers["last-modified"]
    response = site.client.get("/all.rss", headers={**IDENTITY, "if-modified-since": last_modified})
    assert response.status_code == 304
    assert "etag" in response.headers


def test_if_modified_since_before_last_modified_gets_the_file(site: Site) -> None:
    mtime = (site.output / "all.rss").stat().st_mtime
    earlier = formatdate(mtime - 3600, usegmt=True)
    response = site.client.get("/all.rss", headers={**IDENTITY, "if-modified-since": earlier})
    assert response.status_code == 200
    assert response.content == RSS


def test_if_none_match_wins_over_if_modified_since(site: Site) -> None:
    last_modified = site.client.get("/all.rss", headers=IDENTITY).headers["last-modified"]
    headers = {**IDENTITY, "if-modified-since": last_modified, "if-none-match": '"stale"'}
    assert site.client.get("/all.rss", headers=headers).status_code == 200


def test_a_malformed_if_modified_since_is_ignored(site: Site) -> None:
    headers = {**IDENTITY, "if-modified-since": "yesterday-ish"}
    assert site.client.get("/all.rss", headers=headers).status_code == 200


def test_a_replaced_file_gets_a_new_etag_and_its_new_bytes(site: Site) -> None:
    path = site.output / "replaced.atom"
    publish(path, ATOM)
    first = site.client.get("/replaced.atom", headers=IDENTITY)
    new_bytes = ATOM.replace(b"x", b"z")
    publish(path, new_bytes)
    second = site.client.get(
        "/replaced.atom", headers={**IDENTITY, "if-none-match": first.headers["etag"]}
    )
    assert second.status_code == 200
    assert second.content == new_bytes
    assert second.headers["etag"] != first.headers["etag"]


def test_rewriting_the_same_bytes_keeps_the_etag(site: Site) -> None:
    path = site.output / "rewritten.atom"
    publish(path, ATOM)
    etag = site.client.get("/rewritten.atom", headers=IDENTITY).headers["etag"]
    publish(path, ATOM)
    response = site.client.get("/rewritten.atom", headers={**IDENTITY, "if-none-match": etag})
    assert response.status_code == 304


def test_a_removed_file_is_404(site: Site) -> None:
    path = site.output / "removed.rss"
    publish(path, RSS)
    assert site.client.get("/removed.rss").status_code == 200
    path.unlink()
    assert site.client.get("/removed.rss").status_code == 404


def test_gzip_when_the_client_asks_with_its_own_etag(site: Site) -> None:
    identity_etag = site.client.get("/topic.atom", headers=IDENTITY).headers["etag"]
    response = raw_request(site.port, "/topic.atom", headers="Accept-Encoding: gzip, br\r\n")
    assert response.status == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["vary"] == "Accept, Accept-Encoding"
    assert gzip.decompress(response.body) == ATOM
    assert int(response.headers["content-length"]) == len(response.body)
    assert response.headers["etag"] == identity_etag[:-1] + '-gz"'


def test_a_json_feed_is_cached_and_gzipped_like_the_others(site: Site) -> None:
    etag = site.client.get("/topic.json", headers=IDENTITY).headers["etag"]
    again = site.client.get("/topic.json", headers={**IDENTITY, "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    response = raw_request(site.port, "/topic.json", headers="Accept-Encoding: gzip\r\n")
    assert response.headers["content-encoding"] == "gzip"
    assert gzip.decompress(response.body) == JSON_FEED
    assert response.headers["etag"] == etag[:-1] + '-gz"'


def test_the_gzip_etag_revalidates_the_gzip_variant_only(site: Site) -> None:
    gzip_etag = raw_request(site.port, "/topic.atom", headers="Accept-Encoding: gzip\r\n").headers[
        "etag"
    ]
    conditional = f"Accept-Encoding: gzip\r\nIf-None-Match: {gzip_etag}\r\n"
    not_modified = raw_request(site.port, "/topic.atom", headers=conditional)
    assert not_modified.status == 304
    assert not_modified.headers["etag"] == gzip_etag
    assert not_modified.body == b""
    identity = raw_request(site.port, "/topic.atom", headers=f"If-None-Match: {gzip_etag}\r\n")
    assert identity.status == 200
    assert identity.body == ATOM


@pytest.mark.parametrize("accept_encoding", [None, "identity", "gzip;q=0", "br", "*;q=0"])
def test_no_gzip_unless_the_client_asks(site: Site, accept_encoding: str | None) -> None:
    headers = "" if accept_encoding is None else f"Accept-Encoding: {accept_encoding}\r\n"
    response = raw_request(site.port, "/topic.atom", headers=headers)
    assert response.status == 200
    assert "content-encoding" not in response.headers
    assert response.body == ATOM


@pytest.mark.parametrize(
    ("accept_encoding", "expected"),
    [
        ("gzip", True),
        ("GZIP", True),
        ("x-gzip", True),
        ("gzip, deflate, br", True),
        ("deflate, gzip;q=0.5", True),
        ("*", True),
        ("br, *;q=0.1", True),
        ("", False),
        ("identity", False),
        ("gzip;q=0", False),
        ("gzip;q=0.000", False),
        ("*;q=0", False),
        ("gzip;q=0, *", False),
        ("gzip;q=nonsense", False),
    ],
)
def test_accept_encoding_is_read_with_q_values(accept_encoding: str, expected: bool) -> None:
    assert accepts_gzip(accept_encoding) is expected


def test_head_returns_the_headers_without_a_body(site: Site) -> None:
    response = raw_request(site.port, "/all.atom", method="HEAD")
    assert response.status == 200
    assert response.body == b""
    assert response.headers["content-length"] == str(len(ATOM))
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert "etag" in response.headers


@pytest.mark.parametrize(
    "target",
    [
        "/../etc/passwd",
        "/../secret",
        "/%2e%2e/secret",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/entries/..%2f..%2fsecret",
        "/entries/..%2F..%2Fsecret",
        "/entries/%2e%2e/%2e%2e/secret",
        "/..%5c..%5csecret",
        "/entries\\..\\..\\secret",
        "/all.atom%00",
        "/all.atom%00.html",
        "/%00",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/leak.atom",
        "/entries/leak.html",
        "/notes.txt",
        "/state.sqlite",
        "/" + "a" * 5000 + ".atom",
        "/entries/" + "a" * 300 + ".html",
        "/" + "x/" * 40000,
    ],
)
def test_nothing_outside_the_allow_list_is_reachable(site: Site, target: str) -> None:
    response = raw_request(site.port, target)
    assert 400 <= response.status < 500
    assert b"secret" not in response.body
    assert b"Traceback" not in response.body


@pytest.mark.parametrize(
    "path",
    [
        "/nope.atom",
        "/entries/nope.html",
        "/index.html",
        "/entries/",
        "/entries",
        "/feeds.opml/",
        "/all.atom/",
        "/all.xml",
        "/.feedd-tmp-abc123",
        "/.hidden.atom",
        "/favicon.ico",
    ],
)
def test_unknown_paths_temp_files_and_dotfiles_are_404(site: Site, path: str) -> None:
    response = site.client.get(path)
    assert response.status_code == 404


def test_other_methods_are_405(site: Site) -> None:
    assert site.client.post("/all.atom", content=b"x").status_code == 405


def test_healthz_is_200_with_details_when_healthy(site: Site) -> None:
    site.health.is_healthy = True
    response = site.client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "topics": 2}
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["content-type"] == "application/json"


def test_healthz_is_503_when_unhealthy(site: Site) -> None:
    site.health.is_healthy = False
    try:
        response = site.client.get("/healthz")
    finally:
        site.health.is_healthy = True
    assert response.status_code == 503
    assert response.json() == {"status": "unhealthy", "topics": 2}


def test_healthz_is_503_when_the_check_itself_fails(site: Site) -> None:
    site.health.fails = True
    try:
        response = site.client.get("/healthz")
    finally:
        site.health.fails = False
    assert response.status_code == 503
    assert response.json()["status"] == "unhealthy"
    assert "exploded" not in response.text


def test_metrics_are_served_as_prometheus_text(site: Site) -> None:
    response = site.client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    assert response.content == site.metrics.data


def test_a_failing_handler_answers_500_without_internals(site: Site) -> None:
    site.metrics.fails = True
    try:
        response = site.client.get("/metrics")
    finally:
        site.metrics.fails = False
    assert response.status_code == 500
    assert response.text == "Internal Server Error"


def test_start_on_a_taken_port_raises_server_error_naming_the_address(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = create_app(tmp_path, health=HealthSwitch(), metrics=MetricsSource())
        server = HttpServer(app, bind="127.0.0.1", port=port)
        with pytest.raises(ServerError, match=f"127.0.0.1:{port}"):
            server.start()
        assert not server.is_alive


def test_reserve_finds_a_taken_port_before_start(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = create_app(tmp_path, health=HealthSwitch(), metrics=MetricsSource())
        server = HttpServer(app, bind="127.0.0.1", port=port)
        with pytest.raises(ServerError, match=r"127\.0\.0\.1:\d+: .*\[server\] port"):
            server.reserve()


def test_a_reserved_port_refuses_connections_until_start(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_bytes(INDEX)
    app = create_app(tmp_path, health=HealthSwitch(), metrics=MetricsSource())
    server = HttpServer(app, bind="127.0.0.1", port=0)
    server.reserve()
    try:
        assert server.port != 0
        with pytest.raises(httpx.ConnectError):  # refused at once, not queued unanswered
            httpx.get(f"http://127.0.0.1:{server.port}/", timeout=1)
        server.start()
        assert httpx.get(f"http://127.0.0.1:{server.port}/", timeout=2).content == INDEX
    finally:
        server.stop()


def test_stop_leaves_no_thread_and_the_signal_handlers_alone(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_bytes(INDEX)
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    threads_before = set(threading.enumerate())
    app = create_app(tmp_path, health=HealthSwitch(), metrics=MetricsSource())
    server = HttpServer(app, bind="127.0.0.1", port=0)
    server.start()
    assert server.is_alive
    assert server.port != 0
    # Exercise the worker threads too: a file load and a health check.
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as client:
        assert client.get("/").content == INDEX
        assert client.get("/healthz").status_code == 200
    server.stop()
    assert not server.is_alive
    assert set(threading.enumerate()) <= threads_before
    assert {sig: signal.getsignal(sig) for sig in handlers} == handlers
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{server.port}/", timeout=1)


def cached(size: int) -> CachedFile:
    return CachedFile(
        key=(0, 0, size, 0, 0),
        body=b"x" * size,
        gzip_body=None,
        etag='"a"',
        gzip_etag='"a-gz"',
        last_modified="",
        modified_s=0,
        content_type="text/html; charset=utf-8",
    )


def test_file_cache_evicts_the_least_recently_used_within_its_budget() -> None:
    cache = FileCache(budget_bytes=100)
    cache.put("a", cached(40))
    cache.put("b", cached(40))
    assert cache.get("a") is not None  # "b" is now the least recently used
    cache.put("c", cached(40))
    assert cache.get("b") is None
    assert cache.get("a") is not None
    assert cache.get("c") is not None
    assert cache.total_bytes == 80
    cache.put("huge", cached(500))  # served, never kept
    assert cache.get("huge") is None
    assert cache.total_bytes == 80
