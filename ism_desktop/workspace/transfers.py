"""Whole-file use cases: an official report, packages in and out, a backup put back.

Each writes the store only after a copy of it was kept, and only when something is about to be
written: a file that is refused, or packages all refused, leave no copy behind (and push none out
of the rotation).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ism_desktop.store.backup import (
    REASON_IMPORT_PACKAGE,
    REASON_IMPORT_REPORT,
    backup_before_change,
)
from ism_desktop.store.backup_catalogue import BackupInfo
from ism_desktop.store.store import Store

# Packages and validation are imported where they are used: importing a report needs neither.
if TYPE_CHECKING:
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.domain.validation.settings import ValidationSettings
    from ism_desktop.exchange.etca.report_import import ImportSummary, LoadedReport
    from ism_desktop.exchange.export.export_steps import ExportSteps
    from ism_desktop.exchange.export.report_package import ExportedPackage
    from ism_desktop.exchange.intake.packages import ReceiveOutcome
    from ism_desktop.exchange.intake.receiver import IntakeOptions


def import_report(
    store: Store, source: Path | LoadedReport
) -> tuple[ImportSummary, BackupInfo | None]:
    """Read the whole report first; keep a copy of the data; then store it in one transaction.

    Raises:
        EtcaFormatError: the file is not a readable report (nothing was copied or written).
        StoreError: the copy or the write failed (nothing was written).
    """
    from ism_desktop.exchange.etca.report_import import load_etca_file, store_etca_report

    loaded = load_etca_file(source) if isinstance(source, Path) else source
    # The copy is made holding the write lock: none when another program keeps the import
    # from writing (each attempt would push an older, different copy out of the rotation).
    with store.one_transaction():
        backup = backup_before_change(store.path, REASON_IMPORT_REPORT)
        summary = store_etca_report(loaded, store.reports)
    return summary, backup


def preview_report(store: Store, path: Path) -> tuple[LoadedReport, list[str]]:
    """Read a report and say, a line each, what it would replace here; nothing is written.

    Raises:
        EtcaFormatError: the file is not a readable report.
    """
    from ism_desktop.exchange.etca.report_import import change_lines, load_etca_file

    loaded = load_etca_file(path)
    # Only what holds something now is replaced: a figure or text left empty is filled.
    changes = [c for c in store.reports.changes_if_saved(loaded.parsed.report) if c.change.old]
    return loaded, change_lines(changes, by_name=True)


def check_packages(
    store: Store, paths: Sequence[Path], options: IntakeOptions
) -> list[ReceiveOutcome]:
    """Check every file and say what it would change; nothing is written."""
    from ism_desktop.exchange.intake.packages import receive_packages

    return receive_packages(store, list(paths), options, dry_run=True)


def apply_packages(
    store: Store, checked: Sequence[ReceiveOutcome], *, recheck: bool = True
) -> tuple[list[ReceiveOutcome], BackupInfo | None]:
    """Apply the packages that passed their check, each on its own; a copy first, if any is.

    With ``recheck`` each file is checked again right before it is written and refused if it
    or the database changed since the review.
    """
    from ism_desktop.exchange.intake.packages import apply_checked
    from ism_desktop.workspace.late_reception import said_late

    results: list[ReceiveOutcome] = []
    backup = None
    if any(outcome.incoming is not None for outcome in checked):
        backup = backup_before_change(store.path, REASON_IMPORT_PACKAGE)
    # Every package gets its line, also those applied before one that failed.
    applied = iter(apply_checked(store, checked, recheck=recheck))
    results = [outcome if outcome.incoming is None else next(applied) for outcome in checked]
    return said_late(store, results), backup


def receive_files(
    store: Store, paths: Sequence[Path], options: IntakeOptions
) -> tuple[list[ReceiveOutcome], BackupInfo | None]:
    """Check and apply each file in turn (the command line: no review between the two).

    The batch is committed once; a copy of the data is made before the first write, and none
    if every file is refused.
    """
    from ism_desktop.exchange.intake.packages import receive_packages
    from ism_desktop.workspace.late_reception import said_late

    copies: list[BackupInfo | None] = []
    outcomes = receive_packages(
        store,
        list(paths),
        options,
        before_first_write=lambda: copies.append(
            backup_before_change(store.path, REASON_IMPORT_PACKAGE)
        ),
    )
    return said_late(store, outcomes), copies[0] if copies else None


def export_unit_package(
    store: Store,
    unit: UnitCode,
    quarter: Quarter,
    folder: Path,
    *,
    year: int | None,
    now: datetime | None = None,
    settings: ValidationSettings | None = None,
    entity: str | None = None,
    steps: ExportSteps | None = None,
) -> ExportedPackage:
    """Validate the unit's metas and write its package (nothing written if it has errors).

    ``entity``: the unit's dependency where several hold its code (by default this PC's).
    ``steps``: told of each page and sheet; what they raise stops it, nothing written.

    Raises:
        ExportRefusedError: validation found errors.
        ExportError: no report, no metas of the unit, or the folder cannot be written.
    """
    from ism_desktop.domain.validation.engine import DEFAULT_SETTINGS
    from ism_desktop.exchange.export.report_package import export_package
    from ism_desktop.exchange.export.validation import rules_validator

    return export_package(
        store,
        unit,
        quarter,
        folder,
        validate=rules_validator(
            store.justifications_for_year,
            DEFAULT_SETTINGS if settings is None else settings,
            store.packages.delivered,
        ),
        year=year,
        now=now,
        entity=entity,
        steps=steps,
    )
