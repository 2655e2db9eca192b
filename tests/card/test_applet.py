"""券面事項入力補助AP: pure parsing on byte strings and the exact APDU sequence."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from cardreader import CardSession
from cardreader.errors import CardDataInvalid
from cardreader.kenhojo_applet import parse_basic_four, parse_my_number
from cardreader.simulator import SimulatedTransport
from cardreader.simulator.card_model import CardProfile, MyNumberCardModel, basic_four_ef, my_number_ef

# Card reference §4.3 (synthetic): 山田　花子, 東京都架空市見本町１－２－３, 19850412, 2
BASIC_FOUR_VECTOR = bytes.fromhex(
    "FF2059DF21080000000000000000DF220FE5B1B1E794B0E38080E88AB1E5AD90"
    "DF232AE69DB1E4BAACE983BDE69EB6E7A9BAE5B882E8A68BE69CACE794BAEFBC"
    "91EFBC8DEFBC92EFBC8DEFBC93DF240831393835303431324DF25013 2".replace(" ", "").replace("4DF2501", "DF2501"))


def test_reference_vectors():
    assert parse_my_number(bytes.fromhex("FF100C313233343536373839303138FFFF")).value == "123456789018"
    info = parse_basic_four(BASIC_FOUR_VECTOR + b"\xFF" * 10)
    assert info.name == "山田\u3000花子"
    assert info.address == "東京都架空市見本町１－２－３"
    assert info.birth_date == dt.date(1985, 4, 12)
    assert (info.sex_code, info.sex) == ("2", "女")


def test_my_number_bad_check_digit_and_format():
    with pytest.raises(CardDataInvalid, match="check digit"):
        parse_my_number(my_number_ef("012345678901"))
    with pytest.raises(CardDataInvalid, match="12 digits"):
        parse_my_number(b"\xFF\x10\x0B" + b"12345678901")
    with pytest.raises(CardDataInvalid, match="unexpected tag"):
        parse_my_number(b"\xFF\x11\x0C" + b"123456789018")


def _profile(**kw):
    base = dict(my_number="123456789018", name="𠮷田\u3000髙志", address="架空県見本市𠮷野町１番地",
                birth_date="19690617", sex_code="1", pin="1357")
    base.update(kw)
    return CardProfile(**base)


def test_four_byte_utf8_and_ideographic_space_kept():
    info = parse_basic_four(basic_four_ef(_profile()))
    assert info.name == "𠮷田\u3000髙志" and len(info.name.encode()) == 16
    assert "𠮷" in info.address


def test_non_date_birth_and_unknown_sex_are_shown_raw():
    info = parse_basic_four(basic_four_ef(_profile(birth_date="H01.01.0", sex_code="7")))
    assert info.birth_date is None and info.birth_date_text == "H01.01.0"
    assert info.sex == "不明"
    assert parse_basic_four(basic_four_ef(_profile(birth_date="19850230"))).birth_date is None


def test_inconsistent_lengths_and_bad_utf8_rejected():
    with pytest.raises(CardDataInvalid):
        parse_basic_four(basic_four_ef(_profile(), malformed=True))
    broken = basic_four_ef(_profile(name="ab")).replace(b"\xDF\x22\x02ab", b"\xDF\x22\x02\xC3\x28")
    with pytest.raises(CardDataInvalid, match="UTF-8"):
        parse_basic_four(broken)
    missing = b"\xFF\x20\x0B\xDF\x21\x08" + bytes(8)
    with pytest.raises(CardDataInvalid, match="missing"):
        parse_basic_four(missing)


def test_personal_data_not_in_repr():
    info = parse_basic_four(basic_four_ef(_profile()))
    number = parse_my_number(my_number_ef("123456789018"))
    assert "𠮷" not in repr(info) and "123456789018" not in repr(number) + str(number)


def test_exact_apdu_sequence_of_the_reference():
    card = MyNumberCardModel(_profile(address="架空県見本市" + "長い住所" * 20))  # > 255 bytes: 2 chunks
    CardSession(SimulatedTransport(card)).read("1357")
    log = [a.hex().upper() for a in card.apdu_log]
    total = len(card._files[2].rstrip(b"\xFF"))
    assert log[:8] == ["00A4040C0AD3921000310001010408", "00A4020C020011", "00200080", "0020008004" + "31333537",
                       "00A4020C020001", "00B0000011", "00A4020C020002", "00B0000007"]
    assert 262 < total < 517
    assert log[8:] == ["00B00007FF", f"00B00106{total - 262:02X}"]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_fuzz_applet_on_mutated_card_data(data):
    """Random and mutated EF content read through the real stack: only typed errors."""
    ef = bytearray(basic_four_ef(_profile()))
    for _ in range(data.draw(st.integers(0, 6))):
        ef[data.draw(st.integers(0, 120))] = data.draw(st.integers(0, 255))
    number = bytearray(my_number_ef("123456789018"))
    if data.draw(st.booleans()):
        number[data.draw(st.integers(0, 16))] = data.draw(st.integers(0, 255))
    card = MyNumberCardModel(_profile())
    card._files[1], card._files[2] = bytes(number), bytes(ef)
    try:
        CardSession(SimulatedTransport(card)).read("1357")
    except CardDataInvalid:
        pass
    assert card.tries_left == 3
