"""Translations of the interface: source strings in English, Vietnamese by default.

``phigiay_<lang>.ts`` are produced by ``pyside6-lupdate`` and compiled to ``.qm`` by
``pyside6-lrelease`` (``update.sh``); ``install_language`` loads one at start-up or on a switch.
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
    qt_own = QTranslator()  # Qt's texts (context menus), where Qt ships the language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return loaded
