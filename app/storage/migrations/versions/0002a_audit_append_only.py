"""Make the audit log append-only in the database itself.

The hash chain detects tampering; these triggers stop the ordinary paths to
it (an UPDATE/DELETE from the application or a careless SQL session), and
the chain head may only move forward. An owner who drops the triggers can
still change rows — and then `audit verify` names the first broken entry.

Revision ID: 0002a_audit_append_only
Revises: 0002_staff_audit
"""
from alembic import op

revision = "0002a_audit_append_only"
down_revision = "0002_staff_audit"
branch_labels = None
depends_on = None

_MESSAGE = "audit log is append-only"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION audit_append_only() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$ LANGUAGE plpgsql""")
        op.execute(f"""
            CREATE FUNCTION audit_head_forward_only() RETURNS trigger AS $$
            BEGIN
              IF TG_OP = 'DELETE' OR NEW.entry_count <= OLD.entry_count THEN
                RAISE EXCEPTION '{_MESSAGE}';
              END IF;
              RETURN NEW;
            END $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE "
                   "ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_append_only()")
        op.execute("CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE "
                   "ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()")
        op.execute("CREATE TRIGGER audit_head_forward_only BEFORE UPDATE OR DELETE "
                   "ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only()")
        return
    for name, event, table, when in (
            ("audit_entries_no_update", "UPDATE", "audit_entries", ""),
            ("audit_entries_no_delete", "DELETE", "audit_entries", ""),
            ("audit_head_no_delete", "DELETE", "audit_chain_head", ""),
            ("audit_head_forward_only", "UPDATE", "audit_chain_head",
             "WHEN NEW.entry_count <= OLD.entry_count")):
        op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} {when} "
                   f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_head_forward_only ON audit_chain_head")
        op.execute("DROP TRIGGER audit_entries_no_truncate ON audit_entries")
        op.execute("DROP TRIGGER audit_entries_append_only ON audit_entries")
        op.execute("DROP FUNCTION audit_head_forward_only()")
        op.execute("DROP FUNCTION audit_append_only()")
        return
    for name in ("audit_head_forward_only", "audit_head_no_delete", "audit_entries_no_delete",
                 "audit_entries_no_update"):
        op.execute(f"DROP TRIGGER {name}")
