"""Reading a bag without trusting it: declaration, manifests, safe paths, one-pass fixity.

Nothing here opens a path a manifest names before checking that it stays inside the bag, and
no symbolic link is followed.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from archive.errors import BagUnreadable

_MANIFEST = re.compile(r"^(tag)?manifest-([a-z0-9]+)\.txt$")
_CHUNK = 1 << 20


@dataclass
class Manifests:
    """Digests by algorithm and path, plus the lines that could not be trusted."""

    payload: dict[str, dict[str, str]] = field(default_factory=dict)
    tags: dict[str, dict[str, str]] = field(default_factory=dict)
    unsafe: list[tuple[str, str]] = field(default_factory=list)
    """(manifest name, path) of entries that escape the bag or are malformed."""


def read_declaration(bag: Path) -> str:
    """The ``Tag-File-Character-Encoding`` of a bag.

    Raises:
        BagUnreadable: not a folder, or no valid ``bagit.txt``.
    """
    if not bag.is_dir():
        raise BagUnreadable(f"{bag} is not a folder")
    try:
        lines = (bag / "bagit.txt").read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise BagUnreadable(f"{bag}: no readable bagit.txt ({e})") from e
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    if "BagIt-Version" not in fields or "Tag-File-Character-Encoding" not in fields:
        raise BagUnreadable(f"{bag}: bagit.txt lacks BagIt-Version or the tag file encoding")
    return fields["Tag-File-Character-Encoding"].strip()


def read_bag_info(bag: Path, encoding: str) -> dict[str, str]:
    """``bag-info.txt`` as a dict (first value of repeated labels; continuation lines joined)."""
    info: dict[str, str] = {}
    label = ""
    try:
        text = (bag / "bag-info.txt").read_text(encoding)
    except (OSError, UnicodeDecodeError, LookupError):
        return info
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and label:
            info[label] += " " + line.strip()
        elif ":" in line:
            label, value = (part.strip() for part in line.split(":", 1))
            info.setdefault(label, value)
    return info


def safe_relative(path: str) -> bool:
    """Whether a manifest path is relative, stays inside the bag and names no special part."""
    if not path or "\x00" in path or "\\" in path or path.startswith("/"):
        return False
    parts = PurePosixPath(path).parts
    return bool(parts) and not any(p in ("..", ".") or ":" in p[:2] for p in parts)


def _decode(path: str) -> str:
    return path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def read_manifests(bag: Path, encoding: str) -> Manifests:
    """Every ``manifest-*.txt`` and ``tagmanifest-*.txt`` of the bag.

    Raises:
        BagUnreadable: no payload manifest at all, or one cannot be decoded.
    """
    found = Manifests()
    for entry in sorted(os.listdir(bag)):
        match = _MANIFEST.match(entry)
        if match is None:
            continue
        target = found.tags if match[1] else found.payload
        digests = target.setdefault(match[2], {})
        try:
            text = (bag / entry).read_text(encoding)
        except (OSError, UnicodeDecodeError, LookupError) as e:
            raise BagUnreadable(f"{entry} cannot be read: {e}") from e
        for line in text.splitlines():
            if not line.strip():
                continue
            digest, _, raw = line.strip().partition(" ")
            path = _decode(raw.strip().lstrip("*"))
            inside = path.startswith("data/") if not match[1] else True
            if not safe_relative(path) or not inside:
                found.unsafe.append((entry, path))
            else:
                digests[path] = digest.lower()
    if not found.payload:
        raise BagUnreadable(f"{bag}: no payload manifest")
    return found


def walk_files(bag: Path, top: str) -> tuple[set[str], set[str]]:
    """(regular files, everything else: symbolic links, pipes, devices) under ``bag/top``, as
    bag-relative POSIX paths. Nothing in the second set is ever opened."""
    files: set[str] = set()
    others: set[str] = set()
    for folder, dirs, names in os.walk(bag / top):
        rel = Path(folder).relative_to(bag).as_posix()
        for name in names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            mode = os.lstat(os.path.join(folder, name)).st_mode
            (files if stat.S_ISREG(mode) else others).add(f"{rel}/{name}")
    return files, others


def hash_file(path: Path, algorithms: list[str]) -> dict[str, str]:
    """Digests of one file, read once for all algorithms (``O_NOFOLLOW`` where available)."""
    hashers = {name: hashlib.new(name) for name in algorithms}
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            for hasher in hashers.values():
                hasher.update(chunk)
    return {name: hasher.hexdigest() for name, hasher in hashers.items()}
