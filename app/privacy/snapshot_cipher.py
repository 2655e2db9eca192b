"""Encrypts approval snapshots at rest: they hold names, addresses and may
hold a 個人番号 field, like the drafts they freeze.

AES-256-GCM under a key derived (HMAC, own label) from the My Number key, so every
workstation sharing the database can read them.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from pathlib import Path
from typing import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_PREFIX = "enc1:"
_NONCE = 12
_AAD = b"madoguchi/approval_snapshot/v1"


class EncryptedSnapshotCodec:
    def __init__(self, master_key: Callable[[], bytes] | bytes):
        self._master_key = master_key if callable(master_key) else (lambda: master_key)
        self._aead: AESGCM | None = None

    @classmethod
    def for_key_file(cls, path: Path | None = None) -> "EncryptedSnapshotCodec":
        """Loads the key file on first use (a missing file is an error, never created)."""
        def load() -> bytes:
            from app.privacy.key_file import key_file_path, load_key

            return load_key(path or key_file_path())
        return cls(load)

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            key = hmac.new(self._master_key(), b"madoguchi-approval-snapshot-v1",
                           hashlib.sha256).digest()
            self._aead = AESGCM(key)
        return self._aead

    def encode(self, text: str) -> str:
        nonce = os.urandom(_NONCE)
        blob = nonce + self._cipher().encrypt(nonce, text.encode("utf-8"), _AAD)
        return _PREFIX + base64.b64encode(blob).decode("ascii")

    def decode(self, stored: str) -> str:
        if not stored.startswith(_PREFIX):
            raise ValueError("approval snapshot is not in the encrypted format")
        blob = base64.b64decode(stored[len(_PREFIX):])
        return self._cipher().decrypt(blob[:_NONCE], blob[_NONCE:], _AAD).decode("utf-8")
