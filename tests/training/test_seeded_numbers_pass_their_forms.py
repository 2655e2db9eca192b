"""The synthetic population's business numbers pass the checks of the forms that print them:
a trainer must never meet a seeded 国保 記号番号 its own 国保 form rejects."""
from __future__ import annotations

from forms.spec import load_spec
from forms.validation import check_value
from training.seed import PopulationGenerator


def test_every_seeded_nhi_symbol_number_passes_the_nhi_form():
    field = load_spec("nhi_idou").field("number")
    numbers = [row["symbol_number"] for hh in PopulationGenerator(7).households(3000)
               for row in hh.linked.get("nhi_records", [])]
    assert len(numbers) > 100  # about a fifth of the households are in 国保
    rejected = [n for n in numbers if check_value(field.type, n, n=field.n, validate=field.validate)]
    assert rejected == []
    assert all(len(n) == field.n and n.isdigit() for n in numbers)
