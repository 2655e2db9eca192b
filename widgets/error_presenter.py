"""One place that turns any error into what the clerk sees: severity, a Japanese
message and the next action. Status words and tracebacks never reach the screen;
the log gets the error's type and code only (no personal data).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


@dataclass(frozen=True)
class Presentation:
    severity: Severity
    message: str
    next_action: str
    code: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorPresenter", text)


# code → (severity, next action).  Messages come from the error itself when it carries
# a Japanese `message` (the card layer does); otherwise from MESSAGES below.
NEXT_ACTIONS: dict[str, tuple[Severity, str]] = {
    "wrong_pin": (Severity.WARNING, "ご本人にもう一度暗証番号を入力していただいてください。"),
    "pin_last_try": (Severity.WARNING, "残り1回であることをご本人に確認してから入力してください。"),
    "pin_locked": (Severity.CRITICAL, "暗証番号の初期化・再設定の窓口をご案内し、カードなしで受付を続けてください。"),
    "pin_format": (Severity.INFO, "数字4桁で入力してください。"),
    "card_removed": (Severity.WARNING, "カードを置き直して、最初から読み取ってください。"),
    "no_card": (Severity.INFO, "カードをリーダーに置いてください。"),
    "not_my_number_card": (Severity.WARNING, "マイナンバーカードを正しく置き直してください。"),
    "reader_unavailable": (Severity.CRITICAL, "リーダーの接続を確認するか、カードなしで受付を続けてください。"),
    "service_unavailable": (Severity.CRITICAL, "システム担当に連絡し、カードなしで受付を続けてください。"),
    "card_data_invalid": (Severity.WARNING, "券面を確認し、住民記録を検索してください。"),
    "apdu_error": (Severity.WARNING, "もう一度読み取ってください。続く場合はシステム担当に連絡してください。"),
    "visit_rule": (Severity.WARNING, "入力内容を確認してください。"),
    "preview_unavailable": (Severity.INFO, "プレビューなしで確認を続けられます。"),
    "invalid_credentials": (Severity.WARNING, "職員名とパスワードを確認してください。"),
    "account_locked": (Severity.CRITICAL, "管理者にロック解除を依頼してください。"),
    "account_disabled": (Severity.CRITICAL, "管理者に連絡してください。"),
    "permission_denied": (Severity.WARNING, "権限のある職員に依頼してください。"),
    "approval_refused": (Severity.WARNING, "別の決裁者に依頼するか、入力内容を確認してください。"),
    "unexpected": (Severity.CRITICAL, "入力内容は保存されています。続く場合はシステム担当に連絡してください。"),
}

MESSAGES: dict[str, str] = {
    "visit_rule": "この操作には理由などの入力が必要です。",
    "preview_unavailable": "プレビューを表示できません。",
    "invalid_credentials": "職員名またはパスワードが違います。",
    "account_locked": "このアカウントはロックされています。",
    "account_disabled": "このアカウントは無効です。",
    "permission_denied": "この操作を行う権限がありません（自分が提出したものは決裁できません）。",
    "unexpected": "処理中に問題が発生しました。",
}

# Errors raised outside the card layer, by class name, so this module needs no
# import of every area (the staff area's errors carry no `code`).
CLASS_CODES = {
    "VisitRuleError": "visit_rule", "WorkflowError": "visit_rule",
    "PreviewUnavailableError": "preview_unavailable",
    "InvalidCredentialsError": "invalid_credentials", "AccountLockedError": "account_locked",
    "AccountDisabledError": "account_disabled", "PermissionDeniedError": "permission_denied",
    "PermissionError": "permission_denied", "ApprovalRefusedError": "approval_refused",
}


def error_code(exc: BaseException) -> str:
    for cls in type(exc).__mro__:
        if cls.__name__ in CLASS_CODES:
            return CLASS_CODES[cls.__name__]
    code = getattr(exc, "code", None)
    return code if isinstance(code, str) and code in NEXT_ACTIONS else "unexpected"


def describe(exc: BaseException) -> Presentation:
    code = error_code(exc)
    severity, next_action = NEXT_ACTIONS[code]
    own = getattr(exc, "message", None) or getattr(exc, "message_ja", None)
    message = own if isinstance(own, str) and code not in MESSAGES else MESSAGES.get(code, own)
    return Presentation(severity, _tr(message), _tr(next_action), code)


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
