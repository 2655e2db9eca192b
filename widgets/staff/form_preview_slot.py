"""Where the review shows the submitted form as it will print.

The viewer is widgets.packet_preview.PacketPreview (in-process rendering, from the printing
work); until that module is present the slot is a plain placeholder with the same two
calls, so the review works either way:

    preview.show_pdf(source)   # PDF bytes, or a function that makes them (run off the GUI thread)
    preview.clear(text)
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class FormPreviewPlaceholder(QLabel):
    """Keeps what it was asked to show (tests read `source`) and says the form's preview
    is not available on this build."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumWidth(200)
        self.setStyleSheet("color: #666; border: 1px dashed #bbb;")
        self.source: Callable[[], bytes] | None = None
        self.clear(self.tr("申請書を選ぶと、ここに印刷イメージが表示されます。"))

    def show_pdf(self, source) -> None:
        self.source = source if callable(source) else (lambda: source)
        self.setText(self.tr("この端末では印刷イメージを表示できません。左の項目一覧で内容を確認してください。"))

    def clear(self, text: str = "") -> None:
        self.source = None
        self.setText(text)


def make_form_preview(parent: QWidget | None = None) -> QWidget:
    """PacketPreview when it is installed, else the placeholder (see the module doc)."""
    try:
        from widgets.packet_preview import PacketPreview
    except ImportError:
        return FormPreviewPlaceholder(parent)
    return PacketPreview(parent=parent)
