"""``export``: hand a verified bag over for transfer, as a folder copy or one ZIP file."""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from archive._fs import fsync_dir, staged_dir
from archive.errors import ArchiveError, PackageExists
from archive.verify import verify_bag

__all__ = ["ExportRefused", "export_bag"]


class ExportRefused(ArchiveError):
    """The bag has problems; a damaged package is never handed over."""


def export_bag(bag: Path, to: Path) -> Path:
    """Copy a bag that passes fixity to ``to``: a ``.zip`` file, or a folder (the bag goes
    inside it under its own name). Written beside the target and renamed when complete.

    Returns:
        The ZIP file or the copied bag folder.

    Raises:
        ExportRefused: the bag fails verification (fixity, structure, metadata).
        PackageExists: the target exists.
        BagUnreadable: not a bag.
    """
    report = verify_bag(bag, signatures=False)
    if not report.valid:
        raise ExportRefused(f"{bag} has {len(report.problems)} problem(s): {report.problems[0]}")
    if to.suffix.lower() == ".zip":
        return _zip(bag, to)
    target = to / bag.name
    with staged_dir(target) as staging:
        shutil.rmtree(staging)
        shutil.copytree(bag, staging, symlinks=True)
    return target


def _zip(bag: Path, to: Path) -> Path:
    if to.exists():
        raise PackageExists(f"{to} exists already")
    to.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{to.name}.", suffix=".partial", dir=to.parent)
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive:
                for path in sorted(p for p in bag.rglob("*") if p.is_file()):
                    archive.write(path, f"{bag.name}/{path.relative_to(bag).as_posix()}")
            raw.flush()
            os.fsync(raw.fileno())
        if to.exists():
            raise PackageExists(f"{to} appeared while it was being written")
        os.rename(tmp, to)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(to.parent)
    return to
