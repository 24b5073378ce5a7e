"""Small fakes for unit tests: a clock that moves only when told, files that exist only
as (size, mtime) signatures."""

from __future__ import annotations


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeFiles:
    """What `stat` says about each path: (size, mtime_ns), or None when absent."""

    def __init__(self) -> None:
        self.signatures: dict[str, tuple[int, int]] = {}
        self.stat_calls = 0

    def write(self, path: str, size: int) -> None:
        _, mtime_ns = self.signatures.get(path, (0, 0))
        self.signatures[path] = (size, mtime_ns + 1)

    def delete(self, path: str) -> None:
        self.signatures.pop(path, None)

    def stat(self, path: str) -> tuple[int, int] | None:
        self.stat_calls += 1
        return self.signatures.get(path)
