"""A filled template is a programme for a year not yet reported: never over a year in progress.

Imported over the year being reported, it rewrote every meta's original and modified targets,
closed quarters included, and the units' next packages were refused for «changing the
programme» they had not touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import (
    ProgrammeError,
    import_year_template,
    new_year,
    write_year_template,
)
from tests.exchange.package_builders import seed_store

AUTHOR = Author("Unidad coordinadora (002)", "prueba")


@pytest.fixture
def store(seed_text: str) -> Iterator[Store]:
    with seed_store(seed_text) as coordinator:
        yield coordinator


def _every_target_five(store: Store, year: int, path: Path) -> Path:
    write_year_template(store, year, path)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in range(5, sheet.max_row + 1):
            if sheet.title != "listas" and sheet.cell(row, 8).value in {"MET", "NUM", "DEN"}:
                for column in range(9, 13):
                    sheet.cell(row, column).value = 5
    book.save(path)
    return path


def test_a_year_with_reported_figures_is_refused_and_unchanged(
    store: Store, tmp_path: Path
) -> None:
    path = _every_target_five(store, 2024, tmp_path / "plantilla.xlsx")
    before = store.reports.load_year_metas(2024)

    with pytest.raises(ProgrammeError) as caught:
        import_year_template(store, 2024, path, AUTHOR)

    assert str(caught.value) == (
        "el programa 2024 ya se está informando (hay cifras realizadas del trimestre 1); la "
        "plantilla prepara el programa de un año antes de informarlo. Una meta modificada del "
        "año en curso cambia con una solicitud de cambio (Coordinación → Solicitudes de cambio de "
        "meta…; en la línea de comandos: ism-desktop solicitudes); lo programado original, no."
    )
    assert store.reports.load_year_metas(2024) == before


def test_a_new_year_with_a_closed_quarter_is_refused_too(store: Store, tmp_path: Path) -> None:
    new_year(store, 2025, 2024, AUTHOR)
    path = _every_target_five(store, 2025, tmp_path / "plantilla.xlsx")
    store.closures.set_state(
        ClosureEvent(
            2025,
            "30",
            UnitCode("004"),
            Quarter.FIRST,
            CLOSE,
            "",
            AUTHOR,
            "2025-04-05T09:00:00-07:00",
        )
    )

    with pytest.raises(ProgrammeError) as caught:
        import_year_template(store, 2025, path, AUTHOR)

    assert "(el trimestre 1 de la unidad 004 está cerrado)" in str(caught.value)


def test_a_new_year_not_yet_reported_takes_the_template(store: Store, tmp_path: Path) -> None:
    new_year(store, 2025, 2024, AUTHOR)
    path = _every_target_five(store, 2025, tmp_path / "plantilla.xlsx")

    done = import_year_template(store, 2025, path, AUTHOR)

    assert done.changed > 0
