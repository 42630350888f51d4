"""The xlsx template: round trip, refusals that name the sheet and cell."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

import pytest
from openpyxl import load_workbook

from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
from ism_desktop.exchange.paimef.xlsx_template import programme_to_xlsx
from tests.paimef_builders import programme


def test_round_trip_gives_the_same_programme() -> None:
    original = programme()
    assert programme_from_xlsx(programme_to_xlsx(original)) == original


def test_blank_template_reads_as_an_empty_programme() -> None:
    empty = AnnualProgramme(2027, "Instituto Sonorense de las Mujeres")
    assert programme_from_xlsx(programme_to_xlsx(empty)) == empty


def _edited(sheet: str, cell: str, value: object) -> bytes:
    book = load_workbook(BytesIO(programme_to_xlsx(programme())))
    book[sheet][cell] = value
    stream = BytesIO()
    book.save(stream)
    return stream.getvalue()


def test_a_quantity_typed_as_text_with_a_thousands_separator_is_read() -> None:
    # A text cell «12,500» (pasted from another sheet) was refused as «no es una cantidad».
    data = _edited("Metas", "D2", "12,500")
    assert programme_from_xlsx(data).actions[0].goals[0].quantity == 12500


def test_numbers_typed_in_excel_are_read_exactly() -> None:
    # Staff type numbers, not text: 1234.5 is a float cell.
    data = _edited("Programa Anual", "H6", 1234.5)
    assert str(programme_from_xlsx(data).actions[0].exercised) == "1234.50"


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "expected"),
    [
        (
            "Programa Anual",
            "G6",
            "1,5e3",
            "hoja «Programa Anual», celda G6: «1,5e3» no es un monto",
        ),
        ("Programa Anual", "G7", "-0", "celda G7: «-0»: un monto no puede ser negativo"),
        ("Programa Anual", "H8", "abc", "celda H8"),
        ("Programa Anual", "H8", 0.001, "celda H8: «0.001» tiene fracciones de centavo"),
        ("Programa Anual", "G6", "9" * 40, "celda G6"),
        ("Programa Anual", "B6", "D", "celda B6: «D» no es una vertiente"),
        ("Programa Anual", "C6", "C-I", "celda C6: la línea de acción C-I es de la vertiente C"),
        ("Programa Anual", "B2", "dos mil", "celda B2"),
        ("Metas", "D2", -5, "hoja «Metas», celda D2"),
        ("Metas", "A2", "Z.9", "hoja «Metas», celda A2: no hay ninguna acción con la clave «Z.9»"),
        ("Fechas", "C5", "2026-02-30", "hoja «Fechas», celda C5: la fecha «2026-02-30» no existe"),
        # A date cell skipped the years check: 9999-12-31 was stored, and then the deadlines
        # overflowed and the main window could not open.
        ("Fechas", "C5", datetime(9999, 12, 31), "celda C5: la fecha «31/12/9999» está fuera"),
        ("Fechas", "C5", datetime(1900, 1, 1), "celda C5: la fecha «01/01/1900» está fuera"),
        ("Metas", "D2", "4²", "hoja «Metas», celda D2: «4²» no es una cantidad"),
    ],
)
def test_bad_cells_refused_by_name(sheet: str, cell: str, value: object, expected: str) -> None:
    with pytest.raises(PaimefFormatError) as caught:
        programme_from_xlsx(_edited(sheet, cell, value))
    assert expected in str(caught.value)


def test_not_a_workbook() -> None:
    with pytest.raises(PaimefFormatError, match=r"programa\.xlsx"):
        programme_from_xlsx(b"this is not a zip file")


def test_missing_sheet() -> None:
    book = load_workbook(BytesIO(programme_to_xlsx(programme())))
    del book["Metas"]
    stream = BytesIO()
    book.save(stream)
    with pytest.raises(PaimefFormatError, match="falta la hoja «Metas»"):
        programme_from_xlsx(stream.getvalue())


def test_a_text_that_starts_with_an_equals_sign_stays_text() -> None:
    # Written as a formula: Excel ran «=HYPERLINK(…)» and «=1+1», and the template read back
    # an empty name («no puede quedar vacío») for a cell that showed text.
    from tests.paimef_builders import action

    typed = programme(
        action(
            "A.1",
            "A",
            "A-I",
            "30000.00",
            name='=HYPERLINK("http://evil.example/x","Diplomado")',
            justification="=1+1",
            evidence="=> listas",
        )
    )
    data = programme_to_xlsx(typed)

    sheet = load_workbook(BytesIO(data))["Programa Anual"]
    texts = [cell for row in sheet.iter_rows() for cell in row if str(cell.value).startswith("=")]
    assert [cell.data_type for cell in texts] == ["s", "s", "s"]
    assert programme_from_xlsx(data) == typed
