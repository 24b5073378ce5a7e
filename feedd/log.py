"""Logging set-up: structlog for feedd, stdlib logging (APScheduler, watchdog, uvicorn)
routed through the same renderer. Called once, from the CLI.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog


def setup(log_format: str = "auto", level: str = "info") -> None:
    """`log_format`: "console" (readable), "json" (one object per line) or "auto"
    (console on a terminal, JSON otherwise). Logs go to stderr."""
    if log_format == "auto":
        log_format = "console" if sys.stderr.isatty() else "json"
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Any
    if log_format == "json":
        renderer = structlog.processors.JSONRenderer()
        shared.append(structlog.processors.format_exc_info)
    else:
        renderer = structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    structlog.configure(
        # Lines below the level are dropped first, before any processor runs: the daemon
        # logs a line per HTTP request, and at `--log-level warning` that must cost nothing.
        processors=[
            structlog.stdlib.filter_by_level,
            *shared,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Third-party chatter below warnings is noise in feedd's log.
    for noisy in (
        "apscheduler",
        "watchdog",
        "uvicorn.access",
        "asyncio",
        "trafilatura",
        "htmldate",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)
