"""Reading from the watched folder never leaves it, whichever part of a path is a link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from feedd.sources import UnreadableFile, read_file, stat_file


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "seeds"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "doc.txt").write_text("inside")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    os.symlink(outside, root / "a" / "leak")  # a folder link leading out
    os.symlink(outside / "secret.txt", root / "leak.txt")  # a file link leading out
    os.symlink(root / "a" / "b", root / "alias")  # a folder link staying inside
    return root


@pytest.mark.parametrize("path", ["a/b/doc.txt", "alias/doc.txt", "a/../a/b/doc.txt"])
def test_paths_that_stay_inside_are_read(folder: Path, path: str) -> None:
    assert read_file(folder, path, 1000).data == b"inside"
    assert stat_file(folder, path) is not None


@pytest.mark.parametrize(
    "path", ["a/leak/secret.txt", "leak.txt", "a/b/../../../outside/secret.txt"]
)
def test_paths_leading_out_are_refused(folder: Path, path: str) -> None:
    with pytest.raises(UnreadableFile) as refused:
        read_file(folder, path, 1000)
    assert refused.value.reason == "outside_folder"
    assert stat_file(folder, path) is None
