"""The WebSub hub in a real `feedd run`: a subscriber on loopback subscribes, proves its
intent, and gets each new version of its topic's feed, signed; callbacks the allow-list
does not admit get no request at all."""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from conftest import Workspace, shipped_topics_toml
from daemon_helpers import DaemonProcess, document, free_port, headline_of, wait_until
from websub_helpers import LoopbackSubscriber

FAST = "[daemon]\nsettle_s = 0.2\ndebounce_s = 0.2\n"
TOPIC_FEED = "russia-syria-bases.atom"
SECRET = "a secret only the subscriber and the hub know"


def write_config(workspace: Workspace, port: int, websub: str) -> None:
    workspace.config_path.write_text(
        'watch_dir = "seeds"\nstate_file = "var/state.sqlite3"\noutput_dir = "var/feeds"\n'
        f'base_url = "http://127.0.0.1:{port}/"\n{FAST}\n{websub}\n\n{shipped_topics_toml()}\n',
        encoding="utf-8",
    )


@pytest.fixture
def start_daemon(workspace: Workspace) -> Iterator[Callable[[str], DaemonProcess]]:
    started: list[DaemonProcess] = []
    port = free_port()

    def start(websub: str) -> DaemonProcess:
        write_config(workspace, port, websub)
        daemon = DaemonProcess(workspace.config_path, port=port)
        started.append(daemon)
        return daemon.start()

    yield start
    for daemon in started:
        daemon.stop()


def subscribe(daemon: DaemonProcess, callback: str, **extra: str) -> tuple[int, str]:
    form = {
        "hub.mode": "subscribe",
        "hub.topic": f"http://127.0.0.1:{daemon.port}/{TOPIC_FEED}",
        "hub.callback": callback,
        **extra,
    }
    response = daemon.client.post("/websub", data=form)
    return response.status_code, response.text


def test_a_loopback_subscriber_is_verified_and_gets_the_new_feed_signed(
    workspace: Workspace, start_daemon: Callable[[str], DaemonProcess]
) -> None:
    daemon = start_daemon('[websub]\nenabled = true\nallowed_callbacks = ["127.0.0.1"]\n')
    hub = f"http://127.0.0.1:{daemon.port}/websub"
    topic = f"http://127.0.0.1:{daemon.port}/{TOPIC_FEED}"
    feed = daemon.get(f"/{TOPIC_FEED}")
    assert f'<link href="{hub}" rel="hub"/>' in feed.text
    assert feed.headers["link"] == f'<{hub}>; rel="hub", <{topic}>; rel="self"'

    with LoopbackSubscriber() as subscriber:
        status, _ = subscribe(
            daemon,
            subscriber.url("/callback?id=7"),
            **{"hub.secret": SECRET, "hub.lease_seconds": "7200"},
        )
        assert status == 202

        (verification,) = subscriber.wait_for("GET")
        assert verification.path.startswith("/callback?id=7&")
        assert verification.query["hub.mode"] == "subscribe"
        assert verification.query["hub.topic"] == topic
        assert verification.query["hub.lease_seconds"] == "7200"
        assert len(verification.query["hub.challenge"]) >= 20
        daemon.wait_for_log("websub_subscribed")

        copied_at = time.monotonic()
        workspace.add("kremlin.txt", document(1))

        (push,) = subscriber.wait_for("POST")
        # Issue 11: the new feed is pushed within a second of the document being copied in.
        assert push.at_s - copied_at < 1.0
        assert push.path == "/callback?id=7"
        assert headline_of(1).encode() in push.body
        assert push.body == daemon.get(f"/{TOPIC_FEED}").content
        assert push.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
        assert push.headers["Link"] == f'<{hub}>; rel="hub", <{topic}>; rel="self"'
        expected = hmac.new(SECRET.encode(), push.body, hashlib.sha256).hexdigest()
        assert push.headers["X-Hub-Signature"] == f"sha256={expected}"


def test_a_subscription_outlives_a_restart_and_gets_what_changed_meanwhile(
    workspace: Workspace, start_daemon: Callable[[str], DaemonProcess]
) -> None:
    websub = '[websub]\nenabled = true\nallowed_callbacks = ["127.0.0.0/8"]\n'
    daemon = start_daemon(websub)
    with LoopbackSubscriber() as subscriber:
        assert subscribe(daemon, subscriber.url())[0] == 202
        daemon.wait_for_log("websub_subscribed")
        daemon.stop()
        workspace.add("kremlin.txt", document(2))  # while feedd is down

        daemon = start_daemon(websub)
        assert daemon.wait_for_log("websub_hub_started")["subscriptions"] == 1

        (push,) = subscriber.wait_for("POST")
        assert headline_of(2).encode() in push.body
        assert "X-Hub-Signature" not in push.headers  # no secret, no signature


def test_callbacks_the_allow_list_does_not_admit_get_no_request(
    workspace: Workspace, start_daemon: Callable[[str], DaemonProcess]
) -> None:
    # "localhost" is listed by name, but a listed name must resolve to public addresses
    # (or to a listed network): loopback is neither.
    daemon = start_daemon(
        '[websub]\nenabled = true\nallowed_callbacks = ["subscribers.example", "localhost"]\n'
    )
    with LoopbackSubscriber() as subscriber:
        status, reason = subscribe(daemon, subscriber.url())
        assert (status, reason) == (
            403,
            "callback host '127.0.0.1' is not in websub.allowed_callbacks",
        )
        status, _ = subscribe(daemon, f"http://[::ffff:127.0.0.1]:{subscriber.port}/callback")
        assert status == 403
        status, _ = subscribe(daemon, f"http://elsewhere.example:{subscriber.port}/callback")
        assert status == 403

        status, _ = subscribe(daemon, f"http://localhost:{subscriber.port}/callback")
        assert status == 202
        failure = daemon.wait_for_log("websub_verification_failed")
        assert "does not admit" in failure["error"]

        time.sleep(0.2)
        assert subscriber.received == []


def test_without_a_websub_table_there_is_no_hub_and_no_link_header(
    start_daemon: Callable[[str], DaemonProcess],
) -> None:
    daemon = start_daemon("")
    feed = daemon.get(f"/{TOPIC_FEED}")
    assert "link" not in feed.headers and 'rel="hub"' not in feed.text
    assert daemon.client.post("/websub", data={"hub.mode": "subscribe"}).status_code == 405


def test_a_flask_websub_subscriber_discovers_the_hub_subscribes_and_is_notified(
    workspace: Workspace, start_daemon: Callable[[str], DaemonProcess]
) -> None:
    """Interoperability with a third-party WebSub client (Flask-WebSub's subscriber): it
    finds hub and topic from the feed, subscribes, confirms, and receives the push."""
    subscriber_module = pytest.importorskip("flask_websub.subscriber")
    from flask import Flask
    from werkzeug.serving import make_server

    daemon = start_daemon('[websub]\nenabled = true\nallowed_callbacks = ["127.0.0.1"]\n')
    port = free_port()
    app = Flask(__name__)
    app.config["SERVER_NAME"] = f"127.0.0.1:{port}"
    subscriber = subscriber_module.Subscriber(
        subscriber_module.SQLite3SubscriberStorage(str(workspace.root / "subscriber.db")),
        subscriber_module.SQLite3TempSubscriberStorage(str(workspace.root / "pending.db")),
    )
    app.register_blueprint(subscriber.build_blueprint(url_prefix="/callbacks"))
    confirmed: list[str] = []
    received: list[tuple[str, bytes]] = []
    subscriber.add_success_handler(lambda topic, callback_id, mode: confirmed.append(mode))
    subscriber.add_listener(lambda topic, callback_id, body: received.append((topic, body)))
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with app.app_context():
            found = subscriber_module.discover(f"http://127.0.0.1:{daemon.port}/{TOPIC_FEED}")
            assert found == {
                "hub_url": f"http://127.0.0.1:{daemon.port}/websub",
                "topic_url": f"http://127.0.0.1:{daemon.port}/{TOPIC_FEED}",
            }
            subscriber.subscribe(**found)
        wait_until(lambda: confirmed == ["subscribe"], timeout_s=5)

        workspace.add("kremlin.txt", document(3))

        wait_until(lambda: len(received) == 1, timeout_s=5)
        topic, body = received[0]
        assert topic == found["topic_url"] and headline_of(3).encode() in body
    finally:
        server.shutdown()
        thread.join(5)
