"""Integration fixtures of the signing tests: ``served_pki`` and ``tokens`` come from the shared
plugin :mod:`tests.fixtures.pki` (the server's signature tests use the same session tokens)."""

from __future__ import annotations

from tests.fixtures.pki import (
    HSM_TOKEN,
    LEADER_TOKEN,
    SO_PIN,
    SOFTHSM_LIB,
    USER_PIN,
    ServedPki,
    Tokens,
    require,
)

__all__ = [
    "HSM_TOKEN",
    "LEADER_TOKEN",
    "SO_PIN",
    "SOFTHSM_LIB",
    "USER_PIN",
    "ServedPki",
    "Tokens",
    "require",
]
