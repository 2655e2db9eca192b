"""Regenerate madoguchi_en.ts / .qm from the sources (Japanese is the source language).

    .venv/bin/python resources/translations/build_translations.py          # write .ts and .qm
    .venv/bin/python resources/translations/build_translations.py --check  # change nothing;
        exit 1 listing every string without English and any problem in the English
    .venv/bin/python resources/translations/build_translations.py --prune  # also drop English
        no widget shows any more from en_messages.json

After merging a branch that adds widgets or table strings: run --check, add the listed
strings to en_messages.json (Japanese → English; a numerus string gets [singular, plural]),
run the build, commit en_messages.json, madoguchi_en.ts and madoguchi_en.qm.
tests/unit/test_translations.py fails while a string has no English or the committed .qm
is older than en_messages.json.

Which strings there are: translation_sources.all_messages() (lupdate, a scan for translate
wrappers, and the data tables the widgets translate from). English texts live in
en_messages.json, one per Japanese source whatever the context. The .qm is committed so a
fresh checkout needs no build step.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translation_sources import HERE, Message, all_messages  # noqa: E402

TS, QM = HERE / "madoguchi_en.ts", HERE / "madoguchi_en.qm"
ENGLISH = HERE / "en_messages.json"
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[a-z_]*\}|%n|%\d")
ACCELERATOR = re.compile(r"&(?![a-z]+;)([^&\s])")   # not an HTML entity (&nbsp;)


def load_english(path: Path = ENGLISH) -> dict[str, str | list[str]]:
    return json.loads(path.read_text(encoding="utf-8"))


def save_english(english: dict, path: Path = ENGLISH) -> None:
    path.write_text(json.dumps(english, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def missing(messages: list[Message], english: dict) -> list[Message]:
    return [m for m in messages if m.source not in english]


def problems(messages: list[Message], english: dict) -> list[str]:
    """English that would break the window: a placeholder or an accelerator letter lost or
    added, a numerus string without its two forms, an empty text."""
    found = []
    for source in dict.fromkeys(m.source for m in messages):
        if source not in english:
            continue
        value = english[source]
        numerus = any(m.numerus for m in messages if m.source == source)
        texts = value if isinstance(value, list) else [value]
        if numerus and (not isinstance(value, list) or len(value) != 2):
            found.append(f"{source!r}: a %n string needs [singular, plural]")
        for text in texts:
            if not isinstance(text, str) or not text.strip():
                found.append(f"{source!r}: empty English")
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                found.append(f"{source!r}: placeholders differ in {text!r}")
            want = sorted(a.lower() for a in ACCELERATOR.findall(source))
            have = sorted(a.lower() for a in ACCELERATOR.findall(text))
            if want != have:
                found.append(f"{source!r}: accelerator {want} but English has {have}: {text!r}")
    return found


def unused(messages: list[Message], english: dict) -> list[str]:
    sources = {m.source for m in messages}
    return [s for s in english if s not in sources]


def write_ts(messages: list[Message], english: dict, ts: Path) -> None:
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="ja_JP")
    contexts: dict[str, ET.Element] = {}
    for m in sorted(messages, key=lambda m: m.context):
        ctx = contexts.get(m.context)
        if ctx is None:
            ctx = contexts[m.context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = m.context
        message = ET.SubElement(ctx, "message", numerus="yes") if m.numerus else \
            ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = m.source
        translation = ET.SubElement(message, "translation")
        value = english.get(m.source)
        if value is None:
            translation.set("type", "unfinished")
        elif m.numerus:
            for form in (value if isinstance(value, list) else [value, value]):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
    tree = ET.ElementTree(root)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def write_qm(ts: Path, qm: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def build(ts: Path = TS, qm: Path = QM, english: dict | None = None,
          messages: list[Message] | None = None) -> list[Message]:
    """Write the .ts and .qm; returns the messages still without English."""
    english = load_english() if english is None else english
    messages = all_messages() if messages is None else messages
    write_ts(messages, english, ts)
    write_qm(ts, qm)
    return missing(messages, english)


def main(argv: list[str]) -> int:
    english = load_english()
    messages = all_messages()
    todo, broken = missing(messages, english), problems(messages, english)
    for m in todo:
        print(f"no English [{m.context}]{' (numerus)' if m.numerus else ''}: "
              f"{json.dumps(m.source, ensure_ascii=False)}")
    for line in broken:
        print(f"problem: {line}")
    stale_english = unused(messages, english)
    for source in stale_english:
        print(f"unused (no widget shows it any more): {json.dumps(source, ensure_ascii=False)}")
    if "--prune" in argv and stale_english:
        english = {k: v for k, v in english.items() if k not in stale_english}
        save_english(english)
        print(f"{ENGLISH.name}: dropped {len(stale_english)} unused")
    if "--check" in argv:
        stale = qm_differences(QM, messages, english)
        for line in stale:
            print(f"stale: {line}")
        print(f"{len(messages)} messages, {len(todo)} without English, {len(broken)} problems"
              f"{', committed .qm out of date' if stale else ''}")
        return 1 if todo or broken or stale else 0
    todo = build(english=english, messages=messages)
    print(f"{TS.name}: {len(messages)} messages, {len(todo)} without English (they show in Japanese)")
    return 0


def qm_differences(qm: Path, messages: list[Message], english: dict) -> list[str]:
    """Where the .qm's English is not en_messages.json's (a string added or changed in the
    JSON and the build not rerun). Reads the .qm the way the window does, via QTranslator."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return [f"{qm.name} does not load"]
    found = []
    for m in messages:
        value = english.get(m.source)
        if value is None:
            continue
        if m.numerus:
            forms = value if isinstance(value, list) else [value, value]
            got = [translator.translate(m.context, m.source, "", n) for n in (1, 2)]
            want = [forms[0].replace("%n", "1"), forms[1].replace("%n", "2")]
            got = [g.replace("%n", str(n)) for g, n in zip(got, (1, 2))]
        else:
            got, want = translator.translate(m.context, m.source), value
        if got != want:
            found.append(f"[{m.context}] {m.source!r}: .qm has {got!r}, JSON {want!r}")
    return found


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
