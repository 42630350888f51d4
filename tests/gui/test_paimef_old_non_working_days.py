"""PAIMEF window on a days file of an older version: a weekend listed is marked, not dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from tests.gui.paimef_stores import UNIT_001, paimef_window, stored_programme

pytestmark = pytest.mark.gui
OLD_FILE = (
    '{"dias_inhabiles": [{"fecha": "2026-03-07", "motivo": "Cierre anual"}, '
    '{"fecha": "2026-04-02", "motivo": "Jueves Santo"}]}\n'
)


def _reasons(table: QTableWidget) -> list[str]:
    return [table.item(row, 1).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def test_a_listed_saturday_is_marked_where_the_days_are_listed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Warned of under «Programa Anual» alone, it looked like any other day in this list.
    (tmp_path / "dias_inhabiles.json").write_text(OLD_FILE, encoding="utf-8")
    with stored_programme(tmp_path, UNIT_001) as store:
        window = paimef_window(qtbot, store)
        table = window.deadlines_tab.non_working

        assert _reasons(table) == [
            "Cierre anual — ya era inhábil (sábado); puede quitarlo",
            "Jueves Santo",
        ]
        marked = table.item(0, 1)
        assert marked is not None
        assert marked.toolTip().startswith("El día inhábil 07/03/2026 («Cierre anual») de la lista")
        warned = [f.field for f in window._findings if f.rule == "dias_inhabiles"]
        assert warned == ["inhabil.2026-03-07"]
    assert (tmp_path / "dias_inhabiles.json").read_text(encoding="utf-8") == OLD_FILE


def test_a_listed_legal_holiday_is_marked_too(qtbot: QtBot, tmp_path: Path) -> None:
    days = '{"dias_inhabiles": [{"fecha": "2026-02-02", "motivo": "Constitución"}]}\n'
    (tmp_path / "dias_inhabiles.json").write_text(days, encoding="utf-8")
    with stored_programme(tmp_path, UNIT_001) as store:
        window = paimef_window(qtbot, store)

        assert _reasons(window.deadlines_tab.non_working) == [
            "Constitución — ya era inhábil (descanso obligatorio); puede quitarlo"
        ]


def test_the_window_says_where_the_listed_day_is_removed(qtbot: QtBot, tmp_path: Path) -> None:
    # The command line and the printed informe state the problem; the window, which can remove
    # the day, adds what to do.
    (tmp_path / "dias_inhabiles.json").write_text(OLD_FILE, encoding="utf-8")
    with stored_programme(tmp_path, UNIT_001) as store:
        window = paimef_window(qtbot, store)
        listed = window.findings.item(0)
        marked = window.deadlines_tab.non_working.item(0, 1)

        assert listed is not None
        assert marked is not None
        remedy = (
            "Puede quitarlo de la lista en la pestaña «Fechas y plazos» o justificar este aviso."
        )
        assert listed.text().endswith(f"no cambia ningún plazo. {remedy}")
        assert marked.toolTip().endswith(f"no cambia ningún plazo. {remedy}")
