"""What the supervisor sees when a staff-side service refuses.

The staff and approval services raise errors that carry a safe Japanese
`message_ja` (e.g. 「自分が提出した申請は決裁できません。」). The counter's
ErrorPresenter maps card and visit errors; this adds those, builds the same
`Presentation`, and hands it to the presenter's `presented` signal so the main
window's message bar shows it like every other error.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from widgets.error_presenter import ErrorPresenter, Presentation, Severity, describe

# Error class name → (severity, next action); by name so no import of every area.
STAFF_NEXT_ACTIONS: dict[str, tuple[Severity, str]] = {
    "ApprovalRefusedError": (Severity.WARNING, "別の審査者に決裁を依頼するか、内容を確認してください。"),
    "PermissionDeniedError": (Severity.WARNING, "権限のある職員に依頼してください。"),
    "UnknownVisitError": (Severity.WARNING, "一覧を更新してください。"),
    "NoMyNumberError": (Severity.INFO, "カードまたは住民記録を確認してください。"),
    "PasswordPolicyError": (Severity.WARNING, "別のパスワードを入力してください。"),
    "InvalidCredentialsError": (Severity.WARNING, "現在のパスワードを確認してください。"),
    "StaffError": (Severity.WARNING, "入力内容を確認してください。"),
}
# Refusals whose next step differs from the class default.
REFUSAL_NEXT_ACTIONS = {
    "comment_required": "コメント欄に理由を入力してから、もう一度押してください。",
    "own_submission": "別の審査者に決裁を依頼してください。",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffErrorText", text)


def _staff_presentation(exc: BaseException) -> Presentation | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in STAFF_NEXT_ACTIONS and isinstance(getattr(exc, "message_ja", None), str):
            severity, next_action = STAFF_NEXT_ACTIONS[cls.__name__]
            refusal = getattr(getattr(exc, "refusal", None), "value", None)
            next_action = REFUSAL_NEXT_ACTIONS.get(refusal, next_action)
            return Presentation(severity, _tr(exc.message_ja), _tr(next_action),
                                refusal or cls.__name__)
    return None


def describe_staff_error(exc: BaseException) -> Presentation:
    return _staff_presentation(exc) or describe(exc)


def present_staff_error(presenter: ErrorPresenter | None, exc: BaseException) -> Presentation:
    """Show through the counter's presenter (message bar); returns what was shown
    so the page can also put it next to the button that was pressed."""
    shown = _staff_presentation(exc)
    if shown is None:
        return presenter.present(exc) if presenter is not None else describe(exc)
    if presenter is not None:
        presenter.presented.emit(shown)
    return shown
