"""The core stays a pure-Python package: stdlib only, one error root."""

from __future__ import annotations

import ast
import inspect
import pathlib
import sys

import meetings
from meetings import errors

ROOT = pathlib.Path(meetings.__file__).parent


def test_meetings_imports_only_stdlib_and_itself() -> None:
    foreign = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "meetings" and top not in sys.stdlib_module_names:
                    foreign.add(f"{path.relative_to(ROOT)}: {name}")
    assert not foreign


def test_every_error_descends_from_meeting_error() -> None:
    classes = [
        c for _, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__
    ]
    assert len(classes) > 20
    assert all(issubclass(c, errors.MeetingError) for c in classes)
