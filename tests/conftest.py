"""Shared test set-up: headless Qt before any import of it, and the shared fixture plugins."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fixtures.databases", "tests.fixtures.server", "tests.fixtures.pki"]
