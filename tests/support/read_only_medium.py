"""A file on a read-only medium, for the tests of reading from a CD or a write-protected stick.

As root (who ignores permission bits) a small tmpfs is mounted, filled and remounted
read-only — a real read-only file system, EROFS on every write. Without root, a folder and
file without write permission do the same for the process.
"""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def _mount(folder: Path) -> bool:
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m,mode=0755", "tmpfs", str(folder)],
                            capture_output=True)
    return result.returncode == 0


@contextmanager
def read_only_copy(source: Path, folder: Path) -> Iterator[Path]:
    """`source` copied into `folder` (created), which then cannot be written."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    if os.geteuid() == 0:
        if not _mount(folder):
            pytest.skip("running as root without permission to mount a tmpfs: cannot make a read-only medium")
        try:
            shutil.copy2(source, target)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
            yield target
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        return
    shutil.copy2(source, target)
    os.chmod(target, stat.S_IRUSR)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield target
    finally:
        os.chmod(folder, stat.S_IRWXU)
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)
