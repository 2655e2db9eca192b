"""`keys rotate` as an administrator's audited action over app.privacy.rotation."""
from __future__ import annotations

from typing import Callable

from app.audit.events import AuditAction
from app.identity.actor import Actor
from app.identity.roles import Action
from app.privacy.rotation import RotationReport, rotate_my_number_key


def rotate_keys(services, actor: Actor, *, batch_size: int = 500,
                progress: Callable[[str, int], None] = lambda name, done: None) -> RotationReport:
    """Re-encrypt every protected column under a new My Number key (resumable). The
    final switch and its audit entry commit together."""
    actor = services.authorization.require(actor, Action.MANAGE_SETTINGS)

    def audited(session, counts: dict[str, int]) -> None:
        services.audit.record(session, actor, AuditAction.KEYS_ROTATED, "key", ["mynumber"],
                              {"values": sum(counts.values())})

    return rotate_my_number_key(services.engine, key_path=services.keys.my_number_path,
                                batch_size=batch_size, on_complete=audited, progress=progress)
