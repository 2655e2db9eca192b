"""Errors raised by the staff services; the UI maps each to a Japanese message."""
from __future__ import annotations


class StaffError(Exception):
    """Base class; `message_ja` is safe to show to staff (no secrets)."""

    message_ja = "職員アカウントの処理に失敗しました。"


class InvalidCredentialsError(StaffError):
    message_ja = "職員名またはパスワードが違います。"

    def __init__(self, attempts_left: int | None = None):
        super().__init__("invalid credentials")
        self.attempts_left = attempts_left


class AccountLockedError(StaffError):
    message_ja = "失敗が続いたためアカウントがロックされました。管理者にパスワードの再設定を依頼してください。"


class AccountDisabledError(StaffError):
    message_ja = "このアカウントは無効です。管理者に連絡してください。"


class PasswordPolicyError(StaffError):
    message_ja = "パスワードは8文字以上で、職員名と異なるものにしてください。"


class DuplicateStaffError(StaffError):
    message_ja = "同じ職員名がすでに登録されています。"


class UnknownStaffError(StaffError):
    message_ja = "その職員は登録されていません。"


class PermissionDeniedError(StaffError):
    message_ja = "この操作を行う権限がありません。"

    def __init__(self, action: str, role: str):
        super().__init__(f"{role} may not {action}")
        self.action = action
        self.role = role
