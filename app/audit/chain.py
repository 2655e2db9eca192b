"""The hash chain: SHA-256 over a canonical serialisation of the previous
hash and this entry's fields (sorted-key compact JSON, UTF-8)."""
from __future__ import annotations

import hashlib
import json

GENESIS_HASH = "0" * 64


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, *, seq: int, occurred_at: str, staff_id: int | None, role: str,
               workstation: str, action: str, object_type: str, object_ids: str,
               details_json: str) -> str:
    payload = canonical_json({
        "prev": prev_hash, "seq": seq, "at": occurred_at, "staff": staff_id, "role": role,
        "ws": workstation, "action": action, "otype": object_type, "oids": object_ids,
        "details": details_json,
    })
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
