"""Files that may hold personal data are created 0600, written whole or not at all, and
their default names carry the date and the visit number — never a My Number."""
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.privacy.private_files import default_file_name, private_output

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_packet_pdf_is_private_even_under_a_loose_umask(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "packet.pdf"
    out.write_bytes(b"old world-readable file")
    os.chmod(out, 0o644)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "packet", "--scenario",
                             str(ROOT / "docs" / "examples" / "move-in-family-of-four.json"),
                             "--out", str(out)], capture_output=True, text=True, cwd=ROOT,
                            env=os.environ.copy(), timeout=240,
                            preexec_fn=lambda: os.umask(0o002))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and _mode(out) == 0o600
    assert [p.name for p in folder.iterdir()] == ["packet.pdf"]   # no temporary left


def test_a_failed_write_leaves_neither_a_partial_file_nor_a_temporary(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "export.csv"
    with pytest.raises(RuntimeError):
        with private_output(out, "w", encoding="utf-8") as fh:
            fh.write("seq,action\n1,card_read\n")
            raise RuntimeError("killed half-way")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("visit,expected", [
    ("V0042", "申請書_2026-11-22_V0042.pdf"),
    ("123456789018", "申請書_2026-11-22.pdf"),            # a My Number is never a file name
    ("1234-5678-9018", "申請書_2026-11-22.pdf"),
    ("../etc/passwd", "申請書_2026-11-22_etcpasswd.pdf"),
    ("", "申請書_2026-11-22.pdf"),
])
def test_default_names_carry_date_and_visit_number_only(visit, expected):
    assert default_file_name("申請書", date(2026, 11, 22), visit) == expected
