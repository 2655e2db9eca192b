"""Masked forms of a resident's name for screens others may see (the supervisors' queue
on a shared display, a locked window)."""
from __future__ import annotations

import re

_SPACE = re.compile(r"[\s\u3000]+")


def mask_name(name: str | None) -> str:
    """山田　太郎 → 山田　＊＊; a name without a space keeps its first character."""
    name = (name or "").strip()
    if not name:
        return ""
    parts = _SPACE.split(name, maxsplit=1)
    if len(parts) == 2:
        return f"{parts[0]}\u3000＊＊"
    return name[0] + "＊＊"
