#!/usr/bin/env bash
# One command: set up, then start the counter application. With no reader and
# no database configured, main.py starts in demo mode on the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
