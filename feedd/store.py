"""The state database: files seen, entries with stable ids, full-text index, topic membership.

Owns SQLite (stdlib sqlite3, WAL). Nothing else in feedd opens the database. Must not import
the publisher, the server or the drivers. Writes happen in one transaction per batch
(`with store.transaction():`), so a crash loses at most the batch in hand, never an entry
that was already committed, and never leaves half a batch.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from types import EllipsisType

from feedd.config import Topic
from feedd.errors import StoreError, StoreLockedError
from feedd.learning import learning_source
from feedd.model import Article, Entry, Mention
from feedd.stories import Signature, are_same_story, band_keys, components, signature_of

ALL_FEED = "all"
# Entry ids are UUIDv5 of the document's path in this namespace: stable on any machine.
ENTRY_NAMESPACE = uuid.UUID("6f1b4c1e-2d0a-5b8e-9a52-0c6e3f0f8d11")

_MIGRATIONS: tuple[str, ...] = (
    # 1: files, entries, full-text index, topic membership, feeds to re-render
    """
    CREATE TABLE files (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        entry_id TEXT,
        outcome TEXT NOT NULL,
        reason TEXT
    );
    CREATE INDEX files_by_entry ON files(entry_id);
    CREATE TABLE entries (
        rowid INTEGER PRIMARY KEY,
        entry_id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        source TEXT,
        author TEXT,
        link TEXT,
        language TEXT,
        summary TEXT NOT NULL,
        body TEXT NOT NULL,
        content_html TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        stated_published_at TEXT,
        published_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX entries_by_hash ON entries(content_hash);
    CREATE INDEX entries_by_date ON entries(published_at DESC, entry_id);
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, source,
        content='entries', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts(rowid, title, body, source)
        VALUES (new.rowid, new.title, new.body, coalesce(new.source, ''));
    END;
    CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body, source)
        VALUES ('delete', old.rowid, old.title, old.body, coalesce(old.source, ''));
    END;
    CREATE TRIGGER entries_au AFTER UPDATE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body, source)
        VALUES ('delete', old.rowid, old.title, old.body, coalesce(old.source, ''));
        INSERT INTO entries_fts(rowid, title, body, source)
        VALUES (new.rowid, new.title, new.body, coalesce(new.source, ''));
    END;
    CREATE TABLE topics (
        slug TEXT PRIMARY KEY,
        match_expression TEXT NOT NULL
    );
    CREATE TABLE topic_entries (
        slug TEXT NOT NULL,
        entry_rowid INTEGER NOT NULL,
        published_at TEXT NOT NULL,
        PRIMARY KEY (slug, entry_rowid)
    ) WITHOUT ROWID;
    CREATE INDEX topic_entries_by_date ON topic_entries(slug, published_at DESC);
    CREATE INDEX topic_entries_by_entry ON topic_entries(entry_rowid);
    CREATE TABLE dirty_feeds (feed TEXT PRIMARY KEY);
    CREATE TABLE dirty_entries (entry_id TEXT PRIMARY KEY);
    """,
    # 2: learned boilerplate — how many pages of each source show each short line
    """
    ALTER TABLE entries ADD COLUMN page_lines TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE page_lines (
        source TEXT NOT NULL,
        line TEXT NOT NULL,
        docs INTEGER NOT NULL,
        PRIMARY KEY (source, line)
    ) WITHOUT ROWID;
    CREATE TRIGGER page_lines_ai AFTER INSERT ON entries BEGIN
        INSERT INTO page_lines SELECT coalesce(new.source, ''), value, 1
        FROM json_each(new.page_lines) WHERE true
        ON CONFLICT (source, line) DO UPDATE SET docs = docs + 1;
    END;
    CREATE TRIGGER page_lines_ad AFTER DELETE ON entries BEGIN
        UPDATE page_lines SET docs = docs - 1 WHERE source = coalesce(old.source, '')
        AND line IN (SELECT value FROM json_each(old.page_lines));
        DELETE FROM page_lines WHERE source = coalesce(old.source, '') AND docs <= 0;
    END;
    CREATE TRIGGER page_lines_au AFTER UPDATE OF page_lines, source ON entries BEGIN
        UPDATE page_lines SET docs = docs - 1 WHERE source = coalesce(old.source, '')
        AND line IN (SELECT value FROM json_each(old.page_lines));
        DELETE FROM page_lines WHERE source = coalesce(old.source, '') AND docs <= 0;
        INSERT INTO page_lines SELECT coalesce(new.source, ''), value, 1
        FROM json_each(new.page_lines) WHERE true
        ON CONFLICT (source, line) DO UPDATE SET docs = docs + 1;
    END;
    """,
    # 3: the newest `updated` of all entries without a scan (the index page asks often)
    """
    CREATE INDEX entries_by_updated ON entries(updated_at);
    """,
    # 4: bulk load — an empty store fills without per-row full-text indexing; the index
    # is built in one pass at the end (see Store.begin_bulk_load)
    """
    CREATE TABLE bulk_load (id INTEGER PRIMARY KEY CHECK (id = 1), active INTEGER NOT NULL);
    INSERT INTO bulk_load VALUES (1, 0);
    DROP TRIGGER entries_ai;
    DROP TRIGGER entries_ad;
    DROP TRIGGER entries_au;
    CREATE TRIGGER entries_ai AFTER INSERT ON entries
    WHEN (SELECT active FROM bulk_load) = 0 BEGIN
        INSERT INTO entries_fts(rowid, title, body, source)
        VALUES (new.rowid, new.title, new.body, coalesce(new.source, ''));
    END;
    CREATE TRIGGER entries_ad AFTER DELETE ON entries
    WHEN (SELECT active FROM bulk_load) = 0 BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body, source)
        VALUES ('delete', old.rowid, old.title, old.body, coalesce(old.source, ''));
    END;
    CREATE TRIGGER entries_au AFTER UPDATE ON entries
    WHEN (SELECT active FROM bulk_load) = 0 BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body, source)
        VALUES ('delete', old.rowid, old.title, old.body, coalesce(old.source, ''));
        INSERT INTO entries_fts(rowid, title, body, source)
        VALUES (new.rowid, new.title, new.body, coalesce(new.source, ''));
    END;
    """,
    # 5: page line counts are not kept row by row during a bulk load either (random-key
    # upserts cost ~5 s per 100k pages); finish_bulk_load counts them in one pass
    """
    DROP TRIGGER page_lines_ai;
    DROP TRIGGER page_lines_ad;
    DROP TRIGGER page_lines_au;
    CREATE TRIGGER page_lines_ai AFTER INSERT ON entries
    WHEN (SELECT active FROM bulk_load) = 0 BEGIN
        INSERT INTO page_lines SELECT coalesce(new.source, ''), value, 1
        FROM json_each(new.page_lines) WHERE true
        ON CONFLICT (source, line) DO UPDATE SET docs = docs + 1;
    END;
    CREATE TRIGGER page_lines_ad AFTER DELETE ON entries
    WHEN (SELECT active FROM bulk_load) = 0 BEGIN
        UPDATE page_lines SET docs = docs - 1 WHERE source = coalesce(old.source, '')
        AND line IN (SELECT value FROM json_each(old.page_lines));
        DELETE FROM page_lines WHERE source = coalesce(old.source, '') AND docs <= 0;
    END;
    CREATE TRIGGER page_lines_au AFTER UPDATE OF page_lines, source ON entries
    WHEN (SELECT active FROM bulk_load) = 0 BEGIN
        UPDATE page_lines SET docs = docs - 1 WHERE source = coalesce(old.source, '')
        AND line IN (SELECT value FROM json_each(old.page_lines));
        DELETE FROM page_lines WHERE source = coalesce(old.source, '') AND docs <= 0;
        INSERT INTO page_lines SELECT coalesce(new.source, ''), value, 1
        FROM json_each(new.page_lines) WHERE true
        ON CONFLICT (source, line) DO UPDATE SET docs = docs + 1;
    END;
    """,
    # 6: stories (feedd.stories) — near-identical entries are one story; versions of one
    # story from one source are a thread that feeds show once; boilerplate is learned from
    # one page per story and source (the thread's first), per stable learning source.
    # Store._backfill_stories fills the new columns of existing rows in Python.
    """
    ALTER TABLE entries ADD COLUMN learn_source TEXT NOT NULL DEFAULT '';
    ALTER TABLE entries ADD COLUMN signature BLOB;
    ALTER TABLE entries ADD COLUMN story TEXT NOT NULL DEFAULT '';
    ALTER TABLE entries ADD COLUMN thread TEXT NOT NULL DEFAULT '';
    ALTER TABLE entries ADD COLUMN thread_published_at TEXT NOT NULL DEFAULT '';
    ALTER TABLE entries ADD COLUMN is_shown INTEGER NOT NULL DEFAULT 1;
    UPDATE entries SET story = entry_id, thread = entry_id, thread_published_at = published_at,
        learn_source = 'source:' || coalesce(source, '');
    CREATE INDEX entries_by_story ON entries(story);
    CREATE INDEX entries_by_thread ON entries(thread);
    CREATE TABLE story_bands (
        key INTEGER NOT NULL,
        entry_rowid INTEGER NOT NULL,
        PRIMARY KEY (key, entry_rowid)
    ) WITHOUT ROWID;
    DROP TRIGGER page_lines_ai;
    DROP TRIGGER page_lines_ad;
    DROP TRIGGER page_lines_au;
    CREATE TRIGGER page_lines_ai AFTER INSERT ON entries
    WHEN (SELECT active FROM bulk_load) = 0 AND new.entry_id = new.thread BEGIN
        INSERT INTO page_lines SELECT new.learn_source, value, 1
        FROM json_each(new.page_lines) WHERE true
        ON CONFLICT (source, line) DO UPDATE SET docs = docs + 1;
    END;
    CREATE TRIGGER page_lines_ad AFTER DELETE ON entries
    WHEN (SELECT active FROM bulk_load) = 0 AND old.entry_id = old.thread BEGIN
        UPDATE page_lines SET docs = docs - 1 WHERE source = old.learn_source
        AND line IN (SELECT value FROM json_each(old.page_lines));
        DELETE FROM page_lines WHERE source = old.learn_source AND docs <= 0;
    END;
    CREATE TRIGGER page_lines_au_old AFTER UPDATE OF page_lines, learn_source, thread ON entries
    WHEN (SELECT active FROM bulk_load) = 0 AND old.entry_id = old.thread BEGIN
        UPDATE page_lines SET docs = docs - 1 WHERE source = old.learn_source
        AND line IN (SELECT value FROM json_each(old.page_lines));
        DELETE FROM page_lines WHERE source = old.learn_source AND docs <= 0;
    END;
    CREATE TRIGGER page_lines_au_new AFTER UPDATE OF page_lines, learn_source, thread ON entries
    WHEN (SELECT active FROM bulk_load) = 0 AND new.entry_id = new.thread BEGIN
        INSERT INTO page_lines SELECT new.learn_source, value, 1
        FROM json_each(new.page_lines) WHERE true
        ON CONFLICT (source, line) DO UPDATE SET docs = docs + 1;
    END;
    """,
    # 7: learned lines applied without reading pages again (feedd.learning): each entry
    # keeps its body as read (NULL: unknown, '': the body) and the learned lines it was
    # made with; `learned_lines` is the set entries were last brought in line with, and
    # `unsettled_entries` the rows stored since with another. The full-text index is kept
    # only when what it indexes changes (stories and learning update other columns).
    """
    ALTER TABLE entries ADD COLUMN read_body TEXT;
    ALTER TABLE entries ADD COLUMN learned TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE learned_lines (line TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE unsettled_entries (entry_rowid INTEGER PRIMARY KEY);
    DROP TRIGGER entries_au;
    CREATE TRIGGER entries_au AFTER UPDATE OF title, body, source ON entries
    WHEN (SELECT active FROM bulk_load) = 0 BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body, source)
        VALUES ('delete', old.rowid, old.title, old.body, coalesce(old.source, ''));
        INSERT INTO entries_fts(rowid, title, body, source)
        VALUES (new.rowid, new.title, new.body, coalesce(new.source, ''));
    END;
    """,
    # 8: what the feeds were last rendered with (Pipeline.render_fingerprint): a rebuild
    # renders a feed again when its entries, or this, changed
    """
    CREATE TABLE rendered_with (id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT);
    """,
    # 9: a rebuild with nothing to do answers from indexes: shown entries counted and
    # dated without reading rows, and learning skipped unless entries changed or went
    """
    CREATE INDEX entries_by_shown ON entries(is_shown, updated_at);
    CREATE TABLE learning_stale (id INTEGER PRIMARY KEY CHECK (id = 1));
    INSERT INTO learning_stale SELECT 1 WHERE EXISTS (SELECT 1 FROM entries);
    """,
    # 10: RFC 5005 archives — each feed's entries get a fixed place in its series when
    # first seen in it, so a page of the series, once full, never changes
    """
    CREATE TABLE archive_series (
        feed TEXT PRIMARY KEY,
        series TEXT NOT NULL,
        written_pages INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE archive_entries (
        feed TEXT NOT NULL,
        seq INTEGER NOT NULL,
        entry_id TEXT NOT NULL,
        PRIMARY KEY (feed, seq)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX archive_entries_by_entry ON archive_entries(feed, entry_id);
    """,
    # 11: the shown entries' threads from an index alone: every render of `all` looks for
    # shown entries without an archive place, which read each row of the table before
    # (0.4 s at 100k entries; 0.08 s from this index)
    """
    CREATE INDEX entries_shown_threads ON entries(is_shown, thread, thread_published_at);
    """,
)
STORIES_MIGRATION = 6

# A line is a source's boilerplate once this many of its stories show it, and this share
# of them. Stories, not files: the versions of one article a scraper saved again are one
# story, so an article's own paragraphs are never "on many pages" of its source.
BOILERPLATE_MIN_STORIES = 4
BOILERPLATE_MIN_SHARE = 0.5


@dataclass(frozen=True, slots=True, kw_only=True)
class FileRecord:
    path: str
    size: int
    mtime_ns: int
    content_hash: str
    entry_id: str | None
    outcome: str  # ingested | duplicate | rejected
    reason: str | None


@dataclass(frozen=True, slots=True)
class _StoryColumns:
    """What the store keeps of an entry for stories: whose pages it counts with when
    learning boilerplate (`feedd.learning.learning_source`) and its body's signature."""

    learn_source: str
    signature: bytes | None


@dataclass(frozen=True, slots=True, kw_only=True)
class LearningRow:
    """A stored entry, as learned lines are applied to it again."""

    rowid: int
    path: str | None  # a file that shows it, to read again
    shown: Article  # as stored (no dates)
    read: Article | None  # before learned lines; None when unknown (read the file again)
    learned: frozenset[str]  # the learned lines it was made with (feedd.learning.learned_in)


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedInfo:
    feed: str  # topic slug or "all"
    entry_count: int
    updated_at: datetime | None


def entry_id_for(relative_path: str) -> str:
    """The stable id of the entry first seen at `relative_path`."""
    return f"urn:uuid:{uuid.uuid5(ENTRY_NAMESPACE, relative_path)}"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


class Store:
    """One open state database. Not thread-safe: use it from one thread at a time."""

    def __init__(self, path: Path, *, exclusive: bool = True) -> None:
        self.path = path
        self._lock_fd: int | None = None
        # Rows inserted or changed in this transaction whose topics are not matched yet.
        self._unmatched: dict[int, tuple[Topic, ...]] = {}
        # A bulk load this object began: rows up to this rowid are indexed, and the index
        # is exact while no indexed row changed (see begin_bulk_load).
        self._bulk_indexed_upto = 0
        self._bulk_index_exact = False
        # A bulk load this object began and has not finished: rows are marked for
        # rendering all at once when it finishes, not one by one.
        self._is_bulk_loading = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if exclusive:
                self._lock_fd = _acquire_lock(path)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=10000")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            if self.in_bulk_load:
                self.finish_bulk_load()  # a bulk load a crash cut short
        except sqlite3.Error as err:
            self._release_lock()
            raise StoreError(f"{path}: cannot open the state database: {err}") from err
        except OSError as err:
            self._release_lock()
            raise StoreError(f"{path}: cannot open the state database: {err}") from err

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            self._release_lock()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(_MIGRATIONS):
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this feedd "
                f"({len(_MIGRATIONS)}); upgrade feedd or delete the state file to rebuild"
            )
        for number in range(version, len(_MIGRATIONS)):
            # executescript commits on its own, so the migration carries its transaction.
            script = _MIGRATIONS[number]
            self._db.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number + 1};\nCOMMIT;"
            )
        if 0 < version < STORIES_MIGRATION:
            self._backfill_stories()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic batch: everything inside commits together or not at all."""
        if self._db.in_transaction:
            yield
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield
            self._match_pending_topics()
            self._db.execute("COMMIT")
        except BaseException:
            self._unmatched.clear()
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    # -- bulk load --------------------------------------------------------------------

    @property
    def in_bulk_load(self) -> bool:
        return bool(self._db.execute("SELECT active FROM bulk_load").fetchone()[0])

    def is_empty(self) -> bool:
        """True when no file has been recorded (a first load)."""
        return self._db.execute("SELECT 1 FROM files LIMIT 1").fetchone() is None

    def begin_bulk_load(self) -> bool:
        """Fill an empty store fast: rows are not full-text indexed, topic-matched or
        counted for boilerplate one by one (per-row triggers cost about twice as much).
        `index_bulk_loaded` indexes and matches the rows loaded since its last call in one
        statement per topic; `finish_bulk_load` counts page lines and ends the load. The
        flag is durable, so a load a crash cut short is finished, by a full rebuild of the
        index, when the store is next opened. Returns False (and changes nothing) unless
        the store holds no entry."""
        with self.transaction():
            if self._db.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is not None:
                return False
            self._db.execute("UPDATE bulk_load SET active = 1")
        self._bulk_indexed_upto = 0
        self._bulk_index_exact = True
        self._is_bulk_loading = True
        return True

    def index_bulk_loaded(self) -> None:
        """Index and topic-match the rows a bulk load inserted since the last call."""
        if not self._bulk_index_exact:
            return  # finish_bulk_load rebuilds it all
        high = self._db.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()[0]
        low = self._bulk_indexed_upto
        if high <= low:
            return
        self._db.execute(
            "INSERT INTO entries_fts(rowid, title, body, source)"
            " SELECT rowid, title, body, coalesce(source, '') FROM entries"
            " WHERE rowid > ? AND rowid <= ?",
            (low, high),
        )
        for slug, expression in self._db.execute(
            "SELECT slug, match_expression FROM topics"
        ).fetchall():
            self._db.execute(
                "INSERT OR IGNORE INTO topic_entries SELECT ?, e.rowid, e.published_at"
                " FROM entries_fts JOIN entries AS e ON e.rowid = entries_fts.rowid"
                " WHERE entries_fts MATCH ? AND entries_fts.rowid > ? AND entries_fts.rowid <= ?",
                (slug, expression, low, high),
            )
        self._bulk_indexed_upto = high

    def _note_bulk_change(self) -> None:
        """A row changed or went during a bulk load: what was indexed of it is stale."""
        if self._bulk_index_exact and self.in_bulk_load:
            self._bulk_index_exact = False

    def finish_bulk_load(self) -> None:
        """Complete the full-text index and topic membership, count page lines for
        learned boilerplate, and end the bulk load."""
        with self.transaction():
            if self._bulk_index_exact:
                self.index_bulk_loaded()
            else:
                self._db.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")
                self._db.execute("DELETE FROM topic_entries")
                for slug, expression in self._db.execute(
                    "SELECT slug, match_expression FROM topics"
                ).fetchall():
                    self._insert_topic_matches(slug, expression)
            self._db.execute("DELETE FROM page_lines")
            self._db.execute(
                f"INSERT INTO page_lines SELECT {_PAGE_LINE_COUNTS} GROUP BY 1, 2 ORDER BY 1, 2"
            )
            for (slug,) in self._db.execute("SELECT slug FROM topics").fetchall():
                self._db.execute("INSERT OR IGNORE INTO dirty_feeds VALUES (?)", (slug,))
            self._db.execute("INSERT OR IGNORE INTO dirty_feeds VALUES (?)", (ALL_FEED,))
            # Every row is new (the load began on an empty store): every page may change.
            self._db.execute(
                "INSERT OR IGNORE INTO dirty_entries SELECT entry_id FROM entries"
                " UNION SELECT thread FROM entries"
            )
            self._db.execute("UPDATE bulk_load SET active = 0")
        self._bulk_index_exact = False
        self._is_bulk_loading = False

    def _insert_topic_matches(self, slug: str, expression: str) -> None:
        self._db.execute(
            "INSERT INTO topic_entries SELECT ?, e.rowid, e.published_at"
            " FROM entries_fts JOIN entries AS e ON e.rowid = entries_fts.rowid"
            " WHERE entries_fts MATCH ?",
            (slug, expression),
        )
        self._db.execute("INSERT OR IGNORE INTO dirty_feeds VALUES (?)", (slug,))

    def commit_so_far(self) -> None:
        """Inside a long transaction: make what it did so far durable, then go on in a new
        one. A bulk load commits seldom: each commit rewrites the index pages it touched,
        and with random keys (ids, hashes) that is most of them."""
        if self._db.in_transaction:
            self._match_pending_topics()
            self._db.execute("COMMIT")
            self._db.execute("BEGIN IMMEDIATE")

    # -- files ------------------------------------------------------------------------

    def file_record(self, path: str) -> FileRecord | None:
        row = self._db.execute(
            "SELECT path, size, mtime_ns, content_hash, entry_id, outcome, reason"
            " FROM files WHERE path = ?",
            (path,),
        ).fetchone()
        if row is None:
            return None
        path, size, mtime_ns, content_hash, entry_id, outcome, reason = row
        return FileRecord(
            path=path,
            size=size,
            mtime_ns=mtime_ns,
            content_hash=content_hash,
            entry_id=entry_id,
            outcome=outcome,
            reason=reason,
        )

    def file_stats(self) -> Iterator[tuple[str, int, int]]:
        """(path, size, mtime_ns) of every known file, streamed."""
        yield from self._db.execute("SELECT path, size, mtime_ns FROM files")

    # -- comparing the folder (or the output) with the store, in bounded memory ------------

    def begin_folder_scan(self) -> None:
        """Start recording a folder scan; the paths live in a temp table, not in Python."""
        self._db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS scan"
            " (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER) WITHOUT ROWID"
        )
        self._db.execute("DELETE FROM temp.scan")

    def record_scanned(self, stats: Iterable[tuple[str, int, int]]) -> None:
        """Add scanned files (path, size, mtime_ns) to the scan."""
        with self.transaction():
            self._db.executemany("INSERT OR REPLACE INTO temp.scan VALUES (?, ?, ?)", stats)

    def changed_in_scan(self) -> Iterator[tuple[str, int]]:
        """(path, mtime_ns) of scanned files that are new or whose size or mtime differ
        from the store: one join in SQLite, nothing per file in Python."""
        yield from self._db.execute(
            "SELECT s.path, s.mtime_ns FROM temp.scan AS s LEFT JOIN files AS f USING (path)"
            " WHERE f.path IS NULL OR f.size != s.size OR f.mtime_ns != s.mtime_ns"
            " ORDER BY s.path"
        )

    def stage_candidates(self, changed: Iterable[str]) -> int:
        """Queue the files a reconcile must look at, in a temp table rather than in Python:
        `changed` (scanned files, listed=1), then the store's files the scan did not see
        (gone from the folder, listed=0). Returns how many are queued."""
        self._db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS candidates"
            " (seq INTEGER PRIMARY KEY, path TEXT NOT NULL, listed INTEGER NOT NULL)"
        )
        with self.transaction():
            self._db.execute("DELETE FROM temp.candidates")
            self._db.executemany(
                "INSERT INTO temp.candidates (path, listed) VALUES (?, 1)", ((p,) for p in changed)
            )
            self._db.execute(
                "INSERT INTO temp.candidates (path, listed) SELECT path, 0 FROM files"
                " WHERE path NOT IN (SELECT path FROM temp.scan) ORDER BY path"
            )
        return int(self._db.execute("SELECT count(*) FROM temp.candidates").fetchone()[0])

    def staged_candidates(self, after: int, limit: int) -> list[tuple[int, str, bool]]:
        """The next (seq, path, listed) of the queue, after sequence number `after`."""
        rows = self._db.execute(
            "SELECT seq, path, listed FROM temp.candidates WHERE seq > ? ORDER BY seq LIMIT ?",
            (after, limit),
        )
        return [(seq, path, bool(listed)) for seq, path, listed in rows]

    def pages_without_entry(self, short_ids_on_disk: Iterable[str]) -> list[str]:
        """Of the entry pages on disk (by short id), those whose entry is gone."""
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS pages (short_id TEXT PRIMARY KEY)")
        with self.transaction():
            self._db.execute("DELETE FROM temp.pages")
            self._db.executemany(
                "INSERT OR IGNORE INTO temp.pages VALUES (?)", ((s,) for s in short_ids_on_disk)
            )
        extra = [
            row[0]
            for row in self._db.execute(
                "SELECT short_id FROM temp.pages AS p WHERE NOT EXISTS (SELECT 1 FROM entries"
                " WHERE thread = 'urn:uuid:' || p.short_id AND is_shown)"
            )
        ]
        self._db.execute("DELETE FROM temp.pages")
        return extra

    def entries_in_feeds(self, feeds: Iterable[str], limit: int) -> set[str]:
        """Ids of the entries the feeds show (the newest `limit` of each), and of the
        entries of other sources in their stories, which they link to."""
        stories: set[str] = set()
        for feed in feeds:
            if feed == ALL_FEED:
                rows = self._db.execute(
                    "SELECT story FROM entries WHERE is_shown"
                    " ORDER BY published_at DESC, entry_id LIMIT ?",
                    (limit,),
                )
            else:
                rows = self._db.execute(
                    "SELECT entries.story FROM topic_entries AS t"
                    " JOIN entries ON entries.rowid = t.entry_rowid WHERE t.slug = ?"
                    " AND entries.is_shown"
                    " ORDER BY t.published_at DESC, entries.entry_id LIMIT ?",
                    (feed, limit),
                )
            stories.update(row[0] for row in rows)
        linked: set[str] = set()
        for story in stories:
            rows = self._db.execute(
                "SELECT thread FROM entries WHERE story = ? AND is_shown", (story,)
            )
            linked.update(row[0] for row in rows)
        return linked

    def touch_file(self, path: str, size: int, mtime_ns: int) -> None:
        """The file's bytes are unchanged; remember its new size and mtime."""
        self._db.execute(
            "UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path)
        )

    def record_rejected(
        self, path: str, size: int, mtime_ns: int, content_hash: str, reason: str
    ) -> None:
        self._detach_file(path)
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, NULL, 'rejected', ?)",
            (path, size, mtime_ns, content_hash, reason),
        )

    def remove_file(self, path: str) -> None:
        """The file is gone: forget it, and its entry when no other file shows it."""
        self._detach_file(path)
        self._db.execute("DELETE FROM files WHERE path = ?", (path,))

    def move_file(self, old_path: str, new_path: str) -> bool:
        """A rename seen by the watcher: the entry stays, only its path changes."""
        if self.file_record(old_path) is None:
            return False
        self.remove_file(new_path)  # a file the rename replaced
        self._db.execute("UPDATE files SET path = ? WHERE path = ?", (new_path, old_path))
        return True

    # -- entries ----------------------------------------------------------------------

    def store_article(
        self,
        *,
        path: str,
        size: int,
        mtime_ns: int,
        content_hash: str,
        article: Article,
        modified_at: datetime,
        topics: Sequence[Topic],
        html_is_body: bool = False,
        signature: bytes | EllipsisType | None = ...,
        read_body: str | None = "",
        learned: Sequence[str] = (),
        is_settled: bool = False,
    ) -> tuple[str, str]:
        """Record that `path` holds `article`; return (entry_id, outcome).

        outcome: "new" (a new entry), "updated" (its entry changed in place) or
        "duplicate" (the same bytes already make an entry: a copy or a rename).
        `html_is_body`: the caller found content_html to be `body_html(content_text)`;
        it is then not stored but made again when read.
        `signature`: the body's story signature (`feedd.stories.signature_of`), when the
        caller made it already (a worker does); made here otherwise.
        `read_body`, `learned`: the body as read before learned lines ("" when it is the
        body, None when unknown) and the learned lines it was made with
        (`feedd.prepare.Prepared`). Unless `is_settled` (made with the set last applied),
        the entry is looked at again by `apply_learned_lines`' caller.
        """
        columns = _article_columns(
            article, html_is_body=html_is_body, read_body=read_body, learned=learned
        )
        entry_id, outcome = self._store_article(
            path, size, mtime_ns, content_hash, article, modified_at, topics, columns, signature
        )
        if outcome != "duplicate" and not is_settled:
            self._db.execute(
                "INSERT OR IGNORE INTO unsettled_entries SELECT rowid FROM entries"
                " WHERE entry_id = ?",
                (entry_id,),
            )
        return entry_id, outcome

    def _store_article(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        content_hash: str,
        article: Article,
        modified_at: datetime,
        topics: Sequence[Topic],
        columns: tuple[object, ...],
        signature: bytes | EllipsisType | None,
    ) -> tuple[str, str]:
        if isinstance(signature, EllipsisType):
            made = signature_of(article.content_text)
            signature = made.to_bytes() if made is not None else None
        story = _StoryColumns(learning_source(article, path), signature)
        prior = self.file_record(path)
        twin = self._db.execute(
            "SELECT entry_id FROM entries WHERE content_hash = ? ORDER BY entry_id LIMIT 1",
            (content_hash,),
        ).fetchone()
        # Normalizing the same bytes again (learned boilerplate changed) updates in place.
        is_own_entry = prior is not None and twin is not None and prior.entry_id == twin[0]
        if twin is not None and not is_own_entry:
            if prior is None or prior.entry_id != twin[0]:
                self._detach_file(path)
            self._upsert_file(path, size, mtime_ns, content_hash, twin[0], "duplicate")
            return twin[0], "duplicate"

        own_id = entry_id_for(path)
        if prior is not None and prior.entry_id is not None:
            others = self._db.execute(
                "SELECT path FROM files WHERE entry_id = ? AND path != ? ORDER BY path",
                (prior.entry_id, path),
            ).fetchall()
            if not others or is_own_entry:
                self._update_entry(
                    prior.entry_id, content_hash, columns, story, article, modified_at, topics
                )
                outcome = prior.outcome if is_own_entry else "ingested"
                self._upsert_file(path, size, mtime_ns, content_hash, prior.entry_id, outcome)
                return prior.entry_id, "updated"
            if prior.entry_id == own_id:
                # The other copies keep the old text under their own id; this file's
                # entry takes the new text.
                self._fork_entry(prior.entry_id, entry_id_for(others[0][0]), others, topics)
                self._update_entry(
                    own_id, content_hash, columns, story, article, modified_at, topics
                )
                self._upsert_file(path, size, mtime_ns, content_hash, own_id, "ingested")
                return own_id, "updated"
            self._detach_file(path)
        elif prior is not None:
            self._detach_file(path)

        existing = self._db.execute(
            "SELECT 1 FROM entries WHERE entry_id = ?", (own_id,)
        ).fetchone()
        if existing is not None:  # another file holds this path's id: keep ids unique
            own_id = entry_id_for(f"{path}\x00{content_hash}")
        self._insert_entry(own_id, content_hash, columns, story, article, modified_at, topics)
        self._upsert_file(path, size, mtime_ns, content_hash, own_id, "ingested")
        return own_id, "new"

    def _upsert_file(
        self, path: str, size: int, mtime_ns: int, content_hash: str, entry_id: str, outcome: str
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, NULL)",
            (path, size, mtime_ns, content_hash, entry_id, outcome),
        )

    def _detach_file(self, path: str) -> None:
        record = self.file_record(path)
        if record is None or record.entry_id is None:
            return
        self._db.execute("UPDATE files SET entry_id = NULL WHERE path = ?", (path,))
        still_shown = self._db.execute(
            "SELECT 1 FROM files WHERE entry_id = ? LIMIT 1", (record.entry_id,)
        ).fetchone()
        if still_shown is None:
            self._delete_entry(record.entry_id)

    def _delete_entry(self, entry_id: str) -> None:
        row = self._db.execute(
            "SELECT rowid, signature, story FROM entries WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            return
        rowid, signature, story = row
        self._note_bulk_change()
        self._mark_dirty_for_rowid(rowid)
        self._db.execute("DELETE FROM topic_entries WHERE entry_rowid = ?", (rowid,))
        self._db.execute("DELETE FROM unsettled_entries WHERE entry_rowid = ?", (rowid,))
        self._db.execute("INSERT OR IGNORE INTO learning_stale VALUES (1)")
        self._drop_bands(rowid, signature)
        self._db.execute("DELETE FROM entries WHERE rowid = ?", (rowid,))
        self._regroup(self._story_members(story))

    def _insert_entry(
        self,
        entry_id: str,
        content_hash: str,
        columns: tuple[object, ...],
        story: _StoryColumns,
        article: Article,
        modified_at: datetime,
        topics: Sequence[Topic],
    ) -> None:
        published = article.published_at or modified_at
        # A story of its own until _place finds it company.
        cursor = self._db.execute(
            "INSERT INTO entries (entry_id, content_hash, title, source, author, link,"
            " language, summary, body, content_html, tags, page_lines, read_body, learned,"
            " stated_published_at, published_at, updated_at, learn_source, signature, story,"
            " thread, thread_published_at, is_shown)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                entry_id,
                content_hash,
                *columns,
                _iso(article.published_at) if article.published_at else None,
                _iso(published),
                _iso(self._free_updated(max(modified_at, published), rowid=None)),
                story.learn_source,
                story.signature,
                entry_id,
                entry_id,
                _iso(published),
            ),
        )
        rowid = cursor.lastrowid
        assert rowid is not None
        self._match_topics(rowid, topics)
        self._place(rowid, story.signature, old_signature=None, old_story=None)

    def _update_entry(
        self,
        entry_id: str,
        content_hash: str,
        columns: tuple[object, ...],
        story: _StoryColumns,
        article: Article,
        modified_at: datetime,
        topics: Sequence[Topic],
    ) -> None:
        rowid, published_text, updated_text, old_signature, old_story = self._db.execute(
            "SELECT rowid, published_at, updated_at, signature, story FROM entries"
            " WHERE entry_id = ?",
            (entry_id,),
        ).fetchone()
        self._note_bulk_change()
        # Published is fixed at first sight unless the document now states a date.
        published = article.published_at or _from_iso(published_text)
        updated = self._free_updated(
            max(modified_at, published, _from_iso(updated_text)), rowid=rowid
        )
        self._mark_dirty_for_rowid(rowid)
        self._db.execute(
            "UPDATE entries SET content_hash = ?, title = ?, source = ?, author = ?, link = ?,"
            " language = ?, summary = ?, body = ?, content_html = ?, tags = ?, page_lines = ?,"
            " read_body = ?, learned = ?, stated_published_at = ?, published_at = ?,"
            " updated_at = ?, learn_source = ?, signature = ? WHERE rowid = ?",
            (
                content_hash,
                *columns,
                _iso(article.published_at) if article.published_at else None,
                _iso(published),
                _iso(updated),
                story.learn_source,
                story.signature,
                rowid,
            ),
        )
        self._db.execute("DELETE FROM topic_entries WHERE entry_rowid = ?", (rowid,))
        self._match_topics(rowid, topics)
        self._place(rowid, story.signature, old_signature=old_signature, old_story=old_story)

    def _fork_entry(
        self, entry_id: str, new_id: str, paths: Iterable[tuple[str]], topics: Sequence[Topic]
    ) -> None:
        self._db.execute(
            "INSERT INTO entries (entry_id, content_hash, title, source, author, link, language,"
            " summary, body, content_html, tags, page_lines, read_body, learned,"
            " stated_published_at, published_at,"
            " updated_at, learn_source, signature, story, thread, thread_published_at, is_shown)"
            " SELECT ?, content_hash, title, source, author, link, language,"
            " summary, body, content_html, tags, page_lines, read_body, learned,"
            " stated_published_at, published_at,"
            " updated_at, learn_source, signature, ?, ?, published_at, 1"
            " FROM entries WHERE entry_id = ?",
            (new_id, new_id, new_id, entry_id),
        )
        rowid, signature, updated_text = self._db.execute(
            "SELECT rowid, signature, updated_at FROM entries WHERE rowid = last_insert_rowid()"
        ).fetchone()
        # The copy is an entry of its own: it gets an updated time no other entry has.
        updated = self._free_updated(_from_iso(updated_text), rowid=rowid)
        self._db.execute(
            "UPDATE entries SET updated_at = ? WHERE rowid = ?", (_iso(updated), rowid)
        )
        self._match_topics(rowid, topics)
        self._place(rowid, signature, old_signature=None, old_story=None)
        self._db.executemany(
            "UPDATE files SET entry_id = ? WHERE path = ?", [(new_id, p) for (p,) in paths]
        )

    def _free_updated(self, moment: datetime, *, rowid: int | None) -> datetime:
        """`moment`, or else the first microsecond after it that no other entry (than
        `rowid`) has as its `updated_at`. Files often share an mtime (an archive unpacked,
        times set to the second from a server's Last-Modified), and two entries of a feed
        with one `<updated>` earn the W3C feed validator's DuplicateUpdated warning; a
        microsecond later is within any mtime's precision. Stored once, so an entry's time
        never moves on a rebuild. `_iso` texts have one width, so they sort as times do."""
        taken = self._db.execute(
            "SELECT 1 FROM entries WHERE updated_at = ? AND rowid IS NOT ? LIMIT 1",
            (_iso(moment), rowid),
        ).fetchone()
        if taken is None:
            return moment
        # Entries given this mtime before take a run of microseconds from it: when the
        # run has no hole, the next free one is just past its end (no walk through it).
        count, last = self._db.execute(
            "SELECT count(*), max(updated_at) FROM entries"
            " WHERE updated_at >= ? AND updated_at < ? AND rowid IS NOT ?",
            (_iso(moment), _iso(moment + timedelta(seconds=1)), rowid),
        ).fetchone()
        end = _from_iso(last)
        if count == (end - moment) // timedelta(microseconds=1) + 1:
            return end + timedelta(microseconds=1)
        candidate = moment
        for (text,) in self._db.execute(
            "SELECT updated_at FROM entries WHERE updated_at >= ? AND rowid IS NOT ?"
            " ORDER BY updated_at",
            (_iso(moment), rowid),
        ):
            if text > _iso(candidate):
                break
            if text == _iso(candidate):
                candidate += timedelta(microseconds=1)
        return candidate

    # -- stories ----------------------------------------------------------------------

    def _place(
        self,
        rowid: int,
        signature: bytes | None,
        *,
        old_signature: bytes | None,
        old_story: str | None,
    ) -> None:
        """Index a new or changed row's signature and regroup the stories it was and is in.

        Only the row's neighbours (rows sharing an LSH band that `is_same_story` confirms)
        and the rows of its former story are looked at: never the whole store."""
        if old_signature != signature:
            self._drop_bands(rowid, old_signature)
            if signature is not None:
                self._db.executemany(
                    "INSERT OR IGNORE INTO story_bands VALUES (?, ?)",
                    [(key, rowid) for key in _band_keys(signature)],
                )
        members = self._story_members(old_story) if old_story else set()
        self._regroup({rowid, *members})

    def _drop_bands(self, rowid: int, signature: bytes | None) -> None:
        if signature is not None:
            self._db.executemany(
                "DELETE FROM story_bands WHERE key = ? AND entry_rowid = ?",
                [(key, rowid) for key in _band_keys(signature)],
            )

    def _story_members(self, story: str) -> set[int]:
        rows = self._db.execute("SELECT rowid FROM entries WHERE story = ?", (story,))
        return {row[0] for row in rows}

    def _same_story_rows(self, rowid: int, signature: bytes) -> set[int]:
        keys = _band_keys(signature)
        marks = ", ".join("?" * len(keys))
        rows = self._db.execute(
            f"SELECT DISTINCT b.entry_rowid, e.signature FROM story_bands AS b"
            f" JOIN entries AS e ON e.rowid = b.entry_rowid"
            f" WHERE b.key IN ({marks}) AND b.entry_rowid != ?",
            (*keys, rowid),
        )
        return {
            other for other, data in rows if data is not None and are_same_story(signature, data)
        }

    def _regroup(self, seeds: set[int]) -> None:
        """Recompute the stories that hold `seeds`: the connected components of the
        same-story graph around them, each named by its least entry id; within a story,
        the rows of one learning source are one thread, named by and dated as its first
        version (by published date, then id), shown in feeds by its newest (by updated
        date, then id). Every row of a story that changed is marked for rendering: its
        "also reported by" may have changed with it."""
        neighbours: dict[int, set[int]] = {}
        pending = list(seeds)
        while pending:
            rowid = pending.pop()
            if rowid in neighbours:
                continue
            row = self._db.execute(
                "SELECT signature FROM entries WHERE rowid = ?", (rowid,)
            ).fetchone()
            if row is None:
                neighbours[rowid] = set()  # deleted meanwhile
                continue
            found = self._same_story_rows(rowid, row[0]) if row[0] is not None else set()
            neighbours[rowid] = found
            pending.extend(found - neighbours.keys())
        for part in components(neighbours, neighbours):
            self._name_story(part)

    def _name_story(self, rowids: list[int]) -> None:
        marks = ", ".join("?" * len(rowids))
        rows = self._db.execute(
            "SELECT rowid, entry_id, learn_source, published_at, updated_at, story, thread,"
            f" thread_published_at, is_shown FROM entries WHERE rowid IN ({marks})",
            rowids,
        ).fetchall()
        if not rows:
            return
        story = min(row[1] for row in rows)
        threads: dict[str, list[tuple[int, str, str, str]]] = {}
        for rowid, entry_id, learn_source, published, updated, *_ in rows:
            threads.setdefault(learn_source, []).append((rowid, entry_id, published, updated))
        wanted: dict[int, tuple[str, str, str, int]] = {}
        for versions in threads.values():
            first = min(versions, key=lambda v: (v[2], v[1]))
            newest = max(versions, key=lambda v: (v[3], v[1]))
            for rowid, *_ in versions:
                wanted[rowid] = (story, first[1], first[2], int(rowid == newest[0]))
        changed = [row for row in rows if tuple(row[5:]) != wanted[row[0]]]
        if not changed:
            return
        for row in rows:
            self._mark_dirty_for_rowid(row[0])  # before: the old thread ids
        self._db.executemany(
            "UPDATE entries SET story = ?, thread = ?, thread_published_at = ?, is_shown = ?"
            " WHERE rowid = ?",
            [(*wanted[row[0]], row[0]) for row in changed],
        )
        for row in rows:
            self._mark_dirty_for_rowid(row[0])  # after: the new ones

    def _backfill_stories(self) -> None:
        """Give the rows of a store made before stories their learning source, signature
        and story (once, on the upgrade; the same rules as for new rows)."""
        with self.transaction():
            rows = self._db.execute(
                "SELECT e.rowid, e.title, e.source, e.body,"
                " (SELECT min(path) FROM files AS f WHERE f.entry_id = e.entry_id)"
                " FROM entries AS e ORDER BY e.rowid"
            ).fetchall()
            for rowid, title, source, body, path in rows:
                article = Article(
                    title=title,
                    source=source,
                    author=None,
                    published_at=None,
                    summary="",
                    content_text=body,
                    content_html="",
                    link=None,
                    language=None,
                )
                made = signature_of(body)
                signature = made.to_bytes() if made is not None else None
                self._db.execute(
                    "UPDATE entries SET learn_source = ?, signature = ? WHERE rowid = ?",
                    (learning_source(article, path or ""), signature, rowid),
                )
                self._place(rowid, signature, old_signature=None, old_story=None)
            self._db.execute("DELETE FROM page_lines")
            self._db.execute(
                f"INSERT INTO page_lines SELECT {_PAGE_LINE_COUNTS} GROUP BY 1, 2 ORDER BY 1, 2"
            )

    # -- topics -----------------------------------------------------------------------

    def _match_topics(self, rowid: int, topics: Sequence[Topic]) -> None:
        """Queue a row for topic matching at commit (see _match_pending_topics)."""
        self._unmatched[rowid] = tuple(topics)
        self._mark_dirty_for_rowid(rowid)

    def _match_pending_topics(self) -> None:
        """Match the batch's new and changed rows against the topics.

        New rows have consecutive rowids, so each topic query runs once per run of rowids
        with a rowid range, which FTS5 uses to seek in its doclists: the cost follows the
        batch, not the whole index. Scattered rows (edits) are matched one by one.
        """
        if not self._unmatched:
            return
        pending = self._unmatched
        self._unmatched = {}
        if self.in_bulk_load:
            return  # finish_bulk_load matches every row at once
        db = self._db
        topics = {t.slug: t for group in pending.values() for t in group}
        for low, high in _runs(sorted(pending)):
            for topic in topics.values():
                hits = db.execute(
                    "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
                    " AND rowid BETWEEN ? AND ?",
                    (topic.match_expression, low, high),
                ).fetchall()
                rows = [(topic.slug, r) for (r,) in hits if topic in pending.get(r, ())]
                db.executemany(
                    "INSERT OR IGNORE INTO topic_entries SELECT ?, rowid, published_at"
                    " FROM entries WHERE rowid = ?",
                    rows,
                )
                if rows:
                    db.execute("INSERT OR IGNORE INTO dirty_feeds VALUES (?)", (topic.slug,))

    def _mark_dirty_for_rowid(self, rowid: int) -> None:
        if self._is_bulk_loading:
            return  # finish_bulk_load marks them all
        # Pages are named by the id feeds show (the thread's); a hidden version's own id
        # is marked too, so a page it had is removed.
        self._db.execute(
            "INSERT OR IGNORE INTO dirty_entries SELECT entry_id FROM entries WHERE rowid = ?"
            " UNION SELECT thread FROM entries WHERE rowid = ?",
            (rowid, rowid),
        )
        self._db.execute(
            "INSERT OR IGNORE INTO dirty_feeds SELECT slug FROM topic_entries"
            " WHERE entry_rowid = ?",
            (rowid,),
        )
        self._db.execute("INSERT OR IGNORE INTO dirty_feeds VALUES (?)", (ALL_FEED,))

    def sync_topics(self, topics: Sequence[Topic]) -> tuple[list[str], list[str]]:
        """Bring topic membership in line with the config; return (changed, removed) slugs."""
        with self.transaction():
            known = dict(self._db.execute("SELECT slug, match_expression FROM topics"))
            wanted = {t.slug: t for t in topics}
            removed = sorted(set(known) - set(wanted))
            for slug in removed:
                self._db.execute("DELETE FROM topic_entries WHERE slug = ?", (slug,))
                self._db.execute("DELETE FROM topics WHERE slug = ?", (slug,))
                self._db.execute("DELETE FROM dirty_feeds WHERE feed = ?", (slug,))
            changed = [t.slug for t in topics if known.get(t.slug) != t.match_expression]
            for slug in changed:
                topic = wanted[slug]
                self._db.execute("DELETE FROM topic_entries WHERE slug = ?", (slug,))
                self._insert_topic_matches(slug, topic.match_expression)
                self._db.execute(
                    "INSERT OR REPLACE INTO topics VALUES (?, ?)", (slug, topic.match_expression)
                )
        return changed, removed

    # -- archives (RFC 5005) ---------------------------------------------------------------

    def archive_series(self, feed: str) -> str | None:
        """The series the feed's archive places belong to (None: no archive yet)."""
        row = self._db.execute(
            "SELECT series FROM archive_series WHERE feed = ?", (feed,)
        ).fetchone()
        return None if row is None else str(row[0])

    def start_archive_series(self, feed: str, series: str) -> None:
        """Forget the feed's archive places and begin `series` (a topic whose query or page
        size changed: its old pages no longer say what the topic holds)."""
        with self.transaction():
            self._db.execute("DELETE FROM archive_entries WHERE feed = ?", (feed,))
            self._db.execute(
                "INSERT OR REPLACE INTO archive_series VALUES (?, ?, 0)", (feed, series)
            )

    def drop_archive(self, feed: str) -> None:
        with self.transaction():
            self._db.execute("DELETE FROM archive_entries WHERE feed = ?", (feed,))
            self._db.execute("DELETE FROM archive_series WHERE feed = ?", (feed,))

    def place_in_archive(self, feed: str) -> int:
        """Give each entry the feed shows that has no place in its archive yet the next
        places, oldest first; return how many places the archive has in all. A place, once
        given, is kept whatever happens to the entry (RFC 5005: pages do not change)."""
        with self.transaction():
            (count,) = self._db.execute(
                "SELECT count(*) FROM archive_entries WHERE feed = ?", (feed,)
            ).fetchone()
            if feed == ALL_FEED:
                shown = "SELECT thread, thread_published_at FROM entries WHERE is_shown"
                args: tuple[object, ...] = ()
            else:
                shown = (
                    "SELECT e.thread, e.thread_published_at FROM topic_entries AS t"
                    " JOIN entries AS e ON e.rowid = t.entry_rowid WHERE t.slug = ?"
                    " AND e.is_shown"
                )
                args = (feed,)
            cursor = self._db.execute(
                "INSERT INTO archive_entries (feed, seq, entry_id)"
                " SELECT ?, ? + row_number() OVER (ORDER BY s.thread_published_at, s.thread) - 1,"
                f" s.thread FROM ({shown}) AS s WHERE NOT EXISTS (SELECT 1 FROM"
                " archive_entries AS a WHERE a.feed = ? AND a.entry_id = s.thread)",
                (feed, count, *args, feed),
            )
            return int(count) + max(cursor.rowcount, 0)

    def archived_entries(self, feed: str, first: int, last: int | None = None) -> list[Entry]:
        """The entries in the archive places `first` to `last` (to the end when None) that
        are still shown, and still in the feed's topic, in place order. A place is kept
        for good, but an entry edited so that it no longer matches leaves the pages written
        from then on (the subscription feed shows the page still filling up)."""
        rows = self._archived(_ENTRY_COLUMNS, feed, first, last)
        return [self._entry_from_row(row) for row in rows]

    def archived_entry_ids(self, feed: str, first: int) -> set[str]:
        """The ids of `archived_entries(feed, first)`, without making the entries."""
        return {str(thread) for (thread,) in self._archived("entries.thread", feed, first, None)}

    def _archived(
        self, columns: str, feed: str, first: int, last: int | None
    ) -> list[tuple[object, ...]]:
        in_topic = (
            ""
            if feed == ALL_FEED
            else " JOIN topic_entries AS t ON t.entry_rowid = entries.rowid AND t.slug = a.feed"
        )
        return self._db.execute(
            f"SELECT {columns} FROM archive_entries AS a"
            " JOIN entries ON entries.thread = a.entry_id AND entries.is_shown"
            f"{in_topic} WHERE a.feed = ? AND a.seq BETWEEN ? AND ? ORDER BY a.seq",
            (feed, first, _LAST_PLACE if last is None else last),
        ).fetchall()

    def written_archive_pages(self, feed: str) -> int:
        row = self._db.execute(
            "SELECT written_pages FROM archive_series WHERE feed = ?", (feed,)
        ).fetchone()
        return 0 if row is None else int(row[0])

    def set_written_archive_pages(self, feed: str, pages: int) -> None:
        self._db.execute(
            "UPDATE archive_series SET written_pages = ? WHERE feed = ?", (pages, feed)
        )

    # -- reading for feeds ---------------------------------------------------------------

    def rendered_with(self) -> str | None:
        """The fingerprint of the settings the feeds were last rendered with."""
        row = self._db.execute("SELECT fingerprint FROM rendered_with").fetchone()
        return None if row is None else str(row[0])

    def set_rendered_with(self, fingerprint: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO rendered_with VALUES (1, ?)", (fingerprint,))

    def dirty_feeds(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT feed FROM dirty_feeds")}

    def clear_dirty(self, feeds: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM dirty_feeds WHERE feed = ?", [(f,) for f in feeds])

    def dirty_entries(self, *, after: str = "", limit: int = -1) -> list[str]:
        """Ids of changed entries (whose pages may need writing), in order, after `after`."""
        rows = self._db.execute(
            "SELECT entry_id FROM dirty_entries WHERE entry_id > ? ORDER BY entry_id LIMIT ?",
            (after, limit),
        )
        return [row[0] for row in rows]

    def clear_dirty_entries(self, entry_ids: Iterable[str]) -> None:
        self._db.executemany(
            "DELETE FROM dirty_entries WHERE entry_id = ?", [(e,) for e in entry_ids]
        )

    def entries_for_feed(self, feed: str, limit: int) -> list[Entry]:
        """The newest `limit` entries of a topic (or of "all"), newest first."""
        if feed == ALL_FEED:
            rows = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE is_shown"
                " ORDER BY published_at DESC, entry_id LIMIT ?",
                (limit,),
            ).fetchall()
        else:
            rows = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM topic_entries AS t"
                " JOIN entries ON entries.rowid = t.entry_rowid WHERE t.slug = ?"
                " AND entries.is_shown"
                " ORDER BY t.published_at DESC, entries.entry_id LIMIT ?",
                (feed, limit),
            ).fetchall()
        return [self._entry_from_row(row) for row in rows]

    def entry(self, entry_id: str) -> Entry | None:
        """The entry feeds show under `entry_id`: the newest version of the thread that
        id names. None for a hidden version's own id, or an id no longer shown."""
        row = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE thread = ? AND is_shown", (entry_id,)
        ).fetchone()
        return self._entry_from_row(row) if row else None

    def feed_info(self, feed: str) -> FeedInfo:
        if feed == ALL_FEED:
            count, newest = self._db.execute(
                "SELECT count(*), max(updated_at) FROM entries WHERE is_shown"
            ).fetchone()
        else:
            count, newest = self._db.execute(
                "SELECT count(*), max(e.updated_at) FROM topic_entries AS t"
                " JOIN entries AS e ON e.rowid = t.entry_rowid WHERE t.slug = ? AND e.is_shown",
                (feed,),
            ).fetchone()
        return FeedInfo(
            feed=feed, entry_count=count, updated_at=_from_iso(newest) if newest else None
        )

    def counts(self) -> dict[str, int]:
        """Files by outcome and the number of entries, for status output and metrics."""
        # One query each, so each is answered from an index rather than the rows.
        result = {
            name: int(self._db.execute(query).fetchone()[0])
            for name, query in (
                ("entries", "SELECT count(*) FROM entries"),
                ("shown_entries", "SELECT count(*) FROM entries WHERE is_shown"),
                ("stories", "SELECT count(DISTINCT story) FROM entries"),
            )
        }
        for outcome, count in self._db.execute(
            "SELECT outcome, count(*) FROM files GROUP BY outcome"
        ):
            result[f"files_{outcome}"] = count
        return result

    def rejections(self) -> dict[str, int]:
        return dict(
            self._db.execute(
                "SELECT reason, count(*) FROM files WHERE outcome = 'rejected' GROUP BY reason"
            ).fetchall()
        )

    def learned_boilerplate(self) -> frozenset[str]:
        """Lines that many stories of one source show: banners, appeals, footers.

        Each story counts once per learning source (its thread's first version), so the
        versions of one article are one page, and a line on only one story is never
        learned, however many files repeat it.

        During a bulk load the counts are not kept: they are taken from the entries, a
        pass over every page line so far (callers ask less often then)."""
        return _learned_lines(self._db, in_bulk_load=self.in_bulk_load)

    # -- learned lines, applied to entries already stored (feedd.learning) ---------------

    def applied_learned_lines(self) -> frozenset[str]:
        """The learned set entries were last brought in line with."""
        return frozenset(row[0] for row in self._db.execute("SELECT line FROM learned_lines"))

    def set_applied_learned_lines(self, lines: Collection[str]) -> None:
        self._db.execute("DELETE FROM learning_stale")
        applied = self.applied_learned_lines()
        self._db.executemany(
            "DELETE FROM learned_lines WHERE line = ?", [(x,) for x in applied - set(lines)]
        )
        self._db.executemany(
            "INSERT INTO learned_lines VALUES (?)", [(x,) for x in set(lines) - applied]
        )

    def has_unsettled_entries(self) -> bool:
        return self._db.execute("SELECT 1 FROM unsettled_entries LIMIT 1").fetchone() is not None

    def is_learning_stale(self) -> bool:
        """Whether what is learned may have changed since the learned set was last applied:
        entries were stored (`has_unsettled_entries`) or went."""
        return self.has_unsettled_entries() or (
            self._db.execute("SELECT 1 FROM learning_stale").fetchone() is not None
        )

    def stage_relearn(self, changed: Collection[str]) -> int:
        """Queue the entries learned lines may have to be applied to again: those stored
        since the learned set was last applied, and those with one of the `changed` lines
        among their page lines or the lines they were made with. Returns how many."""
        db = self._db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS relearn (entry_rowid INTEGER PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS changed_lines (line TEXT PRIMARY KEY)")
        with self.transaction():
            db.execute("DELETE FROM temp.relearn")
            db.execute("DELETE FROM temp.changed_lines")
            db.executemany(
                "INSERT OR IGNORE INTO temp.changed_lines VALUES (?)", [(x,) for x in changed]
            )
            db.execute("INSERT INTO temp.relearn SELECT entry_rowid FROM unsettled_entries")
            if changed:
                for column in ("page_lines", "learned"):
                    db.execute(
                        f"INSERT OR IGNORE INTO temp.relearn SELECT DISTINCT e.rowid"
                        f" FROM entries AS e, json_each(e.{column}) AS j"
                        f" WHERE j.value IN (SELECT line FROM temp.changed_lines)"
                    )
        return int(db.execute("SELECT count(*) FROM temp.relearn").fetchone()[0])

    def staged_relearn(self, after: int, limit: int) -> list[LearningRow]:
        """The next `limit` queued entries after rowid `after`, in rowid order."""
        rows = self._db.execute(
            "SELECT e.rowid, (SELECT min(path) FROM files AS f WHERE f.entry_id = e.entry_id),"
            " title, source, author, link, language, summary, body, content_html, tags,"
            " page_lines, read_body, learned FROM temp.relearn AS r"
            " JOIN entries AS e ON e.rowid = r.entry_rowid WHERE r.entry_rowid > ?"
            " ORDER BY r.entry_rowid LIMIT ?",
            (after, limit),
        ).fetchall()
        found = []
        for (
            rowid,
            path,
            title,
            source,
            author,
            link,
            language,
            summary,
            body,
            html,
            tags,
            page_lines,
            read_body,
            learned,
        ) in rows:
            shown = Article(
                title=title,
                source=source,
                author=author,
                published_at=None,
                summary=summary,
                content_text=body,
                content_html=html or _body_html(body),
                link=link,
                language=language,
                tags=tuple(json.loads(tags)),
                page_lines=tuple(json.loads(page_lines)),
            )
            read = None
            if read_body is not None:
                read = (
                    shown
                    if not read_body
                    else replace(shown, content_text=read_body, content_html=_body_html(read_body))
                )
            found.append(
                LearningRow(
                    rowid=rowid,
                    path=path,
                    shown=shown,
                    read=read,
                    learned=frozenset(json.loads(learned)),
                )
            )
        return found

    def settle_entries(self, rowids: Iterable[int]) -> None:
        """These entries are in line with the learned set being applied."""
        self._db.executemany(
            "DELETE FROM unsettled_entries WHERE entry_rowid = ?", [(r,) for r in rowids]
        )

    def note_learned(self, rowid: int, learned: Collection[str]) -> None:
        """The entry shows what it showed, made with other learned lines."""
        self._db.execute(
            "UPDATE entries SET learned = ? WHERE rowid = ?",
            (json.dumps(sorted(learned), ensure_ascii=False), rowid),
        )

    def relearn_entry(
        self,
        rowid: int,
        article: Article,
        *,
        read_body: str,
        learned: Collection[str],
        html_is_body: bool,
        signature: bytes | None,
        topics: Sequence[Topic],
    ) -> None:
        """The entry shows `article`, its body as read with other learned lines applied
        (`feedd.learning.apply_learned_lines`: only the body and its HTML change)."""
        old_signature, old_story = self._db.execute(
            "SELECT signature, story FROM entries WHERE rowid = ?", (rowid,)
        ).fetchone()
        self._note_bulk_change()
        self._mark_dirty_for_rowid(rowid)
        self._db.execute(
            "UPDATE entries SET body = ?, content_html = ?, read_body = ?, learned = ?,"
            " signature = ? WHERE rowid = ?",
            (
                article.content_text,
                "" if html_is_body else article.content_html,
                read_body,
                json.dumps(sorted(learned), ensure_ascii=False),
                signature,
                rowid,
            ),
        )
        self._db.execute("DELETE FROM topic_entries WHERE entry_rowid = ?", (rowid,))
        self._match_topics(rowid, topics)
        self._place(rowid, signature, old_signature=old_signature, old_story=old_story)

    def _entry_from_row(self, row: sqlite3.Row | tuple[object, ...]) -> Entry:
        (
            rowid,
            entry_id,
            title,
            source,
            author,
            link,
            language,
            summary,
            body,
            content_html,
            tags,
            published_at,
            updated_at,
            story,
            learn_source,
        ) = row
        also_reported_by = tuple(
            Mention(
                entry_id=str(other),
                source=_opt(other_source),
                title=str(other_title),
                link=_opt(other_link),
            )
            for other, other_source, other_title, other_link in self._db.execute(
                "SELECT thread, source, title, link FROM entries WHERE story = ? AND is_shown"
                " AND learn_source != ? ORDER BY coalesce(source, ''), thread",
                (story, learn_source),
            )
        )
        topics = tuple(
            r[0]
            for r in self._db.execute(
                "SELECT slug FROM topic_entries WHERE entry_rowid = ? ORDER BY slug", (rowid,)
            )
        )
        article = Article(
            title=str(title),
            source=_opt(source),
            author=_opt(author),
            published_at=None,
            summary=str(summary),
            content_text=str(body),
            content_html=str(content_html) or _body_html(str(body)),
            link=_opt(link),
            language=_opt(language),
            tags=tuple(json.loads(str(tags))),
        )
        return Entry(
            entry_id=str(entry_id),
            article=article,
            published_at=_from_iso(str(published_at)),
            updated_at=_from_iso(str(updated_at)),
            topics=topics,
            also_reported_by=also_reported_by,
        )


# (learning source, line, stories) of every page line; `page_lines` keeps these counts.
# Only a thread's first version counts: one page per story and source.
_PAGE_LINE_COUNTS = (
    "e.learn_source AS source, j.value AS line, count(*) AS docs"
    " FROM entries AS e, json_each(e.page_lines) AS j WHERE e.entry_id = e.thread"
)

# A shown row is read under its thread's id and first date: versions of one story keep
# the id and `published` of the first, with the newest text and `updated`.
_LAST_PLACE = 2**62  # beyond any archive place
_ENTRY_COLUMNS = (
    "entries.rowid, entries.thread, title, source, author, link, language, summary, body,"
    " content_html, tags, entries.thread_published_at, updated_at, story, learn_source"
)


def _body_html(content_text: str) -> str:
    # Imported on first use: a rebuild with nothing to do never imports the normalizer.
    from feedd.normalize.text import body_html

    return body_html(content_text)


@lru_cache(maxsize=1024)
def _band_keys(signature: bytes) -> tuple[int, ...]:
    """`band_keys` of a stored signature: a new row's are asked for when it is placed and
    again when its story is regrouped, a moment later."""
    return tuple(band_keys(Signature.from_bytes(signature)))


def _runs(rowids: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Consecutive runs in sorted rowids: [1, 2, 3, 7] -> (1, 3), (7, 7)."""
    if not rowids:
        return
    low = high = rowids[0]
    for rowid in rowids[1:]:
        if rowid != high + 1:
            yield low, high
            low = rowid
        high = rowid
    yield low, high


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _article_columns(
    article: Article, *, html_is_body: bool, read_body: str | None, learned: Sequence[str]
) -> tuple[object, ...]:
    return (
        article.title,
        article.source,
        article.author,
        article.link,
        article.language,
        article.summary,
        article.content_text,
        # Stored empty when it is just the paragraphs of `body` (plain text always is):
        # half the bytes of a row, and of what every commit writes.
        "" if html_is_body else article.content_html,
        json.dumps(list(article.tags), ensure_ascii=False),
        json.dumps(list(dict.fromkeys(article.page_lines)), ensure_ascii=False),
        read_body,
        json.dumps(sorted(learned), ensure_ascii=False),
    )


def _learned_lines(db: sqlite3.Connection, *, in_bulk_load: bool) -> frozenset[str]:
    counts = f"(SELECT {_PAGE_LINE_COUNTS} GROUP BY 1, 2)" if in_bulk_load else "page_lines"
    rows = db.execute(
        f"SELECT p.line FROM {counts} AS p JOIN (SELECT learn_source AS source,"
        " count(*) AS stories FROM entries WHERE entry_id = thread GROUP BY 1) AS s"
        " ON s.source = p.source WHERE p.docs >= ? AND p.docs >= ? * s.stories",
        (BOILERPLATE_MIN_STORIES, BOILERPLATE_MIN_SHARE),
    )
    return frozenset(row[0] for row in rows)


def _acquire_lock(db_path: Path) -> int:
    """Hold an exclusive lock beside the database for this process's lifetime."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as err:
        holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
        os.close(fd)
        raise StoreLockedError(
            f"{db_path}: another feedd process (pid {holder}) is using this state database;"
            " stop it first, or give this one its own --state FILE"
        ) from err
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def topics_matching(article: Article, topics: Sequence[Topic]) -> list[str]:
    """Slugs of the topics one article matches, using the same FTS5 index as the store."""
    with DocumentIndex(article) as index:
        return [t.slug for t in topics if index.matches(t.match_expression)]


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundEntry:
    """An entry a query matched, as feeds show it, with its matching fields marked."""

    entry_id: str  # the id feeds show (the first version's)
    title: str
    source: str | None
    published_at: datetime
    marked: dict[str, str]  # field -> its text, matched tokens between _MARK_START/_MARK_END


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchResult:
    matched: int  # entries the expression matches, every stored version counted
    shown: int  # of them, the entries feeds show (a topic with this query would hold them)
    newest: tuple[FoundEntry, ...]  # the newest shown ones, newest first
    is_index_complete: bool  # False while a bulk load has not indexed everything yet


class StoreReader:
    """The state database opened read-only, for `feedd explain` and `feedd query`: takes
    no lock and writes nothing (not even a migration), so it works beside a running daemon
    or rebuild — WAL lets readers in while the writer works."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise StoreError(
                f"{path}: no state database here; `feedd rebuild` or `feedd run` makes it"
                " (or name another with --state FILE or state_file in the config)"
            )
        try:
            self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            self._db.execute("PRAGMA busy_timeout=10000")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as err:
            raise StoreError(f"{path}: cannot read the state database: {err}") from err
        if version != len(_MIGRATIONS):
            self._db.close()
            raise StoreError(
                f"{path}: schema version {version}, this feedd reads {len(_MIGRATIONS)};"
                " run `feedd rebuild` with this version first"
            )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def learned_boilerplate(self) -> frozenset[str]:
        """The lines learned as boilerplate now (see Store.learned_boilerplate)."""
        with self._reading():
            return _learned_lines(self._db, in_bulk_load=self._in_bulk_load())

    def feeds_of_file(self, path: str) -> tuple[str, list[str]] | None:
        """The entry id a file of the watched folder is stored as, and the topics that entry
        is in; None when the store has no entry for it."""
        with self._reading():
            row = self._db.execute("SELECT entry_id FROM files WHERE path = ?", (path,)).fetchone()
            if row is None or row[0] is None:
                return None
            slugs = self._db.execute(
                "SELECT t.slug FROM topic_entries AS t JOIN entries AS e"
                " ON e.rowid = t.entry_rowid WHERE e.entry_id = ? ORDER BY t.slug",
                (row[0],),
            ).fetchall()
            return str(row[0]), [str(slug) for (slug,) in slugs]

    def search(self, expression: str, *, limit: int) -> SearchResult:
        """Run an FTS5 MATCH expression (feedd.topics) over every stored entry, as topic
        membership is decided: the count, and the newest `limit` entries feeds show."""
        join = "FROM entries_fts JOIN entries AS e ON e.rowid = entries_fts.rowid"
        with self._reading():
            matched, shown = self._db.execute(
                f"SELECT count(*), coalesce(sum(e.is_shown), 0) {join} WHERE entries_fts MATCH ?",
                (expression,),
            ).fetchone()
            rowids = [
                rowid
                for (rowid,) in self._db.execute(
                    f"SELECT e.rowid {join} WHERE entries_fts MATCH ? AND e.is_shown"
                    " ORDER BY e.thread_published_at DESC, e.thread LIMIT ?",
                    (expression, limit),
                )
            ]
            # Highlighting re-reads a body: only for the few entries shown, not every match.
            marks = ", ".join("?" * len(rowids))
            rows = self._db.execute(
                "SELECT e.rowid, e.thread, e.title, e.source, e.thread_published_at,"
                " highlight(entries_fts, 0, ?, ?), highlight(entries_fts, 1, ?, ?),"
                f" highlight(entries_fts, 2, ?, ?) {join}"
                f" WHERE entries_fts MATCH ? AND e.rowid IN ({marks})",
                (*(_MARK_START, _MARK_END) * 3, expression, *rowids),
            ).fetchall()
            in_bulk_load = self._in_bulk_load()
        by_rowid = {row[0]: row for row in rows}
        newest = []
        for rowid in rowids:
            _, thread, title, source, published, *texts = by_rowid[rowid]
            newest.append(
                FoundEntry(
                    entry_id=str(thread),
                    title=str(title),
                    source=_opt(source),
                    published_at=_from_iso(published),
                    marked={
                        f: t for f, t in zip(_FIELD_NUMBERS, texts, strict=True) if _MARK_START in t
                    },
                )
            )
        return SearchResult(
            matched=int(matched),
            shown=int(shown),
            newest=tuple(newest),
            is_index_complete=not in_bulk_load,
        )

    def _in_bulk_load(self) -> bool:
        return bool(self._db.execute("SELECT active FROM bulk_load").fetchone()[0])

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """One read transaction (a consistent snapshot); database errors as StoreError."""
        try:
            self._db.execute("BEGIN")
            try:
                yield
            finally:
                self._db.execute("COMMIT")
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot read the state database: {err}") from err


# Marks around matched tokens in highlighted text (feedd.explain cuts snippets from it).
_MARK_START, _MARK_END = "\x02", "\x03"
_FIELD_NUMBERS = {"title": 0, "body": 1, "source": 2}


class DocumentIndex:
    """One article in an in-memory FTS5 table made like the store's (same columns, same
    tokenizer): the matcher topic feeds use, asked about a whole query or a part of one
    (feedd.explain's TermIndex)."""

    def __init__(self, article: Article) -> None:
        self._db = sqlite3.connect(":memory:")
        self._db.execute(
            "CREATE VIRTUAL TABLE doc USING fts5(title, body, source,"
            " tokenize='porter unicode61 remove_diacritics 2')"
        )
        self._db.execute(
            "INSERT INTO doc(rowid, title, body, source) VALUES (1, ?, ?, ?)",
            (article.title, article.content_text, article.source or ""),
        )

    def matches(self, expression: str) -> bool:
        row = self._db.execute("SELECT 1 FROM doc WHERE doc MATCH ?", (expression,)).fetchone()
        return row is not None

    def hits(self, expression: str, fields: Sequence[str]) -> dict[str, str]:
        found = {}
        for field in fields:
            row = self._db.execute(
                f"SELECT highlight(doc, {_FIELD_NUMBERS[field]}, ?, ?) FROM doc WHERE doc MATCH ?",
                (_MARK_START, _MARK_END, f"{field} : ({expression})"),
            ).fetchone()
            if row is not None:
                found[field] = str(row[0])
        return found

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DocumentIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
