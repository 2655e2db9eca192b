"""Rendering packet pages in process (app.visit.page_images): size, ink, errors, threads,
and no subprocess or temporary file on the way. No Qt here: the core renders on its own."""
from __future__ import annotations

import subprocess
import tempfile
import threading

import pytest

from app.error_catalog import lookup
from app.visit.page_images import (PageImage, PageRenderError, page_sizes, pixel_size,
                                   render_page, render_pages)
from app.visit.printing import MAX_PRINT_DPI, MIN_PRINT_DPI, print_dpi
from tests.printing.conftest import temp_listing

A4_PT = (595.2756, 841.8898)


def mm_box(page: PageImage, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
    """A box given in millimetres from the page's top-left corner, in pixels."""
    px = page.dpi / 25.4
    return int(x0 * px), int(y0 * px), int(x1 * px), int(y1 * px)


def dark_pixels(page: PageImage, box: tuple[int, int, int, int], below: int = 100) -> int:
    x0, y0, x1, y1 = box
    return sum(1 for y in range(y0, y1) for x in range(x0, x1) if max(page.rgb(x, y)) < below)


def test_a_page_renders_at_the_requested_dpi_with_ink_where_the_text_is(family_packet):
    page = render_page(family_packet, 1, 300)          # 住民異動届
    assert (page.width, page.height) == (2481, 3508)   # A4 at 300 dpi
    assert page.dpi == 300 and page.stride >= page.width * 4
    assert page.size_pt == pytest.approx(A4_PT, abs=0.01)
    assert len(page.pixels) == page.stride * page.height
    # the footer 「様式 juminidou」 in 7.5 pt at 15 mm from the left, baseline 291 mm down
    assert dark_pixels(page, mm_box(page, 15, 288.5, 35, 291.5)) > 150
    # the sheet's corner and the gap under the footer are paper
    assert dark_pixels(page, mm_box(page, 2, 2, 12, 12), below=250) == 0
    assert dark_pixels(page, mm_box(page, 15, 292.5, 195, 296), below=250) == 0


def test_the_pixel_size_follows_the_dpi(family_packet):
    for dpi in (60, 150, 600):
        page = render_page(family_packet, 0, dpi)
        assert (page.width, page.height) == pixel_size(A4_PT, dpi)
    assert pixel_size(A4_PT, 600) == (4961, 7016) and pixel_size(A4_PT, 150) == (1241, 1754)


def test_every_page_of_the_packet_renders_in_order(family_packet):
    sizes = page_sizes(family_packet)
    assert len(sizes) == 8 and all(s == pytest.approx(A4_PT, abs=0.01) for s in sizes)
    pages = list(render_pages(family_packet, 40))
    assert [p.index for p in pages] == list(range(8))
    assert len({p.pixels for p in pages}) == 8        # eight different pages, none blank twice


def test_the_sample_watermark_prints_in_colour(family_packet):
    from tests.printing.conftest import render_example

    sample = render_page(render_example("move-in-family-of-four.json", watermark=True), 0, 50)
    plain = render_page(family_packet, 0, 50)
    reddish = lambda p: sum(1 for y in range(p.height) for x in range(p.width)  # noqa: E731
                            if (lambda r, g, b: r - b > 25)(*p.rgb(x, y)))
    assert reddish(sample) > 1000 and reddish(plain) == 0


def test_rendering_from_two_threads_at_once_gives_the_same_pages(family_packet):
    expected = [render_page(family_packet, i, 72).pixels for i in range(4)]
    results: dict[int, list[bytes]] = {}

    def worker(n: int) -> None:
        results[n] = [render_page(family_packet, i, 72).pixels for i in range(4)]

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert all(results[n] == expected for n in range(3))


def test_no_subprocess_and_no_temporary_file(family_packet, monkeypatch, private_tmp):
    def refuse(*args, **kwargs):
        raise AssertionError("rendering must not start a process")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    pages = list(render_pages(family_packet, 100))
    assert len(pages) == 8
    assert temp_listing() == []


@pytest.mark.parametrize("pdf, index, detail", [
    (b"not a pdf at all", 0, "unreadable"),
    (b"%PDF-1.4\n%broken\n", 0, "unreadable"),
    (None, 8, "no_such_page"),
])
def test_a_bad_pdf_or_page_is_a_domain_error_with_words(family_packet, pdf, index, detail):
    with pytest.raises(PageRenderError) as caught:
        render_page(pdf if pdf is not None else family_packet, index, 72)
    assert caught.value.detail == detail
    key, text = lookup(caught.value)
    assert key == f"page_render_failed.{detail}" and text.message


def test_an_absurd_resolution_is_refused_before_any_memory_is_taken(family_packet):
    with pytest.raises(PageRenderError) as caught:
        render_page(family_packet, 0, 5000)
    assert caught.value.detail == "too_large"


@pytest.mark.parametrize("reported, used", [(72, 300), (96, 300), (300, 300), (360, 360),
                                            (600, 600), (1200, 600), (2400, 600)])
def test_print_resolution_is_the_printers_within_300_to_600_dpi(reported, used):
    assert print_dpi(reported) == used
    assert MIN_PRINT_DPI <= print_dpi(reported) <= MAX_PRINT_DPI
