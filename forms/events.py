"""The life events a visit can be about: one enum, used by the rules, the questions, the
visit, the scenario files and the window (a StrEnum, so the member is its code string:
stored in the database and written in rule and scenario files)."""
from __future__ import annotations

from enum import StrEnum


class EventCode(StrEnum):
    MOVE_IN = "move_in"                    # 転入
    MOVE_WITHIN = "move_within"            # 転居
    MOVE_OUT = "move_out"                  # 転出
    BIRTH = "birth"                        # 出生
    DEATH = "death"                        # 死亡 (おくやみ)
    MARRIAGE = "marriage"                  # 婚姻
    HOUSEHOLD_CHANGE = "household_change"  # 世帯変更
    CERTIFICATE = "certificate"            # 証明書の請求
    SEAL_REGISTRATION = "seal_registration"  # 印鑑登録

    @property
    def title(self) -> str:
        return EVENT_TITLES[self]

    @classmethod
    def parse(cls, value: "str | EventCode") -> "EventCode":
        """The enum member for a code; ValueError for anything else."""
        return value if isinstance(value, cls) else cls(str(value))


EVENT_TITLES: dict[EventCode, str] = {
    EventCode.MOVE_IN: "転入", EventCode.MOVE_WITHIN: "転居", EventCode.MOVE_OUT: "転出",
    EventCode.BIRTH: "出生", EventCode.DEATH: "死亡", EventCode.MARRIAGE: "婚姻",
    EventCode.HOUSEHOLD_CHANGE: "世帯変更", EventCode.CERTIFICATE: "証明書の請求",
    EventCode.SEAL_REGISTRATION: "印鑑登録",
}

# Display order at the counter.
EVENTS: tuple[EventCode, ...] = tuple(EventCode)
