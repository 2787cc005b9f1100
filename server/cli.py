"""``phigiay-server``: set up, run and check an agency server."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from server.archive.jobs import preserve, send_transfer_warnings
from server.archive.tables import FixityRunRow
from server.axis.connector.worker import Connector
from server.core import audit, migrate
from server.core.context import AppContext
from server.core.errors import PhigiayError
from server.core.files import verify_store
from server.core.permissions import Role
from server.core.settings import Settings
from server.demo import DEMO_AGENCY, load_demo
from server.operations import backup
from server.rendering import commands as render_commands
from server.users import service as user_service


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {}
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = args.data_dir
    return Settings(**overrides)


def _open(settings: Settings, *, migrate_schema: bool = False) -> AppContext:
    context = AppContext.build(settings)
    if migrate_schema:
        migrate.upgrade(context.database.engine)
    elif migrate.current_revision(context.database.engine) != migrate.head_revision():
        raise SystemExit(
            "phigiay-server: the database is not initialised or not up to date; "
            "run 'phigiay-server init' first"
        )
    return context


def _new_password(env_var: str | None) -> tuple[str, bool]:
    """A password from an environment variable, or a generated one (to be printed once)."""
    if env_var and os.environ.get(env_var):
        return os.environ[env_var], False
    return f"{secrets.token_urlsafe(12)}9x", True


def _agency_fields(args: argparse.Namespace) -> user_service.AgencyFields:
    if not (args.organ_id or args.agency_name or args.agency_short_name):
        return DEMO_AGENCY
    if not (args.organ_id and args.agency_name and args.agency_short_name):
        raise SystemExit("phigiay-server: give --organ-id, --agency-name and --agency-short-name")
    return user_service.AgencyFields(
        organ_id=args.organ_id, name=args.agency_name, short_name=args.agency_short_name,
        place_name=args.place_name, address=args.address,
    )


def cmd_init(args: argparse.Namespace) -> int:
    """Create the data directory and database, the agency and the first administrator."""
    settings = _settings(args)
    context = _open(settings, migrate_schema=True)
    with context.database.writing() as session:
        try:
            agency = user_service.get_agency(session)
            print(f"Already initialised: {agency.name} ({agency.organ_id}); schema up to date.")
            return 0
        except PhigiayError:
            pass
        agency = user_service.create_agency(session, fields=_agency_fields(args))
        password, generated = _new_password(args.admin_password_env)
        user_service.create_user(
            session, passwords=context.passwords, actor=None,
            new=user_service.NewUser(username=args.admin_username, full_name=args.admin_full_name,
                                     password=password, roles=frozenset({Role.ADMIN})),
        )
    print(f"Initialised {agency.name} ({agency.organ_id}) in {settings.data_dir}")
    print(f"Database: {context.database.engine.url.render_as_string(hide_password=True)}")
    print(f"Administrator: {args.admin_username}")
    if generated:
        print(f"Password (shown once, change it after the first login): {password}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Bring the database schema up to date."""
    context = _open(_settings(args), migrate_schema=True)
    print(f"Schema at {migrate.current_revision(context.database.engine)}")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    """Create a user from the console."""
    context = _open(_settings(args))
    password, generated = _new_password(args.password_env)
    with context.database.writing() as session:
        unit_id = None
        if args.unit:
            units = {u.code: u.id for u in user_service.list_units_all(session)}
            if args.unit not in units:
                raise SystemExit(f"phigiay-server: no unit with code {args.unit!r}")
            unit_id = units[args.unit]
        user = user_service.create_user(
            session, passwords=context.passwords, actor=None,
            new=user_service.NewUser(
                username=args.username, full_name=args.full_name, password=password,
                roles=frozenset(Role(r) for r in args.role), unit_id=unit_id,
                position=args.position, email=args.email,
            ),
        )
    print(f"Created user {user.username} (id {user.id}) with roles {', '.join(args.role)}")
    if generated:
        print(f"Password (shown once): {password}")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    """Fill an initialised server with the demo agency's units and people."""
    context = _open(_settings(args))
    shared = os.environ.get(args.password_env) if args.password_env else None
    with context.database.writing() as session:
        if user_service.list_units_all(session):
            print("Demo data already present (the agency has units); nothing done.")
            return 0
        credentials = load_demo(session, passwords=context.passwords, shared_password=shared)
    print(f"Demo agency loaded: {len(credentials)} people. Logins (shown once):")
    for cred in credentials:
        print(f"  {cred.username:<14} {cred.password:<16} {cred.full_name} — {cred.position} "
              f"[{', '.join(cred.roles)}]")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Serve the API with uvicorn."""
    import uvicorn

    settings = _settings(args)
    _open(settings).database.dispose()
    os.environ["PHIGIAY_DATA_DIR"] = str(settings.data_dir)
    uvicorn.run(
        "server.asgi:create_app_from_environment", factory=True,
        host=args.host or settings.host, port=args.port or settings.port,
        workers=args.workers, proxy_headers=True, log_level=args.log_level,
    )
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Verify the audit chain end to end; exit 1 on any break."""
    context = _open(_settings(args))
    with context.database.reading() as session:
        report = audit.verify(session)
    for problem in report.problems:
        print(f"entry {problem.seq}: {problem.kind}: {problem.explanation}")
    verdict = "intact" if report.ok else f"BROKEN ({len(report.problems)} problem(s))"
    print(f"Audit log: {report.entries_checked} entries checked, {verdict}")
    return 0 if report.ok else 1


def cmd_store_verify(args: argparse.Namespace) -> int:
    """Re-hash every stored file; exit 1 on any mismatch or missing file."""
    context = _open(_settings(args))
    with context.database.reading() as session:
        report = verify_store(session, store=context.store)
    for problem in report.problems:
        print(f"{problem.sha256}: {problem.explanation} ({problem.path})")
    for sha256 in report.missing:
        print(f"{sha256}: missing from the store")
    verdict = "intact" if report.ok else "PROBLEMS FOUND"
    print(f"File store: {report.files_checked} files checked, {verdict}")
    return 0 if report.ok else 1


def cmd_archive_sweep(args: argparse.Namespace) -> int:
    """Run the archive's scheduled work now: transfer warnings, fixity, signature renewal;
    exit 1 when the fixity sweep raised an alert."""
    context = _open(_settings(args))
    try:
        with context.database.writing() as session:
            warned = send_transfer_warnings(session)
        preserve(context)
        with context.database.reading() as session:
            run = session.scalars(select(FixityRunRow).order_by(FixityRunRow.id.desc())
                                  .limit(1)).one()
    finally:
        context.database.dispose()
    for alert in run.alerts:
        print(f"{alert['path']}: {alert['detail']}")
    print(f"Archive: {warned} transfer warning(s) sent; fixity: {run.checked} item(s) "
          f"checked, {len(run.alerts)} alert(s)")
    return 1 if run.alerts else 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Write one archive with a consistent database dump, the file store, the archive's
    preservation packages and a manifest."""
    settings = _settings(args)
    _open(settings).database.dispose()
    try:
        summary = backup.backup(settings, out=Path(args.out))
    except backup.BackupError as exc:
        print(f"phigiay-server: {exc}", file=sys.stderr)
        return 2
    print(f"Backup written to {summary.path}: {summary.database_kind} database, "
          f"{summary.files} stored files, {summary.packages} archive packages, "
          f"{summary.bytes:,} bytes")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore an archive onto an installation that holds no agency yet."""
    try:
        summary = backup.restore(_settings(args), archive=Path(args.archive))
    except backup.BackupError as exc:
        print(f"phigiay-server: {exc}", file=sys.stderr)
        return 2
    print(f"Restored {summary.database_kind} database, {summary.files} stored files and "
          f"{summary.packages} verified archive packages from {summary.path}; run "
          "'audit verify' and 'store verify' to check them")
    return 0


def cmd_axis_sync(args: argparse.Namespace) -> int:
    """Run one round of the axis connector: send the outbox, take in what waits on the hub."""
    context = _open(_settings(args))
    try:
        connector = Connector(context)
    except ValueError as exc:
        context.database.dispose()
        print(f"phigiay-server: {exc}", file=sys.stderr)
        return 2
    try:
        report = connector.run_once()
    finally:
        connector.close()
        context.database.dispose()
    received = ", ".join(f"{k} {v}" for k, v in sorted(report.received.items())) or "nothing"
    print(f"Axis {connector.organ_id}: sent {report.sent}, to retry {report.retried}, "
          f"refused {report.failed}; received {received}")
    if report.error:
        print(f"phigiay-server: the hub could not be reached: {report.error}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="phigiay-server", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="data directory (default: $PHIGIAY_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", parents=[common], help=cmd_init.__doc__)
    init.add_argument("--organ-id", help="organ id in the QCVN 102 form, e.g. 000.00.00.G22")
    init.add_argument("--agency-name", help="full name of the agency")
    init.add_argument("--agency-short-name", help="abbreviation used in notations, e.g. VPCP")
    init.add_argument("--place-name", help="place printed before the date, e.g. Hà Nội")
    init.add_argument("--address")
    init.add_argument("--admin-username", default="admin")
    init.add_argument("--admin-full-name", default="Quản trị hệ thống")
    init.add_argument("--admin-password-env", metavar="VAR",
                      help="read the password from this environment variable (else generated)")
    init.set_defaults(func=cmd_init)

    sub.add_parser("migrate", parents=[common], help=cmd_migrate.__doc__).set_defaults(
        func=cmd_migrate)

    create = sub.add_parser("create-user", parents=[common], help=cmd_create_user.__doc__)
    create.add_argument("username")
    create.add_argument("--full-name", required=True)
    create.add_argument("--role", action="append", required=True,
                        choices=[r.value for r in Role], help="repeat for several roles")
    create.add_argument("--unit", help="unit code")
    create.add_argument("--position")
    create.add_argument("--email")
    create.add_argument("--password-env", metavar="VAR",
                        help="read the password from this environment variable (else generated)")
    create.set_defaults(func=cmd_create_user)

    demo = sub.add_parser("demo-data", parents=[common], help=cmd_demo_data.__doc__)
    demo.add_argument("--password-env", metavar="VAR",
                      help="give every demo user the password in this variable (else random)")
    demo.set_defaults(func=cmd_demo_data)

    run = sub.add_parser("run", parents=[common], help=cmd_run.__doc__)
    run.add_argument("--host")
    run.add_argument("--port", type=int)
    run.add_argument("--workers", type=int, default=1)
    run.add_argument("--log-level", default="info")
    run.set_defaults(func=cmd_run)

    audit_cmd = sub.add_parser("audit", help="audit log tools")
    audit_sub = audit_cmd.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    audit_sub.add_parser("verify", parents=[common], help=cmd_audit_verify.__doc__).set_defaults(
        func=cmd_audit_verify)

    store_cmd = sub.add_parser("store", help="file store tools")
    store_sub = store_cmd.add_subparsers(dest="store_command", required=True, metavar="COMMAND")
    store_sub.add_parser("verify", parents=[common], help=cmd_store_verify.__doc__).set_defaults(
        func=cmd_store_verify)
    archive_cmd = sub.add_parser("archive", help="agency archive tools")
    archive_sub = archive_cmd.add_subparsers(dest="archive_command", required=True,
                                             metavar="COMMAND")
    archive_sub.add_parser("sweep", parents=[common], help=cmd_archive_sweep.__doc__
                           ).set_defaults(func=cmd_archive_sweep)
    backup_cmd = sub.add_parser("backup", parents=[common], help=cmd_backup.__doc__)
    backup_cmd.add_argument("--out", required=True, help="archive file to write (.tar)")
    backup_cmd.set_defaults(func=cmd_backup)
    restore_cmd = sub.add_parser("restore", parents=[common], help=cmd_restore.__doc__)
    restore_cmd.add_argument("archive", help="archive written by 'backup'")
    restore_cmd.set_defaults(func=cmd_restore)
    sub.add_parser("axis-sync", parents=[common], help=cmd_axis_sync.__doc__).set_defaults(
        func=cmd_axis_sync)
    render_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``phigiay-server``."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except PhigiayError as exc:
        print(f"phigiay-server: {exc.detail or exc.code}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
