"""Signature validation over many files, in worker processes when asked.

Validation is CPU-bound Python (pyHanko, asn1crypto), so threads would not help; each worker
process reads its own file, so only the small report crosses the process boundary.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import signing
from archive.signatures import SignatureCheck

Outcome = signing.VerificationReport | signing.UnreadablePdf


def _one(check: SignatureCheck, path: Path) -> Outcome:
    try:
        return check.verify(path.read_bytes())
    except signing.UnreadablePdf as e:
        return e


def verify_files(
    check: SignatureCheck, paths: Sequence[Path], *, workers: int = 1
) -> Iterator[tuple[Path, Outcome]]:
    """(path, report or the unreadable-PDF error) for each path, in order."""
    if workers <= 1 or len(paths) < 2:
        for path in paths:
            yield path, _one(check, path)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, min(16, len(paths) // (workers * 4)))
        yield from zip(
            paths, pool.map(_one, [check] * len(paths), paths, chunksize=chunk), strict=True
        )
