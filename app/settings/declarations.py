"""Every setting is declared once: key, type, default, description, scope."""
from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable
from domain.errors import DomainError
from app.privacy.my_number import contains_twelve_digit_run


class Scope(str, Enum):
    WORKSTATION = "workstation"  # a file in this PC's config dir
    OFFICE = "office"            # the shared database


class SettingError(DomainError):
    """A setting value or key the declarations refuse (`data["key"]`; values are never quoted)."""

    code = "setting_invalid"
    details = ("not_boolean", "not_integer", "wrong_type", "out_of_range", "unknown", "office_only",
               "not_office", "not_printable", "digit_run", "not_codes")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    scope: Scope
    check: Callable[[Any], bool] = lambda _v: True

    def coerce(self, value: Any) -> Any:
        """Validate a value read from a file, the DB or the command line."""
        if self.type is bool and isinstance(value, str):
            lowered = value.strip().lower()
            if lowered not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
                raise SettingError("not_boolean", key=self.key)
            value = lowered in {"1", "true", "yes", "on"}
        elif self.type is int and isinstance(value, str):
            try:
                value = int(value)
            except ValueError:
                raise SettingError("not_integer", key=self.key) from None
        if self.type is int and isinstance(value, bool) or not isinstance(value, self.type):
            raise SettingError("wrong_type", key=self.key, expected=self.type.__name__)
        if not self.check(value):
            raise SettingError("out_of_range", key=self.key)
        return value


def _printable_label(key: str) -> Callable[[Any], bool]:
    """A label written into the audit log with every entry: printable characters only
    (no control, invisible or bidi characters) and never a 12-digit run."""
    def check(value: str) -> bool:
        if not 0 < len(value) <= 64:
            return False
        if not value.isprintable() or value.strip() != value:
            raise SettingError("not_printable", key=key)
        if contains_twelve_digit_run(value):
            raise SettingError("digit_run", key=key)
        return True
    return check


_CODE_LIST = re.compile(r"^([a-z0-9_]+(,[a-z0-9_]+)*)?$")


def _procedure_codes(value: str) -> bool:
    if not _CODE_LIST.match(value):
        raise SettingError("not_codes", key="approval_exempt_procedures")
    return True


def _default_workstation() -> str:
    return socket.gethostname()[:64] or "workstation"


_W, _O = Scope.WORKSTATION, Scope.OFFICE


def _print_offsets_ok(value: str) -> bool:
    """{"printer name": [dx_mm, dy_mm], ...}, each within ±20 mm (forms overlay printing)."""
    import json
    try:
        data = json.loads(value)
    except ValueError:
        return False
    return isinstance(data, dict) and all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(n, (int, float)) and not isinstance(n, bool)
                                                    and -20 <= n <= 20 for n in v) for v in data.values())

SETTINGS: tuple[Setting, ...] = (
    Setting("workstation_name", str, None, "この端末の名前（監査ログに記録）", _W,
            _printable_label("workstation_name")),
    Setting("reader_name", str, "", "使うカードリーダー名（空なら最初に見つかったもの）", _W),
    Setting("idle_lock_seconds", int, 300, "操作がないとき画面をロックするまでの秒数", _W,
            lambda v: 30 <= v <= 3600),
    Setting("language", str, "ja", "表示言語（ja / en）", _W, lambda v: v in {"ja", "en"}),
    # issue 13: a city's own rules, procedure texts, fees and form layouts (docs/forms-overrides.md); a path on
    # this PC (often the same read-only share on every counter), so it is a workstation setting
    Setting("forms_override_dir", str, "", "市独自のルール・手続き案内・手数料・様式の上書きフォルダ（空なら標準のみ）", _W),
    # issue 13: overlay printing on pre-printed stock, per printer: {"プリンター名": [横mm, 縦mm]}
    Setting("print_offsets", str, "{}", "プレ印刷用紙への重ね印刷のプリンター別位置補正（mm、JSON）", _W, _print_offsets_ok),
    Setting("approval_required_for_print", bool, True,
            "申請書の正式印刷に決裁を必要とする", _O),
    Setting("approval_comment_required", bool, False,
            "決裁（承認）時にもコメントを必須にする（差戻しは常に必須）", _O),
    Setting("login_lockout_threshold", int, 5,
            "職員ログインの連続失敗でロックする回数", _O, lambda v: 1 <= v <= 20),
    Setting("reveal_seconds", int, 30, "個人番号を画面に表示しておく秒数", _O,
            lambda v: 5 <= v <= 300),
    # Certificates issued on request carry no decision to review: by default a 住民票の写し
    # or 印鑑登録証明書 prints without a supervisor (procedure codes of forms/rules).
    Setting("approval_exempt_procedures", str, "juminhyo,seal_certificate",
            "決裁なしで印刷できる手続き（手続きコードをカンマ区切り）", _O, _procedure_codes),
)

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    try:
        return BY_KEY[key]
    except KeyError:
        raise SettingError("unknown", key=key) from None


def default_of(key: str) -> Any:
    decl = setting(key)
    if decl.key == "workstation_name":
        return _default_workstation()
    return decl.default
