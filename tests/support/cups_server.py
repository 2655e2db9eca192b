"""A private CUPS server with a cups-pdf queue, started and stopped by the printing tests.

Nothing outside one temporary folder is touched: cupsd listens only on a unix socket in
that folder (no TCP, so no address at all), keeps its spool, cache, state and logs there,
and runs in a private mount namespace (`unshare --mount`) where the folder's `etc` is bound
over /etc/cups, because the cups-pdf backend reads its configuration from the compiled-in
/etc/cups and nowhere else. The bind mount is seen by cupsd and its children only and
vanishes with them. Clients reach the server through CUPS_SERVER=<socket>; call
`isolate_from_system_cups()` before anything in the process asks libcups for printers
(libcups remembers the server per thread).

Needs root (cups-pdf runs as root, and so does the namespace), cupsd, the cups-pdf backend
and its PPD: `apt install cups printer-driver-cups-pdf` (scripts/setup.sh).
"""
from __future__ import annotations

import grp
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
SOCKET_NAME = "cups.sock"

# cups-pdf's own Ghostscript call, except that images keep their resolution: its default
# (/prepress) brings anything above 450 dpi down to 300, and the tests check what was sent.
GS_CALL = ('%s -q -dCompatibilityLevel=%s -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite '
           '-sOutputFile="%s" -dAutoRotatePages=/PageByPage -dAutoFilterColorImages=false '
           '-dColorImageFilter=/FlateEncode -dPDFSETTINGS=/prepress '
           '-dDownsampleColorImages=false -dDownsampleGrayImages=false '
           '-dDownsampleMonoImages=false -c -f %s')


def private_socket_path() -> Path:
    """Where this test process's cupsd will listen (decided before it starts)."""
    return Path(tempfile.gettempdir()) / f"madoguchi-cups-{os.getpid()}" / SOCKET_NAME


def _remove_folders_of_dead_runs() -> None:
    """A test run killed before its teardown leaves its folder (and, were cupsd killed
    with it, nothing else): removed by the next run once that process is gone."""
    for folder in Path(tempfile.gettempdir()).glob("madoguchi-cups-*"):
        pid = folder.name.rsplit("-", 1)[1]
        if pid.isdigit() and int(pid) != os.getpid() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(folder, ignore_errors=True)


def isolate_from_system_cups() -> Path:
    """Point libcups (Qt's print support, lp, lpstat) at the private server for the whole
    test run: tests never see, or print on, the machine's real printers."""
    socket = private_socket_path()
    os.environ["CUPS_SERVER"] = str(socket)
    return socket


def why_cups_cannot_run() -> str | None:
    """None when a private cupsd with a cups-pdf queue can run here, else the reason."""
    if os.geteuid() != 0:
        return "needs root: the cups-pdf backend and the mount namespace run as root"
    for path in (CUPSD, BACKEND, PPD):
        if not Path(path).exists():
            return f"{path} missing (apt install cups printer-driver-cups-pdf)"
    for tool in ("unshare", "mount", "lpadmin", "lpstat"):
        if shutil.which(tool) is None:
            return f"{tool} not found"
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        return f"cannot make a private mount namespace: {probe.stderr.strip()}"
    return None


@dataclass
class CupsServer:
    root: Path
    process: subprocess.Popen
    queue: str = "MadoguchiPDF"

    @property
    def socket(self) -> Path:
        return self.root / SOCKET_NAME

    @property
    def out(self) -> Path:
        """Where cups-pdf writes each job's PDF."""
        return self.root / "out"

    @classmethod
    def start(cls, timeout: float = 15.0) -> "CupsServer":
        _remove_folders_of_dead_runs()
        socket = private_socket_path()
        root = socket.parent
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(mode=0o711)
        os.chmod(root, 0o711)          # lp (the filters' user) must pass through
        lp = grp.getgrnam("lp").gr_gid
        etc = root / "etc"
        for name, mode, group in (("etc", 0o755, 0), ("etc/ppd", 0o755, 0), ("spool", 0o710, lp),
                                  ("spool/tmp", 0o1770, lp), ("cache", 0o770, lp),
                                  ("state", 0o755, lp), ("log", 0o755, 0), ("out", 0o700, 0),
                                  ("cups-pdf-spool", 0o755, 0)):
            path = root / name
            path.mkdir()
            os.chown(path, 0, group)
            os.chmod(path, mode)
        (etc / "cups-files.conf").write_text(f"""\
ServerRoot {etc}
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
Printcap {root}/state/printcap
ServerBin /usr/lib/cups
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
User lp
Group lp
SystemGroup root
FileDevice No
Sandboxing Relaxed
""")
        (etc / "cupsd.conf").write_text(f"""\
LogLevel info
Listen {socket}
Browsing No
DefaultShared No
WebInterface No
PreserveJobFiles No
<Location />
  Order allow,deny
  Allow localhost
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
        (etc / "cups-pdf.conf").write_text(f"""\
Out {root}/out
AnonDirName {root}/out
Spool {root}/cups-pdf-spool
Log {root}/log
Grp root
GSCall {GS_CALL}
""")
        log = open(root / "log" / "cupsd.out", "wb")
        script = 'mount --bind "$1" /etc/cups && exec "$2" -f -c "$1/cupsd.conf" -s "$1/cups-files.conf"'
        process = subprocess.Popen(["unshare", "--mount", "--propagation", "private", "--",
                                    "sh", "-c", script, "sh", str(etc), CUPSD],
                                   stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        server = cls(root=root, process=process)
        deadline = time.monotonic() + timeout
        while not server._answers():
            if process.poll() is not None or time.monotonic() > deadline:
                server.stop()
                raise RuntimeError("cupsd did not start: " + server.log_tail())
            time.sleep(0.05)
        server._lp("lpadmin", "-p", server.queue, "-v", "cups-pdf:/", "-E", "-P", str(PPD))
        return server

    def _answers(self) -> bool:
        if not self.socket.exists():
            return False
        return subprocess.run(["lpstat", "-h", str(self.socket), "-r"], capture_output=True,
                              text=True).stdout.strip() == "scheduler is running"

    def _lp(self, tool: str, *args: str) -> str:
        result = subprocess.run([tool, "-h", str(self.socket), *args], capture_output=True,
                                text=True, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"{tool} failed: {result.stderr.strip()}")
        return result.stdout

    def jobs(self, which: str) -> list[str]:
        """Job ids on the queue: `which` is "completed" or "not-completed"."""
        out = self._lp("lpstat", "-W", which, "-o", self.queue)
        return [line.split()[0] for line in out.splitlines() if line.strip()]

    def wait_for_completed(self, count: int, timeout: float = 120.0) -> list[Path]:
        """Poll (no fixed sleeps) until `count` jobs are completed and none is pending, then
        return cups-pdf's output files, oldest first."""
        deadline = time.monotonic() + timeout
        while True:
            done, pending = self.jobs("completed"), self.jobs("not-completed")
            if len(done) >= count and not pending:
                files = sorted(self.out.rglob("*.pdf"), key=lambda p: p.stat().st_mtime)
                if len(files) >= count and all(f.stat().st_size > 0 for f in files):
                    return files
            if self.process.poll() is not None:
                raise RuntimeError("cupsd stopped: " + self.log_tail())
            if time.monotonic() > deadline:
                raise TimeoutError(f"jobs done {done}, pending {pending}: " + self.log_tail())
            time.sleep(0.1)

    def log_tail(self, lines: int = 30) -> str:
        parts = []
        for name in ("cupsd.out", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                parts += path.read_text(errors="replace").splitlines()[-lines:]
        return "\n".join(parts)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        shutil.rmtree(self.root, ignore_errors=True)
