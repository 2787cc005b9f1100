"""Durable, all-or-nothing writes: build in a hidden sibling folder, fsync, rename into place."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from archive.errors import PackageExists

_FSYNC_THREADS = 16


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in ``path`` durable (no-op where unsupported)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """fsync every file and folder under ``root``.

    Many fsyncs in flight at once let the device flush them together: for a 1,000-document
    bag this is several times faster than one after the other (see bench/bench_archive.py).
    """
    files, folders = [], []
    for folder, _, names in os.walk(root):
        files += [os.path.join(folder, name) for name in names]
        folders.append(folder)
    with ThreadPoolExecutor(max_workers=_FSYNC_THREADS) as pool:
        list(pool.map(_fsync_file, files))
        list(pool.map(lambda folder: fsync_dir(Path(folder)), folders))


def write_file(path: Path, data: bytes) -> None:
    """Write a file inside a staging folder (made durable later by :func:`fsync_tree`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@contextlib.contextmanager
def staged_dir(target: Path) -> Iterator[Path]:
    """Yield an empty staging folder beside ``target``; on success it is fsynced and renamed
    to ``target``, on failure removed. ``target`` must not exist.

    Raises:
        PackageExists: ``target`` exists (before or after building).
    """
    if target.exists() or target.is_symlink():
        raise PackageExists(f"{target} exists already")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    )
    try:
        yield staging
        fsync_tree(staging)
        try:
            os.rename(staging, target)
        except OSError as e:
            raise PackageExists(f"{target} appeared while it was being written") from e
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def replace_dir(target: Path, build: Path) -> None:
    """Swap a finished folder ``build`` in for ``target`` (used when renewing a bag).

    The old folder is renamed aside first, so at every moment one complete version exists on
    disk; it is removed only after the new one is in place.
    """
    fsync_tree(build)
    aside = target.with_name(f".{target.name}.old")
    if aside.exists():
        shutil.rmtree(aside)
    os.rename(target, aside)
    os.rename(build, target)
    fsync_dir(target.parent)
    shutil.rmtree(aside)
