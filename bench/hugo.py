"""The peer of bench/run.py: a corpus as a Hugo site, and a timed `hugo` build.

Hugo is handed what feedd has to work out for itself ("given ready-made metadata"): one
Markdown content file per corpus page with TOML front matter (title, date, lastmod,
tags = the topics the page belongs to, outlet, author) and the article's paragraphs as
its body, no chrome. The layout written here makes the feeds feedd makes: an RSS feed
per tag (`tags/<slug>/index.xml`, one per feedd topic) and the home feed (`index.xml`,
feedd's `all`), each with the newest `max_entries` pages and their full content. Pages get
no HTML of their own (`_build.render = "never"`): feedd writes entry pages only for the
entries in its feeds, so the Hugo site does at most the work feedd does.

A driver outside the package, like the rest of bench/: it imports nothing of feedd.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

INSTALL_HINT = "install it (Debian/Ubuntu: apt-get install hugo) or pass --hugo PATH"

# Hugo's own `rss.xml`, cut down: full content instead of the summary, the cap inside the
# template (the `rssLimit` setting moved to `services.rss.limit` in Hugo 0.114), no `now`.
RSS_TEMPLATE = """\
{{- $rfc822 := "Mon, 02 Jan 2006 15:04:05 -0700" -}}
{{- $pages := .Pages -}}
{{- if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end -}}
{{- $pages = first MAX_ENTRIES $pages.ByDate.Reverse -}}
{{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\" standalone=\\"yes\\"?>" | safeHTML }}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{{ if not .IsHome }}{{ .Title }} on {{ end }}{{ .Site.Title }}</title>
    <link>{{ .Permalink }}</link>
    <description>Recent entries{{ if not .IsHome }} on {{ .Title }}{{ end }}</description>
    <language>{{ .Site.LanguageCode }}</language>
    {{- with index $pages 0 }}
    <lastBuildDate>{{ .Lastmod.Format $rfc822 | safeHTML }}</lastBuildDate>
    {{- end }}
    {{- with .OutputFormats.Get "RSS" }}
    {{ printf "<atom:link href=%q rel=\\"self\\" type=%q />" .Permalink .MediaType | safeHTML }}
    {{- end }}
    {{- range $pages }}
    {{- $link := printf "%sentries/%s.html" site.BaseURL .File.ContentBaseName }}
    <item>
      <title>{{ .Title }}</title>
      <link>{{ $link }}</link>
      <pubDate>{{ .Date.Format $rfc822 | safeHTML }}</pubDate>
      <author>{{ .Params.author }} ({{ .Params.outlet }})</author>
      <guid isPermaLink="false">{{ .File.ContentBaseName }}</guid>
      <description>{{ .Content | html }}</description>
    </item>
    {{- end }}
  </channel>
</rss>
"""

CONFIG_TEMPLATE = """\
baseURL = {base_url}
title = {title}
languageCode = "en"
disableKinds = ["taxonomy", "section", "sitemap", "robotsTXT", "404"]
# Since Hugo 0.73 "taxonomy" means only the list of tags, not each tag's page: meant.
ignoreErrors = ["error-disable-taxonomy"]

[outputs]
home = ["RSS"]
term = ["RSS"]

[taxonomies]
tag = "tags"
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class SitePage:
    """One content file of the Hugo site."""

    name: str  # file name without `.md`, unique in the site
    title: str
    published_at: datetime  # tz-aware; front matter `date`
    updated_at: datetime  # tz-aware; front matter `lastmod`
    tags: tuple[str, ...]  # feedd topic slugs
    outlet: str
    author: str
    body: tuple[str, ...]  # paragraphs


class CorpusPage(Protocol):
    """What `site_page()` reads of a bench/corpus.py page."""

    @property
    def name(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def outlet(self) -> str: ...
    @property
    def byline(self) -> str: ...
    @property
    def published_at(self) -> datetime: ...
    @property
    def modified_at(self) -> datetime: ...
    @property
    def body(self) -> tuple[str, ...]: ...
    @property
    def is_on_topic(self) -> bool: ...


def site_page(page: CorpusPage, topic_slugs: Sequence[str]) -> SitePage:
    """A corpus page as Hugo content: what its scraper knew and the article without chrome.
    The bench corpus has one topic (the shipped config's first): its pages get that tag."""
    return SitePage(
        name=Path(page.name).stem,
        title=page.title,
        published_at=page.published_at,
        updated_at=page.modified_at,
        tags=(topic_slugs[0],) if page.is_on_topic and topic_slugs else (),
        outlet=page.outlet,
        author=page.byline,
        body=page.body,
    )


def _toml(value: str) -> str:
    # JSON's string escapes (\" \\ \n \uXXXX) are all valid in a TOML basic string.
    return json.dumps(value, ensure_ascii=False)


def _time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")


def content_file(page: SitePage) -> str:
    """The page's Markdown file: TOML front matter between `+++` lines, then the body."""
    lines = [
        "+++",
        f"title = {_toml(page.title)}",
        f"date = {_time(page.published_at)}",
        f"lastmod = {_time(page.updated_at)}",
        f"tags = [{', '.join(_toml(tag) for tag in page.tags)}]",
        f"outlet = {_toml(page.outlet)}",
        f"author = {_toml(page.author)}",
        "[_build]",
        'render = "never"',
        "+++",
        "",
    ]
    return "\n".join(lines) + "\n\n".join(page.body) + "\n"


def write_site(
    site: Path, pages: Iterable[SitePage], *, max_entries: int, title: str, base_url: str
) -> int:
    """Write the site (config, layout, content) into an empty `site`; return the pages."""
    (site / "layouts" / "_default").mkdir(parents=True)
    content = site / "content"
    content.mkdir()
    (site / "config.toml").write_text(
        CONFIG_TEMPLATE.format(base_url=_toml(base_url), title=_toml(title)), encoding="utf-8"
    )
    (site / "layouts" / "_default" / "rss.xml").write_text(
        RSS_TEMPLATE.replace("MAX_ENTRIES", str(int(max_entries))), encoding="utf-8"
    )
    written = 0
    for page in pages:
        (content / f"{page.name}.md").write_text(content_file(page), encoding="utf-8")
        written += 1
    return written


def find_hugo(hugo: str) -> str | None:
    """The path of the `hugo` command (a name looked up on PATH, or a path), or None."""
    return shutil.which(hugo)


def hugo_version(hugo: str) -> str:
    done = subprocess.run(
        [hugo, "version"], capture_output=True, text=True, timeout=60, check=False
    )
    return done.stdout.strip() or done.stderr.strip()


@dataclass(slots=True, kw_only=True)
class BuildRun:
    wall_s: float
    cpu_s: float  # user + system of the hugo process
    maxrss_mib: float
    pages: int | None  # the "Pages" figure of Hugo's build summary
    output: str  # the build summary's last lines


HUGO_PAGES = re.compile(r"^\s*Pages\s*\|\s*(\d+)", re.MULTILINE)


def build(hugo: str, site: Path, *, timeout_s: float = 3600.0) -> BuildRun:
    """One cold `hugo` build of `site` into `site/public`: output, resources and caches
    removed first; wall time from outside (process start included), its own rusage."""
    for leftover in ("public", "resources", "cache"):
        shutil.rmtree(site / leftover, ignore_errors=True)
    (site / ".hugo_build.lock").unlink(missing_ok=True)
    os.sync()  # earlier runs' writeback must not land in this one
    command = [hugo, "--source", str(site), "--destination", str(site / "public")]
    command += ["--cacheDir", str(site / "cache")]
    log_path = site / "build.log"
    ended: list[tuple[float, int, Any]] = []
    with open(log_path, "wb") as log_file:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, cwd=site)

        def reap() -> None:
            # os.wait4, not Popen.wait: the rusage of this one process (CPU, peak RSS).
            _, status, usage = os.wait4(process.pid, 0)
            ended.append((time.perf_counter(), status, usage))

        reaper = threading.Thread(target=reap, name="hugo-reaper", daemon=True)
        reaper.start()
        reaper.join(timeout_s)
        if not ended:
            process.kill()
            reaper.join()
            raise BuildError(f"hugo did not finish in {timeout_s:g} s")
    finished, status, usage = ended[0]
    process.returncode = os.waitstatus_to_exitcode(status)
    output = log_path.read_text(encoding="utf-8", errors="replace")
    if process.returncode != 0:
        raise BuildError(f"hugo exited {process.returncode}: {output.strip()[-2000:]}")
    pages = HUGO_PAGES.search(output)
    return BuildRun(
        wall_s=finished - started,
        cpu_s=usage.ru_utime + usage.ru_stime,
        maxrss_mib=usage.ru_maxrss / 1024,
        pages=int(pages.group(1)) if pages else None,
        output=" ".join(output.split())[-300:],
    )


class BuildError(Exception):
    """`hugo` failed; run.py turns it into an ERROR row."""


def feed_items(feed: Path) -> int:
    """How many <item>s an RSS file holds (0 if it is not there)."""
    try:
        return feed.read_text(encoding="utf-8").count("<item>")
    except OSError:
        return 0


def tag_feed(site: Path, tag: str) -> Path:
    return site / "public" / "tags" / tag / "index.xml"


def home_feed(site: Path) -> Path:
    return site / "public" / "index.xml"
