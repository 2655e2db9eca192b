"""続柄 (relation to the head of household) as written on the 住民票 (forms-catalog §12.3).

The relation is always chained from the head ("妻の父"); 戸籍 terms such as 長男・長女 are
never used on 住民基本台帳 forms, so we map them to 子 and say so to the clerk.
"""
from __future__ import annotations
from domain.errors import DomainError

HEAD = "世帯主"

# Base terms a chain may be built from.
BASE_TERMS = frozenset({
    "世帯主", "妻", "夫", "妻(未届)", "夫(未届)", "子", "父", "母", "兄", "姉", "弟", "妹",
    "祖父", "祖母", "孫", "縁故者", "同居人",
})

# 戸籍-style or colloquial words → the 住民票 term.
ALIASES = {
    "本人": HEAD, "長男": "子", "次男": "子", "二男": "子", "三男": "子", "長女": "子", "次女": "子",
    "二女": "子", "三女": "子", "養子": "子", "養女": "子", "息子": "子", "娘": "子", "配偶者": None,
    "孫": "子の子", "祖父": "父の父", "祖母": "父の母", "義父": None, "義母": None,
    "妻（未届）": "妻(未届)", "夫（未届）": "夫(未届)",
}

# Terms that describe the head's spouse (used to find the spouse in a household).
SPOUSE_TERMS = frozenset({"妻", "夫", "妻(未届)", "夫(未届)"})
PARENT_TERMS = frozenset({"父", "母", "妻の父", "妻の母", "夫の父", "夫の母"})


class RelationshipError(DomainError):
    """A term that cannot be written as a 住民票 続柄 (`data["term"]`, a 続柄 word).
    detail: "empty", "point_of_view" (say 妻の父, not 義父), "unknown"."""

    code = "relationship_invalid"
    details = ("empty", "point_of_view", "unknown")


def normalize(term: str) -> str:
    """Return the 住民票 spelling of a 続柄, or raise RelationshipError.

    Chains ("妻の父", "子の妻", "兄の子") are accepted when every link is a base term.
    """
    text = (term or "").strip().replace("（", "(").replace("）", ")").replace(" ", "").replace("\u3000", "")
    if not text:
        raise RelationshipError("empty")
    if text in ALIASES:
        mapped = ALIASES[text]
        if mapped is None:
            raise RelationshipError("point_of_view", term=term)
        return mapped
    links = text.split("の")
    if all(link in BASE_TERMS - {HEAD} for link in links) or text == HEAD:
        return text
    raise RelationshipError("unknown", term=term)


def is_spouse(term: str) -> bool:
    return term in SPOUSE_TERMS

