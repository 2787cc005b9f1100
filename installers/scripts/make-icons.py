"""Render installers/linux/phigiay.svg to the PNG and ICO files the packages use.

Run after changing the SVG (needs PySide6 with QtSvg, and Pillow):
    .venv/bin/python installers/scripts/make-icons.py
Writes installers/linux/phigiay-{16,32,48,64,128,256}.png and installers/windows/phigiay.ico.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SIZES = (16, 32, 48, 64, 128, 256)


def main() -> int:
    """Write the PNGs and the ICO."""
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ROOT / "installers" / "linux" / "phigiay.svg"))
    if not renderer.isValid():
        print("phigiay.svg is not valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ROOT / "installers" / "linux" / f"phigiay-{size}.png"))
    biggest = Image.open(ROOT / "installers" / "linux" / "phigiay-256.png")
    biggest.save(ROOT / "installers" / "windows" / "phigiay.ico",
                 sizes=[(size, size) for size in SIZES])
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
