"""Configuration: find the TOML file, validate it, and return frozen typed settings.

Owns reading the config file. Must not import the store, publisher or drivers.
Every error names the file, the key and what is wrong, e.g.
`config/feedd.toml: topics[1].query: unbalanced "(" at column 14`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from feedd.errors import ConfigError, QueryError
from feedd.topics import alias_key, alias_problem, fts_expression, parse_query, slugify, terms_of
from feedd.websub.rules import allow_list_problem

ENV_VAR = "FEEDD_CONFIG"
SEARCH_PATHS = (Path("config/feedd.toml"), Path("/etc/feedd/feedd.toml"))
RESERVED_SLUGS = frozenset({"all", "entries", "feeds", "index", "healthz", "metrics"})

T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class Topic:
    name: str
    slug: str
    query: str  # as the user wrote it
    match_expression: str  # compiled FTS5 MATCH
    # Groups of spellings of one name (the config's key first), expanded into the query.
    aliases: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerSettings:
    bind: str = "127.0.0.1"
    port: int = 8080


@dataclass(frozen=True, slots=True, kw_only=True)
class DaemonSettings:
    watch_mode: str = "native"  # native | poll
    poll_interval_s: float = 1.0
    settle_s: float = 0.3
    debounce_s: float = 0.25
    regenerate_interval_s: float = 300.0
    reconcile_interval_s: float = 600.0
    batch_size: int = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSubSettings:
    """The built-in WebSub hub ([websub]); see README.md "WebSub hub"."""

    enabled: bool = False
    # Host names ("push.example.org", "*.example.org"), addresses and CIDR networks.
    allowed_callbacks: tuple[str, ...] = ()
    max_subscriptions: int = 1000
    max_subscriptions_per_callback_host: int = 20
    max_requests_per_callback_host_per_min: int = 30
    default_lease_s: int = 10 * 24 * 3600
    min_lease_s: int = 3600
    max_lease_s: int = 30 * 24 * 3600
    max_queued_deliveries: int = 1000
    max_concurrent_deliveries: int = 4
    delivery_timeout_s: float = 10.0
    max_delivery_attempts: int = 6
    retry_initial_s: float = 30.0
    retry_max_s: float = 3600.0
    external_hub: str | None = None

    @property
    def is_active(self) -> bool:
        """True when feeds advertise a hub (the built-in one, an external one, or both)."""
        return self.enabled or self.external_hub is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    path: Path | None
    watch_dir: Path
    state_file: Path
    output_dir: Path
    base_url: str  # always ends with "/"
    title: str = "feedd"
    author: str = "feedd"
    max_entries: int = 50
    archive_page_entries: int = 50  # places per RFC 5005 archive page (default: max_entries)
    timezone: str = "UTC"
    max_file_bytes: int = 10 * 1024 * 1024
    max_feed_bytes: int = 2 * 1024 * 1024
    topics: tuple[Topic, ...] = ()
    server: ServerSettings = field(default_factory=ServerSettings)
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    websub: WebSubSettings = field(default_factory=WebSubSettings)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True, slots=True, kw_only=True)
class Overrides:
    """Command-line values that win over the file."""

    watch_dir: Path | None = None
    state_file: Path | None = None
    output_dir: Path | None = None
    base_url: str | None = None
    bind: str | None = None
    port: int | None = None


def find_config_file(explicit: Path | None) -> Path | None:
    """--config, else $FEEDD_CONFIG, else ./config/feedd.toml, else /etc/feedd/feedd.toml;
    None when none was asked for and none of these exists (run on the built-in defaults)."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env)
    for candidate in SEARCH_PATHS:
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None, overrides: Overrides | None = None) -> Config:
    """Read and validate the config file at `path`, then apply command-line overrides.

    With no path: the built-in defaults (no topics), relative paths against the current folder.
    """
    if path is None:
        config = parse_config({}, path=None, base_dir=Path.cwd())
        return apply_overrides(config, overrides or Overrides())
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ConfigError(f"{path}: file not found") from err
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read: {err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err
    config = parse_config(raw, path=path, base_dir=path.resolve().parent)
    return apply_overrides(config, overrides or Overrides())


def parse_config(raw: Mapping[str, Any], *, path: Path | None, base_dir: Path) -> Config:
    """Validate a parsed TOML table into a Config (relative paths resolve against base_dir)."""
    reader = _Table(raw, str(path) if path else "<config>", "")
    server_table = reader.table("server")
    server = ServerSettings(
        bind=server_table.get("bind", str, "127.0.0.1"),
        port=server_table.get("port", int, 8080, check=lambda v: 0 < v < 65536),
    )
    server_table.finish()
    daemon_table = reader.table("daemon")
    positive = lambda v: v > 0  # noqa: E731 - reads better inline below
    daemon = DaemonSettings(
        watch_mode=daemon_table.get(
            "watch_mode",
            str,
            "native",
            check=lambda v: v in ("native", "poll"),
            expected="native or poll",
        ),
        poll_interval_s=daemon_table.get("poll_interval_s", float, 1.0, check=positive),
        settle_s=daemon_table.get("settle_s", float, 0.3, check=lambda v: v >= 0),
        debounce_s=daemon_table.get("debounce_s", float, 0.25, check=lambda v: v >= 0),
        regenerate_interval_s=daemon_table.get(
            "regenerate_interval_s", float, 300.0, check=positive
        ),
        reconcile_interval_s=daemon_table.get("reconcile_interval_s", float, 600.0, check=positive),
        batch_size=daemon_table.get("batch_size", int, 500, check=positive),
    )
    daemon_table.finish()

    timezone = reader.get("timezone", str, "UTC")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise reader.error("timezone", f"unknown time zone {timezone!r}") from err

    default_base = f"http://{server.bind}:{server.port}/"
    base_url = reader.get("base_url", str, default_base)
    if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).netloc:
        raise reader.error("base_url", f"{base_url!r} is not an http(s) URL")

    max_entries = reader.get("max_entries", int, 50, check=positive)
    config = Config(
        path=path,
        watch_dir=_resolve(base_dir, reader.get("watch_dir", str, "seeds")),
        state_file=_resolve(base_dir, reader.get("state_file", str, "var/state.sqlite3")),
        output_dir=_resolve(base_dir, reader.get("output_dir", str, "var/feeds")),
        base_url=base_url.rstrip("/") + "/",
        title=reader.get("title", str, "feedd", check=bool, expected="a non-empty string"),
        author=reader.get("author", str, "feedd", check=bool, expected="a non-empty string"),
        max_entries=max_entries,
        # A feed shows the entries of the page still filling up too: pages no longer than
        # the feed keep it within about twice max_entries.
        archive_page_entries=reader.get("archive_page_entries", int, max_entries, check=positive),
        timezone=timezone,
        max_file_bytes=reader.get("max_file_bytes", int, 10 * 1024 * 1024, check=positive),
        max_feed_bytes=reader.get("max_feed_bytes", int, 2 * 1024 * 1024, check=positive),
        topics=_parse_topics(reader),
        server=server,
        daemon=daemon,
        websub=_parse_websub(reader),
    )
    reader.finish()
    return config


def apply_overrides(config: Config, overrides: Overrides) -> Config:
    server = replace(
        config.server,
        bind=overrides.bind if overrides.bind is not None else config.server.bind,
        port=overrides.port if overrides.port is not None else config.server.port,
    )
    base_url = config.base_url
    if overrides.base_url is not None:
        base_url = overrides.base_url.rstrip("/") + "/"
    elif (overrides.bind is not None or overrides.port is not None) and base_url == (
        f"http://{config.server.bind}:{config.server.port}/"
    ):
        base_url = f"http://{server.bind}:{server.port}/"  # the default follows the address
    return replace(
        config,
        watch_dir=overrides.watch_dir or config.watch_dir,
        state_file=overrides.state_file or config.state_file,
        output_dir=overrides.output_dir or config.output_dir,
        base_url=base_url,
        server=server,
    )


def _parse_websub(reader: _Table) -> WebSubSettings:
    """[websub]: off unless `enabled = true` (or an external hub is named)."""
    table = reader.table("websub")
    positive = lambda v: v > 0  # noqa: E731
    enabled = table.get("enabled", bool, False)
    raw_allowed = table.get("allowed_callbacks", list, [])
    allowed: list[str] = []
    for index, item in enumerate(raw_allowed):
        key = f"allowed_callbacks[{index}]"
        if not isinstance(item, str):
            raise table.error(key, f"must be a string, not {_type_name(type(item))}")
        problem = allow_list_problem(item)
        if problem:
            raise table.error(key, f"{item!r}: {problem}")
        allowed.append(item.strip().lower())
    if enabled and not allowed:
        raise table.error(
            "allowed_callbacks",
            "must name at least one host or network when the hub is enabled"
            ' (e.g. ["push.example.org", "203.0.113.0/24"])',
        )
    external_hub = table.get("external_hub", str, "") or None
    if external_hub is not None:
        parts = urlsplit(external_hub)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise table.error("external_hub", f"{external_hub!r} is not an http(s) URL")
    default_lease_s = table.get("default_lease_s", int, 10 * 24 * 3600, check=positive)
    min_lease_s = table.get("min_lease_s", int, 3600, check=positive)
    max_lease_s = table.get("max_lease_s", int, 30 * 24 * 3600, check=positive)
    if not min_lease_s <= default_lease_s <= max_lease_s:
        raise table.error(
            "default_lease_s",
            f"{default_lease_s} must lie between min_lease_s ({min_lease_s})"
            f" and max_lease_s ({max_lease_s})",
        )
    retry_initial_s = table.get("retry_initial_s", float, 30.0, check=positive)
    retry_max_s = table.get("retry_max_s", float, 3600.0, check=positive)
    if retry_max_s < retry_initial_s:
        raise table.error(
            "retry_max_s", f"{retry_max_s} is below retry_initial_s ({retry_initial_s})"
        )
    settings = WebSubSettings(
        enabled=enabled,
        allowed_callbacks=tuple(allowed),
        max_subscriptions=table.get("max_subscriptions", int, 1000, check=positive),
        max_subscriptions_per_callback_host=table.get(
            "max_subscriptions_per_callback_host", int, 20, check=positive
        ),
        max_requests_per_callback_host_per_min=table.get(
            "max_requests_per_callback_host_per_min", int, 30, check=positive
        ),
        default_lease_s=default_lease_s,
        min_lease_s=min_lease_s,
        max_lease_s=max_lease_s,
        max_queued_deliveries=table.get("max_queued_deliveries", int, 1000, check=positive),
        max_concurrent_deliveries=table.get(
            "max_concurrent_deliveries",
            int,
            4,
            check=lambda v: 0 < v <= 64,
            expected="1 to 64",
        ),
        delivery_timeout_s=table.get("delivery_timeout_s", float, 10.0, check=positive),
        max_delivery_attempts=table.get("max_delivery_attempts", int, 6, check=positive),
        retry_initial_s=retry_initial_s,
        retry_max_s=retry_max_s,
        external_hub=external_hub,
    )
    table.finish()
    return settings


def _parse_topics(reader: _Table) -> tuple[Topic, ...]:
    raw_topics = reader.get("topics", list, [])
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw_topics):
        if not isinstance(item, dict):
            raise reader.error(f"topics[{index}]", "must be a table ([[topics]])")
        table = _Table(item, reader.file, f"topics[{index}].")
        name = table.get("name", str, None, check=bool, expected="a non-empty string")
        slug = table.get("slug", str, slugify(name))
        if not slug or slug != slugify(slug):
            raise table.error("slug", f"{slug!r} must be lower case letters, digits and dashes")
        if slug in RESERVED_SLUGS:
            raise table.error("slug", f"{slug!r} is reserved for feedd's own pages")
        if slug in seen:
            raise table.error("slug", f"{slug!r} is already used by topics[{seen[slug]}]")
        seen[slug] = index
        query = table.get("query", str, None)
        aliases = _parse_aliases(table)
        try:
            tree = parse_query(query, aliases)
        except QueryError as err:
            raise table.error("query", str(err)) from err
        used = {alias_key(term.text) for term in terms_of(tree)}
        for group in aliases:
            if not used & {alias_key(spelling) for spelling in group}:
                # A misspelt key would otherwise expand nothing, silently.
                raise table.error(
                    f"aliases.{group[0]}",
                    "no word or phrase of the query is one of these spellings"
                    " (aliases expand terms the query uses)",
                )
        table.finish()
        topics.append(
            Topic(
                name=name,
                slug=slug,
                query=query,
                match_expression=fts_expression(tree),
                aliases=aliases,
            )
        )
    return tuple(topics)


def _parse_aliases(table: _Table) -> tuple[tuple[str, ...], ...]:
    """`aliases = { Tartus = ["Tartous", "Тартус*", "طرطوس"] }`: each key and its spellings
    are one group; a term of the query that is any of them matches all of them."""
    raw = table.get("aliases", dict, {})
    groups: list[tuple[str, ...]] = []
    owner: dict[str, str] = {}
    for key, spellings in raw.items():
        where = f"aliases.{key}"
        if not isinstance(spellings, list) or not spellings:
            raise table.error(
                where, 'must be a non-empty array of spellings, e.g. ["Tartous", "Тартус*"]'
            )
        group: dict[str, str] = {}  # alias_key -> spelling, the first of equal ones
        for index, spelling in enumerate([key, *spellings]):
            at = where if index == 0 else f"{where}[{index - 1}]"
            if not isinstance(spelling, str):
                raise table.error(at, f"must be a string, not {_type_name(type(spelling))}")
            problem = alias_problem(spelling)
            if problem:
                raise table.error(at, f"{spelling!r}: {problem}")
            first = owner.setdefault(alias_key(spelling), key)
            if first != key:
                raise table.error(at, f"{spelling!r} is already a spelling of {first!r}")
            group.setdefault(alias_key(spelling), spelling)
        groups.append(tuple(group.values()))
    return tuple(groups)


class _Table:
    """One TOML table being validated: typed getters, and unknown keys as errors."""

    def __init__(self, raw: Mapping[str, Any], file: str, prefix: str) -> None:
        self._raw = raw
        self.file = file
        self._prefix = prefix
        self._used: set[str] = set()

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.file}: {self._prefix}{key}: {message}")

    def table(self, key: str) -> _Table:
        value = self.get(key, dict, {})
        return _Table(value, self.file, f"{self._prefix}{key}.")

    def get(
        self,
        key: str,
        kind: type[T],
        default: T | None,
        *,
        check: Any = None,
        expected: str | None = None,
    ) -> T:
        self._used.add(key)
        if key not in self._raw:
            if default is None:
                raise self.error(key, "is required")
            return default
        value = self._raw[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(key, f"must be {_type_name(kind)}, not {_type_name(type(value))}")
        if check is not None and not check(value):
            raise self.error(
                key, f"{value!r} is not allowed; expected {expected or 'a positive value'}"
            )
        return value

    def finish(self) -> None:
        unknown = sorted(set(self._raw) - self._used)
        if unknown:
            raise self.error(unknown[0], "unknown key (check the spelling; see config/feedd.toml)")


def _resolve(base_dir: Path, value: str) -> Path:
    return Path(os.path.normpath(base_dir / Path(value).expanduser()))


def _type_name(kind: type) -> str:
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "true or false",
        list: "an array",
        dict: "a table",
    }.get(kind, kind.__name__)
