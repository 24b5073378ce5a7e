"""The hub at work: takes subscribe/unsubscribe requests, verifies intent with the
callback, keeps subscriptions, and pushes each new version of a topic's feed.

Threads:
- the HTTP thread calls `receive()` and `link_header()`: in-memory work under a lock,
  never I/O, so the hub can never slow down serving;
- the daemon's worker calls `feed_changed()` after a render: it only queues pushes;
- `max_concurrent_deliveries` delivery threads ("feedd-websub-N") take jobs from the
  `DeliveryQueue` and do every request and every write of a subscription.

Bounds: subscriptions in all and per callback host, hub requests per callback host and
minute, jobs waiting (one per callback and topic: a newer feed replaces a waiting push),
requests in flight (one per thread), and each request's time and answer size (`client`).
Pushes waiting at shutdown are dropped; subscriptions are kept in the state database.
Must not import the store, the pipeline or the daemon.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol
from urllib.parse import quote

import structlog

from feedd.config import WebSubSettings
from feedd.errors import StoreError
from feedd.websub.client import CallbackClient, DeliveryError, Reply
from feedd.websub.rules import (
    AllowList,
    HubAnswer,
    HubRequest,
    Mode,
    Subscription,
    advertised_hub_urls,
    callback_host,
    callback_refusal,
    content_type_of,
    feed_topic,
    granted_lease_s,
    link_header,
    parse_allow_list,
    parse_hub_request,
    retry_delay_s,
    signature_header,
    verification_url,
)
from feedd.websub.subscriptions import SubscriptionStore

log = structlog.get_logger(__name__)

RATE_WINDOW_S = 60.0
MAX_TRACKED_HOSTS = 10_000  # per-host request windows kept; past this the idle are dropped

Clock = Callable[[], datetime]


class Sender(Protocol):
    """What the hub needs of its HTTP client (`client.CallbackClient`)."""

    def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> Reply: ...

    def close(self) -> None: ...


def utc_now() -> datetime:
    return datetime.now(UTC)


class JobKind(StrEnum):
    VERIFY = "verify"  # GET the callback with a challenge (§5.3)
    DISTRIBUTE = "distribute"  # POST the feed to a subscriber (§7)
    PING = "ping"  # tell the external hub a topic changed


@dataclass(frozen=True, slots=True, kw_only=True)
class Job:
    kind: JobKind
    url: str  # the callback, or the external hub
    topic: str
    request: HubRequest | None = None  # VERIFY
    body: bytes = b""  # DISTRIBUTE
    failed_attempts: int = 0

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.url, self.topic)


class DeliveryQueue:
    """Jobs waiting for a delivery thread, each due at a monotonic time.

    At most `max_jobs` wait; one per key (a newer job replaces the one waiting), and no
    two of one key run at once, so a subscriber never gets an older feed after a newer.
    """

    def __init__(self, max_jobs: int, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.max_jobs = max_jobs
        self._monotonic = monotonic
        self._waiting: dict[tuple[str, str, str], tuple[float, Job]] = {}
        self._running: set[tuple[str, str, str]] = set()
        self._changed = threading.Condition()
        self._is_closed = False

    def __len__(self) -> int:
        with self._changed:
            return len(self._waiting)

    def put(self, job: Job, *, delay_s: float = 0.0, replaces: bool = True) -> bool:
        """Queue `job`; False if the queue is full, or (`replaces=False`, for a retry) a
        newer job of its key waits already."""
        with self._changed:
            if self._is_closed:
                return False
            if job.key in self._waiting:
                if not replaces:
                    return False
            elif len(self._waiting) >= self.max_jobs:
                return False
            self._waiting[job.key] = (self._monotonic() + delay_s, job)
            self._changed.notify_all()
            return True

    def take(self, idle_wait_s: float = 1.0) -> Job | None:
        """The next due job whose key is not running; None once closed."""
        with self._changed:
            while not self._is_closed:
                now = self._monotonic()
                ready = [
                    (due_at, key)
                    for key, (due_at, _) in self._waiting.items()
                    if key not in self._running
                ]
                if ready:
                    due_at, key = min(ready)
                    if due_at <= now:
                        _, job = self._waiting.pop(key)
                        self._running.add(key)
                        return job
                    self._changed.wait(min(due_at - now, idle_wait_s))
                else:
                    self._changed.wait(idle_wait_s)
            return None

    def done(self, job: Job) -> None:
        with self._changed:
            self._running.discard(job.key)
            self._changed.notify_all()

    def close(self) -> None:
        with self._changed:
            self._is_closed = True
            self._waiting.clear()
            self._changed.notify_all()


class Hub:
    """The built-in hub (`settings.enabled`) and the external hub's pings
    (`settings.external_hub`); either may be off."""

    def __init__(
        self,
        settings: WebSubSettings,
        *,
        base_url: str,
        store: SubscriptionStore,
        topics: Callable[[], frozenset[str]],
        client: Sender | None = None,
        clock: Clock = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.base_url = base_url
        self.allow_list: AllowList = parse_allow_list(settings.allowed_callbacks)
        self._store = store
        self._topics = topics
        self._client: Sender = client or CallbackClient(
            self.allow_list, timeout_s=settings.delivery_timeout_s
        )
        self._hub_client: CallbackClient | None = None
        if settings.external_hub is not None:
            external_host = callback_host(settings.external_hub)
            self._hub_client = CallbackClient(
                self.allow_list.with_name(external_host), timeout_s=settings.delivery_timeout_s
            )
        self._clock = clock
        self._monotonic = monotonic
        self.queue = DeliveryQueue(settings.max_queued_deliveries, monotonic=monotonic)
        self._lock = threading.Lock()
        self._subscriptions: dict[tuple[str, str], Subscription] = {}
        self._pending: dict[tuple[str, str], HubRequest] = {}  # subscribes being verified
        self._requests_by_host: dict[str, deque[float]] = {}
        self._pushed_digests: dict[str, bytes] = {}
        self._threads: list[threading.Thread] = []

    @property
    def hub_urls(self) -> tuple[str, ...]:
        return advertised_hub_urls(
            self.base_url,
            is_enabled=self.settings.enabled,
            external_hub=self.settings.external_hub,
        )

    # -- lifecycle (main thread) ----------------------------------------------------------------

    def start(self) -> None:
        now = self._clock()
        loaded = self._store.load()
        with self._lock:
            self._subscriptions = {s.key: s for s in loaded}
        for expired in (s for s in loaded if s.is_expired(now)):
            self._forget(expired, event="websub_lease_expired")
        for number in range(self.settings.max_concurrent_deliveries):
            thread = threading.Thread(
                target=self._deliver_forever, name=f"feedd-websub-{number}", daemon=True
            )
            thread.start()
            self._threads.append(thread)
        log.info(
            "websub_hub_started",
            hub=self.hub_urls,
            subscriptions=len(self._subscriptions),
            delivery_threads=len(self._threads),
        )

    def stop(self, timeout_s: float | None = None) -> None:
        """Drop waiting jobs, let requests in flight end (each within its timeout), join."""
        self.queue.close()
        wait_s = timeout_s if timeout_s is not None else self.settings.delivery_timeout_s + 1
        deadline = time.monotonic() + wait_s
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        alive = [t.name for t in self._threads if t.is_alive()]
        if alive:
            log.warning("websub_threads_still_running", threads=alive)
        self._threads = [t for t in self._threads if t.is_alive()]
        self._client.close()
        if self._hub_client is not None:
            self._hub_client.close()
        self._store.close()

    def subscriptions(self) -> list[Subscription]:
        with self._lock:
            return sorted(self._subscriptions.values(), key=lambda s: s.key)

    # -- the HTTP thread ---------------------------------------------------------------------------

    def link_header(self, relative_path: str) -> str | None:
        """`Link: <hub>; rel="hub", <topic>; rel="self"` for a feed file, else None."""
        topic = feed_topic(self.base_url, relative_path)
        if topic is None:
            return None
        return link_header(self.hub_urls, topic)

    def receive(self, fields: list[tuple[str, str]]) -> HubAnswer:
        """A POST to the hub: 202 and a verification queued, or why not. No I/O."""
        answer = self._answer(fields)
        if answer.status >= 400:
            log.info(
                "websub_request_refused",
                status=answer.status,
                reason=answer.reason,
                callback_host=callback_host(dict(fields).get("hub.callback", ""))[:200],
            )
        return answer

    def _answer(self, fields: list[tuple[str, str]]) -> HubAnswer:
        if not self.settings.enabled:
            return HubAnswer(status=404, reason="this feedd runs no WebSub hub of its own")
        parsed = parse_hub_request(fields, topics=self._topics())
        if isinstance(parsed, HubAnswer):
            return parsed
        refusal = callback_refusal(parsed.callback, self.allow_list)
        if refusal is not None:
            return HubAnswer(status=403, reason=refusal)
        host = callback_host(parsed.callback)
        with self._lock:
            retry_after_s = self._take_request_slot(host)
            if retry_after_s is not None:
                return HubAnswer(
                    status=429,
                    reason="too many requests for this callback host; try again later",
                    retry_after_s=retry_after_s,
                )
            if parsed.mode is Mode.SUBSCRIBE:
                full = self._capacity_problem(parsed)
                if full is not None:
                    return full
            elif parsed.key not in self._subscriptions and parsed.key not in self._pending:
                return HubAnswer(status=404, reason="no subscription of this callback to topic")
            job = Job(kind=JobKind.VERIFY, url=parsed.callback, topic=parsed.topic, request=parsed)
            if not self.queue.put(job):
                return HubAnswer(status=503, reason="the hub is busy; try again later")
            if parsed.mode is Mode.SUBSCRIBE:
                self._pending[parsed.key] = parsed
            else:
                self._pending.pop(parsed.key, None)
        return HubAnswer(status=202, reason="accepted; the hub will verify intent")

    def _take_request_slot(self, host: str) -> int | None:
        """Count one request of `host`; seconds to wait if it is over its rate. Under lock."""
        now = self._monotonic()
        if len(self._requests_by_host) > MAX_TRACKED_HOSTS:
            self._requests_by_host = {
                h: times
                for h, times in self._requests_by_host.items()
                if times and times[-1] > now - RATE_WINDOW_S
            }
        times = self._requests_by_host.setdefault(host, deque())
        while times and times[0] <= now - RATE_WINDOW_S:
            times.popleft()
        if len(times) >= self.settings.max_requests_per_callback_host_per_min:
            return max(1, int(times[0] + RATE_WINDOW_S - now) + 1)
        times.append(now)
        return None

    def _capacity_problem(self, request: HubRequest) -> HubAnswer | None:
        """A new subscription beyond the limits (a renewal always fits). Under lock."""
        if request.key in self._subscriptions or request.key in self._pending:
            return None
        keys = self._subscriptions.keys() | self._pending.keys()
        if len(keys) >= self.settings.max_subscriptions:
            return HubAnswer(status=503, reason="the hub has no room for more subscriptions")
        host = callback_host(request.callback)
        on_host = sum(1 for callback, _ in keys if callback_host(callback) == host)
        if on_host >= self.settings.max_subscriptions_per_callback_host:
            return HubAnswer(status=429, reason="too many subscriptions for this callback host")
        return None

    # -- the daemon's worker ----------------------------------------------------------------------

    def feed_changed(self, file_name: str, body: bytes) -> None:
        """A render wrote new bytes for `file_name`: queue its push to the topic's
        subscribers and the external hub's ping. Files other than feeds are not pushed."""
        topic = feed_topic(self.base_url, file_name)
        if topic is None:
            return
        digest = hashlib.blake2b(body, digest_size=16).digest()
        if self._pushed_digests.get(topic) == digest:
            return
        self._pushed_digests[topic] = digest
        now = self._clock()
        with self._lock:
            current = [s for s in self._subscriptions.values() if s.topic == topic]
        queued = dropped = 0
        for subscription in current:
            if subscription.is_expired(now):
                self._forget(subscription, event="websub_lease_expired")
                continue
            job = Job(kind=JobKind.DISTRIBUTE, url=subscription.callback, topic=topic, body=body)
            if self.queue.put(job):
                queued += 1
            else:
                dropped += 1
        if self.settings.external_hub is not None:
            ping = Job(kind=JobKind.PING, url=self.settings.external_hub, topic=topic)
            if not self.queue.put(ping):
                dropped += 1
        if queued or dropped:
            log.info("websub_pushes_queued", topic=topic, queued=queued, dropped=dropped)
        if dropped:
            log.warning("websub_queue_full", topic=topic, dropped=dropped)

    # -- delivery threads -------------------------------------------------------------------------

    def _deliver_forever(self) -> None:
        while (job := self.queue.take()) is not None:
            try:
                self._run(job)
            except Exception:
                log.exception("websub_job_failed", kind=job.kind, topic=job.topic)
            finally:
                self.queue.done(job)

    def _run(self, job: Job) -> None:
        if job.kind is JobKind.VERIFY:
            assert job.request is not None
            self._verify(job.request)
        elif job.kind is JobKind.DISTRIBUTE:
            self._distribute(job)
        else:
            self._ping(job)

    def _verify(self, request: HubRequest) -> None:
        """§5.3: the callback must echo the challenge; only then does anything change."""
        try:
            self._verify_intent(request)
        finally:
            with self._lock:
                if self._pending.get(request.key) is request:
                    del self._pending[request.key]

    def _verify_intent(self, request: HubRequest) -> None:
        settings = self.settings
        challenge = secrets.token_urlsafe(24)
        params = {"hub.mode": str(request.mode), "hub.topic": request.topic}
        params["hub.challenge"] = challenge
        lease_s = granted_lease_s(
            request.lease_s,
            default_s=settings.default_lease_s,
            min_s=settings.min_lease_s,
            max_s=settings.max_lease_s,
        )
        if request.mode is Mode.SUBSCRIBE:
            params["hub.lease_seconds"] = str(lease_s)
        fields = {"mode": str(request.mode), "callback_host": callback_host(request.callback)}
        try:
            reply = self._client.send("GET", verification_url(request.callback, params))
        except DeliveryError as err:
            log.warning("websub_verification_failed", **fields, topic=request.topic, error=str(err))
            return
        if not 200 <= reply.status < 300 or reply.body != challenge.encode("ascii"):
            log.warning(
                "websub_verification_failed",
                **fields,
                topic=request.topic,
                status=reply.status,
                error="the callback did not echo the challenge",
            )
            return
        if request.mode is Mode.UNSUBSCRIBE:
            with self._lock:
                old = self._subscriptions.get(request.key)
            if old is not None:
                self._forget(old, event="websub_unsubscribed")
            return
        subscription = Subscription(
            callback=request.callback,
            topic=request.topic,
            secret=request.secret,
            lease_s=lease_s,
            expires_at=self._clock() + timedelta(seconds=lease_s),
        )
        try:
            self._store.save(subscription)
        except StoreError as err:
            # Active until a restart all the same: the subscriber was told it is.
            log.error("websub_subscription_not_saved", error=str(err))
        with self._lock:
            self._subscriptions[subscription.key] = subscription
        log.info(
            "websub_subscribed",
            callback_host=subscription.callback_host,
            topic=subscription.topic,
            lease_s=lease_s,
            is_signed=subscription.secret is not None,
        )

    def _distribute(self, job: Job) -> None:
        with self._lock:
            subscription = self._subscriptions.get((job.url, job.topic))
        if subscription is None:
            return  # unsubscribed (or gone) since the push was queued
        if subscription.is_expired(self._clock()):
            self._forget(subscription, event="websub_lease_expired")
            return
        headers = {
            "Content-Type": content_type_of(job.topic) or "application/octet-stream",
            "Link": link_header(self.hub_urls, job.topic),
        }
        if subscription.secret is not None:
            headers["X-Hub-Signature"] = signature_header(subscription.secret, job.body)
        fields = {"callback_host": subscription.callback_host, "topic": job.topic}
        try:
            reply = self._client.send("POST", job.url, headers=headers, body=job.body)
        except DeliveryError as err:
            self._retry(job, fields, error=str(err))
            return
        if 200 <= reply.status < 300:
            log.info(
                "websub_delivered",
                **fields,
                status=reply.status,
                bytes=len(job.body),
                attempt=job.failed_attempts + 1,
            )
        elif reply.status == 410:
            # §7: a subscriber answers 410 Gone for a subscription it deleted.
            self._forget(subscription, event="websub_subscription_gone")
        else:
            self._retry(job, fields, error=f"status {reply.status}")

    def _ping(self, job: Job) -> None:
        assert self._hub_client is not None
        # The de-facto publish ping (PubSubHubbub 0.3, still taken by public hubs);
        # hub.topic as well for hubs that read that name.
        form = f"hub.mode=publish&hub.url={_quote(job.topic)}&hub.topic={_quote(job.topic)}"
        fields = {"hub": job.url, "topic": job.topic}
        try:
            reply = self._hub_client.send(
                "POST",
                job.url,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                body=form.encode("ascii"),
            )
        except DeliveryError as err:
            self._retry(job, fields, error=str(err))
            return
        if 200 <= reply.status < 300:
            log.info("websub_hub_pinged", **fields, status=reply.status)
        else:
            self._retry(job, fields, error=f"status {reply.status}")

    def _retry(self, job: Job, fields: dict[str, str], *, error: str) -> None:
        settings = self.settings
        failed = job.failed_attempts + 1
        if failed >= settings.max_delivery_attempts:
            log.warning("websub_delivery_abandoned", **fields, attempts=failed, error=error)
            return
        delay_s = retry_delay_s(
            failed, initial_s=settings.retry_initial_s, max_s=settings.retry_max_s
        )
        # A newer version of the feed waiting for this subscriber replaces this retry.
        is_queued = self.queue.put(
            replace(job, failed_attempts=failed), delay_s=delay_s, replaces=False
        )
        log.warning(
            "websub_delivery_failed",
            **fields,
            attempt=failed,
            retry_in_s=delay_s if is_queued else None,
            error=error,
        )

    def _forget(self, subscription: Subscription, *, event: str) -> None:
        """Drop `subscription`, unless a renewal replaced it meanwhile."""
        with self._lock:
            if self._subscriptions.get(subscription.key) != subscription:
                return
            del self._subscriptions[subscription.key]
        try:
            self._store.delete(subscription.callback, subscription.topic)
        except StoreError as err:
            log.error("websub_subscription_not_deleted", error=str(err))
        log.info(event, callback_host=subscription.callback_host, topic=subscription.topic)


def _quote(text: str) -> str:
    return quote(text, safe="")
