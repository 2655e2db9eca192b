"""Encrypt / decrypt / keyed-hash My Numbers with keys derived from the key file.

AES-256-GCM with a random 96-bit nonce (stored as nonce || ciphertext+tag): a
copied database reveals nothing, and two rows with the same number do not look
alike. Equality lookup uses HMAC-SHA256 under a *different* derived key, so the
hash column cannot be reversed by enumerating the 10^11 possible numbers
without the key file.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.privacy.key_file import key_file_path, load_key
from app.privacy.my_number import MyNumber

_NONCE = 12
_AAD = b"madoguchi/my_number/v1"


class MyNumberCipher:
    def __init__(self, master_key: bytes) -> None:
        enc_key = hmac.new(master_key, b"madoguchi-encrypt-v1", hashlib.sha256).digest()
        self._hash_key = hmac.new(master_key, b"madoguchi-lookup-hash-v1", hashlib.sha256).digest()
        self._aead = AESGCM(enc_key)

    @classmethod
    def from_key_file(cls, path: Path) -> "MyNumberCipher":
        """Loads the key file; a missing file is KeyFileError("missing"), never a new key."""
        return cls(load_key(path))

    @classmethod
    def for_data_dir(cls) -> "MyNumberCipher":
        return cls.from_key_file(key_file_path())

    def encrypt(self, number: MyNumber) -> bytes:
        return self.encrypt_digits(number.reveal())

    def encrypt_digits(self, digits: str) -> bytes:
        """For the bulk seeder, which already holds validated digits."""
        nonce = os.urandom(_NONCE)
        return nonce + self._aead.encrypt(nonce, digits.encode("ascii"), _AAD)

    def decrypt(self, blob: bytes) -> MyNumber:
        return MyNumber(self.decrypt_digits(blob))

    def decrypt_digits(self, blob: bytes) -> str:
        """The stored digits without validation (key rotation copies them as they are).
        A blob sealed under another key raises cryptography's InvalidTag."""
        blob = bytes(blob)
        return self._aead.decrypt(blob[:_NONCE], blob[_NONCE:], _AAD).decode("ascii")

    def lookup_hash(self, number: MyNumber) -> str:
        return self.hash_digits(number.reveal())

    def hash_digits(self, digits: str) -> str:
        return hmac.new(self._hash_key, digits.encode("ascii"), hashlib.sha256).hexdigest()
