"""The server's settings: read once at start-up, then passed down explicitly."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, FilePath, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "phigiay"


class Settings(BaseSettings):
    """Everything the agency server is configured with (``PHIGIAY_*`` environment variables)."""

    model_config = SettingsConfigDict(env_prefix="PHIGIAY_", frozen=True, extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    """Folder holding the SQLite database (by default), the file store and logs."""

    database_url: str | None = None
    """SQLAlchemy URL; ``postgresql+psycopg://…`` in production. Default: SQLite in data_dir."""

    max_upload_bytes: int = 100 * 1024 * 1024
    """Largest request body and stored file accepted."""

    token_ttl_minutes: int = 12 * 60
    """Lifetime of a login token."""

    lockout_threshold: int = 5
    """Consecutive failed logins that lock an account."""

    lockout_minutes: int = 15
    """How long a locked account stays locked."""

    password_min_length: int = 10
    """Shortest password accepted on creation or change."""

    argon2_time_cost: int = 3
    """argon2id iterations (RFC 9106 second recommended option uses 3)."""

    argon2_memory_kib: int = 64 * 1024
    """argon2id memory in KiB."""

    host: str = "127.0.0.1"
    """Address ``phigiay-server run`` binds."""

    port: int = 8400
    """Port ``phigiay-server run`` binds."""

    sse_heartbeat_seconds: float = 15.0
    """Interval of keep-alive comments on the event stream; the token is re-checked each time."""

    default_language: str = "vi"
    """Language of messages when the client does not ask for another (vi, en, fr)."""

    # --- Signatures: checks at upload and the agency seal at issuance (server/signatures) ---

    trust_roots: FilePath | None = None
    """PEM bundle of the root certificates the agency trusts (``PHIGIAY_TRUST_ROOTS``)."""

    revocation: Literal["hard", "soft", "off"] = "soft"
    """Revocation checking of signatures: hard, soft (missing data tolerated) or off."""

    revocation_fetch: bool = False
    """Whether OCSP responders and CRLs may be fetched over the network (never by default)."""

    seal_required: bool = True
    """Refuse issuance when no agency seal is configured (set false only without a seal)."""

    seal_pkcs11_module: FilePath | None = None
    """PKCS#11 module of the agency HSM holding the seal key."""

    seal_token_label: str | None = None
    """Label of the HSM token (partition) holding the seal key."""

    seal_key_label: str | None = None
    """Label of the seal certificate on the token (or give ``seal_key_id``)."""

    seal_key_id: str | None = None
    """CKA_ID (hex) of the seal certificate and key on the token."""

    seal_pin: SecretStr | None = None
    """User PIN of the HSM token."""

    seal_pkcs12: FilePath | None = None
    """PKCS#12 file of the seal, for small agencies without an HSM."""

    seal_pkcs12_passphrase: SecretStr | None = None
    """Passphrase of ``seal_pkcs12``."""

    seal_image: FilePath | None = None
    """The agency's red seal, a transparent PNG drawn in the seal's visible signature."""

    tsa_url: str | None = None
    """RFC 3161 time-stamping authority for the seal (B-T and above)."""

    seal_level: Literal["B-B", "B-T", "B-LT", "B-LTA"] | None = None
    """PAdES level of the seal; default B-T with a TSA (B-LT if fetching is allowed), else B-B."""

    # --- Meetings (server/meetings) ---

    meeting_notice_minutes: int = Field(default=15, ge=1, le=24 * 60)
    """How long before a published meeting's time its participants get "meeting starting"."""

    meeting_notice_sweep_seconds: float = Field(default=60.0, gt=0)
    """Pause between two looks for meetings about to start (the notice is at most this late)."""

    # --- National document axis connector (server/axis/connector) ---

    axis_enabled: bool = False
    """Exchange documents with other agencies through the axis hub (``PHIGIAY_AXIS_ENABLED``)."""

    axis_hub_url: str | None = None
    """Base URL of the axis hub, e.g. ``https://truc.example.gov.vn``."""

    axis_organ_id: str | None = None
    """This agency's organ id on the hub; default: the agency's own organ id (outgoing
    DocumentIds carry the agency's organ id, so only an agency that receives only may differ)."""

    axis_secret: SecretStr | None = None
    """The secret the hub registered this agency with (SDK ``SecretKey``)."""

    axis_poll_seconds: float = 10.0
    """Pause between two rounds of the connector (send the outbox, poll pending messages)."""

    axis_claim_seconds: float = 120.0
    """How long a worker holds an outbox message it is sending before another may retry it."""

    axis_retry_base_seconds: float = 5.0
    """First back-off after a failed send; doubled at each attempt (with jitter)."""

    axis_retry_max_seconds: float = 3600.0
    """Longest back-off between two attempts."""

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def effective_database_url(self) -> str:
        """The database URL, defaulting to the embedded SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'phigiay.db'}"

    @property
    def store_dir(self) -> Path:
        """Root of the content-addressed file store."""
        return self.data_dir / "store"
