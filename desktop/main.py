"""``phigiay``: the desktop client; ``phigiay demo``: the client on a local demo server."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import desktop.startup  # noqa: F401 - first of ours: keeps httpx's command-line tool out
from desktop.settings import LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(prog="phigiay", description=__doc__)
    parser.add_argument("--server", help="server address (remembered for next time)")
    parser.add_argument("--language", choices=LANGUAGES, help="interface language")
    parser.add_argument("--verbose", action="store_true", help="log to the console")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="start a local demo server with demo people and open "
                                       "the client on it (the server stops on exit)")
    demo.add_argument("--user", default="lannt",
                      help="demo person to sign in as (default: lannt, a clerk)")
    demo.add_argument("--no-sign-in", action="store_true",
                      help="only pre-fill the login dialog, do not sign in")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``phigiay`` console script."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    if args.command == "demo":
        return _run_demo(args)
    return _run_client(args)


def _run_client(args: argparse.Namespace, demo_server: object | None = None) -> int:
    from desktop.app import PhigiayApp, create_qapplication
    from desktop.collector import GuiThreadCollector
    from desktop.demo import DemoServer
    from desktop.settings import LANGUAGE, SERVER_URL, Settings, TokenStore

    qapp = create_qapplication(sys.argv[:1])
    collector = GuiThreadCollector(qapp)
    collector.start()
    settings = Settings()
    if args.server:
        settings.set(SERVER_URL, args.server)
    if args.language:
        settings.set(LANGUAGE, args.language)
    demo = demo_server.info if isinstance(demo_server, DemoServer) else None
    demo_user = getattr(args, "user", None) if demo else None
    app = PhigiayApp(settings, TokenStore(), demo=demo, demo_user=demo_user)
    app.start()
    if demo is not None and not getattr(args, "no_sign_in", False) and app.login is not None:
        app.login.submit()
    try:
        return int(qapp.exec())
    finally:
        app.shutdown()
        collector.stop()


def _run_demo(args: argparse.Namespace) -> int:
    from desktop.demo import DemoServer, DemoServerError

    print("phigiay: starting a local demo server…", file=sys.stderr)
    server = DemoServer()
    try:
        server.prepare()
        server.start()
    except DemoServerError as exc:
        server.stop()
        print(f"phigiay: the demo server did not start: {exc}", file=sys.stderr)
        return 1
    print(f"phigiay: demo server at {server.url}; every demo person's password: "
          f"{server.password}", file=sys.stderr)
    try:
        return _run_client(args, demo_server=server)
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
