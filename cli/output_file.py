"""Files a command writes (`--out`): checked before the work, written whole or not at all.

A packet PDF or an audit export holds personal data: it is written to a private (0600)
temporary file beside the target and renamed over it, so a full disk or an interrupted
run leaves no half-written file that looks complete. Device files (/dev/null, /dev/stdout)
are written directly. Faults become OutputUnwritable (exit 9) naming the path.
"""
from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from domain.errors import DomainError


class OutputUnwritable(DomainError):
    """An output cannot be written: `path` (as given), `errno` the system's error name."""

    code = "output_unwritable"
    details = ("missing_folder", "is_directory", "no_permission", "disk_full", "read_only",
               "bad_name", "stdout", "failed")


# errno names Windows lacks (EDQUOT) are looked up with a default: the table must import there
_EDQUOT = getattr(errno, "EDQUOT", -1)
DISK_FULL = (errno.ENOSPC, _EDQUOT, errno.EFBIG)
_BY_ERRNO = {
    errno.ENOENT: "missing_folder", errno.ENOTDIR: "missing_folder",
    errno.EISDIR: "is_directory",
    errno.EACCES: "no_permission", errno.EPERM: "no_permission",
    **{number: "disk_full" for number in DISK_FULL},
    errno.EROFS: "read_only",
    errno.ENAMETOOLONG: "bad_name", errno.EINVAL: "bad_name",  # EINVAL: Windows' <>:"|?*
}


def from_os_error(exc: OSError, path: str | os.PathLike | None) -> OutputUnwritable:
    detail = _BY_ERRNO.get(exc.errno or 0, "failed")
    return OutputUnwritable(detail, path=str(path or ""), errno=errno.errorcode.get(exc.errno or 0, ""))


def check_output_path(path: str | os.PathLike) -> Path:
    """Refuse before any work: a missing folder, a folder given as the file, no permission,
    a name the file system cannot take."""
    try:
        return _check(Path(path), path)
    except OSError as exc:  # a name too long, a component that is a file
        raise from_os_error(exc, path) from None


def _check(target: Path, path) -> Path:
    if target.is_dir():
        raise OutputUnwritable("is_directory", path=str(path))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputUnwritable("missing_folder", path=str(path))
    if target.exists() and not target.is_file():
        return target  # a device: writing tells
    from app.storage.database import on_read_only_medium

    if on_read_only_medium(folder):
        raise OutputUnwritable("read_only", path=str(path))
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OutputUnwritable("no_permission", path=str(path))
    return target


def write_output(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` completely, or leave what was there untouched."""
    target = check_output_path(path)
    try:
        if target.exists() and not stat.S_ISREG(target.stat().st_mode):
            with open(target, "wb") as fh:
                fh.write(data)
            return
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as exc:
        raise from_os_error(exc, path) from None
