"""Reads documents from the watched folder: scanning, filtering, safe reading.

Owns file-system access to the watched folder. Symlinks are never followed out of the
folder, FIFOs, sockets and devices are never opened (opening a FIFO blocks forever), and
editor or partial files are skipped. Must not import the store, publisher or drivers.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from feedd.errors import SourceError
from feedd.model import Document

# Editors' swap and backup files and downloads in progress: never documents.
IGNORED_SUFFIXES = (".swp", ".swo", ".swx", "~", ".part", ".tmp", ".crdownload", ".partial")
IGNORED_PREFIXES = (".", "#")
MAX_DEPTH = 64
# Errors about this process, not about the file: a file or folder that fails with one of
# these is not unreadable, and must not be rejected or dropped (SourceError instead).
TRANSIENT_ERRNOS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOMEM, errno.ENOBUFS})

# Why a path in the folder is not read as a document (`Skipped.reason`).
IGNORED_NAME = "ignored_name"  # hidden, editor swap or backup, partial download
NOT_A_FILE = "not_a_file"  # FIFO, socket or device: never opened
OUTSIDE_FOLDER = "outside_folder"  # a symlink that leads out of the folder
BROKEN_LINK = "broken_link"  # a dangling symlink or a symlink loop
SYMLINK_LOOP = "symlink_loop"  # a folder reached again through a symlink
TOO_DEEP = "too_deep"  # deeper than MAX_DEPTH folders
UNREADABLE_FOLDER = "unreadable_folder"


@dataclass(frozen=True, slots=True, kw_only=True)
class FileStat:
    relative_path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """A path in the folder that is not read as a document, and why."""

    relative_path: str
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FileRead:
    stat: FileStat
    data: bytes
    content_hash: str

    def document(self) -> Document:
        return Document(
            relative_path=self.stat.relative_path,
            data=self.data,
            modified_at=datetime.fromtimestamp(self.stat.mtime_ns / 1e9, UTC),
        )


# The reason of an UnreadableFile that kept changing while it was read: not a fault of the
# file, only of the moment; it is left for the next look (a writer is still at it).
CHANGING = "changing"
# Reads of a file that changes meanwhile before it is left for the next look.
READ_ATTEMPTS = 3


class UnreadableFile(Exception):
    """The file vanished, is not a regular file, or cannot be read; `reason` says which."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def is_ignored_name(name: str) -> bool:
    return name.startswith(IGNORED_PREFIXES) or name.endswith(IGNORED_SUFFIXES)


def is_ignored_path(relative_path: str) -> bool:
    return any(is_ignored_name(part) for part in relative_path.split("/"))


def has_utf8_name(relative_path: str) -> bool:
    """False when the path is not valid UTF-8: os.fsdecode keeps such bytes as lone
    surrogates, which SQLite, JSON logs and URLs cannot carry."""
    try:
        relative_path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable_path(relative_path: str) -> str:
    """The path for a log line: bytes that are not UTF-8 shown as \\xNN escapes."""
    return os.fsencode(relative_path).decode("utf-8", "backslashreplace")


def scan_folder(root: Path, on_skip: Callable[[Skipped], None] | None = None) -> Iterator[FileStat]:
    """Every candidate document under `root`, recursively, with its size and mtime.

    os.scandir gives the file type without an extra stat; symlinks are resolved only
    when they stay inside `root`. Whatever is passed over, and why, goes to `on_skip`.
    """
    skip = on_skip or (lambda _: None)
    real_root = os.path.realpath(root)
    stack: list[tuple[str, str, int]] = [(str(root), "", 0)]
    root_info = os.stat(root)
    visited: set[tuple[int, int]] = {(root_info.st_dev, root_info.st_ino)}
    while stack:
        folder, prefix, depth = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue  # vanished: its files count as absent
        except OSError as err:
            _raise_if_transient(err, folder)
            # Unreadable: its files count as absent, as they would for a reader.
            skip(
                Skipped(
                    relative_path=prefix.rstrip("/"), reason=UNREADABLE_FOLDER, detail=_why(err)
                )
            )
            continue
        entries.sort(key=lambda item: item.name)
        for item in entries:
            relative = f"{prefix}{item.name}"
            if is_ignored_name(item.name):
                skip(Skipped(relative_path=relative, reason=IGNORED_NAME))
                continue
            try:
                if item.is_symlink():
                    target = os.path.realpath(item.path)
                    if os.path.commonpath([target, real_root]) != real_root:
                        skip(Skipped(relative_path=relative, reason=OUTSIDE_FOLDER))
                        continue
                info = item.stat(follow_symlinks=True)
            except (OSError, ValueError) as err:
                if isinstance(err, FileNotFoundError) and not item.is_symlink():
                    continue  # vanished since the listing
                skip(Skipped(relative_path=relative, reason=BROKEN_LINK, detail=_why(err)))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in visited:
                    skip(Skipped(relative_path=relative, reason=SYMLINK_LOOP))
                elif depth >= MAX_DEPTH:
                    skip(Skipped(relative_path=relative, reason=TOO_DEEP))
                else:
                    visited.add(key)
                    stack.append((item.path, relative + "/", depth + 1))
            elif stat.S_ISREG(info.st_mode):
                yield FileStat(relative_path=relative, size=info.st_size, mtime_ns=info.st_mtime_ns)
            else:
                skip(Skipped(relative_path=relative, reason=NOT_A_FILE, detail=_kind(info.st_mode)))


def skip_reason(root: Path, relative_path: str) -> Skipped | None:
    """Why a path that `stat_file` refused is not a document; None when nothing is there
    (or a folder, which is walked rather than read)."""
    path = root / relative_path
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            if not _stays_inside(root, relative_path):
                return Skipped(relative_path=relative_path, reason=OUTSIDE_FOLDER)
            info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as err:
        return Skipped(relative_path=relative_path, reason=BROKEN_LINK, detail=_why(err))
    if stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode):
        return None
    return Skipped(relative_path=relative_path, reason=NOT_A_FILE, detail=_kind(info.st_mode))


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return f"{name}, never opened"
    return "not a regular file"


def _why(err: Exception) -> str:
    return (err.strerror if isinstance(err, OSError) else None) or str(err)


def stat_file(root: Path, relative_path: str) -> FileStat | None:
    """Size and mtime of a regular file inside root, or None if it is not one (any more)."""
    path = root / relative_path
    try:
        if not _stays_inside(root, relative_path):
            return None
        info = path.stat()
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return FileStat(relative_path=relative_path, size=info.st_size, mtime_ns=info.st_mtime_ns)


def read_file(root: Path, relative_path: str, max_bytes: int) -> FileRead:
    """Read a regular file safely, one version of it whole; raise UnreadableFile with a
    reason otherwise (CHANGING when every attempt saw it change while being read)."""
    path = root / relative_path
    if not _stays_inside(root, relative_path):
        raise UnreadableFile("outside_folder", "a symlink that points out of the watched folder")
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as err:
        raise UnreadableFile("vanished", str(err)) from err
    except OSError as err:
        _raise_if_transient(err, path)
        raise UnreadableFile("unreadable", str(err)) from err
    try:
        for _ in range(READ_ATTEMPTS):
            read = _read_open_file(fd, relative_path, max_bytes)
            if read is not None:
                return read
        raise UnreadableFile(CHANGING, "the file changed while it was read; a writer is at it")
    except OSError as err:
        _raise_if_transient(err, path)
        raise UnreadableFile("unreadable", str(err)) from err
    finally:
        os.close(fd)


def _read_open_file(fd: int, relative_path: str, max_bytes: int) -> FileRead | None:
    """The whole file from its start, or None if it changed meanwhile (size or mtime
    moved, or the bytes read are not its size): what was read may be half of two
    versions. Bytes past max_bytes are hashed, not kept."""
    before = os.fstat(fd)
    if not stat.S_ISREG(before.st_mode):
        raise UnreadableFile("not_a_file", "not a regular file (FIFO, socket or device)")
    os.lseek(fd, 0, os.SEEK_SET)
    chunks: list[bytes] = []
    hasher = hashlib.blake2b(digest_size=16)
    total = 0
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        total += len(chunk)
        hasher.update(chunk)
        if total <= max_bytes:
            chunks.append(chunk)
        else:
            chunks = []  # keep hashing to know the file, but hold no more of it
    after = os.fstat(fd)
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or (
        total != after.st_size
    ):
        return None
    file_stat = FileStat(relative_path=relative_path, size=total, mtime_ns=after.st_mtime_ns)
    data = b"".join(chunks) if total <= max_bytes else b""
    return FileRead(stat=file_stat, data=data, content_hash=hasher.hexdigest())


def _raise_if_transient(err: OSError, path: str | Path) -> None:
    if err.errno in TRANSIENT_ERRNOS:
        raise SourceError(f"{path}: cannot read for now: {err.strerror or err}") from err


@functools.lru_cache(maxsize=8)
def _real_root(root: Path) -> str:
    return os.path.realpath(root)


def _stays_inside(root: Path, relative_path: str) -> bool:
    real_root = _real_root(root)
    # Fast path: walk the components below the resolved root with one lstat each; only a
    # symlink among them (or a "." or ".." part) needs the full, much slower realpath.
    current = real_root
    for part in relative_path.split("/"):
        if part in ("", ".", ".."):
            break
        current = os.path.join(current, part)
        try:
            if stat.S_ISLNK(os.lstat(current).st_mode):
                break
        except OSError:
            break
    else:
        return True
    target = os.path.realpath(root / relative_path)
    return os.path.commonpath([target, real_root]) == real_root
