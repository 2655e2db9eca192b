"""Whether a folder sits on a read-only medium. Plain os, no database driver: the private
output files (app.privacy.private_files) ask it too, and the window may import those."""
from __future__ import annotations

import os
from pathlib import Path


def on_read_only_medium(path: Path) -> bool:
    """A CD, a write-protected USB stick, a read-only mount (POSIX; elsewhere: False)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False
