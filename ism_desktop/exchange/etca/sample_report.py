"""The official 2024 first-quarter report shipped with the program as sample data."""

from __future__ import annotations

from pathlib import Path

from ism_desktop.exchange.etca.report_import import ImportSummary, import_etca_file
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
