"""Typed errors of the card layer.

Every error carries a stable `code` (used in CLI JSON and by the UI's error
presenter) and `message`, the Japanese text shown to the clerk. Raw status
words never reach the clerk; they stay in `ApduError.sw` for the log.
"""
from __future__ import annotations


class CardError(Exception):
    """Base of every error the card layer raises on purpose."""

    code = "card_error"
    default_message = "カードの読み取り中にエラーが発生しました。"

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)

    @property
    def tries_left(self) -> int | None:
        """Remaining PIN tries when the error knows them, else None."""
        return None


class ReaderUnavailable(CardError):
    code = "reader_unavailable"
    default_message = "カードリーダーが見つかりません。接続を確認してください。"


class ServiceUnavailable(ReaderUnavailable):
    """The PC/SC service (pcscd / Windows Smart Card service) is not running."""

    code = "service_unavailable"
    default_message = "カードリーダーのサービスが動いていません。システム担当に連絡してください。"


class NoCard(CardError):
    code = "no_card"
    default_message = "カードが置かれていません。カードをリーダーに置いてください。"


class CardRemoved(CardError):
    code = "card_removed"
    default_message = "カードが離れました。カードを置き直して、最初から読み取ってください。"


class NotMyNumberCard(CardError):
    code = "not_my_number_card"
    default_message = "マイナンバーカードではないか、正しく置かれていません。"


class _PinError(CardError):
    def __init__(self, tries_left: int | None, message: str | None = None) -> None:
        self._tries_left = tries_left
        super().__init__(message)

    @property
    def tries_left(self) -> int | None:
        return self._tries_left


class WrongPin(_PinError):
    code = "wrong_pin"

    def __init__(self, tries_left: int) -> None:
        super().__init__(tries_left,
                         f"暗証番号が違います。残り {tries_left} 回で窓口でのロック解除が必要になります。")


class PinLocked(_PinError):
    code = "pin_locked"
    default_message = "暗証番号がロックされています。暗証番号の初期化・再設定の窓口へご案内ください。"

    def __init__(self) -> None:
        super().__init__(0)


class PinNearlyLocked(_PinError):
    """Refused: only one try is left and the clerk did not confirm sending it."""

    code = "pin_last_try"

    def __init__(self, tries_left: int = 1) -> None:
        super().__init__(tries_left,
                         f"暗証番号の残り回数が {tries_left} 回です。間違えるとロックされます。"
                         "ご本人に確認のうえ、最後の1回であることを確認してから読み取ってください。")


class PinFormatError(CardError):
    """The typed PIN is not exactly 4 ASCII digits; nothing was sent to the card."""

    code = "pin_format"
    default_message = "暗証番号は数字4桁です。入力を確認してください（カードには送信していません）。"


class CardDataInvalid(CardError):
    code = "card_data_invalid"
    default_message = "カードの内容を正しく読み取れませんでした。券面を確認し、手入力してください。"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__()

    def __str__(self) -> str:  # the reason is technical and free of personal data
        return f"{self.message} ({self.reason})"


_SW_MESSAGES = {
    0x6982: "カードの認証が完了していません。もう一度読み取ってください。",
}


class ApduError(CardError):
    """An unexpected status word: an internal fault, logged with its SW."""

    code = "apdu_error"
    default_message = "カードとの通信でエラーが発生しました。もう一度読み取ってください。"

    def __init__(self, sw: int, command: str = "") -> None:
        self.sw = sw
        self.command = command
        super().__init__(_SW_MESSAGES.get(sw))

    def __str__(self) -> str:
        return f"{self.message} (SW={self.sw:04X} {self.command})".rstrip()
