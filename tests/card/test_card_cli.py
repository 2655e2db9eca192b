"""`main.py card ...` end to end as a subprocess through pcscd + vpcd: every exit code
from the situation it names. Plus the same CLI in --demo mode (in-process simulator)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cardreader.simulator import card_for_persona

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, pin: str | None = None) -> tuple[int, dict]:
    env = dict(os.environ)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=pin, capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=60)
    return result.returncode, json.loads(result.stdout)


def verifies(card):
    return [a for a in card.apdu_log if a[1] == 0x20 and len(a) > 4]


@pytest.mark.pcsc
class TestThroughPcscd:
    def test_readers_and_pin_status(self, pcscd, slot):
        code, out = run_cli("card", "readers", "--json")
        assert code == 0 and {"name": pcscd.reader, "card_present": False} in out["readers"]
        card = slot.insert("fault-one-try-left")
        code, out = run_cli("card", "readers", "--json")
        assert {"name": pcscd.reader, "card_present": True} in out["readers"]
        code, out = run_cli("card", "pin-status", "--json")
        assert (code, out) == (0, {"reader": pcscd.reader, "tries_left": 1, "locked": False})
        assert card.tries_left == 1 and verifies(card) == []

    def test_read_ok(self, pcscd, slot):
        card = slot.insert("yamada-taro")
        code, out = run_cli("card", "read", "--json", pin="1234\n")
        assert code == 0
        assert out == {"reader": pcscd.reader, "my_number": "347195028613", "name": "山田　太郎",
                       "address": "架空県他見市本町三丁目４番５号",
                       "birth_date": "1988-05-14", "sex_code": "1", "sex": "男"}
        assert len(card.apdu_log) == 9

    def test_wrong_pin_exit_3(self, slot):
        card = slot.insert("ito-yumi")
        code, out = run_cli("card", "read", "--json", pin="1111\n")
        assert (code, out["error"], out["tries_left"]) == (3, "wrong_pin", 2)
        assert "暗証番号が違います" in out["message"] and card.tries_left == 2

    def test_bad_pin_format_exit_3_nothing_sent(self, slot):
        card = slot.insert("ito-yumi")
        code, out = run_cli("card", "read", "--json", pin="98x6\n")
        assert (code, out["error"]) == (3, "pin_format")
        assert card.apdu_log == [] and card.tries_left == 3

    def test_last_try_refused_exit_4_then_confirmed(self, slot):
        card = slot.insert("fault-one-try-left")
        code, out = run_cli("card", "read", "--json", pin="1111\n")
        assert (code, out["error"], out["tries_left"]) == (4, "pin_last_try", 1)
        assert verifies(card) == []
        code, out = run_cli("card", "read", "--json", "--confirm-last-try", pin="1111\n")
        assert code == 0 and out["name"] == "見本　試験" and card.tries_left == 3

    def test_locked_exit_4(self, slot):
        card = slot.insert("fault-pin-locked")
        code, out = run_cli("card", "read", "--json", "--confirm-last-try", pin="1111\n")
        assert (code, out["error"], out["tries_left"]) == (4, "pin_locked", 0)
        assert "初期化・再設定" in out["next_action"] and verifies(card) == []

    def test_not_my_number_exit_5(self, slot):
        slot.insert("fault-not-my-number")
        code, out = run_cli("card", "read", "--json", pin="1111\n")
        assert (code, out["error"]) == (5, "not_my_number_card")

    @pytest.mark.parametrize("persona", ["fault-bad-check-digit", "fault-malformed-tlv"])
    def test_card_data_invalid_exit_6(self, slot, persona):
        slot.insert(persona)
        code, out = run_cli("card", "read", "--json", pin="1111\n")
        assert (code, out["error"]) == (6, "card_data_invalid")
        assert "住民記録を検索" in out["next_action"]

    def test_no_card_and_unknown_reader_exit_2(self, pcscd):
        code, out = run_cli("card", "read", "--json", pin="1234\n")
        assert (code, out["error"]) == (2, "no_card")
        code, out = run_cli("card", "read", "--json", "--wait", "0.6", pin="1234\n")
        assert (code, out["error"]) == (2, "no_card")
        code, out = run_cli("card", "read", "--json", "--reader", "No Such Reader 00", pin="1234\n")
        assert (code, out["error"]) == (2, "reader_unavailable")

    def test_wait_for_card(self, pcscd, slot):
        card = card_for_persona("takahashi-kenji")
        env_cmd = [sys.executable, str(ROOT / "main.py"), "card", "read", "--json", "--wait", "10"]
        proc = subprocess.Popen(env_cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        slot.insert(card)
        out, _ = proc.communicate("7531\n", timeout=30)
        assert proc.returncode == 0 and json.loads(out)["name"] == "高橋　健二"

    def test_card_removed_mid_read_exit_2(self, slot):
        card = card_for_persona("suzuki-hana")
        card.faults.remove_after_apdus = 7
        slot.insert(card)
        code, out = run_cli("card", "read", "--json", pin="4321\n")
        assert (code, out["error"]) == (2, "card_removed")
        assert "置き直して" in out["next_action"] and card.tries_left == 3

    def test_other_failure_exit_1(self, slot):
        card = card_for_persona("takahashi-kenji")
        card.faults.lose_verification = True  # another program reset the card between VERIFY and READ
        slot.insert(card)
        code, out = run_cli("card", "read", "--json", pin="7531\n")
        assert (code, out["error"]) == (1, "apdu_error")
        assert "認証が完了していません" in out["message"]

    def test_service_down_exit_2(self, pcscd):
        pcscd.stop()
        try:
            for args in (("card", "readers", "--json"), ("card", "pin-status", "--json"),
                         ("card", "read", "--json")):
                code, out = run_cli(*args, pin="1234\n")
                assert (code, out["error"]) == (2, "service_unavailable"), args
        finally:
            pcscd.restart()


@pytest.mark.parametrize("persona, pin, extra, code, error", [
    ("yamada-taro", "1234\n", (), 0, None),
    ("yamada-taro", "0000\n", (), 3, "wrong_pin"),
    ("fault-pin-locked", "1111\n", (), 4, "pin_locked"),
    ("fault-one-try-left", "1111\n", (), 4, "pin_last_try"),
    ("fault-one-try-left", "1111\n", ("--confirm-last-try",), 0, None),
    ("fault-not-my-number", "1111\n", (), 5, "not_my_number_card"),
    ("fault-bad-check-digit", "1111\n", (), 6, "card_data_invalid"),
])
def test_demo_mode_in_process(persona, pin, extra, code, error, monkeypatch, capsys):
    import io

    import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(pin))
    assert main.main(["--demo", "card", "read", "--json", "--persona", persona, *extra]) == code
    out = json.loads(capsys.readouterr().out)
    assert out.get("error") == error


def test_trace_apdu_masks_pin_and_hides_card_data():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--demo", "card", "read", "--json",
                             "--trace-apdu", "--persona", "ito-yumi"], input="9876\n", capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    trace = result.stderr
    assert "> 00 20 00 80 04 ** ** ** **" in trace and "39 38 37 36" not in trace
    assert trace.count("bytes hidden") == 3 and "伊藤" not in trace
    assert json.loads(result.stdout)["name"] == "伊藤　由美"


class _Backend:
    """A reader backend with scripted snapshots (the CLI takes it as a parameter)."""

    def __init__(self, *snapshots):
        self.snapshots = list(snapshots)
        self.source = self

    def snapshot(self):
        return self.snapshots[0]

    def poll(self, timeout):
        if len(self.snapshots) > 1:
            self.snapshots.pop(0)
        return self.snapshots[0]


def test_reader_choice_and_exit_code_2_without_reader():
    from cli.card_command import _choose_reader, exit_code_for
    from cardreader.errors import NoCard, ReaderUnavailable

    with pytest.raises(ReaderUnavailable) as no_reader:
        _choose_reader(_Backend({}), None, 0)
    assert exit_code_for(no_reader.value) == 2
    with pytest.raises(NoCard):
        _choose_reader(_Backend({"A": False}), None, 0)
    assert _choose_reader(_Backend({"A": False, "B CL": True}), None, 0) == "B CL"
    assert _choose_reader(_Backend({"A": False}, {"A": True}), "A", 2) == "A"  # --wait
