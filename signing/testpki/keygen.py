"""Regenerate the test PKI's key pairs: ``python -m signing.testpki.keygen``.

The keys are committed as PEM so that every run builds the same certificates (certomancer derives
certificates deterministically from keys and the YAML); this script exists so nobody has to trust
opaque files. RSA 2048 because the Vietnamese government tokens in the field are RSA.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_LABELS: tuple[str, ...] = (
    "root",
    "issuing",
    "ocsp",
    "tsa1",
    "tsa2",
    "leader-an",
    "leader-binh",
    "leader-cuong",
    "leader-dung",
    "seal-vpcp",
)
"""Every key the PKI configuration references, by file stem."""


def generate(folder: Path, *, overwrite: bool = False) -> list[Path]:
    """Write one unencrypted PKCS#8 PEM per label into ``folder``; return the written paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for label in KEY_LABELS:
        path = folder / f"{label}.key.pem"
        if path.exists() and not overwrite:
            continue
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover
    out = generate(Path(__file__).parent / "keys", overwrite="--overwrite" in sys.argv)
    print("\n".join(str(p) for p in out))
