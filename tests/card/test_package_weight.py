"""The card layer's public API and the card CLI stay light: no pyscard, no Qt at import."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_public_api_and_cli_import_no_driver_or_qt():
    code = ("import sys, cardreader, cardreader.simulator, cli.card_command;"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('smartcard','PySide6','sqlalchemy')];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
