"""MyNumber value type, key file and cipher."""
import os
import stat

import pytest
from stdnum.jp import in_

from app.privacy import InvalidMyNumberError, MyNumber, MyNumberCipher, create_key, load_key
from app.privacy.key_file import KeyFileError

VALID = "12345678901" + in_.calc_check_digit("12345678901")


def test_valid_number_accepts_full_width_and_grouping():
    assert MyNumber(VALID).reveal() == VALID
    spaced = f"{VALID[:4]} {VALID[4:8]}-{VALID[8:]}".translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert MyNumber(spaced) == MyNumber(VALID)


@pytest.mark.parametrize("bad", ["", "12345", VALID[:-1] + str((int(VALID[-1]) + 1) % 10), "abcdefghijkl"])
def test_invalid_numbers_are_rejected_without_echoing_digits(bad):
    with pytest.raises(InvalidMyNumberError) as info:
        MyNumber(bad)
    assert VALID[:8] not in str(info.value)


def test_number_masks_itself_everywhere_but_reveal():
    n = MyNumber(VALID)
    for shown in (str(n), repr(n), f"{n}", "%s" % n, str([n])):
        assert VALID not in shown
        assert VALID[-4:] in shown
    assert str(n) == f"**** **** {VALID[-4:]}"
    with pytest.raises(TypeError):
        import pickle
        pickle.dumps(n)
    with pytest.raises(AttributeError):
        n._digits = "0"


def test_key_file_is_created_0600_and_never_overwritten(tmp_path):
    path = tmp_path / "d" / "mynumber.key"
    key = create_key(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_key(path) == key and len(key) == 32
    with pytest.raises(KeyFileError) as err:
        create_key(path)
    assert err.value.detail == "exists" and load_key(path) == key


def test_a_missing_key_file_is_an_error_naming_it_never_a_new_key(tmp_path):
    path = tmp_path / "elsewhere" / "mynumber.key"
    for load in (lambda: load_key(path), lambda: MyNumberCipher.from_key_file(path)):
        with pytest.raises(KeyFileError) as err:
            load()
        assert err.value.detail == "missing" and err.value.data["path"] == str(path)
    assert not path.exists()


def test_key_file_with_loose_permissions_is_refused(tmp_path):
    path = tmp_path / "mynumber.key"
    create_key(path)
    os.chmod(path, 0o644)
    with pytest.raises(KeyFileError):
        load_key(path)


def test_for_data_dir_uses_the_data_directory(tmp_path):
    MyNumberCipher.for_data_dir()
    key = tmp_path / "data" / "mynumber.key"  # conftest points MADOGUCHI_DATA_DIR there
    assert key.exists() and stat.S_IMODE(key.stat().st_mode) == 0o600


def test_encryption_round_trips_is_randomised_and_hash_is_keyed(tmp_path):
    c1 = MyNumberCipher(create_key(tmp_path / "k1"))
    c2 = MyNumberCipher(create_key(tmp_path / "k2"))
    n = MyNumber(VALID)
    blob = c1.encrypt(n)
    assert VALID.encode() not in blob
    assert c1.decrypt(blob) == n
    assert c1.encrypt(n) != blob  # random nonce: equal numbers do not look equal at rest
    assert c1.lookup_hash(n) == c1.lookup_hash(MyNumber(VALID))
    assert c1.lookup_hash(n) != c2.lookup_hash(n)  # without the key file the hash is useless
    with pytest.raises(Exception):
        c2.decrypt(blob)


def test_one_masked_form_for_typed_numbers_and_plain_strings():
    from app.privacy.my_number import mask_digits
    from app.visit.model import mask_my_number

    assert mask_digits("1234 5678 9018") == "**** **** 9018"
    assert mask_digits("１２３４５６７８９０１８") == "**** **** 9018"  # full width from a form
    assert mask_digits("") == mask_digits(None) == ""
    assert mask_my_number is mask_digits
    assert MyNumber("123456789018").masked() == mask_digits("123456789018")
