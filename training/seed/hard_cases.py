"""Deliberate hard cases for lookup and printing, emitted before the regular population.

Each plan carries a `label` (Japanese, shown in the seed report) so tests and
trainers can find the atena numbers of e.g. the 𠮷田 household or the twins.
"""
from __future__ import annotations

from datetime import date

from training.seed.address_master import LONG_KATAGAKI
from training.seed.household_plans import PlanMaker

OLD_GLYPHS = "旧字体・異体字（髙・﨑・邊・齋）"
FOUR_BYTE = "4バイト文字（𠮷）"
LONG_KATAGAKI_LABEL = "長い方書"
LODGER_KATAGAKI = "方書（○○方）"
FOREIGN_ALPHABET = "外国人（英字氏名）"
FOREIGN_ALIAS = "外国人（通称あり）"
TWINS = "双子"
SAME_NAME_AND_BIRTH = "同姓同名・同生年月日の別人"
DUPLICATE_ATENA = "同一人の宛名重複"
NO_MY_NUMBER = "個人番号なし"
FORMER_SURNAME = "旧氏あり"
MOVED_OUT = "転出者"
DECEASED = "死亡者"

HARD_CASE_LABELS = (OLD_GLYPHS, FOUR_BYTE, LONG_KATAGAKI_LABEL, LODGER_KATAGAKI, FOREIGN_ALPHABET,
                    FOREIGN_ALIAS, TWINS, SAME_NAME_AND_BIRTH, DUPLICATE_ATENA, NO_MY_NUMBER,
                    FORMER_SURNAME, MOVED_OUT, DECEASED)


def hard_case_plans(mk: PlanMaker) -> list[dict]:
    plans: list[dict] = []

    def add(label: str, members: list[dict], **extra) -> dict:
        plan = {"members": members, "kind": "hard", "label": label, **extra}
        plans.append(plan)
        return plan

    # 髙橋 family of four: the card may print 高橋
    taka = ("髙橋", "タカハシ")
    head = mk.person(taka, "1", mk.birth(45, 45), "世帯主")
    wife = mk.person(taka, "2", mk.birth(43, 43), "妻")
    kids = sorted((mk.person(taka, sex, mk.child_birth(wife["birth"], other_parent=head["birth"]), "子") for sex in "12"),
                  key=lambda k: k["birth"])
    add(OLD_GLYPHS, [head, wife, *kids])
    add(OLD_GLYPHS, [mk.person(("山﨑", "ヤマザキ"), "2", mk.birth(67, 67), "世帯主")])
    nabe = ("渡邊", "ワタナベ")
    add(OLD_GLYPHS, [mk.person(nabe, "1", mk.birth(78, 78), "世帯主"), mk.person(nabe, "2", mk.birth(76, 76), "妻")])
    add(OLD_GLYPHS, [mk.person(("齋藤", "サイトウ"), "1", mk.birth(52, 52), "世帯主")])
    yoshi = ("𠮷田", "ヨシダ")
    add(FOUR_BYTE, [mk.person(yoshi, "1", mk.birth(38, 38), "世帯主"), mk.person(yoshi, "2", mk.birth(36, 36), "妻")])
    add(LONG_KATAGAKI_LABEL, [mk.person(mk.surname(), "2", mk.birth(29, 29), "世帯主")], katagaki=LONG_KATAGAKI)
    add(LODGER_KATAGAKI, [mk.person(mk.surname(), "1", mk.birth(20, 20), "世帯主")], katagaki="見本　一郎方")
    smith = mk.foreign_person("SMITH", "JOHN WILLIAM", "スミス", "ジョン　ウィリアム", "アメリカ合衆国",
                              "技術・人文知識・国際業務", date(mk.today.year + 2, 3, 31), "1", mk.birth(34, 34), "世帯主")
    spouse = mk.foreign_person("SMITH", "EMILY ROSE", "スミス", "エミリー　ローズ", "アメリカ合衆国", "家族滞在",
                               date(mk.today.year + 2, 3, 31), "2", mk.birth(33, 33), "妻")
    add(FOREIGN_ALPHABET, [smith, spouse])
    kim = mk.foreign_person("KIM", "MINJUN", "キム", "ミンジュン", "韓国", "特別永住者", None, "1",
                            mk.birth(61, 61), "世帯主", alias="金田　民俊", alias_kana="カネダ　タミトシ")
    add(FOREIGN_ALIAS, [kim])
    twins_family = mk._couple(30, 40)
    mother = mk._mother(twins_family)
    father = next(m for m in twins_family if m is not mother)
    t_birth = mk.child_birth(mother["birth"], youngest_age=3, other_parent=father["birth"])
    name = (twins_family[0]["surname"], twins_family[0]["surname_kana"])
    add(TWINS, twins_family + [mk.person(name, "1", t_birth, "子", twin=True),
                               mk.person(name, "2", t_birth, "子", twin=True)])
    namesake_birth = mk.birth(50, 50)
    for _ in range(2):  # two different people, different addresses
        add(SAME_NAME_AND_BIRTH, [{"surname": "佐藤", "surname_kana": "サトウ", "given": "健一",
                                   "given_kana": "ケンイチ", "sex": "1", "birth": namesake_birth, "rel": "世帯主"}])
    original = mk.person(mk.surname(), "2", mk.birth(41, 41), "世帯主")
    first = add(DUPLICATE_ATENA, [original])
    add(DUPLICATE_ATENA, [dict(original, no_my_number=True)], same_address_as=first)
    add(NO_MY_NUMBER, [mk.person(mk.surname(), "1", mk.birth(88, 88), "世帯主", no_my_number=True)])
    maiden = mk.surname()
    couple = mk._couple(30, 50)
    couple[1]["former_surname"] = maiden if maiden[0] != couple[0]["surname"] else ("見本", "ミモト")
    add(FORMER_SURNAME, couple)
    add(MOVED_OUT, [mk.person(mk.surname(), "1", mk.birth(27, 27), "世帯主", status="転出")])
    add(DECEASED, [mk.person(mk.surname(), "2", mk.birth(93, 93), "世帯主", status="死亡")])
    return plans
