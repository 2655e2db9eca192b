"""choose_mode: demo when asked, or when nothing is configured and no reader."""
from argparse import Namespace

import pytest

from training.mode import BANNER_JA, WATERMARK_JA, ModeReason, choose_mode
from app.storage.database import default_sqlite_url


def args(db=None, demo=False):
    return Namespace(db=db, demo=demo)


@pytest.mark.parametrize("a,env,reader,demo,reason", [
    (args(demo=True), {}, True, True, ModeReason.DEMO_FLAG),
    (args(db="sqlite:///x.db", demo=True), {}, False, True, ModeReason.DEMO_FLAG),
    (args(), {}, False, True, ModeReason.NOTHING_CONFIGURED),
    (args(), {}, True, False, ModeReason.READER_PRESENT),
    (args(db="postgresql://h/db"), {}, False, False, ModeReason.DATABASE_CONFIGURED),
    (args(), {"MADOGUCHI_DB": "sqlite:///y.db"}, False, False, ModeReason.DATABASE_CONFIGURED),
])
def test_choice(a, env, reader, demo, reason):
    choice = choose_mode(a, env, reader)
    assert (choice.is_demo, choice.reason) == (demo, reason)
    assert choice.banner == (BANNER_JA if demo else None)
    assert choice.watermark == (WATERMARK_JA if demo else None)


def test_an_existing_default_database_file_means_the_real_counter():
    path = default_sqlite_url().removeprefix("sqlite:///")
    open(path, "wb").close()
    choice = choose_mode(args(), {}, reader_available=False)
    assert not choice.is_demo and choice.reason is ModeReason.DATABASE_CONFIGURED


def test_texts():
    assert BANNER_JA == "練習モード" and WATERMARK_JA == "見本"
