"""Translations are complete and load; the command line and the demo launcher's pieces."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.demo import generate_password, parse_accounts
from desktop.i18n import I18N_DIR, install_language
from desktop.main import build_parser, main

LANGUAGES = ("vi", "en", "fr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    tree = ET.parse(I18N_DIR / f"phigiay_{language}.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 100
    states = [(m.findtext("source"), m.find("translation")) for m in messages]
    unfinished = [source for source, translation in states
                  if translation is None or translation.get("type", "") != ""]
    assert unfinished == []


@pytest.mark.parametrize("catalogue", [*(f"phigiay_{language}" for language in LANGUAGES),
                                       "qtbase_vi"])
def test_compiled_catalogue_matches_its_source(catalogue: str) -> None:
    """The shipped .qm holds every translation of its .ts (a stale .qm shows English).

    Compared by content, not by file times: a fresh clone gives both files
    the same checkout time in no particular order.
    """
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"{catalogue}.qm"))
    stale = []
    for context in ET.parse(I18N_DIR / f"{catalogue}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or not translation.text:
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            if translator.translate(name, source, comment) != translation.text:
                stale.append((name, source))
    assert stale == []


def test_translator_switches_language(ui_app: QApplication) -> None:
    def directory() -> str:
        return QCoreApplication.translate("Navigation", "Directory")

    try:
        assert install_language("fr") and directory() == "Annuaire"
        assert install_language("en") and directory() == "Directory"
    finally:
        install_language("vi")
    assert directory() == "Danh bạ"


def test_demo_pieces() -> None:
    password = generate_password()
    assert len(password) >= 10 and any(c.isdigit() for c in password)
    output = ("Demo agency loaded: 2 people. Logins (shown once):\n"
              "  baotq          pw-1234567890    Trần Quốc Bảo — Chuyên viên quản trị [admin]\n"
              "  khanglm        pw-1234567890    Lê Minh Khang — Bộ trưởng, Chủ nhiệm "
              "[cabinet_member, leader]\n")
    accounts = parse_accounts(output)
    assert [a.username for a in accounts] == ["baotq", "khanglm"]
    assert accounts[1].roles == ("cabinet_member", "leader")
    assert accounts[1].position == "Bộ trưởng, Chủ nhiệm"


def test_command_line() -> None:
    args = build_parser().parse_args(["--language", "fr", "demo", "--user", "khanglm"])
    assert args.command == "demo" and args.user == "khanglm" and args.language == "fr"
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0


def test_shipped_fonts_are_loaded(ui_app: QApplication) -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from desktop.fonts import load_fonts

    assert {"Liberation Sans", "Liberation Serif"} <= set(load_fonts())
    assert "Liberation Sans" in QFontDatabase.families()
    assert QFontInfo(ui_app.font()).family() == "Liberation Sans"


def test_start_up_does_not_import_the_signing_stack() -> None:
    import subprocess
    import sys

    code = "import sys, desktop.main, desktop.app; print(sorted(m for m in sys.modules " \
           "if m.split('.')[0] in ('signing', 'pyhanko', 'server')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]"


def test_every_translatable_string_is_one_lupdate_can_read() -> None:
    """lupdate reads only double-quoted literals: ``tr('x')`` stays English in every language."""
    import re

    unreadable = re.compile(r"""\btr\(\s*(?:f?')|\btranslate\(\s*"[^"]*"\s*,\s*(?:f?')""")
    found = [f"{path.relative_to(I18N_DIR.parent)}:{number}"
             for path in sorted(I18N_DIR.parent.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if unreadable.search(line)]
    assert found == []
