"""``verify_bag``: is a preservation package whole, unchanged, consistent and still signed?

Checks, in order, each reported as a :class:`Problem` naming the file: the bag declaration and
manifests (unreadable → :class:`~archive.errors.BagUnreadable`), path safety (traversal,
symbolic links), completeness, fixity against every manifest (SHA-256 and SHA-512, one read per
file), tag files, metadata against payload (hashes, sizes, counts, pages), and every signature
re-validated with :func:`signing.verify_pdf`. Nothing is modified.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import signing
from archive import _bagread, layout
from archive._consistency import check_consistency
from archive._parallel import verify_files
from archive._zipbag import unpacked
from archive.signatures import SignatureCheck

__all__ = ["BagReport", "Problem", "ProblemKind", "verify_bag"]


class ProblemKind(enum.StrEnum):
    """What is wrong, precisely enough to act on."""

    PATH_TRAVERSAL = "path-traversal"
    """A manifest path leaves the bag, or a symbolic link sits in it; the file is not read."""
    MISSING_PAYLOAD = "missing-payload"
    """A manifest lists a file that is not there."""
    UNLISTED_FILE = "unlisted-file"
    """A payload file that no manifest lists."""
    TAMPERED_FILE = "tampered-file"
    """A document, report or audit file no longer matches its manifest digests."""
    METADATA_CHANGED = "metadata-changed"
    """A metadata XML file no longer matches its manifest digests."""
    TAG_FILE_CHANGED = "tag-file-changed"
    """``bag-info.txt`` or a manifest no longer matches the tag manifest."""
    BAG_STRUCTURE = "bag-structure"
    """A required manifest is missing or Payload-Oxum disagrees."""
    METADATA_MISMATCH = "metadata-mismatch"
    """The metadata XML disagrees with the payload (hash, size, count, pages, unlisted PDF)."""
    SIGNATURE_REVOKED = "signature-revoked"
    SIGNATURE_INVALID = "signature-invalid"
    SIGNATURE_INDETERMINATE = "signature-indeterminate"
    UNSIGNED_DOCUMENT = "unsigned-document"
    UNREADABLE_DOCUMENT = "unreadable-document"
    FINGERPRINT_MISMATCH = "fingerprint-mismatch"
    """The tag manifest is not the one recorded when the dossier was transferred."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bag."""

    kind: ProblemKind
    path: str
    """Bag-relative path of the file concerned (``data/documents/0001-x.pdf``)."""
    detail: str

    def to_json(self) -> dict[str, str]:
        """JSON-ready dict."""
        return {"kind": self.kind.value, "path": self.path, "detail": self.detail}

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.path}: {self.detail}"


@dataclass(frozen=True)
class BagReport:
    """The outcome of :func:`verify_bag`."""

    path: str
    problems: tuple[Problem, ...]
    files_checked: int
    bytes_hashed: int
    signatures: tuple[tuple[str, dict[str, Any]], ...] = ()
    """(document path, ``VerificationReport.to_json()``) for every PDF re-validated."""

    @property
    def valid(self) -> bool:
        """No problem at all."""
        return not self.problems

    def kinds(self) -> set[ProblemKind]:
        """The kinds of problem found."""
        return {p.kind for p in self.problems}

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict (the ``phigiay-archive verify --json`` shape)."""
        return {
            "bag": self.path,
            "valid": self.valid,
            "files_checked": self.files_checked,
            "bytes_hashed": self.bytes_hashed,
            "problems": [p.to_json() for p in self.problems],
            "signatures": {path: report for path, report in self.signatures},
        }


@dataclass
class _State:
    bag: Path
    problems: list[Problem] = field(default_factory=list)
    digests: dict[str, dict[str, str]] = field(default_factory=dict)
    """Computed digests of files whose fixity was checked (bag-relative path)."""
    good: set[str] = field(default_factory=set)
    """Payload files present, safe and matching their manifests."""
    bytes_hashed: int = 0

    def add(self, kind: ProblemKind, path: str, detail: str) -> None:
        """Record one problem."""
        self.problems.append(Problem(kind, path, detail))


def verify_bag(
    bag: Path,
    *,
    check: SignatureCheck | None = None,
    signatures: bool = True,
    expected_fingerprint: str | None = None,
    workers: int = 1,
) -> BagReport:
    """Check a bag end to end and report every problem found.

    Args:
        bag: the bag folder, or a ZIP file holding one (as ``export`` writes it).
        check: trust roots, revocation mode and data for re-validating signatures.
        signatures: re-validate signatures (off for a quick fixity sweep).
        expected_fingerprint: SHA-256 of ``tagmanifest-sha256.txt`` recorded at transfer.
        workers: processes re-validating signatures in parallel (1: in this process).

    Raises:
        BagUnreadable: not a folder or ZIP, no valid ``bagit.txt``, or no payload manifest.
    """
    if bag.is_file():
        with unpacked(bag) as (folder, refused):
            inner = verify_bag(
                folder,
                check=check,
                signatures=signatures,
                expected_fingerprint=expected_fingerprint,
                workers=workers,
            )
        problems = tuple(
            Problem(ProblemKind.PATH_TRAVERSAL, name, "ZIP entry refused") for name in refused
        )
        return replace(inner, path=str(bag), problems=problems + inner.problems)
    encoding = _bagread.read_declaration(bag)
    manifests = _bagread.read_manifests(bag, encoding)
    state = _State(bag)
    for name, path in manifests.unsafe:
        state.add(ProblemKind.PATH_TRAVERSAL, path, f"listed in {name}; not opened")
    _check_payload(state, manifests, encoding)
    _check_tags(state, manifests)
    if expected_fingerprint is not None:
        _check_fingerprint(state, expected_fingerprint)
    _check_metadata(state)
    check = check or SignatureCheck()
    reports = _check_signatures(state, check, workers) if signatures else ()
    return BagReport(
        str(bag), tuple(state.problems), len(state.digests), state.bytes_hashed, reports
    )


def _fixity(state: _State, path: str, expected: dict[str, str]) -> bool:
    algorithms = sorted(expected)
    digests = _bagread.hash_file(state.bag / path, algorithms)
    state.digests[path] = digests
    state.bytes_hashed += (state.bag / path).stat().st_size
    return all(digests[a] == expected[a] for a in algorithms)


def _check_payload(state: _State, manifests: _bagread.Manifests, encoding: str) -> None:
    files, links = _bagread.walk_files(state.bag, "data")
    for link in sorted(links):
        if (state.bag / link).is_symlink():
            state.add(ProblemKind.PATH_TRAVERSAL, link, "symbolic link in the bag; not followed")
        else:
            state.add(ProblemKind.BAG_STRUCTURE, link, "not a regular file; not opened")
    for algorithm in layout.ALGORITHMS:
        if algorithm not in manifests.payload:
            state.add(ProblemKind.BAG_STRUCTURE, f"manifest-{algorithm}.txt", "missing")
    listed: dict[str, dict[str, str]] = {}
    for algorithm, digests in manifests.payload.items():
        for path, digest in digests.items():
            listed.setdefault(path, {})[algorithm] = digest
    for path in sorted(files - listed.keys()):
        state.add(ProblemKind.UNLISTED_FILE, path, "in data/ but in no manifest")
    for path, expected in sorted(listed.items()):
        if path not in files:
            if path not in links:
                state.add(ProblemKind.MISSING_PAYLOAD, path, "listed in the manifest, absent")
        elif _fixity(state, path, expected):
            state.good.add(path)
        else:
            kind = (
                ProblemKind.METADATA_CHANGED
                if path.startswith(f"data/{layout.METADATA_DIR}/")
                else ProblemKind.TAMPERED_FILE
            )
            state.add(kind, path, "content differs from the manifest digests")
    if not any(p.kind in _COUNTED for p in state.problems):
        _check_oxum(state, files, encoding)


_COUNTED = {
    ProblemKind.MISSING_PAYLOAD,
    ProblemKind.UNLISTED_FILE,
    ProblemKind.TAMPERED_FILE,
    ProblemKind.METADATA_CHANGED,
    ProblemKind.PATH_TRAVERSAL,
}


def _check_oxum(state: _State, files: set[str], encoding: str) -> None:
    oxum = _bagread.read_bag_info(state.bag, encoding).get("Payload-Oxum")
    if oxum is None:
        return
    size = sum((state.bag / f).stat().st_size for f in files)
    if oxum != f"{size}.{len(files)}":
        state.add(
            ProblemKind.BAG_STRUCTURE,
            "bag-info.txt",
            f"Payload-Oxum {oxum} but the payload is {size}.{len(files)}",
        )


def _check_tags(state: _State, manifests: _bagread.Manifests) -> None:
    listed: dict[str, dict[str, str]] = {}
    for algorithm, digests in manifests.tags.items():
        for path, digest in digests.items():
            listed.setdefault(path, {})[algorithm] = digest
    for path, expected in sorted(listed.items()):
        target = state.bag / path
        if target.is_symlink() or not target.is_file():
            state.add(ProblemKind.MISSING_PAYLOAD, path, "tag file listed but absent")
        elif not _fixity(state, path, expected):
            state.add(ProblemKind.TAG_FILE_CHANGED, path, "differs from the tag manifest")


def _check_fingerprint(state: _State, expected: str) -> None:
    path = "tagmanifest-sha256.txt"
    actual = (
        _bagread.hash_file(state.bag / path, ["sha256"])["sha256"]
        if ((state.bag / path).is_file())
        else "absent"
    )
    if actual != expected.lower():
        state.add(
            ProblemKind.FINGERPRINT_MISMATCH,
            path,
            f"fingerprint {actual} is not the recorded {expected}",
        )


def _check_metadata(state: _State) -> None:
    for kind, path, detail in check_consistency(state.bag, state.good, state.digests):
        state.add(ProblemKind(kind), path, detail)


def _signature_problem(path: str, report: signing.VerificationReport) -> Problem | None:
    for sig in report.signatures:
        if sig.revoked:
            who = sig.signer.subject_name if sig.signer else "unknown signer"
            return Problem(
                ProblemKind.SIGNATURE_REVOKED,
                path,
                f"{sig.field_name}: certificate of {who} is revoked",
            )
    verdict = report.verdict
    if verdict is signing.Verdict.VALID:
        return None
    if verdict is signing.Verdict.NO_SIGNATURE:
        return Problem(ProblemKind.UNSIGNED_DOCUMENT, path, "no signature")
    bad = next(s for s in report.signatures if s.indication is not signing.Indication.TOTAL_PASSED)
    kind = (
        ProblemKind.SIGNATURE_INVALID
        if verdict is signing.Verdict.INVALID
        else ProblemKind.SIGNATURE_INDETERMINATE
    )
    reason = bad.sub_indication or "; ".join(bad.warnings) or bad.indication.value
    return Problem(kind, path, f"{bad.field_name}: {reason}")


def _check_signatures(
    state: _State, check: SignatureCheck, workers: int
) -> tuple[tuple[str, dict[str, Any]], ...]:
    reports = []
    prefix = f"data/{layout.DOCUMENTS_DIR}/"
    paths = sorted(p for p in state.digests if p.startswith(prefix) and p.endswith(".pdf"))
    outcomes = verify_files(check, [state.bag / p for p in paths], workers=workers)
    for path, (_, report) in zip(paths, outcomes, strict=True):
        if isinstance(report, signing.UnreadablePdf):
            state.add(ProblemKind.UNREADABLE_DOCUMENT, path, str(report))
            continue
        reports.append((path, report.to_json()))
        problem = _signature_problem(path, report)
        if problem is not None:
            state.problems.append(problem)
    return tuple(reports)
