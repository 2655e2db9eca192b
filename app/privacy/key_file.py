"""The key files: 32 random bytes each, outside the database, mode 0600.

- the My Number key (`mynumber.key`): encrypts the My Number columns, the approval
  snapshots and the visits' sensitive values, and keys the lookup hash;
- the audit chain key (`audit.key`): keys the HMAC chain of the audit log.

Only `db init` (and the demo reset, which initialises its own database) creates them
(`create_key`); everything else loads them (`load_key`) and a missing file is an error
naming the path — never silently replaced, because a new key would make the stored
numbers unreadable and write new rows under a key the other counters do not have.
Every workstation sharing one PostgreSQL database must hold copies of the same files.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from domain.errors import DomainError

KEY_FILE_NAME = "mynumber.key"
AUDIT_KEY_FILE_NAME = "audit.key"
KEY_BYTES = 32
ENV_KEY_FILE = "MADOGUCHI_KEY_FILE"
ENV_AUDIT_KEY_FILE = "MADOGUCHI_AUDIT_KEY_FILE"


def key_file_path() -> Path:
    """Where the My Number key lives: MADOGUCHI_KEY_FILE if set (counters sharing one
    PostgreSQL database point it at the same protected file), else the data dir."""
    override = os.environ.get(ENV_KEY_FILE)
    if override:
        return Path(override)
    from app.storage.database import data_dir

    return data_dir() / KEY_FILE_NAME


def audit_key_file_path() -> Path:
    """MADOGUCHI_AUDIT_KEY_FILE if set, else `audit.key` beside the My Number key."""
    override = os.environ.get(ENV_AUDIT_KEY_FILE)
    if override:
        return Path(override)
    return key_file_path().with_name(AUDIT_KEY_FILE_NAME)


class KeyFileError(DomainError):
    """A key file cannot be used (`data["path"]`, a file path)."""

    code = "key_file"
    details = ("too_open", "malformed", "wrong_length", "missing", "exists", "copy_needed")


def load_key(path: Path) -> bytes:
    path = Path(path)
    if not path.exists():
        raise KeyFileError("missing", path=str(path))
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise KeyFileError("too_open", path=str(path), mode=oct(mode))
    try:
        key = bytes.fromhex(path.read_text().strip())
    except ValueError as exc:
        raise KeyFileError("malformed", path=str(path)) from exc
    if len(key) != KEY_BYTES:
        raise KeyFileError("wrong_length", path=str(path))
    return key


def create_key(path: Path) -> bytes:
    """A new random key in a new file (0600); refuses to overwrite one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    write_key(path, key)
    return key


def write_key(path: Path, key: bytes) -> None:
    try:
        # O_EXCL: never overwrite a key; two processes starting at once cannot race.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError("exists", path=str(path)) from None
    with os.fdopen(fd, "w") as fh:
        fh.write(key.hex() + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o600)  # umask may have removed bits, never added; be explicit anyway
