"""BER-TLV parser: long forms, padding, strict lengths; fuzzed for typed errors only."""
import pytest
from hypothesis import given, settings, strategies as st

from cardreader import tlv
from cardreader.errors import CardDataInvalid

MY_NUMBER_EF = bytes.fromhex("FF100C313233343536373839303138FFFF")


def test_my_number_vector_with_padding():
    item = tlv.parse_padded(MY_NUMBER_EF)
    assert item.tag == 0xFF10 and item.value == b"123456789018"
    assert item.constructed


def test_long_forms_81_and_82():
    value = bytes(range(256)) * 2
    assert tlv.parse_padded(b"\xDF\x23\x81\x90" + value[:0x90]).value == value[:0x90]
    item = tlv.parse_padded(b"\xFF\x20\x82\x01\x2C" + value[:300] + b"\xFF" * 20)
    assert len(item.value) == 300
    assert tlv.total_length(b"\xFF\x20\x82\x01\x2C") == 305
    assert tlv.header(b"\xDF\x22\x0F") == (0xDF22, 3, 15)


@pytest.mark.parametrize("data, reason", [
    (b"\xFF\x20\x80", "unsupported length"),          # indefinite form
    (b"\xFF\x20\x83\x00\x00\x01\x00", "unsupported length"),
    (b"\xFF\x10\x0C123", "value longer"),
    (b"\xFF\x10\x02ab\x00", "garbage after"),          # padding must be FF
    (b"\xFF", "truncated tag"),
    (b"\xFF\x20", "missing length"),
    (b"\xFF\x20\x82\x01", "truncated length"),
    (b"", "missing tag"),
    (b"\xFF\xFF\xFF\xFF\x01", "tag too long"),
])
def test_malformed_is_typed(data, reason):
    with pytest.raises(CardDataInvalid, match=reason):
        tlv.parse_padded(data)


def test_children_must_fill_parent_exactly():
    good = b"\xFF\x20\x07\xDF\x21\x01\x00\xDF\x22\x00"
    assert [c.tag for c in tlv.parse_padded(good).children()] == [0xDF21, 0xDF22]
    # S2's mistake: outer length shorter than its children
    bad = b"\xFF\x20\x06\xDF\x21\x01\x00\xDF\x22\x00"
    with pytest.raises(CardDataInvalid):
        tlv.parse_padded(bad).children()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_fuzz_random_bytes_only_typed_errors(data):
    try:
        item = tlv.parse_padded(data)
        if item.constructed:
            item.children()
    except CardDataInvalid:
        pass


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fuzz_mutated_vector_only_typed_errors(data):
    buf = bytearray(MY_NUMBER_EF + b"\xFF" * 8)
    for _ in range(data.draw(st.integers(1, 4))):
        buf[data.draw(st.integers(0, len(buf) - 1))] = data.draw(st.integers(0, 255))
    try:
        tlv.parse_padded(bytes(buf))
    except CardDataInvalid:
        pass
