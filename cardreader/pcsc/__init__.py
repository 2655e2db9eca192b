"""PC/SC through pyscard: the only package that imports `smartcard`."""
from cardreader.pcsc.pcsc_transport import PcscTransport, list_readers
from cardreader.pcsc.status_source import PcscStatusSource

__all__ = ["PcscTransport", "PcscStatusSource", "list_readers"]
