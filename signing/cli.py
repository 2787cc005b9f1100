"""``phigiay-sign``: sign, verify, extend and inspect tokens from the command line.

Exit codes: 0 success (``verify``: every signature valid); 1 a signature is invalid or
indeterminate, there is none, or signing failed; 2 the input cannot be read or the command line is
wrong. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from signing import errors
from signing.keys import SigningKey, TokenSession, list_tokens, load_pkcs12, open_token
from signing.profiles import PadesLevel, SignOptions
from signing.report import Verdict
from signing.sign import extend_pdf, sign_pdf
from signing.sources import RevocationMode, TimestampSource, ValidationSources
from signing.stamp import AppendixStamp, SealBlock, SignatureBlock, StampLayout
from signing.verify import verify_pdf

__all__ = ["main"]

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


class _Usage(Exception):
    """Bad command-line input (exit 2)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="phigiay-sign", description="PAdES signing for phigiay")
    sub = parser.add_subparsers(dest="command", required=True)

    sign = sub.add_parser("sign", help="sign a PDF")
    sign.add_argument("input", type=Path)
    sign.add_argument("output", type=Path)
    sign.add_argument("--pkcs12", type=Path)
    sign.add_argument(
        "--passphrase-env", metavar="VAR", help="environment variable with the passphrase"
    )
    sign.add_argument("--pkcs11-module", metavar="LIB")
    sign.add_argument("--token", metavar="LABEL")
    sign.add_argument("--cert", metavar="LABEL")
    sign.add_argument("--pin-env", metavar="VAR", help="environment variable with the PIN")
    sign.add_argument("--level", choices=[lvl.value for lvl in PadesLevel], default="B-B")
    sign.add_argument("--tsa", metavar="URL")
    sign.add_argument("--trust", type=Path, action="append", default=[])
    sign.add_argument("--allow-fetching", action="store_true", help="fetch OCSP/CRL for B-LT")
    sign.add_argument("--field", default=None)
    sign.add_argument("--page", type=int, default=0)
    sign.add_argument("--box", help="x1,y1,x2,y2 in points for a new visible field")
    sign.add_argument("--reason")
    sign.add_argument("--location")
    sign.add_argument("--position", help="signature block: position line(s), \\n separated")
    sign.add_argument("--name", help="signature block: signer's printed name")
    sign.add_argument("--signature-image", type=Path, help="signature block: blue PNG")
    sign.add_argument("--agency", help="seal block: agency name")
    sign.add_argument("--seal-image", type=Path, help="seal block: red PNG")
    sign.add_argument("--appendix", metavar="NUMBER", help="appendix stamp: number/notation")

    verify = sub.add_parser("verify", help="validate the signatures of a PDF")
    verify.add_argument("input", type=Path)
    verify.add_argument("--trust", type=Path, action="append", default=[])
    verify.add_argument("--at", help="validation time, ISO 8601")
    verify.add_argument("--revocation", choices=[m.value for m in RevocationMode], default="soft")
    verify.add_argument("--allow-fetching", action="store_true")
    verify.add_argument("--json", action="store_true")

    extend = sub.add_parser("extend", help="add validation data and a document time stamp")
    extend.add_argument("input", type=Path)
    extend.add_argument("--tsa", required=True, metavar="URL")
    extend.add_argument("--output", type=Path, help="default: rewrite INPUT (atomically)")
    extend.add_argument("--trust", type=Path, action="append", default=[])
    extend.add_argument("--allow-fetching", action="store_true")

    tokens = sub.add_parser("tokens", help="list PKCS#11 tokens and their certificates")
    tokens.add_argument("--pkcs11-module", required=True, metavar="LIB")
    tokens.add_argument("--json", action="store_true")

    pki = sub.add_parser("pki", help="write the test PKI's certificates and PKCS#12 files")
    pki.add_argument("folder", type=Path)
    return parser


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise errors.UnreadablePdf(f"cannot read {path}: {e.strerror}") from e


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def _env(name: str | None) -> str | None:
    if name is None:
        return None
    if name not in os.environ:
        raise _Usage(f"environment variable {name} is not set")
    return os.environ[name]


def _appearance(args: argparse.Namespace) -> StampLayout | None:
    if args.appendix:
        return AppendixStamp(args.appendix)
    if args.seal_image or args.agency:
        if not (args.seal_image and args.agency):
            raise _Usage("--seal-image and --agency go together")
        return SealBlock(args.agency, _read(args.seal_image))
    if args.position or args.name:
        if not (args.position and args.name):
            raise _Usage("--position and --name go together")
        image = _read(args.signature_image) if args.signature_image else None
        return SignatureBlock(args.position.replace("\\n", "\n"), args.name, image)
    return None


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    if text is None:
        return None
    try:
        x1, y1, x2, y2 = (float(v) for v in text.split(","))
    except ValueError as e:
        raise _Usage("--box wants x1,y1,x2,y2") from e
    return (x1, y1, x2, y2)


def _key(args: argparse.Namespace) -> tuple[SigningKey, TokenSession | None]:
    if args.pkcs12 and args.pkcs11_module:
        raise _Usage("choose --pkcs12 or --pkcs11-module, not both")
    if args.pkcs12:
        secret = _env(args.passphrase_env)
        try:
            return load_pkcs12(args.pkcs12, secret), None
        except OSError as e:
            raise errors.SignerLoadError(f"cannot read {args.pkcs12}: {e.strerror}") from e
    if args.pkcs11_module:
        if not (args.token and args.cert):
            raise _Usage("--pkcs11-module needs --token and --cert")
        session = open_token(args.pkcs11_module, token_label=args.token, pin=_env(args.pin_env))
        try:
            return session.key(cert_label=args.cert), session
        except errors.SigningError:
            session.close()
            raise
    raise _Usage("give --pkcs12 or --pkcs11-module")


def _sources(args: argparse.Namespace) -> ValidationSources:
    return ValidationSources(
        trust_roots=tuple(_read(p) for p in args.trust), allow_fetching=args.allow_fetching
    )


def _cmd_sign(args: argparse.Namespace) -> int:
    data = _read(args.input)
    level = PadesLevel(args.level)
    if level.needs_timestamp and not args.tsa:
        raise _Usage(f"--level {level} needs --tsa")
    options = SignOptions(
        level=level,
        field_name=args.field or ("Signature1" if args.box else None),
        page=args.page,
        box=_box(args.box),
        appearance=_appearance(args),
        reason=args.reason,
        location=args.location,
        timestamp=TimestampSource.http(args.tsa) if args.tsa else None,
        validation=_sources(args),
    )
    key, session = _key(args)
    try:
        signed = sign_pdf(data, key, options)
    finally:
        if session is not None:
            session.close()
    _write_atomic(args.output, signed)
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    data = _read(args.input)
    try:
        at = datetime.fromisoformat(args.at) if args.at else None
    except ValueError as e:
        raise _Usage(f"--at is not an ISO 8601 time: {args.at}") from e
    if at is not None and at.tzinfo is None:
        at = at.astimezone()
    report = verify_pdf(
        data, at=at, revocation=RevocationMode(args.revocation), sources=_sources(args)
    )
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for sig in report.signatures:
            who = sig.signer.subject_name if sig.signer else "?"
            sub = f" ({sig.sub_indication})" if sig.sub_indication else ""
            kind = sig.level or sig.kind
            print(f"{sig.field_name}: {sig.status} — {sig.indication}{sub}; {who}; {kind}")
        print(f"verdict: {report.verdict}")
    return EXIT_OK if report.verdict is Verdict.VALID else EXIT_INVALID


def _cmd_extend(args: argparse.Namespace) -> int:
    data = _read(args.input)
    extended = extend_pdf(data, TimestampSource.http(args.tsa), validation=_sources(args))
    _write_atomic(args.output or args.input, extended)
    return EXIT_OK


def _cmd_tokens(args: argparse.Namespace) -> int:
    tokens = list_tokens(args.pkcs11_module)
    if args.json:
        print(json.dumps([_token_json(t) for t in tokens], ensure_ascii=False, indent=2))
        return EXIT_OK
    for token in tokens:
        maker = f"{token.manufacturer} {token.model}"
        print(f"slot {token.slot_id}: {token.label} ({maker}) PIN {token.pin_status}")
        for cert in token.certificates:
            info = cert.certificate
            until = f"{info.not_after:%Y-%m-%d}"
            who = f"{info.subject_name}, serial {info.serial}"
            print(f"  [{cert.key_id}] {cert.label}: {who}, until {until}")
    return EXIT_OK


def _token_json(token: object) -> dict[str, object]:
    from signing.keys import TokenInfo

    assert isinstance(token, TokenInfo)
    return {
        "slot": token.slot_id,
        "label": token.label,
        "manufacturer": token.manufacturer,
        "model": token.model,
        "serial": token.serial,
        "pin_status": token.pin_status.value,
        "certificates": [
            {
                "label": c.label,
                "id": c.key_id,
                "subject": c.certificate.subject_name,
                "serial": c.certificate.serial,
                "not_after": c.certificate.not_after.isoformat(),
            }
            for c in token.certificates
        ],
    }


def _cmd_pki(args: argparse.Namespace) -> int:
    from signing.testpki import PhigiayPki

    for path in PhigiayPki().write(args.folder):
        print(path)
    return EXIT_OK


_COMMANDS = {
    "sign": _cmd_sign,
    "verify": _cmd_verify,
    "extend": _cmd_extend,
    "tokens": _cmd_tokens,
    "pki": _cmd_pki,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``phigiay-sign``; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors and 0 on --help
        return int(e.code or 0)
    try:
        return _COMMANDS[args.command](args)
    except _Usage as e:
        print(f"phigiay-sign: {e}", file=sys.stderr)
        return EXIT_UNREADABLE
    except errors.UnreadablePdf as e:
        print(f"phigiay-sign: {e}", file=sys.stderr)
        return EXIT_UNREADABLE
    except errors.SigningError as e:
        print(f"phigiay-sign: {e}", file=sys.stderr)
        return EXIT_INVALID


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
