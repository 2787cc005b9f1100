"""The PyInstaller bundle of the desktop client, its tarball and .deb, built and run headless.

Slow (a build takes one to three minutes), so it runs only with ``PHIGIAY_TEST_BUNDLE=1``. The
build (``installers/scripts/build-linux.sh``) is kept under ``build/desktop-bundle/<hash>/``,
keyed by a hash of everything that goes into it, and reused while nothing changed. The bundled
program's pictures are copied to ``$PHIGIAY_SCREENSHOTS`` (default ``/tmp/phigiay-screens``) as
``bundle-login.png`` and ``bundle-page.png``: look at them.
"""

from __future__ import annotations

import configparser
import fcntl
import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "desktop-bundle"
SCREENSHOTS = Path(os.environ.get("PHIGIAY_SCREENSHOTS", "/tmp/phigiay-screens"))
INPUTS = ("desktop", "signing/fonts", "installers/pyinstaller", "installers/linux",
          "installers/scripts", "pyproject.toml")
MACHINE_CONFIG = """\
[connection]
server_url = "https://vanban.noivu.gov.vn"
[signing]
token_module = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"
[interface]
language = "vi"
"""


def _marker_declared() -> bool:
    """Whether pyproject declares the ``bundle`` marker (``--strict-markers`` needs it)."""
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    markers = options.get("tool", {}).get("pytest", {}).get("ini_options", {}).get("markers", [])
    return any(line.split(":")[0].strip() == "bundle" for line in markers)


pytestmark = [pytest.mark.skipif(
    os.environ.get("PHIGIAY_TEST_BUNDLE") != "1",
    reason="builds the desktop bundle (1-3 min): set PHIGIAY_TEST_BUNDLE=1 to run"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build")]
if _marker_declared():
    pytestmark.append(pytest.mark.bundle)


@dataclass(frozen=True)
class Build:
    """The results of one build."""

    bundle: Path
    tarball: Path
    deb: Path
    log: str


def input_hash() -> str:
    """A hash of every file the build reads, of the Python packages and of the Python."""
    digest = hashlib.sha256()
    for top in INPUTS:
        path = ROOT / top
        files = [path] if path.is_file() else sorted(
            p for p in path.rglob("*") if p.is_file()
            and not {"__pycache__", ".ruff_cache"} & set(p.parts) and p.suffix != ".pyc")
        for file in files:
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    packages = sorted(f"{dist.metadata['Name']}=={dist.version}"
                      for dist in importlib.metadata.distributions())
    digest.update("\n".join(packages).encode() + sys.version.encode())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="module")
def build() -> Iterator[Build]:
    """Build the bundle and packages, or reuse the build of the same inputs."""
    if shutil.which("dpkg-deb") is None or shutil.which("readelf") is None:
        pytest.skip("needs dpkg-deb and readelf (binutils)")
    CACHE.mkdir(parents=True, exist_ok=True)
    key = input_hash()
    here = CACHE / key
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time (pytest-xdist)
        if not (here / "complete").exists():
            for old in CACHE.iterdir():
                if old.is_dir():
                    shutil.rmtree(old)
            done = subprocess.run(
                ["bash", str(ROOT / "installers" / "scripts" / "build-linux.sh"),
                 "--python", sys.executable, "--dist", str(here / "dist"),
                 "--work", str(here / "work")],
                capture_output=True, text=True, check=False, cwd=ROOT)
            (here / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
            assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
            (here / "complete").write_text(key)
    dist = here / "dist"
    yield Build(bundle=dist / "phigiay", tarball=next(dist.glob("phigiay-*-linux-*.tar.gz")),
                deb=next(dist.glob("phigiay_*.deb")),
                log=(here / "build.log").read_text(encoding="utf-8"))


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A minimal environment: nothing of the test's Python or Qt leaks into the bundle."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "offscreen", **extra}


def smoke(program: Path, tmp_path: Path, **env: str) -> dict[str, object]:
    """Run the bundled smoke test; returns its report (asserting it passed)."""
    out = tmp_path / "smoke"
    config = tmp_path / "client.toml"
    config.write_text(MACHINE_CONFIG, encoding="utf-8")
    done = subprocess.run([str(program), "--smoke-test", str(out)], capture_output=True,
                          text=True, timeout=120, check=False,
                          env=clean_env(tmp_path, PHIGIAY_CLIENT_CONFIG=str(config), **env))
    assert done.returncode == 0, done.stdout + done.stderr
    report: dict[str, object] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["failures"] == [] and report["frozen"] is True
    for name in ("login.png", "page.png"):
        assert (out / name).stat().st_size > 5000, name
    return report


def test_the_bundle_has_what_the_client_uses_and_nothing_else(build: Build) -> None:
    internal = build.bundle / "_internal"
    fonts = sorted(p.name for p in (internal / "signing" / "fonts").iterdir())
    assert len([f for f in fonts if f.endswith(".ttf")]) == 8 and "LICENSE-Liberation.txt" in fonts
    assert not (internal / "signing" / "__init__.py").exists()  # only the fonts, no pyHanko
    assert {p.name for p in (internal / "desktop" / "i18n").glob("*.qm")} == {
        "phigiay_vi.qm", "phigiay_en.qm", "phigiay_fr.qm", "qtbase_vi.qm"}
    plugins = internal / "PySide6" / "Qt" / "plugins"
    present = {f"{p.parent.name}/{p.name}" for p in plugins.glob("*/*.so")}
    for wanted in ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                   "platforms/libqwayland.so", "imageformats/libqjpeg.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                   "platforminputcontexts/libibusplatforminputcontextplugin.so"):
        assert wanted in present
    assert not any(p.startswith(("qmltooling/", "sqldrivers/", "tls/", "egldevice"))
                   for p in present)
    libraries = {p.name for p in internal.rglob("*.so*")}
    unwanted = [name for name in libraries if any(
        module in name for module in ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Pdf",
                                      "Qt6Network.", "Qt63D", "Qt6Multimedia", "Qt6Sql"))]
    assert unwanted == []
    system = [name for name in libraries if name.startswith(
        ("libstdc++", "libglib-2.0", "libX11", "libxcb", "libfontconfig", "libEGL", "libGL."))]
    assert system == [], "the desktop stack comes from the system"
    assert not [d for d in ("server", "fastapi", "sqlalchemy", "reportlab", "pyhanko", "PIL")
                if (internal / d).exists()]


def test_the_packaged_client_starts_headless_and_renders_vietnamese(
        build: Build, tmp_path: Path) -> None:
    """The .deb's program, unpacked elsewhere: login window, a Vietnamese page, clean exit."""
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(build.deb), str(root)], check=True)
    report = smoke(root / "opt" / "phigiay" / "phigiay", tmp_path)
    assert report["platform"] == "offscreen" and report["interface_font"] == "Liberation Sans"
    assert report["translations"] == {"vi": True, "en": True, "fr": True}
    assert report["login_title"] == "Đăng nhập — phigiay"
    assert report["login_server"] == "https://vanban.noivu.gov.vn"  # from the machine file
    settings = report["settings"]
    assert isinstance(settings, dict)
    assert settings["signing/token_module"] == ["/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
                                                "machine"]
    assert report["forbidden_modules_loaded"] == []
    assert "Độc lập - Tự do - Hạnh phúc" in str(report["pdf_text"])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name in ("login", "page"):
        shutil.copy(tmp_path / "smoke" / f"{name}.png", SCREENSHOTS / f"bundle-{name}.png")


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run (Debian xvfb) not installed")
def test_the_bundle_runs_on_x11(build: Build, tmp_path: Path) -> None:
    """The xcb platform plugin loads with the system's X libraries (under Xvfb)."""
    plugin = build.bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    missing = [line.split()[0] for line in linked.stdout.splitlines() if "not found" in line]
    if missing:  # the .deb's Depends would bring them
        pytest.skip(f"system libraries for X11 not installed: {', '.join(missing)}")
    out = tmp_path / "smoke"
    env = clean_env(tmp_path, QT_QPA_PLATFORM="xcb")
    done = subprocess.run(["xvfb-run", "-a", str(build.bundle / "phigiay"), "--smoke-test",
                           str(out)], capture_output=True, text=True, timeout=120, check=False,
                          env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["platform"] == "xcb" and report["failures"] == []


def test_the_bundle_refuses_the_demo_it_cannot_run(build: Build, tmp_path: Path) -> None:
    done = subprocess.run([str(build.bundle / "phigiay"), "demo"], capture_output=True,
                          text=True, timeout=60, check=False, env=clean_env(tmp_path))
    assert done.returncode == 2 and "pip install" in done.stderr


def test_the_deb(build: Build) -> None:
    info = subprocess.run(["dpkg-deb", "--info", str(build.deb)], capture_output=True,
                          text=True, check=True).stdout
    fields = dict(line.strip().split(": ", 1) for line in info.splitlines()
                  if line.startswith(" ") and ": " in line and not line.startswith("  "))
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert fields["Package"] == "phigiay" and fields["Version"] == version
    depends = {entry.strip().split(" ")[0] for entry in fields["Depends"].split(",")}
    assert {"libc6", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
            "libfreetype6", "libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
            "libx11-6", "libstdc++6"} <= depends
    contents = subprocess.run(["dpkg-deb", "--contents", str(build.deb)], capture_output=True,
                              text=True, check=True).stdout
    paths = {line.split()[5].removeprefix(".") for line in contents.splitlines()}
    for wanted in ("/opt/phigiay/phigiay", "/usr/bin/phigiay",
                   "/usr/share/applications/phigiay.desktop",
                   "/usr/share/icons/hicolor/scalable/apps/phigiay.svg",
                   "/usr/share/icons/hicolor/256x256/apps/phigiay.png",
                   "/usr/share/doc/phigiay/copyright",
                   "/usr/share/doc/phigiay/examples/client.toml",
                   "/usr/share/man/man1/phigiay.1.gz",
                   "/opt/phigiay/_internal/signing/fonts/LiberationSerif-Regular.ttf"):
        assert wanted in paths, wanted
    assert not any(path.startswith("/etc/") for path in paths), "IT owns /etc/phigiay"
    assert all(line.split()[1] == "root/root" for line in contents.splitlines())
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "installers" / "linux" / "phigiay.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] == "Phi giấy — Văn phòng điện tử"
    assert desktop["Categories"] == "Office;" and desktop["Exec"] == "phigiay"
    assert desktop["Icon"] == "phigiay"
    if shutil.which("lintian"):  # the build lints with --fail-on error,warning
        assert "lintian: clean" in build.log


def test_the_tarball(build: Build) -> None:
    with tarfile.open(build.tarball) as archive:
        names = set(archive.getnames())
        top = build.tarball.name.removesuffix(".tar.gz")
        assert top.endswith(f"linux-{platform.machine()}")
        for wanted in ("phigiay", "_internal/libpython3.11.so.1.0", "INSTALL.txt",
                       "client.toml.example", "share/applications/phigiay.desktop",
                       "share/icons/hicolor/scalable/apps/phigiay.svg"):
            assert f"{top}/{wanted}" in names, wanted
        assert archive.getmember(f"{top}/phigiay").mode & 0o111
        assert {member.uid for member in archive.getmembers()} == {0}


def signed_document() -> bytes:
    """An outgoing document signed by a leader and sealed (the repository's signing stack)."""
    import signing as s
    from signing import outgoing
    from signing.demo_images import seal_png, signature_png
    from tests.fixtures.pki import in_process_pki
    from tests.unit.signing.conftest import make_pdf

    pki = in_process_pki()
    block = s.SignatureBlock("BỘ TRƯỞNG, CHỦ NHIỆM", "Nguyễn Văn Bình", signature_png("Bình"))
    signed = outgoing.sign_as_leader(make_pdf(issuance_fields=True), pki.key("leader-binh"),
                                     outgoing.leader_options(appearance=block,
                                                             level=s.PadesLevel.B_B))
    filled = outgoing.fill_issue(signed, number="7/QĐ-VPCP",
                                 date_line="Hà Nội, ngày 05 tháng 01 năm 2027")
    return outgoing.apply_seal(filled, pki.key("seal-vpcp"), outgoing.seal_options(
        appearance=s.SealBlock("Văn phòng Chính phủ", seal_png()), level=s.PadesLevel.B_B))


def test_the_bundle_draws_signatures_and_seals(build: Build, tmp_path: Path) -> None:
    """pdfium in the bundle draws the signature and seal appearances (QtPdf would not)."""
    from PySide6.QtGui import QColor, QImage

    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(signed_document())
    out = tmp_path / "smoke"
    done = subprocess.run([str(build.bundle / "phigiay"), "--smoke-test", str(out), "--pdf",
                           str(pdf)], capture_output=True, text=True, timeout=120, check=False,
                          env=clean_env(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    image = QImage(str(out / "page.png"))
    red = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
              if (c := QColor(image.pixel(x, y))).red() > 180 and c.green() < 90
              and c.blue() < 90)
    assert red > 500, "no red seal on the page"
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["pdf_pages"] == 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(out / "page.png", SCREENSHOTS / "bundle-signed-page.png")
