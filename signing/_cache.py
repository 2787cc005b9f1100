"""Process-wide file cache for derived assets pyHanko wants as file paths.

pyHanko's font engine and image loader open *paths*, so rescaled fonts and stamp images are
written once, content-addressed, under the temp directory. Content addressing makes concurrent
writers harmless: two processes writing the same name write the same bytes (atomic rename).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

from signing.fonts import font_path

_TARGET_UPEM = 1000


def _cache_dir() -> Path:
    folder = Path(tempfile.gettempdir()) / f"phigiay-signing-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


def cached_file(data: bytes, suffix: str) -> str:
    """Return the path of a cache file holding ``data``, writing it if absent."""
    path = _cache_dir() / (hashlib.sha256(data).hexdigest()[:32] + suffix)
    if not path.exists():
        _write_atomic(path, data)
    return str(path)


@cache
def stamp_font(style: str) -> str:
    """Path of a shipped font rescaled to 1000 units per em.

    pyHanko's stamp layout assumes 1000-unit fonts; Liberation has 2048, which spreads the letters
    about twice too wide (see TOOLCHAIN.md). Rescaling keeps glyph shapes and metrics ratios.
    """
    source = font_path(style)
    target = _cache_dir() / f"{source.stem}-{_TARGET_UPEM}upem-{source.stat().st_size}.ttf"
    if not target.exists():
        font = TTFont(str(source))
        if font["head"].unitsPerEm != _TARGET_UPEM:
            scale_upem(font, _TARGET_UPEM)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        font.save(str(tmp))
        os.replace(tmp, target)
    return str(target)


@cache
def _metrics(style: str) -> tuple[dict[int, str], dict[str, int]]:
    font = TTFont(stamp_font(style))
    cmap: dict[int, str] = font.getBestCmap()
    advances = {name: adv for name, (adv, _lsb) in font["hmtx"].metrics.items()}
    return cmap, advances


def text_width(text: str, style: str, size: float) -> float:
    """Width in points of the longest line of ``text`` (no kerning: a fitting estimate)."""
    cmap, advances = _metrics(style)
    widest = 0
    for line in text.splitlines() or [""]:
        units = sum(advances.get(cmap.get(ord(ch), ".notdef"), 500) for ch in line)
        widest = max(widest, units)
    return widest * size / _TARGET_UPEM
