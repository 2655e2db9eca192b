"""Approval snapshots are encrypted in the database and read back intact."""
import pytest
from sqlalchemy import text

from app.approval.snapshot_cipher import EncryptedSnapshotCodec

SNAPSHOT = {"forms": [{"id": "juminidou", "fields": [
    {"key": "name", "value": "見本　花子", "provenance": "card"},
    {"key": "my_number", "value": "123456789018", "provenance": "card"}]}]}


def test_snapshot_is_not_readable_in_the_table(services, people):
    services.approval.submit(people["clerk1"], "v1", SNAPSHOT)
    with services.engine.connect() as conn:
        stored = conn.execute(text("SELECT snapshot_json FROM approval_requests")).scalar_one()
    assert stored.startswith("enc1:")
    assert "見本" not in stored and "123456789018" not in stored and "juminidou" not in stored
    assert services.approval.get("v1").snapshot["forms"][0]["fields"][0]["value"] == "見本　花子"


def test_wrong_key_or_tampered_blob_fails():
    codec = EncryptedSnapshotCodec(lambda: b"k" * 32)
    stored = codec.encode('{"a": 1}')
    assert codec.decode(stored) == '{"a": 1}'
    assert codec.encode('{"a": 1}') != stored  # random nonce
    with pytest.raises(Exception):
        EncryptedSnapshotCodec(lambda: b"x" * 32).decode(stored)
    with pytest.raises(Exception):
        codec.decode(stored[:-4] + "AAAA")
    with pytest.raises(ValueError):
        codec.decode('{"a": 1}')


def test_key_file_is_opened_lazily_and_never_created(tmp_path):
    from app.privacy.key_file import KeyFileError, create_key

    path = tmp_path / "keys" / "mynumber.key"
    codec = EncryptedSnapshotCodec.for_key_file(path)  # nothing read yet
    with pytest.raises(KeyFileError):
        codec.encode("{}")
    assert not path.exists()
    create_key(path)
    fresh = EncryptedSnapshotCodec.for_key_file(path)
    assert fresh.decode(fresh.encode("{}")) == "{}"
