"""Dependencies flow one way: the domain cores import no framework, database or Qt;
``desktop`` never imports ``server``; nothing imports ``server`` or ``desktop`` but themselves."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORKS = {"fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic", "psycopg", "PySide6",
              "shiboken6", "pydantic_settings"}
FORBIDDEN: dict[str, set[str]] = {
    "signing": FRAMEWORKS | {"server", "desktop", "meetings", "archive"},
    "meetings": FRAMEWORKS | {"server", "desktop", "archive"},
    "archive": FRAMEWORKS | {"server", "desktop", "meetings"},
    "desktop": {"server", "fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic", "psycopg"},
    "server": {"desktop", "PySide6"},
}


def imported_roots(path: Path) -> set[str]:
    """Top-level names of every module a file imports (absolute imports only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_flow_one_way(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    offences = [
        f"{path.relative_to(ROOT)} imports {', '.join(sorted(bad))}"
        for path in files
        if (bad := imported_roots(path) & FORBIDDEN[package])
    ]
    assert offences == []


def test_the_checker_sees_forbidden_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import fastapi.routing\nfrom sqlalchemy.orm import Session\n"
                      "from . import sibling\nfrom PySide6 import QtCore\n")
    assert imported_roots(sample) == {"fastapi", "sqlalchemy", "PySide6"}
