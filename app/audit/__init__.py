"""Append-only, keyed, anchored audit log of every access to personal data.

AuditLog (log.py): append(actor, action, object_type, object_ids, details) in its own
transaction, or record(session, ...) inside the caller's; verify(anchors=()) ->
ChainVerification(ok, entries_checked, first_broken_seq, reason, code, anchors_checked);
head() -> Anchor; repair_head(actor, anchors) after the head row was deleted;
entries(since, until, action).
Details hold ids and codes only; 12-digit runs and free text are refused (events.py).
Each entry's hash is HMAC-SHA256 under the audit key (audit.key, outside the database) over
the previous hash and its fields (chain.py); the one-row chain head (count + last hash) is
locked per append and catches deletion of the newest rows; anchors written outside the
database (anchor.py) catch a rewrite with recomputed hashes, erasure and truncation;
database triggers (migration 0002a) refuse UPDATE/DELETE, and on PostgreSQL `db roles`
(app.storage.pg_roles) leaves the counters' login role INSERT-only on the log.
Exports (export.py): supervisors and administrators, 0600.
CLI: `main.py audit verify [--anchor FILE] | anchor | export | repair-head`; docs/audit-log.md.
"""
