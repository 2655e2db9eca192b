"""Many counters at once: N clerk processes and M supervisor processes doing whole visits
against one PostgreSQL (a throwaway cluster on loopback, tests/support/postgres_server.py)
and one SQLite file, through the real services (composition.build_counter_services:
VisitService with the records, forms, approval and audit services).

    .venv/bin/python bench/counters.py                        # N=50, M=5, both back ends
    .venv/bin/python bench/counters.py --clerks 8 --supervisors 3 --visits 2 --no-baseline

Each clerk signs in once, then for each visit: start, read the card (persona 鈴木ハナ),
confirm the resident, answer (住民票の写し), choose procedures, edit the number of copies
(a value unique to the visit), review, submit; then waits for the decision the way the window
will (ApprovalAdapter.unseen_decisions, polled), fixes and resubmits after a rejection, and
prints the final copy after approval. Supervisors all race for the oldest request in the
queue and approve it (or, for a first revision, reject it 30 % of the time). Every visit
needs approval (the office setting's exemptions are emptied for the run).

Prints p50/p99 per step (ms, in the process that did it) with the ratio to a 1-clerk,
1-supervisor run on the same back end in the same run, then the integrity counts:
  double decisions  requests decided twice without a resubmission in between
  lost drafts       visits whose stored draft lacks the clerk's last edit (or went missing)
  stuck visits      visits left 提出済み at the end, with or without a request
  chain ok          `audit verify` of the whole log
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CARD = dict(name="鈴木　ハナ", address="架空県見本市桜台三丁目４番５号", birth_date="1948-07-21",
            sex_code="2", my_number="501284376900")
ANSWERS = {"certificate.kind": "住民票の写し", "certificate.copies": "1",
           "certificate.scope": "本人のみ", "certificate.purpose": "就職"}
DRAFT, FIELD = "juminhyo_request", "copies"
PASSWORD = "bench-counter-pass"
CLERK_STEPS = ("sign_in", "start_visit", "card_read", "confirm_resident", "answer_event",
               "choose_procedures", "edit_draft", "review_forms", "submit", "decision_wait",
               "resubmit", "print")
SUPERVISOR_STEPS = ("queue", "decide")


# --- the child processes --------------------------------------------------------------
def _timed(steps: dict, name: str, call):
    started = time.perf_counter()
    result = call()
    steps.setdefault(name, []).append((time.perf_counter() - started) * 1000)
    return result


def run_clerk(url: str, index: int, visits: int, out: Path) -> None:
    from composition import build_counter_services
    from app.visit.model import CardReading
    from app.visit.workflow import VisitState

    card = CardReading(**CARD)
    counter = build_counter_services(url, demo=False, card_source=None)
    steps, expected, errors, printed = {}, {}, [], []
    try:
        identity = _timed(steps, "sign_in", lambda: counter.auth.authenticate(f"clerk{index:02d}",
                                                                             PASSWORD))
        counter.sign_in(identity)
        s, approval = counter.visit_service, counter.ports.approval
        for n in range(visits):
            try:
                visit = _timed(steps, "start_visit", lambda: s.start_visit(identity.staff_id))
                visit = _timed(steps, "card_read", lambda: s.apply_card_read(visit, card))
                visit = _timed(steps, "confirm_resident", lambda: s.confirm_resident(
                    visit, visit.candidates[0].resident_id))
                visit = _timed(steps, "answer_event", lambda: s.answer_event(
                    visit, "certificate", ANSWERS))
                visit = _timed(steps, "choose_procedures", lambda: s.choose_procedures(visit))
                copies = str(index * 100 + n + 2)
                visit = _timed(steps, "edit_draft", lambda: s.edit_draft(visit, DRAFT, FIELD, copies))
                expected[visit.visit_id] = copies
                visit = _timed(steps, "review_forms", lambda: s.review_forms(visit))
                visit = _timed(steps, "submit", lambda: s.submit(visit))
                while True:
                    started = time.perf_counter()
                    notice = _wait_for_decision(approval, visit.visit_id)
                    steps.setdefault("decision_wait", []).append((time.perf_counter() - started) * 1000)
                    if notice is None:
                        errors.append("decision_timeout")
                        break
                    visit = s.refresh_approval(visit)
                    approval.mark_seen(notice.visit_id, notice.revision)
                    if visit.state is VisitState.APPROVED:
                        visit = _timed(steps, "print", lambda: s.mark_printed(visit))
                        printed.append(visit.visit_id)
                        break
                    # rejected: fix what the comment asks for, resubmit
                    copies = str(int(copies) + 1000)
                    visit = s.edit_draft(visit, DRAFT, FIELD, copies)
                    expected[visit.visit_id] = copies
                    visit = s.review_forms(visit)
                    visit = _timed(steps, "resubmit", lambda: s.submit(visit))
            except Exception as exc:  # noqa: BLE001 — counted and reported by the parent
                errors.append(type(exc).__name__ + ":" + str(getattr(exc, "code", "")))
    finally:
        counter.close()
        out.write_text(json.dumps({"steps": steps, "expected": expected, "errors": errors,
                                   "printed": printed}))


def _wait_for_decision(approval, visit_id: str, timeout: float = 900.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for notice in approval.unseen_decisions():
            if notice.visit_id == visit_id:
                return notice
        time.sleep(0.25)
    return None


def run_supervisor(url: str, index: int, stop: Path, out: Path) -> None:
    from composition import build_counter_services
    from app.approval.machine import ApprovalRefusedError

    rng = random.Random(index)
    counter = build_counter_services(url, demo=False, card_source=None)
    steps, errors, lost_races, decisions = {}, [], 0, 0
    try:
        identity = counter.auth.authenticate(f"super{index:02d}", PASSWORD)
        counter.sign_in(identity)
        actor = counter.auth.actor_for(identity)
        approval = counter.staff.approval
        while not stop.exists():
            items = [i for i in _timed(steps, "queue", lambda: approval.queue(actor)) if i.can_decide]
            if not items:
                time.sleep(0.2)
                continue
            item = items[0]   # everyone goes for the oldest: the race the lock must win
            try:
                if item.revision == 1 and rng.random() < 0.3:
                    _timed(steps, "decide", lambda: approval.reject(actor, item.visit_id,
                                                                    "通数を確認してください"))
                else:
                    _timed(steps, "decide", lambda: approval.approve(actor, item.visit_id))
                decisions += 1
            except ApprovalRefusedError:
                lost_races += 1
            except Exception as exc:  # noqa: BLE001
                errors.append(type(exc).__name__ + ":" + str(getattr(exc, "code", "")))
    finally:
        counter.close()
        out.write_text(json.dumps({"steps": steps, "errors": errors, "lost_races": lost_races,
                                   "decisions": decisions}))


# --- the parent ---------------------------------------------------------------------------
def prepare(url: str, clerks: int, supervisors: int) -> None:
    """Schema, keys (as `db init`), the personas' residents, the staff, the office setting."""
    from app.privacy.key_setup import initialise_keys
    from app.staff_services import StaffServices
    from app.storage.database import make_engine
    from app.storage.migration_runner import upgrade
    from training.database import insert_persona_residents

    engine = make_engine(url)
    upgrade(engine)
    initialise_keys(engine)
    insert_persona_residents(engine)
    engine.dispose()
    services = StaffServices.open(url, upgrade_schema=False)
    try:
        services.staff.bootstrap_administrator("bench", "benchadmin", PASSWORD)
        admin = services.staff.authenticate("benchadmin", PASSWORD, "bench").actor
        for i in range(clerks):
            services.staff.add(admin, f"clerk{i:02d}", "clerk", PASSWORD)
        for i in range(supervisors):
            services.staff.add(admin, f"super{i:02d}", "supervisor", PASSWORD)
        services.office.set(admin, "approval_exempt_procedures", "")
    finally:
        services.close()


def _child_env(work: Path, name: str) -> dict:
    config = work / "config" / name
    config.mkdir(parents=True, exist_ok=True)
    (config / "workstation.json").write_text(json.dumps({"workstation_name": name},
                                                        ensure_ascii=False), encoding="utf-8")
    return {**os.environ, "MADOGUCHI_CONFIG_DIR": str(config), "PYTHONPATH": str(ROOT)}


def run_round(url: str, work: Path, clerks: int, supervisors: int, visits: int) -> dict:
    prepare(url, clerks, supervisors)
    results = work / "results"
    results.mkdir(parents=True, exist_ok=True)
    for old in results.glob("*.json"):
        old.unlink()
    stop = work / "stop"
    stop.unlink(missing_ok=True)
    me = [sys.executable, str(Path(__file__).resolve())]
    sups = [subprocess.Popen(me + ["--child", "supervisor", "--url", url, "--index", str(i),
                                   "--stop", str(stop), "--out", str(results / f"s{i}.json")],
                             env=_child_env(work, f"審査{i:02d}")) for i in range(supervisors)]
    started = time.perf_counter()
    clks = [subprocess.Popen(me + ["--child", "clerk", "--url", url, "--index", str(i),
                                   "--visits", str(visits), "--out", str(results / f"c{i}.json")],
                             env=_child_env(work, f"窓口{i:02d}")) for i in range(clerks)]
    for p in clks:
        p.wait()
    elapsed = time.perf_counter() - started
    stop.touch()
    for p in sups:
        p.wait()
    merged = {"steps": {}, "expected": {}, "errors": [], "printed": [], "lost_races": 0,
              "decisions": 0, "seconds": elapsed, "exit_codes": [p.returncode for p in clks + sups]}
    for path in sorted(results.glob("*.json")):
        data = json.loads(path.read_text())
        for step, times in data["steps"].items():
            merged["steps"].setdefault(step, []).extend(times)
        merged["expected"].update(data.get("expected", {}))
        merged["errors"] += data["errors"]
        merged["printed"] += data.get("printed", [])
        merged["lost_races"] += data.get("lost_races", 0)
        merged["decisions"] += data.get("decisions", 0)
    merged["missing_results"] = clerks + supervisors - len(list(results.glob("*.json")))
    merged.update(integrity(url, merged["expected"]))
    return merged


def integrity(url: str, expected: dict) -> dict:
    from sqlalchemy import select, text

    from app.staff_services import StaffServices
    from app.visit.repository import VisitNotFoundError, VisitRepository
    from app.visit.staff_adapter import MyNumberTextCipher
    from app.storage.tables.approval import ApprovalEventRow

    services = StaffServices.open(url, upgrade_schema=False)
    try:
        with services.sessions() as session:
            events = session.execute(select(ApprovalEventRow.visit_id, ApprovalEventRow.transition)
                                     .order_by(ApprovalEventRow.visit_id, ApprovalEventRow.id)).all()
            stuck = session.execute(text("SELECT count(*) FROM visits WHERE state = 'submitted'")
                                    ).scalar_one()
            waiting = session.execute(text("SELECT count(*) FROM approval_requests "
                                           "WHERE state = 'submitted'")).scalar_one()
            unapproved_prints = session.execute(text(
                "SELECT count(*) FROM visits v LEFT JOIN approval_requests a ON a.visit_id = v.id "
                "WHERE v.state = 'printed' AND (a.state IS NULL OR a.state <> 'approved')")).scalar_one()
        double, last_visit, open_decisions = 0, None, 0
        for visit_id, transition in events:
            if visit_id != last_visit:
                last_visit, open_decisions = visit_id, 0
            if transition in ("submit", "resubmit"):
                open_decisions = 0
            else:
                open_decisions += 1
                double += open_decisions > 1
        repo = VisitRepository(services.sessions, cipher=MyNumberTextCipher(services.keys.cipher()))
        lost = 0
        for visit_id, copies in expected.items():
            try:
                stored = repo.get(visit_id).draft(DRAFT).get(FIELD)
            except (VisitNotFoundError, KeyError):
                stored = None
            lost += str(stored) != copies
        chain = services.audit.verify()
        audit_decisions = len(services.audit.entries(action="approved")) + \
            len(services.audit.entries(action="rejected"))
    finally:
        services.close()
    return {"double_decisions": double, "lost_drafts": lost, "stuck_visits": stuck + waiting,
            "chain_ok": chain.ok, "chain_entries": chain.entries_checked,
            "unapproved_prints": unapproved_prints, "audited_decisions": audit_decisions,
            "event_decisions": sum(1 for _, t in events if t in ("approve", "reject"))}


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(backend: str, clerks: int, supervisors: int, visits: int, run: dict,
           base: dict | None) -> None:
    print(f"\n== {backend}: {clerks} clerks, {supervisors} supervisors, {visits} visits each "
          f"({len(run['expected'])} visits, {run['seconds']:.1f} s wall)")
    header = f"{'step':<18}{'n':>6}{'p50 ms':>10}{'p99 ms':>10}"
    print(header + ("   ×p50 vs 1+1   ×p99 vs 1+1" if base else ""))
    for step in CLERK_STEPS + SUPERVISOR_STEPS:
        times = run["steps"].get(step, [])
        if not times:
            continue
        p50, p99 = _pct(times, 0.5), _pct(times, 0.99)
        line = f"{step:<18}{len(times):>6}{p50:>10.1f}{p99:>10.1f}"
        if base and base["steps"].get(step):
            b50, b99 = _pct(base["steps"][step], 0.5), _pct(base["steps"][step], 0.99)
            line += f"   {p50 / b50:>10.1f}   {p99 / b99:>10.1f}"
        print(line)
    print(f"decisions {run['decisions']} (lost races {run['lost_races']}), printed "
          f"{len(run['printed'])}, audit entries {run['chain_entries']}, "
          f"errors {len(run['errors'])}{' ' + str(sorted(set(run['errors']))) if run['errors'] else ''}")
    print(f"printed without approval: {run['unapproved_prints']}, decisions audited/recorded: "
          f"{run['audited_decisions']}/{run['event_decisions']}, missing results: "
          f"{run['missing_results']}")
    print(f"completed visits: {len(run['printed'])}/{clerks * visits}")
    print(f"double decisions: {run['double_decisions']}")
    print(f"lost drafts: {run['lost_drafts']}")
    print(f"stuck visits: {run['stuck_visits']}")
    print(f"chain ok: {'yes' if run['chain_ok'] else 'no'}")


def _postgres(work: Path, connections: int):
    from tests.support.postgres_server import PostgresServer, postgres_bindir

    if postgres_bindir() is None:
        print("PostgreSQL server binaries not installed: skipping PostgreSQL", file=sys.stderr)
        return None
    server = PostgresServer.start()
    # Every counter process keeps a connection or two: raise the ceiling, then restart.
    url = server.url.replace("+psycopg", "")
    import psycopg

    with psycopg.connect(url.replace("postgresql://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f"ALTER SYSTEM SET max_connections = {connections}")
    subprocess.run(server._as_pg() + [f"{server.bindir}/pg_ctl", "-D", f"{server.root}/data", "-w",
                                      "-m", "fast", "restart"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return server


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clerks", type=int, default=50)
    parser.add_argument("--supervisors", type=int, default=5)
    parser.add_argument("--visits", type=int, default=3, help="visits per clerk")
    parser.add_argument("--backends", default="postgres,sqlite")
    parser.add_argument("--no-baseline", action="store_true", help="skip the 1+1 run")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--child", choices=("clerk", "supervisor"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--index", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--stop", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "clerk":
        run_clerk(args.url, args.index, args.visits, args.out)
        return 0
    if args.child == "supervisor":
        run_supervisor(args.url, args.index, args.stop, args.out)
        return 0

    work = args.work or Path(tempfile.mkdtemp(prefix="madoguchi-counters-"))
    os.environ["MADOGUCHI_DATA_DIR"] = str(work / "data")
    os.environ["MADOGUCHI_CONFIG_DIR"] = str(work / "config" / "parent")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start; "
          f"work dir {work}")
    failures = 0
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        server = None
        rounds = [] if args.no_baseline else [("baseline", 1, 1, args.visits)]
        rounds.append(("run", args.clerks, args.supervisors, args.visits))
        base = None
        try:
            if backend == "postgres":
                server = _postgres(work, 4 * (args.clerks + args.supervisors) + 20)
                if server is None:
                    continue
            for label, clerks, sups, visits in rounds:
                if backend == "postgres":
                    url = server.create_database(f"counters_{label}")
                else:
                    url = f"sqlite:///{work / f'counters-{label}.sqlite3'}"
                result = run_round(url, work / f"{backend}-{label}", clerks, sups, visits)
                if label == "baseline":
                    base = result
                    continue
                report("PostgreSQL" if backend == "postgres" else "SQLite", clerks, sups, visits,
                       result, base)
                failures += bool(result["double_decisions"] or result["lost_drafts"]
                                 or result["stuck_visits"] or not result["chain_ok"]
                                 or result["missing_results"] or result["errors"]
                                 or len(result["printed"]) != clerks * visits)
        finally:
            if server is not None:
                server.stop()
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end (2 shared cores: other work ran too)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
