"""LookupService ranking, reasons and ties."""
from datetime import date

from app.privacy import MyNumber
from app.records import Address, BasicInfo, NewResident, ResidentStatus

HOME = Address("架空県", "見本市", "本町一丁目", "2番3号", "メゾン見本504号室", "999-0011")
OTHER = Address("架空県", "見本市", "桜台二丁目", "10番1号", "", "999-0021")
N1 = MyNumber.from_first_eleven("10000000001")


def _person(atena, name, birth, address, sex="1", **kw):
    return NewResident(atena, name, kw.pop("kana", "カナ"), birth, sex, address, **kw)


def test_my_number_lookup_is_exact(repo, lookup):
    repo.add_household("H1", [_person("1", "髙橋　太郎", date(1980, 1, 2), HOME, my_number=N1)])
    repo.add_household("H2", [_person("2", "髙橋　太郎", date(1980, 1, 2), OTHER)])
    result = lookup.by_my_number(N1)
    assert result.best.atena_no == "1" and not result.ambiguous
    assert result.candidates[0].reasons == ("個人番号が一致",)
    assert lookup.by_my_number(MyNumber.from_first_eleven("10000000002")).candidates == ()


def test_old_glyph_width_and_hyphen_address_rank_the_right_person_first(repo, lookup):
    repo.add_household("H1", [_person("1", "髙橋　太郎", date(1980, 1, 2), HOME)])
    repo.add_household("H2", [_person("2", "高橋　太郎", date(1980, 1, 2), OTHER)])
    repo.add_household("H3", [_person("3", "高橋　次郎", date(1980, 1, 2), HOME)])
    result = lookup.by_basic_info(BasicInfo("高橋 太郎", date(1980, 1, 2), "見本市本町１－２－３ メゾン見本５０４", "1"))
    assert not result.ambiguous
    first, second = result.candidates[:2]
    assert first.resident.atena_no == "1"
    assert first.reason_text == "氏名が一致（髙→高 を同一視）、生年月日が一致、住所が一致"
    assert second.resident.atena_no == "2" and "住所は町字まで一致" not in second.reason_text
    assert "住所が相違" in second.reason_text
    assert {c.resident.atena_no for c in result.candidates} == {"1", "2", "3"}


def test_address_differing_only_in_katagaki_is_said_so(repo, lookup):
    repo.add_household("H1", [_person("1", "齋藤　花子", date(1990, 3, 3), HOME, sex="2")])
    result = lookup.by_basic_info(BasicInfo("斎藤花子", date(1990, 3, 3), "架空県見本市本町一丁目2番3号 コーポ本町101", "2"))
    assert result.best.atena_no == "1"
    assert result.candidates[0].reasons == ("氏名が一致（齋→斎 を同一視）", "生年月日が一致", "住所は方書のみ相違")


def test_tie_is_ambiguous_and_picks_nobody(repo, lookup):
    repo.add_household("H1", [_person("1", "佐藤　健一", date(1976, 7, 25), HOME)])
    repo.add_household("H2", [_person("2", "佐藤　健一", date(1976, 7, 25), OTHER)])
    result = lookup.by_basic_info(BasicInfo("佐藤健一", date(1976, 7, 25)))
    assert result.ambiguous and result.best is None and len(result.candidates) == 2
    assert "複数" in result.message
    # the address breaks the tie
    resolved = lookup.by_basic_info(BasicInfo("佐藤健一", date(1976, 7, 25), "架空県見本市桜台二丁目10番1号"))
    assert not resolved.ambiguous and resolved.best.atena_no == "2"


def test_birth_date_typo_still_finds_by_name_and_address(repo, lookup):
    repo.add_household("H1", [_person("1", "渡邊　隆", date(1947, 12, 27), HOME)])
    result = lookup.by_basic_info(BasicInfo("渡辺 隆", date(1947, 12, 28), "架空県見本市本町1-2-3"))
    assert result.best.atena_no == "1"
    assert "生年月日が相違" in result.candidates[0].reasons


def test_deceased_ranks_below_living_namesake(repo, lookup):
    repo.add_household("H1", [_person("1", "青木　智子", date(1933, 8, 20), HOME, sex="2",
                                      status=ResidentStatus.DECEASED)])
    repo.add_household("H2", [_person("2", "青木　智子", date(1933, 8, 20), HOME, sex="2")])
    result = lookup.by_basic_info(BasicInfo("青木智子", date(1933, 8, 20), "架空県見本市本町1-2-3"))
    assert [c.resident.atena_no for c in result.candidates] == ["2", "1"]
    assert "死亡により消除済み" in result.candidates[1].reasons


def test_name_typed_in_kana_searches_the_reading(repo, lookup):
    repo.add_household("H1", [_person("1", "近藤　凛", date(1985, 5, 7), HOME, sex="2", kana="コンドウ　リン")])
    result = lookup.by_basic_info(BasicInfo("ｺﾝﾄﾞｳ ﾘﾝ", date(1985, 5, 7)))
    assert result.best.atena_no == "1"
    assert result.candidates[0].reasons[0] == "振り仮名が一致（氏名はカナで入力）"


def test_no_candidates(lookup):
    result = lookup.by_basic_info(BasicInfo("存在　しない", date(2000, 1, 1), "架空県見本市本町1-1-1"))
    assert result.candidates == () and result.best is None and not result.ambiguous
    assert "見つかりません" in result.message


def test_same_my_number_on_two_records_is_ambiguous(repo, lookup):
    repo.add_household("H1", [_person("1", "近藤　凛", date(1985, 5, 7), HOME, sex="2", my_number=N1)])
    repo.add_household("H2", [_person("2", "近藤　凛", date(1985, 5, 7), HOME, sex="2", my_number=N1)])
    result = lookup.by_my_number(N1)
    assert result.ambiguous and result.best is None and len(result.candidates) == 2


def test_name_only_lists_namesakes_and_calls_it_a_tie(repo, lookup):
    repo.add_household("H1", [_person("1", "山﨑　葵", date(1990, 1, 1), HOME, sex="2")])
    repo.add_household("H2", [_person("2", "山崎　葵", date(1970, 1, 1), OTHER, sex="2")])
    result = lookup.by_basic_info(BasicInfo("山崎 葵", None))
    assert {c.resident.atena_no for c in result.candidates} == {"1", "2"}
    assert result.candidates[0].resident.atena_no == "2"  # exact glyph ranks above the folded one
    assert lookup.by_basic_info(BasicInfo("山崎 葵", None, "架空県見本市本町1-2-3")).best.atena_no == "1"
