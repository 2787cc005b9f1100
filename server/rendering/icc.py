"""A small sRGB ICC v2 display profile, built in code so PDF/A output needs no system file.

The profile follows IEC 61966-2.1: Bradford-adapted (D50) primaries and the sRGB tone curve as a
1024-entry table. Built once per process.
"""

from __future__ import annotations

import struct
from functools import lru_cache

__all__ = ["SRGB_DESCRIPTION", "srgb_profile"]

SRGB_DESCRIPTION = "sRGB IEC61966-2.1"

_D50 = (0.9642, 1.0, 0.8249)
_PRIMARIES = {
    b"rXYZ": (0.4361, 0.2225, 0.0139),
    b"gXYZ": (0.3851, 0.7169, 0.0971),
    b"bXYZ": (0.1431, 0.0606, 0.7141),
}


def _s15f16(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15f16(v) for v in values)


def _curve() -> bytes:
    def srgb(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    points = [round(srgb(i / 1023) * 65535) for i in range(1024)]
    return (
        b"curv\0\0\0\0" + struct.pack(">I", len(points)) + struct.pack(f">{len(points)}H", *points)
    )


def _desc(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\0"
    # textDescriptionType: ASCII part, then empty Unicode and ScriptCode parts (67-byte field).
    return (
        b"desc\0\0\0\0"
        + struct.pack(">I", len(ascii_text))
        + ascii_text
        + struct.pack(">II", 0, 0)
        + struct.pack(">HB", 0, 0)
        + b"\0" * 67
    )


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


def _header(size: int) -> bytes:
    return (
        struct.pack(">I", size)
        + b"\0\0\0\0"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2020, 1, 1, 0, 0, 0)
        + b"acsp"
        + b"\0" * 4
        + struct.pack(">I", 0)
        + b"\0" * 8
        + b"\0" * 8
        + struct.pack(">I", 0)
        + b"".join(_s15f16(v) for v in _D50)
        + b"\0" * 4
        + b"\0" * 16
        + b"\0" * 28
    )


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """Return the bytes of an sRGB ICC profile (version 2.1, display class)."""
    curve = _pad(_curve())
    tags: list[tuple[bytes, bytes]] = [
        (b"desc", _pad(_desc(SRGB_DESCRIPTION))),
        (b"cprt", _pad(b"text\0\0\0\0" + b"No copyright, use freely\0")),
        (b"wtpt", _xyz(_D50)),
        *((sig, _xyz(v)) for sig, v in _PRIMARIES.items()),
    ]
    table_size = 4 + 12 * (len(tags) + 3)
    offset = 128 + table_size
    entries, blobs = [], []
    for sig, data in tags:
        entries.append(sig + struct.pack(">II", offset, len(data)))
        blobs.append(data)
        offset += len(data)
    # The three tone curves are identical, so they share one blob.
    entries += [sig + struct.pack(">II", offset, len(curve)) for sig in (b"rTRC", b"gTRC", b"bTRC")]
    blobs.append(curve)
    body = struct.pack(">I", len(entries)) + b"".join(entries) + b"".join(blobs)
    return _header(128 + len(body)) + body
