"""Año → Libro de Excel para una unidad, on a report of dependencies 51 and 84.

By the code alone the list offered one «003 CEDS …» (the first dependency's name) for both 003s,
and the workbook of that code was refused as mixing them: neither could get one. Dependency
84's 002 was left out as the coordinator's own, which is 51's alone.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.gui import unit_workbook_action
from tests.gui.conftest import WindowFactory
from tests.gui.received_boxes import plain_words
from tests.gui.two_dependencies_window import SECOND
from tests.gui.two_dependencies_window import db_path as db_path  # the fixture
from tests.gui.unit_question import answer_unit
from tests.two_dependencies import AWAITED, SHARED, printed_descriptions

pytestmark = pytest.mark.gui


def test_each_dependency_s_unit_is_offered_and_written_its_own(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window(SECOND)
    offered: list[str] = []

    def choose_84s_003(items: list[str], _current: int) -> str:
        offered.extend(items)
        return next(item for item in items if item.startswith("003 ") and "84)" in item)

    told: list[str] = []
    answer_unit(monkeypatch, choose_84s_003)
    monkeypatch.setattr(unit_workbook_action, "choose_folder", lambda *_a: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))

    window.year_actions.workbook()

    shared = [item for item in offered if item.startswith("003 ")]
    assert shared == [
        "003 CEDS COORDINACIÓN EJECUTIVA (dependencia 51)",
        "003 ISV COORDINACIÓN REGIONAL SUR (dependencia 84)",
    ]
    assert [item for item in offered if item.startswith("002 ")] == [
        "002 ISV DIRECCIÓN JURÍDICA (dependencia 84)"
    ]
    (path,) = tmp_path.glob("*.xlsx")
    assert [" ".join(plain_words(text).splitlines()) for text in told] == [
        f"Se guardó «{path.name}». La unidad escribe lo realizado y la evaluación en las celdas "
        "amarillas y lo devuelve; se recibe con Archivo → Recibir paquetes…"
    ]
    assert path.name == f"ETCA-III-04_2024_T2_libro_dependencia_{AWAITED}_unidad_003.xlsx"
    book = openpyxl.load_workbook(path)
    header = {row[0]: row[1] for row in book["ismavance"].iter_rows(max_row=6, values_only=True)}
    assert (header["dependencia"], header["unidad"]) == (AWAITED, SHARED.value)
    sheet = book[str(header["hoja"])]
    mets = [
        " ".join(str(sheet.cell(row, 1).value).split())
        for row in range(7, sheet.max_row + 1)
        if sheet.cell(row, 5).value == "MET"
    ]
    assert mets == printed_descriptions()[(AWAITED, SHARED.value)]


def test_the_dependency_s_unit_of_the_meta_shown_is_offered_first(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # By the code, a meta of 84's 003 on screen put 51's 003 first.
    window = open_window(SECOND)
    meta = next(
        m for m in window.session.metas() if (m.key.entity, m.key.unit) == (AWAITED, SHARED)
    )
    window.select_meta(meta.stable_id)
    shown: list[str] = []

    def look(items: list[str], current: int) -> None:
        shown.append(items[current])
        return None  # cancelled: nothing written

    answer_unit(monkeypatch, look)

    window.year_actions.workbook()

    assert shown == ["003 ISV COORDINACIÓN REGIONAL SUR (dependencia 84)"]
