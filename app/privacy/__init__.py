"""Privacy types: the My Number value, the key files, encryption and keyed hash.

- `MyNumber(text)` validates the check digit (python-stdnum) and masks itself in
  `str`/`repr` (``**** **** 1234``); `.reveal()` is the only way to get the
  digits and is meant to be called by the audited reveal service.
- `MyNumberCipher.from_key_file(path)` / `MyNumberCipher.for_data_dir()` load the key
  file (never create it: `db init` does, app.privacy.keys); `.encrypt(n) -> bytes`,
  `.decrypt(b) -> MyNumber`, `.lookup_hash(n) -> str` (HMAC-SHA256 hex, indexed column).
- app.privacy.key_check: the key check values stored in the database; a workstation whose
  key does not match refuses to start (KeyMismatchError naming the expected key file).
- app.privacy.rotation: `keys rotate`, re-encrypting every protected column in batches.
- app.privacy.private_files: files holding personal data, created 0600.
"""
from app.privacy.cipher import MyNumberCipher
from app.privacy.key_file import KEY_FILE_NAME, create_key, load_key
from app.privacy.my_number import InvalidMyNumberError, MyNumber

__all__ = ["InvalidMyNumberError", "KEY_FILE_NAME", "MyNumber", "MyNumberCipher", "create_key",
           "load_key"]
