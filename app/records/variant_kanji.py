"""旧字体・異体字 → 新字体 folding table for name and address lookup.

Only for matching: the registry keeps the 戸籍 glyph for printing. Pairs were
chosen from characters that appear in Japanese surnames/place names and that
NFKC does not already fold (CJK compatibility ideographs like U+FA10 塚 are
folded by NFKC; U+FA11 﨑 is a "unified" one and is not).
"""

_PAIRS = (
    "髙高 﨑崎 嵜崎 碕崎 邊辺 邉辺 邊辺 齋斎 齊斎 斉斎 𠮷吉 澤沢 濱浜 濵浜 櫻桜 國国 廣広 德徳 惠恵 "
    "眞真 實実 榮栄 壽寿 藏蔵 瀨瀬 來来 學学 會会 萬万 與与 冨富 曻昇 槗橋 桒桑 嶋島 嶌島 邨村 "
    "舘館 龍竜 晉晋 圓円 條条 傳伝 佛仏 兒児 緖緒 黑黒 靑青 淸清 增増 亞亜 區区 縣県 舊旧 氣気 "
    "禮礼 靜静 豐豊 彌弥 將将 團団 鐵鉄 巖巌 濟済 驛駅 櫛櫛 檜桧 籠篭 瀧滝 祕秘 淺浅 戶戸 "
    "髮髪 稻稲 福福 神神 祐祐 禎禎 辻辻 𡈽土 𣘺橋 𦚰脇 塚塚"
)

VARIANT_TO_STANDARD: dict[str, str] = {}
for _pair in _PAIRS.split():
    _variant, _standard = _pair[0], _pair[1]
    if _variant != _standard:
        VARIANT_TO_STANDARD[_variant] = _standard
