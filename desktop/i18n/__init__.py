"""Translations of the interface: source strings in English, Vietnamese by default.

``phigiay_<lang>.ts`` are produced by ``pyside6-lupdate`` and compiled to ``.qm`` by
``pyside6-lrelease`` (``update.sh``); ``install_language`` loads one at start-up or on a switch.

Qt's own texts (standard buttons, message boxes, file dialogs, edit menus) come from Qt's
``qtbase_<lang>.qm``. Qt ships none for Vietnamese, so ``qtbase_vi.ts`` here translates the ones
the client shows (same contexts and sources as Qt's); rebuild it with
``.venv/bin/pyside6-lrelease desktop/i18n/qtbase_vi.ts``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English", "fr": "Français"}
"""Each language by its own name (never translated)."""

_installed: list[QTranslator] = []


def qm_path(language: str) -> Path:
    """The compiled translation of a language."""
    return I18N_DIR / f"phigiay_{language}.qm"


def qt_own_translator(language: str) -> QTranslator | None:
    """Qt's texts in ``language``: Qt's catalogue where it ships one, else ours, else none."""
    translator = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", qt_dir) or translator.load(
            str(I18N_DIR / f"qtbase_{language}.qm")):
        return translator
    return None


def install_language(language: str) -> bool:
    """Replace the installed translators with ``language``'s; False if its file is missing."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    ours = QTranslator()
    loaded = ours.load(str(qm_path(language)))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = qt_own_translator(language)
    if qt_own is not None:
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return loaded
