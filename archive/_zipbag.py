"""A bag delivered as one ZIP file (``export --to X.zip``): unpacked safely for verification."""

from __future__ import annotations

import contextlib
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from archive._bagread import safe_relative
from archive.errors import BagUnreadable


@contextlib.contextmanager
def unpacked(archive: Path) -> Iterator[tuple[Path, list[str]]]:
    """Yield (the bag folder inside a temporary copy, entry names that were refused).

    Entries that would land outside the folder, links and other special entries are not
    written; the caller reports them. The temporary copy is removed afterwards.

    Raises:
        BagUnreadable: not a ZIP file, or not exactly one top folder.
    """
    try:
        handle = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as e:
        raise BagUnreadable(f"{archive}: not a readable ZIP file ({e})") from e
    work = Path(tempfile.mkdtemp(prefix="phigiay-verify-"))
    try:
        with handle:
            refused = [
                info.filename for info in handle.infolist() if not _extract(handle, info, work)
            ]
        tops = [p for p in work.iterdir() if p.is_dir()]
        if len(tops) != 1:
            raise BagUnreadable(f"{archive}: expected one bag folder, found {len(tops)}")
        yield tops[0], refused
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _extract(handle: zipfile.ZipFile, info: zipfile.ZipInfo, work: Path) -> bool:
    mode = info.external_attr >> 16
    if info.is_dir():
        return safe_relative(info.filename.rstrip("/"))
    if not safe_relative(info.filename) or (mode and not stat.S_ISREG(mode)):
        return False
    target = work / info.filename
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with handle.open(info) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink, 1 << 20)
    except (zipfile.BadZipFile, OSError) as e:
        raise BagUnreadable(f"ZIP entry {info.filename} cannot be read: {e}") from e
    return True
