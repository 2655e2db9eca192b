"""DomainError: the one base of every error Madoguchi raises on purpose.

An error carries a stable `code` (and, where one code covers several cases, a `detail`)
plus technical `data` — a line number, a key path, the tries left on the card — never a
sentence and never personal data: no names, addresses, birth dates or My Numbers, so
`str(error)` is safe in a log or a traceback. The words a person reads come from one
catalogue (app.error_catalog), shown by the window's presenter and the CLI's formatter.
"""
from __future__ import annotations

from typing import Any, ClassVar


class DomainError(Exception):
    code: ClassVar[str] = "domain_error"
    # The values `detail` may take (each has its own catalogue entry `code.detail`).
    details: ClassVar[tuple[str, ...]] = ()

    def __init__(self, detail: str = "", **data: Any) -> None:
        if detail and self.details and detail not in self.details:
            raise ValueError(f"{type(self).__name__}: unknown detail {detail!r}")
        self.detail = detail
        self.data = data
        super().__init__(self.code)

    @property
    def full_code(self) -> str:
        """`code.detail` when a detail is set: the catalogue's most specific key."""
        return f"{self.code}.{self.detail}" if self.detail else self.code

    def __str__(self) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in sorted(self.data.items()))
        return f"{self.full_code} ({shown})" if shown else self.full_code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self})"
