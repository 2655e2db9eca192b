#!/usr/bin/env bash
# One command: set up, then run the whole test suite, including the tier that
# talks to a real pcscd + vpcd and a real PostgreSQL (started by the fixtures).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
export QT_QPA_PLATFORM=offscreen
# The PC/SC, PostgreSQL, Xvfb and CUPS tiers must run: a skip there is a failure.
export REQUIRE_PCSC=1 REQUIRE_POSTGRES=1 REQUIRE_XVFB=1 REQUIRE_CUPS=1
# Two workers (pytest-xdist; TEST_WORKERS=0 runs in this process): the tests that share a
# machine-wide resource stay on one worker (tests/conftest.py, xdist_group).
.venv/bin/python -m pytest -q -p no:cacheprovider -n "${TEST_WORKERS:-2}" --dist loadgroup "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "no tests were collected" >&2
  exit 1
fi
exit "$rc"
