"""Test helper: act as a database owner who drops the append-only triggers
and then edits the audit tables directly (what `audit verify` must catch)."""
from sqlalchemy import text


def tamper(engine, statement: str) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER USER"))
            conn.execute(text("ALTER TABLE audit_chain_head DISABLE TRIGGER USER"))
        else:
            for name in ("audit_entries_no_update", "audit_entries_no_delete",
                         "audit_head_no_delete", "audit_head_forward_only"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text(statement))
