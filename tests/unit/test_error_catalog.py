"""Every DomainError has its words: no code and no detail falls through to "unexpected"."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

import app
import cardreader
import cli
import forms
import training
from app.error_catalog import CATALOG, data_of, fill, lookup
from domain.errors import DomainError

PACKAGES = (app, cardreader, cli, forms, training)


def _import_everything() -> None:
    for package in PACKAGES:
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".migrations" in info.name:
                continue  # alembic scripts run only under alembic
            importlib.import_module(info.name)


def _all_error_classes() -> list[type[DomainError]]:
    _import_everything()
    seen, todo = [], [DomainError]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                todo.append(sub)
    return seen


ERRORS = _all_error_classes()


def test_the_walk_finds_the_errors_of_every_layer():
    layers = {cls.__module__.split(".")[0] for cls in ERRORS}
    assert layers >= {"cardreader", "forms", "app", "cli", "training"}
    assert len(ERRORS) >= 40


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_every_code_and_detail_has_catalogue_words(cls):
    assert cls.code in CATALOG, f"{cls.__name__}: code {cls.code!r} has no catalogue entry"
    for detail in cls.details:
        assert f"{cls.code}.{detail}" in CATALOG, f"{cls.__name__}: {cls.code}.{detail} missing"


def test_codes_are_not_shared_between_unrelated_classes():
    owners: dict[str, type] = {}
    for cls in ERRORS:
        if "code" not in cls.__dict__:
            continue  # inherits its parent's code on purpose (e.g. TlvError)
        other = owners.setdefault(cls.code, cls)
        assert other is cls, f"{cls.__name__} and {other.__name__} share code {cls.code!r}"


def test_anything_else_is_unexpected_and_says_the_draft_is_kept():
    key, text = lookup(KeyError("x"))
    assert key == "unexpected" and "保存されています" in text.next_action


def test_placeholders_are_filled_from_data_and_missing_ones_stay_blank():
    from cardreader import WrongPin

    key, text = lookup(WrongPin(2))
    assert key == "wrong_pin" and "残り 2 回" in fill(text.message, data_of(WrongPin(2)))
    assert fill("{absent}です", {}) == "です"


def test_an_undeclared_detail_is_refused_at_the_raise():
    from forms.scenario import ScenarioError

    with pytest.raises(ValueError):
        ScenarioError("x", "no_such_problem")


def test_catalogue_entries_all_have_a_message_and_a_next_action():
    for key, text in CATALOG.items():
        assert text.message.strip() and text.next_action.strip(), key
