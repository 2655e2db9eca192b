"""The chain: each entry's hash covers the previous hash and this entry's fields
(sorted-key compact JSON, UTF-8).

Entries are chained with HMAC-SHA256 under the audit key (`audit.key`, kept outside the
database): someone who can write the tables but does not hold the key cannot recompute a
consistent chain after changing a row. Entries written before the key existed (older
versions) used plain SHA-256; `key_checks.first_seq` says where HMAC begins.
"""
from __future__ import annotations

import hashlib
import hmac
import json

GENESIS_HASH = "0" * 64


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, *, seq: int, occurred_at: str, staff_id: int | None, role: str,
               workstation: str, action: str, object_type: str, object_ids: str,
               details_json: str, key: bytes | None = None) -> str:
    """HMAC-SHA256 under `key`; plain SHA-256 (entries from before the key) when None."""
    payload = canonical_json({
        "prev": prev_hash, "seq": seq, "at": occurred_at, "staff": staff_id, "role": role,
        "ws": workstation, "action": action, "otype": object_type, "oids": object_ids,
        "details": details_json,
    }).encode("utf-8")
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def row_hash(row, key: bytes | None) -> str:
    """The hash an AuditEntryRow should carry."""
    return entry_hash(row.prev_hash, seq=row.seq, occurred_at=row.occurred_at,
                      staff_id=row.staff_id, role=row.role, workstation=row.workstation,
                      action=row.action, object_type=row.object_type,
                      object_ids=row.object_ids, details_json=row.details, key=key)
