"""The workspace's whole-file use cases: official reports, packages and bases, backups.

Each changes what the undo history knows of, or replaces the data under it: the history goes
before anything is written (see ``transfers`` for the copy kept first).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ism_desktop.domain.codes import UnitCode
from ism_desktop.store.database import StoreError
from ism_desktop.store.store import Store
from ism_desktop.workspace import transfers
from ism_desktop.workspace.backups import restore_copy
from ism_desktop.workspace.changes import (
    ImportChanges,
    PackagesChanges,
    ReportPreview,
    RestoreChanges,
    WorkspaceError,
)
from ism_desktop.workspace.report_view import ReportView
from ism_desktop.workspace.undo import UndoHistory

if TYPE_CHECKING:
    from ism_desktop.domain.observation import UnitObservations
    from ism_desktop.exchange.etca.report_import import LoadedReport
    from ism_desktop.exchange.export.export_steps import ExportSteps
    from ism_desktop.exchange.export.observations import ExportedObservations
    from ism_desktop.exchange.export.report_package import ExportedPackage
    from ism_desktop.exchange.intake.packages import ReceiveOutcome
    from ism_desktop.exchange.intake.receiver import IntakeOptions
    from ism_desktop.store.backup_catalogue import BackupInfo


class FileWork(ReportView):
    """Whole files in and out of the store, for the workspace (which sets ``history``)."""

    history: UndoHistory

    def replace_store(self, store: Store) -> None:
        """Work on a reopened database and read everything again."""
        self.store = store
        self.history.clear()
        self.reload()

    def preview_report(self, path: Path) -> ReportPreview:
        """Read an official report and say what it would overwrite here, writing nothing."""
        loaded, overwritten = transfers.preview_report(self.store, path)
        return ReportPreview(loaded, tuple(overwritten))

    def import_report(self, source: Path | LoadedReport) -> ImportChanges:
        """Store an official report (a copy of the data first); undo history is forgotten."""
        summary, backup = transfers.import_report(self.store, source)
        self.history.clear()
        return ImportChanges(summary, backup)

    def intake_options(self) -> IntakeOptions:
        """Who this PC is and which period it works on, as package intake checks them."""
        from ism_desktop.exchange.intake.receiver import IntakeOptions

        return IntakeOptions.for_profile(self.profile)

    def check_packages(self, paths: Sequence[Path]) -> list[ReceiveOutcome]:
        """Check each file and say what it would change; nothing is written."""
        return transfers.check_packages(self.store, paths, self.intake_options())

    def apply_packages(self, checked: Sequence[ReceiveOutcome]) -> PackagesChanges:
        """Apply the packages that passed the review; a copy first; undo history forgotten.

        Undo must never roll back what a package brought, so the history goes as soon as
        anything is about to be written.
        """
        if any(outcome.incoming is not None for outcome in checked):
            self.history.clear()
        results, backup = transfers.apply_packages(self.store, checked)
        return PackagesChanges(tuple(results), backup)

    def bases_warnings(self) -> list[str]:
        """What the bases ``export_bases`` would write lack or leave behind: asked first."""
        from ism_desktop.workspace.bases_warnings import bases_warnings

        return bases_warnings(self.store, self.profile.year, window=True)

    def export_bases(self, folder: Path, words: Sequence[str] = ()) -> int:
        """The coordinator writes one programme base per unit (with its spelling words).

        How many were written; what they lack is said before (``bases_warnings``).
        """
        from ism_desktop.exchange.export.base import export_bases

        profile = self.profile
        written = export_bases(
            self.store, folder, year=profile.year, quarter=profile.quarter, words=words
        )
        return len(written)

    def export_observations(
        self, unit: UnitCode, folder: Path, entity: str | None = None
    ) -> ExportedObservations:
        """The coordinator writes the return package of one unit's observations this quarter.

        With how many it carries: one with none is written too, and said apart. ``entity``:
        the unit's dependency, where several hold its code.
        """
        from ism_desktop.exchange.export.observations import export_observations

        profile = self.profile
        return export_observations(
            self.store, unit, profile.quarter, folder, year=profile.year, entity=entity
        )

    def observations_by_unit(self) -> dict[UnitCode, UnitObservations]:
        """Per unit with any, the profile's quarter's observations: written, and not yet sent."""
        profile = self.profile
        return self.store.observations.by_unit(profile.year, profile.quarter)

    def observations_by_dependency(self) -> dict[tuple[str, UnitCode], UnitObservations]:
        """As ``observations_by_unit``, per (dependency, unit)."""
        profile = self.profile
        return self.store.observations.by_dependency(profile.year, profile.quarter)

    def decisions_unsent_by_dependency(self) -> dict[tuple[str, UnitCode], int]:
        """As ``decisions_unsent_by_unit``, per (dependency, unit)."""
        return self.store.decisions.unsent_by_dependency(self.profile.year)

    def decisions_unsent_by_unit(self) -> dict[UnitCode, int]:
        """Per unit with any, the metas whose change-request decisions no package carried yet."""
        return self.store.decisions.unsent_by_unit(self.profile.year)

    def package_path(self, folder: Path) -> Path:
        """Where ``export_package(folder)`` writes the package (to ask before replacing one)."""
        from ism_desktop.exchange.package.manifest import package_file_name

        profile = self.profile
        return folder / package_file_name(profile.unit, profile.year, profile.quarter)

    def export_package(self, folder: Path, steps: ExportSteps | None = None) -> ExportedPackage:
        """Validate and write this PC's unit package for the profile's quarter.

        ``steps``: told of each page and sheet; what they raise stops it, nothing written.
        """
        profile = self.profile
        return transfers.export_unit_package(
            self.store,
            profile.unit,
            profile.quarter,
            folder,
            year=profile.year,
            settings=self.settings,
            steps=steps,
        )

    def restore_backup(self, info: BackupInfo, folder: Path) -> RestoreChanges:
        """Put a copy back in place of the data; the store is reopened either way.

        Raises:
            WorkspaceError: the copy was not restored (the data are as they were).
        """
        path = self.store.path
        if path is None:
            raise WorkspaceError("la base de datos está en memoria.")
        self.store.close()
        try:
            safety = restore_copy(info, path, folder)
        except StoreError as exc:
            raise WorkspaceError(f"No se restauró la copia: {exc}") from exc
        finally:
            # Reopened either way: the file is the restored copy, or the untouched current data.
            self.replace_store(Store.open(path))
        return RestoreChanges(info, safety)
