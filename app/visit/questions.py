"""The questions each life event asks at the counter — only the `answers.*` keys that the
procedure rules (forms/rules/*.json) and the form specs read for that event.

Besides the kinds listed on app.visit.model.Question, a question of kind "person" is answered
with the member_id of one of the visit's household members (the deceased at 死亡);
app.visit.context turns it into the person the rules read.
"""
from __future__ import annotations

from app.visit.model import Question

INSURANCE = (("nhi", "国民健康保険"), ("employee", "勤務先の健康保険"), ("none", "加入していない"))
CERTIFICATES = (("住民票の写し", "住民票の写し"), ("印鑑登録証明書", "印鑑登録証明書"),
                ("除票の写し", "除票の写し"), ("住民票記載事項証明書", "住民票記載事項証明書"))
PHONE = Question("phone", "日中の連絡先（電話番号）", "text")
MEMBERS = Question("members", "一緒に手続きをする世帯員", "members")

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "move_in": (
        Question("date", "転入した日", "date"),
        Question("new_address", "新しい住所", "text"),
        Question("from_abroad", "国外からの転入ですか", "bool", default=False),
        Question("insurance", "現在の健康保険", "choice", INSURANCE, default="nhi"),
        Question("wants_seal_registration", "印鑑登録を希望しますか", "bool", default=False),
        PHONE, MEMBERS),
    "move_within": (Question("date", "転居した日", "date"),
                    Question("new_address", "新しい住所", "text"), PHONE, MEMBERS),
    "move_out": (Question("date", "転出予定日", "date"),
                 Question("new_address", "転出先の住所", "text"),
                 Question("to_abroad", "国外への転出ですか", "bool", default=False), PHONE, MEMBERS),
    "birth": (Question("date", "出生日", "date"), PHONE, MEMBERS),
    # 死亡 (おくやみ): the card holder is the 喪主 by default (葬祭費 is paid to the 喪主 and the
    # form prints the card holder as applicant); the deceased is picked from the household, and
    # everyone else in it is a survivor (世帯主変更 counts the survivors aged 15+).
    "death": (Question("deceased", "亡くなった方", "person"),
              Question("date", "死亡日", "date"),
              Question("death_notice_filed", "死亡届は提出済みですか", "bool", default=True),
              Question("funeral_date", "葬祭執行日（葬儀を行った日）", "date"),
              Question("relation_to_deceased", "喪主（カードの方）と亡くなった方との続柄", "text"),
              Question("deceased_card_held", "亡くなった方はマイナンバーカードをお持ちでしたか",
                       "bool", default=False),
              PHONE,
              Question("bank_detail", "葬祭費の振込先（金融機関・支店・種別）", "text"),
              Question("bank_account", "口座番号", "text"),
              Question("bank_holder_kana", "口座名義（カナ）", "text")),
    "marriage": (Question("date", "婚姻の日", "date"),
                 Question("new_address", "新しい住所（転居する場合）", "text"),
                 Question("name_change", "氏が変わりますか", "bool", default=False), PHONE, MEMBERS),
    "household_change": (Question("date", "変更の日", "date"),
                         Question("household_merge", "世帯を合併しますか", "bool", default=False),
                         Question("new_head", "新しい世帯主の氏名", "text"), PHONE, MEMBERS),
    "certificate": (Question("certificate.kind", "請求する証明書", "choice", CERTIFICATES,
                             default="住民票の写し"),
                    Question("certificate.copies", "必要な通数", "text", default="1"),
                    Question("certificate.purpose", "使いみち", "text")),
    "seal_registration": (PHONE,),
}


def questions_for(event: str) -> list[Question]:
    return list(QUESTIONS.get(event, (PHONE,)))
