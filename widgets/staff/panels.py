"""The staff-side panels for MainWindow.add_panel / build_main_window(panels=...).

Which panels a signed-in member gets is asked of StaffService.allowed_actions
(the role matrix), never decided here from the role name.
"""
from __future__ import annotations

import logging
from typing import Callable, Protocol, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from training.scenarios import TrainerScenario
from app.identity.actor import Actor
from app.identity.roles import Action
from widgets.staff.approval_panel import ApprovalPanel
from widgets.staff.counter_approval import open_counter_approval
from widgets.staff.service_ports import ApprovalPort, StaffPort

Panel = tuple[str, QWidget, str]
log = logging.getLogger(__name__)


class StaffServicesLike(Protocol):
    """app.staff_services.StaffServices (not imported: it pulls in sqlalchemy)."""
    staff: StaffPort
    approval: ApprovalPort


def _t(text: str) -> str:
    return QCoreApplication.translate("StaffPanels", text)


def staff_name_lookup(services: StaffServicesLike) -> Callable[[int], str]:
    """Staff id → name for the queue and history (names of staff, not residents)."""
    cache: dict[int, str] = {}

    def name(staff_id: int) -> str:
        if staff_id not in cache:
            try:
                cache[staff_id] = services.staff.get_by_id(staff_id).name
            except Exception:  # noqa: BLE001 — a deleted account still shows its id
                return f"#{staff_id}"
        return cache[staff_id]
    return name


def staff_panels(services: StaffServicesLike, actor: Callable[[], Actor], *, demo: bool = False,
                 simulated_reader=None, scenarios: Sequence[TrainerScenario] = (),
                 controller=None, allowed: frozenset[Action] | None = None) -> list[Panel]:
    """(title, widget, shortcut) for each panel this member may use; the trainer's is a
    window of its own (MainWindow.add_panel keeps it one), following `controller`.
    `allowed`: the member's actions when already asked, off the GUI thread."""
    if allowed is None:
        allowed = services.staff.allowed_actions(actor())
    panels: list[Panel] = []
    if Action.VIEW_APPROVAL_QUEUE in allowed:
        panels.append((_t("決裁 (F3)"), ApprovalPanel(services.approval, actor,
                                                     staff_name_lookup(services)), "F3"))
    if demo and simulated_reader is not None and Action.USE_TRAINER_PANEL in allowed:
        from training.trainer_card_service import TrainerCardService
        from widgets.trainer.trainer_window import TrainerWindow

        cards = TrainerCardService(simulated_reader, services.authorization, actor)
        panels.append((_t("研修担当の画面 (F4)"), TrainerWindow(cards, scenarios, controller), "F4"))
    # the administrator's pages (F5/F6: the demo card bar; F7/F8: the records pages); never
    # the counter
    if Action.MANAGE_USERS in allowed:
        from widgets.staff.staff_accounts_page import StaffAccountsPage

        panels.append((_t("職員管理 (F9)"), StaffAccountsPage(services.staff, actor), "F9"))
    if Action.MANAGE_SETTINGS in allowed and getattr(services, "office", None) is not None:
        from widgets.staff.office_settings_page import OfficeSettingsPage

        panels.append((_t("事務所の設定 (F10)"), OfficeSettingsPage(services.office, actor), "F10"))
    return panels


def load_trainer_scenarios(directory=None) -> tuple[list[TrainerScenario], str]:
    """The scenario files, or none and the reason: a trainer's broken file must not
    stop the counter from starting. The reason names the file and key only."""
    from training.scenarios import TrainerScenarioError, load_scenarios

    try:
        return (load_scenarios(directory) if directory else load_scenarios()), ""
    except TrainerScenarioError as exc:
        log.warning("trainer scenarios not loaded: %s %s", exc.source, exc.key)
        return [], _t("シナリオファイル %1 の %2 に誤りがあります（%3）。") \
            .replace("%1", exc.source).replace("%2", exc.key).replace("%3", exc.problem)


def prepare_staff_panels(services: StaffServicesLike, actor: Actor, *, demo: bool = False) -> tuple:
    """What the panels need from the database and the scenario files, asked off the GUI
    thread at sign-in: (the member's allowed actions, trainer scenarios, their problem)."""
    scenarios, problem = load_trainer_scenarios() if demo else ((), "")
    return services.staff.allowed_actions(actor), scenarios, problem


def install_staff_panels(window, services: StaffServicesLike, actor_for: Callable[[object], Actor], *,
                         demo: bool = False, simulated_reader=None, prepared: tuple | None = None
                         ) -> list[Panel]:
    """Add the panels to a built MainWindow (its `add_panel` hook) and route their
    errors to the window's message bar. `actor_for(window.identity)` gives the Actor
    of whoever is signed in (it is read at each call: the idle lock may re-sign).
    `prepared`: prepare_staff_panels' answer (None: asked here)."""
    def actor() -> Actor | None:
        # None once the member signed out: a late result (a decision that came back after a
        # switch of user) then shows nothing more
        return actor_for(window.identity) if window.identity is not None else None

    allowed, scenarios, problem = prepared or prepare_staff_panels(services, actor(), demo=demo)
    panels = staff_panels(services, actor, demo=demo, simulated_reader=simulated_reader,
                          scenarios=scenarios, controller=getattr(window, "controller", None),
                          allowed=allowed)
    for _title, widget, _key in panels:
        if problem and hasattr(widget, "show_problem"):
            widget.show_problem(problem)
    presenter = getattr(getattr(window, "controller", None), "presenter", None)
    for title, widget, shortcut in panels:
        window.add_panel(title, widget, shortcut)
        if presenter is not None and hasattr(widget, "set_presenter"):
            widget.set_presenter(presenter)
    toolbar = getattr(window, "toolbar", None)
    if toolbar is not None:
        window.password_action = toolbar.addAction(_t("パスワード変更"))
        window.password_action.triggered.connect(
            lambda: open_password_change(window, services, actor))
    # 決裁 at this window by a supervisor standing by (signs in, then the full review)
    window.approval_at_counter = lambda: open_counter_approval(window, services, actor,
                                                               staff_name_lookup(services))
    return panels


def open_password_change(parent, services: StaffServicesLike, actor: Callable[[], Actor],
                         forced: bool = False):
    """Shown from the toolbar, or (forced=True) right after a sign-in that must change it."""
    from widgets.staff.password_change_dialog import PasswordChangeDialog

    dialog = PasswordChangeDialog(lambda old, new: services.staff.change_password(actor(), old, new),
                                  forced=forced, parent=parent)
    dialog.finished.connect(dialog.deleteLater)  # one per use, not one per use kept for ever
    dialog.open()
    return dialog
