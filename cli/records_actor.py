"""Who runs a records exchange command: the staff member signed in with `--as NAME`
(password on stdin's first line, or prompted without echo), as for `users`, `settings`
and `audit export`. The import, 名寄せ decisions and the handover carry personal data:
no command acts as an anonymous machine any more; app.records.permissions applies the
role matrix to the actor returned here, and the audit log names that person.
"""
from __future__ import annotations


def cli_actor(args):
    """The signed-in Actor for this run (signed in once per command, however often asked)."""
    cached = getattr(args, "_signed_in_actor", None)
    if cached is not None:
        return cached
    from app.staff_services import StaffServices
    from app.storage.database import resolve_database_url
    from cli.parser import command_path
    from cli.staff_sign_in import sign_in, workstation_name

    services = StaffServices.open(resolve_database_url(args.db))
    try:
        actor = sign_in(services, args, workstation_name(), " ".join(command_path(args)))
    finally:
        services.close()
    args._signed_in_actor = actor
    return actor


def open_records_services(args):
    """The records exchange services on --db (opened as cli.runner's DATABASE_CHECKED_FIRST
    says: an existing, current database, never created or migrated here), with the site's
    profile directory."""
    from app.records_services import RecordsServices
    from app.storage.opening import Access, open_database
    from cli.parser import command_path
    from cli.runner import DATABASE_CHECKED_FIRST

    engine = open_database(args.db, Access[DATABASE_CHECKED_FIRST.get(command_path(args), "WRITE")])
    try:
        return RecordsServices.over(engine, profile_dirs=profile_dirs())
    except BaseException:
        engine.dispose()
        raise


def profile_dirs():
    from app.settings.workstation import config_dir

    return [config_dir() / "records_profiles"]
