"""Append-only, hash-chained audit log of every access to personal data.

AuditLog (log.py): append(actor, action, object_type, object_ids, details) in its own
transaction, or record(session, ...) inside the caller's; verify() -> ChainVerification(ok,
entries_checked, first_broken_seq, reason); entries(since, until, action).
Details hold ids and codes only; 12-digit runs and free text are refused (events.py).
Each entry's hash is SHA-256 over the previous hash and its fields (chain.py); the one-row
chain head (count + last hash) is locked per append and catches deletion of the newest rows;
database triggers (migration 0002a) refuse UPDATE/DELETE.
VisitAuditPort (visit_port.py) adapts the visit workflow's AuditPort.
CLI: `main.py audit verify | export --from --to --out`.
"""
