"""The administrative unit's code: apart from the catalogue's other codes, for the window's frame.

The frame reads the PC's profile (a unit code) before its first paint; the catalogue's other
value types (``codes``) are six more dataclasses, each a few generated methods compiled at
import, that it does not need until the report loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# [0-9], never \d: «００４» or «٠٠٤» would pass \d and become a phantom unit.
_UNIT_RE = re.compile(r"[0-9]{3}")

COORDINATING_UNIT_CODE = "002"


@dataclass(frozen=True, slots=True, order=True)
class UnitCode:
    """Administrative unit code, three digits (``004``)."""

    value: str

    def __post_init__(self) -> None:
        if not _UNIT_RE.fullmatch(self.value):
            raise ValueError(f"Clave de unidad administrativa inválida: «{self.value}»")

    def __str__(self) -> str:
        return self.value
