"""Hash chain: verification, tamper detection (alter, delete middle, delete
last) and concurrent writers, on SQLite and PostgreSQL."""
import threading

import pytest
from sqlalchemy import text

from app.audit.events import AuditDetailError
from app.identity.actor import Actor
from app.staff_services import StaffServices
from tests.audit.tamper import tamper
from tests.staff.service_fixtures import CHEAP_HASHING

CLERK = Actor(3, "clerk", "clerk", "窓口1")


def _fill(services, n=6):
    for i in range(n):
        services.audit.append(CLERK, "record_viewed", "resident", [100 + i], {"step": i})


def _sql(services, statement):
    tamper(services.engine, statement)


def test_intact_chain_verifies(services):
    assert services.audit.verify().ok  # empty chain
    _fill(services)
    result = services.audit.verify()
    assert result.ok and result.entries_checked == 6
    entries = services.audit.entries()
    assert [e.seq for e in entries] == list(range(1, 7))
    assert all(b.prev_hash == a.entry_hash for a, b in zip(entries, entries[1:]))
    assert entries[0].prev_hash == "0" * 64


@pytest.mark.parametrize("column,value", [
    ("action", "'card_read'"), ("staff_id", "99"), ("object_ids", "'999'"),
    ("occurred_at", "'2020-01-01T00:00:00.000000Z'"), ("details", "'{}'"),
    ("workstation", "'elsewhere'"), ("role", "'supervisor'")])
def test_altering_any_field_names_that_entry(services, column, value):
    _fill(services)
    _sql(services, f"UPDATE audit_entries SET {column} = {value} WHERE seq = 4")
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == 4 and result.entries_checked == 3


@pytest.mark.parametrize("forger_has_the_key", [False, True])
def test_rewriting_an_entry_with_a_fresh_hash_is_caught(services, forger_has_the_key):
    """Without the audit key a recomputed hash does not match the entry itself (HMAC);
    with it, the next entry's link still breaks (and anchors catch a full rewrite)."""
    _fill(services)
    from app.audit.chain import entry_hash
    row = services.audit.entries()[3]
    forged = entry_hash(row.prev_hash, seq=4, occurred_at=row.occurred_at, staff_id=row.staff_id,
                        role=row.role, workstation=row.workstation, action="card_read",
                        object_type=row.object_type, object_ids=row.object_ids,
                        details_json='{"step":3}',
                        key=services.keys.audit_key if forger_has_the_key else None)
    _sql(services, f"UPDATE audit_entries SET action='card_read', entry_hash='{forged}' WHERE seq = 4")
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == (5 if forger_has_the_key else 4)


def test_deleting_a_middle_row_is_detected(services):
    _fill(services)
    _sql(services, "DELETE FROM audit_entries WHERE seq = 3")
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == 3 and "missing" in result.reason


def test_deleting_the_last_rows_is_detected_by_the_head(services):
    _fill(services)
    _sql(services, "DELETE FROM audit_entries WHERE seq = 6")
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == 6
    _sql(services, "DELETE FROM audit_entries WHERE seq >= 4")
    assert services.audit.verify().first_broken_seq == 4


def test_deleting_everything_or_the_head_is_detected(services):
    _fill(services, 2)
    _sql(services, "DELETE FROM audit_entries")
    assert services.audit.verify().first_broken_seq == 1
    _sql(services, "DELETE FROM audit_chain_head")
    assert not services.audit.verify().ok


def test_appending_continues_the_chain_after_verification(services):
    _fill(services, 2)
    assert services.audit.verify().ok
    _fill(services, 2)
    assert services.audit.verify().entries_checked == 4


@pytest.mark.parametrize("details", [
    {"n": "123456789012"}, {"n": "1234 5678 9012"}, {"n": "1234-5678-9012"},
    {"n": "１２３４５６７８９０１２"}, {"n": 123456789012}, {"name": "山田太郎"},
    {"address": "架空県見本市"}, {"nested": {"a": 1}}, {"free": "has space"}])
def test_personal_data_and_free_text_are_refused(services, details):
    with pytest.raises(AuditDetailError):
        services.audit.append(CLERK, "record_viewed", "resident", [1], details)
    assert services.audit.entries() == []


def test_object_ids_and_workstation_cannot_carry_a_my_number(services):
    with pytest.raises(AuditDetailError):
        services.audit.append(CLERK, "record_viewed", "resident", ["123456789012"])
    with pytest.raises(AuditDetailError):
        services.audit.append(Actor(3, "c", "clerk", "ws 1234 5678 9012"), "sign_in")
    with pytest.raises(ValueError):
        services.audit.append(CLERK, "made_up_action")


def test_concurrent_writers_do_not_fork_the_chain(db_url):
    """Several counters append at once, each through its own engine (own pool)."""
    writers, per_writer = 4, 15
    bundles = [StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=(i == 0))
               for i in range(writers)]
    errors = []
    start = threading.Barrier(writers)

    def work(bundle, w):
        try:
            start.wait()
            for i in range(per_writer):
                bundle.audit.append(Actor(w, f"w{w}", "clerk", f"ws{w}"), "card_read",
                                    "visit", [f"v{w}-{i}"])
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(b, w)) for w, b in enumerate(bundles)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        result = bundles[0].audit.verify()
        assert result.ok and result.entries_checked == writers * per_writer
    finally:
        for b in bundles:
            b.close()


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entries SET action = 'card_read' WHERE seq = 1",
    "DELETE FROM audit_entries WHERE seq = 2",
    "DELETE FROM audit_chain_head",
    "UPDATE audit_chain_head SET entry_count = 1",
])
def test_the_database_refuses_edits_of_the_log(services, statement):
    from sqlalchemy.exc import DBAPIError
    _fill(services, 2)
    with pytest.raises(DBAPIError, match="append-only"):
        with services.engine.begin() as conn:
            conn.execute(text(statement))
    assert services.audit.verify().ok


def test_verify_reads_one_snapshot_while_another_counter_appends(services, db_url):
    """An append landing between verify's read of the chain head and its read of
    the entries must not look like tampering."""
    from sqlalchemy import event

    _fill(services, 3)
    writer = StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False)
    fired = []

    def append_before_entries_are_read(state):
        if state.is_select and not fired and "audit_entries" in str(state.statement):
            fired.append(True)
            writer.audit.append(CLERK, "card_read", "visit", ["v"])

    event.listen(services.sessions, "do_orm_execute", append_before_entries_are_read)
    try:
        result = services.audit.verify()
    finally:
        event.remove(services.sessions, "do_orm_execute", append_before_entries_are_read)
        writer.close()
    assert fired and result.ok and result.entries_checked == 3, result.reason
    assert services.audit.verify().entries_checked == 4
