"""Smoke test of the packaged client: ``phigiay --smoke-test OUT_DIR [--pdf FILE]``.

Runs inside the PyInstaller bundle (also from a checkout, for comparison), headless unless
``QT_QPA_PLATFORM`` says otherwise. It goes through the client's own start-up code — the
QApplication with the shipped fonts, the translations, the settings with the machine-wide file,
the keyring, ``PhigiayApp.start()`` up to the login window — then renders a Vietnamese PDF page
with the client's pdfium renderer. It writes ``login.png``, ``page.png`` and ``report.json`` into
OUT_DIR and exits 0 only if every check passed. The user's own settings are never touched: they
are redirected into OUT_DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

VIETNAMESE_LINES = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày 26 tháng 11 năm 2026",
    "CÔNG VĂN V/v triển khai văn phòng điện tử",
    "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ è é ẻ ẽ ẹ ê ề ế ể ễ ệ",
    "ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ",
    "À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ Đ È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ",
    "Ì Í Ỉ Ĩ Ị Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự Ỳ Ý Ỷ Ỹ Ỵ",
    "Nơi nhận: Văn phòng Chính phủ; các Bộ, cơ quan ngang Bộ; lưu VT.",
)
"""Every lower- and upper-case letter with a Vietnamese diacritic, in document phrases."""

FORBIDDEN_PREFIXES = ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngine", "PySide6.QtPdf",
                      "PySide6.QtNetwork", "signing", "server", "pyhanko", "reportlab",
                      "sqlalchemy", "fastapi")
"""Modules the client must not load (they are not in the bundle either)."""


def vietnamese_pdf() -> bytes:
    """An A4 page in Liberation Serif (fonts embedded by Qt's PDF writer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 15, 20),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle("Phi giấy — thử nghiệm")
    painter = QPainter(writer)
    width = painter.viewport().width()
    y = 0.0
    for index, line in enumerate(VIETNAMESE_LINES):
        font = QFont("Liberation Serif", 13 if index < 4 else 14)
        font.setBold(index in (0, 1, 3))
        painter.setFont(font)
        height = painter.fontMetrics().height() * 1.6
        align = Qt.AlignmentFlag.AlignHCenter if index in (0, 1, 3) else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(0, y, width, height), align | Qt.AlignmentFlag.AlignVCenter, line)
        y += height
    painter.end()
    buffer.close()
    return bytes(data.data())


def _missing_glyphs(family: str) -> str:
    from PySide6.QtGui import QFont, QRawFont

    raw = QRawFont.fromFont(QFont(family))
    wanted = sorted({ch for line in VIETNAMESE_LINES for ch in line if not ch.isspace()})
    return "".join(ch for ch in wanted if not raw.supportsCharacter(ord(ch)))


def _wait(condition: Any, seconds: float) -> bool:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return bool(condition())


def main(argv: Sequence[str]) -> int:
    """Run the smoke test; 0 when every check passed."""
    parser = argparse.ArgumentParser(prog="phigiay --smoke-test")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--pdf", type=Path, help="render this PDF instead of a generated one")
    args = parser.parse_args(argv)
    started = time.monotonic()
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QLibraryInfo, QSettings, qVersion

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # the user's settings stay untouched
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(out / "settings"))

    import keyring
    import pypdfium2

    from desktop.app import PhigiayApp, create_qapplication
    from desktop.fonts import DOCUMENT_FAMILY, UI_FAMILY, shipped_font_files
    from desktop.i18n import qm_path
    from desktop.screens.document.pdfpages import PdfRenderer
    from desktop.settings import LANGUAGE, LANGUAGES, OPTIONS, Settings, TokenStore

    report: dict[str, Any] = {"frozen": bool(getattr(sys, "frozen", False)),
                              "executable": sys.executable, "qt": qVersion(),
                              "qt_plugins": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)}
    failures: list[str] = []
    qapp = create_qapplication(["phigiay"])
    report["platform"] = qapp.platformName()
    report["font_files"] = [path.name for path in shipped_font_files()]
    from PySide6.QtGui import QFontDatabase, QFontInfo

    families = set(QFontDatabase.families())
    report["interface_font"] = QFontInfo(qapp.font()).family()
    for family in (UI_FAMILY, DOCUMENT_FAMILY):
        if family not in families:
            failures.append(f"font {family} not loaded")
        elif missing := _missing_glyphs(family):
            failures.append(f"{family} lacks {missing}")
    report["translations"] = {lang: qm_path(lang).is_file() for lang in LANGUAGES}
    failures += [f"no translation {lang}" for lang, ok in report["translations"].items() if not ok]

    settings = Settings()
    report["machine_config"] = {"path": str(settings.machine.path or ""),
                                "problems": list(settings.machine.problems)}
    report["settings"] = {option.key: [str(settings.get(option)), settings.source(option)]
                          for option in OPTIONS if option.machine}
    tokens = TokenStore()
    report["keyring"] = type(keyring.get_keyring()).__module__ + "." + \
        type(keyring.get_keyring()).__qualname__

    app = PhigiayApp(settings, tokens, live_events=False)
    app.start()
    if not _wait(lambda: app.login is not None and app.login.isVisible(), 10):
        failures.append("the login window did not show")
    else:
        login = app.login
        assert login is not None
        report["login_title"] = login.windowTitle()
        report["login_server"] = login.server_edit.text()
        report["language"] = settings.get(LANGUAGE)
        if not login.grab().save(str(out / "login.png")):
            failures.append("could not save login.png")
        report["seconds_to_login"] = round(time.monotonic() - started, 2)

    data = args.pdf.read_bytes() if args.pdf else vietnamese_pdf()
    (out / "page.pdf").write_bytes(data)
    renderer = PdfRenderer(data)
    try:
        image = renderer.render(0, 2.0)
        if image.isNull() or not image.save(str(out / "page.png")):
            failures.append("could not render the PDF page")
        document = pypdfium2.PdfDocument(data)
        text = document[0].get_textpage().get_text_bounded()
        document.close()
        report["pdf_pages"] = renderer.page_count
        report["pdf_text"] = text
        if not args.pdf:
            flat = " ".join(text.split())
            failures += [f"PDF text lacks {line!r}" for line in VIETNAMESE_LINES
                         if " ".join(line.split()) not in flat]
    finally:
        renderer.close()

    loaded = sorted(name for name in sys.modules if name.startswith(FORBIDDEN_PREFIXES))
    report["forbidden_modules_loaded"] = loaded
    failures += [f"loaded {name}" for name in loaded]

    if app.login is not None:
        app.login.close()
    app.shutdown()
    qapp.processEvents()
    report["failures"] = failures
    report["seconds"] = round(time.monotonic() - started, 2)
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2),
                                     encoding="utf-8")
    if sys.stdout is not None:  # None in the windowed Windows program
        print(json.dumps({"failures": failures, "seconds": report["seconds"]},
                         ensure_ascii=False))
    return 1 if failures else 0
