"""Reading a site's export file: encoding, BOM, line ends, CSV records with line numbers.

- Encoding: a UTF-8 BOM always wins; otherwise the profile's encoding, or (`auto`) UTF-8
  when the first megabyte decodes as UTF-8, else CP932 (Shift_JIS with the Windows
  extensions that real core systems write).
- LF and CRLF both work (the CSV reader takes either).
- A line that does not decode is reported by its number and skipped; the other lines go on.
- Records are numbered by physical line (the header is line 1), so a report points at the
  line a person opens in an editor; a quoted field spanning lines takes its first line.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from app.records.import_errors import ImportFileError

_BOM = codecs.BOM_UTF8
_SNIFF = 1 << 20


@dataclass(frozen=True)
class ExportRecord:
    line: int  # first physical line of the record
    end_line: int  # last physical line (the checkpoint after this record)
    fields: list[str]


@dataclass(frozen=True)
class UndecodableLine:
    line: int


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def detect_encoding(path: Path, declared: str = "auto") -> str:
    """`utf-8-sig` (BOM), `utf-8` or `cp932`.

    Decided line by line over the first megabyte: CP932 text almost never decodes as UTF-8,
    so when at least half of the lines holding non-ASCII bytes decode as UTF-8 the file is
    UTF-8 (a stray broken line is then reported by its number instead of turning the whole
    file into mojibake)."""
    with open(path, "rb") as f:
        head = f.read(_SNIFF)
    if head.startswith(_BOM):
        return "utf-8-sig"
    if declared not in ("auto", ""):
        return "utf-8" if declared == "utf-8-sig" else declared
    lines = head.split(b"\n")
    if len(head) == _SNIFF and len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut in the middle of a character
    non_ascii = [line for line in lines if not line.isascii()]
    if not non_ascii:
        return "utf-8"
    utf8 = sum(1 for line in non_ascii if _decodes(line, "utf-8"))
    return "utf-8" if utf8 * 2 >= len(non_ascii) else "cp932"


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
        return True
    except UnicodeDecodeError:
        return False


class ExportFile:
    """One export file opened for reading: `header`, then `records()` in file order."""

    def __init__(self, path: Path, encoding: str = "auto", delimiter: str = ",") -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ImportFileError("not_found")
        try:
            self.size = self.path.stat().st_size
            self.encoding = detect_encoding(self.path, encoding)
        except OSError:
            raise ImportFileError("unreadable") from None
        if self.size == 0:
            raise ImportFileError("empty")
        self._delimiter = delimiter
        self.bytes_read = 0  # for progress: how far into the file the reader is
        self.header: list[str] = []

    def read_header(self) -> list[str]:
        for item in self._iterate(header_only=True):
            pass
        return self.header

    def records(self) -> Iterator[ExportRecord | UndecodableLine]:
        """Every data record and every line that could not be decoded, in file order."""
        yield from self._iterate(header_only=False)

    def _iterate(self, header_only: bool) -> Iterator[ExportRecord | UndecodableLine]:
        codec = "utf-8" if self.encoding == "utf-8-sig" else self.encoding
        state = {"pos": 0, "start": None}
        bad: list[int] = []
        self.bytes_read = 0
        try:
            handle: BinaryIO = open(self.path, "rb")
        except OSError:
            raise ImportFileError("unreadable") from None

        def lines() -> Iterator[str]:
            for raw in handle:
                state["pos"] += 1
                self.bytes_read += len(raw)
                if state["pos"] == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM):]
                try:
                    decoded = raw.decode(codec)
                except UnicodeDecodeError:
                    bad.append(state["pos"])
                    continue
                if state["start"] is None:
                    state["start"] = state["pos"]
                yield decoded

        with handle:
            reader = csv.reader(lines(), delimiter=self._delimiter)
            try:
                header = next(reader)
            except StopIteration:
                raise ImportFileError("empty") from None
            except csv.Error:
                raise ImportFileError("header") from None
            if bad:  # the header itself did not decode: wrong encoding for the whole file
                raise ImportFileError("encoding", line=bad[0])
            self.header = [h.strip().lstrip("\ufeff") for h in header]
            if header_only:
                return
            while True:
                state["start"] = None
                try:
                    fields = next(reader)
                except StopIteration:
                    break
                except csv.Error:
                    fields = None
                for number in bad:
                    yield UndecodableLine(number)
                bad.clear()
                if fields is None:  # malformed quoting: the row parser reports the column count
                    yield ExportRecord(state["start"] or state["pos"], state["pos"], [])
                    continue
                if not fields or (len(fields) == 1 and not fields[0].strip()):
                    continue  # a blank line (often the last one)
                yield ExportRecord(state["start"] or state["pos"], state["pos"], fields)
            for number in bad:
                yield UndecodableLine(number)
