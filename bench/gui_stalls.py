"""How long the counter window stops answering during a whole visit.

Plays one visit in the real window (offscreen Qt, the real composition on a demo database
with its synthetic residents, the real CardBridge over the card simulator): sign-in, the
Yamada family's 転入 (tests/journeys' FAMILY) from the card on the reader through the life
event, procedures and one correction on the review page, submit, a supervisor's approval at
this window (name and password), the packet saved as PDF, the card taken back, 次の受付へ.

A 10 ms heartbeat QTimer runs in the GUI thread the whole time; every gap between two beats
is time the window could not repaint or take a key. Printed: the longest gap (stall), the
p99 of the gaps, how many were over 50 ms, and the longest per step.

Two modes in one run (each in its own process, on its own fresh demo database):
  queued   the window as shipped: visit calls, sign-in and approval off the GUI thread
  inline   the baseline: the same calls run on the GUI thread (the runners' `inline` switch)

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_stalls.py            # both, and the ratio
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_stalls.py --mode inline

Goal: longest stall ≤ 50 ms. The machine's CPU is shared with other work: run it once, at
the end, and say so when recording figures (docs/benchmarks.md).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEARTBEAT_MS = 10
GOAL_MS = 50.0
CLERK = ("madoguchi", "renshu-madoguchi")
SUPERVISOR = ("shinsa", "renshu-shinsa")


class Heartbeat:
    """Beats every 10 ms in the GUI thread; each gap is recorded under the steps it spans."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._step = "start"
        self._during = [self._step]
        self.gaps: list[tuple[str, float]] = []
        self.cpu: list[float] = []   # the GUI thread's own CPU time within each gap
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)

    @property
    def step(self) -> str:
        return self._step

    @step.setter
    def step(self, name: str) -> None:
        # a call that blocks the GUI thread returns before the script moves on, so one gap
        # may span steps: it is recorded under each step it covered ("submit + approval")
        self._step = name
        self._during.append(name)

    def start(self) -> None:
        self._last, self._during = time.perf_counter(), [self._step]
        self._last_cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self._beat()
        self.timer.stop()

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        label = " + ".join(dict.fromkeys(self._during))
        self.gaps.append((label, (now - self._last) * 1000))
        self.cpu.append((cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu, self._during = now, cpu, [self._step]


class StallSampler:
    """`--stacks`: a watchdog thread samples the GUI thread's stack every 5 ms while the
    heartbeat is late (> 30 ms), and counts where it was (our frames only)."""

    def __init__(self, beat: Heartbeat) -> None:
        import collections
        import threading

        self.beat, self.counts = beat, collections.Counter()
        self._gui = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import traceback

        while not self._stop.wait(0.005):
            if (time.perf_counter() - self.beat._last) * 1000 < 30:
                continue
            frame = sys._current_frames().get(self._gui)
            if frame is None:
                continue
            ours = [f"{Path(f.filename).relative_to(ROOT)}:{f.lineno} {f.name}"
                    for f in traceback.extract_stack(frame)
                    if f.filename.startswith(str(ROOT)) and "/bench/" not in f.filename
                    and "/tests/" not in f.filename and ".venv" not in f.filename]
            self.counts[" < ".join(reversed(ours[-4:])) or "(Qt, outside our code)"] += 1

    def report(self, top: int = 15) -> None:
        print(f"  where the GUI thread was during late beats (5 ms samples):")
        for where, n in self.counts.most_common(top):
            print(f"    {n * 5:5d} ms  {where}")


def _set_inline(window, inline: bool) -> bool:
    """The baseline: every runner of the window (sign-in, visit operations, staff calls)
    with the `inline` switch runs its calls on the GUI thread. False: this code has none."""
    try:
        from widgets.background import BackgroundRunner
    except ImportError:
        return False
    runners = [r for r in window.findChildren(BackgroundRunner) if hasattr(r, "inline")]
    for runner in runners:
        runner.inline = inline
    return bool(runners)


def play(inline: bool, stacks: bool = False) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    import shiboken6

    app = QApplication.instance() or QApplication([])
    from widgets.application import CounterStartup, apply_font
    from widgets.main_window import MainWindow

    apply_font(app)
    from app.visit.workflow import VisitState
    from composition import build_counter_services
    from tests.journeys.driver import ClerkAtCounter
    from tests.journeys.test_clerk_journeys import FAMILY
    from bench.keystrokes import Bot

    bot = Bot(app)
    window = MainWindow(demo=True)
    startup = CounterStartup(app, window, lambda: build_counter_services(None, True))
    window.show()
    bot.waitExposed(window)
    window.activateWindow()
    bot.waitUntil(lambda: QApplication.activeWindow() is window)
    bot.waitUntil(lambda: window.sign_in_page.ready, timeout=300_000)   # demo database seeded
    switched = _set_inline(window, inline)
    beat = Heartbeat()
    beat.step = "sign-in (argon2)"
    beat.start()
    sampler = StallSampler(beat) if stacks else None
    if sampler is not None:
        sampler.start()
    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-stalls-"))
    try:
        page = window.sign_in_page
        bot.keyClicks(page.name_edit, CLERK[0])
        bot.keyClicks(page.password_edit, CLERK[1])
        bot.keyClick(page.password_edit, Qt.Key_Return)
        bot.waitUntil(lambda: window.controller is not None and getattr(startup, "counter_open", True)
                      and window.stack.currentWidget() is window.work, timeout=30_000)
        controller = window.controller
        switched = _set_inline(window, inline) or switched   # the counter's runners, now built
        clerk = ClerkAtCounter(bot, window)

        beat.step = "card and PIN"
        clerk.place_card(FAMILY.persona)
        clerk.enter_pin(FAMILY.pin)
        beat.step = "identification"
        clerk.identify(FAMILY.new_resident)
        beat.step = "life event"
        clerk.answer_event_page(FAMILY)
        clerk.next("ご用件の回答を確定")
        clerk.wait_state(VisitState.EVENT_ANSWERED)
        beat.step = "procedures"
        clerk.next("手続きを確定")
        clerk.wait_state(VisitState.PROCEDURES_CHOSEN)
        beat.step = "review"
        review = window.current_page()
        bot.waitUntil(lambda: _preview_shown(review), timeout=30_000)
        _correct_one_field(bot, window, review)
        clerk.next("申請書を確認")
        clerk.wait_state(VisitState.FORMS_REVIEWED)
        printing = window.current_page()
        if printing.submit_button.isEnabled():
            beat.step = "submit"
            bot.keyClick(printing, Qt.Key_U, Qt.AltModifier)
            clerk.wait_state(VisitState.SUBMITTED)
            beat.step = "approval (argon2)"
            bot.waitUntil(lambda: printing.approve_button.isVisible())
            bot.mouseClick(printing.approve_button, Qt.LeftButton)
            bot.waitUntil(lambda: getattr(window, "approval_dialog", None) is not None
                          and window.approval_dialog.isVisible())
            dialog = window.approval_dialog
            bot.keyClicks(dialog.name_edit, SUPERVISOR[0])
            bot.keyClicks(dialog.password_edit, SUPERVISOR[1])
            bot.mouseClick(dialog.sign_in_button, Qt.LeftButton)   # signs in; decides nothing
            review = dialog.review   # the supervisor reviews the forms, then approves
            bot.waitUntil(lambda: review.request is not None and review.approve_button.isEnabled(),
                          timeout=30_000)
            bot.mouseClick(review.approve_button, Qt.LeftButton)
            clerk.wait_state(VisitState.APPROVED, timeout=30_000)
            # the dialog closes (and is deleted) once the decision reaches the counter
            bot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
        beat.step = "print (packet as PDF)"
        printing.save_pdf_to(tmp / "packet.pdf")
        clerk.wait_state(VisitState.PRINTED, timeout=30_000)
        beat.step = "card back, next visit"
        bot.keyClick(window, Qt.Key_F6)
        bot.waitUntil(lambda: not controller.card_on_reader)
        bot.waitUntil(lambda: printing.next_visit_button.isEnabled())   # as a clerk sees it
        bot.mouseClick(printing.next_visit_button, Qt.LeftButton)
        bot.waitUntil(lambda: controller.visit is None and window.current_page() is window.pages[0])
        bot.waitUntil(lambda: not _busy(controller), timeout=30_000)
        beat.stop()
        if sampler is not None:
            sampler.stop()
            sampler.report()
    finally:
        if startup.card_bridge is not None:
            startup.card_bridge.stop()
        startup.runner.wait_idle()
        window.close()
        if startup.services is not None:
            startup.services.close()
    return {"mode": "inline" if inline else "queued", "switched": switched,
            "gaps": [g for _step, g in beat.gaps], "steps": [s for s, _g in beat.gaps],
            "cpu": beat.cpu}


def _preview_shown(review) -> bool:
    """The review page's form preview is on screen (PacketPreview; earlier code: a PNG)."""
    preview = getattr(review, "preview", None)
    if hasattr(preview, "page_count"):
        return preview.page_count > 0
    return getattr(review, "preview_png", None) is not None


def _busy(controller) -> bool:
    runner = getattr(controller, "runner", None)
    return bool(getattr(runner, "busy", False))


def _correct_one_field(bot, window, review) -> None:
    """The clerk corrects the filer's phone number in the draft table (the model's edit path, as
    the table's editor commits it) and waits for the saved visit to show it."""
    from PySide6.QtCore import Qt

    model = review.model
    for row in range(model.rowCount()):
        if model.field_key(row) == "filer_phone":
            before = window.controller.visit
            model.setData(model.index(row, model.VALUE), "090-0000-0199", Qt.EditRole)
            bot.waitUntil(lambda: window.controller.visit is not before, timeout=30_000)
            return
    raise AssertionError("no filer_phone on the first form of the review page")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def summary(result: dict) -> dict:
    gaps, steps, cpu = result["gaps"], result["steps"], result["cpu"]
    by_step: dict[str, list[float]] = {}   # step → [longest gap, GUI CPU in that gap, most GUI CPU]
    for step, gap, own in zip(steps, gaps, cpu):
        longest = by_step.setdefault(step, [0.0, 0.0, 0.0])
        if gap > longest[0]:
            longest[0], longest[1] = gap, own
        longest[2] = max(longest[2], own)
    return {"mode": result["mode"], "switched": result["switched"], "beats": len(gaps),
            "longest": max(gaps) if gaps else 0.0, "p99": percentile(gaps, 99),
            "over_goal": sum(1 for g in gaps if g > GOAL_MS), "by_step": by_step,
            "longest_cpu": max(cpu) if cpu else 0.0, "p99_cpu": percentile(cpu, 99)}


def run_child(mode: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="madoguchi-stalls-") as tmp:
        env = dict(os.environ, MADOGUCHI_DATA_DIR=str(Path(tmp) / "data"),
                   MADOGUCHI_CONFIG_DIR=str(Path(tmp) / "config"), QT_QPA_PLATFORM="offscreen")
        for name in ("MADOGUCHI_DB", "MADOGUCHI_KEY_FILE", "MADOGUCHI_AUDIT_KEY_FILE"):
            env.pop(name, None)
        out = subprocess.run([sys.executable, __file__, "--mode", mode, "--json"], cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=900)
        if out.returncode != 0:
            raise SystemExit(f"{mode} run failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])


def print_summary(s: dict) -> None:
    note = "" if s["switched"] else "   (this code has no inline switch: played as built)"
    print(f"  {s['mode']:7s} longest stall {s['longest']:7.1f} ms   p99 {s['p99']:5.1f} ms   "
          f"gaps > {GOAL_MS:.0f} ms: {s['over_goal']:3d}   beats {s['beats']}{note}")
    print(f"          GUI thread's own CPU in one gap: longest {s['longest_cpu']:6.1f} ms   "
          f"p99 {s['p99_cpu']:5.1f} ms")
    print("          by step: longest gap / GUI-thread CPU in that gap / most GUI-thread CPU in a gap")
    for step, (longest, own, most) in s["by_step"].items():
        print(f"            {longest:7.1f} / {own:6.1f} / {most:6.1f} ms  {step}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("queued", "inline"))
    parser.add_argument("--json", action="store_true", help="one line of JSON (used between runs)")
    parser.add_argument("--stacks", action="store_true",
                        help="with --mode: where the GUI thread was while the heartbeat was late")
    args = parser.parse_args()
    if args.mode:
        if "MADOGUCHI_DATA_DIR" not in os.environ:   # never the user's own data folders
            tmp = tempfile.mkdtemp(prefix="madoguchi-stalls-")
            os.environ["MADOGUCHI_DATA_DIR"] = str(Path(tmp) / "data")
            os.environ["MADOGUCHI_CONFIG_DIR"] = str(Path(tmp) / "config")
        s = summary(play(args.mode == "inline", stacks=args.stacks))
        if args.json:
            print(json.dumps(s, ensure_ascii=False))
        else:
            print_summary(s)
        return 0
    print(f"GUI stalls over one whole visit (heartbeat {HEARTBEAT_MS} ms; goal longest ≤ {GOAL_MS:.0f} ms)")
    baseline = run_child("inline")
    queued = run_child("queued")
    for s in (baseline, queued):
        print_summary(s)
    if baseline["switched"]:
        print(f"  longest stall, queued / inline: {queued['longest'] / baseline['longest']:.2f};"
              f"  p99: {queued['p99'] / max(baseline['p99'], 0.001):.2f}")
    return 0 if queued["longest"] <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
