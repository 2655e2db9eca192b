"""Which visits need a supervisor's approval before the final print.

Office settings: `approval_required_for_print` (off: nothing needs approval) and
`approval_exempt_procedures` (default: juminhyo, seal_certificate — a 住民票の写し or an
印鑑登録証明書 alone prints at once). A visit needs approval when any selected procedure
is not exempt; a visit with no procedure at all needs it too (nothing to judge by).
"""
from __future__ import annotations

from typing import Iterable

from app.settings.office import OfficeSettings


def needs_approval(procedure_codes: Iterable[str], settings: OfficeSettings) -> bool:
    if not settings.approval_required_for_print:
        return False
    codes = [c for c in procedure_codes if c]
    return not codes or any(c not in settings.exempt_procedures for c in codes)
