"""The site's static files (icons, the feeds' XSL stylesheet), shipped inside the package.

`site_assets()` reads them once; the pipeline hands them to the publisher, so the server
serves them like every other file of the output folder. `build_icons` draws the icons.
"""

from __future__ import annotations

import functools
from importlib import resources

ASSET_NAMES = ("favicon.ico", "favicon.svg", "icon.png", "feed.xsl")


@functools.cache
def site_assets() -> dict[str, bytes]:
    """Each asset's name in the output folder and its bytes."""
    folder = resources.files(__package__)
    return {name: folder.joinpath(name).read_bytes() for name in ASSET_NAMES}
