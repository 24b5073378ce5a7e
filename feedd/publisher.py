"""Writes feeds and pages into the output folder, atomically. The only module that does.

Every file is written as: temp file in the same folder, fsync, rename over the old one,
then fsync the folder. A reader (or the HTTP server) therefore sees the old bytes or the
new bytes, never half a file, even if the process is killed mid-write. A file whose bytes
did not change is not rewritten, so its mtime and the server's ETag stay put.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from feedd.errors import PublishError

TEMP_PREFIX = ".feedd-tmp-"
FEED_SUFFIXES = ("atom", "rss", "json")  # feedd.feed_builder.FEED_FORMATS


class Publisher:
    def __init__(self, output_dir: Path) -> None:
        self.output_dir = output_dir
        self.entries_dir = output_dir / "entries"
        self._is_swept = False

    def prepare(self) -> None:
        """Create the output folders and sweep temp files a crash may have left."""
        try:
            self.entries_dir.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise PublishError(
                f"{self.output_dir}: cannot create the output folder: {err}"
            ) from err
        archives = self.output_dir.glob("archive/*/")
        for folder in (self.output_dir, self.entries_dir, *archives):
            for leftover in folder.glob(TEMP_PREFIX + "*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def exists(self, relative_path: str) -> bool:
        return (self.output_dir / relative_path).is_file()

    def publish(self, relative_path: str, data: bytes, *, durable: bool = True) -> bool:
        """Write `data` at `relative_path` unless it is already there; True if written.

        `durable=False` skips the fsyncs: still atomic for readers and against a killed
        process; a power loss may lose it. Entry pages use it: there can be thousands,
        one fsync each costs more than the rest of the pipeline, and the pages are derived
        data that `feedd rebuild` rewrites from the store.
        """
        target = self.output_dir / relative_path
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                return False
        except OSError:
            pass
        try:
            _atomic_write(target, data, durable=durable)
        except OSError as err:
            raise PublishError(f"{target}: cannot write: {err}") from err
        return True

    def remove(self, relative_path: str) -> bool:
        try:
            (self.output_dir / relative_path).unlink()
        except FileNotFoundError:
            return False
        except OSError as err:
            raise PublishError(f"{self.output_dir / relative_path}: cannot remove: {err}") from err
        return True

    def remove_folder(self, relative_path: str) -> int:
        """Remove a folder of published files (a feed's archive) and what it holds; return
        how many files went."""
        folder = self.output_dir / relative_path
        removed = 0
        try:
            with os.scandir(folder) as listing:
                names = [item.name for item in listing]
        except FileNotFoundError:
            return 0
        except OSError as err:
            raise PublishError(f"{folder}: cannot list: {err}") from err
        for name in names:
            removed += self.remove(f"{relative_path}/{name}")
        with contextlib.suppress(OSError):
            folder.rmdir()
        return removed

    def entry_page_ids(self) -> Iterator[str]:
        """Short ids of the entry pages on disk, streamed."""
        try:
            with os.scandir(self.entries_dir) as listing:
                for item in listing:
                    if item.name.endswith(".html") and not item.name.startswith("."):
                        yield item.name[: -len(".html")]
        except FileNotFoundError:
            return

    def remove_entry_pages(self, short_ids: Iterable[str]) -> int:
        return sum(self.remove(f"entries/{short_id}.html") for short_id in short_ids)

    def feed_files(self) -> set[str]:
        """Names of the feed files on disk (`<slug>.atom`, `<slug>.rss`, `<slug>.json`)."""
        return {p.name for suffix in FEED_SUFFIXES for p in self.output_dir.glob(f"*.{suffix}")}


def _atomic_write(target: Path, data: bytes, *, durable: bool = True) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if not durable:
        return
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
