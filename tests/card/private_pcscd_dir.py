"""Give this test process its own /run/pcscd (a private mount namespace, root only).

pcscd's socket path is compiled in, so one machine normally has one pcscd. As root
the pcsc tier moves the test process into a private mount namespace with an empty
tmpfs on /run/pcscd: our private pcscd and every client we start (pyscard, the CLI
subprocesses) then meet there, and neither a system pcscd nor another session's
daemon can collide with us. Where that is not possible (not root, other threads
already running) the caller falls back to the machine-wide lock.
"""
from __future__ import annotations

import ctypes
import os

_CLONE_NEWNS = 0x00020000
_MS_REC = 0x4000
_MS_PRIVATE = 1 << 18
_PCSCD_DIR = b"/run/pcscd"


def enter() -> int | None:
    """Enter the private namespace; return a handle for `leave`, or None if not possible."""
    if os.geteuid() != 0 or not os.path.exists("/proc/self/ns/mnt"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    original = os.open("/proc/self/ns/mnt", os.O_RDONLY)
    if libc.unshare(_CLONE_NEWNS) != 0:  # e.g. EINVAL when other threads share our fs context
        os.close(original)
        return None
    # Private propagation first, so the tmpfs below never shows up on the host.
    ok = libc.mount(b"none", b"/", None, _MS_REC | _MS_PRIVATE, None) == 0
    if ok:
        os.makedirs(_PCSCD_DIR, exist_ok=True)
        ok = libc.mount(b"tmpfs", _PCSCD_DIR, b"tmpfs", 0, b"mode=0755") == 0
    if not ok:
        leave(original)
        return None
    return original


def leave(original: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.setns(original, _CLONE_NEWNS)  # best effort: fails harmlessly if threads remain
    os.close(original)
