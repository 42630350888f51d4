"""The non-working-days file: written sorted and unique, read back; a damaged one is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.non_working_days import (
    load_non_working_days,
    save_non_working_days,
)


def test_round_trip_sorted_and_one_per_day(tmp_path: Path) -> None:
    path = tmp_path / "dias_inhabiles.json"
    assert load_non_working_days(path) == []  # no file yet
    save_non_working_days(
        path,
        [
            NonWorkingDay(date(2026, 4, 3), "Viernes Santo"),
            NonWorkingDay(date(2026, 4, 2), "Jueves Santo"),
            NonWorkingDay(date(2026, 4, 3), "Viernes Santo (oficio 12)"),
        ],
    )
    assert load_non_working_days(path) == [
        NonWorkingDay(date(2026, 4, 2), "Jueves Santo"),
        NonWorkingDay(date(2026, 4, 3), "Viernes Santo (oficio 12)"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "línea 1: el archivo no es JSON válido \\(falta el nombre de un campo"),
        ('{"dias": []}', "falta la lista"),
        ('{"dias_inhabiles": [{"motivo": "x"}]}', "día 1: falta la «fecha»"),
        ('{"dias_inhabiles": [{"fecha": "2026-02-30"}]}', "día 1: la fecha «2026-02-30» no existe"),
        ("[1, 2]", "falta la lista"),
    ],
)
def test_damaged_file_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "dias_inhabiles.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PaimefFormatError, match=message):
        load_non_working_days(path)


def test_a_file_not_in_utf8_is_said_plainly(tmp_path: Path) -> None:
    # It said «no se pudo leer ('utf-8' codec can't decode byte 0xff in position 0…)».
    path = tmp_path / "dias_inhabiles.json"
    path.write_bytes(b'\xff{"dias_inhabiles": []}')

    with pytest.raises(PaimefFormatError) as refused:
        load_non_working_days(path)

    assert str(refused.value) == (
        "dias_inhabiles.json: no está escrito en UTF-8; guárdelo de nuevo como texto UTF-8."
    )
