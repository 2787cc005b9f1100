"""The phigiay test PKI: a certomancer model of the Vietnamese government PKI.

``pki.yml`` defines a root, an issuing CA, an OCSP responder, CRLs, two TSAs with overlapping
validity, four leaders (``leader-an``, ``leader-binh`` valid; ``leader-cuong`` revoked since
2026-06-01; ``leader-dung`` expired end of 2024) and the agency seal ``seal-vpcp`` of Văn phòng
Chính phủ. :class:`PhigiayPki` serves it in process — certificates, PKCS#12 files, time stamps,
CRLs and OCSP responses without any HTTP — and writes it to a folder for the CLI and for
``certomancer animate``. Test support only: certomancer is a test dependency, imported lazily.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from signing.keys import SigningKey, load_pkcs12
from signing.sources import TimestampSource, ValidationSources

__all__ = ["ARCH", "CONFIG_PATH", "LEADERS", "PFX_PASSPHRASE", "PhigiayPki"]

CONFIG_PATH = Path(__file__).with_name("pki.yml")
"""The certomancer configuration."""

ARCH = "phigiay"
"""Name of the PKI architecture inside the configuration."""

PFX_PASSPHRASE = b"phigiay"
"""Passphrase of every PKCS#12 file the test PKI produces."""

LEADERS = ("leader-an", "leader-binh", "leader-cuong", "leader-dung")
"""Personal certificate labels: valid, valid, revoked, expired."""

_CRL_REPOS = ("root", "issuing")


class PhigiayPki:
    """In-process access to the test PKI.

    Args:
        url_prefix: base URL the certificates point to for OCSP/CRL (``http://127.0.0.1:PORT``
            when served by ``certomancer animate``); the configured one by default.
    """

    def __init__(self, *, url_prefix: str | None = None) -> None:
        from certomancer.registry import ArchLabel, CertomancerConfig

        self._config = CertomancerConfig.from_file(str(CONFIG_PATH), external_url_prefix=url_prefix)
        self.arch: Any = self._config.get_pki_arch(ArchLabel(ARCH))
        """The certomancer architecture (for tests that need more)."""

    def cert(self, label: str) -> Any:
        """asn1crypto certificate by label."""
        return self.arch.get_cert(label)

    def cert_der(self, label: str) -> bytes:
        """DER certificate by label."""
        return bytes(self.cert(label).dump())

    def cert_pem(self, label: str) -> bytes:
        """PEM certificate by label."""
        from asn1crypto import pem

        return bytes(pem.armor("CERTIFICATE", self.cert_der(label)))

    @property
    def root_pem(self) -> bytes:
        """The trust anchor, PEM."""
        return self.cert_pem("root")

    def pkcs12(self, label: str, passphrase: bytes = PFX_PASSPHRASE) -> bytes:
        """PKCS#12 with the key, the certificate and its chain."""
        return bytes(self.arch.package_pkcs12(label, password=passphrase))

    def key(self, label: str) -> SigningKey:
        """A ready :class:`SigningKey` for a certificate label (via its PKCS#12)."""
        return self._keys(label)

    def _keys(self, label: str) -> SigningKey:
        cache = self.__dict__.setdefault("_key_cache", {})
        if label not in cache:
            cache[label] = load_pkcs12(self.pkcs12(label), PFX_PASSPHRASE)
        return cache[label]  # type: ignore[no-any-return]

    def private_key_pem(self, label: str) -> bytes:
        """Unencrypted PKCS#8 PEM of a key (to import into SoftHSM)."""
        return (CONFIG_PATH.parent / "keys" / f"{label}.key.pem").read_bytes()

    def timestamp_source(
        self, label: str = "tsa1", *, at: datetime | None = None
    ) -> TimestampSource:
        """An in-process TSA; ``at`` fixes the time it certifies (default: now)."""
        from pyhanko.sign.timestamps import DummyTimeStamper

        tsa = DummyTimeStamper(
            tsa_cert=self.cert(label),
            tsa_key=self.arch.key_set.get_private_key(label),
            certs_to_embed=None,
            fixed_dt=at,
        )
        return TimestampSource(tsa, f"test TSA {label}")

    def crls(self, *, at: datetime | None = None) -> tuple[bytes, ...]:
        """Current CRLs of the root and the issuing CA, DER."""
        moment = at or datetime.now(UTC)
        registry = self.arch.service_registry
        return tuple(bytes(registry.get_crl(repo, at_time=moment).dump()) for repo in _CRL_REPOS)

    def ocsp_response(self, label: str, *, at: datetime | None = None) -> bytes:
        """A signed OCSP response for one certificate issued by the issuing CA, DER."""
        from asn1crypto import ocsp

        moment = at or datetime.now(UTC)
        responder = self.arch.service_registry.summon_responder("issuing", at_time=moment)
        cert, issuer = self.cert(label), self.cert("issuing")
        cert_id = ocsp.CertId(
            {
                "hash_algorithm": {"algorithm": "sha1"},
                "issuer_name_hash": hashlib.sha1(issuer.subject.dump()).digest(),
                "issuer_key_hash": issuer.public_key.sha1,
                "serial_number": cert.serial_number,
            }
        )
        single = responder.format_single_ocsp_response(cert_id, issuer)
        return bytes(responder.assemble_simple_ocsp_responses([single]).dump())

    def validation_sources(
        self, *, at: datetime | None = None, trusted: bool = True, ocsp_for: tuple[str, ...] = ()
    ) -> ValidationSources:
        """Root, intermediates and current revocation data, without network access."""
        return ValidationSources(
            trust_roots=(self.root_pem,) if trusted else (),
            extra_certs=(self.cert_der("issuing"), self.cert_der("ocsp")),
            crls=self.crls(at=at),
            ocsp_responses=tuple(self.ocsp_response(lbl, at=at) for lbl in ocsp_for),
            allow_fetching=False,
        )

    def write(self, folder: Path, *, passphrase: bytes = PFX_PASSPHRASE) -> list[Path]:
        """Write ``<label>.cert.pem`` for every certificate and ``<label>.pfx`` for signers."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for label in ("root", "issuing", "ocsp", "tsa1", "tsa2", *LEADERS, "seal-vpcp"):
            path = folder / f"{label}.cert.pem"
            path.write_bytes(self.cert_pem(label))
            written.append(path)
        for label in (*LEADERS, "seal-vpcp"):
            path = folder / f"{label}.pfx"
            path.write_bytes(self.pkcs12(label, passphrase))
            written.append(path)
        return written
