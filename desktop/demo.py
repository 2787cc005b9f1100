"""``phigiay demo``: a local agency server with the demo people, run as a child process.

The client never imports the server: it starts ``python -m server.cli`` (the same interpreter, so
the same installation) with a data directory of its own, waits for ``/health`` and stops it on
exit. Every demo person gets one generated password, shown on the login screen.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from desktop.text import fold

PASSWORD_VARIABLE = "PHIGIAY_DEMO_PASSWORD"
DEMO_PFX_PASSPHRASE = "phigiay"
"""Passphrase of the test PKI's PKCS#12 files (signing.testpki.PFX_PASSPHRASE)."""
ADMIN_USERNAME = "admin"
DEFAULT_DEMO_USER = "lannt"
"""The demo clerk the client is pre-filled with."""

_CHEAP_HASHING = {"PHIGIAY_ARGON2_MEMORY_KIB": "1024", "PHIGIAY_ARGON2_TIME_COST": "1"}
_LOGIN_LINE = re.compile(r"^\s+(\S+)\s+\S+\s+(.+?) — (.*) \[(.*)\]\s*$")


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, ask for SIGTERM when the client dies, even killed."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class DemoServerError(RuntimeError):
    """The demo server could not be prepared or did not start."""


@dataclass(frozen=True)
class DemoAccount:
    """A demo person one may sign in as."""

    username: str
    full_name: str
    position: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class DemoInfo:
    """What the login screen shows about a running demo server."""

    server_url: str
    password: str
    accounts: tuple[DemoAccount, ...] = field(default=())


DEMO_ROLE_ORDER = ("clerk", "leader", "unit_head", "officer", "meeting_secretary",
                   "cabinet_member", "admin")
"""The order demo people are offered in: the office workflow first, then meetings, then IT."""


def accounts_by_role(accounts: Sequence[DemoAccount],
                     ) -> list[tuple[str, tuple[DemoAccount, ...]]]:
    """The demo people grouped by their main role (the first of theirs in DEMO_ROLE_ORDER).

    Each person appears once; roles nobody holds are left out; unknown roles come last.
    """
    def main_role(account: DemoAccount) -> str:
        known = [r for r in DEMO_ROLE_ORDER if r in account.roles]
        return known[0] if known else (account.roles[0] if account.roles else "")

    groups: dict[str, list[DemoAccount]] = {}
    for account in accounts:
        groups.setdefault(main_role(account), []).append(account)
    ordered = [r for r in DEMO_ROLE_ORDER if r in groups] + sorted(
        r for r in groups if r not in DEMO_ROLE_ORDER)
    # Folded names sort as a Vietnamese reader expects (Đ with D, not after Z).
    return [(role, tuple(sorted(groups[role], key=lambda a: (fold(a.full_name), a.username))))
            for role in ordered]


def generate_password() -> str:
    """A shared demo password that passes the server's rules (letters and digits, ≥ 10)."""
    return f"Demo-{secrets.token_hex(4)}-{secrets.randbelow(90) + 10}"


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def parse_accounts(output: str) -> tuple[DemoAccount, ...]:
    """The logins listed by ``phigiay-server demo-data``."""
    accounts = []
    for line in output.splitlines():
        match = _LOGIN_LINE.match(line)
        if match:
            username, full_name, position, roles = match.groups()
            accounts.append(DemoAccount(username, full_name, position,
                                        tuple(r.strip() for r in roles.split(",") if r.strip())))
    return tuple(accounts)


class DemoServer:
    """A child ``phigiay-server`` on a free loopback port, with demo data."""

    def __init__(self, data_dir: Path | None = None, *, password: str | None = None,
                 extra_env: Mapping[str, str] | None = None, python: str = sys.executable) -> None:
        self._own_dir = data_dir is None
        self.data_dir = data_dir or Path(tempfile.mkdtemp(prefix="phigiay-demo-"))
        self.password = password or generate_password()
        self.port = 0
        self._python = python
        # Nothing of the caller's own server configuration (e.g. PHIGIAY_DATABASE_URL) may
        # reach the demo server: demo people must never land in a real database.
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("PHIGIAY_")}
        self._env = {**inherited, **_CHEAP_HASHING, **(extra_env or {}),
                     "PHIGIAY_DATA_DIR": str(self.data_dir), PASSWORD_VARIABLE: self.password}
        self._process: subprocess.Popen[bytes] | None = None
        self.accounts: tuple[DemoAccount, ...] = ()

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def info(self) -> DemoInfo:
        """What the login screen needs."""
        return DemoInfo(self.url, self.password, self.accounts)

    def _cli(self, *args: str) -> str:
        command = [self._python, "-m", "server.cli", *args]
        done = subprocess.run(command, env=self._env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise DemoServerError(f"{' '.join(args[:1])} failed: {done.stderr.strip()[-500:]}")
        return done.stdout

    def _demo_pki(self) -> None:
        """Give the demo agency the test PKI's seal and trust root, so issuance works."""
        folder = self.data_dir / "pki"
        command = [self._python, "-m", "signing.cli", "pki", str(folder)]
        done = subprocess.run(command, env=self._env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise DemoServerError(f"test PKI failed: {done.stderr.strip()[-500:]}")
        self._env.update({
            "PHIGIAY_TRUST_ROOTS": str(folder / "root.cert.pem"),
            "PHIGIAY_SEAL_PKCS12": str(folder / "seal-vpcp.pfx"),
            "PHIGIAY_SEAL_PKCS12_PASSPHRASE": DEMO_PFX_PASSPHRASE,
        })

    def prepare(self) -> None:
        """Initialise the data directory and load the demo people."""
        self._demo_pki()
        self._cli("init", "--admin-password-env", PASSWORD_VARIABLE)
        self.accounts = parse_accounts(self._cli("demo-data", "--password-env", PASSWORD_VARIABLE))
        admin = DemoAccount(ADMIN_USERNAME, "Quản trị hệ thống", "", ("admin",))
        self.accounts = (admin, *self.accounts)

    def start(self, *, timeout: float = 30.0, log_level: str = "warning") -> None:
        """Run the server and wait until ``/health`` answers."""
        self.port = free_port()
        command = [self._python, "-m", "server.cli", "run", "--port", str(self.port),
                   "--log-level", log_level]
        self._process = subprocess.Popen(command, env=self._env, stdin=subprocess.DEVNULL,
                                         preexec_fn=_die_with_parent)
        self._wait_healthy(timeout)

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise DemoServerError(f"the server exited with code {self._process.returncode}")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise DemoServerError(f"the server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        """Stop the server (politely, then firmly) and remove a data directory we created."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._own_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> DemoServer:
        self.prepare()
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_cli(argv: Sequence[str]) -> int:
    """Run a demo server in the foreground (``python -m desktop.demo``), for trying the API."""
    with DemoServer() as server:
        print(f"Demo server at {server.url}; password of every demo person: {server.password}")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(run_cli(sys.argv[1:]))
