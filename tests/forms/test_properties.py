"""Properties over many inputs (hypothesis): 和暦 round trip, text fitting never exceeds its box."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from forms.render.fonts import MINCHO, register_fonts
from forms.render.text_fit import LEADING, fit_text
from forms.wareki import from_wareki, to_wareki

register_fonts()
TEXT = st.text(alphabet=st.sampled_from(list("架空市中央一丁目番号ハイツ見本アパート、。ー（）っ0123456789- ABC")),
               min_size=1, max_size=160)


@given(st.dates(min_value=dt.date(1868, 1, 25), max_value=dt.date(2200, 12, 31)))
def test_wareki_round_trip(day):
    w = to_wareki(day)
    assert w.year >= 1
    assert from_wareki(w.era.name, w.year_text, w.month, w.day) == day


@settings(max_examples=150, deadline=None)
@given(TEXT, st.floats(min_value=20, max_value=180), st.floats(min_value=4, max_value=30))
def test_fitted_lines_stay_inside_the_box(text, width_mm, height_mm):
    fit = fit_text(text, MINCHO, width_mm * mm, height_mm * mm, 10.5, 6.0)
    assert 6.0 <= fit.size <= 10.5
    for line in fit.lines:
        assert stringWidth(line, MINCHO, fit.size) <= width_mm * mm + 0.01
    if not fit.overflow:
        assert "".join(fit.lines) == text
        assert len(fit.lines) * fit.size * LEADING <= height_mm * mm + 0.01
    else:
        assert fit.lines[-1].endswith("…(別紙)")
