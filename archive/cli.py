"""``phigiay-archive``: pack, verify, export, renew and fixity-check preservation packages.

Exit codes: 0 success / valid, 1 problems found, 2 unreadable input or refused operation (one
line on stderr).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import signing
from archive import fixity, renewal
from archive.adapters import codec
from archive.adapters.filesystem import FolderDocuments
from archive.errors import ArchiveError
from archive.export import export_bag
from archive.model import ArchiveRecord, Dossier, FileCode, Retention
from archive.package import AuditExtract, pack
from archive.signatures import SignatureCheck
from archive.verify import verify_bag

__all__ = ["main"]


class _SystemClock:
    def now(self) -> datetime:
        """The system time, UTC."""
        return datetime.now(UTC)


class _ManifestDocuments:
    """Documents named by a ``--manifest`` file (paths relative to it)."""

    def __init__(self, records: dict[str, tuple[ArchiveRecord, Path]]) -> None:
        self._records = records

    def record(self, document_id: str) -> ArchiveRecord:
        """Metadata from the manifest."""
        return self._records[document_id][0]

    def content(self, document_id: str) -> bytes:
        """The PDF the manifest points to."""
        return self._records[document_id][1].read_bytes()


def _load_manifest(path: Path) -> tuple[Dossier, _ManifestDocuments]:
    """A dossier built from a manifest: opened, filled and closed (metadata completed)."""
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    records: dict[str, tuple[ArchiveRecord, Path]] = {}
    for item in data["documents"]:
        pdf = (path.parent / item["path"]).resolve()
        content = pdf.read_bytes()
        item = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content), **item}
        record = codec.record_from_json(item)
        records[record.document_id] = (record, pdf)
    now = datetime.now(UTC)
    by = data.get("closed_by", data["creator"])
    dossier = Dossier.open(
        FileCode(data["organ_id"], int(data["year"]), data["notation"]),
        title=data["title"],
        retention=Retention.parse(str(data["retention"])),
        creator=data["creator"],
        by=by,
        at=now,
        description=data.get("description", ""),
    )
    for record, _ in records.values():
        dossier.add_document(record)
    dossier.close([r for r, _ in records.values()], by=by, at=now)
    return dossier, _ManifestDocuments(records)


def _load_dossier_dir(folder: Path) -> tuple[Dossier, FolderDocuments]:
    """A dossier folder of the folder repository (``ROOT/dossiers/<code>``)."""
    dossier = codec.dossier_from_json(json.loads((folder / "dossier.json").read_text("utf-8")))
    own = folder / "documents"
    documents = own if own.is_dir() else folder.parent.parent / "documents"
    return dossier, FolderDocuments(documents)


def _check(args: argparse.Namespace) -> SignatureCheck:
    trust = tuple(Path(p).read_bytes() for p in args.trust or ())
    crls = tuple(Path(p).read_bytes() for p in getattr(args, "crl", None) or ())
    sources = signing.ValidationSources(crls=crls) if crls else None
    return SignatureCheck(trust, signing.RevocationMode(args.revocation), sources)


def _cmd_pack(args: argparse.Namespace) -> int:
    if args.manifest:
        dossier, documents = _load_manifest(Path(args.manifest))
        result_docs: Any = documents
    else:
        dossier, result_docs = _load_dossier_dir(Path(args.dossier))
    audit = None
    if args.audit:
        audit = AuditExtract(Path(args.audit).name, Path(args.audit).read_bytes())
    result = pack(
        dossier,
        result_docs,
        out=Path(args.out),
        audit=audit,
        check=_check(args),
        workers=args.workers,
    )
    print(
        f"{result.path}: {result.documents} documents, {result.payload_bytes} bytes, "
        f"fingerprint {result.fingerprint}"
    )
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    report = verify_bag(
        Path(args.bag),
        check=_check(args),
        expected_fingerprint=args.fingerprint,
        workers=args.workers,
    )
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            print(problem)
        state = "valid" if report.valid else f"{len(report.problems)} problem(s)"
        print(
            f"{args.bag}: {state}; {report.files_checked} files, "
            f"{len(report.signatures)} documents re-validated"
        )
    return 0 if report.valid else 1


def _cmd_export(args: argparse.Namespace) -> int:
    print(export_bag(Path(args.bag), Path(args.to)))
    return 0


def _cmd_renew(args: argparse.Namespace) -> int:
    target = Path(args.target)
    bags = (
        [target]
        if (target / "bagit.txt").is_file()
        else sorted(p for p in target.iterdir() if (p / "bagit.txt").is_file())
    )
    trust = tuple(Path(p).read_bytes() for p in args.trust or ())
    validation = signing.ValidationSources(trust_roots=trust, allow_fetching=not args.offline)
    renewer = renewal.SigningRenewer(signing.TimestampSource.http(args.tsa), validation)
    for bag in bags:
        outcome = renewal.renew_bag(
            bag, renewer, clock=_SystemClock(), window=timedelta(days=args.window_days)
        )
        print(f"{bag}: {len(outcome.renewed)} of {outcome.checked} documents renewed")
    return 0


def _cmd_fixity(args: argparse.Namespace) -> int:
    run = fixity.sweep(Path(args.dir))
    if args.record:
        fixity.record_run(run, Path(args.record))
    for alert in run.alerts:
        print(f"ALERT {alert.path}: {alert.detail}")
    print(
        f"{args.dir}: {len(run.results)} checked, {len(run.alerts)} alert(s), "
        f"{run.bytes_hashed} bytes"
    )
    return 1 if run.alerts else 0


def _signature_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trust", action="append", metavar="PEM", help="trusted root")
    parser.add_argument("--crl", action="append", metavar="DER", help="CRL to use")
    parser.add_argument(
        "--revocation", choices=[m.value for m in signing.RevocationMode], default="soft"
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="processes validating signatures in parallel"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="phigiay-archive", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pack", help="build a BagIt preservation package")
    p.add_argument("dossier", nargs="?", help="dossier folder (ROOT/dossiers/<file code>)")
    p.add_argument("--manifest", help="JSON manifest instead of a dossier folder")
    p.add_argument("--out", required=True, help="bag folder to create")
    p.add_argument("--audit", help="audit extract file to include")
    _signature_options(p)
    p.set_defaults(run=_cmd_pack)
    v = sub.add_parser("verify", help="check a bag: structure, fixity, metadata, signatures")
    v.add_argument("bag")
    v.add_argument("--json", action="store_true")
    v.add_argument("--fingerprint", help="expected SHA-256 of tagmanifest-sha256.txt")
    _signature_options(v)
    v.set_defaults(run=_cmd_verify)
    e = sub.add_parser("export", help="copy a verified bag to a folder or a .zip for transfer")
    e.add_argument("bag")
    e.add_argument("--to", required=True)
    e.set_defaults(run=_cmd_export)
    r = sub.add_parser("renew", help="add fresh document time stamps where TSAs expire soon")
    r.add_argument("target", metavar="BAG_OR_DIR")
    r.add_argument("--tsa", required=True, metavar="URL")
    r.add_argument("--window-days", type=int, default=365)
    r.add_argument("--trust", action="append", metavar="PEM")
    r.add_argument("--offline", action="store_true", help="do not fetch OCSP/CRL")
    r.set_defaults(run=_cmd_renew)
    f = sub.add_parser("fixity", help="re-hash a folder of bags or a content-addressed store")
    f.add_argument("dir")
    f.add_argument("--record", metavar="LEDGER", help="append the run to this JSON-lines file")
    f.set_defaults(run=_cmd_fixity)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``phigiay-archive``; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "pack" and bool(args.dossier) == bool(args.manifest):
        parser.error("pack needs a DOSSIER_DIR or --manifest FILE (one of them)")
    try:
        code: int = args.run(args)
        return code
    except (ArchiveError, signing.SigningError, OSError, ValueError, KeyError) as e:
        message = str(e).splitlines()[0] if str(e) else type(e).__name__
        print(f"phigiay-archive {args.command}: {type(e).__name__}: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
