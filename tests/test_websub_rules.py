"""WebSub rules (pure): hub requests, the callback allow-list, leases, signatures, backoff."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

import pytest

from feedd.websub.rules import (
    HubAnswer,
    HubRequest,
    Mode,
    advertised_hub_urls,
    allow_list_problem,
    callback_refusal,
    feed_topic,
    granted_lease_s,
    link_header,
    parse_allow_list,
    parse_hub_request,
    retry_delay_s,
    signature_header,
    verification_url,
)

TOPIC = "https://feeds.example/bases.atom"
TOPICS = frozenset({TOPIC})
CALLBACK = "https://reader.example/push?id=1"


def fields(**values: str) -> list[tuple[str, str]]:
    base = {"hub.mode": "subscribe", "hub.topic": TOPIC, "hub.callback": CALLBACK}
    base.update({f"hub.{k}": v for k, v in values.items()})
    return [(k, v) for k, v in base.items() if v != "<absent>"]


# -- requests -------------------------------------------------------------------------------------


def test_a_subscribe_request_keeps_its_callback_topic_lease_and_secret() -> None:
    parsed = parse_hub_request(fields(lease_seconds="3600", secret="s"), topics=TOPICS)
    assert parsed == HubRequest(
        mode=Mode.SUBSCRIBE, callback=CALLBACK, topic=TOPIC, lease_s=3600, secret="s"
    )


def test_an_empty_secret_means_unsigned_pushes() -> None:
    parsed = parse_hub_request(fields(secret=""), topics=TOPICS)
    assert isinstance(parsed, HubRequest) and parsed.secret is None


@pytest.mark.parametrize(
    ("values", "status", "reason"),
    [
        ({"mode": "<absent>"}, 400, "hub.mode must be subscribe or unsubscribe"),
        ({"mode": "publish"}, 400, "this hub takes no publish pings: it pushes its feeds"),
        ({"callback": "<absent>"}, 400, "hub.callback is required"),
        ({"callback": "https://x/" + "a" * 2000}, 400, "longer than 2000 characters"),
        ({"topic": "<absent>"}, 400, "hub.topic is required"),
        ({"topic": "https://feeds.example/other.atom"}, 404, "not a feed of this hub"),
        ({"lease_seconds": "-5"}, 400, "whole number of seconds"),
        ({"lease_seconds": "1e9"}, 400, "whole number of seconds"),
        ({"lease_seconds": "٣"}, 400, "whole number of seconds"),  # a digit, not ASCII
        ({"secret": "x" * 200}, 400, "hub.secret must be under 200 bytes"),
    ],
)
def test_a_malformed_request_is_refused_with_the_reason(
    values: dict[str, str], status: int, reason: str
) -> None:
    answer = parse_hub_request(fields(**values), topics=TOPICS)
    assert isinstance(answer, HubAnswer)
    assert answer.status == status and reason in answer.reason


def test_a_field_given_twice_is_refused() -> None:
    answer = parse_hub_request([*fields(), ("hub.callback", "https://b/")], topics=TOPICS)
    assert answer == HubAnswer(status=400, reason="hub.callback is given more than once")


@pytest.mark.parametrize(
    ("requested", "granted"),
    [(None, 864000), (60, 3600), (7200, 7200), (10**9, 2592000)],
)
def test_the_lease_is_the_default_or_the_one_asked_within_the_bounds(
    requested: int | None, granted: int
) -> None:
    assert granted_lease_s(requested, default_s=864000, min_s=3600, max_s=2592000) == granted


# -- the allow-list -------------------------------------------------------------------------------

ALLOWED = parse_allow_list(["reader.example", "*.push.example", "10.8.0.0/16", "::1"])


@pytest.mark.parametrize(
    "callback",
    [
        "https://reader.example/cb",
        "http://READER.example./cb",
        "https://a.b.push.example/cb",
        "http://10.8.3.4:9000/cb",
        "http://[::1]:8000/cb",
    ],
)
def test_listed_hosts_and_addresses_in_listed_networks_are_admitted(callback: str) -> None:
    assert callback_refusal(callback, ALLOWED) is None


@pytest.mark.parametrize(
    ("callback", "reason"),
    [
        ("https://other.example/cb", "'other.example' is not in websub.allowed_callbacks"),
        ("https://push.example/cb", "'push.example' is not in"),  # *.x is only below x
        ("http://127.0.0.1/cb", "'127.0.0.1' is not in"),
        ("http://10.9.0.1/cb", "'10.9.0.1' is not in"),
        ("http://[::ffff:127.0.0.1]/cb", "is not in"),
        ("ftp://reader.example/cb", "must be an http or https URL"),
        ("https://user:pw@reader.example/cb", "must not carry credentials"),
        ("https://reader.example/cb#x", "must not have a fragment"),
        ("https:///cb", "has no host"),
        ("https://reader.example:99999/cb", "is not a URL"),
        ("https://bücher.example/cb", "ASCII (punycode)"),
    ],
)
def test_other_callbacks_are_refused_before_any_request(callback: str, reason: str) -> None:
    refusal = callback_refusal(callback, ALLOWED)
    assert refusal is not None and reason in refusal


@pytest.mark.parametrize(
    ("host", "addresses", "refused"),
    [
        ("reader.example", ["93.184.215.14", "2606:2800:21f:cb07::1"], []),
        ("reader.example", ["93.184.215.14", "10.0.0.5"], ["10.0.0.5"]),  # rebinding
        ("reader.example", ["127.0.0.1"], ["127.0.0.1"]),
        ("reader.example", ["169.254.169.254"], ["169.254.169.254"]),  # cloud metadata
        ("reader.example", ["100.64.1.1"], ["100.64.1.1"]),  # carrier-grade NAT
        ("reader.example", ["::ffff:10.0.0.5"], ["::ffff:a00:5"]),
        ("reader.example", ["64:ff9b::a00:5"], ["64:ff9b::a00:5"]),  # NAT64 of 10.0.0.5
        ("reader.example", ["2002:a00:5::1"], ["2002:a00:5::1"]),  # 6to4 of 10.0.0.5
        ("reader.example", ["10.8.1.1"], []),  # a private address in a listed network
        ("reader.example", ["0.0.0.0"], ["0.0.0.0"]),
        ("reader.example", ["224.0.0.1"], ["224.0.0.1"]),
        ("10.8.1.1", ["10.8.1.1"], []),
        ("other.example", ["93.184.215.14"], ["93.184.215.14"]),  # not listed: networks only
        ("other.example", ["10.8.1.1"], []),
    ],
)
def test_every_resolved_address_must_be_public_for_a_listed_name_or_in_a_listed_network(
    host: str, addresses: list[str], refused: list[str]
) -> None:
    resolved = [ipaddress.ip_address(a) for a in addresses]
    assert ALLOWED.refused_addresses(host, resolved) == refused


def test_a_listed_network_never_admits_the_unspecified_address() -> None:
    everything_private = parse_allow_list(["0.0.0.0/8", "::/127"])
    for address in ("0.0.0.0", "::"):
        assert everything_private.refused_addresses(address, [ipaddress.ip_address(address)])


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("reader.example", None),
        ("*.example.org", None),
        ("192.0.2.0/24", None),
        ("2001:db8::/32", None),
        ("127.0.0.1", None),
        ("", "is empty"),
        ("192.0.2.1/24", "has host bits set"),
        ("0.0.0.0/0", "admits every address"),
        ("reader example", "not a host name"),
        ("-bad.example", "not a host name"),
        ("bücher.example", "ASCII (punycode)"),
    ],
)
def test_allow_list_entries_are_checked(entry: str, problem: str | None) -> None:
    found = allow_list_problem(entry)
    assert found == problem if problem is None else (found is not None and problem in found)


# -- verification and distribution ----------------------------------------------------------------


def test_the_verification_keeps_the_callbacks_own_query() -> None:
    url = verification_url(CALLBACK, {"hub.mode": "subscribe", "hub.challenge": "a b&c"})
    assert url == "https://reader.example/push?id=1&hub.mode=subscribe&hub.challenge=a+b%26c"


def test_the_signature_is_the_hmac_sha256_of_the_body_with_the_secret() -> None:
    body = b"<feed/>"
    expected = hmac.new(b"k", body, hashlib.sha256).hexdigest()
    assert signature_header("k", body) == f"sha256={expected}"


def test_retries_wait_twice_as_long_each_time_up_to_the_cap() -> None:
    delays = [retry_delay_s(n, initial_s=30, max_s=600) for n in range(1, 8)]
    assert delays == [30, 60, 120, 240, 480, 600, 600]
    assert retry_delay_s(10_000, initial_s=30, max_s=600) == 600


def test_feeds_name_the_hubs_and_their_own_url_as_self() -> None:
    hubs = advertised_hub_urls("https://f.example/", is_enabled=True, external_hub="https://h/")
    assert hubs == ("https://f.example/websub", "https://h/")
    assert advertised_hub_urls("https://f.example/", is_enabled=False, external_hub=None) == ()
    assert link_header(hubs, TOPIC) == (
        f'<https://f.example/websub>; rel="hub", <https://h/>; rel="hub", <{TOPIC}>; rel="self"'
    )
    assert feed_topic("https://f.example/", "bases.rss") == "https://f.example/bases.rss"
    assert feed_topic("https://f.example/", "bases.json") == "https://f.example/bases.json"
    assert feed_topic("https://f.example/", "archive/bases/1.atom") is None
    assert feed_topic("https://f.example/", "entries/x.html") is None
