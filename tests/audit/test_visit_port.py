"""The visit workflow's AuditPort, adapted onto the hash-chained log."""
import pytest

from app.audit.visit_port import VisitAuditPort
from app.identity.actor import Actor

CLERK = Actor(5, "c", "clerk", "窓口1")


def test_visit_events_land_in_the_chain(services):
    port = VisitAuditPort(services.audit, CLERK)
    port.record("visit_started", staff_id="5", object_id="9f1c-visit")
    port.record("record_viewed", staff_id="5", object_id="42")
    port.record("draft_edited", staff_id="5", object_id="9f1c-visit", detail="juminidou.phone")
    port.record("draft_edited", staff_id="5", object_id="9f1c-visit", detail="山田 太郎")
    entries = services.audit.entries()
    assert [(e.action, e.object_type, e.object_ids, e.details) for e in entries] == [
        ("visit_started", "visit", "9f1c-visit", {}),
        ("record_viewed", "resident", "42", {}),
        ("draft_edited", "visit", "9f1c-visit", {"detail": "juminidou.phone"}),
        ("draft_edited", "visit", "9f1c-visit", {}),  # free text dropped, never written
    ]
    assert all(e.role == "clerk" and e.workstation == "窓口1" for e in entries)


def test_unknown_action_is_a_programming_error(services):
    with pytest.raises(ValueError):
        VisitAuditPort(services.audit, CLERK).record("coffee_break", staff_id="5", object_id="x")
