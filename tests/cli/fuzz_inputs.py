"""Hypothesis strategies for fuzzing the scenario loader and the command line (shared by
tests/cli/test_fuzz.py, the CI run, and bench/fuzz_cli.py, the long run).

Scenarios are generated near the format — known keys with good values, junk values, junk
keys, wrong nesting — so the checks deep inside are reached, not only the first one.
Command lines are built from the parser itself: every command, its real options, values
from a pool of the awkward (surrogates, huge numbers, dates at the edges, paths that are
folders, missing, binary, devices) and the plausible.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from hypothesis import strategies as st

from forms.procedure_rules import EVENTS
from forms.scenario import BOOL_ANSWERS, CERT_KINDS, CHOICES, DATE_ANSWERS, TEXT_ANSWERS, TOP_KEYS

# argparse's English, as it would show; none may reach a person.
ENGLISH = re.compile(r"usage:|error:|positional arguments|options:|optional arguments|show this help|"
                     r"invalid choice|invalid \w+ value|required:|unrecognized arguments|expected (one|at)|"
                     r"ambiguous option|not allowed with|choose from")
AWKWARD_TEXT = ["", " ", "見本　花子", "ｶﾀｶﾅ", "𠮷野", "\udc00", "\ud83d", "a\x00b", "\x1b[31m", "1" * 12,
                "妻の父", "長男", "義父", "2025-02-29", "9999-12-31", "0001-01-01", "1868-01-24", "NaN",
                "-1", "0", "1e309", "x" * 600, "住民票の写し", "nhi", "../../etc/passwd", "C:\\con", "%s%n"]
DATES = ["2025-04-01", "1980-01-01", "1868-01-25", "2099-12-31", "9999-12-31", "0001-01-01", "2025-02-29",
         "2024-02-29", "20250401", "2025-W01-1", "2025-4-1", ""]

text = st.one_of(st.sampled_from(AWKWARD_TEXT), st.text(max_size=30))
scalar = st.one_of(st.none(), st.booleans(), st.integers(min_value=-10 ** 30, max_value=10 ** 30),
                   st.floats(allow_nan=True, allow_infinity=True), text)
junk = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(text, inner, max_size=4)), max_leaves=12)


GOOD_DATES = ["2025-04-01", "1980-01-01", "1868-01-25", "2099-12-31", "2024-02-29", "1945-08-15"]
GOOD_TEXT = ["中央1-2-3", "見本ハイツ101", "090-1234-5678", "見本　一郎", "本人", "下記口座", "公務員", "ベトナム"]
good_text = st.one_of(st.sampled_from(GOOD_TEXT), st.text(alphabet="あいうえお漢字カナ0123-", max_size=12))
good_date = st.sampled_from(GOOD_DATES)
good_person = st.fixed_dictionaries(
    {"name": st.sampled_from(["見本　一郎", "見本　花子", "NGUYEN VAN AN"]), "birth_date": good_date},
    optional={"kana": st.just("ミホン　イチロウ"), "sex_code": st.sampled_from(["1", "2", 1]),
              "relationship": st.sampled_from(["世帯主", "妻", "子", "妻の父", "長男"]),
              "my_number": st.just("123456789018"), "insurance": st.sampled_from(CHOICES["insurance"]),
              "card_held": st.booleans(), "foreign": st.booleans(), "nhi": st.booleans(),
              "kaigo_certified": st.booleans(), "nhi_number": st.just("12345678"),
              "together": st.sampled_from(["同居", "別居"]), "residence_expiry": good_date})


@st.composite
def good_scenario(draw) -> dict:
    """A scenario the checks accept: the base the mutations start from."""
    event = draw(st.sampled_from(EVENTS))
    answers: dict = {}
    for key in draw(st.lists(st.sampled_from(sorted(TEXT_ANSWERS | BOOL_ANSWERS | DATE_ANSWERS | set(CHOICES))),
                             max_size=5, unique=True)):
        answers[key] = draw(st.booleans() if key in BOOL_ANSWERS else good_date if key in DATE_ANSWERS
                            else st.sampled_from(CHOICES[key]) if key in CHOICES else good_text)
    if event == "certificate" or draw(st.integers(0, 9)) == 0:
        answers["certificate"] = draw(st.fixed_dictionaries(
            {"kind": st.sampled_from(CERT_KINDS)},
            optional={"copies": st.integers(1, 99), "include": st.lists(st.sampled_from(["世帯主・続柄", "本籍・筆頭者"])),
                      "purpose": st.lists(good_text, max_size=2), "scope": st.sampled_from(["世帯全員", "本人のみ"])}))
    if event == "death" or draw(st.integers(0, 9)) == 0:
        answers["deceased"] = draw(good_person)
    if draw(st.booleans()):
        answers["members"] = draw(st.lists(good_person, max_size=4))
    card = draw(st.fixed_dictionaries({"name": st.sampled_from(["見本　花子", "髙橋　智也"])}, optional={
        "address": good_text, "birth_date": good_date, "sex_code": st.sampled_from(["1", "2"]),
        "my_number": st.just("123456789018")}))
    data = {"event": event, "card": card, "answers": answers, "today": draw(good_date)}
    if draw(st.integers(0, 4)) == 0:
        data["resident"] = {"name": "見本　花子", "nhi": draw(st.booleans()), "address": draw(good_text)}
    if draw(st.integers(0, 4)) == 0:
        data["household"] = {"head_name": "見本　一郎", "members": draw(st.lists(good_person, max_size=3))}
    return data


def _paths(node, here=()):
    yield here
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, here + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, here + (i,))


@st.composite
def mutated_scenario(draw) -> dict:
    """A good scenario with one to three things wrong: a value replaced by junk or by an
    awkward text or date, a key removed, an unknown key added."""
    data = draw(good_scenario())
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        where = draw(st.sampled_from(paths))
        parent = data
        for step in where[:-1]:
            parent = parent[step]
        how = draw(st.sampled_from(["junk", "awkward", "date", "delete", "unknown"]))
        if how == "delete":
            parent.pop(where[-1]) if isinstance(parent, dict) else parent.pop(where[-1])
        elif how == "unknown" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["bogus", "nmae", "", "\udc00", "x" * 200]))] = draw(junk)
        else:
            parent[where[-1]] = draw({"junk": junk, "awkward": st.sampled_from(AWKWARD_TEXT),
                                      "date": st.sampled_from(DATES), "unknown": junk}[how])
    return data


scenario = st.one_of(good_scenario(), mutated_scenario(), mutated_scenario(), mutated_scenario(),
                     st.dictionaries(st.sampled_from(sorted(TOP_KEYS) + ["bogus"]), junk, max_size=5), junk)


_ROOT = Path(__file__).resolve().parents[2]
CORPUS = [path.read_bytes() for path in sorted((_ROOT / "docs" / "examples").glob("*.json"))]


@st.composite
def scenario_bytes(draw) -> bytes:
    """A file's bytes: a real example re-encoded, cut, spliced or flipped, deep nesting, or
    junk — the decoding, size, nesting and JSON layers (the values have their own fuzz)."""
    kind = draw(st.sampled_from(["example", "example", "mutated", "mutated", "binary", "nested"]))
    if kind == "binary":
        return draw(st.binary(max_size=300))
    if kind == "nested":
        depth = draw(st.integers(1, 3000))
        return draw(st.sampled_from([b"[", b'{"a":'])) * depth + b"1" + draw(st.sampled_from([b"]", b"}"])) * depth
    text_ = draw(st.sampled_from(CORPUS)).decode("utf-8")
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp932", "latin-1"]))
    data = text_.encode(encoding, errors="replace")
    if kind == "mutated":
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data)))
            cut = draw(st.integers(0, 8))
            data = data[:at] + draw(st.binary(max_size=6) | st.sampled_from(
                [b'"', b"\\", b"{", b"]", b"NaN", b"\\udc00", b"9" * 40, b"\x00", b"\xef\xbb\xbf"])) + data[at + cut:]
    return data


# --- the command line -----------------------------------------------------------------------
def command_actions(parser: argparse.ArgumentParser) -> dict[tuple[str, ...], list[argparse.Action]]:
    """Every command path and its own actions (options and positionals), read from the parser."""
    found: dict[tuple[str, ...], list[argparse.Action]] = {}

    def walk(p: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs and path:
            found[path] = [a for a in p._actions if not isinstance(a, argparse._HelpAction)]
        for sub in subs:
            for name, child in sub.choices.items():
                walk(child, path + (name,))
    walk(parser, ())
    return found


def value_pool(paths: dict[str, str]) -> st.SearchStrategy[str]:
    """Values for any option: the awkward, dates, numbers, and the world's paths and URLs."""
    return st.one_of(st.sampled_from(AWKWARD_TEXT), st.sampled_from(DATES), st.sampled_from(sorted(paths.values())),
                     st.integers(-10 ** 20, 10 ** 20).map(str), st.sampled_from(["nan", "inf", "-0", "1e3", "3"]),
                     st.text(max_size=12))


@st.composite
def command_line(draw, actions: dict[tuple[str, ...], list[argparse.Action]], values: st.SearchStrategy[str],
                 global_db: st.SearchStrategy[str], weights: dict[tuple[str, ...], int] | None = None) -> list[str]:
    """argv for one command; `weights` (default 10 each) makes slow commands rarer."""
    path = draw(st.sampled_from(sorted(actions)) if weights is None else
                st.sampled_from([p for p in sorted(actions) for _ in range(weights.get(p, 10))]))
    argv: list[str] = []
    if draw(st.booleans()):
        argv += ["--db", draw(global_db)]
    if path[0] == "card" or draw(st.integers(0, 9)) == 0:
        argv.append("--demo")
    argv += list(path)
    for action in actions[path]:
        if action.option_strings and not action.required and draw(st.integers(0, 2)) != 0:
            continue  # an optional option: one time in three
        if draw(st.integers(0, 19)) == 0:
            continue  # even a required one is sometimes left out
        if action.option_strings:
            argv.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs == 0:
            continue
        if action.choices is not None and draw(st.integers(0, 3)):
            argv.append(str(draw(st.sampled_from(sorted(map(str, action.choices))))))
        else:
            argv.append(draw(values))
    if draw(st.integers(0, 9)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(st.sampled_from(["--bogus", "-x", "--", "--d", "-h"])))
    return argv


def world_paths(root: Path) -> dict[str, str]:
    return {k: str(root / v) for k, v in {
        "scenario": "good.json", "binary": "binary.json", "missing": "missing/absent.json", "folder": "a-folder",
        "out": "out.pdf", "csv": "export.csv", "out_missing": "nowhere/out.pdf"}.items()} | {
        "zero": "/dev/zero", "full": "/dev/full", "null": "/dev/null"}
