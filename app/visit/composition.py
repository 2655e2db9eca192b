"""Build the counter's non-Qt objects once main.py has decided what to build.

main.py (the composition root) chooses demo or real mode, the database URL and the card
source (the in-process simulator, or PC/SC); this module assembles the database, records,
forms, staff, approval and audit services around those choices. Demo mode resets and seeds
its own SQLite database first. Qt stays out (widgets.application wraps these objects in the
window), and so does the PC/SC driver: main.py imports cardreader.pcsc, this module never does.
"""
from __future__ import annotations

import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.storage.database import make_engine, make_session_factory, resolve_database_url
from app.visit.ports import StaffIdentity
from app.visit.repository import VisitRepository
from app.visit.service import VisitService
from app.visit.staff_adapter import (ApprovalAdapter, AuditAdapter, CounterSession,
                                     MyNumberTextCipher)


@dataclass
class CardSource:
    """What the card bridge needs: a reader-status source and a transport factory.
    main.py makes one (simulator or PC/SC); the window's CardBridge runs it."""
    status_source: Any
    open_transport: Callable[[str], Any]
    simulated_reader: Any = None  # demo: the slot the trainer places persona cards in


@dataclass
class CounterServices:
    visit_service: VisitService
    auth: Any
    session: CounterSession
    demo: bool
    idle_lock_seconds: int
    card_source: CardSource | None
    personas: list[tuple[str, str]] = field(default_factory=list)  # (persona id, label)
    staff: Any = None  # StaffServices: the supervisor's queue and the trainer panel use it
    _closers: list[Callable[[], None]] = field(default_factory=list)

    def sign_in(self, identity: StaffIdentity) -> None:
        self.session.identity = identity

    def close(self) -> None:
        for close in self._closers:
            close()


# build_counter_services' default card: the simulator in demo mode, none otherwise
# (tests and tools; main.py always passes its own choice)
_DEFAULT_CARD = object()


def build_counter_services(db: str | None, demo: bool, *, card_source: Any = _DEFAULT_CARD,
                           reset_demo: bool = True,
                           residents: int | None = None) -> CounterServices:
    """`demo` is already decided (main.py: app.demo.mode.choose_mode). `db`: the database
    URL (demo: default the demo file; real: resolve_database_url). `card_source`: a
    CardSource or None; wrapped so every connection goes through the tracing transport."""
    from app.privacy.cipher import MyNumberCipher
    from app.records import LookupService, ResidentRepository
    from app.settings.workstation import WorkstationSettingsFile
    from app.staff.auth_port import StaffAuthAdapter
    from app.staff.services import StaffServices
    from app.visit.forms_adapter import FormsAdapter
    from app.visit.records_adapter import RecordsAdapter

    credentials: tuple = ()
    if demo:
        from app.demo.database import DEFAULT_SYNTHETIC_RESIDENTS, demo_sqlite_url, reset_demo_database

        url = db or demo_sqlite_url()
        if reset_demo:
            demo_db = reset_demo_database(url, residents=DEFAULT_SYNTHETIC_RESIDENTS
                                          if residents is None else residents)
            credentials = demo_db.credentials
        else:
            from app.demo.database import DEMO_ACCOUNTS, DemoCredential
            credentials = tuple(DemoCredential(n, r, p) for n, r, p in DEMO_ACCOUNTS)
    else:
        url = resolve_database_url(db)
    engine = make_engine(url)
    if not schema_is_current(engine):
        from app.storage.migration_runner import upgrade  # alembic: only when there is work

        upgrade(engine)
    sessions = make_session_factory(engine)
    cipher = MyNumberCipher.for_data_dir()
    settings = WorkstationSettingsFile().load()
    workstation = settings.workstation_name or socket.gethostname()
    # one StaffServices: the visit's audit/approval adapters and the staff panels (決裁 queue,
    # 研修パネル, audited My Number reveal from the records) share it
    staff = StaffServices.over(engine, my_number_source=ResidentRepository(sessions, cipher))
    session = CounterSession()
    auth = StaffAuthAdapter(staff.staff, workstation, credentials if demo else ())
    records = RecordsAdapter(ResidentRepository(sessions, cipher), LookupService(ResidentRepository(sessions, cipher)))
    forms = FormsAdapter()
    service = VisitService(
        VisitRepository(sessions, cipher=MyNumberTextCipher(cipher)), records, forms, forms,
        audit=AuditAdapter(staff.audit, auth, session),
        approval=ApprovalAdapter(staff.approval, staff.office, auth, session),
        registry=records)
    card = card_source
    if card is _DEFAULT_CARD:
        card = simulated_card_source() if demo else None
    if card is not None:
        card.open_transport = _traced(card.open_transport)
    personas = _persona_labels() if demo else []
    services = CounterServices(service, _SessionAuth(auth, session), session, demo,
                               settings.idle_lock_seconds, card, personas)
    services.staff = staff
    services._closers.append(engine.dispose)
    return services


class _SessionAuth:
    """The AuthPort the window uses; remembers who signed in so audit entries name them."""

    def __init__(self, auth, session: CounterSession) -> None:
        self._auth, self._session = auth, session

    def authenticate(self, name: str, password: str) -> StaffIdentity:
        identity = self._auth.authenticate(name, password)
        self._session.identity = identity
        return identity

    def unlock(self, identity: StaffIdentity, password: str) -> StaffIdentity:
        identity = self._auth.unlock(identity, password)
        self._session.identity = identity
        return identity

    def verify(self, name: str, password: str) -> StaffIdentity:
        """Another staff member (a supervisor approving here) proves who they are; the
        window stays signed in as the clerk."""
        return self._auth.authenticate(name, password)

    def sign_out(self, identity: StaffIdentity) -> None:
        self._auth.sign_out(identity)
        self._session.identity = None

    def __getattr__(self, name: str):
        # lock, change_password, must_change_password, needs_bootstrap, bootstrap,
        # demo_accounts, actor_for: straight through to app.staff.auth_port
        return getattr(self._auth, name)


_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*(None|"[^"]*")', re.M)


def script_heads() -> set[str]:
    """Head revisions of every migration branch, read from the version files' text.
    Importing alembic costs about half a second at each start; this costs a few ms."""
    import app.storage

    versions = Path(app.storage.__file__).with_name("migrations") / "versions"
    revisions, parents = set(), set()
    for path in versions.glob("*.py"):
        fields = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in fields:
            revisions.add(fields["revision"].strip('"'))
        parent = fields.get("down_revision", "None")
        if parent != "None":
            parents.add(parent.strip('"'))
    return revisions - parents


def schema_is_current(engine) -> bool:
    from sqlalchemy import inspect, text

    try:
        if not inspect(engine).has_table("alembic_version"):
            return False
        with engine.connect() as conn:
            current = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except Exception:  # noqa: BLE001 — anything odd: let alembic look properly
        return False
    return current == script_heads()


def _traced(open_transport):
    """Every connection through the tracing wrapper: APDUs at TRACE level (below DEBUG),
    VERIFY data and card contents masked — silent unless someone asks for TRACE."""
    from cardreader import TracingTransport

    return lambda reader: TracingTransport(open_transport(reader))


def simulated_card_source() -> CardSource:
    """Demo mode's card: the in-process simulator; the trainer places persona cards in it."""
    from cardreader.simulator import SimulatedReader

    reader = SimulatedReader()
    return CardSource(reader, reader.open, reader)


def _persona_labels() -> list[tuple[str, str]]:
    from cardreader.simulator import load_persona, persona_ids

    return [(pid, load_persona(pid).get("label", pid)) for pid in persona_ids()]
