"""The report's PDF, received as if it were a package: refused saying what it is.

Beside a unit's package the program leaves its PDF and its Excel; picked (or sent) in the
package's place, the Excel was said to be the report, the PDF only «no es un paquete».
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.reader import read_package
from tests.exchange.package_builders import members

REPORT_PDF = (
    "es el informe en PDF (ETCA-III-04) que ISM Avance deja junto al paquete, para consultar "
    "o imprimir; no trae un paquete: reciba el paquete (.ismpaq) que está junto a él (si no lo "
    "tiene, pídalo a la unidad que lo envió)"
)


def _reason(path: Path) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)
    return caught.value.reason


def test_the_pdf_beside_the_package_is_refused_as_the_report_it_is(
    unit_package: Path, tmp_path: Path
) -> None:
    path = tmp_path / "ETCA-III-04_2024_T1_unidad_004.pdf"  # as the export names it
    path.write_bytes(members(unit_package)["informe.pdf"])

    assert _reason(path) == REPORT_PDF


def test_another_pdf_is_only_no_package(unit_package: Path, tmp_path: Path) -> None:
    path = tmp_path / "oficio escaneado.pdf"  # not the program's: not called the report
    path.write_bytes(members(unit_package)["informe.pdf"])

    assert _reason(path) == "no es un paquete de ISM Avance (.ismpaq)"
