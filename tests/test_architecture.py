"""The package boundaries in pyproject.toml ([tool.importlinter]) hold."""
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # every contract in pyproject.toml was checked (none skipped or mistyped)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    count = len(config["tool"]["importlinter"]["contracts"])
    assert "0 broken" in result.stdout and f"Contracts: {count} kept" in result.stdout


def test_cli_does_not_import_qt():
    code = ("import sys; from cli.parser import build_parser; build_parser();"
            "bad=[m for m in sys.modules if m.startswith('PySide6') or m.startswith('widgets')];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
