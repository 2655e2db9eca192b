"""Staff panels over the real staff/approval/audit services on a SQLite file."""
from __future__ import annotations

from datetime import timedelta

import pytest

from app.audit.log import utc_now
from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING, sign_in_people

# A submitted visit as the counter writes it: one form per draft, each field with
# its provenance and the value the forms engine pre-filled.
SNAPSHOT = {"event": "move_in", "resident": {"name": "山田　太郎"}, "procedures": [
    {"code": "juminidou", "title": "転入届", "reason": "他市からの転入", "source": "rule", "selected": True},
    {"code": "kokuho", "title": "国民健康保険の加入", "reason": "勤務先の保険がない",
     "source": "rule", "selected": True},
    {"code": "jidou_teate", "title": "児童手当の認定請求", "reason": "", "source": "clerk",
     "clerk_reason": "3歳の子がいると本人から申し出", "selected": True},
], "forms": [
    {"form_id": "juminidou", "title": "住民異動届", "fields": [
        {"key": "name", "label": "氏名", "value": "山田　太郎", "provenance": "card",
         "prefilled_value": "山田　太郎"},
        {"key": "birth_date", "label": "生年月日", "value": "昭和63年5月14日", "provenance": "card",
         "prefilled_value": "昭和63年5月14日"},
        {"key": "new_address", "label": "新住所", "value": "架空県見本市中央町一丁目２番３号　見本ハイツ１０１号",
         "provenance": "answer", "prefilled_value": "架空県見本市中央町一丁目２番３号　見本ハイツ１０１号"},
        {"key": "old_address", "label": "前住所", "value": "架空県見本市旧町５番地",
         "provenance": "clerk", "prefilled_value": "架空県見本市旧町５番地６"},
        {"key": "phone", "label": "電話番号", "value": "090-0000-0101", "provenance": "clerk",
         "prefilled_value": ""},
        {"key": "household_no", "label": "世帯番号", "value": "H0012034", "provenance": "registry",
         "prefilled_value": "H0012034"},
        {"key": "moved_in_on", "label": "異動日", "value": "令和8年11月20日", "provenance": "derived",
         "prefilled_value": "令和8年11月20日"},
        {"key": "my_number", "label": "個人番号", "value": "501284376900", "provenance": "card",
         "prefilled_value": "501284376900", "sensitive": True},
    ]},
    {"form_id": "kokuho", "title": "国民健康保険 資格取得届", "fields": [
        {"key": "insured_name", "label": "被保険者氏名", "value": "山田　太郎", "provenance": "card",
         "prefilled_value": "山田　太郎"},
        {"key": "reason", "label": "取得理由", "value": "転入", "provenance": "derived",
         "prefilled_value": "転入"},
    ]},
]}


@pytest.fixture(scope="session", autouse=True)
def _cjk_font(qapp):
    from widgets.application import apply_font

    apply_font(qapp)


@pytest.fixture
def services(sqlite_url):
    svc = StaffServices.open(sqlite_url, hashing=CHEAP_HASHING)
    yield svc
    svc.close()


@pytest.fixture
def people(services):
    return sign_in_people(services)


def shifted_clock(seconds_early: float):
    """A reveal-service clock running behind real time, so a reveal of the
    configured (minimum 5) seconds expires within a fraction of a second."""
    return lambda: utc_now() - timedelta(seconds=seconds_early)
