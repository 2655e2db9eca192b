"""PacketPreview: the pages of a packet or form PDF, one under the other, at the pane's width.

    preview = PacketPreview(parent=self)
    preview.show_pdf(lambda: service.render_form_preview(visit, form_id, watermark))

`show_pdf` takes PDF bytes or a function that makes them; making and rendering both run
off the GUI thread (app.visit.page_images, in process). A newer request wins over an
older one still rendering. The pages are rendered for the width they are shown at (times
the screen's pixel ratio) and rendered again, sharper, when the pane grows; small print
stays readable at any pane width. Failures show a line of text and are emitted on
`failed` for the owner's error presenter.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.visit.page_images import POINTS_PER_INCH, page_sizes
from widgets.background import BackgroundRunner
from widgets.packet_pages import render_qimages

MIN_DPI, MAX_DPI = 48, 220
SHARPER_BY = 1.2     # render again once the pane is 20 % wider than the pages were rendered for
PAGE_GAP = 8


class PacketPreview(QScrollArea):
    shown = Signal(int)          # pages now on screen
    failed = Signal(object)      # the exception, for the owner's presenter

    def __init__(self, runner: BackgroundRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner or BackgroundRunner(self)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setMinimumWidth(200)
        body = QWidget(self)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(PAGE_GAP)
        self.notice = QLabel(self.tr("プレビューを作成中…"), body)
        self.notice.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.notice.setWordWrap(True)
        self._layout.addWidget(self.notice)
        self._layout.addStretch(1)
        self.setWidget(body)
        self._labels: list[QLabel] = []
        self._images: list[QImage] = []
        self._pdf: bytes | None = None
        self._rendered_dpi = 0.0
        self._fitted_width = 0
        self._sequence = 0
        self._pending = False
        self._sharper = QTimer(self)
        self._sharper.setSingleShot(True)
        self._sharper.setInterval(200)  # after a splitter drag settles
        self._sharper.timeout.connect(self._render_sharper)

    # --- what the owner calls ---
    @property
    def page_count(self) -> int:
        return len(self._images)

    @property
    def pending(self) -> bool:
        """A request is still being made or rendered."""
        return self._pending

    def page_image(self, index: int) -> QImage:
        return self._images[index]

    def show_pdf(self, source: bytes | Callable[[], bytes]) -> None:
        make = source if callable(source) else (lambda: source)
        self._start(make, None)

    def clear(self, text: str = "") -> None:
        self._sequence += 1  # anything still rendering is dropped on arrival
        self._pending = False
        self._pdf, self._images, self._rendered_dpi = None, [], 0.0
        self._show_pages()
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- rendering ---
    def _pane_pixels(self) -> float:
        return max(120, self.viewport().width() - 4) * self.devicePixelRatioF()

    @staticmethod
    def _dpi_for(pixels: float, page_width_pt: float) -> float:
        return min(MAX_DPI, max(MIN_DPI, pixels / (page_width_pt / POINTS_PER_INCH)))

    def _start(self, make: Callable[[], bytes], pdf: bytes | None) -> None:
        self._sequence += 1
        sequence, self._pending = self._sequence, True
        if not self._images:
            self.notice.setText(self.tr("プレビューを作成中…"))
            self.notice.show()
        pixels, dpi_for = self._pane_pixels(), self._dpi_for  # read here, not in the worker

        def work():
            data = pdf if pdf is not None else make()
            sizes = page_sizes(data)
            dpi = dpi_for(pixels, max(w for w, _ in sizes)) if sizes else MIN_DPI
            return sequence, data, dpi, render_qimages(data, dpi)

        self.runner.run(work, self._on_rendered, lambda exc: self._on_failed(sequence, exc))

    def _on_rendered(self, result) -> None:
        sequence, pdf, dpi, images = result
        if sequence != self._sequence:
            return  # an older request arriving late
        self._pending = False
        self._pdf, self._rendered_dpi, self._images = pdf, dpi, images
        self.notice.setVisible(not images)
        self._show_pages()
        self.shown.emit(len(images))

    def _on_failed(self, sequence: int, exc: BaseException) -> None:
        if sequence != self._sequence:
            return
        self._pending = False
        self._pdf, self._images = None, []
        self._show_pages()
        self.notice.setText(self.tr("プレビューを表示できません。"))
        self.notice.show()
        self.failed.emit(exc)

    def _render_sharper(self) -> None:
        if self._pdf is None or self._pending or not self._images:
            return
        widest = max(image.width() for image in self._images) / self._rendered_dpi * POINTS_PER_INCH
        if self._dpi_for(self._pane_pixels(), widest) > self._rendered_dpi * SHARPER_BY:
            self._start(lambda: b"", self._pdf)

    # --- showing ---
    def _show_pages(self) -> None:
        while len(self._labels) > len(self._images):
            self._labels.pop().deleteLater()
        while len(self._labels) < len(self._images):
            label = QLabel(self.widget())
            label.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
            self._layout.insertWidget(self._layout.count() - 1, label)
            self._labels.append(label)
        self._fit(force=True)

    def _fit(self, force: bool = False) -> None:
        """Every page at the pane's full width (scroll down only, never cut at the side).
        Only when the width changed: a packet of eight pages is a lot to scale on every
        resize event of a splitter drag."""
        width = max(120, self.viewport().width() - 4)
        if width == self._fitted_width and not force:
            return
        self._fitted_width = width
        ratio = self.devicePixelRatioF()
        for label, image in zip(self._labels, self._images):
            pixmap = QPixmap.fromImage(image.scaledToWidth(int(width * ratio),
                                                           Qt.SmoothTransformation))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
        self._sharper.start()
