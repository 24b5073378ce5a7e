"""The pure core does no I/O: importing it must not load SQLite, watchers, schedulers or HTTP."""

from __future__ import annotations

import json
import subprocess
import sys

PURE_MODULES = (
    "feedd.model",
    "feedd.errors",
    "feedd.topics",
    "feedd.explain",
    "feedd.normalize",
    "feedd.feed_builder",
    "feedd.site_pages",
    "feedd.websub.rules",
)
FORBIDDEN = (
    "sqlite3",
    "_sqlite3",
    "watchdog",
    "apscheduler",
    "starlette",
    "uvicorn",
    "httpx",
    "httpcore",
)


def test_pure_core_loads_no_io_adapters() -> None:
    code = (
        "import json, sys\n"
        + "".join(f"import {name}\n" for name in PURE_MODULES)
        + "print(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(result.stdout))
    assert not loaded & set(FORBIDDEN), loaded & set(FORBIDDEN)
    assert not {m for m in loaded if m.startswith(("feedd.store", "feedd.publisher"))}
