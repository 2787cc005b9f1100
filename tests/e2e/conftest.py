"""One demo agency served by a real ``phigiay-server run`` process for the whole e2e session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from signing.demo_images import seal_png
from signing.testpki import PFX_PASSPHRASE
from tests.fixtures.databases import (
    create_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)
from tests.fixtures.pki import in_process_pki
from tests.fixtures.process import RunningServer, run_cli, running_server, server_env

ADMIN_PASSWORD = "Quan-tri-2026"
DEMO_PASSWORD = "Demo-phigiay-2026"


def _signature_env(data_dir: Path) -> dict[str, str]:
    """The agency trusts the test PKI and seals with its PKCS#12 seal (small-agency set-up)."""
    pki = in_process_pki()
    folder = data_dir.parent / "pki"
    folder.mkdir(exist_ok=True)
    (folder / "roots.pem").write_bytes(pki.root_pem)
    (folder / "seal.pfx").write_bytes(pki.pkcs12("seal-vpcp"))
    (folder / "seal.png").write_bytes(seal_png())
    return {"PHIGIAY_TRUST_ROOTS": str(folder / "roots.pem"),
            "PHIGIAY_SEAL_PKCS12": str(folder / "seal.pfx"),
            "PHIGIAY_SEAL_PKCS12_PASSPHRASE": PFX_PASSPHRASE.decode(),
            "PHIGIAY_SEAL_IMAGE": str(folder / "seal.png")}


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A freshly initialised demo agency served by a real process (SQLite or PostgreSQL)."""
    admin_url = postgres_admin_url()
    database_url = create_postgres_database(admin_url) if admin_url else None
    data_dir: Path = tmp_path_factory.mktemp("server")
    env = server_env(data_dir, database_url)
    env.update({"ADMIN_PW": ADMIN_PASSWORD, "DEMO_PW": DEMO_PASSWORD})
    env.update(_signature_env(data_dir))
    init = run_cli(["init", "--admin-password-env", "ADMIN_PW"], env)
    assert init.returncode == 0, init.stderr
    assert "000.00.00.G22" in init.stdout and ADMIN_PASSWORD not in init.stdout
    demo = run_cli(["demo-data", "--password-env", "DEMO_PW"], env)
    assert demo.returncode == 0, demo.stderr
    try:
        with running_server(env) as running:
            yield running
    finally:
        if admin_url and database_url:
            drop_postgres_database(admin_url, database_url)


@pytest.fixture
def api(server: RunningServer) -> Iterator[httpx.Client]:
    """An HTTP client of the running server."""
    with httpx.Client(base_url=server.base_url, timeout=30) as client:
        yield client


@pytest.fixture
def login(api: httpx.Client) -> Callable[..., dict[str, str]]:
    """Sign a demo user in; returns the Authorization header."""

    def _login(username: str, password: str = DEMO_PASSWORD) -> dict[str, str]:
        response = api.post("/api/v1/auth/login",
                            json={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _login
