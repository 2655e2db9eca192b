"""The printed packet, without Qt: the resolution its pages are rendered at for a printer,
the job title and default file name (date and visit id, never a name or a My Number), and
saving the packet PDF (0600, written atomically).

widgets.packet_printing prints the pages with these rules; the rendering itself is
app.visit.page_images, the hand-over to a CUPS queue app.visit.print_queue.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from app.privacy.private_files import OutputUnwritable, default_file_name, private_output
from domain.errors import DomainError

MIN_PRINT_DPI = 300
# Office lasers print at 600 dpi. Qt reports 1200 dpi for every PDF and CUPS printer in
# HighResolution mode; a 1200-dpi A4 raster is 557 MB and prints no sharper on them.
MAX_PRINT_DPI = 600
# Pages of the print preview dialog: sharp at the dialog's zoom levels, ~9 MB a page.
PRINT_PREVIEW_DPI = 150

PACKET_KIND = "申請書"


class PrintFailedError(DomainError):
    """The printer (or the print-to-file target) would not take the job: it would not
    start, the print queue refused it, or there is no print system to send it to."""
    code = "print_failed"
    details = ("printer_not_ready", "queue_refused", "no_print_system")


class PacketSaveError(DomainError):
    """The packet PDF could not be written where the clerk asked."""
    code = "packet_save_failed"


def print_dpi(printer_resolution: int) -> int:
    """The printer's own resolution, at least 300 dpi (crisp small print even from a
    driver that reports screen resolution) and at most MAX_PRINT_DPI."""
    return min(max(int(printer_resolution), MIN_PRINT_DPI), MAX_PRINT_DPI)


def packet_file_name(visit_id: str, day: date) -> str:
    """申請書_2026-11-22_<visit id>.pdf: the save dialog's default name."""
    return default_file_name(PACKET_KIND, day, visit_id)


def packet_job_name(visit_id: str, day: date) -> str:
    """The print job's title, seen by everyone on a shared printer's queue (and used by
    cups-pdf as the file name): the same safe words, no suffix."""
    return default_file_name(PACKET_KIND, day, visit_id, suffix="")


def save_packet(pdf: bytes, path: str | Path) -> None:
    """The packet exactly as rendered (vector text, searchable), 0600 and atomic: a killed
    save leaves no half-written file under the chosen name."""
    try:
        with private_output(path, "wb") as out:
            out.write(pdf)
    except OutputUnwritable as exc:
        # The folder the clerk typed may carry a resident's name: only the reason travels
        # (the window's log would otherwise keep the path).
        raise PacketSaveError(reason=exc.detail) from None
    except OSError as exc:
        raise PacketSaveError(reason=exc.strerror or type(exc).__name__) from None
