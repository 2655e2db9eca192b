"""Start a private pcscd with the vsmartcard vpcd virtual reader.

Used by the pcsc test tier, bench/card_read.py and trainers. pcscd is a
machine-wide singleton (its socket path is compiled in), so this refuses to
start when another live pcscd owns /run/pcscd. See test-infrastructure.md §2.
"""
from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from domain.errors import DomainError
from cardreader.errors import ServiceUnavailable
from cardreader.pcsc.pcsc_transport import list_readers

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PID_FILE = Path("/run/pcscd/pcscd.pid")
FRIENDLY_NAME = "Madoguchi VPCD"
_PR_SET_PDEATHSIG = 1
# Held for a private daemon's whole life, so that concurrent test sessions or
# benchmarks on one machine take turns instead of colliding on the singleton.
LOCK_FILE = Path(tempfile.gettempdir()) / "madoguchi-pcscd.lock"


class PcscdUnavailableError(DomainError):
    """pcscd or the vpcd driver is missing, or another pcscd is running
    (`data["why"]`, a technical sentence for IT staff)."""

    code = "pcscd_unavailable"

    def __init__(self, why: str) -> None:
        super().__init__(why=why)


def missing_components() -> str | None:
    if shutil.which("pcscd") is None and not Path("/usr/sbin/pcscd").exists():
        return "pcscd is not installed (apt install pcscd)"
    if not VPCD_DRIVER.exists():
        return "the vpcd driver is not installed (apt install vsmartcard-vpcd)"
    return None


def running_pcscd_pid() -> int | None:
    try:
        pid = int(PID_FILE.read_text().strip("\x00 \n"))  # pcscd writes "PID\n\0"
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def free_port_pair(host: str = "127.0.0.1") -> int:
    """A port P with P and P+1 both free (vpcd listens on one per slot)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind((host, 0))
            port = probe.getsockname()[1]
        if port >= 65535:
            continue
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("0.0.0.0", port))
                b.bind(("0.0.0.0", port + 1))
        except OSError:
            continue
        return port
    raise PcscdUnavailableError("no free port pair")


class PcscdProcess:
    def __init__(self, port: int, proc: subprocess.Popen | None, config_dir: Path, log_path: Path) -> None:
        self.port = port
        self.proc = proc
        self.config_dir = config_dir
        self.log_path = log_path
        self._lock = None
        self.reader = f"{FRIENDLY_NAME} 00 00"
        self.spare_reader = f"{FRIENDLY_NAME} 00 01"

    @classmethod
    def start(cls, work_dir: Path | None = None, port: int | None = None,
              timeout: float = 10.0, lock_timeout: float = 240.0, use_lock: bool = True) -> "PcscdProcess":
        """`use_lock=False` only when /run/pcscd is private to this process (own mount namespace)."""
        problem = missing_components()
        if problem:
            raise PcscdUnavailableError(problem)
        lock = _take_lock(lock_timeout) if use_lock else None
        try:
            pid = running_pcscd_pid()
            if pid is not None:
                raise PcscdUnavailableError(f"another pcscd (pid {pid}) is running; stop it first")
            daemon = cls._launch(work_dir, port, timeout)
        except BaseException:
            if lock is not None:
                lock.close()
            raise
        daemon._lock = lock
        return daemon

    @classmethod
    def _launch(cls, work_dir: Path | None, port: int | None, timeout: float) -> "PcscdProcess":
        work_dir = Path(work_dir or tempfile.mkdtemp(prefix="madoguchi-pcscd-"))
        config_dir = work_dir / "reader.conf.d"
        config_dir.mkdir(parents=True, exist_ok=True)
        port = port or free_port_pair()
        (config_dir / "vpcd").write_text(
            f'FRIENDLYNAME "{FRIENDLY_NAME}"\nDEVICENAME /dev/null:{port}\n'
            f"LIBPATH {VPCD_DRIVER}\nCHANNELID {port}\n")
        daemon = cls(port, None, config_dir, work_dir / "pcscd.log")
        daemon.restart(timeout)
        return daemon

    def restart(self, timeout: float = 10.0) -> None:
        """(Re)start the daemon with the same config and port; wait for the reader."""
        self.stop()
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(["pcscd", "--foreground", "--config", str(self.config_dir)],
                                         stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise PcscdUnavailableError(f"pcscd exited: {self.log_path.read_text(errors='replace')[-500:]}")
            try:
                # The reader must be served by OUR daemon, not a foreign one of the same name.
                if running_pcscd_pid() == self.proc.pid and self.reader in list_readers():
                    return
            except ServiceUnavailable:
                pass
            time.sleep(0.02)
        self.stop()
        raise PcscdUnavailableError("pcscd did not list the virtual reader in time")

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the daemon; the machine-wide lock stays held until `close()`."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def close(self) -> None:
        """Stop the daemon and let other sessions start theirs."""
        self.stop()
        lock, self._lock = getattr(self, "_lock", None), None
        if lock is not None:
            lock.close()


try:  # resolved here, in the parent: the forked child must not dlopen anything
    _prctl = ctypes.CDLL(None, use_errno=True).prctl
except (OSError, AttributeError):
    _prctl = None


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the starting process dies, even by
    SIGKILL, so a killed test session never leaves its pcscd behind."""
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _take_lock(timeout: float):
    handle = open(LOCK_FILE, "a")
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() > deadline:
                handle.close()
                raise PcscdUnavailableError("another Madoguchi test session or benchmark holds the "
                                            f"private pcscd ({LOCK_FILE})") from None
            time.sleep(0.2)
