"""The ``Depends:`` of the phigiay .deb, from what the bundle's ELF files actually link to.

    python installers/scripts/deb_depends.py dist/phigiay

Every shared library a bundled file needs (``DT_NEEDED``) and the bundle does not carry must map
to a Debian package below; an unknown one fails the build, so a new Qt that needs a new system
library cannot ship with a silently incomplete dependency list. The glibc version is the highest
``GLIBC_x.y`` symbol version the files require. Package names are Debian 12's, with the 64-bit
time_t names of Debian 13 / Ubuntu 24.04 as alternatives.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

GLIBC = ("libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
         "libutil.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libresolv.so.2")
PACKAGES: dict[str, str] = {
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libglib-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libvulkan.so.1": "libvulkan1",
    "libdrm.so.2": "libdrm2",
    "libgbm.so.1": "libgbm1",
    "libudev.so.1": "libudev1",
    "libsystemd.so.0": "libsystemd0",
}
"""Shared library → Debian package (``libxcb-*`` follow a rule, below)."""
GLIBCXX_GCC = {25: "8", 26: "9", 28: "10", 29: "11", 30: "12", 31: "13", 32: "13.2", 33: "14"}
"""``GLIBCXX_3.4.N`` → the libstdc++6 (GCC) version that introduced it."""


def needed(path: Path) -> tuple[list[str], list[str]]:
    """The libraries an ELF file links to, and the glibc / libstdc++ symbol versions it needs."""
    dynamic = subprocess.run(["readelf", "--dynamic", "--wide", str(path)], capture_output=True,
                             text=True, check=False).stdout
    versions = subprocess.run(["readelf", "--version-info", "--wide", str(path)],
                              capture_output=True, text=True, check=False).stdout
    return (re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic),
            re.findall(r"Name: (GLIBC(?:XX)?_\d+\.\d+(?:\.\d+)?)", versions))


def is_elf(path: Path) -> bool:
    """Whether a file is an ELF object."""
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def package_of(library: str) -> str | None:
    """The Debian package that ships a system library, if known."""
    if library in PACKAGES:
        return PACKAGES[library]
    match = re.fullmatch(r"libxcb-([a-z0-9-]+)\.so\.(\d+)", library)
    if match:  # libxcb-cursor.so.0 → libxcb-cursor0, libxcb-dri3.so.0 → libxcb-dri3-0
        name, number = match.groups()
        return f"libxcb-{name}-{number}" if name[-1].isdigit() else f"libxcb-{name}{number}"
    return None


def depends(bundle: Path) -> tuple[list[str], list[str]]:
    """The ``Depends`` entries of a bundle, and the libraries no package is known for."""
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    carried = {path.name for path in bundle.rglob("*")}
    external: set[str] = set()
    glibc, glibcxx = [2, 17], 0
    for path in files:
        if not is_elf(path):
            continue
        libraries, versions = needed(path)
        external.update(library for library in libraries if library not in carried)
        for version in versions:
            name, number = version.split("_")
            parts = [int(part) for part in number.split(".")]
            if name == "GLIBC":
                glibc = max(glibc, parts)
            elif parts[:2] == [3, 4] and len(parts) == 3:
                glibcxx = max(glibcxx, parts[2])
    entries = {f"libc6 (>= {'.'.join(map(str, glibc))})"}
    gcc = max((v for k, v in GLIBCXX_GCC.items() if k <= glibcxx), key=float, default=None)
    unknown = []
    for library in sorted(external):
        if library in GLIBC:
            continue
        package = package_of(library)
        if package == "libstdc++6" and gcc is not None:
            package = f"libstdc++6 (>= {gcc})"
        if package is None:
            unknown.append(library)
        else:
            entries.add(package)
    return sorted(entries), unknown


def main(argv: list[str]) -> int:
    """Print the ``Depends`` value; exit 1 naming any library without a known package."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    entries, unknown = depends(Path(argv[0]))
    if unknown:
        print("deb_depends: no Debian package known for: " + ", ".join(unknown)
              + " (add it to installers/scripts/deb_depends.py)", file=sys.stderr)
        return 1
    print(", ".join(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
