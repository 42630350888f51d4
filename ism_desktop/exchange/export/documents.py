"""The package's PDF and workbook, also written beside it so they can be opened and printed."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ism_desktop.exchange.atomic_file import write_atomically
from ism_desktop.exchange.package.manifest import PDF_NAME, XLSX_NAME


def write_documents_beside(package: Path) -> tuple[Path, Path]:
    """Write ``<package>.pdf`` and ``<package>.xlsx`` from the package just exported."""
    targets = (package.with_suffix(".pdf"), package.with_suffix(".xlsx"))
    with zipfile.ZipFile(package) as archive:
        for member, target in zip((PDF_NAME, XLSX_NAME), targets, strict=True):
            write_atomically(target, archive.read(member))
    return targets
