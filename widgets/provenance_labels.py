"""Japanese names of the provenance codes (forms/ and app.visit use the codes).

One vocabulary for the clerk's review table and the supervisor's approval
page, so both read the same word for the same source.
"""
PROVENANCE_LABELS = {
    "card": "カード", "registry": "住民記録", "clerk": "職員入力",
    "answer": "住民の回答", "derived": "自動算出", "blank": "未入力", "office": "事務処理欄",
}
