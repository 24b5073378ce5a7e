"""The hub in process, with a fake callback client: limits per host and in all, the rate
of requests, verification of intent, retries with backoff, 410 Gone and expired leases."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from feedd.config import WebSubSettings
from feedd.websub.client import DeliveryError, Reply
from feedd.websub.hub import DeliveryQueue, Hub, Job, JobKind
from feedd.websub.rules import Subscription
from feedd.websub.subscriptions import SubscriptionStore

BASE = "https://feeds.example/"
TOPICS = frozenset(
    {f"{BASE}bases.atom", f"{BASE}bases.rss", f"{BASE}weather.atom", f"{BASE}all.atom"}
)
T0 = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass
class Sent:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    at: float


@dataclass
class FakeClient:
    """Answers verifications by echoing the challenge and pushes with `push_status`."""

    push_status: int | None = 200  # None: the connection fails
    echoes: bool = True
    sent: list[Sent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._changed = threading.Condition()

    def send(
        self, method: str, url: str, *, headers: Mapping[str, str] | None = None, body: bytes = b""
    ) -> Reply:
        with self._changed:
            self.sent.append(Sent(method, url, dict(headers or {}), body, time.monotonic()))
            self._changed.notify_all()
        if method == "GET":
            challenge = parse_qs(urlsplit(url).query)["hub.challenge"][0]
            return Reply(status=200, body=challenge.encode() if self.echoes else b"no")
        if self.push_status is None:
            raise DeliveryError("connection refused")
        return Reply(status=self.push_status, body=b"")

    def close(self) -> None:
        pass

    def wait_for(self, method: str, count: int = 1, timeout_s: float = 3.0) -> list[Sent]:
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while len(found := [s for s in self.sent if s.method == method]) < count:
                if not self._changed.wait(max(0.0, deadline - time.monotonic())):
                    raise AssertionError(f"{count} {method} not sent: {self.sent}")
            return found


class Clock:
    def __init__(self) -> None:
        self.now = T0
        self.monotonic_s = 1000.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.monotonic_s


MakeHub = Callable[..., Hub]


@pytest.fixture
def make_hub(tmp_path: Path) -> Iterator[MakeHub]:
    hubs: list[Hub] = []

    def make(client: FakeClient, clock: Clock | None = None, **settings: object) -> Hub:
        values: dict[str, object] = {"enabled": True, "allowed_callbacks": ("*.example",)}
        values.update(settings)
        hub = Hub(
            WebSubSettings(**values),  # type: ignore[arg-type]
            base_url=BASE,
            store=SubscriptionStore(tmp_path / "state.sqlite3"),
            topics=lambda: TOPICS,
            client=client,
            clock=clock or Clock(),
            monotonic=clock.monotonic if clock else time.monotonic,
        )
        hubs.append(hub)
        return hub

    yield make
    for hub in hubs:
        hub.stop()


def request(callback: str, topic: str = "bases", mode: str = "subscribe") -> list[tuple[str, str]]:
    return [
        ("hub.mode", mode),
        ("hub.topic", f"{BASE}{topic}.atom"),
        ("hub.callback", callback),
    ]


def test_subscriptions_per_callback_host_are_bounded(make_hub: MakeHub) -> None:
    hub = make_hub(FakeClient(), max_subscriptions_per_callback_host=2)
    assert hub.receive(request("https://a.example/1")).status == 202
    assert hub.receive(request("https://a.example/2")).status == 202
    refused = hub.receive(request("https://a.example/3"))
    assert (refused.status, refused.reason) == (
        429,
        "too many subscriptions for this callback host",
    )
    assert hub.receive(request("https://a.example/1")).status == 202  # a renewal fits
    assert hub.receive(request("https://b.example/1")).status == 202  # another host


def test_subscriptions_in_all_are_bounded(make_hub: MakeHub) -> None:
    hub = make_hub(FakeClient(), max_subscriptions=2)
    for topic in ("bases", "weather"):
        assert hub.receive(request("https://a.example/cb", topic)).status == 202
    assert hub.receive(request("https://b.example/cb")).status == 503


def test_requests_per_callback_host_are_limited_per_minute(make_hub: MakeHub) -> None:
    clock = Clock()
    hub = make_hub(FakeClient(), clock, max_requests_per_callback_host_per_min=3)
    for _ in range(3):
        assert hub.receive(request("https://a.example/cb")).status == 202
    refused = hub.receive(request("https://a.example/cb"))
    assert refused.status == 429 and refused.retry_after_s == 61
    assert hub.receive(request("https://b.example/cb")).status == 202
    clock.monotonic_s += 60.5
    assert hub.receive(request("https://a.example/cb")).status == 202


def test_a_callback_that_does_not_echo_the_challenge_is_not_subscribed(make_hub: MakeHub) -> None:
    client = FakeClient(echoes=False)
    hub = make_hub(client)
    hub.start()
    assert hub.receive(request("https://a.example/cb")).status == 202
    client.wait_for("GET")
    time.sleep(0.1)
    assert hub.subscriptions() == []
    unsubscribe = hub.receive(request("https://a.example/cb", mode="unsubscribe"))
    assert unsubscribe.status == 404


def test_a_verified_subscriber_gets_the_lease_asked_within_bounds(make_hub: MakeHub) -> None:
    clock = Clock()
    client = FakeClient()
    hub = make_hub(client, clock, min_lease_s=3600, max_lease_s=86400)
    hub.start()
    fields = [*request("https://a.example/cb?x=1"), ("hub.lease_seconds", "999999")]
    assert hub.receive(fields).status == 202
    (verification,) = client.wait_for("GET")
    assert parse_qs(urlsplit(verification.url).query)["hub.lease_seconds"] == ["86400"]
    wait_until(lambda: len(hub.subscriptions()) == 1)
    (subscription,) = hub.subscriptions()
    assert subscription.expires_at == T0 + timedelta(seconds=86400)
    assert subscription.callback == "https://a.example/cb?x=1"


def test_unsubscribing_after_verification_ends_the_pushes(make_hub: MakeHub) -> None:
    client = FakeClient()
    hub = make_hub(client)
    hub.start()
    hub.receive(request("https://a.example/cb"))
    wait_until(lambda: len(hub.subscriptions()) == 1)
    assert hub.receive(request("https://a.example/cb", mode="unsubscribe")).status == 202
    wait_until(lambda: hub.subscriptions() == [])
    hub.feed_changed("bases.atom", b"<feed/>")
    time.sleep(0.1)
    assert [s.method for s in client.sent] == ["GET", "GET"]


def test_a_failed_push_is_retried_with_backoff_then_abandoned(make_hub: MakeHub) -> None:
    client = FakeClient(push_status=500)
    hub = make_hub(client, retry_initial_s=0.1, retry_max_s=0.15, max_delivery_attempts=4)
    subscribe(hub, client)

    hub.feed_changed("bases.atom", b"<feed>1</feed>")

    pushes = client.wait_for("POST", count=4)
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(pushes)]
    assert gaps[0] >= 0.09 and gaps[1] >= 0.14 and gaps[2] >= 0.14  # 0.1, then capped
    time.sleep(0.3)
    assert len([s for s in client.sent if s.method == "POST"]) == 4
    assert len(hub.subscriptions()) == 1  # failing pushes do not end a subscription


def test_a_push_that_fails_to_connect_is_retried_too(make_hub: MakeHub) -> None:
    client = FakeClient(push_status=None)
    hub = make_hub(client, retry_initial_s=0.05, max_delivery_attempts=2)
    subscribe(hub, client)
    hub.feed_changed("bases.atom", b"<feed/>")
    client.wait_for("POST", count=2)


def test_410_gone_ends_the_subscription(make_hub: MakeHub) -> None:
    client = FakeClient(push_status=410)
    hub = make_hub(client)
    subscribe(hub, client)
    hub.feed_changed("bases.atom", b"<feed/>")
    client.wait_for("POST")
    wait_until(lambda: hub.subscriptions() == [])


def test_an_expired_lease_gets_no_push_and_is_dropped(make_hub: MakeHub) -> None:
    clock = Clock()
    client = FakeClient()
    hub = make_hub(client, clock, default_lease_s=3600)
    subscribe(hub, client)
    clock.now += timedelta(seconds=3600)
    hub.feed_changed("bases.atom", b"<feed/>")
    time.sleep(0.1)
    assert hub.subscriptions() == []
    assert [s.method for s in client.sent] == ["GET"]


def test_only_changed_bytes_of_the_topic_format_are_pushed_and_signed_with_the_secret(
    make_hub: MakeHub,
) -> None:
    client = FakeClient()
    hub = make_hub(client)
    subscribe(hub, client, secret="k")
    hub.feed_changed("bases.rss", b"<rss/>")  # another topic: the RSS URL's subscribers'
    hub.feed_changed("bases.atom", b"<feed/>")
    hub.feed_changed("bases.atom", b"<feed/>")  # the same bytes again: nothing new
    (push,) = client.wait_for("POST")
    time.sleep(0.1)
    assert len([s for s in client.sent if s.method == "POST"]) == 1
    assert push.body == b"<feed/>" and push.headers["X-Hub-Signature"].startswith("sha256=")
    assert push.headers["Content-Type"] == "application/atom+xml; charset=utf-8"


def test_a_subscriber_of_the_rss_url_is_pushed_the_rss_feed(make_hub: MakeHub) -> None:
    client = FakeClient()
    hub = make_hub(client)
    hub.start()
    fields = [
        (k, f"{BASE}bases.rss" if k == "hub.topic" else v)
        for k, v in request("https://a.example/cb")
    ]
    assert hub.receive(fields).status == 202
    wait_until(lambda: len(hub.subscriptions()) == 1)
    hub.feed_changed("bases.atom", b"<feed/>")
    hub.feed_changed("bases.rss", b"<rss/>")
    (push,) = client.wait_for("POST")
    time.sleep(0.1)
    assert len([s for s in client.sent if s.method == "POST"]) == 1
    assert push.body == b"<rss/>"
    assert push.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert push.headers["Link"].endswith(f'<{BASE}bases.rss>; rel="self"')


def test_subscriptions_are_kept_in_the_state_database(tmp_path: Path) -> None:
    store = SubscriptionStore(tmp_path / "state.sqlite3")
    kept = Subscription(
        callback="https://a.example/cb",
        topic=f"{BASE}bases.atom",
        secret=None,
        lease_s=60,
        expires_at=T0,
    )
    store.save(kept)
    store.close()
    again = SubscriptionStore(tmp_path / "state.sqlite3")
    assert again.load() == [kept]
    again.delete(kept.callback, kept.topic)
    assert again.load() == []
    again.close()


def test_a_newer_job_replaces_the_waiting_one_and_a_full_queue_refuses() -> None:
    queue = DeliveryQueue(max_jobs=1)
    old = Job(kind=JobKind.DISTRIBUTE, url="https://a.example/", topic="t", body=b"1")
    new = Job(kind=JobKind.DISTRIBUTE, url="https://a.example/", topic="t", body=b"2")
    other = Job(kind=JobKind.DISTRIBUTE, url="https://b.example/", topic="t", body=b"2")
    assert queue.put(old) and queue.put(new)
    assert not queue.put(other)
    assert not queue.put(old, replaces=False)  # a retry never replaces a newer version
    assert queue.take() == new
    queue.close()
    assert queue.take() is None


# -- helpers ---------------------------------------------------------------------------------------


def subscribe(hub: Hub, client: FakeClient, secret: str | None = None) -> None:
    hub.start()
    fields = request("https://a.example/cb")
    if secret:
        fields.append(("hub.secret", secret))
    assert hub.receive(fields).status == 202
    wait_until(lambda: len(hub.subscriptions()) == 1)


def wait_until(check: Callable[[], bool], timeout_s: float = 3.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "not true in time"
        time.sleep(0.01)
