"""Files that may hold personal data (packets with 個人番号, audit exports, `--out` of any
command): checked before the work, created 0600 and written whole or not at all.

Written to a private temporary file beside the target and renamed over it, so no other
account can read them and a full disk or a killed write leaves no half-written file that
looks complete. Device files (/dev/null, /dev/stdout) are written directly. Faults become
OutputUnwritable (exit 9) naming the path.

Default names carry the date and the visit number, never a name or a My Number.
"""
from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Iterator

from app.privacy.my_number import contains_twelve_digit_run
from domain.errors import DomainError

PRIVATE_MODE = 0o600


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
    from app.storage.medium import on_read_only_medium

    if on_read_only_medium(folder):
        raise OutputUnwritable("read_only", path=str(path))
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OutputUnwritable("no_permission", path=str(path))
    return target


@contextmanager
def private_output(path: str | os.PathLike, mode: str = "wb", **open_kwargs) -> Iterator[IO]:
    """Write `path` through a 0600 temporary file in the same folder, renamed into place
    on success (an existing file is replaced, and ends 0600 too). OS faults → OutputUnwritable."""
    target = check_output_path(path)
    try:
        if target.exists() and not stat.S_ISREG(target.stat().st_mode):
            with open(target, mode, **open_kwargs) as fh:  # a device: nothing to rename
                yield fh
            return
        fd, temporary = tempfile.mkstemp(prefix=".madoguchi-", suffix=".part", dir=target.parent or ".")
        try:
            with os.fdopen(fd, mode, **open_kwargs) as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(temporary, PRIVATE_MODE)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as exc:
        raise from_os_error(exc, path) from None


def write_output(path: str | os.PathLike, data: bytes | str) -> None:
    """Write `data` (text as UTF-8) to `path` completely, or leave what was there untouched."""
    with private_output(path, "wb") as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def default_file_name(kind: str, day: date, visit_number: str = "", suffix: str = ".pdf") -> str:
    """e.g. 申請書_2026-11-22_V0042.pdf. `visit_number` is the counter's visit number or id;
    anything that is not a plain code, and any run of 12 digits, is left out."""
    label = _UNSAFE.sub("", visit_number or "")[:40]
    if contains_twelve_digit_run(label):
        label = ""
    parts = [kind, day.isoformat()] + ([label] if label else [])
    return "_".join(parts) + suffix
