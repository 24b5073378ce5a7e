"""Shared fixtures: a throwaway workspace (watched folder, state, output, config file)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from feedd.config import Config, load_config
from feedd.pipeline import IngestReport, Pipeline, RenderReport
from feedd.publisher import Publisher
from feedd.store import Store

# The default run is deterministic, so CI cannot fail on an input no earlier run tried;
# `HYPOTHESIS_PROFILE=explore` searches fresh random inputs (run it when changing a parser).
settings.register_profile("deterministic", derandomize=True)
settings.register_profile("explore", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_22b9bfce976d9044.txt"
SHIPPED_CONFIG = ROOT / "config" / "feedd.toml"
# A fixed mtime for the sample, so golden files do not depend on the checkout time.
SAMPLE_MTIME = datetime(2025, 1, 30, 12, 0, tzinfo=UTC)


_STORY_WORDS = (
    "council harbour bridge ministers budget railway farmers winter museum election court"
    " teachers hospital river market festival airport factory students river library mayor"
    " drought tunnel orchestra ferry union pension vaccine wildfire satellite glacier"
).split()


def distinct_story(text: str, number: int) -> str:
    """The sample page (or `text` like it) made another story: four paragraphs of its own,
    more text than it shares. Near-copies of one article are versions of one story, which
    feeds show as one entry (feedd.stories)."""
    return text.replace("Lavrov said", "\n\n".join([*story_paragraphs(number), "Lavrov said"]), 1)


def story_paragraphs(number: int, count: int = 4) -> list[str]:
    """`count` paragraphs of five sentences that only story `number` tells."""
    rng = random.Random(number)
    return [
        " ".join(
            " ".join(rng.choice(_STORY_WORDS) for _ in range(14)).capitalize() + "."
            for _ in range(5)
        )
        for _ in range(count)
    ]


def shipped_topics_toml() -> str:
    """The [[topics]] of the shipped config, so tests follow the real query."""
    topics = tomllib.loads(SHIPPED_CONFIG.read_text(encoding="utf-8"))["topics"]
    parts = []
    for topic in topics:
        lines = ["[[topics]]"] + [
            f"{key} = {_toml_string(value)}"
            for key, value in topic.items()
            if not isinstance(value, dict)
        ]
        for key, table in topic.items():
            if isinstance(table, dict):  # e.g. [topics.aliases]
                lines.append(f"[topics.{key}]")
                for name, value in table.items():
                    lines.append(f"{json.dumps(name)} = {json.dumps(value, ensure_ascii=False)}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _toml_string(value: str) -> str:
    return "'''" + value + "'''" if "\n" in value else repr(value).replace("'", '"')


@dataclass
class Workspace:
    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def output(self) -> Path:
        return self.root / "var" / "feeds"

    @property
    def state(self) -> Path:
        return self.root / "var" / "state.sqlite3"

    @property
    def config_path(self) -> Path:
        return self.root / "feedd.toml"

    def write_config(self, extra: str = "", topics: str | None = None) -> None:
        self.config_path.write_text(
            'watch_dir = "seeds"\nstate_file = "var/state.sqlite3"\n'
            'output_dir = "var/feeds"\nbase_url = "http://feeds.example/"\n'
            f"{extra}\n\n{shipped_topics_toml() if topics is None else topics}\n",
            encoding="utf-8",
        )

    def config(self) -> Config:
        return load_config(self.config_path)

    def add(self, name: str, data: bytes | str, mtime: datetime | None = None) -> Path:
        path = self.seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        if mtime is not None:
            stamp = mtime.timestamp()
            os.utime(path, (stamp, stamp))
        return path

    def add_sample(self, name: str = SAMPLE.name) -> Path:
        return self.add(name, SAMPLE.read_bytes(), SAMPLE_MTIME)

    def rebuild(self) -> tuple[IngestReport, RenderReport]:
        """The same use cases `feedd rebuild` runs, in process."""
        config = self.config()
        with Store(config.state_file) as store:
            pipeline = Pipeline(config, store, Publisher(config.output_dir))
            return pipeline.rebuild()

    def rebuild_paths(self, paths: list[str]) -> None:
        """Ingest just these files (as the daemon does when they appear), no feeds."""
        config = self.config()
        with Store(config.state_file) as store:
            pipeline = Pipeline(config, store, Publisher(config.output_dir))
            pipeline.apply_topics()
            pipeline.ingest_paths(paths)

    def feed(self, name: str) -> bytes:
        return (self.output / name).read_bytes()

    def cli(self, *args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "feedd", *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "FEEDD_CONFIG": str(self.config_path)},
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    space = Workspace(tmp_path)
    space.seeds.mkdir()
    space.write_config()
    yield space
