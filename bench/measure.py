"""`measure.py RUSAGE_JSON FEEDD_ARGS...`: feedd's CLI in this process, then its rusage.

A separate, tiny script rather than a sub-command of run.py: the rebuild's worker
processes are started with `spawn`, which imports the parent's main script in every
worker. With run.py (asyncio, urllib, ...) as the main script that costs ~14 MiB per
worker that a real `feedd rebuild` does not have.

RUSAGE_CHILDREN's ru_maxrss is the largest reaped descendant (the pool's workers are
joined before the CLI returns), not a sum.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from feedd.cli import main as feedd_main

    status = feedd_main(argv[1:])
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    usage = {
        "self_maxrss_kib": own.ru_maxrss,
        "children_maxrss_kib": children.ru_maxrss,
        "self_cpu_s": own.ru_utime + own.ru_stime,
        "children_cpu_s": children.ru_utime + children.ru_stime,
    }
    Path(argv[0]).write_text(json.dumps(usage), encoding="utf-8")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
