"""Who runs a records exchange command: today the machine's `system` actor, as `users` and
`settings` do (whoever can run the CLI against the database administers it).

When the CLI signs staff in (`--as NAME`, password on stdin — the staff work), return the
signed-in Actor here: this function is the only place the records commands take their actor
from, and app.records.permissions then applies the role matrix.
"""
from __future__ import annotations


def cli_actor(args=None):
    from app.identity.actor import Actor
    from app.settings.workstation import WorkstationSettingsFile

    return Actor.system(WorkstationSettingsFile().load().workstation_name)


def open_records_services(args):
    """The records exchange services on --db, with the site's profile directory."""
    from app.records_services import RecordsServices
    from app.settings.workstation import config_dir
    from app.storage.database import resolve_database_url

    return RecordsServices.open(resolve_database_url(args.db), profile_dirs=[config_dir() / "records_profiles"])
