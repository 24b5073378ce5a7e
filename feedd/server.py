"""HTTP adapter: serves what the publisher wrote in the output folder, plus /healthz and /metrics.

Owns the URL → file mapping (a fixed allow-list, nothing else in the folder is reachable),
conditional GET (ETag, Last-Modified, 304), gzip, and the thread uvicorn runs in. It reads the
output folder and never writes it. Must not import the store, the pipeline, the publisher or
the daemon: the daemon hands in the folder and two callables (health, metrics).

Decisions a maintainer should know:
- ETag: a strong tag from the file's bytes (BLAKE2b), so a rebuild that writes identical
  bytes keeps readers on 304s. The gzip variant has its own strong tag, the same with a
  "-gz" suffix (RFC 9110 §8.8.1: a different content coding is a different representation).
  Starlette's GZipMiddleware keeps the identity ETag on the gzip body, hence gzip here.
- Files are kept in memory (bytes, gzip bytes, tags) keyed by (dev, inode, size, mtime_ns,
  ctime_ns). The publisher replaces files by rename, so a new file has a new key; a
  conditional GET therefore costs one stat() and no read. Loading a new version (read,
  hash, compress) runs in a worker thread, off the event loop.
- A cache miss resolves the real path and refuses anything outside the folder (symlinks).
- Abusive clients: uvicorn's httptools protocol buffers request heads of any size and waits
  forever for a head that trickles in. `_GuardedHttpProtocol` answers 431 past
  MAX_HEAD_BYTES and drops a connection whose head is not complete after
  `header_timeout_s`; connections beyond what the open-file limit allows get 503 (uvicorn's
  limit_concurrency), so slow clients cannot take the descriptors the worker needs.
- WebSub (when the daemon hands in a `HubEndpoint`): POSTs to `/websub` go to the hub, and
  feed responses carry its `Link` header. The hub answers from memory; it never makes this
  thread wait for a callback.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import functools
import gzip
import hashlib
import json
import os
import re
import resource
import socket
import stat
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import Protocol, TypeVar
from urllib.parse import parse_qsl

import structlog
import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from feedd.assets import ASSET_NAMES
from feedd.errors import FeeddError
from feedd.websub.rules import HUB_PATH, HubAnswer

log = structlog.get_logger(__name__)

FEED_CACHE_CONTROL = "public, max-age=60"
# RFC 5005 archive pages are written once, when complete, and never change (RFC 8246).
ARCHIVE_CACHE_CONTROL = "public, max-age=31536000, immutable"
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
CONTENT_TYPES = {
    ".atom": "application/atom+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".json": "application/feed+json",  # JSON Feed 1.1; JSON is UTF-8 (RFC 8259)
    ".opml": "text/x-opml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".ico": "image/vnd.microsoft.icon",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".xsl": "text/xsl; charset=utf-8",
}
# What the publisher writes, and nothing else: feeds `<slug>.atom|rss|json` (slugs are word
# characters and hyphens, non-Latin letters included), the OPML list, entry pages and
# archive pages `archive/<slug>/<n>.atom`. No dots, slashes, backslashes or NULs in a name,
# so no dotfile, temp file or traversal.
SERVED_PATH = re.compile(
    r"[\w-]+\.(?:atom|rss|json)|feeds(?:-rss|-json)?\.opml|entries/[\w-]+\.html"
    r"|archive/[\w-]+/[0-9]+\.atom"
)
# Feeds a browser is given as XML (`file_response`), so it applies their XSL stylesheet.
BROWSER_VIEWED_TYPES = {
    "application/atom+xml; charset=utf-8": "application/xml; charset=utf-8",
    "application/rss+xml; charset=utf-8": "application/xml; charset=utf-8",
}
MAX_TARGET_BYTES = 2048  # path + query; longer request targets get 414
MAX_HEAD_BYTES = 64 * 1024  # request line and headers; more gets 431
HEADER_TIMEOUT_S = 10.0  # a request head must arrive whole within this
FD_RESERVE = 256  # open files kept for the rest of feedd when capping connections
CACHE_BUDGET_BYTES = 64 * 1024 * 1024
GZIP_MIN_BYTES = 256  # below this gzip saves nothing worth a header
NOT_FOUND_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP})
MAX_HUB_FORM_BYTES = 8 * 1024  # a subscription request: a few URLs and a secret
MAX_HUB_FORM_FIELDS = 20
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"

T = TypeVar("T")
Health = Callable[[], tuple[bool, dict[str, object]]]
Metrics = Callable[[], bytes]


class HubEndpoint(Protocol):
    """The WebSub hub as the server sees it (feedd.websub.hub.Hub). Both calls are quick
    and do no I/O: they run on the event loop."""

    def receive(self, fields: list[tuple[str, str]]) -> HubAnswer: ...

    def link_header(self, relative_path: str) -> str | None: ...


class ServerError(FeeddError):
    """The HTTP server cannot listen (address taken, bad address) or did not start."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CachedFile:
    """One version of one served file, with everything a response needs precomputed."""

    key: tuple[int, int, int, int, int]  # st_dev, st_ino, st_size, st_mtime_ns, st_ctime_ns
    body: bytes
    gzip_body: bytes | None  # None when gzip would not make it smaller
    etag: str
    gzip_etag: str
    last_modified: str  # HTTP-date
    modified_s: int  # mtime in whole seconds, for If-Modified-Since
    content_type: str

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzip_body or b"")


class FileCache:
    """Least-recently-used files within a byte budget. Used from the event loop only."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget_bytes = budget_bytes
        self._files: OrderedDict[str, CachedFile] = OrderedDict()
        self._total_bytes = 0

    def get(self, relative_path: str) -> CachedFile | None:
        cached = self._files.get(relative_path)
        if cached is not None:
            self._files.move_to_end(relative_path)
        return cached

    def put(self, relative_path: str, cached: CachedFile) -> None:
        self.discard(relative_path)
        if cached.size > self.budget_bytes:
            return
        self._files[relative_path] = cached
        self._total_bytes += cached.size
        while self._total_bytes > self.budget_bytes:
            _, evicted = self._files.popitem(last=False)
            self._total_bytes -= evicted.size

    def discard(self, relative_path: str) -> None:
        old = self._files.pop(relative_path, None)
        if old is not None:
            self._total_bytes -= old.size

    @property
    def total_bytes(self) -> int:
        return self._total_bytes


def create_app(
    output_dir: Path, *, health: Health, metrics: Metrics, hub: HubEndpoint | None = None
) -> Starlette:
    """The ASGI app: files of `output_dir` at `/`, `/<slug>.atom` …, plus health and metrics,
    and the WebSub hub at `/websub` when `hub` is given."""
    cache = FileCache(CACHE_BUDGET_BYTES)
    root = str(output_dir)

    async def serve_file(request: Request) -> Response:
        if len(request.scope["raw_path"]) + len(request.scope["query_string"]) > MAX_TARGET_BYTES:
            return PlainTextResponse("URI Too Long", status_code=414)
        relative_path = served_file(request.scope["path"])
        if relative_path is None:
            return not_found()
        try:
            st = os.stat(os.path.join(root, relative_path))
        except OSError as err:
            if err.errno not in NOT_FOUND_ERRNOS:
                raise
            cache.discard(relative_path)
            return not_found()
        if not stat.S_ISREG(st.st_mode):
            return not_found()
        cached = cache.get(relative_path)
        if cached is None or cached.key != stat_key(st):
            cached = await in_worker_thread(load_file, output_dir, relative_path)
            if cached is None:
                cache.discard(relative_path)
                return not_found()
            cache.put(relative_path, cached)
        link = hub.link_header(relative_path) if hub is not None else None
        is_archive = relative_path.startswith("archive/")
        cache_control = ARCHIVE_CACHE_CONTROL if is_archive else FEED_CACHE_CONTROL
        return file_response(request, cached, link=link, cache_control=cache_control)

    async def healthz(request: Request) -> Response:
        try:
            is_healthy, details = await in_worker_thread(health)
        except Exception:
            log.exception("health_check_failed")
            is_healthy, details = False, {"error": "health check failed"}
        body = {**details, "status": "ok" if is_healthy else "unhealthy"}
        return Response(
            json.dumps(body, default=str, sort_keys=True).encode("utf-8"),
            status_code=200 if is_healthy else 503,
            headers={"content-type": "application/json", "cache-control": "no-store"},
        )

    async def serve_metrics(request: Request) -> Response:
        data = await in_worker_thread(metrics)
        return Response(
            data, headers={"content-type": METRICS_CONTENT_TYPE, "cache-control": "no-store"}
        )

    async def websub(request: Request) -> Response:
        assert hub is not None
        fields = await read_form(request)
        if isinstance(fields, Response):
            return fields
        answer = hub.receive(fields)
        headers = {"cache-control": "no-store"}
        if answer.retry_after_s is not None:
            headers["retry-after"] = str(answer.retry_after_s)
        return PlainTextResponse(answer.reason, status_code=answer.status, headers=headers)

    methods = ["GET", "HEAD"]
    hub_routes = [] if hub is None else [Route(f"/{HUB_PATH}", guarded(websub), methods=["POST"])]
    return Starlette(
        routes=[
            *hub_routes,
            Route("/healthz", guarded(healthz), methods=methods),
            Route("/metrics", guarded(serve_metrics), methods=methods),
            Route("/{path:path}", guarded(serve_file), methods=methods),
        ],
        middleware=[Middleware(AccessLog)],
    )


class AccessLog:
    """One `http_request` line per request (method, path, status, bytes, ms), in feedd's
    own structured log; uvicorn's access log stays off. The query string is never logged (it
    is not needed to read the log and could carry a token); bodies never are."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        sent_bytes = 0

        async def counting_send(message: Message) -> None:
            nonlocal status, sent_bytes
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body":
                sent_bytes += len(message.get("body", b""))
            await send(message)

        try:
            await self._app(scope, receive, counting_send)
        finally:
            log.info(
                "http_request",
                method=scope["method"],
                path=scope["path"][:200],
                status=status or 500,  # no answer started: the app failed or was cut off
                bytes=sent_bytes,
                ms=round((time.perf_counter() - started) * 1000, 2),
            )


async def read_form(request: Request) -> list[tuple[str, str]] | Response:
    """The fields of a small url-encoded form, or the error response to send instead."""
    content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if content_type != FORM_CONTENT_TYPE:
        return PlainTextResponse(f"expected {FORM_CONTENT_TYPE}", status_code=415)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_HUB_FORM_BYTES:
        return PlainTextResponse("request too large", status_code=413)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_HUB_FORM_BYTES:
            return PlainTextResponse("request too large", status_code=413)
    try:
        return parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=False,
            max_num_fields=MAX_HUB_FORM_FIELDS,
        )
    except (UnicodeDecodeError, ValueError):
        return PlainTextResponse("not a valid url-encoded form", status_code=400)


def guarded(
    endpoint: Callable[[Request], Awaitable[Response]],
) -> Callable[..., Awaitable[Response]]:
    """Log a handler's exception with its traceback and answer 500 without internals."""

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        try:
            return await endpoint(request)
        except Exception:
            log.exception("request_failed", method=request.method, path=request.scope["path"][:200])
            return PlainTextResponse("Internal Server Error", status_code=500)

    return wrapper


async def in_worker_thread(function: Callable[..., T], *args: object) -> T:
    """Run blocking work off the event loop. The loop's default executor, not anyio's pool:
    asyncio.run() joins it on exit, so stop() leaves no worker thread behind."""
    return await asyncio.get_running_loop().run_in_executor(None, function, *args)


def served_file(url_path: str) -> str | None:
    """The file under the output folder a (percent-decoded) URL path names, if any."""
    if url_path == "/":
        return "index.html"
    name = url_path[1:]
    # The site's static files (icons, the feeds' stylesheet) are served by their names.
    return name if SERVED_PATH.fullmatch(name) or name in ASSET_NAMES else None


def not_found() -> Response:
    return PlainTextResponse("Not Found", status_code=404)


def stat_key(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def load_file(output_dir: Path, relative_path: str) -> CachedFile | None:
    """Read one file for the cache; None if it is gone or resolves outside the folder."""
    root = os.path.realpath(output_dir)
    real_path = os.path.realpath(os.path.join(root, relative_path))
    if os.path.commonpath([root, real_path]) != root:
        log.warning("path_outside_output_refused", path=relative_path)
        return None
    try:
        fd = os.open(real_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as err:
        if err.errno in NOT_FOUND_ERRNOS:
            return None
        raise
    with os.fdopen(fd, "rb") as handle:
        # The key comes from the open file, so key and bytes belong to the same version
        # even if the publisher renames a new file into place meanwhile.
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            return None
        body = handle.read()
    digest = hashlib.blake2b(body, digest_size=16).hexdigest()
    gzip_body: bytes | None = None
    if len(body) >= GZIP_MIN_BYTES:
        # mtime=0: the same bytes always compress to the same bytes, so the tag holds.
        compressed = gzip.compress(body, compresslevel=6, mtime=0)
        gzip_body = compressed if len(compressed) < len(body) else None
    return CachedFile(
        key=stat_key(st),
        body=body,
        gzip_body=gzip_body,
        etag=f'"{digest}"',
        gzip_etag=f'"{digest}-gz"',
        last_modified=formatdate(st.st_mtime, usegmt=True),
        modified_s=st.st_mtime_ns // 1_000_000_000,
        content_type=CONTENT_TYPES[os.path.splitext(relative_path)[1]],
    )


def file_response(
    request: Request,
    cached: CachedFile,
    *,
    link: str | None = None,
    cache_control: str = FEED_CACHE_CONTROL,
) -> Response:
    headers = request.headers
    use_gzip = cached.gzip_body is not None and accepts_gzip(headers.get("accept-encoding", ""))
    etag = cached.gzip_etag if use_gzip else cached.etag
    response_headers = {
        "etag": etag,
        "last-modified": cached.last_modified,
        "cache-control": cache_control,
        "vary": "Accept-Encoding",
    }
    content_type = cached.content_type
    if content_type in BROWSER_VIEWED_TYPES:
        # Browsers show application/atom+xml and rss+xml as plain text (Chromium) or save
        # them, never applying the feed's XSL stylesheet; as XML they render the feed as a
        # page. A browser opening a page asks for text/html; feed readers ask for feeds.
        response_headers["vary"] = "Accept, Accept-Encoding"
        if asks_for_html(headers.get("accept", "")):
            content_type = BROWSER_VIEWED_TYPES[content_type]
    if link is not None:
        response_headers["link"] = link
    if_none_match = ", ".join(headers.getlist("if-none-match"))
    if if_none_match:
        is_fresh = etag_matches(if_none_match, etag)
    else:
        is_fresh = not_modified_since(headers.get("if-modified-since", ""), cached.modified_s)
    if is_fresh:
        return Response(status_code=304, headers=response_headers)
    body = cached.gzip_body if use_gzip and cached.gzip_body is not None else cached.body
    response_headers["content-type"] = content_type
    response_headers["content-length"] = str(len(body))
    if use_gzip:
        response_headers["content-encoding"] = "gzip"
    if request.method == "HEAD":
        body = b""
    return Response(body, headers=response_headers)


def etag_matches(if_none_match: str, etag: str) -> bool:
    """If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored."""
    if if_none_match.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in if_none_match.split(","))


@functools.lru_cache(maxsize=256)
def not_modified_since(if_modified_since: str, modified_s: int) -> bool:
    if not if_modified_since:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False  # not an HTTP-date: ignore the field (RFC 9110 §13.1.3)
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return modified_s <= since.timestamp()


@functools.lru_cache(maxsize=256)
def asks_for_html(accept: str) -> bool:
    """True if `Accept` lists text/html with a non-zero q-value: a browser opening a page."""
    for item in accept.split(","):
        media_range, _, params = item.partition(";")
        if media_range.strip().lower() != "text/html":
            continue
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    return float(value.strip()) > 0
                except ValueError:
                    return False
        return True
    return False


def accepts_gzip(accept_encoding: str) -> bool:
    """True if `Accept-Encoding` allows gzip: listed (or `*`) with a non-zero q-value."""
    gzip_q: float | None = None
    any_q: float | None = None
    for item in accept_encoding.split(","):
        coding, _, params = item.partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value.strip())
                except ValueError:
                    q = 0.0
        coding = coding.strip().lower()
        if coding in ("gzip", "x-gzip"):
            gzip_q = q
        elif coding == "*":
            any_q = q
    if gzip_q is not None:
        return gzip_q > 0
    return any_q is not None and any_q > 0


class _GuardedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with the two limits it lacks (see the module notes)."""

    header_timeout_s = HEADER_TIMEOUT_S  # set per server by HttpServer

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._head_bytes = 0
        self._is_head_complete = False
        self._head_timer: asyncio.TimerHandle | None = None
        # uvicorn checks limit_concurrency once a head is complete, which a slow client
        # never sends: refuse here, before the connection can hold its descriptor.
        if self.limit_concurrency is not None and len(self.connections) > self.limit_concurrency:
            self._refuse(503, "Service Unavailable")
            return
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if not self._is_head_complete:
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self._cancel_head_timer()
                self._refuse(431, "Request Header Fields Too Large")
                return
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = 0
        self._is_head_complete = False
        self._arm_head_timer()

    def on_headers_complete(self) -> None:
        self._is_head_complete = True
        self._cancel_head_timer()
        super().on_headers_complete()

    def _arm_head_timer(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.header_timeout_s, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if not self._is_head_complete and not self.transport.is_closing():
            self.transport.close()

    def _refuse(self, status: int, reason: str) -> None:
        body = reason.encode("ascii")
        self.transport.write(
            f"HTTP/1.1 {status} {reason}\r\ncontent-type: text/plain; charset=utf-8\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n".encode("ascii")
            + body
        )
        self.transport.close()


def _guarded_protocol(header_timeout_s: float) -> type[_GuardedHttpProtocol]:
    """The protocol class for one server (uvicorn builds one instance per connection)."""

    class Protocol(_GuardedHttpProtocol):
        pass

    Protocol.header_timeout_s = header_timeout_s
    return Protocol


def connection_limit(reserve: int = FD_RESERVE) -> int:
    """Concurrent connections the open-file limit leaves room for, `reserve` kept back."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 10_000
    return max(32, soft - reserve)


class _ThreadedServer(uvicorn.Server):
    """uvicorn without signal handlers (the daemon owns SIGTERM and SIGHUP), and with an
    event set once it accepts connections."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.is_ready = threading.Event()

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # uvicorn 0.29+ installs SIGINT/SIGTERM handlers here when run in the main thread.
        yield

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self.is_ready.set()


class HttpServer:
    """Runs an ASGI app on uvicorn in a daemon thread: start(), stop(), is_alive, port."""

    def __init__(
        self, app: ASGIApp, *, bind: str, port: int, header_timeout_s: float = HEADER_TIMEOUT_S
    ) -> None:
        self._app = app
        self._bind = bind
        self._port = port
        self._header_timeout_s = header_timeout_s
        self._server: _ThreadedServer | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._reserved: socket.socket | None = None  # bound by reserve(), not listening yet

    @property
    def address(self) -> str:
        host = f"[{self._bind}]" if ":" in self._bind else self._bind
        return f"{host}:{self._port}"

    @property
    def port(self) -> int:
        return self._port

    @property
    def is_alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def reserve(self) -> None:
        """Bind the address now, without listening: a taken port stops start-up before
        minutes of reconcile, and until start() a client is refused rather than left
        waiting in a backlog nobody reads."""
        if self._reserved is None:
            self._reserved = self._bind_socket()

    def start(self, timeout_s: float = 10.0) -> None:
        """Listen, then serve in a thread; return once connections are being answered."""
        if self._thread is not None:
            raise ServerError(f"HTTP server on {self.address} is already started")
        sock, self._reserved = self._reserved or self._bind_socket(), None
        try:
            sock.listen(2048)
        except OSError as err:
            sock.close()
            raise ServerError(f"cannot listen on {self.address}: {err.strerror or err}") from err
        config = uvicorn.Config(
            self._app,
            log_config=None,  # uvicorn's loggers propagate to the root logger set up by cli
            access_log=False,
            lifespan="off",
            ws="none",
            server_header=False,
            http=_guarded_protocol(self._header_timeout_s),
            limit_concurrency=connection_limit(),
        )
        server = _ThreadedServer(config)
        self._server = server
        self._failure = None
        self._thread = threading.Thread(
            target=self._run, args=(server, sock), name="feedd-http", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not server.is_ready.wait(0.02):
            if not self._thread.is_alive():
                self._thread = None
                raise ServerError(
                    f"HTTP server on {self.address} stopped during start-up: {self._failure!r}"
                )
            if time.monotonic() > deadline:
                self.stop()
                raise ServerError(f"HTTP server on {self.address} did not start in {timeout_s} s")
        log.info("http_server_started", address=self.address)

    def stop(self, timeout_s: float = 5.0) -> None:
        """Finish in-flight requests, close connections and join the thread.

        If the thread is still alive after `timeout_s` (and a forced exit), a warning is
        logged and `is_alive` stays True; the thread is a daemon thread either way."""
        if self._reserved is not None:
            self._reserved.close()
            self._reserved = None
        thread, server = self._thread, self._server
        if thread is None or server is None:
            return
        server.config.timeout_graceful_shutdown = max(1, int(timeout_s) - 1)
        server.should_exit = True
        thread.join(timeout_s)
        if thread.is_alive():
            server.force_exit = True
            thread.join(1.0)
        if thread.is_alive():
            log.warning("http_server_stop_timed_out", address=self.address, timeout_s=timeout_s)
            return
        self._thread = None
        log.info("http_server_stopped", address=self.address)

    def _bind_socket(self) -> socket.socket:
        try:
            infos = socket.getaddrinfo(
                self._bind, self._port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
            )
        except (socket.gaierror, UnicodeError) as err:
            raise ServerError(f"cannot listen on {self.address}: {err}") from err
        family, kind, proto, _, sockaddr = infos[0]
        sock = socket.socket(family, kind, proto)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(sockaddr)
        except OSError as err:
            sock.close()
            reason = err.strerror or str(err)
            if err.errno == errno.EADDRINUSE:
                reason += (
                    " (another process is listening there; change [server] port or bind,"
                    " or pass --port)"
                )
            raise ServerError(f"cannot listen on {self.address}: {reason}") from err
        self._port = sock.getsockname()[1]
        return sock

    def _run(self, server: _ThreadedServer, sock: socket.socket) -> None:
        try:
            server.run(sockets=[sock])
        except (Exception, SystemExit) as err:  # uvicorn exits via sys.exit on start-up faults
            self._failure = err
            log.exception("http_server_crashed", address=self.address)
        finally:
            sock.close()
