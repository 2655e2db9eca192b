"""Staff names that could imitate another are refused; full-width forms are normalised."""
import pytest

from app.staff.errors import DuplicateStaffError, StaffError
from app.staff.names import check_new_name, normalize_name, skeleton


@pytest.mark.parametrize("name,reason", [
    ("admin\u200b", "invisible"), ("\u202enimda", "invisible"), ("ad\u2066min", "invisible"),
    ("admin\ufeff", "invisible"), ("ad min", "invisible"), ("admin\n", "invisible"),
    ("ad\u3000min", "invisible"),                       # full-width space: NFKC → space
    ("\u0430dmin", "character"), ("adm\u0456n", "character"), ("\u03bfperator", "character"),
    ("adm\u0131n", "character"), ("a\u0301dmin", "character"), ("", "length"), ("x" * 65, "length"),
])
def test_invisible_bidi_and_other_script_characters_are_refused(name, reason):
    with pytest.raises(StaffError) as err:
        check_new_name(name)
    assert err.value.detail == "invalid_name" and err.value.data["reason"] == reason


@pytest.mark.parametrize("name", ["tanaka", "tanaka.k", "s-yamada_2", "山田太郎", "やまだ", "ヤマダ",
                                  "佐々木", "ローラ"])
def test_ordinary_names_pass(name):
    assert check_new_name(name) == name


def test_full_width_letters_become_ascii():
    assert check_new_name("ａｄｍｉｎ") == normalize_name("ａｄｍｉｎ") == "admin"
    assert normalize_name("ﾔﾏﾀﾞ") == "ヤマダ"


@pytest.mark.parametrize("a,b", [("admin", "Admin"), ("admin", "adm1n"), ("admin", "admln"),
                                 ("tanaka", "tanaka_"), ("modern", "modem"), ("カトウ", "力トウ"),
                                 ("ロバート", "口バート"), ("エミ", "工ミ"), ("ケンー", "ケン一"),
                                 ("office0", "officeo")])
def test_look_alikes_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


def test_the_service_refuses_duplicates_after_normalisation_and_look_alikes(services, admin):
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    with pytest.raises(DuplicateStaffError):
        services.staff.add(admin, "ｔａｎａｋａ", "supervisor", "counter-pass-2")
    for look_alike in ("Tanaka", "tanaka.", "tanaka-"):
        with pytest.raises(StaffError) as err:
            services.staff.add(admin, look_alike, "supervisor", "counter-pass-2")
        assert err.value.detail == "look_alike"
    with pytest.raises(StaffError):
        services.staff.add(admin, "adm1n1", "supervisor", "counter-pass-2")  # like admin1
    # sign-in accepts the full-width spelling of the stored name
    assert services.staff.authenticate("ｔａｎａｋａ", "counter-pass-1", "ws").member.name == "tanaka"
    assert [m.name for m in services.staff.list()] == ["admin1", "tanaka"]
