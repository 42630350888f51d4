"""Planning a batch from the packages' manifests: its order, and repeated quarters.

Each package is read whole here, once (structure, every SHA-256, the workbook, the data), and
its manifest orders the batch; past a budget of data held (``_AHEAD_DATA_BYTES``), only the
manifests are read, and those packages whole at their turn, as before. At its turn a package is
taken as read only if the file's SHA-256 is still the one read; otherwise (changed, removed) it
is read again then, and that reading is what is received or refused. A file that cannot be read
whole gives only its manifest, if any, and is read again at its turn, which says why it is
refused. The plan holds each package's parsed data until its turn only (its outcome holds it
after, as before); the file's bytes are dropped once read.

Of several packages of one sender, kind and quarter, the newest says what the sender means:
a unit corrected a quarter and sent it again, and both files reached the coordinator. Taken
oldest first, the older would be received and close the quarter to the correction. So at an
older one's turn, the newer ones are checked (nothing written), newest first: if one passes,
the older is not received, and says which one replaces it. A newer one that is damaged, or no
longer the package planned (the file changed), replaces nothing.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ism_desktop.exchange.intake.batch_order import SequenceKey, oldest_first
from ism_desktop.exchange.package.manifest import DATA_NAME, PackageManifest, file_label
from ism_desktop.exchange.package.reader import (
    PackageContents,
    package_sha256,
    read_manifest,
    read_package,
)
from ism_desktop.exchange.package.zip_guard import MIB


@dataclass(frozen=True)
class BatchPlan:
    """The order to take a batch's files in, and which ones share a sender and a quarter."""

    paths: Sequence[Path]
    manifests: Sequence[PackageManifest | None]
    order: Sequence[int]  # positions, in the order to take them
    # Positions of the packages of each sender, kind and quarter found more than once.
    shared: Mapping[Hashable, Sequence[int]]
    # Each package read whole when planned (None: not read, or refused, or taken already).
    read: list[PackageContents | None] = field(default_factory=list)

    def take_read(self, position: int) -> PackageContents | None:
        """The package as read when planned, if the file is still those very bytes; or None.

        The plan lets go of it either way: once its turn has come, a package is held only by
        what its turn made of it (a refused one by nothing), as when each was read at its turn.
        A package asked for again (a newer one checked first at an older one's turn) is read
        again from its file.
        """
        if position >= len(self.read) or (contents := self.read[position]) is None:
            return None
        self.read[position] = None
        return contents if package_sha256(self.paths[position]) == contents.sha256 else None

    def newer(self, position: int) -> list[int]:
        """Positions of the same sender's newer packages of the same quarter, newest first.

        Only those with nothing else of the sender numbered between: a package in between (the
        observations after a base, another quarter) was made after the older one and may need
        it, and once the newer one is received it could never be received again.
        """
        mine = self.manifests[position]
        if mine is None:
            return []
        candidates = self.shared.get(_quarter(mine), ())
        if len(candidates) < 2:
            return []
        # The sender's other packages numbered after this one (few: this is a rare batch).
        between = [
            manifest.sequence
            for manifest in self.manifests
            if manifest is not None
            and _sender(manifest) == _sender(mine)
            and _quarter(manifest) != _quarter(mine)
            and manifest.sequence > mine.sequence
        ]
        found = [
            other
            for other in candidates
            if self._sequence(other) > mine.sequence
            and not any(sequence < self._sequence(other) for sequence in between)
        ]
        return sorted(found, key=lambda other: (-self._sequence(other), other))

    def repeated_before(self, position: int) -> list[int]:
        """Positions given before ``position`` with the same package number (a copy, say)."""
        mine = self.manifests[position]
        if mine is None:
            return []
        return [
            other
            for other in self.shared.get(_quarter(mine), ())
            if other < position and self._sequence(other) == mine.sequence
        ]

    def same_quarter(self, position: int, manifest: PackageManifest) -> bool:
        """Whether ``manifest`` (read at its turn) is still of the same sender and quarter."""
        mine = self.manifests[position]
        return mine is not None and _quarter(manifest) == _quarter(mine)

    def replaced_text(self, position: int, other: int) -> str:
        """Why the file at ``position`` is not received: ``other`` is newer, and passed."""
        mine, theirs = self._both(position, other)
        mine_label, newer_label = self._labels(position, other)
        what = "del mismo trimestre" if theirs.kind.goes_to_coordinator else "del mismo tipo"
        return (
            f"«{mine_label}»: no se recibe el paquete con envío número {mine.sequence}: en este "
            f"lote viene uno más reciente {theirs.kind.of_unit(theirs.unit)} {what} (envío "
            f"número {theirs.sequence}, «{newer_label}»)"
        )

    def _labels(self, position: int, other: int) -> tuple[str, str]:
        """The two files' names; with their folders when the names are the same."""
        mine, theirs = self.paths[position], self.paths[other]
        if mine.name != theirs.name:
            return file_label(mine), file_label(theirs)
        # Through ``file_label`` too: a folder's name need not be text either.
        return (
            f"{file_label(mine.parent)}/{file_label(mine)}",
            f"{file_label(theirs.parent)}/{file_label(theirs)}",
        )

    def repeated_text(self, position: int, other: int) -> str:
        """Why the file at ``position`` is not received: ``other``, given before, is the same."""
        _mine, theirs = self._both(position, other)
        if self.paths[other] == self.paths[position]:
            label = file_label(self.paths[position])
            return f"«{label}»: se eligió dos veces en este lote; se recibe una sola vez"
        label, first = self._labels(position, other)
        return (
            f"«{label}»: viene repetido en este lote: «{first}» trae el mismo envío número "
            f"({theirs.sequence}) {theirs.kind.of_unit(theirs.unit)}; se recibe una sola vez"
        )

    def _both(self, position: int, other: int) -> tuple[PackageManifest, PackageManifest]:
        mine, theirs = self.manifests[position], self.manifests[other]
        # Both were read to be compared.
        assert mine is not None
        assert theirs is not None
        return mine, theirs

    def _sequence(self, position: int) -> int:
        manifest = self.manifests[position]
        return 0 if manifest is None else manifest.sequence


def plan_batch(paths: Sequence[Path]) -> BatchPlan:
    """Read each file's manifest (a filled workbook has none) and plan the batch."""
    # One file alone has no order to find: nothing is read twice for it.
    alone = len(paths) < 2
    read: list[PackageContents | None] = []
    manifests: list[PackageManifest | None] = []
    room = _AHEAD_DATA_BYTES
    for path in paths:
        plain = alone or _is_workbook(path)
        contents = None if plain or room <= 0 else _read_ahead(path)
        if contents is None:
            manifests.append(None if plain else read_manifest(path))
        else:
            manifests.append(contents.manifest)
            room -= _data_bytes(contents)
        # Past the budget it is read again at its turn, as is every package after it.
        read.append(contents if room >= 0 else None)
    groups: dict[Hashable, list[int]] = {}
    for position, manifest in enumerate(manifests):
        if manifest is not None:
            groups.setdefault(_quarter(manifest), []).append(position)
    shared = {quarter: found for quarter, found in groups.items() if len(found) > 1}
    order = oldest_first([_sender_key(manifest) for manifest in manifests])
    return BatchPlan(paths, manifests, order, shared, read)


# The packages' data (as JSON; parsed, about twice that) a plan holds at most: past it, the
# packages are read at their turn as before, so that a batch refused at its turns (received
# already, another period) never holds the data of all its packages at once. A unit's data is
# about 32 KB: some 120 packages are read ahead.
_AHEAD_DATA_BYTES = 4 * MIB


def _data_bytes(contents: PackageContents) -> int:
    listed = contents.manifest.file(DATA_NAME)
    return 0 if listed is None else listed.size


def _read_ahead(path: Path) -> PackageContents | None:
    """The package read whole; None when it is refused (read again, and said, at its turn)."""
    try:
        return read_package(path)
    except Exception:  # said by the reading at the file's turn
        return None


def sender_order(manifests: Sequence[PackageManifest]) -> list[int]:
    """Positions of packages already checked, each sender's oldest first."""
    return oldest_first([_sender_key(manifest) for manifest in manifests])


def _is_workbook(path: Path) -> bool:
    return path.suffix.lower() == ".xlsx"


def _sender_key(manifest: PackageManifest | None) -> SequenceKey | None:
    # One sequence per sender and direction, whatever the kind: the coordinator numbers a
    # unit's base and observations in one series (``PackageRepository.reserve``).
    if manifest is None:
        return None
    return _sender(manifest), manifest.sequence


def _sender(manifest: PackageManifest) -> Hashable:
    return (manifest.kind.goes_to_coordinator, manifest.entity, manifest.unit)


def _quarter(manifest: PackageManifest) -> Hashable:
    return (manifest.kind, manifest.entity, manifest.unit, manifest.year, manifest.quarter)
