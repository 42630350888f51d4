"""A cell of the filled template left empty: said in Spanish, never as Python's «None».

Office staff leave cells blank. An empty «Cantidad» read «celda D2: «None» no es una
cantidad», and an empty «Transversal (SÍ/NO)» ««None» no es SÍ ni NO» though a blank answer
there was meant as NO (the reader took «» as NO; an empty cell comes as nothing, not «»).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
from tests.exchange.paimef.template_edits import edited_template


def test_an_empty_quantity_says_it_cannot_stay_empty(tmp_path: Path) -> None:
    path = edited_template(tmp_path / "vacia.xlsx", {("Metas", "D2"): None})

    with pytest.raises(PaimefFormatError) as refused:
        programme_from_xlsx(path.read_bytes(), path.name)

    assert str(refused.value).splitlines()[-1] == (
        "vacia.xlsx, hoja «Metas», celda D2: no puede quedar vacío."
    )


def test_an_empty_transversal_answer_reads_as_no(tmp_path: Path) -> None:
    path = edited_template(tmp_path / "vacia.xlsx", {("Programa Anual", "F7"): None})

    read = programme_from_xlsx(path.read_bytes(), path.name)

    assert [action.transversal for action in read.actions if action.key == "A.2"] == [False]


def test_a_date_whose_clave_was_cleared_is_read_by_its_name(tmp_path: Path) -> None:
    # The «Clave» column is the program's; cleared, the date beside «Firma del Instrumento
    # Jurídico» was refused at C5 with the 33 claves listed. Its name says which one it is.
    path = edited_template(tmp_path / "clave.xlsx", {("Fechas", "B5"): None})

    read = programme_from_xlsx(path.read_bytes(), path.name)

    assert read.dates["firma_instrumento"] == date(2026, 3, 13)


def test_a_date_with_neither_clave_nor_a_known_name_is_refused_at_the_clave(
    tmp_path: Path,
) -> None:
    edits = {("Fechas", "A5"): "Firma", ("Fechas", "B5"): None}
    path = edited_template(tmp_path / "clave.xlsx", edits)

    with pytest.raises(PaimefFormatError) as refused:
        programme_from_xlsx(path.read_bytes(), path.name)

    assert str(refused.value).splitlines()[-1] == (
        "clave.xlsx, hoja «Fechas», celda B5: falta la clave de la fecha «Firma»; escriba la "
        "de la plantilla (columna B) o su nombre como en ella (columna A)."
    )
