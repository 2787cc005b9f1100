"""Signing settings: PAdES level, locks, and the YAML-loadable :class:`SignerProfile`."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from signing.errors import SigningError
from signing.sources import TimestampSource, ValidationSources
from signing.stamp import Box, StampLayout

__all__ = ["DocMdp", "FieldLock", "LockAction", "PadesLevel", "SignOptions", "SignerProfile"]


class PadesLevel(enum.StrEnum):
    """PAdES baseline levels (ETSI EN 319 142-1)."""

    B_B = "B-B"
    """Basic signature."""
    B_T = "B-T"
    """With a signature time stamp from a TSA."""
    B_LT = "B-LT"
    """B-T plus certificates, CRLs and OCSP responses in the document (verifiable offline)."""
    B_LTA = "B-LTA"
    """B-LT plus a document time stamp protecting the validation data."""

    @property
    def needs_timestamp(self) -> bool:
        """Whether this level needs a :class:`TimestampSource`."""
        return self is not PadesLevel.B_B


class DocMdp(enum.IntEnum):
    """Changes a certification signature (or a field lock's ``/P``) allows afterwards."""

    NO_CHANGES = 1
    FILL_FORMS = 2
    """Filling form fields and adding signatures (what the issuance steps need)."""
    ANNOTATE = 3


class LockAction(enum.StrEnum):
    """Which fields a FieldMDP lock freezes."""

    ALL = "all"
    INCLUDE = "include"
    """Only the listed fields."""
    EXCLUDE = "exclude"
    """Every field except the listed ones."""


@dataclass(frozen=True)
class FieldLock:
    """A FieldMDP lock written into the signature field before signing."""

    action: LockAction = LockAction.ALL
    """Which fields are frozen."""

    fields: tuple[str, ...] = ()
    """Field names the action refers to (ignored for ``ALL``)."""

    doc_mdp: DocMdp | None = None
    """Optional ``/P`` of the lock (PDF 2.0): also restrict the whole document after signing."""


@dataclass(frozen=True)
class SignOptions:
    """Everything about one signature except the key."""

    level: PadesLevel = PadesLevel.B_B
    """PAdES level to reach."""

    field_name: str | None = None
    """Signature field to fill; created (invisible unless ``box``) when missing. ``None`` lets
    pyHanko pick a fresh name."""

    page: int = 0
    """Page (0-based) for a new visible field."""

    box: Box | None = None
    """Rectangle of a new visible field; ignored when the field already exists."""

    appearance: StampLayout | None = None
    """Official appearance to draw in a visible field."""

    reason: str | None = None
    """Reason recorded in the signature dictionary."""

    location: str | None = None
    """Place of signing."""

    certify: DocMdp | None = None
    """Make this a certification (author) signature with this DocMDP level; first signature
    only."""

    lock: FieldLock | None = None
    """FieldMDP lock for the signature field."""

    pre_locks: tuple[tuple[str, FieldLock], ...] = ()
    """Locks to write on *other* empty signature fields in this signature's revision. A later
    signer cannot add a lock to its own field without that counting as a forbidden change to the
    earlier signatures, so the first signer puts the later locks in place."""

    timestamp: TimestampSource | None = None
    """TSA for B-T and above."""

    validation: ValidationSources = field(default_factory=ValidationSources)
    """Where B-LT/B-LTA validation data comes from."""


_PROFILE_KEYS = {
    "level",
    "tsa_url",
    "tsa_timeout",
    "allow_fetching",
    "reason",
    "location",
    "trust_roots",
}


@dataclass(frozen=True)
class SignerProfile:
    """Deployment settings for signing, loaded from YAML (``phigiay-sign``, server, desktop)."""

    level: PadesLevel = PadesLevel.B_LT
    """Default level; B-LT keeps documents verifiable after certificates expire."""

    tsa_url: str | None = None
    """Time-stamping authority."""

    tsa_timeout: float = 10.0
    """Seconds to wait for the TSA."""

    allow_fetching: bool = True
    """Whether OCSP/CRL may be fetched from the network for B-LT."""

    reason: str | None = None
    """Default reason."""

    location: str | None = None
    """Default place of signing."""

    trust_roots: tuple[Path, ...] = ()
    """PEM files of trusted roots."""

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> SignerProfile:
        """Build from a mapping with kebab- or snake-case keys; unknown keys are an error.

        Raises:
            SigningError: unknown key or invalid value.
        """
        normalised = {str(k).replace("-", "_"): v for k, v in config.items()}
        unknown = set(normalised) - _PROFILE_KEYS
        if unknown:
            raise SigningError(f"unknown signer profile keys: {', '.join(sorted(unknown))}")
        try:
            if "level" in normalised:
                normalised["level"] = PadesLevel(normalised["level"])
            if "trust_roots" in normalised:
                normalised["trust_roots"] = tuple(Path(p) for p in normalised["trust_roots"])
            return cls(**normalised)
        except (ValueError, TypeError) as e:
            raise SigningError(f"invalid signer profile: {e}") from e

    @classmethod
    def from_yaml(cls, text: str) -> SignerProfile:
        """Parse a YAML document (a mapping) into a profile."""
        data = yaml.safe_load(text) or {}
        if not isinstance(data, Mapping):
            raise SigningError("signer profile must be a YAML mapping")
        return cls.from_config(data)

    def options(self, **overrides: Any) -> SignOptions:
        """:class:`SignOptions` from this profile; keyword arguments override fields."""
        sources = ValidationSources(
            trust_roots=tuple(p.read_bytes() for p in self.trust_roots),
            allow_fetching=self.allow_fetching,
        )
        tsa = TimestampSource.http(self.tsa_url, timeout=self.tsa_timeout) if self.tsa_url else None
        base: dict[str, Any] = {
            "level": self.level,
            "reason": self.reason,
            "location": self.location,
            "timestamp": tsa,
            "validation": sources,
        }
        base.update(overrides)
        return SignOptions(**base)
