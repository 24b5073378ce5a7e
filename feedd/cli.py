"""Command line: `feedd rebuild`, `feedd normalize`, `feedd run`. Wires objects together.

Only the CLI and the daemon build objects. Exit status: 0 success, 1 a rejected document
(normalize), 2 a bad config or usage, 3 unusable state or output, 141 stdout closed early
(`feedd normalize FILE | head -1`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from feedd import __version__
from feedd import log as feedd_log
from feedd.config import (
    ENV_VAR,
    SEARCH_PATHS,
    Config,
    Overrides,
    find_config_file,
    load_config,
)
from feedd.errors import ConfigError, FeeddError
from feedd.model import Rejected

if TYPE_CHECKING:
    from feedd.pipeline import IngestReport

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_CONFIG = 2
EXIT_STATE = 3
EXIT_STDOUT_CLOSED = 128 + 13  # as a shell reports a command SIGPIPE ended (13 on Linux, BSD)

log = structlog.get_logger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="feedd",
        description="Follow a folder of scraped documents as topic-filtered Atom and RSS feeds.",
        epilog="Config is read from --config, else $FEEDD_CONFIG, else ./config/feedd.toml, "
        "else /etc/feedd/feedd.toml, else the built-in defaults (no topics). See README.md "
        "for the config keys and the query language.",
    )
    parser.add_argument("--version", action="version", version=f"feedd {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, metavar="PATH", help="config file (TOML)")
    common.add_argument("--watch", type=Path, metavar="DIR", help="folder of documents to follow")
    common.add_argument("--state", type=Path, metavar="FILE", help="SQLite state database")
    common.add_argument("--output", type=Path, metavar="DIR", help="folder feeds are written to")
    common.add_argument("--base-url", metavar="URL", help="URL the feeds are served under")
    common.add_argument(
        "--log-format",
        choices=("auto", "console", "json"),
        default="auto",
        help="log lines readable on a terminal or as JSON (default: auto, by terminal)",
    )
    common.add_argument("--log-level", default="info", choices=("debug", "info", "warning"))

    rebuild = commands.add_parser(
        "rebuild",
        parents=[common],
        help="scan the folder once, update the store and write every feed",
        description="Scan the watched folder, ingest new and changed files, drop entries of "
        "deleted files and write every feed. Safe to run from cron: a run with nothing "
        "changed rewrites nothing.",
    )
    rebuild.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    rebuild.set_defaults(handler=_cmd_rebuild)

    normalize = commands.add_parser(
        "normalize",
        parents=[common],
        help="print what feedd makes of one file, without touching the store",
        description="Normalize one file and print the entry it becomes. Exit 1 if rejected.",
    )
    normalize.add_argument("file", type=Path, help="the document to normalize")
    normalize.add_argument("--json", action="store_true", help="print one JSON object")
    normalize.set_defaults(handler=_cmd_normalize)

    run = commands.add_parser(
        "run",
        parents=[common],
        help="run the daemon: watch the folder, regenerate feeds, serve them over HTTP",
        description="Reconcile the folder, render feeds, then watch for changes and serve "
        "the feeds over HTTP until SIGTERM or SIGINT. SIGHUP reloads the config.",
    )
    run.add_argument("--bind", metavar="ADDR", help="address to listen on (default 127.0.0.1)")
    run.add_argument("--port", type=int, metavar="N", help="port to listen on (default 8080)")
    run.set_defaults(handler=_cmd_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    feedd_log.setup(args.log_format, args.log_level)
    try:
        status = int(args.handler(args))
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return status
    except BrokenPipeError:
        # The reader stopped early (`| head`): say nothing more, like a Unix tool would.
        # Python would flush stdout again at exit and fail once more: point it at devnull.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_STDOUT_CLOSED
    except ConfigError as err:
        print(f"feedd: {err}", file=sys.stderr)
        return EXIT_CONFIG
    except FeeddError as err:
        print(f"feedd: {err}", file=sys.stderr)
        return EXIT_STATE
    except KeyboardInterrupt:
        return 130


def load_config_from_args(args: argparse.Namespace, *, needs_watch_dir: bool = True) -> Config:
    overrides = Overrides(
        watch_dir=args.watch,
        state_file=args.state,
        output_dir=args.output,
        base_url=args.base_url,
        bind=getattr(args, "bind", None),
        port=getattr(args, "port", None),
    )
    if overrides.port is not None and not 0 < overrides.port < 65536:
        raise ConfigError(f"--port: {overrides.port} is not a port number (1-65535)")
    path = find_config_file(args.config)
    if path is None:
        searched = ", ".join(str(p) for p in SEARCH_PATHS)
        log.warning(
            "no_config_file",
            using="the built-in defaults (no topics): see README.md, Configuration",
            searched=f"--config, ${ENV_VAR}, {searched}",
        )
    config = load_config(path, overrides)
    if needs_watch_dir and not config.watch_dir.is_dir():
        where = config.path or "built-in defaults"
        hint = "" if config.path else " (pass --watch DIR)"
        raise ConfigError(f"{where}: watch_dir: {config.watch_dir} is not a folder{hint}")
    return config


def _cmd_rebuild(args: argparse.Namespace) -> int:
    from feedd.pipeline import Pipeline
    from feedd.publisher import Publisher
    from feedd.store import Store

    config = load_config_from_args(args)
    started = time.perf_counter()
    show_bar = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    with Store(config.state_file) as store:
        pipeline = Pipeline(
            config, store, Publisher(config.output_dir), workers=os.cpu_count() or 1
        )
        pipeline.logs_each_file = args.log_level == "debug"
        if show_bar:
            from tqdm import tqdm

            with tqdm(total=0, unit="file", desc="ingest", file=sys.stderr, leave=False) as bar:

                def on_total(total: int) -> None:
                    bar.total = total
                    bar.refresh()

                report, render = pipeline.rebuild(progress=bar.update, on_total=on_total)
        else:
            report, render = pipeline.rebuild()
        counts = store.counts()
    seconds = time.perf_counter() - started
    print(rebuild_summary(report, counts, len(render.feeds_written), seconds))
    if report.accounted != report.seen:
        # Every file seen is counted once; a gap is a bug, and the summary must not hide it.
        log.error("summary_does_not_add_up", seen=report.seen, accounted=report.accounted)
    log.info(
        "rebuild_finished",
        **report.as_fields(),
        entries=counts["entries"],
        shown_entries=counts["shown_entries"],
        stories=counts["stories"],
        feeds_written=render.feeds_written,
        seconds=round(seconds, 3),
    )
    return EXIT_OK


def rebuild_summary(
    report: IngestReport, counts: dict[str, int], feeds_written: int, seconds: float
) -> str:
    """The one line `feedd rebuild` prints. The files seen are split into categories that
    add up to them; removed and skipped paths are not among them (gone, not documents)."""
    rejected = ", ".join(f"{reason} {n}" for reason, n in sorted(report.rejected.items()))
    skipped = ", ".join(f"{reason} {n}" for reason, n in sorted(report.skipped.items()))
    return (
        f"{report.seen} files seen: {report.ingested} ingested, {report.duplicates} duplicate,"
        f" {report.unchanged} unchanged,"
        f" {sum(report.rejected.values())} rejected{f' ({rejected})' if rejected else ''},"
        f" {report.held_back} still being written (read next run);"
        f" {report.removed} removed;"
        f" {sum(report.skipped.values())} skipped{f' ({skipped})' if skipped else ''};"
        f" {report.normalized} normalized, {report.relearned} changed by learned boilerplate;"
        f" {counts['entries']} entries in {counts['stories']} stories,"
        f" {counts['shown_entries']} shown in feeds;"
        f" {feeds_written} feeds written; {seconds:.2f} s"
    )


def _cmd_normalize(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from feedd.model import Document
    from feedd.normalize import normalize_document
    from feedd.store import entry_id_for, topics_matching

    # The watched folder only names the file relative to it: normalize works without one.
    config = load_config_from_args(args, needs_watch_dir=False)
    path: Path = args.file
    try:
        data = path.read_bytes()
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as err:
        print(f"feedd: {path}: cannot read: {err.strerror or err}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        relative = path.resolve().relative_to(config.watch_dir.resolve()).as_posix()
    except ValueError:
        relative = path.name
    result = normalize_document(
        Document(relative_path=relative, data=data, modified_at=mtime),
        default_tz=config.tz,
        max_bytes=config.max_file_bytes,
    )
    if isinstance(result, Rejected):
        if args.json:
            print(json.dumps({"rejected": result.reason, "detail": result.detail}))
        else:
            print(f"{path}: rejected: {result.reason}: {result.detail}", file=sys.stderr)
        return EXIT_REJECTED
    published = result.published_at or mtime
    record = {
        "id": entry_id_for(relative),
        "title": result.title,
        "source": result.source,
        "author": result.author,
        "published": published.isoformat(),
        "updated": max(mtime, published).isoformat(),
        "summary": result.summary,
        "content_text": result.content_text,
        "content_html": result.content_html,
        "link": result.link,
        "language": result.language,
        "tags": list(result.tags),
        "topics": topics_matching(result, config.topics),
    }
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        for key in ("id", "title", "source", "author", "published", "link", "language", "topics"):
            print(f"{key + ':':<10} {record[key]}")
        print(f"\n{result.content_text}")
    return EXIT_OK


def _cmd_run(args: argparse.Namespace) -> int:
    from feedd.daemon import run_daemon

    config = load_config_from_args(args)
    # SIGHUP re-reads the same file with the same command-line overrides.
    overrides = Overrides(
        watch_dir=args.watch,
        state_file=args.state,
        output_dir=args.output,
        base_url=args.base_url,
        bind=args.bind,
        port=args.port,
    )
    # None: the built-in defaults, and SIGHUP re-reads them (against the same folder).
    config_path = config.path.resolve() if config.path is not None else None
    return run_daemon(config, config_path=config_path, overrides=overrides)
