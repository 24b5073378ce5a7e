"""Command line: `feedd rebuild`, `normalize`, `explain`, `query`, `run`. Wires objects
together.

Only the CLI and the daemon build objects. Exit status: 0 success, 1 a rejected document
(normalize, explain), 2 a bad config, query or usage, 3 unusable state or output (or a taken
HTTP port), 141 stdout closed early (`feedd normalize FILE | head -1`).
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
    Topic,
    find_config_file,
    load_config,
)
from feedd.errors import ConfigError, FeeddError, QueryError
from feedd.model import Document, Rejected
from feedd.topics import Aliases, fts_expression, parse_query

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

    explain = commands.add_parser(
        "explain",
        parents=[common],
        help="show what one file becomes and why it is (not) in each topic",
        description="Normalize one file as the daemon would now (with the boilerplate the "
        "state database has learned, when there is one) and show, for each topic, whether it "
        "matches and why: which terms, phrases and NEAR clauses matched or not, in which "
        "field, with snippets. Reads the state read-only: safe while a daemon runs. "
        "Exit 0 explained, 1 the file is rejected, 2 bad config, usage or unreadable file, "
        "3 unreadable state database.",
    )
    explain.add_argument("file", type=Path, help="the document to explain")
    explain.add_argument("--topic", metavar="SLUG", help="only this topic (default: all)")
    explain.add_argument(
        "--query", metavar="EXPR", help="explain this query instead of the configured topics"
    )
    explain.add_argument("--json", action="store_true", help="print one JSON object")
    explain.set_defaults(handler=_cmd_explain)

    query = commands.add_parser(
        "query",
        parents=[common],
        help="run a topic query against the stored entries: count and newest matches",
        description="Run EXPR (the topic query language, see README.md) against every entry "
        "in the state database, as topic membership is decided, and print how many match "
        "and the newest ones with snippets: try a topic before it goes in the config. Reads "
        "the state read-only: safe while a daemon runs. Exit 0 success (matches or not), "
        "2 a bad query, config or usage, 3 no usable state database.",
    )
    query.add_argument("expression", nargs="?", metavar="EXPR", help="the query to run")
    query.add_argument(
        "--topic",
        metavar="SLUG",
        help="run this topic's query (or EXPR with this topic's aliases)",
    )
    query.add_argument(
        "--limit", type=int, default=10, metavar="N", help="newest matches to show (default 10)"
    )
    query.add_argument("--json", action="store_true", help="print one JSON object")
    query.set_defaults(handler=_cmd_query)

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


def _read_document(path: Path, watch_dir: Path) -> tuple[Document, bool] | None:
    """The file as a Document, named relative to the watched folder (by its name alone
    outside it), and whether it lies inside; None, said on stderr, when it cannot be read."""
    from datetime import UTC, datetime

    try:
        data = path.read_bytes()
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as err:
        print(f"feedd: {path}: cannot read: {err.strerror or err}", file=sys.stderr)
        return None
    try:
        relative = path.resolve().relative_to(watch_dir.resolve()).as_posix()
    except ValueError:
        return Document(relative_path=path.name, data=data, modified_at=mtime), False
    return Document(relative_path=relative, data=data, modified_at=mtime), True


def _print_rejected(path: Path, result: Rejected, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"rejected": result.reason, "detail": result.detail}))
    else:
        print(f"{path}: rejected: {result.reason}: {result.detail}", file=sys.stderr)


def _cmd_normalize(args: argparse.Namespace) -> int:

    from feedd.normalize import normalize_document
    from feedd.store import entry_id_for, topics_matching

    # The watched folder only names the file relative to it: normalize works without one.
    config = load_config_from_args(args, needs_watch_dir=False)
    path: Path = args.file
    read = _read_document(path, config.watch_dir)
    if read is None:
        return EXIT_CONFIG
    document, _ = read
    relative, mtime = document.relative_path, document.modified_at
    result = normalize_document(document, default_tz=config.tz, max_bytes=config.max_file_bytes)
    if isinstance(result, Rejected):
        _print_rejected(path, result, as_json=args.json)
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


def _chosen_topics(config: Config, slug: str | None) -> tuple[Topic, ...]:
    if slug is None:
        return config.topics
    chosen = tuple(t for t in config.topics if t.slug == slug)
    if not chosen:
        known = ", ".join(t.slug for t in config.topics) or "none configured"
        raise ConfigError(f"--topic: no topic {slug!r} (topics: {known})")
    return chosen


def _query_topic(expression: str, aliases: Aliases = (), name: str = "--query") -> Topic:
    """A topic made of a query given on the command line; a bad one is a usage error."""
    try:
        tree = parse_query(expression, aliases)
    except QueryError as err:
        raise ConfigError(f"{name}: {err}") from err
    return Topic(
        name=expression,
        slug="query",
        query=expression,
        match_expression=fts_expression(tree),
        aliases=tuple(tuple(group) for group in aliases),
    )


def _cmd_explain(args: argparse.Namespace) -> int:

    from feedd.explain import explain, explanation_record, render_explanation
    from feedd.normalize import normalize_document
    from feedd.store import DocumentIndex, StoreReader, entry_id_for

    config = load_config_from_args(args, needs_watch_dir=False)
    topics = _chosen_topics(config, args.topic)
    if args.query is not None:
        aliases = topics[0].aliases if args.topic else ()
        topics = (_query_topic(args.query, aliases),)
    path: Path = args.file
    read = _read_document(path, config.watch_dir)
    if read is None:
        return EXIT_CONFIG
    file_document, is_watched = read
    relative, mtime = file_document.relative_path, file_document.modified_at
    learned: frozenset[str] = frozenset()
    stored: tuple[str, list[str]] | None = None
    has_state = config.state_file.is_file()
    if has_state:
        with StoreReader(config.state_file) as reader:
            learned = reader.learned_boilerplate()
            stored = reader.feeds_of_file(relative) if is_watched else None
    result = normalize_document(
        file_document,
        default_tz=config.tz,
        boilerplate=learned,
        max_bytes=config.max_file_bytes,
    )
    if isinstance(result, Rejected):
        _print_rejected(path, result, as_json=args.json)
        return EXIT_REJECTED
    with DocumentIndex(result) as index:
        explained = [
            (topic, explain(parse_query(topic.query, topic.aliases), index)) for topic in topics
        ]
    published = result.published_at or mtime
    body_paragraphs = [p for p in result.content_text.split("\n\n") if p.strip()]
    document = {
        "id": entry_id_for(relative),
        "title": result.title,
        "source": result.source,
        "author": result.author,
        "published": published.isoformat(),
        "language": result.language,
        "summary": result.summary,
        "body_chars": len(result.content_text),
        "body_paragraphs": len(body_paragraphs),
        "learned_boilerplate_lines": len(learned),
    }
    store = {
        "state_file": str(config.state_file) if has_state else None,
        "entry_id": stored[0] if stored else None,
        "topics": stored[1] if stored else None,
    }
    if args.json:
        record = {
            "document": document,
            "store": store,
            "topics": [
                {
                    "slug": topic.slug,
                    "name": topic.name,
                    "query": topic.query,
                    "matched": explanation.is_match,
                    "explanation": explanation_record(explanation),
                }
                for topic, explanation in explained
            ],
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return EXIT_OK
    for key in ("title", "source", "author", "published", "language"):
        print(f"{key + ':':<10} {document[key] or '(none)'}")
    summary = result.summary if len(result.summary) <= 200 else result.summary[:199] + "…"
    print(f"{'summary:':<10} {summary or '(none)'}")
    print(
        f"{'body:':<10} {document['body_chars']} characters in"
        f" {document['body_paragraphs']} paragraphs"
    )
    if not has_state:
        print(f"{'store:':<10} no state database at {config.state_file}: no learned boilerplate")
    elif stored is None:
        print(f"{'store:':<10} not stored yet ({len(learned)} learned boilerplate lines applied)")
    else:
        in_feeds = ", ".join(stored[1]) or "no topic"
        print(f"{'store:':<10} entry {stored[0]}, in {in_feeds}")
    if not explained:
        print("\nno topics configured: try one with --query EXPR")
    for topic, explanation in explained:
        verdict = "MATCHES" if explanation.is_match else "does not match"
        label = f"topic {topic.slug} ({topic.name})" if topic.slug != "query" else "the query"
        print(f"\n{label}: {verdict}")
        for line in render_explanation(explanation, indent=1):
            print(line)
    return EXIT_OK


def _cmd_query(args: argparse.Namespace) -> int:
    from feedd.explain import snippets
    from feedd.store import StoreReader

    config = load_config_from_args(args, needs_watch_dir=False)
    if args.limit < 0:
        raise ConfigError(f"--limit: {args.limit} must be 0 or more")
    if args.expression is None and args.topic is None:
        raise ConfigError("query: give EXPR, or --topic SLUG to run a configured topic's query")
    if args.topic is not None:
        topic = _chosen_topics(config, args.topic)[0]
        if args.expression is not None:
            topic = _query_topic(args.expression, topic.aliases, name="query")
    else:
        topic = _query_topic(args.expression, name="query")
    with StoreReader(config.state_file) as reader:
        found = reader.search(topic.match_expression, limit=args.limit)
    if args.json:
        record = {
            "query": topic.query,
            "matched": found.matched,
            "shown": found.shown,
            "is_index_complete": found.is_index_complete,
            "newest": [
                {
                    "id": entry.entry_id,
                    "title": entry.title,
                    "source": entry.source,
                    "published": entry.published_at.isoformat(),
                    "snippets": {f: list(snippets(t)) for f, t in entry.marked.items()},
                }
                for entry in found.newest
            ],
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found.is_index_complete:
        print("note: a bulk load is running; entries it has not indexed yet are not counted")
    others = found.matched - found.shown
    versions = f"; {others} more are earlier versions of those" if others else ""
    entries = "entry matches" if found.shown == 1 else "entries match"
    print(f"{found.shown} {entries}{versions}.")
    if found.shown > len(found.newest) > 0:
        print(f"Newest {len(found.newest)}:")
    for entry in found.newest:
        print(f"\n{entry.published_at:%Y-%m-%d}  {entry.title}")
        print(f"            {entry.source or '(no source)'} · {entry.entry_id}")
        for field, marked in entry.marked.items():
            for snippet in snippets(marked, limit=2):
                print(f"            {field}: {snippet}")
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
