"""Name, kana and address keys used by the 4-info lookup."""
import pytest

from app.records.normalization import (
    folded_characters, kanji_to_int, normalize_kana, normalize_name, split_address,
)


@pytest.mark.parametrize("a, b", [
    ("髙橋　太郎", "高橋 太郎"), ("山﨑花子", "山崎　花子"), ("渡邊", "渡辺"), ("渡邉", "渡辺"),
    ("齋藤", "斎藤"), ("齊藤", "斎藤"), ("𠮷田", "吉田"), ("ＳＭＩＴＨ　ＪＯＨＮ", "smith john"),
    ("濱田", "浜田"), ("澤田", "沢田"),
])
def test_names_fold_to_the_same_key(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_different_names_stay_different():
    assert normalize_name("高橋") != normalize_name("高畑")
    assert normalize_name("佐藤") != normalize_name("加藤")


@pytest.mark.parametrize("a", ["たかはし　たろう", "ﾀｶﾊｼ ﾀﾛｳ", "タカハシ タロウ"])
def test_kana_width_and_script_fold(a):
    assert normalize_kana(a) == "タカハシタロウ"


@pytest.mark.parametrize("text, expected", [
    ("架空県見本市本町一丁目2番3号　メゾン見本504号室", ("架空県見本市本町1-2-3", "メゾン見本504")),
    ("架空県見本市本町１－２－３ メゾン見本５０４", ("架空県見本市本町1-2-3", "メゾン見本504")),
    ("架空県見本市本町1丁目2番地3", ("架空県見本市本町1-2-3", "")),
    ("架空県見本市大字上見本123番地の4", ("架空県見本市大字上見本123-4", "")),
    ("架空県見本市大字上見本百二十三番地", ("架空県見本市大字上見本123", "")),
    ("架空県見本市緑ヶ丘二丁目15番8号", ("架空県見本市緑ケ丘2-15-8", "")),
    ("架空県見本市三田町十二番地", ("架空県見本市三田町12", "")),  # 三田 keeps its kanji: not before a unit
])
def test_address_canonical_form(text, expected):
    assert split_address(text) == expected


@pytest.mark.parametrize("text, value", [("一", 1), ("十", 10), ("十二", 12), ("二十三", 23), ("百五", 105),
                                         ("一〇二", 102), ("千二百", 1200)])
def test_kanji_numerals(text, value):
    assert kanji_to_int(text) == value


def test_folded_characters_name_the_variant():
    assert folded_characters("高橋太郎", "髙橋　太郎") == [("髙", "高")]
    assert folded_characters("𠮷田", "吉田") == [("𠮷", "吉")]
    assert folded_characters("佐藤", "佐藤") == []
