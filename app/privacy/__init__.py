"""Privacy types: the My Number value, its key file, encryption and keyed hash.

- `MyNumber(text)` validates the check digit (python-stdnum) and masks itself in
  `str`/`repr` (``**** **** 1234``); `.reveal()` is the only way to get the
  digits and is meant to be called by the audited reveal service.
- `MyNumberCipher.from_key_file(path)` / `MyNumberCipher.for_data_dir()` load
  (or create, 0600) the key file; `.encrypt(n) -> bytes`, `.decrypt(b) -> MyNumber`,
  `.lookup_hash(n) -> str` (HMAC-SHA256 hex, for an indexed equality column).
"""
from app.privacy.cipher import MyNumberCipher
from app.privacy.key_file import KEY_FILE_NAME, load_or_create_key
from app.privacy.my_number import InvalidMyNumberError, MyNumber

__all__ = ["InvalidMyNumberError", "KEY_FILE_NAME", "MyNumber", "MyNumberCipher", "load_or_create_key"]
