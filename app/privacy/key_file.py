"""The My Number key file: 32 random bytes, outside the database, mode 0600.

Created on first use in the data directory. Losing it makes the stored numbers
unreadable (by design: a copied database alone reveals nothing), so every
workstation sharing one PostgreSQL database must share the same key file.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from domain.errors import DomainError

KEY_FILE_NAME = "mynumber.key"
KEY_BYTES = 32
ENV_KEY_FILE = "MADOGUCHI_KEY_FILE"


def key_file_path() -> Path:
    """Where the key lives: MADOGUCHI_KEY_FILE if set (counters sharing one
    PostgreSQL database point it at the same protected file), else the data dir."""
    override = os.environ.get(ENV_KEY_FILE)
    if override:
        return Path(override)
    from app.storage.database import data_dir

    return data_dir() / KEY_FILE_NAME


class KeyFileError(DomainError):
    """The My Number key file cannot be used (`data["path"]`, a file path)."""

    code = "key_file"
    details = ("too_open", "malformed", "wrong_length")


def load_or_create_key(path: Path) -> bytes:
    path = Path(path)
    if path.exists():
        return _read(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    try:
        # O_EXCL: two processes starting at once must not overwrite each other's key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read(path)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.hex() + "\n")
    os.chmod(path, 0o600)  # umask may have removed bits, never added; be explicit anyway
    return key


def _read(path: Path) -> bytes:
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
