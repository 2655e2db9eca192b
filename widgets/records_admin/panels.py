"""The records pages for MainWindow.add_panel: 住民データ取込 (administrator) and 名寄せ
(supervisor). Which ones a member gets is asked of the records services (the role matrix
in app.records.permissions), never decided here from the role name."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from app.identity.actor import Actor


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordsAdminPanels", text)


def install_records_admin_panels(window, services, actor_for: Callable[[object], Actor]) -> list:
    """Add the pages this member may use. `services`: app.records_services.RecordsServices
    (not imported here: it pulls in the database layer). `actor_for(window.identity)` gives the
    Actor of whoever is signed in, read at each call (the idle lock may re-sign)."""
    from widgets.records_admin.duplicates_page import DuplicateReviewPage
    from widgets.records_admin.import_page import RecordsImportPage

    def actor() -> Actor:
        return actor_for(window.identity)

    panels = []
    if services.allowed(actor(), "import_records"):
        panels.append((_t("住民データ取込 (F7)"), RecordsImportPage(services, actor), "F7"))
    if services.allowed(actor(), "decide_duplicates"):
        panels.append((_t("名寄せ (F8)"), DuplicateReviewPage(services.duplicates, actor), "F8"))
    presenter = getattr(getattr(window, "controller", None), "presenter", None)
    for title, widget, shortcut in panels:
        window.add_panel(title, widget, shortcut)
        if presenter is not None:
            widget.set_presenter(presenter)
    return panels
