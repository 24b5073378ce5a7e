"""WebSub rules, pure: what a hub request must hold, which callbacks may be called, leases,
signatures and the retry schedule. Values in, values out: no sockets, no DNS, no clock.

Must not import the store, an HTTP library, or anything of feedd's I/O edges. The
`client` module asks `AllowList` about every address before it connects; the hub asks the
rest.

The callback allow-list (README.md, "WebSub hub") is the hub's defence against being used
to send requests into a private network:
- a host name is admitted only if it is listed (exactly, or under a listed "*.domain");
- an address written in the URL is admitted only if a listed network holds it;
- every address a host resolves to, at every connection, must be public (globally
  routable), or lie in a listed network; one bad address refuses the whole callback, so a
  name that also resolves (or is rebound) to 10.0.0.5 is never called.
- whatever is listed, the unspecified (0.0.0.0, ::), multicast and reserved ranges are
  refused: on Linux a connection to 0.0.0.0 reaches this machine.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from urllib.parse import urlencode, urlsplit, urlunsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

HUB_PATH = "websub"  # the hub's URL is the site's base URL + this
MAX_SECRET_BYTES = 200  # WebSub §5.1: hub.secret "MUST be less than 200 bytes"
MAX_URL_CHARS = 2000
# hub.lease_seconds beyond this is not a number worth parsing (about 300 years).
MAX_LEASE_DIGITS = 10
# Each format of a feed is a topic of its own, its URL the rel="self" the file names, and
# a push carries that file: a subscriber gets the format it discovered the hub in.
FEED_CONTENT_TYPES = {
    ".atom": "application/atom+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".json": "application/feed+json",
}
SIGNATURE_METHOD = "sha256"

_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class Mode(StrEnum):
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"


@dataclass(frozen=True, slots=True, kw_only=True)
class HubRequest:
    """A subscribe or unsubscribe request that passed validation (§5.1)."""

    mode: Mode
    callback: str
    topic: str
    lease_s: int | None  # as asked; the hub grants `granted_lease_s(...)`
    secret: str | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.callback, self.topic)


@dataclass(frozen=True, slots=True, kw_only=True)
class HubAnswer:
    """The hub's answer to a request: 202 when verification of intent follows, else an
    error status with the reason (the hub then sends nothing to the callback)."""

    status: int
    reason: str
    retry_after_s: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscription:
    callback: str
    topic: str
    secret: str | None
    lease_s: int
    expires_at: datetime  # tz-aware UTC

    @property
    def key(self) -> tuple[str, str]:
        return (self.callback, self.topic)

    @property
    def callback_host(self) -> str:
        return callback_host(self.callback)

    def is_expired(self, now: datetime) -> bool:
        return now >= self.expires_at


# -- requests -----------------------------------------------------------------------------


def parse_hub_request(
    fields: Sequence[tuple[str, str]], *, topics: frozenset[str]
) -> HubRequest | HubAnswer:
    """Validate the form fields of a POST to the hub; `topics` are the URLs it serves."""
    values: dict[str, str] = {}
    for name, value in fields:
        if name.startswith("hub.") and name in values:
            return HubAnswer(status=400, reason=f"{name} is given more than once")
        values[name] = value
    mode = values.get("hub.mode", "")
    if mode == "publish":
        return HubAnswer(status=400, reason="this hub takes no publish pings: it pushes its feeds")
    if mode not in (Mode.SUBSCRIBE, Mode.UNSUBSCRIBE):
        return HubAnswer(status=400, reason="hub.mode must be subscribe or unsubscribe")
    callback = values.get("hub.callback", "")
    if not callback:
        return HubAnswer(status=400, reason="hub.callback is required")
    if len(callback) > MAX_URL_CHARS:
        return HubAnswer(
            status=400, reason=f"hub.callback is longer than {MAX_URL_CHARS} characters"
        )
    topic = values.get("hub.topic", "")
    if not topic:
        return HubAnswer(status=400, reason="hub.topic is required")
    if topic not in topics:
        return HubAnswer(status=404, reason="hub.topic is not a feed of this hub")
    lease_s: int | None = None
    raw_lease = values.get("hub.lease_seconds", "")
    if raw_lease:
        if not raw_lease.isascii() or not raw_lease.isdigit() or len(raw_lease) > MAX_LEASE_DIGITS:
            return HubAnswer(
                status=400, reason="hub.lease_seconds must be a whole number of seconds"
            )
        lease_s = int(raw_lease)
    secret = values.get("hub.secret") or None
    if secret is not None and len(secret.encode("utf-8")) >= MAX_SECRET_BYTES:
        return HubAnswer(status=400, reason=f"hub.secret must be under {MAX_SECRET_BYTES} bytes")
    return HubRequest(
        mode=Mode(mode), callback=callback, topic=topic, lease_s=lease_s, secret=secret
    )


def granted_lease_s(requested: int | None, *, default_s: int, min_s: int, max_s: int) -> int:
    """The lease the hub grants (§5.1: the hub MAY choose another than the one asked)."""
    if requested is None:
        return default_s
    return max(min_s, min(max_s, requested))


# -- the callback allow-list --------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AllowList:
    names: frozenset[str] = frozenset()
    domains: tuple[str, ...] = ()  # "*.example.org" as ".example.org"
    networks: tuple[IPNetwork, ...] = ()

    def with_name(self, name: str) -> AllowList:
        """This list, also admitting `name` (the external hub the config names)."""
        return AllowList(
            names=self.names | {name.lower().rstrip(".")},
            domains=self.domains,
            networks=self.networks,
        )

    def is_listed_name(self, host: str) -> bool:
        return host in self.names or any(host.endswith(domain) for domain in self.domains)

    def admits_host(self, host: str) -> bool:
        """The URL's host, before any resolving: a listed name, or an address in a network."""
        address = parse_address(host)
        if address is None:
            return self.is_listed_name(host)
        return self.admits_address(address, is_listed_name=False)

    def admits_address(self, address: IPAddress, *, is_listed_name: bool) -> bool:
        """May the hub connect to `address`? `is_listed_name`: the URL's host is listed by
        name (then any public address of it is fine)."""
        for candidate in _effective_addresses(address):
            if _is_never_allowed(candidate):
                return False
            if any(candidate in network for network in self.networks):
                continue
            if not (is_listed_name and candidate.is_global):
                return False
        return True

    def refused_addresses(self, host: str, addresses: Iterable[IPAddress]) -> list[str]:
        """Those of `addresses` (what `host` resolved to) the hub must not connect to."""
        is_listed = parse_address(host) is None and self.is_listed_name(host)
        return [
            str(address)
            for address in addresses
            if not self.admits_address(address, is_listed_name=is_listed)
        ]


def parse_allow_list(entries: Iterable[str]) -> AllowList:
    """The allow-list from the config's entries (each one passed `allow_list_problem`)."""
    names: set[str] = set()
    domains: list[str] = []
    networks: list[IPNetwork] = []
    for raw in entries:
        entry = raw.strip().lower().rstrip(".")
        if entry.startswith("*."):
            domains.append(entry[1:])
        elif _looks_like_network(entry):
            networks.append(ipaddress.ip_network(entry.strip("[]"), strict=True))
        else:
            names.add(entry)
    return AllowList(names=frozenset(names), domains=tuple(domains), networks=tuple(networks))


def allow_list_problem(entry: str) -> str | None:
    """What is wrong with one allow-list entry of the config, or None."""
    text = entry.strip().lower().rstrip(".")
    if not text:
        return "is empty"
    if _looks_like_network(text):
        try:
            network = ipaddress.ip_network(text.strip("[]"), strict=True)
        except ValueError as err:
            return f"not an address or network ({err})"
        if network.num_addresses > 1 and network.prefixlen == 0:
            return "admits every address: name the networks subscribers are on"
        return None
    name = text[2:] if text.startswith("*.") else text
    if not name.isascii():
        return "write the host name in its ASCII (punycode) form"
    if not all(_HOST_LABEL.fullmatch(label) for label in name.split(".")):
        return "not a host name, *.domain, address or CIDR network"
    return None


def callback_refusal(callback: str, allow_list: AllowList) -> str | None:
    """Why the hub must not call `callback` (before any resolving), or None."""
    try:
        parts = urlsplit(callback)
        port = parts.port
    except ValueError:
        return "hub.callback is not a URL"
    if parts.scheme not in ("http", "https"):
        return "hub.callback must be an http or https URL"
    if parts.username is not None or parts.password is not None:
        return "hub.callback must not carry credentials"
    if parts.fragment:
        return "hub.callback must not have a fragment"
    host = (parts.hostname or "").rstrip(".")
    if not host:
        return "hub.callback has no host"
    if not host.isascii():
        return "hub.callback's host must be in its ASCII (punycode) form"
    if port == 0:
        return "hub.callback's port must not be 0"
    if not allow_list.admits_host(host):
        return f"callback host {host!r} is not in websub.allowed_callbacks"
    return None


def callback_host(url: str) -> str:
    """The host the per-host limits count by."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


def parse_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _looks_like_network(entry: str) -> bool:
    return "/" in entry or parse_address(entry) is not None


def _effective_addresses(address: IPAddress) -> list[IPAddress]:
    """The address, and the IPv4 address it carries (mapped, 6to4, NAT64): a callback at
    ::ffff:10.0.0.5 reaches 10.0.0.5, so both must be admitted."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return [address.ipv4_mapped]  # the same host, only written another way
    found: list[IPAddress] = [address]
    if isinstance(address, ipaddress.IPv6Address):
        if address.sixtofour is not None:
            found.append(address.sixtofour)
        if address in _NAT64:
            found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def _is_never_allowed(address: IPAddress) -> bool:
    # IPv6 "reserved" includes ::/8 and so ::1, which a listed network may admit.
    return (
        address.is_unspecified
        or address.is_multicast
        or (isinstance(address, ipaddress.IPv4Address) and address.is_reserved)
    )


# -- distribution -------------------------------------------------------------------------


def signature_header(secret: str, body: bytes) -> str:
    """X-Hub-Signature of a content distribution (§7.1): method=HMAC hex digest of the body."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"{SIGNATURE_METHOD}={digest}"


def retry_delay_s(failed_attempts: int, *, initial_s: float, max_s: float) -> float:
    """Wait after the `failed_attempts`-th failure (1-based): initial, doubling, capped."""
    if failed_attempts < 1:
        return 0.0
    return min(max_s, initial_s * float(1 << min(failed_attempts - 1, 62)))


def verification_url(callback: str, params: Mapping[str, str]) -> str:
    """The callback with the verification's query fields added to any it has (§5.3)."""
    parts = urlsplit(callback)
    extra = urlencode(list(params.items()))
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def link_header(hub_urls: Sequence[str], self_url: str) -> str:
    """`Link` for a feed response and a content distribution (§4, §7)."""
    links = [f'<{hub}>; rel="hub"' for hub in hub_urls]
    return ", ".join([*links, f'<{self_url}>; rel="self"'])


def hub_url(base_url: str) -> str:
    return base_url + HUB_PATH


def advertised_hub_urls(
    base_url: str, *, is_enabled: bool, external_hub: str | None
) -> tuple[str, ...]:
    """The hubs feeds name (rel="hub"): the built-in one when enabled, the external one."""
    own = (hub_url(base_url),) if is_enabled else ()
    return own + ((external_hub,) if external_hub else ())


def topic_urls(base_url: str, slug: str) -> tuple[str, ...]:
    """The topics of one feed: its URL in each format."""
    return tuple(f"{base_url}{slug}{suffix}" for suffix in FEED_CONTENT_TYPES)


def feed_topic(base_url: str, file_name: str) -> str | None:
    """The topic a published feed file is (its own URL), or None for other files."""
    if "/" in file_name or content_type_of(file_name) is None:
        return None
    return base_url + file_name


def content_type_of(topic: str) -> str | None:
    """The content type of a push of this topic's feed (None: not a feed URL)."""
    for suffix, content_type in FEED_CONTENT_TYPES.items():
        if topic.endswith(suffix):
            return content_type
    return None
