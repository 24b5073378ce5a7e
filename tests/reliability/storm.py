"""A writer storm and a kill loop, shared by the crash tests and `bench/soak.py`.

`WriterStorm` writes, rewrites, renames and deletes marked documents in a folder from a
thread, in every producer style, until stopped. `kill_at` runs one round of the kill
loop: start `feedd run`, kill it with SIGKILL at a chosen kind of moment.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from daemon_helpers import DaemonProcess

from .checker import make_document, new_marker
from .producers import KEEPING, create_then_delete

# Kinds of moment for a kill: while a batch is being stored, right after a feed file was
# written (the next one is being written), during start-up, or any time.
KILL_MOMENTS = ("ingest", "publish", "startup", "random")


@dataclass
class StormStats:
    written: int = 0  # documents (and new versions) put in the folder
    by_style: Counter[str] = field(default_factory=Counter)
    deleted: int = 0
    renamed: int = 0
    fleeting: int = 0  # created then deleted


class WriterStorm:
    """Writes into `seeds` from a thread until `stop()`: new documents, new versions,
    renames inside the folder, deletions, and files that come and go.

    `folders` fixed subfolders are made first (watched before any slow copy into them: a
    writer pausing in a folder made a moment ago is only safe within settle_s); the
    `fresh_folders` and `folder_in` styles make new ones. At most `max_live` documents
    are kept; past that, deletions win.
    """

    def __init__(
        self,
        seeds: Path,
        scratch: Path,
        *,
        seed: int,
        max_live: int = 300,
        pause_s: float = 0.01,
        folders: int = 8,
        styles: tuple[str, ...] = tuple(sorted(KEEPING)),
    ) -> None:
        self.seeds = seeds
        self.scratch = scratch
        self.rng = random.Random(seed)
        self.max_live = max_live
        self.pause_s = pause_s
        self.styles = styles
        self.stats = StormStats()
        self.errors: list[str] = []
        self._folders = [f"f{n}" for n in range(folders)]
        for folder in self._folders:
            (seeds / folder).mkdir(parents=True, exist_ok=True)
        self._live: list[str] = []
        self._serial = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="writer-storm", daemon=True)

    def start(self) -> WriterStorm:
        self._thread.start()
        return self

    def stop(self) -> StormStats:
        self._stop.set()
        self._thread.join(60)
        return self.stats

    def _new_name(self, style: str) -> str:
        self._serial += 1
        if style == "fresh_folders":
            return f"fresh/{self._serial}/a/b/doc-{self._serial}.txt"
        if style == "folder_in":
            return f"moved-in-{self._serial}/doc-{self._serial}.txt"
        return f"{self.rng.choice(self._folders)}/doc-{self._serial}.txt"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._step()
            except OSError as err:  # a race with our own rename or delete: note, go on
                self.errors.append(f"{type(err).__name__}: {err}")
            if self.pause_s:
                time.sleep(self.rng.uniform(0, 2 * self.pause_s))

    def _step(self) -> None:
        rng, stats = self.rng, self.stats
        roll = rng.random()
        if self._live and (roll < 0.12 or len(self._live) >= self.max_live):
            victim = self._live.pop(rng.randrange(len(self._live)))
            (self.seeds / victim).unlink(missing_ok=True)
            stats.deleted += 1
        elif self._live and roll < 0.20:
            old = self._live.pop(rng.randrange(len(self._live)))
            new = f"{rng.choice(self._folders)}/renamed-{self._serial}-{Path(old).name}"
            self._serial += 1
            os.rename(self.seeds / old, self.seeds / new)
            self._live.append(new)
            stats.renamed += 1
        elif roll < 0.25:
            name = f"{rng.choice(self._folders)}/fleeting-{self._serial}.txt"
            self._serial += 1
            create_then_delete(self.seeds, self.scratch, name, make_document(new_marker(rng)), rng)
            stats.fleeting += 1
        elif self._live and roll < 0.45:
            style = rng.choice([s for s in self.styles if s not in ("fresh_folders", "folder_in")])
            target = rng.choice(self._live)
            self._produce(style, target)
        else:
            style = rng.choice(self.styles)
            name = self._new_name(style)
            self._produce(style, name)
            self._live.append(name)

    def _produce(self, style: str, name: str) -> None:
        text = make_document(new_marker(self.rng), is_on_topic=self.rng.random() < 0.2)
        KEEPING[style](self.seeds, self.scratch, name, text, self.rng)
        self.stats.written += 1
        self.stats.by_style[style] += 1


def kill_at(
    daemon: DaemonProcess,
    moment: str,
    rng: random.Random,
    *,
    uptime_s: float = 0.0,
    timeout_s: float = 5.0,
) -> str:
    """Start `daemon` (not started yet), let it run `uptime_s` (not for "startup"), SIGKILL
    it at a moment of the kind asked, reap it; return the kind of moment hit ("random"
    when nothing of the kind came in time)."""
    hit = moment
    try:
        daemon.start(wait_ready=moment != "startup", timeout_s=60)
        if moment == "startup":
            time.sleep(rng.uniform(0.2, 1.2))
        elif moment == "random":
            time.sleep(uptime_s + rng.uniform(0.0, 1.5))
        else:
            time.sleep(uptime_s)
            event = "file_ingested" if moment == "ingest" else "feed_written"
            try:
                daemon.wait_for_log(event, after=len(daemon.lines), timeout_s=timeout_s)
            except AssertionError:
                hit = "random"  # nothing of that kind happened in time
            time.sleep(rng.uniform(0.0, 0.01))
    finally:
        if daemon.returncode is None:
            os.kill(daemon.pid, signal.SIGKILL)
        daemon.wait(timeout_s=30)
        daemon.stop()
    return hit
