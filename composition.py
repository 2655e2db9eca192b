"""The composition root: every object the counter and the CLI run on is built here.

`CounterWiring` makes the decisions (demo or real mode, the database URL, the card reader:
the in-process simulator, or PC/SC through cardreader.pcsc) and `build_counter_services`
assembles the database, records, forms, staff, approval and audit services around them.
Demo mode resets and seeds its own SQLite database first. Qt stays out: widgets.application
wraps these objects in the window, and calls `CounterWiring.build_services` off the GUI
thread once the window is shown.
"""
from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping

# The app modules are imported inside the builders: the window is on screen before
# sqlalchemy and the services load (bench/startup.py).
if TYPE_CHECKING:
    from app.identity.staff_identity import StaffIdentity
    from app.visit.service import VisitService
    from app.visit.staff_adapter import CounterSession

log = logging.getLogger("madoguchi")


@dataclass
class CardSource:
    """What the card bridge needs: a reader-status source and a transport factory.
    main.py makes one (simulator or PC/SC); the window's CardBridge runs it."""
    status_source: Any
    open_transport: Callable[[str], Any]
    simulated_reader: Any = None  # demo: the slot the trainer places persona cards in
    # the workstation setting reader_name: only this reader is read (empty: the one
    # holding a card, contact before contactless)
    reader_name: str = ""


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
    # app.visit.staff_adapter.CounterPorts: decision notices (ports.approval.unseen_decisions),
    # stuck visits (ports.stuck), the authorisation hook (ports.authorization)
    ports: Any = None
    records_admin: Any = None  # RecordsServices: the records import and 名寄せ pages use it
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
    """`demo` is already decided (main.py: training.mode.choose_mode). `db`: the database
    URL (demo: default the demo file; real: resolve_database_url). `card_source`: a
    CardSource or None; wrapped so every connection goes through the tracing transport."""
    from app.records import LookupService, ResidentRepository
    from app.storage.database import make_engine, make_session_factory, resolve_database_url
    from app.storage.migration_runner import schema_is_current, upgrade
    from app.visit.repository import VisitRepository
    from app.visit.service import VisitService
    from app.visit.staff_adapter import CounterSession, MyNumberTextCipher, wire_counter
    from app.settings.workstation import WorkstationSettingsFile
    from app.staff.auth_port import StaffAuthAdapter
    from app.staff_services import StaffServices
    from app.visit.records_adapter import RecordsAdapter

    credentials: tuple = ()
    if demo:
        from training.database import DEFAULT_SYNTHETIC_RESIDENTS, demo_sqlite_url, reset_demo_database

        url = db or demo_sqlite_url()
        if reset_demo:
            demo_db = reset_demo_database(url, residents=DEFAULT_SYNTHETIC_RESIDENTS
                                          if residents is None else residents)
            credentials = demo_db.credentials
        else:
            from training.database import DEMO_ACCOUNTS, DemoCredential
            credentials = tuple(DemoCredential(n, r, p) for n, r, p in DEMO_ACCOUNTS)
    else:
        url = resolve_database_url(db)
    engine = make_engine(url)
    if not schema_is_current(engine):
        upgrade(engine)
    sessions = make_session_factory(engine)
    settings = WorkstationSettingsFile().load()
    workstation = settings.workstation_name or socket.gethostname()
    # one StaffServices: the visit's audit/approval adapters and the staff panels (決裁 queue,
    # 研修パネル, audited My Number reveal from the records) share it. Opening it checks this
    # workstation's key files against the database (a wrong or missing key stops here).
    try:
        staff = StaffServices.over(engine, reveal_from_records=True)
    except BaseException:
        engine.dispose()
        raise
    cipher = staff.keys.cipher()
    session = CounterSession()
    auth = StaffAuthAdapter(staff.staff, workstation, credentials if demo else ())
    records = RecordsAdapter(ResidentRepository(sessions, cipher), LookupService(ResidentRepository(sessions, cipher)))
    from forms import library as forms_library
    forms_library.configure(settings.forms_override_dir or None)   # the city's own rules and forms
    # roles checked against the stored account at each action; submit is one transaction
    ports = wire_counter(staff, VisitRepository(sessions, cipher=MyNumberTextCipher(cipher)),
                         records, auth, session)
    service = VisitService(ports.repository, ports.lookup, audit=ports.audit,
                           approval=ports.approval, registry=ports.lookup,
                           authorize=ports.authorization.require)
    card = card_source
    if card is _DEFAULT_CARD:
        card = simulated_card_source() if demo else None
    if card is not None:
        card.open_transport = _traced(card.open_transport)
        if not demo:  # the simulator has one slot; a configured name is for the real readers
            card.reader_name = settings.reader_name
    personas = _persona_labels() if demo else []
    services = CounterServices(service, _SessionAuth(auth, session), session, demo,
                               settings.idle_lock_seconds, card, personas)
    services.staff = staff
    services.ports = ports
    from app.records_services import RecordsServices
    from app.settings.workstation import config_dir

    services.records_admin = RecordsServices.over(engine, cipher=cipher, audit=staff.audit,
                                                  snapshot_codec=staff.keys.snapshot_codec(),
                                                  profile_dirs=[config_dir() / "records_profiles"])
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


@dataclass(frozen=True)
class CounterPlan:
    """What the counter runs on: decided here, built by build_counter_services below."""
    demo: bool
    database_url: str
    reason: str  # training.mode.ModeReason value, for the log


class CounterWiring:
    """The counter GUI's choices, handed to run_gui. Nothing here imports Qt; every
    method is called off the GUI thread."""

    def __init__(self, args, env: Mapping[str, str] | None = None) -> None:
        self.db = getattr(args, "db", None)
        self.demo_asked = bool(getattr(args, "demo", False))
        self.lang = getattr(args, "lang", None)
        self.env = os.environ if env is None else env

    def plan(self) -> CounterPlan:
        """Demo when asked, or when nothing is configured (no --db, no MADOGUCHI_DB, no
        database from an earlier run, no reader); the demo database is its own file."""
        from types import SimpleNamespace

        from training.mode import ENV_DB_URL, choose_mode
        from app.storage.database import demo_sqlite_url, resolve_database_url

        choice = choose_mode(SimpleNamespace(db=self.db, demo=self.demo_asked), self.env,
                             reader_available=reader_available())
        # the same environment choose_mode looked at (MADOGUCHI_DB), so the two agree
        url = demo_sqlite_url() if choice.is_demo else \
            resolve_database_url(self.db or self.env.get(ENV_DB_URL))
        return CounterPlan(choice.is_demo, url, choice.reason.value)

    def language(self) -> str:
        """The UI language: --lang, else the workstation setting `language`."""
        from app.settings.workstation import WorkstationSettingsFile

        return getattr(self, "lang", None) or WorkstationSettingsFile().load().language

    def card_source(self, demo: bool):
        """The reader/status source for widgets.card_bridge.CardBridge."""
        return simulated_card_source() if demo else pcsc_card_source()

    def build_services(self):
        """Every non-Qt object of the counter (database, migrations, demo reset, records,
        forms, staff, the card source)."""
        plan = self.plan()
        log.info("counter mode: %s (%s)", "demo" if plan.demo else "real", plan.reason)
        return build_counter_services(plan.database_url, plan.demo,
                                      card_source=self.card_source(plan.demo))


def pcsc_card_source():
    """The real reader through pcscd, or None when PC/SC support is not installed (the
    counter then works without a card: manual entry)."""
    try:
        from cardreader import pcsc  # the only place outside the CLI that picks the driver
    except ImportError:
        log.warning("PC/SC support not available")
        return None
    return CardSource(pcsc.PcscStatusSource(), pcsc.PcscTransport)


def reader_available() -> bool:
    try:
        from cardreader import pcsc

        return bool(pcsc.list_readers())
    except Exception:  # noqa: BLE001 — no pcscd, no library: simply no reader
        return False
