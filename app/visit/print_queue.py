"""Hand a print job to a CUPS queue straight from memory (Linux counters).

Qt's own CUPS print engine spools the whole job to a file in the temporary folder
(libcups' cupsTempFd) and hands that file to CUPS: the packet's pages, My Numbers
included, sit in /tmp while the job is written, and a print killed half-way leaves them
there. Here the job is created on the queue and its PDF streamed over the CUPS connection
(IPP Create-Job, Send-Document), so the only copy outside this process is the one the
print system itself keeps in its spool (root-only, removed when the job completes).

pycups (OpenPrinting's binding of libcups) talks to the server libcups is set up for
(CUPS_SERVER, client.conf, /run/cups/cups.sock). Windows and macOS print through Qt's
native engines and never come here.
"""
from __future__ import annotations

from typing import Mapping

from app.visit.printing import PrintFailedError

CHUNK = 256 * 1024
HTTP_CONTINUE = 100          # libcups: the document is still being accepted
IPP_OK_LAST = 0x00FF         # IPP status codes 0x0000–0x00FF are "successful"

try:
    import cups  # pycups: Linux only (pyproject marker); Qt prints natively elsewhere
except ImportError:  # pragma: no cover - only where pycups is not installed
    cups = None


def available() -> bool:
    return cups is not None


def check_accepting(queue: str) -> None:
    """Before the pages are rendered (seconds at 600 dpi): the queue exists and takes jobs,
    so the clerk hears at once that a stopped or refusing queue will not print."""
    connection = _connect()
    try:
        attributes = connection.getPrinterAttributes(
            queue, requested_attributes=["printer-is-accepting-jobs"])
    except cups.IPPError as exc:
        raise _refused(exc) from None
    if attributes.get("printer-is-accepting-jobs") is False:
        raise PrintFailedError("queue_refused", reason="not accepting jobs")


def send_pdf(queue: str, title: str, options: Mapping[str, str], pdf: bytes) -> int:
    """Create a job on `queue` and send `pdf` as its one document; returns the job id.

    A job whose document cannot be sent completely is cancelled, so the printer never
    gets half a packet. `title` is what everyone sees on the queue: the caller passes the
    safe job name (date and visit id, never a name or a My Number)."""
    connection = _connect()
    try:
        job = connection.createJob(queue, title, dict(options))
    except cups.IPPError as exc:
        raise _refused(exc) from None
    try:
        status = connection.startDocument(queue, job, title, cups.CUPS_FORMAT_PDF, 1)
        _expect_continue(status)
        view = memoryview(pdf)
        for start in range(0, len(view), CHUNK):
            chunk = bytes(view[start:start + CHUNK])
            _expect_continue(connection.writeRequestData(chunk, len(chunk)))
        status = connection.finishDocument(queue)
        if status is not None and status > IPP_OK_LAST:
            raise PrintFailedError("queue_refused", status=status)
    except BaseException as exc:
        _cancel(connection, job)
        if isinstance(exc, cups.IPPError):
            raise _refused(exc) from None
        if isinstance(exc, cups.HTTPError):
            raise PrintFailedError("printer_not_ready", status=exc.args[0] if exc.args else "") from None
        raise
    return job


def _connect():
    if cups is None:
        raise PrintFailedError("no_print_system", reason="pycups not installed")
    try:
        return cups.Connection()
    except RuntimeError as exc:  # "failed to connect to server": cupsd not running
        raise PrintFailedError("no_print_system", reason=str(exc)[:120]) from None


def _expect_continue(status) -> None:
    if status is not None and status != HTTP_CONTINUE:
        raise PrintFailedError("printer_not_ready", status=status)


def _refused(exc) -> PrintFailedError:
    """IPP's own status (e.g. 0x0506 not accepting jobs, 0x0406 no such printer); the
    description is CUPS' technical text and names only the queue."""
    status, description = (exc.args + (None, ""))[:2]
    return PrintFailedError("queue_refused", status=status, reason=str(description)[:120])


def _cancel(connection, job: int) -> None:
    try:
        connection.cancelJob(job, purge_job=True)
    except Exception:  # noqa: BLE001 - the job may already be gone; the first error matters
        pass
