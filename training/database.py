"""The demo database: deleted and recreated at every demo start, then seeded
with synthetic residents, the persona residents and demo staff accounts.

Only a file named like the demo database is ever deleted, so a mistake in
wiring can never remove the real database.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from sqlalchemy.engine import Engine

from domain.errors import DomainError
from training.personas import PERSONA_DIR, load_personas, persona_household
from app.staff.passwords import PasswordHashing
from app.identity.roles import Role
from app.staff_services import StaffServices
from app.storage.database import demo_sqlite_url, make_engine, make_session_factory
from app.storage.migration_runner import upgrade
from app.privacy.key_setup import initialise_keys

log = logging.getLogger(__name__)
DEMO_FILE_SUFFIX = "-demo.sqlite3"
DEFAULT_SYNTHETIC_RESIDENTS = 2000
DEMO_SEED = 20261122

# Shown on the login screen in demo mode only; these accounts exist only in
# the demo database, which is recreated at each start.
DEMO_ACCOUNTS = (
    ("kenshu", Role.TRAINER, "renshu-kenshu"),
    ("madoguchi", Role.CLERK, "renshu-madoguchi"),
    ("shinsa", Role.SUPERVISOR, "renshu-shinsa"),
    ("kanri", Role.ADMINISTRATOR, "renshu-kanri"),
)

# (engine, number of residents, seed) -> None: the records area's generator.
PopulationSeeder = Callable[[Engine, int, int], None]


class DemoDatabaseError(DomainError):
    """The demo database must be a local SQLite file named *.demo.sqlite3: anything else
    could be the office's real database."""

    code = "demo_database_refused"
    details = ("not_sqlite", "not_demo_file")


@dataclass(frozen=True)
class DemoCredential:
    name: str
    role: Role
    password: str

    @property
    def label_ja(self) -> str:
        return self.role.label_ja


@dataclass(frozen=True)
class DemoDatabase:
    url: str
    credentials: tuple[DemoCredential, ...]
    persona_ids: tuple[str, ...]   # personas inserted as residents
    synthetic_residents: int
    is_demo: bool = True


def demo_file(url: str) -> Path:
    if not url.startswith("sqlite:///"):
        raise DemoDatabaseError("not_sqlite")
    path = Path(url.removeprefix("sqlite:///"))
    if not path.name.endswith(DEMO_FILE_SUFFIX):
        raise DemoDatabaseError("not_demo_file")
    return path


def reset_demo_database(url: str | None = None, *, residents: int = DEFAULT_SYNTHETIC_RESIDENTS,
                        seeder: PopulationSeeder | None = None,
                        persona_dir: Path = PERSONA_DIR,
                        hashing: PasswordHashing | None = None) -> DemoDatabase:
    url = url or demo_sqlite_url()
    path = demo_file(url)
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(url)
    try:
        upgrade(engine)
        # A fresh demo database is initialised like `db init` does: the key files are
        # created only if this workstation has none yet (app.privacy.key_setup).
        initialise_keys(engine)
        seeder = seeder if seeder is not None else default_seeder()
        if seeder is not None and residents:
            seeder(engine, residents, DEMO_SEED)
        personas = insert_persona_residents(engine, persona_dir)
        credentials = create_demo_staff(engine, hashing)
    finally:
        engine.dispose()
    log.info("demo database reset: %d personas, %d synthetic residents", len(personas), residents)
    return DemoDatabase(url, credentials, tuple(personas), residents if seeder else 0)


def insert_persona_residents(engine: Engine, persona_dir: Path = PERSONA_DIR) -> list[str]:
    from app.privacy.cipher import MyNumberCipher
    from app.records.repository import DuplicateResidentError, ResidentRepository
    from app.records.resident import ElderlyMedicalRecord, LtcRecord, NhiRecord

    repo = ResidentRepository(make_session_factory(engine), MyNumberCipher.for_data_dir())
    inserted = []
    for persona in load_personas(persona_dir):
        household = persona_household(persona)
        if household is None:
            continue
        try:
            record = repo.add_household(household.household_no, household.members)
        except DuplicateResidentError:
            log.warning("persona %s collides with a synthetic household; skipped", household.persona_id)
            continue
        ids = {m.atena_no: m.id for m in record.members}
        since = date(2020, 4, 1)
        for atena in household.nhi_atena:
            repo.add_nhi(NhiRecord(ids[atena], f"{int(atena) % 10 ** 8:08d}", since))  # 記号番号: 8 digits, as the form prints it
        for atena, insured_no in household.kouki:
            repo.add_elderly_medical(ElderlyMedicalRecord(ids[atena], insured_no, since))
        for atena, insured_no in household.kaigo:
            repo.add_ltc(LtcRecord(ids[atena], insured_no, since))
        inserted.append(household.persona_id)
    return inserted


def create_demo_staff(engine: Engine, hashing: PasswordHashing | None = None) -> tuple[DemoCredential, ...]:
    services = StaffServices.over(engine, hashing=hashing)
    # As in a real office: the administrator first (bootstrap), who adds the others.
    admin = next(a for a in DEMO_ACCOUNTS if a[1] is Role.ADMINISTRATOR)
    services.staff.bootstrap_administrator("demo", admin[0], admin[2])
    actor = services.staff.authenticate(admin[0], admin[2], "demo").actor
    for name, role, password in DEMO_ACCOUNTS:
        if name != admin[0]:
            services.staff.add(actor, name, role, password)
    return tuple(DemoCredential(name, role, password) for name, role, password in DEMO_ACCOUNTS)


def default_seeder() -> PopulationSeeder | None:
    """The records area's synthetic population generator (training.seed)."""
    try:
        from training.seed.seeding import seed_population
    except ImportError:
        log.warning("synthetic population generator not available; demo has personas only")
        return None

    def seed(engine: Engine, residents: int, seed_value: int) -> None:
        seed_population(engine, residents, seed_value)
    return seed
