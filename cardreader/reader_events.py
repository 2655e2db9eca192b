"""Events the reader monitor reports. Reader names are not personal data."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReaderAdded:
    reader: str


@dataclass(frozen=True)
class ReaderRemoved:
    reader: str


@dataclass(frozen=True)
class CardInserted:
    reader: str


@dataclass(frozen=True)
class CardRemoved:
    reader: str


@dataclass(frozen=True)
class ServiceUnavailable:
    """The PC/SC service stopped or is not running; the monitor keeps retrying."""


@dataclass(frozen=True)
class ServiceRestored:
    pass


ReaderEvent = ReaderAdded | ReaderRemoved | CardInserted | CardRemoved | ServiceUnavailable | ServiceRestored
