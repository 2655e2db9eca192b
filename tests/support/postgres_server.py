"""A throwaway PostgreSQL cluster on loopback, started and stopped by the tests.

initdb/postgres refuse to run as root, so as root they run through
`runuser -u postgres`; the data dir is made outside pytest's 0700 tmp tree.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass


def postgres_bindir() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PostgresServer:
    bindir: str
    root: str
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://app@127.0.0.1:{self.port}/postgres"

    def _as_pg(self) -> list[str]:
        return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @classmethod
    def start(cls) -> "PostgresServer":
        bindir = postgres_bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL server binaries not installed")
        root = tempfile.mkdtemp(prefix="madoguchi-pg-")
        server = cls(bindir=bindir, root=root, port=_free_port())
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            os.chown(root, pw.pw_uid, pw.pw_gid)
        run = lambda cmd: subprocess.run(server._as_pg() + cmd, check=True,  # noqa: E731
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        run([f"{bindir}/initdb", "-D", f"{root}/data", "-U", "app", "-A", "trust",
             "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        run([f"{bindir}/pg_ctl", "-D", f"{root}/data", "-w", "-l", f"{root}/log", "-o",
             f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
             f"-c full_page_writes=off -c synchronous_commit=off", "start"])
        return server

    def create_database(self, name: str) -> str:
        subprocess.run(self._as_pg() + [f"{self.bindir}/createdb", "-h", "127.0.0.1",
                                        "-p", str(self.port), "-U", "app", name],
                       check=True, stdout=subprocess.DEVNULL)
        return f"postgresql+psycopg://app@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        subprocess.run(self._as_pg() + [f"{self.bindir}/pg_ctl", "-D", f"{self.root}/data",
                                        "-m", "immediate", "-w", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.root, ignore_errors=True)
