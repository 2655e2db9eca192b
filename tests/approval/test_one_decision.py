"""One decision per request: supervisors racing on the same requests from their own
connections (separate engines, as separate counters are) never both win."""
import threading

from app.approval.machine import ApprovalRefusedError, ApprovalState
from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING

REQUESTS, RACERS = 6, 4


def _race(db_url, people, services, decide):
    for i in range(REQUESTS):
        services.approval.submit(people["clerk1"], f"race-{i}", {"forms": []})
    supervisors = [people["super1"], people["super2"]]
    bundles = [StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False)
               for _ in range(RACERS)]
    wins: dict[str, list[str]] = {f"race-{i}": [] for i in range(REQUESTS)}
    errors = []
    barrier = threading.Barrier(RACERS)
    lock = threading.Lock()

    def work(n):
        bundle, actor = bundles[n], supervisors[n % 2]
        for i in range(REQUESTS):
            barrier.wait()
            try:
                kind = decide(n)
                if kind == "approve":
                    bundle.approval.approve(actor, f"race-{i}")
                else:
                    bundle.approval.reject(actor, f"race-{i}", "差戻し")
                with lock:
                    wins[f"race-{i}"].append(kind)
            except ApprovalRefusedError:
                pass
            except Exception as exc:  # reported below
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(RACERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for b in bundles:
        b.close()
    assert errors == []
    return wins


def test_racing_approvers_decide_each_request_once(db_url, services, people):
    wins = _race(db_url, people, services, lambda n: "approve")
    assert {v: len(w) for v, w in wins.items()} == {v: 1 for v in wins}
    decisions = [e for e in services.audit.entries() if e.action in ("approved", "rejected")]
    assert len(decisions) == REQUESTS
    assert services.audit.verify().ok


def test_approvers_racing_rejecters_leave_one_final_state(db_url, services, people):
    wins = _race(db_url, people, services, lambda n: "approve" if n % 2 else "reject")
    assert {v: len(w) for v, w in wins.items()} == {v: 1 for v in wins}
    for visit_id, (kind,) in wins.items():
        state = services.approval.state_of(visit_id)
        assert state is (ApprovalState.APPROVED if kind == "approve" else ApprovalState.REJECTED)
        # the one print gate reads the stored state: a rejected request never prints
        assert services.approval.can_print_final(people["clerk1"], visit_id) is (kind == "approve")
