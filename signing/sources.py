"""Where signing and validation get time stamps and validation data from.

Nothing is fetched from the network unless a caller says so: :class:`ValidationSources` has
``allow_fetching=False`` by default, and a :class:`TimestampSource` is only contacted when a
level above B-B is requested.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from signing import _sources

__all__ = ["RevocationMode", "TimestampSource", "ValidationSources"]


class RevocationMode(enum.StrEnum):
    """How strictly certificate revocation is checked."""

    HARD = "hard"
    """Revocation data must be found for every certificate; missing data → indeterminate."""
    SOFT = "soft"
    """Use revocation data that is available; missing or unreachable data is tolerated."""
    OFF = "off"
    """Do not check revocation at all (only for diagnosis)."""


@dataclass(frozen=True)
class ValidationSources:
    """Trust anchors and revocation data for building and checking certificate paths."""

    trust_roots: tuple[bytes, ...] = ()
    """Trusted root certificates (PEM or DER). Empty when signing: the signer's own chain root is
    used to collect validation data."""

    extra_certs: tuple[bytes, ...] = ()
    """Intermediate certificates (PEM or DER) that may be needed to build paths."""

    crls: tuple[bytes, ...] = ()
    """Pre-fetched CRLs (DER)."""

    ocsp_responses: tuple[bytes, ...] = ()
    """Pre-fetched OCSP responses (DER)."""

    allow_fetching: bool = False
    """Whether OCSP responders and CRL distribution points may be contacted over the network."""


class TimestampSource:
    """An RFC 3161 time-stamping authority.

    Build one with :meth:`http`; the test PKI (:mod:`signing.testpki`) provides in-process ones.
    """

    def __init__(self, backend: Any, description: str) -> None:
        self._backend = backend
        self.description = description
        """Where time stamps come from (URL or test TSA name)."""

    @classmethod
    def http(
        cls,
        url: str,
        *,
        timeout: float = 10.0,
        username: str | None = None,
        password: str | None = None,
    ) -> TimestampSource:
        """A TSA reached over HTTP(S); ``timeout`` (seconds) bounds every request."""
        return cls(_sources.http_timestamper(url, timeout, username, password), url)

    def __repr__(self) -> str:
        return f"TimestampSource({self.description!r})"
