"""How big a package may be: the caps its receiver enforces, which its sender checks first.

One place for both sides, so that nothing a program exports is refused for its size where it
arrives (and a sender's database never numbers a package no one could receive).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ism_desktop.exchange.package.manifest import DATA_NAME, MANIFEST_NAME, PDF_NAME, XLSX_NAME
from ism_desktop.exchange.package.zip_guard import MIB, ZipLimits, megabytes

MAX_PACKAGE_BYTES = 256 * MIB
# No cap on the compression ratio: each member is read by chunks, bounded by its declared size
# and by ``MAX_MEMBER_BYTES``, and a unit's own history of autosaved narratives (every version
# repeating the last) compresses beyond any ratio that would still catch a bomb.
PACKAGE_LIMITS = ZipLimits(max_entries=8, max_entry_bytes=64 * MIB, max_total_bytes=192 * MIB)
MAX_MEMBER_BYTES = {
    MANIFEST_NAME: 64 * 1024,
    DATA_NAME: 48 * MIB,
    PDF_NAME: 64 * MIB,
    XLSX_NAME: 32 * MIB,
}


# What each part is called in a refusal, and its verb (plural «datos», singular the others).
_CALLED = {
    MANIFEST_NAME: f"su manifiesto ({MANIFEST_NAME}) ocuparía",
    DATA_NAME: f"sus datos ({DATA_NAME}) ocuparían",
    PDF_NAME: f"su PDF ({PDF_NAME}) ocuparía",
    XLSX_NAME: f"su libro de Excel ({XLSX_NAME}) ocuparía",
    "": "el paquete completo ocuparía",
}


@dataclass(frozen=True, slots=True)
class Oversize:
    """What of a package would be refused for its size: a member (or the whole, ``name`` "")."""

    name: str
    size: int
    limit: int

    def describe(self, receiver: str) -> str:
        """Spanish: «sus datos (datos.json) ocuparían 50.1 MB y <receiver> admite hasta 48.0 MB»."""
        called = _CALLED.get(self.name, f"«{self.name}» ocuparía")
        return f"{called} {megabytes(self.size)} y {receiver} admite hasta {megabytes(self.limit)}"


def oversize(members: Sequence[tuple[str, bytes]]) -> Oversize | None:
    """The first member (then the whole) the receiver would refuse for its size; None: it fits."""
    for name, content in members:
        limit = min(
            MAX_MEMBER_BYTES.get(name, PACKAGE_LIMITS.max_entry_bytes),
            PACKAGE_LIMITS.max_entry_bytes,
        )
        if len(content) > limit:
            return Oversize(name, len(content), limit)
    total = sum(len(content) for _, content in members)
    if total > PACKAGE_LIMITS.max_total_bytes:
        return Oversize("", total, PACKAGE_LIMITS.max_total_bytes)
    return None
