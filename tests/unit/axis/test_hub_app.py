"""The hub app in-process: registration modes, schema version, and the edxml package boundary."""

from __future__ import annotations

import ast
import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import insert

from server.axis import edxml
from server.axis.hub.db import SCHEMA_VERSION, ensure_schema, make_engine
from server.axis.hub.run import HubOptions, build_app
from server.axis.hub.tables import schema_version
from tests.unit.axis import samples

EDXML_DIR = Path(edxml.__file__).parent


def _call(app: Any, method: str, url: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://hub") as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(go())


def test_open_registration_and_generated_secret(tmp_path: Path) -> None:
    app = build_app(HubOptions(data_dir=tmp_path, open_registration=True))
    created = _call(app, "POST", "/api/v1/agencies", json={"organ_id": "000.00.00.G22"})
    assert created.status_code == 201 and len(created.json()["secret"]) >= 32
    short = _call(app, "POST", "/api/v1/agencies",
                  json={"organ_id": "000.00.00.H41", "secret": "short"})
    assert short.status_code == 400
    bad_id = _call(app, "POST", "/api/v1/agencies", json={"organ_id": "not an id!"})
    assert bad_id.status_code == 400
    token = f"Bearer 000.00.00.G22:{created.json()['secret']}"
    empty = _call(app, "POST", "/api/v1/messages", headers={"Authorization": token})
    assert empty.status_code == 400
    unknown = _call(app, "POST", "/api/v1/messages", headers={"Authorization": token},
                    content=edxml.build_document(samples.document()))
    assert unknown.status_code == 422 and unknown.json()["code"] == "unknown_organ_id"
    assert unknown.headers["content-type"] == "application/problem+json"
    assert sorted(unknown.json()["unknown"]) == ["000.00.00.H41", "000.00.00.H42"]


def test_closed_registration_without_admin_token(tmp_path: Path) -> None:
    app = build_app(HubOptions(data_dir=tmp_path))
    response = _call(app, "POST", "/api/v1/agencies", json={"organ_id": "000.00.00.G22"})
    assert response.status_code == 403
    assert _call(app, "GET", "/api/v1/agencies").status_code == 401


def test_schema_is_created_once_and_a_newer_one_is_refused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'hub.db'}")
    assert ensure_schema(engine) == SCHEMA_VERSION
    assert ensure_schema(engine) == SCHEMA_VERSION
    with engine.begin() as connection:
        connection.execute(insert(schema_version).values(version=SCHEMA_VERSION + 1,
                                                         applied_at=datetime.now(UTC)))
    with pytest.raises(RuntimeError, match="newer"):
        ensure_schema(engine)


def test_edxml_package_imports_no_framework() -> None:
    allowed = {"lxml", "cryptography", "server", "__future__"}
    for path in EDXML_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        roots = {alias.name.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.Import) for alias in node.names}
        roots |= {node.module.split(".")[0] for node in ast.walk(tree)
                  if isinstance(node, ast.ImportFrom) and node.module and node.level == 0}
        third_party = {r for r in roots if r not in allowed and not _stdlib(r)}
        assert third_party == set(), path.name
        modules = {node.module for node in ast.walk(tree)
                   if isinstance(node, ast.ImportFrom) and node.module}
        assert all(m.startswith("server.axis.edxml") for m in modules if m.startswith("server"))


def _stdlib(name: str) -> bool:
    import sys

    return name in sys.stdlib_module_names
