"""Benchmark: a full card read through our stack vs a bare pyscard replay.

Starts its own pcscd with the vpcd virtual reader (like the test fixture),
serves a persona card from a separate process (`python -m
cardreader.simulator.vpcd_card`), then times, on the same simulated card:

  ours  : PcscTransport + CardSession.read (PIN safety, TLV-driven reads, parsing)
  bare  : the same APDU sequence replayed with smartcard.scard.SCardTransmit

each including connect and unpowering disconnect, and also the APDU exchange
alone. Prints the APDU count, medians and the overhead ratio (target ≤ 1.10).

    .venv/bin/python bench/card_read.py [--rounds 200] [--persona yamada-taro]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smartcard import scard as sc  # noqa: E402

from cardreader import CardSession  # noqa: E402
from cardreader.pcsc import PcscStatusSource, PcscTransport  # noqa: E402
from cardreader.pcsc.pcscd_process import PcscdProcess, PcscdUnavailableError  # noqa: E402
from cardreader.simulator import load_persona  # noqa: E402
from tests.card import private_pcscd_dir  # noqa: E402


class RecordingTransport:
    def __init__(self, inner):
        self.inner, self.apdus, self.exclusive = inner, [], inner.exclusive

    def transmit(self, apdu):
        self.apdus.append(bytes(apdu))
        return self.inner.transmit(apdu)

    def close(self):
        self.inner.close()


def ours(reader: str, pin: str) -> tuple[float, float, float, float]:
    t0 = time.perf_counter()
    session = CardSession(PcscTransport(reader), reader)
    t1 = time.perf_counter()
    session.read(pin)
    t2 = time.perf_counter()
    session.close()
    t3 = time.perf_counter()
    return t3 - t0, t2 - t1, t1 - t0, t3 - t2


def bare(reader: str, apdus: list[list[int]]) -> tuple[float, float]:
    t0 = time.perf_counter()
    _, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
    _, card, _ = sc.SCardConnect(context, reader, sc.SCARD_SHARE_EXCLUSIVE,
                               sc.SCARD_PROTOCOL_T0 | sc.SCARD_PROTOCOL_T1)  # same connect as ours
    t1 = time.perf_counter()
    for apdu in apdus:
        hresult, response = sc.SCardTransmit(card, sc.SCARD_PCI_T1, apdu)
        assert hresult == 0 and response[-2:] in ([0x90, 0x00], [0x63, 0xC3]), response[-2:]
    t2 = time.perf_counter()
    sc.SCardDisconnect(card, sc.SCARD_UNPOWER_CARD)
    sc.SCardReleaseContext(context)
    t3 = time.perf_counter()
    return t3 - t0, t2 - t1, t1 - t0, t3 - t2


def wait_present(reader: str, timeout: float = 10.0) -> None:
    source = PcscStatusSource()
    deadline = time.monotonic() + timeout
    try:
        while not source.snapshot().get(reader):
            if time.monotonic() > deadline:
                raise SystemExit("the simulated card never appeared")
            time.sleep(0.05)
    finally:
        source.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--persona", default="yamada-taro")
    parser.add_argument("--card-delay-ms", type=float, default=0.0,
                        help="card response time per APDU (0 = the simulator's own speed, the worst case "
                             "for the ratio; a real contact card needs milliseconds per APDU)")
    args = parser.parse_args()
    pin = load_persona(args.persona)["card"]["pin"]
    private = private_pcscd_dir.enter()  # as root: own /run/pcscd, nothing else can interfere
    try:
        daemon = PcscdProcess.start(use_lock=private is None)
    except PcscdUnavailableError as exc:
        print(f"cannot run: {exc}", file=sys.stderr)
        return 2
    card = subprocess.Popen([sys.executable, "-m", "cardreader.simulator.vpcd_card", "--persona", args.persona,
                             "--port", str(daemon.port), "--delay-ms", str(args.card_delay_ms)],
                            cwd=ROOT, stdout=subprocess.DEVNULL)
    try:
        wait_present(daemon.reader)
        recorder = RecordingTransport(PcscTransport(daemon.reader))
        session = CardSession(recorder, daemon.reader)
        session.read(pin)
        session.close()
        apdus = [list(a) for a in recorder.apdus]
        for _ in range(10):  # warm up both paths
            ours(daemon.reader, pin)
            bare(daemon.reader, apdus)
        results = {"ours": [], "bare": []}
        for i in range(args.rounds):  # interleaved, order alternating, so drift hits both equally
            if i % 2:
                results["ours"].append(ours(daemon.reader, pin))
                results["bare"].append(bare(daemon.reader, apdus))
            else:
                results["bare"].append(bare(daemon.reader, apdus))
                results["ours"].append(ours(daemon.reader, pin))
    finally:
        card.terminate()
        card.wait(5)
        daemon.close()
    med = {k: [statistics.median(t[i] for t in v) for i in range(4)] for k, v in results.items()}
    print(f"persona {args.persona}, {args.rounds} rounds, card served by a separate process through pcscd + vpcd, "
          f"card delay {args.card_delay_ms:g} ms/APDU")
    print(f"APDUs per full read: {len(apdus)} (card reference §3.2 sequence: 9 for a basic-4 EF ≤ 262 bytes)")
    print(f"{'':38}{'ours':>10}{'bare':>10}{'ratio':>8}")
    for i, label in ((0, "full: connect+read+unpower"), (1, "APDU exchange only"), (2, "connect"), (3, "disconnect")):
        o, b = med["ours"][i] * 1000, med["bare"][i] * 1000
        print(f"{label + ' (median ms)':38}{o:10.3f}{b:10.3f}{o / b:8.3f}")
    # Each round runs ours and bare back to back, so the median of per-round ratios
    # is less sensitive to other load on the machine than the ratio of medians.
    paired = statistics.median(o[0] / b[0] for o, b in zip(results["ours"], results["bare"]))
    ratio = med["ours"][0] / med["bare"][0]
    print(f"overhead ratio (full, ratio of medians): {ratio:.3f}")
    print(f"overhead ratio (full, median of per-round ratios): {paired:.3f}  "
          f"target ≤ 1.10: {'met' if paired <= 1.10 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
