"""Anchors: the chain head (sequence, hash, time) written OUTSIDE the database.

`audit anchor --out FILE` appends one JSON line to FILE (opened for appending only,
created 0600); `--syslog` sends the same line to the system log. Whoever can rewrite the
database cannot rewrite those lines: `audit verify --anchor FILE` then finds the entry
each anchor names and compares its hash, so a rewritten chain (even with recomputed
hashes and head) or an erased or truncated log fails from that point on.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from domain.errors import DomainError

SYSLOG_TAG = "madoguchi-audit"


class AnchorFileError(DomainError):
    """The anchor file cannot be read (`data["path"]`, `data["line"]`)."""

    code = "audit_anchor_file"
    details = ("unreadable", "malformed", "empty", "too_large")


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    at: str              # ISO 8601 UTC, when the anchor was taken
    hmac_from: int       # first HMAC-chained entry (earlier ones are plain SHA-256)

    def line(self) -> str:
        return json.dumps({"madoguchi_audit_anchor": 1, **asdict(self)},
                          sort_keys=True, separators=(",", ":"))


def append_anchor(path: Path, anchor: Anchor) -> None:
    """Append-only use: O_APPEND, never truncated or rewritten by this program."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, (anchor.line() + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)


def send_to_syslog(anchor: Anchor) -> None:
    import syslog  # Unix only; the CLI reports its absence on Windows

    syslog.openlog(SYSLOG_TAG, 0, syslog.LOG_AUTH)
    syslog.syslog(syslog.LOG_NOTICE, anchor.line())
    syslog.closelog()


# a daily anchor line is about 150 bytes: a century of them fits many times over
MAX_ANCHOR_BYTES = 16 * 2**20


def read_anchors(path: Path) -> list[Anchor]:
    """Every anchor line of the file (other lines, e.g. a syslog prefix, are searched for
    the JSON object), oldest first."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_ANCHOR_BYTES + 1)  # `--anchor /dev/zero` ends at once
    except OSError:
        raise AnchorFileError("unreadable", path=str(path)) from None
    if len(raw) > MAX_ANCHOR_BYTES:
        raise AnchorFileError("too_large", path=str(path), limit_mb=MAX_ANCHOR_BYTES // 2**20)
    lines = raw.decode("utf-8", errors="replace").splitlines()  # a bad byte only spoils its own line
    anchors = []
    for number, line in enumerate(lines, start=1):
        if "madoguchi_audit_anchor" not in line:
            continue
        try:
            data = json.loads(line[line.index("{"):])
            anchors.append(Anchor(int(data["seq"]), str(data["hash"]), str(data["at"]),
                                  int(data["hmac_from"])))
        except (ValueError, KeyError, TypeError):
            raise AnchorFileError("malformed", path=str(path), line=number) from None
    if not anchors:
        raise AnchorFileError("empty", path=str(path))
    return anchors
