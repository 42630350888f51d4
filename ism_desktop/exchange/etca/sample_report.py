"""The official 2024 first-quarter report shipped with the program as sample data."""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.codes import Unit
from ism_desktop.exchange.etca.report_import import ImportSummary, import_etca_file, load_etca_file
from ism_desktop.platform import resources_dir
from ism_desktop.store.report_repository import ReportRepository

SAMPLE_REPORT_NAME = "etca_iii_04_2024_t1.txt"


def sample_report_path() -> Path:
    """The bundled ETCA-III-04 report of 2024, first quarter."""
    return resources_dir() / "sample" / SAMPLE_REPORT_NAME


def load_sample_if_empty(repository: ReportRepository) -> ImportSummary | None:
    """Pre-load the bundled report into an empty database; ``None`` if it had data already."""
    if not repository.is_empty():
        return None
    return import_etca_file(sample_report_path(), repository)


def offered_units(units: list[Unit]) -> list[Unit]:
    """The units a database lists; with none (a new, empty one), the bundled report's.

    Asked which unit uses the PC, a new database named with --db offered only the coordinating
    unit: a unit's PC could only cancel. The report is read, not stored: the database stays empty.
    """
    if units:
        return units
    return list(load_etca_file(sample_report_path()).parsed.report.catalogue.units.values())
