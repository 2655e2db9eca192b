"""`card` subcommand: reader diagnostics and a full card read, without Qt.

    card readers    [--json]
    card pin-status [--reader NAME] [--json]
    card read       [--reader NAME] [--json] [--confirm-last-try] [--wait SECONDS]

Exit codes: 0 ok; 2 no reader / no card / card removed / PC/SC service down;
3 wrong PIN or badly formatted PIN (nothing sent); 4 PIN locked or last try
not confirmed; 5 not a My Number card; 6 card data invalid; 1 anything else.
With the global --demo the simulated reader holds a persona card (--persona).
"""
from __future__ import annotations

import getpass
import json
import logging
import sys
import time

from cardreader import (TRACE, CardError, CardSession, LastTryConfirmed, NoCard, PinLocked, PinNearlyLocked,
                        ReaderUnavailable, TracingTransport, check_pin_format, pick_reader)
from cli.argument_types import seconds_between
from cli.error_report import message_for, report

EXIT_OK = 0


def exit_code_for(error: CardError) -> int:
    """The documented exit code (module docstring), from the one error catalogue."""
    return message_for(error)[2]


class _PcscBackend:
    def __init__(self) -> None:
        from cardreader.pcsc import PcscStatusSource  # pyscard only when really used

        self.source = PcscStatusSource()

    def open(self, reader: str):
        from cardreader.pcsc import PcscTransport

        return PcscTransport(reader)


class _DemoBackend:
    def __init__(self, persona: str) -> None:
        from cardreader.simulator import SimulatedReader, card_for_persona

        self.source = SimulatedReader()
        self.source.insert(card_for_persona(persona))

    def open(self, reader: str):
        return self.source.open(reader)


def _backend(args):
    if getattr(args, "demo", False):
        return _DemoBackend(args.persona or "yamada-taro")
    return _PcscBackend()


def _emit(args, payload: dict, text: str) -> None:
    print(json.dumps(payload, ensure_ascii=False) if args.json else text)


def _fail(args, error: CardError) -> int:
    message, next_action, code = message_for(error)
    payload = {"error": error.code, "message": message, "next_action": next_action}
    if error.tries_left is not None:
        payload["tries_left"] = error.tries_left
    if args.json:
        print(json.dumps(payload, ensure_ascii=False))
    else:
        report(error)
    return code


def _open_session(args, backend, reader: str) -> CardSession:
    transport = backend.open(reader)
    if getattr(args, "trace_apdu", False):  # IT diagnostics: PIN masked, card data hidden
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        apdu_log = logging.getLogger("cardreader.apdu")
        apdu_log.addHandler(handler)
        apdu_log.setLevel(TRACE)
        transport = TracingTransport(transport, apdu_log)
    return CardSession(transport, reader)


def _choose_reader(backend, wanted: str | None, wait: float) -> str:
    """The named reader, or the one that holds a card, waiting up to `wait` seconds."""
    states = backend.source.snapshot()
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        if wanted is not None and wanted not in states:
            raise ReaderUnavailable("named", reader=wanted)
        if not states:
            raise ReaderUnavailable()
        chosen = wanted if wanted is not None and states[wanted] else (None if wanted else pick_reader(states))
        if chosen is not None:
            return chosen
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise NoCard()
        states = backend.source.poll(min(remaining, 0.5))


def _read_pin_from_stdin() -> str:
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def _cmd_readers(args) -> int:
    backend = _backend(args)
    try:
        states = backend.source.snapshot()
        if not states:
            raise ReaderUnavailable()
    except CardError as error:
        return _fail(args, error)
    finally:
        backend.source.close()
    readers = [{"name": name, "card_present": present} for name, present in sorted(states.items())]
    text = "\n".join(f"{r['name']}\t{'カードあり' if r['card_present'] else 'カードなし'}" for r in readers)
    _emit(args, {"readers": readers}, text)
    return EXIT_OK


def _cmd_pin_status(args) -> int:
    backend = _backend(args)
    try:
        reader = _choose_reader(backend, args.reader, args.wait)
        session = _open_session(args, backend, reader)
        try:
            tries = session.tries_left()
        finally:
            session.close()
    except CardError as error:
        return _fail(args, error)
    finally:
        backend.source.close()
    _emit(args, {"reader": reader, "tries_left": tries, "locked": tries == 0},
          f"{reader}: 暗証番号の残り回数 {tries} 回" + ("（ロック中）" if tries == 0 else ""))
    return EXIT_OK


def _cmd_read(args) -> int:
    backend = _backend(args)
    interactive = sys.stdin.isatty()
    try:
        reader = _choose_reader(backend, args.reader, args.wait)
        pin = None
        if not interactive:  # checked before any APDU: a bad PIN costs nothing
            pin = _read_pin_from_stdin()
            check_pin_format(pin)
        session = _open_session(args, backend, reader)
        try:
            tries = session.tries_left()
            if tries == 0:
                raise PinLocked()
            if tries == 1 and not args.confirm_last_try:
                raise PinNearlyLocked(1)
            if pin is None:
                pin = getpass.getpass(f"暗証番号（数字4桁、残り{tries}回）: ")
            token = LastTryConfirmed() if args.confirm_last_try else None
            result = session.read(pin, last_try=token)
        finally:
            pin = None
            session.close()
    except CardError as error:
        return _fail(args, error)
    finally:
        backend.source.close()
    data = result.as_dict()
    _emit(args, data, "\n".join(f"{key}: {value}" for key, value in data.items()))
    return EXIT_OK


def register(subparsers) -> None:
    card = subparsers.add_parser("card", help="カードリーダーの診断とマイナンバーカードの読み取り")
    card_sub = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)

    def common(p, reader: bool = True) -> None:
        p.add_argument("--json", action="store_true", help="JSON で出力")
        p.add_argument("--persona", default=None, help="--demo のとき模擬カードのペルソナ ID")
        if reader:
            p.add_argument("--reader", metavar="NAME", default=None, help="使うリーダー（既定: カードのあるリーダー）")
            p.add_argument("--wait", metavar="SECONDS", type=seconds_between(0, 3600), default=0.0,
                           help="カードが置かれるまで待つ秒数（0〜3600、既定 0）")
            p.add_argument("--trace-apdu", action="store_true",
                           help="APDU を標準エラーに出力（暗証番号は伏せ字、カードの内容は出しません）")

    readers = card_sub.add_parser("readers", help="リーダー一覧とカードの有無")
    common(readers, reader=False)
    readers.set_defaults(handler=_cmd_readers)
    status = card_sub.add_parser("pin-status", help="暗証番号の残り回数（回数は減りません）")
    common(status)
    status.set_defaults(handler=_cmd_pin_status)
    read = card_sub.add_parser("read", help="券面事項入力補助APを読む（暗証番号: 標準入力または入力欄）")
    common(read)
    read.add_argument("--confirm-last-try", action="store_true",
                      help="残り1回でも送信する（ご本人確認済みのときだけ）")
    read.set_defaults(handler=_cmd_read)
