"""``phigiay-axis``: read, write and check edXML messages, and run the local hub."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from server.axis import edxml
from server.axis.edxml.jsonform import message_from_json, summary

EXIT_OK, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="phigiay-axis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ed = commands.add_parser("edxml", help="edXML messages").add_subparsers(dest="action",
                                                                             required=True)
    parse = ed.add_parser("parse", help="print the normalised message")
    parse.add_argument("file", type=Path)
    parse.add_argument("--json", action="store_true", help="JSON instead of text")
    parse.add_argument("--attachments-dir", type=Path, help="write decoded attachments here")
    build = ed.add_parser("build", help="build an edXML message from JSON")
    build.add_argument("message", type=Path)
    build.add_argument("--out", type=Path, required=True)
    build.add_argument("--key", type=Path, help="seal private key (PEM) to sign with")
    build.add_argument("--cert", type=Path, help="seal certificate (PEM)")
    validate = ed.add_parser("validate", help="check a file against phigiay's strict XSD")
    validate.add_argument("file", type=Path)
    hub = commands.add_parser("hub", help="run the local national-axis hub")
    hub.add_argument("--data-dir", type=Path, required=True)
    hub.add_argument("--database-url", help="default: SQLite in the data dir")
    hub.add_argument("--host", default="127.0.0.1")
    hub.add_argument("--port", type=int, default=8470)
    hub.add_argument("--max-message-bytes", type=int, default=64 * 1024 * 1024)
    hub.add_argument("--open-registration", action="store_true",
                     help="let anyone register an organ id (development only)")
    hub.add_argument("--log-level", default="info")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 usage, 2 refused input)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "hub":
            return _hub(args)
        handler = {"parse": _parse, "build": _build, "validate": _validate}[args.action]
        return handler(args)
    except edxml.EdxmlError as exc:
        print(f"phigiay-axis: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"phigiay-axis: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_USAGE


def _parse(args: argparse.Namespace) -> int:
    parsed = edxml.parse(args.file, attachments_dir=args.attachments_dir)
    view = summary(parsed)
    if args.json:
        print(json.dumps(view, ensure_ascii=False, indent=2))
    else:
        _print_text(view)
    return EXIT_OK


def _print_text(view: dict[str, Any]) -> None:
    lines = [f"kind: {view['kind']}", f"document id: {view['document_id']}",
             f"from: {view['sender']}", f"to: {', '.join(view['recipients'])}",
             f"code: {view['code']}"]
    if view["kind"] == "document":
        lines += [f"subject: {view['subject']}", f"business type: {view['business_type']}",
                  f"issued: {view['dates']['promulgation']}"]
        lines += [f"attachment: {a['name']} ({a['content_type']}, {a['size']} bytes)"
                  for a in view["attachments"]]
    else:
        lines += [f"status: {view['status_code']}", f"at: {view['dates']['timestamp']}",
                  f"description: {view['description']}"]
    lines.append(f"signature: {view['signature']['state']}")
    lines += [f"warning: {w}" for w in view["warnings"]]
    print("\n".join(lines))


def _build(args: argparse.Namespace) -> int:
    try:
        data = json.loads(args.message.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise edxml.InvalidValue(f"{args.message} is not JSON: {exc.msg} (line {exc.lineno})") \
            from exc
    if not isinstance(data, dict):
        raise edxml.InvalidValue(f"{args.message} must hold a JSON object")
    message = message_from_json(data, base_dir=args.message.parent)
    signer = _signer(args.key, args.cert) if args.key or args.cert else None
    payload = edxml.build(message, signer=signer)
    temporary = args.out.with_name(args.out.name + ".part")
    temporary.write_bytes(payload)
    os.replace(temporary, args.out)
    print(f"{args.out}: {len(payload)} bytes")
    return EXIT_OK


def _signer(key_path: Path | None, cert_path: Path | None) -> edxml.EnvelopeSigner:
    if key_path is None or cert_path is None:
        raise edxml.MissingField("--key and --cert go together")
    password = os.environ.get("PHIGIAY_AXIS_KEY_PASSWORD")
    key = serialization.load_pem_private_key(key_path.read_bytes(),
                                             password.encode() if password else None)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise edxml.InvalidValue("the seal key must be RSA or EC")
    certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return edxml.EnvelopeSigner.from_key(key, certificate)


def _validate(args: argparse.Namespace) -> int:
    edxml.validate(args.file)
    edxml.parse(args.file)
    print(f"{args.file}: valid")
    return EXIT_OK


def _hub(args: argparse.Namespace) -> int:
    from server.axis.hub.run import HubOptions, serve

    serve(HubOptions(
        data_dir=args.data_dir, database_url=args.database_url, host=args.host, port=args.port,
        max_message_bytes=args.max_message_bytes, open_registration=args.open_registration,
        admin_token=os.environ.get("PHIGIAY_HUB_ADMIN_TOKEN") or None, log_level=args.log_level,
    ))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
