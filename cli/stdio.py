"""Standard input and output for one command, so that neither ends in a traceback.

- stdin (a PIN, a password) is decoded strictly whatever the locale: bytes that are not
  text become StdinNotText (exit 2), never a half-decoded password.
- stdout: a reader that goes away (`| head`) is not an error — the command finishes and
  the rest goes to the null device; a full disk (`> /dev/full`) is OutputUnwritable
  (exit 9). A character the console cannot show is escaped, never a crash.
- stderr: the same escaping, so a message always gets out.
"""
from __future__ import annotations

import errno
import os
import sys
from contextlib import contextmanager
from typing import Iterator

from domain.errors import DomainError

from app.privacy.private_files import OutputUnwritable


class StdinNotText(DomainError):
    """Standard input is not text in the expected encoding (`encoding`)."""

    code = "stdin_not_text"


class _CheckedStdin:
    def __init__(self, stream) -> None:
        self._stream = stream

    def _guard(self, read, *args):
        try:
            return read(*args)
        except UnicodeDecodeError:
            raise StdinNotText(encoding=getattr(self._stream, "encoding", "") or "") from None

    def readline(self, *args):
        return self._guard(self._stream.readline, *args)

    def read(self, *args):
        return self._guard(self._stream.read, *args)

    def readlines(self, *args):
        return self._guard(self._stream.readlines, *args)

    def __iter__(self):
        return iter(self.readline, "")

    def __getattr__(self, name):
        return getattr(self._stream, name)


class _GuardedStdout:
    def __init__(self, stream) -> None:
        self._stream = stream
        self.reader_gone = False

    def write(self, text: str) -> int:
        if self.reader_gone:
            return len(text)
        try:
            return self._stream.write(text)
        except OSError as exc:
            self._fault(exc)
            return len(text)

    def flush(self) -> None:
        if self.reader_gone:
            return
        try:
            self._stream.flush()
        except OSError as exc:
            self._fault(exc)

    def _fault(self, exc: OSError) -> None:
        self._silence()
        if exc.errno in (errno.EPIPE, errno.EINVAL) or isinstance(exc, BrokenPipeError):
            return  # the reader stopped reading: not the command's failure
        raise OutputUnwritable("stdout", errno=errno.errorcode.get(exc.errno or 0, ""))

    def _silence(self) -> None:
        """The rest goes nowhere; the interpreter's own flush at exit must not fail again."""
        self.reader_gone = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, AttributeError, ValueError):
            pass  # not a real file (a test's capture): nothing will flush it at exit

    def __getattr__(self, name):
        return getattr(self._stream, name)


def flush_quietly(stream) -> None:
    """Flush; if the output cannot take it, send the rest to the null device (exit code kept)."""
    if stream is None:
        return
    try:
        stream.flush()
    except (OSError, ValueError):
        _GuardedStdout(stream)._silence()


def _escape_unprintable(stream) -> None:
    try:
        stream.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError, OSError):
        pass


@contextmanager
def guarded_streams() -> Iterator[_GuardedStdout | None]:
    saved = sys.stdin, sys.stdout
    if sys.stdin is not None:
        try:
            sys.stdin.reconfigure(errors="strict")
        except (AttributeError, ValueError, OSError):
            pass
        sys.stdin = _CheckedStdin(sys.stdin)
    _escape_unprintable(sys.stdout)
    _escape_unprintable(sys.stderr)
    stdout = _GuardedStdout(sys.stdout) if sys.stdout is not None else None  # pythonw: none
    if stdout is not None:
        sys.stdout = stdout
    try:
        yield stdout
    finally:
        sys.stdin, sys.stdout = saved
