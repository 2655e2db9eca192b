"""Turn what the card layer delivers into the visit's CardReading.

The card bridge hands over `cardreader`'s CardReadResult (or its `as_dict()` shape);
the birth date on the card is a compact YYYYMMDD string, the visit keeps ISO dates.
"""
from __future__ import annotations

from app.visit.model import CardReading


def iso_date(text: str) -> str:
    digits = "".join(ch for ch in str(text or "") if ch.isdigit())
    if len(digits) == 8:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return str(text or "")


def card_reading_from(result) -> CardReading:
    if isinstance(result, CardReading):
        return result
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    my_number = data.get("my_number")
    if my_number is not None and not isinstance(my_number, str):
        # a MyNumber value type reveals its digits only on request
        my_number = my_number.reveal() if hasattr(my_number, "reveal") else str(my_number)
    return CardReading(name=data.get("name") or "", address=data.get("address") or "",
                       birth_date=iso_date(data.get("birth_date")),
                       sex_code=str(data.get("sex_code") or ""), my_number=my_number or None)
