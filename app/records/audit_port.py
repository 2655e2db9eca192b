"""What the records exchange needs of the audit log (app.audit.AuditLog satisfies it).

A port, because the records area sits beside the audit area in the layers contract
(pyproject.toml): the composition hands the AuditLog in. Entries carry ids, codes and
counts only (app.audit.events refuses anything else).
"""
from __future__ import annotations

from typing import Any, Iterable, Protocol

from app.identity.actor import Actor


class AuditPort(Protocol):
    def append(self, actor: Actor, action: str, object_type: str = "",
               object_ids: Iterable[object] = (), details: dict | None = None) -> Any: ...

    def record(self, session: Any, actor: Actor, action: str, object_type: str = "",
               object_ids: Iterable[object] = (), details: dict | None = None) -> Any: ...


def file_digest_for_audit(sha256_hex: str) -> str:
    """The first 128 bits of a file's SHA-256 in groups of 8 hex digits: the audit log
    refuses any run of 12 digits (it could be a My Number), and a grouped digest never has
    one. The full digest is in the import run and the report."""
    head = sha256_hex[:32]
    return ".".join(head[i:i + 8] for i in range(0, 32, 8))
