import datetime as dt

import pytest

from forms.wareki import (WarekiError, age_on, format_wareki, from_wareki, koukousei_end, school_age,
                          to_wareki)


@pytest.mark.parametrize("day, text", [
    ("1989-01-07", "昭和64年1月7日"),
    ("1989-01-08", "平成元年1月8日"),
    ("2019-04-30", "平成31年4月30日"),
    ("2019-05-01", "令和元年5月1日"),
    ("2020-01-01", "令和2年1月1日"),
    ("1926-12-25", "昭和元年12月25日"),
    ("1912-07-30", "大正元年7月30日"),
    ("1868-01-25", "明治元年1月25日"),
    ("2026-11-15", "令和8年11月15日"),
])
def test_era_boundaries_and_gannen(day, text):
    assert format_wareki(day) == text


def test_compact_card_date_is_accepted():
    assert format_wareki("19850402") == "昭和60年4月2日"


def test_before_meiji_is_refused():
    with pytest.raises(WarekiError):
        to_wareki(dt.date(1868, 1, 24))


def test_from_wareki_round_trip_and_rejects_out_of_era():
    assert from_wareki("令和", "元", 5, 1) == dt.date(2019, 5, 1)
    assert from_wareki("H", 31, 4, 30) == dt.date(2019, 4, 30)
    with pytest.raises(WarekiError):
        from_wareki("平成", 31, 5, 1)       # that day is 令和元年
    with pytest.raises(WarekiError):
        from_wareki("昭和", 64, 1, 8)


def test_spaced_format_keeps_gannen():
    assert to_wareki(dt.date(2019, 5, 1)).format_spaced() == "令和 元年 5月 1日"


def test_age_on_birthday_and_leap_day():
    assert age_on(dt.date(1956, 1, 20), dt.date(2026, 1, 19)) == 69
    assert age_on(dt.date(1956, 1, 20), dt.date(2026, 1, 20)) == 70
    assert age_on(dt.date(2008, 2, 29), dt.date(2026, 2, 28)) == 17
    assert age_on(dt.date(2008, 2, 29), dt.date(2026, 3, 1)) == 18


@pytest.mark.parametrize("birth, end", [
    ("2008-04-01", "2026-03-31"),   # reaches 18 on 31 March: leaves that very day
    ("2008-04-02", "2027-03-31"),
    ("2008-12-31", "2027-03-31"),
    ("2008-02-29", "2026-03-31"),
])
def test_koukousei_end(birth, end):
    assert koukousei_end(dt.date.fromisoformat(birth)) == dt.date.fromisoformat(end)


def test_school_age_window():
    born = dt.date(2019, 4, 2)
    assert not school_age(born, dt.date(2026, 3, 31))
    assert school_age(born, dt.date(2026, 4, 1))
    early = dt.date(2019, 4, 1)        # 早生まれ: enters a year earlier
    assert school_age(early, dt.date(2025, 4, 1))
