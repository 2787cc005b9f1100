"""Demo signature and seal images, drawn with the standard library only.

Tests and demos need a blue handwritten signature and a red agency seal, both transparent PNGs
(Decree 30, Phụ lục I). Drawing them here keeps the repository free of binary images nobody can
regenerate, and keeps :mod:`signing` free of an imaging dependency. Real deployments upload the
scanned signature and seal of each user and agency.
"""

from __future__ import annotations

import hashlib
import math
import struct
import zlib

__all__ = ["seal_png", "signature_png"]

_BLUE = (22, 52, 170)
_RED = (214, 24, 32)


def _png(width: int, height: int, alpha: bytearray, rgb: tuple[int, int, int]) -> bytes:
    """Encode a single-colour RGBA image whose opacity per pixel is ``alpha``."""
    r, g, b = rgb
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for a in alpha[y * width : (y + 1) * width]:
            rows += bytes((r, g, b, a))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def _dot(alpha: bytearray, width: int, height: int, cx: float, cy: float, radius: float) -> None:
    for y in range(max(int(cy - radius), 0), min(int(cy + radius) + 1, height)):
        for x in range(max(int(cx - radius), 0), min(int(cx + radius) + 1, width)):
            if (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius:
                alpha[y * width + x] = 255


def signature_png(name: str, *, width: int = 330, height: int = 150) -> bytes:
    """A blue scribble that differs per ``name``: a stand-in for a scanned signature."""
    seed = hashlib.sha256(name.encode()).digest()
    alpha = bytearray(width * height)
    f1, f2 = 2 + seed[0] % 3, 5 + seed[1] % 4
    phase = seed[2] / 40
    steps = 900
    for i in range(steps):
        t = i / steps
        x = 20 + t * (width - 40)
        y = height / 2 + 0.3 * height * math.sin(2 * math.pi * f1 * t + phase) * math.cos(
            2 * math.pi * f2 * t
        )
        _dot(alpha, width, height, x, y, 2.2)
    # the flourish underneath
    for i in range(steps // 3):
        t = i / (steps // 3)
        _dot(
            alpha,
            width,
            height,
            40 + t * (width - 80),
            height * 0.82 - 8 * math.sin(math.pi * t),
            1.6,
        )
    return _png(width, height, alpha, _BLUE)


def seal_png(*, size: int = 300) -> bytes:
    """A red round seal: outer ring, inner ring and a five-pointed star, transparent outside."""
    alpha = bytearray(size * size)
    c = size / 2
    star = _star_polygon(c, c, size * 0.22, size * 0.09)
    for y in range(size):
        for x in range(size):
            d = math.hypot(x - c, y - c)
            ring = c - 8 <= d <= c - 1 or c * 0.62 <= d <= c * 0.66
            if ring or _inside(star, x, y):
                alpha[y * size + x] = 235
    return _png(size, size, alpha, _RED)


def _star_polygon(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _inside(polygon: list[tuple[float, float]], x: float, y: float) -> bool:
    """Even-odd ray casting."""
    inside = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside
