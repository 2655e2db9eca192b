"""Start the counter GUI: QApplication, translations, font, sign-in, main window.

`run_gui(args, wiring)` is called by main.py when no subcommand is given. main.py,
the composition root, decides the mode, the database and the card reader; `wiring`
carries those choices: `wiring.build_services()` returns the non-Qt services (card
source included: `services.card_source`, what CardBridge runs) and is called off the
GUI thread once the window is shown. This module never imports the database layer.
"""
from __future__ import annotations

import logging
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from widgets.background import BackgroundRunner
from widgets.gui_thread import assert_gui_thread
from widgets.main_window import MainWindow

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
FONT_FILES = (Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
              Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"))
FONT_FAMILIES = ("IPAexGothic", "IPAexゴシック", "Noto Sans CJK JP", "Noto Sans JP")


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Japanese is the source language: our strings need no file, and Qt's own dialogs
    (QMessageBox and QFileDialog buttons, the print dialogs) get qtbase_ja. English loads our
    madoguchi_en.qm and qtbase_en (Qt's own words are English already; the file carries its
    plural forms). A file that does not load is logged and the window keeps its Japanese."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        wanted = [(str(TRANSLATIONS / "madoguchi_en.qm"), ""), ("qtbase_en", qt_dir)]
    else:
        QLocale.setDefault(QLocale(QLocale.Japanese, QLocale.Japan))
        wanted = [("qtbase_ja", qt_dir)]
    translators = []
    for name, directory in wanted:
        translator = QTranslator(app)
        if translator.load(name, directory):
            translators.append(translator)
            app.installTranslator(translator)
        else:
            log.warning("translation %s not loaded (looked in %s)", Path(name).name,
                        directory or Path(name).parent)
    return translators


def apply_font(app: QApplication, point_size: float = 12.0) -> str:
    """A CJK font so Japanese never renders as tofu; large type for the counter."""
    for path in FONT_FILES:
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))
            break
    families = set(QFontDatabase.families())
    family = next((f for f in FONT_FAMILIES if f in families), app.font().family())
    font = QFont(family)
    font.setPointSizeF(point_size)
    app.setFont(font)
    return family


def attach_counter(window: MainWindow, service, card_bridge, auth, identity, *, demo: bool,
                   idle_lock_seconds: int, simulated_reader=None, personas=(), reference=None):
    """After sign-in: the visit controller and pages for this staff member. `reference`:
    the pages' events, questions and catalogue, loaded off the GUI thread (None: here)."""
    from widgets.background import SerialRunner
    from widgets.error_presenter import ErrorPresenter
    from widgets.visit_controller import VisitController

    presenter = ErrorPresenter()
    runner = SerialRunner()   # every visit operation, in order, on one worker thread
    controller = VisitController(service, card_bridge, presenter, runner,
                                 # read at each call: after a switch of user the next
                                 # member's visits are theirs
                                 staff_id=lambda: (window.identity or identity).staff_id,
                                 watermark="見本" if demo else None, reference=reference)
    presenter.setParent(controller)
    runner.setParent(controller)
    controller.setParent(window)
    window.attach(controller, identity, auth, idle_lock_seconds)
    from widgets.busy_cursor import BusyCursor

    window.busy_cursor = BusyCursor(controller.busy_changed, window, parent=controller)
    if demo and simulated_reader is not None:
        from widgets.demo_card_bar import DemoCardBar

        window.demo_cards = DemoCardBar(simulated_reader, list(personas), window)
        window.addToolBar(window.demo_cards)
        # after sign-in the window is already on screen, and a child added to a shown
        # window stays hidden until shown (the bar, and its F5/F6 keys, did not work)
        window.demo_cards.show()
    return controller


def build_main_window(service, card_bridge, auth, identity, *, demo: bool,
                      idle_lock_seconds: int, panels=(), simulated_reader=None,
                      personas=()) -> MainWindow:
    """A signed-in window in one call (tests, tools)."""
    window = MainWindow(demo=demo, idle_lock_seconds=idle_lock_seconds)
    attach_counter(window, service, card_bridge, auth, identity, demo=demo,
                   idle_lock_seconds=idle_lock_seconds, simulated_reader=simulated_reader,
                   personas=personas)
    for title, widget, shortcut in panels:
        window.add_panel(title, widget, shortcut)
    return window


def _freeze_long_lived() -> None:
    """What is loaded by now lives as long as the window (libraries, the database layer,
    the forms catalogue, the counter's pages): out of the cyclic collector's view
    (gc.freeze). A full collection over it took 50–100 ms with the interpreter held, on
    whichever thread triggered it: a stall of the window in the middle of a visit."""
    gc.freeze()


def _loaded(services) -> tuple:
    """Off the GUI thread, with the services, before the sign-in page takes input: what it
    shows first, and what every counter needs whoever signs in (the pages' reference data
    and their modules: loading them holds the interpreter for tens of ms at a time, which
    would stall the window after the password was given)."""
    first_run = not services.demo and services.auth.needs_bootstrap()
    reference = _counter_reference(services)
    return services, first_run, services.auth.demo_accounts() if services.demo else [], reference


def _counter_reference(services):
    import widgets.pages.card_page  # noqa: F401 — loading, not using
    import widgets.pages.event_page  # noqa: F401
    import widgets.pages.identification_page  # noqa: F401
    import widgets.pages.print_page  # noqa: F401
    import widgets.pages.procedures_page  # noqa: F401
    import widgets.pages.review_page  # noqa: F401
    import widgets.pin_dialog  # noqa: F401
    from widgets.visit_controller import VisitReference

    if getattr(services, "staff", None) is not None:
        import widgets.staff.panels  # noqa: F401
    return VisitReference.load(services.visit_service)


def _prepare_counter(services, identity):
    """Off the GUI thread, while the password is checked: what this member's staff panels
    need (so the GUI thread only builds widgets)."""
    if getattr(services, "staff", None) is None:
        return None
    from widgets.staff.panels import prepare_staff_panels

    return prepare_staff_panels(services.staff, services.auth.actor_for(identity),
                                demo=services.demo)


class CounterStartup:
    """run_gui's sequence: window on screen at once, services built off the GUI thread
    (database, migrations, demo reset, records, forms), then sign-in, then the counter.
    Every service call here (argon2 included) runs off the GUI thread."""

    def __init__(self, app: QApplication, window: MainWindow, build_services) -> None:
        self.app, self.window = app, window
        self.services = None
        self.card_bridge = None
        self.counter_open = False   # signed in, panels and card reader running
        self.reference = None       # the pages' reference data, loaded with the services
        self.runner = BackgroundRunner(window)
        window.sign_in_page.sign_in_requested.connect(self._on_sign_in_requested)
        window.sign_in_page.bootstrap_requested.connect(self._on_bootstrap_requested)
        # start loading once the event loop runs, so the window paints before the loader
        # thread competes for the interpreter
        QTimer.singleShot(0, lambda: self.runner.run(lambda: _loaded(build_services()),
                                                     self._on_services_ready,
                                                     self._on_services_failed))

    def _on_services_ready(self, loaded) -> None:
        from widgets.window_session import WindowSession

        assert_gui_thread("CounterStartup._on_services_ready")
        services, first_run, demo_accounts, self.reference = loaded
        self.services = services
        _freeze_long_lived()
        self.window.set_demo(services.demo)
        # sign-in routing (counter or administrator's pages), sign-out, switch, notices
        self.session = WindowSession(self.window, services, self._build_counter)
        if first_run:
            self.window.sign_in_page.set_first_run()
            return
        self.window.sign_in_page.set_ready(demo_accounts)

    def _on_bootstrap_requested(self, name: str) -> None:
        auth, page = self.services.auth, self.window.sign_in_page
        page.set_checking()
        self.runner.run(lambda: auth.bootstrap(name),
                        lambda one_time: page.show_one_time_password(name, one_time or ""),
                        self._on_sign_in_failed)

    def _on_services_failed(self, exc: BaseException) -> None:
        from widgets.error_presenter import describe

        shown = describe(exc)
        self.window.sign_in_page.status.setText(shown.message)
        self.window.sign_in_page.show_error(shown.next_action)

    def _on_sign_in_requested(self, name: str, password: str) -> None:
        """The password is checked (argon2) off the GUI thread; the page waits, disabled."""
        services = self.services
        self.window.sign_in_page.set_checking()

        def check():
            identity = services.auth.authenticate(name, password)
            if services.auth.must_change_password(identity):
                return identity, True, None
            return identity, False, _prepare_counter(services, identity)

        self.runner.run(check, self._on_signed_in, self._on_sign_in_failed)

    def _on_signed_in(self, result) -> None:
        assert_gui_thread("CounterStartup._on_signed_in")
        identity, must_change, prepared = result
        _freeze_long_lived()   # before the pages are built: no full collection in the middle
        self.window.sign_in_page.done_checking()
        if must_change:
            self._require_new_password(identity)
            return
        self._open_counter(identity, prepared)

    def _on_sign_in_failed(self, exc: BaseException) -> None:
        from widgets.error_presenter import describe

        shown = describe(exc)
        self.window.sign_in_page.done_checking()   # the name stays as typed
        self.window.sign_in_page.show_error(f"{shown.message} {shown.next_action}")

    def _require_new_password(self, identity) -> None:
        """A one-time (first administrator) or reset password: a new one before the counter
        becomes usable; cancelling signs out (audited)."""
        from widgets.staff.panels import open_password_change

        services = self.services
        self.pending_identity = identity  # signed in, counter not yet open
        self.password_dialog = open_password_change(
            self.window, services.staff, lambda: services.auth.actor_for(identity), forced=True)

        def changed() -> None:
            self.pending_identity = None
            self._open_counter(identity)

        def cancelled() -> None:
            self.pending_identity = None
            self.runner.run(lambda: services.auth.sign_out(identity), lambda _r: None,
                            lambda _exc: None)   # audited; the page is already back

        self.window.sign_in_page.await_new_password(self.password_dialog, changed, cancelled)

    def _open_counter(self, identity, prepared=None) -> None:
        """`prepared`: the staff panels' data, asked off the GUI thread with the password.
        WindowSession routes the member: the counter (built once, by _build_counter) or the
        administrator's pages, and installs the panels of the member's role."""
        self.session.signed_in(identity, prepared)
        self.counter_open = self.window.controller is not None   # never for an administrator
        _freeze_long_lived()

    def _build_counter(self, identity) -> None:
        """The first member who may run the counter signed in: card bridge, visit pages."""
        services = self.services
        source = services.card_source
        self.card_bridge = _make_card_bridge(services)
        attach_counter(self.window, services.visit_service, self.card_bridge, services.auth,
                       identity, demo=services.demo,
                       idle_lock_seconds=services.idle_lock_seconds,
                       simulated_reader=source.simulated_reader if source else None,
                       personas=services.personas, reference=self.reference)
        reveal = getattr(getattr(services, "staff", None), "reveal", None)
        if reveal is not None:  # 個人番号 of the selected resident: audited 表示
            self.window.identification_page.attach_reveal(
                reveal, lambda: (services.auth.actor_for(self.window.identity)
                                 if self.window.identity is not None else None),
                self.window.controller.presenter)
        if self.card_bridge is not None:
            # card events queue behind the panels WindowSession installs next: nothing is
            # read before the reveal is wired
            QTimer.singleShot(0, self.card_bridge.start)

    def close(self) -> None:
        if getattr(self, "_closed", False):
            return
        self._closed = True
        session = getattr(self, "session", None)
        if session is not None and session.watcher is not None:
            session.watcher.stop()
        if self.card_bridge is not None:
            self.card_bridge.stop()
        if self.window.controller is not None:
            self.window.controller.shutdown()   # what the clerk asked for is saved first
        self.window.staff_calls.stop()
        self.runner.wait_idle()
        signed_in = self.window.identity or getattr(self, "pending_identity", None)
        if signed_in is not None:
            try:
                self.services.auth.sign_out(signed_in)  # audited
            except Exception:  # noqa: BLE001 — closing must not fail on the way out
                pass
        if self.services is not None:
            self.services.close()


def run_gui(args, wiring) -> int:
    """`wiring`: main.CounterWiring, or anything with a `build_services()` returning the
    counter's services (visit_service, auth, demo, idle_lock_seconds, card_source, ...)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("madoguchi")
    install_translations(app, getattr(args, "lang", None) or wiring.language() or "ja")
    apply_font(app)
    # demo is known for sure only once the services are built (nothing configured →
    # demo); CounterStartup sets the banner then
    window = MainWindow(demo=bool(getattr(args, "demo", False)))
    startup = CounterStartup(app, window, wiring.build_services)
    window.show()
    code = app.exec()
    startup.close()
    return code


def _make_card_bridge(services):
    """The CARD area's QObject bridge around one card worker thread."""
    from widgets.card_bridge import CardBridge

    source = services.card_source
    if source is None:
        return None
    return CardBridge(source.status_source, source.open_transport,
                      reader_name=getattr(source, "reader_name", ""))
