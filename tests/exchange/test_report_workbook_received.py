"""The report's Excel, received as if it were a package: refused saying what it is.

A unit that sent the Excel beside its package (or the unit's own PC, picking it from the
folder where it was exported) was told only «no es un libro para llenar de ISM Avance»:
true, and no help to whoever has to ask for the right file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.reports.report_layout import layout_report
from ism_desktop.reports.xlsx_report import write_xlsx
from ism_desktop.store.store import Store


def test_the_reports_workbook_is_refused_as_the_report_it_is(
    coordinator: Store, tmp_path: Path
) -> None:
    report = coordinator.reports.load(year=2024)
    assert report is not None
    path = tmp_path / "ETCA-III-04_2024_T1_unidad_004.xlsx"
    with path.open("wb") as out:
        write_xlsx(layout_report(report, report.quarter, UnitCode("004")), out)
    before = coordinator.reports.load_year_metas(2024)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, path)

    said = str(refused.value)
    assert "es el informe en Excel (ETCA-III-04) que ISM Avance deja junto al paquete" in said
    assert "reciba el paquete (.ismpaq) que está junto a él" in said
    assert "no es un libro para llenar" not in said
    assert coordinator.reports.load_year_metas(2024) == before
