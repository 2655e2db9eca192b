"""Start the counter GUI: QApplication, translations, font, sign-in, main window.

`run_gui(args)` is called by main.py when no subcommand is given. The non-Qt
objects (database, services, the card) are built by app.visit.composition so this
module stays free of sqlalchemy.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from widgets.background import BackgroundRunner
from widgets.error_presenter import ErrorPresenter
from widgets.main_window import MainWindow
from widgets.visit_controller import VisitController

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
FONT_FILES = (Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
              Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"))
FONT_FAMILIES = ("IPAexGothic", "IPAexゴシック", "Noto Sans CJK JP", "Noto Sans JP")


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Japanese is the source language; English loads our .qm. Qt's own dialogs
    (QMessageBox, print dialogs) get qtbase_ja so their buttons read in Japanese."""
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    if lang == "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / "madoguchi_en.qm")):
            translators.append(ours)
    else:
        QLocale.setDefault(QLocale(QLocale.Japanese, QLocale.Japan))
        qt = QTranslator(app)
        if qt.load("qtbase_ja", qt_dir):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
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


def build_main_window(service, card_bridge, auth, identity, *, demo: bool,
                      idle_lock_seconds: int, panels=(), simulated_reader=None,
                      personas=()) -> MainWindow:
    presenter = ErrorPresenter()
    runner = BackgroundRunner()
    controller = VisitController(service, card_bridge, presenter, runner,
                                 staff_id=lambda: identity.staff_id,
                                 watermark="見本" if demo else None)
    presenter.setParent(controller)
    runner.setParent(controller)
    window = MainWindow(controller, identity, auth, demo=demo,
                        idle_lock_seconds=idle_lock_seconds)
    controller.setParent(window)
    for title, widget, shortcut in panels:
        window.add_panel(title, widget, shortcut)
    if demo and simulated_reader is not None:
        from widgets.demo_card_bar import DemoCardBar

        window.demo_cards = DemoCardBar(simulated_reader, list(personas), window)
        window.addToolBar(window.demo_cards)
    return window


def run_gui(args) -> int:
    from app.visit.composition import build_counter_services  # no Qt in there
    from widgets.login_dialog import LoginDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("madoguchi")
    lang = getattr(args, "lang", None) or "ja"
    install_translations(app, lang)
    apply_font(app)
    services = build_counter_services(db=getattr(args, "db", None),
                                      demo=bool(getattr(args, "demo", False)))
    card_bridge = _make_card_bridge(services)
    login = LoginDialog(services.auth, demo=services.demo)
    if not login.exec() or login.identity is None:
        return 1
    source = services.card_source
    window = build_main_window(services.visit_service, card_bridge, services.auth, login.identity,
                               demo=services.demo,
                               idle_lock_seconds=services.idle_lock_seconds,
                               simulated_reader=source.simulated_reader if source else None,
                               personas=services.personas)
    if getattr(services, "staff", None) is not None:  # 決裁 (F3) / 研修パネル (F4) for who may use them
        from widgets.staff.panels import install_staff_panels

        install_staff_panels(window, services.staff, services.auth.actor_for, demo=services.demo,
                             simulated_reader=source.simulated_reader if source else None)
    window.show()
    if card_bridge is not None and hasattr(card_bridge, "start"):
        card_bridge.start()
    code = app.exec()
    if card_bridge is not None and hasattr(card_bridge, "stop"):
        card_bridge.stop()
    services.close()
    return code


def _make_card_bridge(services):
    """The CARD area's QObject bridge around one card worker thread."""
    from widgets.card_bridge import CardBridge

    source = services.card_source
    if source is None:
        return None
    return CardBridge(source.status_source, source.open_transport)
