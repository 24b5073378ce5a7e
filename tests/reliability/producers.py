"""The ways real producers put documents into a folder, as functions.

Each producer writes `text` at `relative` under `seeds` the way one kind of program does;
`scratch` is a folder outside `seeds` on the same file system (for renames in). Used by
the reliability tests and by `bench/soak.py`. After a producer returns, the folder holds
the document complete, except for `create_then_delete`, after which it holds nothing.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

Producer = Callable[[Path, Path, str, str, random.Random], None]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def write_directly(
    seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random
) -> None:
    """open, write, close (cp, a scraper saving its page)."""
    _write(seeds / relative, text)


def rename_in_from_outside(
    seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random
) -> None:
    """Written elsewhere, then renamed in (mv from another folder, rsync's default)."""
    staged = scratch / f"staged-{rng.getrandbits(64):016x}"
    _write(staged, text)
    target = seeds / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    os.rename(staged, target)


def temp_name_then_rename(
    seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random
) -> None:
    """Written under a temp name inside the folder, then renamed (atomic savers)."""
    target = seeds / relative
    suffix = rng.choice([".tmp", ".part", ".crdownload", "~"])
    temp = target.with_name(target.name + suffix)
    _write(temp, text)
    os.rename(temp, target)


def copy_slowly(seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random) -> None:
    """Half, a pause, the rest (a slow network copy)."""
    target = seeds / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    half = len(text) // 2
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(text[:half])
        handle.flush()
        time.sleep(rng.uniform(0.3, 0.8))
        handle.write(text[half:])


def overwrite_in_place(
    seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random
) -> None:
    """Truncate and write the same file (echo > file, most scripts)."""
    _write(seeds / relative, text)


def save_like_vim(seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random) -> None:
    """vim: a .swp beside the file, the original renamed to name~, the new file written,
    then the backup and the swap file removed."""
    target = seeds / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    swap = target.with_name(f".{target.name}.swp")
    backup = target.with_name(target.name + "~")
    _write(swap, "b0VIM 9.0\x00" + text[:200])
    if target.exists():
        os.rename(target, backup)
    _write(target, text)
    for leftover in (backup, swap):
        leftover.unlink(missing_ok=True)


def save_like_gedit(
    seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random
) -> None:
    """gedit (GIO): written to .goutputstream-XXXXXX in the folder, renamed over the file."""
    target = seeds / relative
    temp = target.with_name(f".goutputstream-{rng.getrandbits(32):08X}")
    _write(temp, text)
    os.rename(temp, target)


def create_then_delete(
    seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random
) -> None:
    """A file that comes and goes (a download cancelled, a mistake undone)."""
    target = seeds / relative
    _write(target, text)
    time.sleep(rng.uniform(0.0, 0.3))
    target.unlink()


def move_folder_in(
    seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random
) -> None:
    """A folder with the file inside, built outside and moved in (unzip elsewhere, mv)."""
    target = seeds / relative
    if target.parent == seeds or target.parent.exists():
        rename_in_from_outside(seeds, scratch, relative, text, rng)
        return
    built = scratch / f"folder-{rng.getrandbits(64):016x}"
    _write(built / target.name, text)
    target.parent.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(built, target.parent)
    except OSError:  # the folder appeared meanwhile
        os.rename(built / target.name, target)
        shutil.rmtree(built, ignore_errors=True)


def write_in_fresh_folders(
    seeds: Path, scratch: Path, relative: str, text: str, rng: random.Random
) -> None:
    """mkdir -p a/b/c and write at once, before a watch on the new folders can exist."""
    _write(seeds / relative, text)


# Producers that leave the document in the folder, by name.
KEEPING: dict[str, Producer] = {
    "direct": write_directly,
    "rename_in": rename_in_from_outside,
    "temp_rename": temp_name_then_rename,
    "slow_copy": copy_slowly,
    "overwrite": overwrite_in_place,
    "vim": save_like_vim,
    "gedit": save_like_gedit,
    "folder_in": move_folder_in,
    "fresh_folders": write_in_fresh_folders,
}
