"""Status-word paths: 61xx, 6Cxx, 6282, 6982, 6A82, 6986, 6984, 6D00/6E00 and the SW table."""
from app.error_catalog import message_of
import pytest

from cardreader import iso7816
from cardreader.errors import ApduError, CardDataInvalid, NotMyNumberCard, PinLocked, WrongPin
from cardreader.kenhojo_applet import KENHOJO_AID, KenhojoApplet, parse_basic_four, parse_my_number
from cardreader.simulator import SimulatedTransport
from cardreader.simulator.card_model import CardFaults, CardProfile, MyNumberCardModel
from cardreader.status_words import Command, error_for


def make(**faults):
    card = MyNumberCardModel(CardProfile("123456789018", "見本\u3000花子", "架空県見本市" + "町" * 100,
                                         "19850412", "2", "1234", 3, CardFaults(**faults)))
    return card, SimulatedTransport(card)


def verified(transport):
    applet = KenhojoApplet(transport)
    applet.select()
    applet.select_pin()
    applet.verify(b"1234")
    return applet


@pytest.mark.parametrize("fault", ["answer_61xx", "answer_6cxx"])
def test_61xx_and_6cxx_are_followed(fault):
    card, transport = make(**{fault: True})
    applet = verified(transport)
    assert parse_my_number(applet.read_my_number_bytes()).value == "123456789018"
    assert parse_basic_four(applet.read_basic_four_bytes()).address.endswith("町" * 100)
    if fault == "answer_61xx":
        assert 0xC0 in [a[1] for a in card.apdu_log]


def test_6cxx_resends_with_the_length_the_card_gave():
    card, transport = make(answer_6cxx=True)
    verified(transport)
    iso7816.select_ef(transport, 0x0001)
    data, eof = iso7816.read_binary(transport, 20, 0xFF)
    assert (data, eof) == (b"\xFF" * 12, False)
    assert card.apdu_log[-2:] == [bytes.fromhex("00B00014FF"), bytes.fromhex("00B000140C")]


def test_6282_end_of_file_data_is_used():
    card, transport = make()
    verified(transport)
    iso7816.select_ef(transport, 0x0001)
    data, eof = iso7816.read_binary(transport, 20, 0xFF)
    assert eof and data == b"\xFF" * 12


def test_6282_before_object_end_is_data_invalid():
    card, transport = make()
    verified(transport)
    card._files[1] = b"\xFF\x10\x0C12345"  # file shorter than its TLV claims
    with pytest.raises(CardDataInvalid):
        parse_my_number(KenhojoApplet(transport).read_my_number_bytes())


def test_read_before_verify_is_6982():
    card, transport = make()
    applet = KenhojoApplet(transport)
    applet.select()
    with pytest.raises(ApduError) as info:
        applet.read_my_number_bytes()
    assert info.value.sw == 0x6982 and "認証が完了していません" in message_of(info.value)


def test_select_unknown_ef_and_verify_without_pin_ef():
    card, transport = make()
    KenhojoApplet(transport).select()
    with pytest.raises(ApduError) as info:
        iso7816.select_ef(transport, 0x0999)
    assert info.value.sw == 0x6A82
    with pytest.raises(ApduError) as info:
        iso7816.verify(transport, b"1234")
    assert info.value.sw == 0x6986


def test_select_ap_missing_is_not_my_number_card():
    _, transport = make(not_my_number=True)
    with pytest.raises(NotMyNumberCard):
        iso7816.select_aid(transport, KENHOJO_AID)


def test_verify_paths():
    card, transport = make()
    applet = KenhojoApplet(transport)
    applet.select()
    applet.select_pin()
    with pytest.raises(WrongPin):
        applet.verify(b"0000")
    assert applet.tries_left() == 2
    card.tries_left = 0
    assert applet.tries_left() == 0
    with pytest.raises(PinLocked):  # 6984
        applet.verify(b"1234")


def test_unknown_ins_and_cla():
    _, transport = make()
    assert iso7816.exchange(transport, bytes.fromhex("00CA000000"))[1] == 0x6D00
    assert iso7816.exchange(transport, bytes.fromhex("80A4040C00"))[1] == 0x6E00


@pytest.mark.parametrize("sw, command, expected", [
    (0x63C2, Command.VERIFY, WrongPin), (0x63C0, Command.VERIFY, PinLocked), (0x6984, Command.VERIFY, PinLocked),
    (0x6983, Command.TRIES_QUERY, PinLocked), (0x6A82, Command.SELECT_AP, NotMyNumberCard),
    (0x6A82, Command.SELECT_EF, ApduError), (0x6982, Command.READ_BINARY, ApduError),
    (0x6A86, Command.SELECT_EF, ApduError), (0x6700, Command.READ_BINARY, ApduError),
])
def test_status_word_table(sw, command, expected):
    error = error_for(sw, command)
    assert type(error) is expected and message_of(error) and error.code


def test_read_range_checked_locally():
    _, transport = make()
    for offset, length in ((0x8000, 1), (0, 0), (0, 256)):
        with pytest.raises(CardDataInvalid):
            iso7816.read_binary(transport, offset, length)
