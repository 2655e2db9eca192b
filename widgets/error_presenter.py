"""The one place that turns any error into what staff see: severity, a message and the
next action, from app.error_catalog (translated through the "ErrorCatalog" context).
Status words and tracebacks never reach the screen; the log gets the error's type and
code only (no personal data).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.error_catalog import Severity, data_of, fill, lookup

log = logging.getLogger(__name__)

__all__ = ["ErrorPresenter", "Presentation", "Severity", "describe"]


@dataclass(frozen=True)
class Presentation:
    severity: Severity
    message: str
    next_action: str
    code: str  # the catalogue key: `code` or `code.detail`, "unexpected" for anything else


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorCatalog", text)


def describe(exc: BaseException) -> Presentation:
    key, text = lookup(exc)
    data = data_of(exc)
    return Presentation(text.severity, fill(_tr(text.message), data),
                        fill(_tr(text.next_action), data), key)


class ErrorPresenter(QObject):
    """Widgets hand every failure here; the main window shows `presented` in its message bar."""
    presented = Signal(object)  # Presentation

    def present(self, exc: BaseException) -> Presentation:
        shown = describe(exc)
        if shown.code == "unexpected":
            # type only: an exception message might quote personal data
            log.error("unexpected error %s", type(exc).__name__)
        else:
            log.info("presented %s", shown.code)
        self.presented.emit(shown)
        return shown
