"""Files that may hold personal data (packets with 個人番号, audit exports): created 0600
and written atomically, so no other account can read them and a killed write leaves no
half-written file under the chosen name.

Default names carry the date and the visit number, never a name or a My Number.
"""
from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Iterator

from app.privacy.my_number import contains_twelve_digit_run

PRIVATE_MODE = 0o600


@contextmanager
def private_output(path: str | Path, mode: str = "wb", **open_kwargs) -> Iterator[IO]:
    """Write `path` through a 0600 temporary file in the same folder, renamed into place
    on success (an existing file is replaced, and ends 0600 too)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".madoguchi-", suffix=".part", dir=folder)  # 0600
    try:
        with os.fdopen(fd, mode, **open_kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, PRIVATE_MODE)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def default_file_name(kind: str, day: date, visit_number: str = "", suffix: str = ".pdf") -> str:
    """e.g. 申請書_2026-11-22_V0042.pdf. `visit_number` is the counter's visit number or id;
    anything that is not a plain code, and any run of 12 digits, is left out."""
    label = _UNSAFE.sub("", visit_number or "")[:40]
    if contains_twelve_digit_run(label):
        label = ""
    parts = [kind, day.isoformat()] + ([label] if label else [])
    return "_".join(parts) + suffix
