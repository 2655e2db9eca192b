"""The bad inputs every command is run against (tests/cli/test_bad_inputs.py): the faults
the CLI probe found, and others of the same kinds, each with what its message must name.

`World` holds the files the faults need: a good database (initialised and seeded), its
truncated and newer-release copies, a copy on a read-only medium, a text file, scenario
files of every bad kind, output places that cannot be written.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFUSED_PG = "postgresql://nobody@127.0.0.1:1/x"
ADMIN = ("chief", "chief-admin-pass-1")  # the good database's administrator (signed-in commands)
GOOD_SCENARIO = {"event": "certificate", "card": {"name": "見本　花子"}, "today": "2025-04-01",
                 "answers": {"certificate": {"kind": "住民票の写し"}}}


@dataclass(frozen=True)
class Case:
    name: str
    argv: tuple[str, ...]
    exit_codes: frozenset[int]       # what the run may end with
    names: tuple[str, ...] = ()      # every one must appear in stdout+stderr (the problem named)
    stdin: bytes = b""
    stdout_full: bool = False        # standard output is /dev/full


@dataclass
class World:
    root: Path
    env: dict[str, str] = field(default_factory=dict)
    good_db: str = ""
    resident: tuple[str, str, str] = ("", "", "")  # atena_no, name, birth date of a seeded resident
    read_only_db: str = ""

    def path(self, name: str) -> Path:
        return self.root / name

    def run(self, argv, stdin: bytes = b"", stdout_full: bool = False, timeout: int = 120):
        """(exit code, stdout, stderr) of `main.py argv`."""
        with open("/dev/full" if stdout_full else os.devnull, "wb") as full:
            done = subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], input=stdin,
                                  stdout=full if stdout_full else subprocess.PIPE, stderr=subprocess.PIPE,
                                  cwd=self.root, env=self.env, timeout=timeout)
        return done.returncode, (done.stdout or b"").decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def build_world(root: Path) -> World:
    world = World(root)
    world.env = dict(os.environ, MADOGUCHI_DATA_DIR=str(root / "data"), MADOGUCHI_CONFIG_DIR=str(root / "config"),
                     LANG="C.UTF-8")
    world.env.pop("MADOGUCHI_DB", None)
    good = root / "good.sqlite3"
    world.good_db = f"sqlite:///{good}"
    for argv in (("db", "init"), ("db", "seed", "--residents", "30", "--quiet")):
        code, _out, err = world.run(("--db", world.good_db, *argv))
        assert code == 0, err
    code, out, err = world.run(("--db", world.good_db, "users", "bootstrap", ADMIN[0]))
    assert code == 0, err
    one_time = out.strip().splitlines()[-1]
    code, _out, err = world.run(("--db", world.good_db, "users", "passwd", "--as", ADMIN[0]),
                                stdin=f"{one_time}\n{ADMIN[1]}\n".encode())
    assert code == 0, err
    with sqlite3.connect(good) as conn:
        world.resident = conn.execute("SELECT atena_no, name, birth_date FROM residents ORDER BY id").fetchone()
    conn.close()
    data = good.read_bytes()
    (root / "truncated.sqlite3").write_bytes(data[: len(data) // 2])
    shutil.copy2(good, root / "newer.sqlite3")
    with sqlite3.connect(root / "newer.sqlite3") as conn:
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('0099_from_the_future')")
    conn.close()
    (root / "notes.txt").write_text("これはデータベースではありません\n", encoding="utf-8")
    (root / "records.csv").write_text("宛名番号,氏名\n1001,見本　花子\n", encoding="utf-8")
    (root / "empty.sqlite3").touch()
    (root / "a-folder").mkdir()
    _scenarios(root, world.resident[0])
    return world


def _scenarios(root: Path, atena_no: str) -> None:
    files = {
        "good.json": json.dumps(GOOD_SCENARIO, ensure_ascii=False).encode(),
        "with-resident.json": json.dumps(dict(GOOD_SCENARIO, resident_id=atena_no, card={})).encode(),
        "unknown-resident.json": json.dumps(dict(GOOD_SCENARIO, resident_id="0000000000", card={})).encode(),
        "binary.json": bytes(range(256)) * 4,
        "bom.json": b'\xef\xbb\xbf{"event": "certificate"}',
        "shift-jis.json": '{"event": "move_in", "card": {"name": "見本"}}'.encode("cp932"),
        "deep.json": b"[" * 50_000 + b"]" * 50_000,
        "name-number.json": json.dumps(dict(GOOD_SCENARIO, card={"name": 123})).encode(),
        "include-numbers.json": json.dumps(dict(GOOD_SCENARIO, answers={"certificate": {
            "kind": "住民票の写し", "include": [1, 2]}})).encode(),
        "address-number.json": json.dumps({"event": "move_in", "card": {"name": "見本"},
                                           "answers": {"new_address": 5}}).encode(),
        "today-9999.json": json.dumps(dict(GOOD_SCENARIO, today="9999-12-31")).encode(),
        "today-year-1.json": json.dumps(dict(GOOD_SCENARIO, today="0001-01-01")).encode(),
        "surrogate.json": json.dumps(GOOD_SCENARIO).replace("\\u898b", "\\udc00").encode(),
        "nan.json": b'{"event": NaN}',
        "huge-number.json": b'{"event": ' + b"9" * 5000 + b"}",
        "not-object.json": b'["certificate"]',
        "birth-no-form.json": json.dumps({"event": "birth", "card": {"name": "見本"}}).encode(),
        "utf16.json": json.dumps(GOOD_SCENARIO, ensure_ascii=False).encode("utf-16"),
    }
    for name, content in files.items():
        (root / name).write_bytes(content)


def _database_faults(world: World, writes: bool, creates: bool) -> list[tuple[str, tuple[str, ...], set, tuple]]:
    """(name, --db value, exit codes, names) for the database faults."""
    root = world.root
    missing = root / "nowhere" / "madoguchi.sqlite3"
    faults = [
        ("text file as database", f"sqlite:///{root / 'notes.txt'}", {7}, ("データベースのファイルではありません", "notes.txt")),
        ("truncated database", f"sqlite:///{root / 'truncated.sqlite3'}", {7}, ("途中で切れて", "truncated.sqlite3")),
        ("database from a newer release", f"sqlite:///{root / 'newer.sqlite3'}", {7}, ("新しい版", "0099_from_the_future")),
        ("refused PostgreSQL", REFUSED_PG, {7}, ("127.0.0.1:1/x", "接続を受け付けません")),
        ("bad URL", "not a url at all", {7}, ("URL",)),
        ("unknown driver", "postgresql+pg8000://app@127.0.0.1:1/x", {7}, ("ドライバー", "pg8000")),
    ]
    if not creates:
        faults += [("missing file in a missing folder", f"sqlite:///{missing}", {7}, (str(missing), "db init")),
                   ("empty file", f"sqlite:///{root / 'empty.sqlite3'}", {7}, ("初期化されていません", "db init"))]
    if writes and world.read_only_db:
        faults.append(("write on a read-only medium", world.read_only_db, {7}, ("読み取り専用", "書き込めません")))
    return faults


COMMANDS = ("db init", "db upgrade", "db check", "db seed", "db roles", "records find", "packet",
            "users add", "users list", "users disable", "users enable", "users reset-password", "users set-role",
            "users passwd", "users bootstrap", "audit verify", "audit export", "audit anchor", "audit repair-head",
            "keys status", "keys rotate", "settings list", "settings set", "forms list", "forms calibrate",
            "forms offsets", "rules list", "rules lint", "rules catalog", "card readers", "card pin-status",
            "card read", "records profiles", "records import", "records import-mynumbers", "records export",
            "records duplicates decide", "records duplicates undo", "records duplicates decisions", "visits export")
# commands that change staff, keys or the audit log: only for a signed-in staff member (`--as`)
SIGNED_IN = {"users add", "users disable", "users enable", "users reset-password", "users set-role", "users passwd",
             "audit repair-head", "keys rotate", "records import", "records import-mynumbers", "records export",
             "records duplicates decide", "records duplicates undo", "records duplicates decisions", "visits export"}
# commands that never open the database (the forms library and this workstation's settings file)
NO_DATABASE = {"forms list", "forms calibrate", "forms offsets", "rules list", "rules lint", "rules catalog",
               "records profiles"}


# command path → (argv after the command path, reads only?, creates?)
def commands(world: World) -> dict[str, tuple[tuple[str, ...], bool, bool]]:
    atena, name, birth = world.resident
    out = str(world.path("out.pdf"))
    return {
        "db init": ((), False, True),
        "db upgrade": ((), False, False),
        "db check": ((), True, False),
        "db seed": (("--residents", "3", "--quiet"), False, False),
        "records find": (("--name", name, "--birth-date", birth), True, False),
        "packet": (("--scenario", str(world.path("with-resident.json")), "--out", out), True, False),
        "users add": (("tanaka", "--role", "clerk"), False, False),
        "users list": ((), True, False),
        "users disable": (("tanaka",), False, False),
        "users enable": (("tanaka",), False, False),
        "users reset-password": (("tanaka",), False, False),
        "users set-role": (("tanaka", "--role", "supervisor"), False, False),
        "users passwd": ((), False, False),
        "db roles": (("--login-role", "counter"), False, False),
        "audit anchor": (("--out", str(world.path("anchor.log"))), True, False),
        "audit repair-head": ((), False, False),
        "keys status": ((), True, False),
        "keys rotate": ((), False, False),
        "forms list": ((), True, False),
        "forms calibrate": (("--out", str(world.path("calibrate.pdf"))), True, False),
        "forms offsets": ((), True, False),
        "rules list": ((), True, False),
        "rules lint": ((), True, False),
        "rules catalog": (("--format", "csv"), True, False),
        "records profiles": ((), True, False),
        "records import": ((str(world.path("records.csv")), "--profile", "mado"), False, False),
        "records import-mynumbers": ((str(world.path("records.csv")),), False, False),
        "records export": (("--out", str(world.path("export.csv"))), False, False),
        "records duplicates decide": (("1001", "1002", "same"), False, False),
        "records duplicates undo": (("1001", "1002"), False, False),
        "records duplicates decisions": ((), False, False),
        "visits export": (("--since", "2026-01-01", "--out", str(world.path("handover.json"))), False, False),
        "users bootstrap": ((), False, False),
        "audit verify": ((), True, False),
        "audit export": (("--from", "2025-01-01", "--to", "2025-01-31", "--out", str(world.path("audit.csv"))),
                         False, False),
        "settings list": ((), True, False),
        "settings set": (("approval_required_for_print", "off"), False, False),
        "card readers": (("--persona", "yamada-taro"), True, False),
        "card pin-status": (("--persona", "yamada-taro"), True, False),
        "card read": (("--persona", "yamada-taro"), True, False),
    }


def cases_for(world: World, command: str) -> list[Case]:
    args, reads, creates = commands(world)[command]
    path = tuple(command.split())
    cases: list[Case] = []
    demo = ("--demo",) if path[0] == "card" else ()
    if path[0] != "card" and command not in NO_DATABASE:
        for name, db, codes, names in _database_faults(world, writes=not reads, creates=creates):
            cases.append(Case(name, ("--db", db, *path, *args), frozenset(codes), names, b"long-enough-pw\n"))
    if reads and path[0] != "card" and command not in NO_DATABASE and world.read_only_db:
        cases.append(Case("read from a read-only medium", ("--db", world.read_only_db, *path, *args), frozenset({0})))
    cases += [
        Case("unknown option", (*demo, *path, *args, "--no-such-option"), frozenset({2}), ("使えない引数", "--no-such-option")),
        Case("undecodable bytes in an argument", (*demo, *path, *args, "--db", "\udcff"), frozenset({2}), ("UTF-8",)),
    ]
    cases += _command_specific(world, command, path, args)
    return cases


def _command_specific(world: World, command: str, path, args) -> list[Case]:
    db = ("--db", world.good_db)
    p = world.path
    if command == "packet":
        def packet(name, scenario, codes, *names, out=str(p("out.pdf"))):
            return Case(name, ("packet", "--scenario", scenario, "--out", out), frozenset(codes), names)
        return [
            packet("binary scenario", str(p("binary.json")), {2}, "UTF-8"),
            packet("Shift_JIS scenario", str(p("shift-jis.json")), {2}, "UTF-8"),
            packet("BOM scenario without a name", str(p("bom.json")), {2}, "card.name"),
            packet("deeply nested scenario", str(p("deep.json")), {2}, "入れ子"),
            packet("card.name a number", str(p("name-number.json")), {2}, "card.name"),
            packet("include holding numbers", str(p("include-numbers.json")), {2}, "answers.certificate.include"),
            packet("address a number", str(p("address-number.json")), {2}, "answers.new_address"),
            packet("today 9999-12-31", str(p("today-9999.json")), {2}, "today"),
            packet("today in year 1", str(p("today-year-1.json")), {2}, "today"),
            packet("lone surrogate in a name", str(p("surrogate.json")), {2}, "card.name"),
            packet("NaN", str(p("nan.json")), {2}, "NaN"),
            packet("5000-digit number", str(p("huge-number.json")), {2}, "数値"),
            packet("not an object", str(p("not-object.json")), {2}, "オブジェクト"),
            packet("/dev/zero as scenario", "/dev/zero", {2}, "大きすぎ"),
            packet("a folder as scenario", str(p("a-folder")), {2}, "フォルダ"),
            packet("missing scenario", str(p("absent.json")), {2}, "ありません"),
            packet("--out in a missing folder", str(p("good.json")), {9}, "フォルダがありません",
                   out=str(p("no-folder/out.pdf"))),
            packet("--out a folder", str(p("good.json")), {9}, "フォルダです", out=str(p("a-folder"))),
            packet("--out on a full disk", str(p("good.json")), {9}, "ディスクがいっぱい", out="/dev/full"),
            Case("resident not in the database", (*db, "packet", "--scenario", str(p("unknown-resident.json")),
                                                  "--out", str(p("o.pdf"))), frozenset({2}), ("宛名番号",)),
            packet("an event that yields no form", str(p("birth-no-form.json")), {0}),
            packet("UTF-16 scenario (accepted)", str(p("utf16.json")), {0}),
        ]
    if command == "records find":
        return [
            Case("--limit -1", (*db, *path, *args, "--limit", "-1"), frozenset({2}), ("--limit",)),
            Case("--limit not a number", (*db, *path, *args, "--limit", "ten"), frozenset({2}), ("--limit", "整数")),
            Case("birth date not a date", (*db, *path, "--name", "見本", "--birth-date", "1980-13-45"),
                 frozenset({2}), ("YYYY-MM-DD",)),
            Case("birth date 9999-12-31", (*db, *path, "--name", "見本", "--birth-date", "9999-12-31"),
                 frozenset({0, 1})),
            Case("bad My Number", (*db, *path, "--my-number", "12345"), frozenset({2}), ("個人番号",)),
            Case("nothing to search by", (*db, *path), frozenset({2}), ("--name",)),
            Case("stdout on a full disk", (*db, *path, *args), frozenset({9}), ("標準出力",), stdout_full=True),
        ]
    if command == "db seed":
        return [Case("--residents 0", (*db, *path, "--residents", "0"), frozenset({2}), ("--residents",)),
                Case("--residents -5", (*db, *path, "--residents", "-5"), frozenset({2}), ("--residents",)),
                Case("--residents huge", (*db, *path, "--residents", "10" * 20), frozenset({2}), ("--residents",))]
    if command == "card read":
        return [Case("stdin not UTF-8", ("--demo", *path, *args), frozenset({2}), ("標準入力",), b"\xff\xfe12\n"),
                Case("PIN not 4 digits", ("--demo", *path, *args), frozenset({3}), ("暗証番号",), b"12a\n"),
                Case("unknown --persona", ("--demo", *path, "--persona", "nobody"), frozenset({2}), ("nobody",)),
                Case("--persona a path", ("--demo", *path, "--persona", "../../docs/examples/birth"),
                     frozenset({2}), ("ペルソナ",)),
                Case("--wait nan", ("--demo", *path, "--wait", "nan"), frozenset({2}), ("--wait",))]
    if command == "card pin-status":
        return [Case("unknown --persona", ("--demo", *path, "--persona", "nobody"), frozenset({2}), ("nobody",)),
                Case("--wait -1", ("--demo", *path, "--wait", "-1"), frozenset({2}), ("--wait",))]
    if command == "audit export":
        base = (*db, *path, "--from", "2025-01-01", "--to", "2025-01-31", "--as", ADMIN[0])
        return [Case("--out in a missing folder", (*base, "--out", str(p("no-folder/a.csv"))), frozenset({9}),
                     ("フォルダがありません",), f"{ADMIN[1]}\n".encode()),
                Case("--out a folder", (*base, "--out", str(p("a-folder"))), frozenset({9}), ("フォルダです",), f"{ADMIN[1]}\n".encode()),
                Case("--out on a full disk", (*base, "--out", "/dev/full"), frozenset({9}), ("ディスクがいっぱい",), f"{ADMIN[1]}\n".encode()),
                Case("--from not a date", (*db, *path, "--from", "yesterday", "--to", "2025-01-31", "--out",
                                           str(p("a.csv"))), frozenset({2}), ("--from", "日付"))]
    if command in SIGNED_IN:
        cases = [Case("without --as (no signed-in staff member)", (*db, *path, *args), frozenset({8}),
                      ("--as", "サインイン"), b"a-password-1\n"),
                 Case("--as an unknown name", (*db, *path, *args, "--as", "nobody"), frozenset({8}),
                      ("職員名", "パスワード"), b"wrong-password\n"),
                 Case("stdin not UTF-8", (*db, *path, *args, "--as", "nobody"), frozenset({2}), ("標準入力",),
                      b"\xff\xfepassword\n"),
                 Case("no password on stdin", (*db, *path, *args, "--as", "nobody"), frozenset({2}), ("パスワード",),
                      b"")]
        if command in ("users add", "users set-role"):
            cases.append(Case("unknown role", (*db, *path, "x", "--role", "janitor"), frozenset({2}), ("janitor",)))
        return cases
    if command == "records import":
        signed = ("--as", ADMIN[0])
        pw = f"{ADMIN[1]}\n".encode()
        return [Case("unknown profile", (*db, *path, str(p("records.csv")), "--profile", "nosuch", *signed),
                     frozenset({2}), ("nosuch",), pw),
                Case("binary file", (*db, *path, str(p("binary.json")), "--profile", "mado", *signed),
                     frozenset({2}), (), pw),
                Case("missing file", (*db, *path, str(p("absent.csv")), "--profile", "mado", *signed),
                     frozenset({2}), ("absent.csv",), pw),
                Case("a folder as the file", (*db, *path, str(p("a-folder")), "--profile", "mado", *signed),
                     frozenset({2}), (), pw)]
    if command == "visits export":
        signed = ("--as", ADMIN[0])
        pw = f"{ADMIN[1]}\n".encode()
        return [Case("--since not a date", (*db, *path, "--since", "2026-13-01", "--out", str(p("h.json")), *signed),
                     frozenset({2}), ("YYYY-MM-DD",), pw),
                Case("--out on a full disk", (*db, *path, "--since", "2026-01-01", "--out", "/dev/full", *signed),
                     frozenset({9}), ("ディスクがいっぱい",), pw)]
    if command == "db roles":
        return [Case("on SQLite", (*db, *path, *args), frozenset({2}), ("PostgreSQL",))]
    if command == "audit anchor":
        return [Case("--out in a missing folder", (*db, *path, "--out", str(p("no-folder/a.log"))), frozenset({9}),
                     ("フォルダがありません",)),
                Case("neither --out nor --syslog", (*db, *path), frozenset({2}), ("--out",))]
    if command == "forms list":
        return [Case("--on not a date", (*path, "--on", "2025-13-01"), frozenset({2}), ("--on",)),
                Case("--overrides missing", (*path, "--overrides", str(p("no-such-dir"))), frozenset({2}),
                     ("上書きフォルダ",))]
    if command == "forms calibrate":
        return [Case("--out a folder", (*path, "--out", str(p("a-folder"))), frozenset({9}), ("フォルダです",)),
                Case("--out on a full disk", (*path, "--out", "/dev/full"), frozenset({9}), ("ディスクがいっぱい",))]
    if command == "forms offsets":
        return [Case("--dx nan", (*path, "--printer", "p", "--dx", "nan"), frozenset({2}), ("--dx",)),
                Case("--dy beyond 20 mm", (*path, "--printer", "p", "--dy", "500"), frozenset({2}), ("--dy",))]
    if command in ("rules lint", "rules list", "rules catalog"):
        return [Case("--overrides missing", (*path, *args, "--overrides", str(p("no-such-dir"))), frozenset({2}),
                     ("上書きフォルダ",))]
    if command == "settings set":
        return [Case("unknown setting", (*db, *path, "no_such_setting", "1"), frozenset({2}), ("no_such_setting",)),
                Case("not an integer", (*db, *path, "idle_lock_seconds", "soon"), frozenset({2}),
                     ("idle_lock_seconds",))]
    return []
