"""Why a resident was offered as a candidate: the reasons the clerk reads, one table.

Kept apart from the lookup (app.records.lookup fills them in) so the window can translate
them (widgets.models.candidate_model) without reaching the repository. {pairs} and
{percent} are filled in by the lookup; the window matches a filled reason back to its
template.
"""
from __future__ import annotations

WHY = {
    "my_number": "個人番号が一致",
    "name": "氏名が一致",
    "name_width": "氏名が一致（全角・半角/空白の違いを同一視）",
    "name_folded": "氏名が一致（{pairs} を同一視）",
    "name_variant": "氏名が一致（表記ゆれを同一視）",
    "alias": "通称が一致",
    "name_order": "氏名が一致（姓名の順序違い）",
    "kana_typed": "振り仮名が一致（氏名はカナで入力）",
    "kana": "振り仮名が一致（氏名の漢字は相違）",
    "name_similar": "氏名が類似（一致度{percent}%）",
    "name_differs": "氏名が相違",
    "birth": "生年月日が一致",
    "birth_differs": "生年月日が相違",
    "address": "住所が一致",
    "address_no_katagaki": "住所が一致（方書の記載なし）",
    "katagaki_differs": "住所は方書のみ相違",
    "katagaki_written_apart": "住所は方書の書き方のみ相違",
    "town": "住所は町字まで一致（番地が相違）",
    "address_differs": "住所が相違",
    "sex_differs": "性別が相違",
    "deceased": "死亡により消除済み",
    "moved_out": "転出済み",
    "removed": "消除済み",
    "missing": "最新の全件データに載っていない",
}
