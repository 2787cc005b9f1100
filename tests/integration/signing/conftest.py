"""Integration fixtures: the test PKI served by ``certomancer animate`` on loopback, and SoftHSM2
tokens standing in for a leader's USB token and the agency HSM.

Tools are required when present: a test skips (with the reason) only when a binary is absent.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from signing.testpki import ARCH, CONFIG_PATH, PhigiayPki

SOFTHSM_LIB = Path("/usr/lib/softhsm/libsofthsm2.so")
USER_PIN, SO_PIN = "123456", "12345678"
LEADER_TOKEN, HSM_TOKEN = "leader-token", "agency-hsm"


def require(*binaries: str) -> None:
    missing = [b for b in binaries if shutil.which(b) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"certomancer animate exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"certomancer animate did not listen on {port} within {seconds}s")


@dataclass(frozen=True)
class ServedPki:
    pki: PhigiayPki
    base_url: str

    def tsa_url(self, label: str = "tsa1") -> str:
        return f"{self.base_url}/{ARCH}/tsa/{label}"


@pytest.fixture(scope="session")
def served_pki() -> Iterator[ServedPki]:
    certomancer = Path(sys.executable).with_name("certomancer")
    if not certomancer.exists():
        pytest.skip("certomancer command is not installed")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [
        str(certomancer),
        "--config",
        str(CONFIG_PATH),
        "--service-url-prefix",
        base,
        "animate",
        "--port",
        str(port),
        "--no-web-ui",
    ]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        _wait_for_port(port, proc, seconds=20)
        yield ServedPki(PhigiayPki(url_prefix=base), base)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)


def _run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True, timeout=60)


def _import(
    pki: PhigiayPki, tmp: Path, token: str, label: str, key_id: str, cert_label: str
) -> None:
    key_file = tmp / f"{label}.key.pem"
    key_file.write_bytes(pki.private_key_pem(label))
    cert_file = tmp / f"{label}.cert.der"
    cert_file.write_bytes(pki.cert_der(label))
    # key and certificate labels differ on purpose: real tokens pair them only by CKA_ID
    _run(
        "softhsm2-util",
        "--import",
        str(key_file),
        "--token",
        token,
        "--label",
        f"key-{key_id}",
        "--id",
        key_id,
        "--pin",
        USER_PIN,
    )
    _run(
        "pkcs11-tool",
        "--module",
        str(SOFTHSM_LIB),
        "--token-label",
        token,
        "--login",
        "--pin",
        USER_PIN,
        "--write-object",
        str(cert_file),
        "--type",
        "cert",
        "--id",
        key_id,
        "--label",
        cert_label,
    )


def _add_cert(pki: PhigiayPki, tmp: Path, token: str, label: str, cert_id: str) -> None:
    cert_file = tmp / f"{label}.cert.der"
    cert_file.write_bytes(pki.cert_der(label))
    _run(
        "pkcs11-tool",
        "--module",
        str(SOFTHSM_LIB),
        "--token-label",
        token,
        "--login",
        "--pin",
        USER_PIN,
        "--write-object",
        str(cert_file),
        "--type",
        "cert",
        "--id",
        cert_id,
        "--label",
        f"CA {label}",
    )


@dataclass(frozen=True)
class Tokens:
    module: str
    leader: str = LEADER_TOKEN
    hsm: str = HSM_TOKEN
    pin: str = USER_PIN


@pytest.fixture(scope="session")
def tokens(served_pki: ServedPki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tokens]:
    require("softhsm2-util", "pkcs11-tool")
    if not SOFTHSM_LIB.exists():
        pytest.skip(f"{SOFTHSM_LIB} is not installed")
    tmp = tmp_path_factory.mktemp("softhsm")
    (tmp / "tokens").mkdir()
    conf = tmp / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tmp / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read by the module at C_Initialize (first use)
    try:
        for token in (LEADER_TOKEN, HSM_TOKEN):
            _run(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                token,
                "--so-pin",
                SO_PIN,
                "--pin",
                USER_PIN,
            )
        pki = served_pki.pki
        _import(pki, tmp, LEADER_TOKEN, "leader-an", "01", "Nguyen Van An")
        _import(pki, tmp, LEADER_TOKEN, "leader-binh", "02", "Tran Thi Binh")
        _import(pki, tmp, HSM_TOKEN, "seal-vpcp", "0a", "Van phong Chinh phu")
        for token in (LEADER_TOKEN, HSM_TOKEN):  # tokens ship with the CA chain
            _add_cert(pki, tmp, token, "issuing", "c1")
            _add_cert(pki, tmp, token, "root", "c0")
        yield Tokens(module=str(SOFTHSM_LIB))
    finally:
        if previous is None:
            os.environ.pop("SOFTHSM2_CONF", None)
        else:
            os.environ["SOFTHSM2_CONF"] = previous
