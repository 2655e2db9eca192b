"""Serve the card model to a real pcscd through vsmartcard's vpcd driver.

The card is a TCP client of vpcd. Each message is a 2-byte big-endian length
and a payload; a 1-byte payload is a control code (0 off, 1 on, 2 reset,
4 = send ATR), anything longer is a C-APDU answered with the R-APDU.
TCP_NODELAY plus TCP_QUICKACK before every recv avoids a ~40 ms delayed-ACK
stall per APDU (test-infrastructure.md §2, gotcha 1).

By hand (a trainer, or IT checking a workstation):
    python -m cardreader.simulator.vpcd_card --persona yamada-taro [--port 35963]
"""
from __future__ import annotations

import argparse
import signal
import socket
import struct
import sys
import threading

from cardreader.simulator.card_model import CardPulled, MyNumberCardModel

DEFAULT_PORT = 35963
_QUICKACK = getattr(socket, "TCP_QUICKACK", None)


class VpcdCard:
    """A card that can be inserted into (connects) and removed from (closes) a vpcd slot."""

    def __init__(self, card: MyNumberCardModel, port: int = DEFAULT_PORT, host: str = "127.0.0.1") -> None:
        self.card = card
        self.port = port
        self.host = host
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def inserted(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def insert(self) -> None:
        if self.inserted:
            return
        sock = socket.create_connection((self.host, self.port), timeout=5)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self._thread = threading.Thread(target=self._serve, args=(sock,), name="vpcd-card", daemon=True)
        self._thread.start()

    def remove(self) -> None:
        sock, thread = self._sock, self._thread
        self._sock = self._thread = None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        if thread is not None and thread is not threading.current_thread():
            thread.join(5)

    def wait(self) -> None:
        """Block until the card is removed (by a fault or by `remove`)."""
        if self._thread is not None:
            self._thread.join()

    @staticmethod
    def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
        buf = b""
        while len(buf) < n:
            if _QUICKACK is not None:
                sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
            part = sock.recv(n - len(buf))
            if not part:
                return None
            buf += part
        return buf

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                head = self._recv_exact(sock, 2)
                if head is None:
                    return
                message = self._recv_exact(sock, struct.unpack("!H", head)[0])
                if message is None:
                    return
                if len(message) == 1:
                    if message[0] == 0x04:
                        reply = self.card.atr
                    else:  # power off / on / reset: no reply
                        self.card.power_cycle()
                        continue
                else:
                    try:
                        reply = self.card.execute(message)
                    except CardPulled:
                        return  # closing the socket is what "removed" means to vpcd
                sock.sendall(struct.pack("!H", len(reply)) + reply)
        except OSError:
            return
        finally:
            try:
                sock.close()
            except OSError:
                pass


def main(argv: list[str] | None = None) -> int:
    from cardreader.simulator.persona import PersonaNotFoundError, card_for_persona, persona_ids

    parser = argparse.ArgumentParser(description="模擬マイナンバーカードを pcscd (vpcd) に挿入します")
    parser.add_argument("--persona", required=True, help="resources/personas/<ID>.json")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="vpcd port (slot 00 = CHANNELID)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--delay-ms", type=float, default=None,
                        help="added to every response, like a slow contactless card")
    args = parser.parse_args(argv)
    try:
        card = card_for_persona(args.persona)
    except PersonaNotFoundError:
        print(f"persona not found: {args.persona}; known: {', '.join(persona_ids())}", file=sys.stderr)
        return 2
    if args.delay_ms is not None:
        card.faults.delay_s = args.delay_ms / 1000
    vpcd = VpcdCard(card, args.port, args.host)
    try:
        vpcd.insert()
    except OSError as exc:
        print(f"cannot reach vpcd on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    print(f"card inserted ({args.persona}) into vpcd {args.host}:{args.port}; Ctrl-C removes it", flush=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # kill = lift the card, like Ctrl-C
    try:
        vpcd.wait()
    except KeyboardInterrupt:
        pass
    finally:
        vpcd.remove()
    print(f"card removed; PIN tries left: {card.tries_left}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
