"""The keyed, anchored chain: a rewrite with recomputed hashes and head, an erased or
truncated log, all fail `audit verify --anchor`; a deleted head row is reported and
repaired by `audit repair-head`, never a UNIQUE error. SQLite and PostgreSQL."""
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.audit.anchor import append_anchor, read_anchors
from app.audit.chain import GENESIS_HASH, entry_hash
from app.audit.log import AuditChainError
from app.identity.actor import Actor
from tests.audit.tamper import tamper

ROOT = Path(__file__).resolve().parents[2]
CLERK = Actor(3, "clerk", "clerk", "窓口1")


def run(*args, stdin=""):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, env=os.environ.copy(), timeout=120, input=stdin)


def _fill(services, n, start=0):
    for i in range(start, start + n):
        services.audit.append(CLERK, "record_viewed", "resident", [100 + i], {"step": i})


def _rewrite_everything(services, change_seq: int, keep: int | None = None):
    """A database owner holding the audit key: rewrite an entry, recompute every later hash
    and the head (optionally keep only the first `keep` entries) — a chain that verifies."""
    key = services.keys.audit_key
    with services.engine.connect() as conn:
        rows = conn.execute(text("SELECT seq, occurred_at, staff_id, role, workstation, action, "
                                 "object_type, object_ids, details FROM audit_entries ORDER BY seq")
                            ).mappings().all()
    rows = rows[:keep] if keep is not None else rows
    tamper(services.engine, "DELETE FROM audit_entries")   # (and the triggers are off now)
    prev = GENESIS_HASH
    with services.engine.begin() as conn:
        if services.engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER USER"))
            conn.execute(text("ALTER TABLE audit_chain_head DISABLE TRIGGER USER"))
        for row in rows:
            row = dict(row)
            if row["seq"] == change_seq:
                row["action"] = "card_read"
            digest = entry_hash(prev, seq=row["seq"], occurred_at=row["occurred_at"],
                                staff_id=row["staff_id"], role=row["role"],
                                workstation=row["workstation"], action=row["action"],
                                object_type=row["object_type"], object_ids=row["object_ids"],
                                details_json=row["details"], key=key)
            conn.execute(text(
                "INSERT INTO audit_entries (seq, occurred_at, staff_id, role, workstation, action, "
                "object_type, object_ids, details, prev_hash, entry_hash) VALUES (:seq, :occurred_at, "
                ":staff_id, :role, :workstation, :action, :object_type, :object_ids, :details, "
                ":prev, :digest)"), {**row, "prev": prev, "digest": digest})
            prev = digest
        conn.execute(text("UPDATE audit_chain_head SET entry_count = :n, last_hash = :h"),
                     {"n": len(rows), "h": prev})


def test_anchor_lines_are_appended_to_a_private_file(services, tmp_path):
    _fill(services, 3)
    path = tmp_path / "anchors" / "audit.anchor"
    append_anchor(path, services.audit.head())
    _fill(services, 2, 3)
    append_anchor(path, services.audit.head())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first, second = read_anchors(path)
    assert (first.seq, second.seq) == (3, 5) and first.hmac_from == 1
    assert json.loads(path.read_text().splitlines()[1])["hash"] == services.audit.entries()[-1].entry_hash
    result = services.audit.verify(read_anchors(path))
    assert result.ok and result.anchors_checked == 2


def test_a_rewritten_chain_with_recomputed_hashes_and_head_fails_against_the_anchor(services, tmp_path):
    _fill(services, 6)
    path = tmp_path / "audit.anchor"
    append_anchor(path, services.audit.head())
    _fill(services, 2, 6)
    _rewrite_everything(services, change_seq=2)
    assert services.audit.verify().ok          # the limit of a chain kept in the database
    result = services.audit.verify(read_anchors(path))
    assert not result.ok and result.code == "anchor" and result.first_broken_seq == 6


def test_an_erased_or_truncated_log_fails_against_the_anchor(services, tmp_path):
    _fill(services, 5)
    path = tmp_path / "audit.anchor"
    append_anchor(path, services.audit.head())
    _rewrite_everything(services, change_seq=0, keep=3)     # entries 4–5 gone, head "fixed"
    assert services.audit.verify().ok
    truncated = services.audit.verify(read_anchors(path))
    assert not truncated.ok and truncated.code == "truncated" and truncated.first_broken_seq == 4
    _rewrite_everything(services, change_seq=0, keep=0)     # the whole log erased
    erased = services.audit.verify(read_anchors(path))
    assert not erased.ok and erased.code == "truncated" and erased.first_broken_seq == 1


def test_without_the_key_a_recomputed_chain_fails_even_without_anchors(services):
    _fill(services, 4)
    from app.audit.chain import row_hash
    with services.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM audit_entries WHERE seq = 2")).mappings().one()
    forged = row_hash(type("R", (), {**row, "action": "card_read"}), None)  # plain SHA-256
    tamper(services.engine, f"UPDATE audit_entries SET action = 'card_read', entry_hash = '{forged}' "
                            "WHERE seq = 2")
    result = services.audit.verify()
    assert not result.ok and result.code == "altered" and result.first_broken_seq == 2


def test_dropping_the_audit_key_check_does_not_make_old_entries_unkeyed(services, db_url):
    """Deleting key_checks' audit row makes the next start register the key again, from
    the next entry on; the entries before were keyed and now fail as plain SHA-256."""
    from app.staff_services import StaffServices
    from tests.staff.service_fixtures import CHEAP_HASHING

    _fill(services, 3)
    tamper(services.engine, "DELETE FROM key_checks WHERE name = 'audit'")
    again = StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False)
    try:
        result = again.audit.verify()
        assert not result.ok and result.first_broken_seq == 1
    finally:
        again.close()


def test_a_deleted_head_row_is_reported_then_repaired(services, people, db_url, tmp_path):
    _fill(services, 4)
    path = tmp_path / "audit.anchor"
    assert run("--db", db_url, "audit", "anchor", "--out", str(path)).returncode == 0
    tamper(services.engine, "DELETE FROM audit_chain_head")
    with pytest.raises(AuditChainError) as err:   # before: IntegrityError (UNIQUE) on every write
        services.audit.append(CLERK, "card_read", "visit", ["v1"])
    assert err.value.detail == "head_missing"
    verify = run("--db", db_url, "audit", "verify")
    assert verify.returncode == 1 and "repair-head" in verify.stderr
    refused = run("--db", db_url, "audit", "repair-head", "--as", "super1", stdin="super1-password\n")
    assert refused.returncode == 8
    repaired = run("--db", db_url, "audit", "repair-head", "--as", "admin1", "--anchor", str(path),
                   stdin="admin1-password\n")
    assert repaired.returncode == 0, repaired.stderr
    services.audit.append(CLERK, "card_read", "visit", ["v1"])
    assert services.audit.verify(read_anchors(path)).ok
    assert [e.staff_id for e in services.audit.entries(action="chain_head_repaired")] == [
        people["admin1"].staff_id]


def test_cli_anchor_and_verify_against_it(services, db_url, tmp_path):
    _fill(services, 3)
    path = tmp_path / "audit.anchor"
    made = run("--db", db_url, "audit", "anchor", "--out", str(path))
    assert made.returncode == 0, made.stderr
    ok = run("--db", db_url, "audit", "verify", "--anchor", str(path))
    assert ok.returncode == 0 and "アンカー 1 件と一致" in ok.stdout
    _rewrite_everything(services, change_seq=1)
    assert run("--db", db_url, "audit", "verify").returncode == 0
    broken = run("--db", db_url, "audit", "verify", "--anchor", str(path))
    assert broken.returncode == 1 and "第 3 件" in broken.stderr and "アンカー" in broken.stderr
    later = run("--db", db_url, "audit", "anchor", "--out", str(tmp_path / "other"))
    assert later.returncode == 0   # the rewritten chain verifies on its own: that is the point
    (tmp_path / "bad.anchor").write_text("not an anchor\n")
    assert run("--db", db_url, "audit", "verify", "--anchor", str(tmp_path / "bad.anchor")).returncode == 2
