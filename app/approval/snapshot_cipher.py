"""The approval snapshot codec lives with the other ciphers in app.privacy."""
from app.privacy.snapshot_cipher import EncryptedSnapshotCodec

__all__ = ["EncryptedSnapshotCodec"]
