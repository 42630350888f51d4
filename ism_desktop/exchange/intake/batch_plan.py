"""Planning a batch from the packages' manifests alone: its order, and which are replaced.

Only the manifests are read here (a few hundred bytes each): every file is read whole at its
turn, as before, so a batch never holds more than one unread package's data at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ism_desktop.exchange.intake.batch_order import SequenceKey, oldest_first, superseded
from ism_desktop.exchange.package.manifest import PackageManifest, file_label
from ism_desktop.exchange.package.reader import read_manifest


@dataclass(frozen=True)
class BatchPlan:
    """The order to take a batch's files in, and which a newer one of the batch replaces."""

    paths: Sequence[Path]
    manifests: Sequence[PackageManifest | None]
    order: Sequence[int]  # positions, in the order to take them
    replaced: dict[int, int]  # position → the position of the package received instead

    def replaced_text(self, position: int) -> str:
        """Why the file at ``position`` is not received: another of the batch takes its place."""
        keeper = self.replaced[position]
        mine, theirs = self.manifests[position], self.manifests[keeper]
        # Both were read to be compared.
        assert mine is not None
        assert theirs is not None
        whose = "de" if theirs.kind.goes_to_coordinator else "para"
        name = file_label(self.paths[keeper])
        if self.paths[keeper] == self.paths[position]:
            reason = "se eligió dos veces en este lote; se recibe una sola vez"
        elif mine.sequence == theirs.sequence:
            reason = (
                f"viene repetido en este lote: «{name}» trae la misma secuencia "
                f"({theirs.sequence}) {whose} la unidad {theirs.unit}; se recibe ese"
            )
        else:
            reason = (
                f"en este lote hay un paquete más reciente {whose} la unidad {theirs.unit} "
                f"para el mismo trimestre («{name}», secuencia {theirs.sequence}); se recibe "
                "ese en su lugar"
            )
        return f"«{file_label(self.paths[position])}»: {reason}"


def plan_batch(paths: Sequence[Path]) -> BatchPlan:
    """Read each file's manifest (a filled workbook has none) and plan the batch."""
    manifests = [None if _is_workbook(path) else read_manifest(path) for path in paths]
    replaced = superseded([_quarter_key(manifest) for manifest in manifests])
    order = oldest_first([_sender_key(manifest) for manifest in manifests], replaced)
    return BatchPlan(paths, manifests, order, replaced)


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
    sender = (manifest.kind.goes_to_coordinator, manifest.entity, manifest.unit)
    return sender, manifest.sequence


def _quarter_key(manifest: PackageManifest | None) -> SequenceKey | None:
    if manifest is None:
        return None
    sender = (manifest.kind, manifest.entity, manifest.unit, manifest.year, manifest.quarter)
    return sender, manifest.sequence
