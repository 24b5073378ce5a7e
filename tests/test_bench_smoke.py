"""The benchmark's own tools run on a fresh install: the corpus generator and the wrapper
that measures a rebuild (a benchmark that breaks silently measures nothing), and the Hugo
site the benchmark compares feedd with."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, Workspace

BENCH = ROOT / "bench"


def _bench_script(name: str) -> ModuleType:
    """A script of bench/ (not a package), imported by path."""
    module_name = f"feedd_bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def _front_matter(path: Path) -> tuple[dict[str, object], str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("+++\n")
    head, _, body = text[4:].partition("\n+++\n")
    return tomllib.loads(head), body


def test_a_generated_corpus_rebuilds_under_the_measuring_wrapper(workspace: Workspace) -> None:
    subprocess.run(
        [sys.executable, str(BENCH / "corpus.py"), str(workspace.seeds), "--count", "80"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    documents = [p for p in workspace.seeds.rglob("*") if p.is_file()]
    assert len(documents) == 80
    assert all(2000 <= p.stat().st_size <= 8500 for p in documents)

    usage_path = workspace.root / "rusage.json"
    result = subprocess.run(
        [
            sys.executable,
            str(BENCH / "measure.py"),
            str(usage_path),
            "rebuild",
            "--config",
            str(workspace.config_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "80 ingested" in result.stdout
    usage = json.loads(Path(usage_path).read_text(encoding="utf-8"))
    assert usage["self_maxrss_kib"] > 0 and usage["self_cpu_s"] > 0


def test_the_normalizer_benchmark_reports_its_speed_and_worker_memory(tmp_path: Path) -> None:
    # Only that every figure is there and positive: speed is measured, never asserted.
    result = subprocess.run(
        [
            sys.executable,
            str(BENCH / "normalize.py"),
            *("--count", "30", "--repeat", "1", "--json", "--out", str(tmp_path)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    [written] = tmp_path.glob("normalize-*.json")
    assert json.loads(written.read_text(encoding="utf-8")) == report

    machine = report["machine"]
    assert machine["cpu_count"] > 0 and machine["python"] and "repo_commit" in machine
    speed = report["throughput"]
    assert speed["documents"] == 30 and speed["articles"] > 0
    assert speed["docs_per_s"] > 0 and speed["us_per_doc"] > 0 and speed["per_doc_us"]["max"] > 0
    assert report["stages"]["us_per_doc"]["decode"] > 0
    workers = report["workers"]
    assert "python -m feedd" in workers
    for worker in workers.values():
        assert worker["documents"] == 30 and worker["articles"] > 0
        assert worker["vmhwm_mib"] >= worker["vmrss_mib"] > 0
    rows = {row["scenario"]: row for row in report["rows"]}
    assert rows["normalize_throughput"]["verdict"] in ("PASS", "FAIL")
    assert rows["worker_peak_rss_m"]["verdict"] in ("PASS", "FAIL")
    assert rows["worker_rss_m"]["value"] > 0
    # The table goes to stderr when the JSON takes stdout.
    assert "normalize_throughput" in result.stderr and "worker_peak_rss" in result.stderr


def test_the_outlets_corpus_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    corpus = _bench_script("corpus")
    for name in ("a", "b"):
        corpus.generate(tmp_path / name, 300, seed=3, shape="outlets")
    first = _snapshot(tmp_path / "a")
    assert len(first) == 300
    assert first == _snapshot(tmp_path / "b")
    assert all("/" not in name for name in first)  # one flat folder
    corpus.generate(tmp_path / "c", 300, seed=4, shape="outlets")
    assert _snapshot(tmp_path / "c") != first


def test_the_outlets_corpus_has_resaved_versions_and_wire_copies() -> None:
    corpus = _bench_script("corpus")
    pages = list(corpus.pages(600, seed=1, shape="outlets"))
    kinds = Counter(page.kind for page in pages)
    assert kinds[corpus.PageKind.RESAVE] >= 20 and kinds[corpus.PageKind.WIRE_COPY] >= 20
    first_page = {page.story: page for page in reversed(pages)}
    latest_body: dict[int, tuple[str, ...]] = {}
    for page in pages:
        story, before = first_page[page.story], latest_body.get(page.story)
        latest_body[page.story] = page.body
        if page.kind is corpus.PageKind.RESAVE:
            # The same story of the same outlet saved later, in a new file, slightly edited.
            assert before is not None
            assert page.outlet == story.outlet and page.title == story.title
            assert page.modified_at > story.modified_at and page.name != story.name
            if len(page.body) == len(before):
                [(old, new)] = [
                    pair for pair in zip(before, page.body, strict=True) if pair[0] != pair[1]
                ]
                assert sum(a != b for a, b in zip(old.split(), new.split(), strict=True)) == 1
            else:
                assert page.body[:-1] == before and page.body[-1].startswith("Update: ")
        elif page.kind is corpus.PageKind.WIRE_COPY:
            # An agency's text as another outlet printed it: its chrome, the same article.
            assert page.outlet != story.outlet and page.byline in corpus.AGENCIES
            assert page.title == story.title and page.modified_at > story.modified_at
            assert page.body == before and "\n\n".join(page.body) in page.text
    # Each outlet's chrome repeats on all of its pages.
    moscow = [page for page in pages if page.outlet == "The Moscow Times"]
    assert moscow and all("A Message from The Moscow Times:" in page.text for page in moscow)
    assert 1 <= sum(page.is_on_topic for page in pages) < 60


def test_the_hugo_site_carries_the_metadata_in_toml_front_matter(tmp_path: Path) -> None:
    corpus, hugo = _bench_script("corpus"), _bench_script("hugo")
    pages = list(corpus.pages(80, seed=1, shape="outlets"))
    awkward = hugo.SitePage(
        name="awkward",
        title='A "quoted" title \\ with a backslash, a tab\tand ünïcode',
        published_at=datetime(2025, 1, 30, 12, 0, tzinfo=UTC),
        updated_at=datetime(2025, 1, 31, 8, 30, tzinfo=UTC),
        tags=("russia-syria-bases",),
        outlet="The Moscow Times",
        author="Ivan Ivanov",
        body=("First paragraph.", "Second paragraph."),
    )
    site_pages = [hugo.site_page(page, ["russia-syria-bases"]) for page in pages]
    written = hugo.write_site(
        tmp_path / "site",
        [*site_pages, awkward],
        max_entries=7,
        title="feedd",
        base_url="http://127.0.0.1:8080/",
    )
    assert written == 81
    content = tmp_path / "site" / "content"
    assert len(list(content.glob("*.md"))) == 81
    for page in pages:
        meta, body = _front_matter(content / f"{Path(page.name).stem}.md")
        assert meta["title"] == page.title and meta["outlet"] == page.outlet
        assert meta["author"] == page.byline
        assert meta["date"] == page.published_at and meta["lastmod"] == page.modified_at
        assert meta["tags"] == (["russia-syria-bases"] if page.is_on_topic else [])
        assert meta["_build"] == {"render": "never"}
        assert body == "\n\n".join(page.body) + "\n"  # the article, without chrome
    meta, body = _front_matter(content / "awkward.md")
    assert meta["title"] == awkward.title and meta["date"] == awkward.published_at
    assert body == "First paragraph.\n\nSecond paragraph.\n"
    config = tomllib.loads((tmp_path / "site" / "config.toml").read_text(encoding="utf-8"))
    assert config["outputs"] == {"home": ["RSS"], "term": ["RSS"]}
    layout = (tmp_path / "site" / "layouts" / "_default" / "rss.xml").read_text(encoding="utf-8")
    assert "first 7 " in layout  # feedd's cap on a feed


@pytest.mark.skipif(
    shutil.which("hugo") is None, reason="hugo is not installed (apt-get install hugo)"
)
def test_hugo_builds_a_capped_feed_per_tag_and_the_home_feed(tmp_path: Path) -> None:
    corpus, hugo = _bench_script("corpus"), _bench_script("hugo")
    pages = list(corpus.pages(200, seed=1, shape="outlets"))
    site = tmp_path / "site"
    hugo.write_site(
        site,
        (hugo.site_page(page, ["russia-syria-bases"]) for page in pages),
        max_entries=5,
        title="feedd",
        base_url="http://127.0.0.1:8080/",
    )
    run = hugo.build(str(shutil.which("hugo")), site, timeout_s=60)
    assert run.wall_s > 0 and run.cpu_s > 0 and run.maxrss_mib > 0
    home = ET.parse(hugo.home_feed(site)).getroot()
    titles = [item.findtext("title") for item in home.iter("item")]
    newest = sorted(pages, key=lambda page: page.published_at, reverse=True)[:5]
    assert titles == [page.title for page in newest]
    on_topic = sum(page.is_on_topic for page in pages)
    tag_feed = hugo.tag_feed(site, "russia-syria-bases")
    assert hugo.feed_items(tag_feed) == min(5, on_topic) > 0
    assert len(list(ET.parse(tag_feed).getroot().iter("item"))) == min(5, on_topic)


def test_the_benchmark_config_carries_the_shipped_topics_whole() -> None:
    """The benchmark measures the shipped topics, sub-tables (aliases) included: a config
    it writes that feedd cannot read measures nothing."""
    run = _bench_script("run")
    written = tomllib.loads(run.shipped_topics_toml())["topics"]
    shipped = tomllib.loads((ROOT / "config" / "feedd.toml").read_text(encoding="utf-8"))
    assert written == shipped["topics"]
