"""Quarters of the fiscal year as the official form names them."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Imported where used: the window's frame reads the profile's quarter before its first
    # paint, and ``datetime`` is a millisecond or two it does not need.
    from datetime import date

_SPANISH_NAMES = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO")
# Before a noun Spanish shortens «primero» and «tercero»: «primer trimestre».
_ORDINALS = ("primer", "segundo", "tercer", "cuarto")


class Quarter(IntEnum):
    """A quarter of the year, 1 to 4."""

    FIRST = 1
    SECOND = 2
    THIRD = 3
    FOURTH = 4

    @property
    def spanish_name(self) -> str:
        """The name the form prints, e.g. ``PRIMERO``."""
        return _SPANISH_NAMES[self.value - 1]

    @property
    def in_words(self) -> str:
        """The quarter in running text: ``primer trimestre``, ``tercer trimestre``."""
        return f"{_ORDINALS[self.value - 1]} trimestre"

    @property
    def ordinal(self) -> str:
        """The ordinal as it goes before «trimestre», e.g. ``primer`` or ``segundo``."""
        return _ORDINALS[self.value - 1]

    @property
    def index(self) -> int:
        """Zero-based position of this quarter in a row of four figures."""
        # Plain int arithmetic: ``self.value`` goes through the enum's slow descriptor, and this
        # runs for every figure a package or a report reads.
        return self - 1

    def first_day(self, year: int) -> date:
        """The quarter's first calendar day in ``year`` (1 January, 1 April, …)."""
        from datetime import date

        return date(year, 3 * self - 2, 1)

    def last_day(self, year: int) -> date:
        """The quarter's last calendar day in ``year`` (31 March, 30 June, 30 September, …)."""
        from datetime import date, timedelta

        if self == 4:
            return date(year, 12, 31)
        return date(year, 3 * self + 1, 1) - timedelta(days=1)

    @classmethod
    def from_spanish(cls, name: str) -> Quarter:
        """Parse ``PRIMERO``…``CUARTO`` (any case, surrounding blanks ignored)."""
        return cls(_SPANISH_NAMES.index(name.strip().upper()) + 1)

    @classmethod
    def parse(cls, value: int | str) -> Quarter:
        """Parse ``1``…``4`` or a Spanish quarter name; raise ``ValueError`` otherwise."""
        text = str(value).strip()
        if text.isdigit():
            return cls(int(text))
        return cls.from_spanish(text)
