"""ASGI entry for uvicorn workers: settings from the environment, read once per process."""

from __future__ import annotations

from fastapi import FastAPI

from server.core.settings import Settings
from server.main import create_app


def create_app_from_environment() -> FastAPI:
    """Build the app from ``PHIGIAY_*`` variables (used by ``phigiay-server run``)."""
    return create_app(Settings())
