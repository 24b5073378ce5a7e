"""The site as a person sees it, in a real headless Chromium against a real `feedd run`:
the index page shows headlines (in light and dark), a feed opened in the browser is a page
made by feed.xsl, and an Arabic entry page reads right to left.

Screenshots are kept under pytest's tmp path and copied to var/screenshots/ (git-ignored);
the test prints where. Skipped when no Chromium is installed (`make test` installs Debian's
`chromium` where it can)."""

from __future__ import annotations

import itertools
import os
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import ROOT, SAMPLE, shipped_topics_toml
from daemon_helpers import DaemonProcess, free_port
from lxml import html as lxml_html

CHROMIUM = os.environ.get("FEEDD_CHROMIUM") or shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium binary: `apt-get install chromium` (make test does when it can) "
    "or set FEEDD_CHROMIUM to one",
)

HOLDOUT = ROOT / "tests" / "corpus_holdout5" / "docs"
ARABIC_DOC = "023_315b67b65496e433.txt"  # Enab Baladi, Arabic
RUSSIAN_DOC = "024_79d2103c9ac0ed43.txt"  # Izvestia, Russian (UTF-16)
SAMPLE_TITLE = "Russia and Syria Signal Closer Ties Amid Uncertainty Over Military Bases"
ARABIC_TITLE = "سفن روسية تغادر ميناء طرطوس محمّلة بمعدات عسكرية"
RUSSIAN_TITLE = "Запасной аэродром: что происходит на базе Хмеймим"
SCREENSHOTS = ROOT / "var" / "screenshots"
LIGHT_BACKGROUND = (0xFF, 0xFF, 0xFF)
DARK_BACKGROUND = (0x16, 0x18, 0x1C)  # --bg of the pages' dark scheme


class Site(NamedTuple):
    daemon: DaemonProcess
    url: str
    shots: Path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("browser")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(SAMPLE, seeds / SAMPLE.name)
    for name in (ARABIC_DOC, RUSSIAN_DOC):
        shutil.copy(HOLDOUT / name, seeds / name)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    config = root / "feedd.toml"
    config.write_text(
        'watch_dir = "seeds"\nstate_file = "var/state.sqlite3"\noutput_dir = "var/feeds"\n'
        f'base_url = "{url}"\n\n{shipped_topics_toml()}\n',
        encoding="utf-8",
    )
    shots = root / "screenshots"
    shots.mkdir()
    with DaemonProcess(config, port=port) as daemon:
        daemon.start()
        yield Site(daemon=daemon, url=url, shots=shots)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for shot in sorted(shots.glob("*.png")):
        shutil.copy(shot, SCREENSHOTS / shot.name)
        print(f"screenshot: {shot} (copied to {SCREENSHOTS / shot.name})")


_profiles = itertools.count()


def chromium(site: Site, *args: str) -> str:
    """Run headless Chromium with a fresh profile (no cache between calls); its stdout."""
    assert CHROMIUM is not None
    profile = site.shots.parent / f"profile-{next(_profiles)}"
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def rendered_dom(site: Site, path: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(chromium(site, "--dump-dom", site.url + path))


def screenshot(site: Site, path: str, name: str, *, is_dark: bool = False) -> Path:
    target = site.shots / name
    # Blink's preferredColorScheme: 0 is dark, 1 light (what prefers-color-scheme reports).
    scheme = "--blink-settings=preferredColorScheme=" + ("0" if is_dark else "1")
    chromium(site, "--window-size=1200,1600", scheme, f"--screenshot={target}", site.url + path)
    assert target.stat().st_size > 10_000, "a blank screenshot"
    return target


def pixel(png: Path, x: int, y: int) -> tuple[int, int, int]:
    """The RGB colour at (x, y) of an 8-bit RGB or RGBA PNG, as Chromium writes them."""
    data = png.read_bytes()
    width, _height, depth, color_type = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and color_type in (2, 6), (depth, color_type)
    channels = 4 if color_type == 6 else 3
    chunks, offset = b"", 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        if data[offset + 4 : offset + 8] == b"IDAT":
            chunks += data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    raw, stride = zlib.decompress(chunks), width * channels
    previous = bytearray(stride)
    for row_number in range(y + 1):
        start = row_number * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):  # undo the PNG row filter (RFC 2083 §6)
            left = row[i - channels] if i >= channels else 0
            up, up_left = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                row[i] = (row[i] + left) % 256
            elif kind == 2:
                row[i] = (row[i] + up) % 256
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) % 256
            elif kind == 4:
                estimate = left + up - up_left
                nearest = min(
                    (abs(estimate - left), 0, left),
                    (abs(estimate - up), 1, up),
                    (abs(estimate - up_left), 2, up_left),
                )[2]
                row[i] = (row[i] + nearest) % 256
        previous = row
    r, g, b = previous[x * channels : x * channels + 3]
    return (r, g, b)


def test_the_index_page_shows_headlines_in_light_and_dark(site: Site) -> None:
    page = rendered_dom(site, "")
    bases = page.xpath("//section[@id='russia-syria-bases']/ol/li")
    titles = [li.find("a").text for li in bases]
    assert SAMPLE_TITLE in titles and ARABIC_TITLE in titles and RUSSIAN_TITLE in titles
    arabic = next(li for li in bases if li.find("a").text == ARABIC_TITLE)
    assert (arabic.get("lang"), arabic.get("dir")) == ("ar", "rtl")
    sources = {s.text for s in page.xpath("//span[@class='source']")}
    assert {"The Moscow Times", "عنب بلدي"} <= sources
    light = screenshot(site, "", "index-light.png")
    dark = screenshot(site, "", "index-dark.png", is_dark=True)
    assert pixel(light, 5, 5) == LIGHT_BACKGROUND
    assert pixel(dark, 5, 5) == DARK_BACKGROUND


@pytest.mark.parametrize("suffix", ["atom", "rss"])
def test_a_feed_opened_in_the_browser_is_a_page_made_by_the_stylesheet(
    site: Site, suffix: str
) -> None:
    page = rendered_dom(site, f"russia-syria-bases.{suffix}")
    # Transformed: an HTML document with the feed's entries, not the XML source as text.
    assert page.tag == "html" and page.xpath("//h1")[0].text == "feedd: Russia–Syria bases"
    assert "This is a web feed." in page.xpath("//div[@class='notice']")[0].text_content()
    titles = [a.text for a in page.xpath("//article/h2/a")]
    assert {SAMPLE_TITLE, ARABIC_TITLE, RUSSIAN_TITLE} <= set(titles)
    screenshot(site, f"russia-syria-bases.{suffix}", f"feed-{suffix}.png")


def test_an_arabic_entry_page_reads_right_to_left_and_names_its_outlet(site: Site) -> None:
    index = rendered_dom(site, "")
    link = index.xpath(f"//section[@id='all']//a[text()='{ARABIC_TITLE}']")[0].get("href")
    page = rendered_dom(site, link)
    assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
    assert page.xpath("//article/h1")[0].text == ARABIC_TITLE
    assert page.xpath("//article/p[@class='meta']/span[@class='source']")[0].text == "عنب بلدي"
    assert page.xpath("//p[@class='nav']/a")[0].get("href") == "../"
    screenshot(site, link, "entry-arabic.png")
