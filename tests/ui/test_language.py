"""--lang: a Japanese user gets Qt's own dialogs in Japanese (qtbase_ja), an English user gets
our madoguchi_en.qm and Qt's English; the window's words follow."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from widgets.application import install_translations


@pytest.fixture
def language(qapp):
    installed = []
    before = QLocale()

    def install(lang: str):
        installed.extend(install_translations(qapp, lang))
        return installed

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _button_texts(box: QMessageBox) -> set[str]:
    return {b.text() for b in box.buttons()}


def test_japanese_user_gets_qt_dialog_buttons_in_japanese(language, qtbot):
    assert language("ja"), "qtbase_ja did not load"
    box = QMessageBox(QMessageBox.Question, "t", "t", QMessageBox.Yes | QMessageBox.No)
    qtbot.addWidget(box)
    assert _button_texts(box) == {"はい(&Y)", "いいえ(&N)"}
    assert QCoreApplication.translate("QFileDialog", "Save As") == "名前を付けて保存"
    assert QLocale().language() == QLocale.Japanese


def test_english_user_gets_our_english_and_qt_english(language, qtbot):
    translators = language("en")
    assert len(translators) == 2, "madoguchi_en.qm or qtbase_en did not load"
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"OK", "Cancel"}
    assert QCoreApplication.translate("MainWindow", "受付を中止") == "Cancel visit"
    assert QCoreApplication.translate("StaffPanels", "決裁 (F3)") == "Approvals (F3)"
    assert QLocale().language() == QLocale.English


def test_the_window_reads_in_english(language, qtbot):
    """The shell before sign-in: title, practice banner, status; role labels (shown once
    signed in) come from the .qm too."""
    from widgets.main_window import MainWindow

    language("en")
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Madoguchi — no-writing counter [PRACTICE MODE]"
    assert window.demo_banner.text().startswith("PRACTICE MODE")
    assert window.visit_label.text() == "Please sign in"
    assert QApplication.translate("MainWindow", "審査者") == "Supervisor"
    assert QApplication.translate("MainWindow", "%1（%2）") == "%1 (%2)"


def test_candidate_reasons_with_a_value_read_in_english(language, qtbot):
    """The match reasons that carry a value (一致度87%, the folded characters) arrive filled
    in; they once stayed Japanese in the English window."""
    from dataclasses import replace

    from app.records.match_reasons import WHY
    from tests.visit.fakes import NAMESAKE
    from widgets.models.candidate_model import CandidateModel

    language("en")
    model = CandidateModel()
    reasons = (WHY["name_similar"].format(percent=87), WHY["name_folded"].format(pairs="髙/高"), WHY["birth"])
    model.set_candidates([replace(NAMESAKE, reasons=reasons)])
    shown = model.index(0, 6).data()
    assert "87% alike" in shown and "髙/高" in shown, shown
    assert not any(word in shown for word in ("類似", "一致", "同一視")), shown
