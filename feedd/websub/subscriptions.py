"""WebSub subscriptions in the state database: one table, on a connection of its own.

Owns the `websub_subscriptions` table and its schema version (the `websub_schema` table:
`PRAGMA user_version` belongs to `feedd.store`, whose migrations this never touches). The
store is used by the daemon's worker thread only; the hub writes from its delivery threads,
hence a second connection, serialized by a lock here and by SQLite's WAL and busy timeout
against the store's. Must not import the store, the pipeline or the daemon.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from feedd.errors import StoreError
from feedd.websub.rules import Subscription

# Same pattern as feedd.store: numbered scripts, each applied once in its own transaction.
_MIGRATIONS: tuple[str, ...] = (
    # 1: active (verified) subscriptions; one per callback and topic (§5.1: a new request
    # for the same pair replaces the old one).
    """
    CREATE TABLE websub_subscriptions (
        callback TEXT NOT NULL,
        topic TEXT NOT NULL,
        secret TEXT,
        lease_s INTEGER NOT NULL,
        expires_at TEXT NOT NULL,
        PRIMARY KEY (callback, topic)
    );
    """,
)


class SubscriptionStore:
    """The hub's subscriptions table. Thread-safe; every method raises StoreError."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except sqlite3.Error as err:
            raise StoreError(f"{path}: cannot open the WebSub subscriptions: {err}") from err

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS websub_schema (version INTEGER NOT NULL)")
        row = self._db.execute("SELECT max(version) FROM websub_schema").fetchone()
        version = row[0] or 0
        if version > len(_MIGRATIONS):
            raise StoreError(
                f"{self.path}: WebSub schema version {version} is newer than this feedd"
                f" ({len(_MIGRATIONS)}); upgrade feedd"
            )
        for number in range(version, len(_MIGRATIONS)):
            self._db.executescript(
                f"BEGIN IMMEDIATE;\n{_MIGRATIONS[number]}\n"
                f"INSERT INTO websub_schema (version) VALUES ({number + 1});\nCOMMIT;"
            )

    def load(self) -> list[Subscription]:
        with self._lock:
            try:
                rows = self._db.execute(
                    "SELECT callback, topic, secret, lease_s, expires_at FROM websub_subscriptions"
                    " ORDER BY callback, topic"
                ).fetchall()
            except sqlite3.Error as err:
                raise StoreError(
                    f"{self.path}: cannot read the WebSub subscriptions: {err}"
                ) from err
        return [
            Subscription(
                callback=callback,
                topic=topic,
                secret=secret,
                lease_s=lease_s,
                expires_at=datetime.fromisoformat(expires_at).astimezone(UTC),
            )
            for callback, topic, secret, lease_s, expires_at in rows
        ]

    def save(self, subscription: Subscription) -> None:
        self._write(
            "INSERT INTO websub_subscriptions (callback, topic, secret, lease_s, expires_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (callback, topic) DO UPDATE SET"
            " secret = excluded.secret, lease_s = excluded.lease_s,"
            " expires_at = excluded.expires_at",
            (
                subscription.callback,
                subscription.topic,
                subscription.secret,
                subscription.lease_s,
                subscription.expires_at.isoformat(),
            ),
        )

    def delete(self, callback: str, topic: str) -> None:
        self._write(
            "DELETE FROM websub_subscriptions WHERE callback = ? AND topic = ?", (callback, topic)
        )

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        with self._lock:
            try:
                self._db.execute(sql, params)
            except sqlite3.Error as err:
                raise StoreError(f"{self.path}: cannot write a WebSub subscription: {err}") from err
