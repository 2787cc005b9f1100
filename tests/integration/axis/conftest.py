"""A hub process per test, on SQLite and (with PHIGIAY_TEST_POSTGRES_URL) on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fixtures.databases import (
    create_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)
from tests.integration.axis.hubproc import HubProcess

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def hub_database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """``None`` (SQLite in the data dir) or a fresh PostgreSQL database of the hub's own."""
    if request.param == "sqlite":
        yield None
        return
    admin_url = postgres_admin_url()
    if admin_url is None:
        pytest.skip("PHIGIAY_TEST_POSTGRES_URL is not set")
    url = create_postgres_database(admin_url)
    yield url
    drop_postgres_database(admin_url, url)


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory,
        hub_database_url: str | None) -> Iterator[HubProcess]:
    """A running hub shared by a module's tests (each test uses its own organ ids)."""
    process = HubProcess(tmp_path_factory.mktemp("hub"), hub_database_url)
    process.start()
    yield process
    process.stop()
