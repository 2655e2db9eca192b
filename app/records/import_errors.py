"""Errors of the records exchange (import, My Number link, 名寄せ, handover export).

Codes and technical data only (line numbers, column names, profile names, counts); the
words are in app.error_catalog under "records import / 名寄せ / export (issue 12)". A row's
rejected *value* is never carried: it may be a name, a date of birth or a My Number.
"""
from __future__ import annotations

from domain.errors import DomainError


class ImportProfileError(DomainError):
    """A profile cannot be used: not found, or its file is not a valid profile."""

    code = "import_profile"
    details = ("not_found", "invalid", "not_exportable")


class ImportFileError(DomainError):
    """The data file as a whole cannot be imported (nothing was written)."""

    code = "import_file"
    details = ("unreadable", "empty", "header", "encoding", "not_found")


class RowRejected(DomainError):
    """One row (or one value of it) is not usable; `column` names the file's column.

    Raised by the row parser and caught by the import, which records line, column and
    detail and goes on with the next row. Warnings use the same details."""

    code = "import_row"
    details = ("required", "bad_date", "bad_month", "bad_number", "bad_code", "bad_flag",
               "column_count", "duplicate_atena", "encoding", "too_long", "history_row",
               "deleted_row", "unknown_code_kept", "era_mismatch", "my_number_check_digit",
               "my_number_format", "unknown_atena", "my_number_shared", "my_number_empty",
               "my_number_elsewhere")

    def __init__(self, detail: str, column: str = "", **data) -> None:
        super().__init__(detail, column=column, **data)
        self.column = column


class ImportRefusedError(DomainError):
    """The import will not start (another one is running, or an option does not fit)."""

    code = "import_refused"
    details = ("running", "confirm_needs_snapshot", "bad_mode")


class DuplicateDecisionError(DomainError):
    """A 名寄せ decision cannot be recorded or revoked."""

    code = "duplicate_decision"
    details = ("same_record", "unknown_resident", "no_decision", "bad_verdict", "already_decided")


class HandoverExportError(DomainError):
    """The handover export cannot be written as asked."""

    code = "handover_export"
    details = ("unknown_section", "bad_date", "bad_format")


class OutputFileError(DomainError):
    """An export file (records export, visits export, a report) cannot be written."""

    code = "records_output"
