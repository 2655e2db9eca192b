"""PacketPreview (the review page's form preview, and the supervisor's packet preview): every
page at the pane's width, rendered off the GUI thread, sharper when the pane grows, the newest
request wins, failures shown and handed on."""
from __future__ import annotations

import threading

import pytest

from app.visit.page_images import PageRenderError
from widgets.packet_preview import PacketPreview


@pytest.fixture
def preview(qtbot):
    widget = PacketPreview()
    widget.resize(420, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.runner.wait_idle()


def pane_width(preview) -> int:
    return max(120, preview.viewport().width() - 4)


def test_every_page_is_shown_at_the_panes_width(qtbot, preview, family_packet):
    with qtbot.waitSignal(preview.shown, timeout=30000) as shown:
        preview.show_pdf(family_packet)
    assert shown.args == [8] and preview.page_count == 8 and not preview.pending
    ratio = preview.devicePixelRatioF()
    # rendered for the width it is shown at: no blurry upscaling, no wasted pixels
    assert abs(preview.page_image(0).width() - pane_width(preview) * ratio) <= 2
    shown_widths = {label.pixmap().width() for label in preview._labels}
    assert shown_widths == {int(pane_width(preview) * ratio)}
    assert not preview.notice.isVisible()


def test_a_wider_pane_gets_sharper_pages(qtbot, preview, short_packet):
    with qtbot.waitSignal(preview.shown, timeout=30000):
        preview.show_pdf(short_packet)
    narrow = preview.page_image(0).width()
    with qtbot.waitSignal(preview.shown, timeout=30000):
        preview.resize(900, 600)
    assert preview.page_image(0).width() > narrow * 1.5
    assert abs(preview.page_image(0).width() - pane_width(preview) * preview.devicePixelRatioF()) <= 2


def test_the_newest_request_wins_over_an_older_one_still_rendering(qtbot, preview, family_packet,
                                                                   short_packet):
    release = threading.Event()

    def slow_family() -> bytes:
        release.wait(30)
        return family_packet

    preview.show_pdf(slow_family)
    with qtbot.waitSignal(preview.shown, timeout=30000) as shown:
        preview.show_pdf(lambda: short_packet)
    assert shown.args == [2]
    release.set()
    preview.runner.wait_idle()
    qtbot.wait(200)                     # the late result's queued callback has run
    assert preview.page_count == 2      # … and was dropped


def test_a_pdf_that_cannot_render_shows_a_notice_and_hands_on_the_error(qtbot, preview,
                                                                        family_packet):
    with qtbot.waitSignal(preview.shown, timeout=30000):
        preview.show_pdf(family_packet)
    with qtbot.waitSignal(preview.failed, timeout=30000) as failed:
        preview.show_pdf(family_packet[:3000])
    assert isinstance(failed.args[0], PageRenderError)
    assert preview.page_count == 0 and preview.notice.isVisible()
    assert preview.notice.text() == "プレビューを表示できません。"


def test_clear_empties_the_pane(qtbot, preview, short_packet):
    with qtbot.waitSignal(preview.shown, timeout=30000):
        preview.show_pdf(short_packet)
    preview.clear("申請書を選んでください。")
    assert preview.page_count == 0 and preview.notice.text() == "申請書を選んでください。"
