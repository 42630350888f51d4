"""A real spreadsheet for the tests: LibreOffice, headless, recalculating every formula."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

# Separator, quote, UTF-8, first line, no column formats, language, quoted text as text,
# detect numbers, cells AS SHOWN, no formulas, no space trimming, every sheet (-1).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def soffice() -> str:
    """The LibreOffice program; the test is skipped without it (failed on CI)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None and os.environ.get("CI"):
        pytest.fail("CI debe instalar LibreOffice (libreoffice-calc-nogui): ver .ci/run.")
    if found is None:
        pytest.skip(
            "LibreOffice no está instalado (paquete Debian libreoffice-calc-nogui); "
            "CI lo instala y ejecuta esta prueba."
        )
    return found


def to_csv(workbook: Path, out_dir: Path, profile: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``workbook`` recalculated, as its cells show, by sheet name."""
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(out_dir),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheets = {}
    for path in out_dir.glob(f"{workbook.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as stream:
            sheets[path.stem.removeprefix(f"{workbook.stem}-")] = list(csv.reader(stream))
    return sheets


def to_pdf(workbook: Path, out_dir: Path, profile: Path) -> Path:
    """``workbook`` printed to PDF by LibreOffice, as a reviewer would print it."""
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / f"{workbook.stem}.pdf"
