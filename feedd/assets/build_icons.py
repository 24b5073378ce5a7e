"""Draw feedd's icon (the shape of `favicon.svg`) as `favicon.ico` and `icon.png`.

Run once after changing the drawing: `.venv/bin/python -m feedd.assets.build_icons`.
The output is committed; feedd itself only copies it. Plain stdlib (zlib) so no imaging
library becomes a dependency for three small files: the shapes are a rounded square, a
dot and two ring segments, measured on the SVG's 64-unit grid.
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORANGE = (0xC2, 0x41, 0x0C)
SAMPLES = 4  # per axis: 16 samples a pixel smooth the edges


def _in_square(x: float, y: float) -> bool:
    r = 12.0
    cx, cy = min(max(x, r), 64 - r), min(max(y, r), 64 - r)
    return 0 <= x <= 64 and 0 <= y <= 64 and (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def _in_mark(x: float, y: float) -> bool:
    if (x - 18) ** 2 + (y - 46) ** 2 <= 36:
        return True
    for radius in (22.0, 37.0):  # arcs centred on (12, 52), 7 wide with round caps
        distance = math.hypot(x - 12, y - 52)
        if x >= 12 and y <= 52 and abs(distance - radius) <= 3.5:
            return True
        for end_x, end_y in ((12, 52 - radius), (12 + radius, 52)):
            if (x - end_x) ** 2 + (y - end_y) ** 2 <= 3.5**2:
                return True
    return False


def draw(size: int) -> bytes:
    """RGBA rows of the icon at `size` pixels square."""
    rows = bytearray()
    for py in range(size):
        rows.append(0)  # PNG filter type "none"
        for px in range(size):
            square = mark = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = (px + (sx + 0.5) / SAMPLES) * 64 / size
                    y = (py + (sy + 0.5) / SAMPLES) * 64 / size
                    if _in_square(x, y):
                        square += 1
                        mark += _in_mark(x, y)
            alpha = square / SAMPLES**2
            white = mark / square if square else 0.0
            rgb = (round(c + (255 - c) * white) for c in ORANGE)
            rows.extend((*rgb, round(alpha * 255)))
    return bytes(rows)


def png(size: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(draw(size), 9))
        + chunk(b"IEND", b"")
    )


def ico(sizes: tuple[int, ...]) -> bytes:
    """An ICO holding one PNG per size (PNG entries: every browser since 2008)."""
    images = [png(size) for size in sizes]
    offset = 6 + 16 * len(images)
    directory = b""
    for size, image in zip(sizes, images, strict=True):
        side = size % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(images)


def main() -> None:
    (HERE / "favicon.ico").write_bytes(ico((16, 32, 48)))
    (HERE / "icon.png").write_bytes(png(128))


if __name__ == "__main__":
    main()
