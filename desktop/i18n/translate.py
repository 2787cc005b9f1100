"""Fill the translation sources from catalogues, for work on several screens at once.

    python -m desktop.i18n.translate missing          # what is unfinished, as a skeleton
    python -m desktop.i18n.translate fill CATALOG.json  # lupdate, fill, lrelease

A catalogue maps context → English source → {"vi": ..., "fr": ...} (English is the source
itself); for a ``%n`` message give one form per language. The whole run holds an exclusive lock
on the i18n folder, so people working on different screens can fill their parts in turn without
losing each other's translations (lupdate keeps finished ones).
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("vi", "en", "fr")
Catalogue = dict[str, dict[str, dict[str, str]]]


@contextmanager
def _locked() -> Iterator[None]:
    with open(HERE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _tool(name: str) -> str:
    folder = Path(os.environ.get("PYSIDE6_BIN", ROOT / ".venv" / "bin"))
    return str(folder / name)


def _ts(language: str) -> Path:
    return HERE / f"phigiay_{language}.ts"


def _sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop").rglob("*.py")
                  if "__pycache__" not in path.parts)


def _lupdate() -> None:
    for language in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "en",
                        "-target-language", language, *_sources(), "-ts", str(_ts(language))],
                       cwd=ROOT, check=True, capture_output=True)


def _lrelease() -> None:
    for language in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), str(_ts(language)), "-qm",
                        str(HERE / f"phigiay_{language}.qm")], check=True, capture_output=True)


def _messages(tree: etree._ElementTree) -> Iterator[tuple[str, etree._Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _unfinished(message: etree._Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type", "") != ""


def _set(message: etree._Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = etree.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        translation.text = None
        etree.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text


def _write(tree: etree._ElementTree, path: Path) -> None:
    body = etree.tostring(tree, encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")
    temporary = path.with_suffix(".ts.tmp")
    temporary.write_bytes(body + b"\n")
    temporary.replace(path)


def missing() -> Catalogue:
    """Every message some language still lacks, with the translations it already has."""
    found: Catalogue = {}
    trees = {language: etree.parse(str(_ts(language))) for language in ("vi", "fr")}
    for language, tree in trees.items():
        for context, message in _messages(tree):
            if _unfinished(message):
                source = message.findtext("source") or ""
                found.setdefault(context, {}).setdefault(source, {})[language] = ""
    return found


def fill(catalogues: list[Catalogue]) -> list[str]:
    """Fill the sources from ``catalogues``; return what is still unfinished afterwards."""
    merged: Catalogue = {}
    for catalogue in catalogues:
        for context, entries in catalogue.items():
            merged.setdefault(context, {}).update(entries)
    left: list[str] = []
    for language in LANGUAGES:
        path = _ts(language)
        tree = etree.parse(str(path))
        for context, message in _messages(tree):
            source = message.findtext("source") or ""
            if not _unfinished(message):
                continue
            if language == "en":
                _set(message, source)
                continue
            text = merged.get(context, {}).get(source, {}).get(language)
            if text:
                _set(message, text)
            else:
                left.append(f"{language}: {context}: {source}")
        _write(tree, path)
    return left


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("missing", "fill"):
        print(__doc__)
        return 2
    with _locked():
        _lupdate()
        if argv[0] == "missing":
            _lrelease()  # the .qm must never be older than its .ts
            print(json.dumps(missing(), ensure_ascii=False, indent=2))
            return 0
        catalogues = [json.loads(Path(name).read_text(encoding="utf-8")) for name in argv[1:]]
        left = fill(catalogues)
        _lupdate()  # back to lupdate's own formatting, so the diff shows only translations
        _lrelease()
    for line in left:
        print("unfinished", line)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
