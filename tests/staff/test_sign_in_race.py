"""Sign-in failures are counted atomically: parallel wrong passwords from many counters
lose no count, so the lock-out threshold holds."""
import threading

from app.staff.errors import AccountLockedError, InvalidCredentialsError
from app.staff_services import StaffServices
from tests.staff.service_fixtures import CHEAP_HASHING

PARALLEL = 20


def test_parallel_wrong_passwords_are_all_counted(db_url, services, admin):
    services.office.set(admin, "login_lockout_threshold", 20)
    services.staff.add(admin, "tanaka", "clerk", "counter-pass-1")
    bundles = [StaffServices.open(db_url, hashing=CHEAP_HASHING, upgrade_schema=False)
               for _ in range(PARALLEL)]
    barrier = threading.Barrier(PARALLEL)
    outcomes, errors = [], []

    def attempt(bundle):
        barrier.wait()
        try:
            bundle.staff.authenticate("tanaka", "wrong-guess", "ws")
        except (InvalidCredentialsError, AccountLockedError) as exc:
            outcomes.append(type(exc).__name__)
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=attempt, args=(b,)) for b in bundles]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for b in bundles:
        b.close()
    assert errors == []
    assert len(outcomes) == PARALLEL
    from sqlalchemy import text
    with services.engine.connect() as conn:
        failures = conn.execute(text("SELECT failed_attempts FROM staff_accounts "
                                     "WHERE name = 'tanaka'")).scalar_one()
    assert failures == PARALLEL
    assert services.staff.get("tanaka").locked
    assert outcomes.count("AccountLockedError") >= 1
