"""Counts said in Spanish: «1 meta», «2 metas», never «1 metas»."""

from __future__ import annotations


def count(number: int, one: str, many: str) -> str:
    """``number`` and the noun phrase that agrees with it: ``count(1, "página", "páginas")``."""
    return f"{number} {one if number == 1 else many}"
