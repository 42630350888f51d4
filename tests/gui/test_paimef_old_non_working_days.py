"""PAIMEF window on a days file of an older version: a weekend listed is marked, not dropped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
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


@pytest.fixture
def on_old_list(qtbot: QtBot, tmp_path: Path) -> Iterator[PaimefWindow]:
    """The window over a list holding a Saturday (07/03/2026), its warning the first."""
    (tmp_path / "dias_inhabiles.json").write_text(OLD_FILE, encoding="utf-8")
    with stored_programme(tmp_path, UNIT_001) as store:
        yield paimef_window(qtbot, store)


def test_the_window_says_where_the_listed_day_is_removed(on_old_list: PaimefWindow) -> None:
    # The command line and the printed informe state the problem; the window, which can remove
    # the day, adds what to do.
    listed = on_old_list.findings.item(0)
    marked = on_old_list.deadlines_tab.non_working.item(0, 1)

    assert listed is not None
    assert marked is not None
    remedy = "Puede quitarlo de la lista en la pestaña «Fechas y plazos» o justificar este aviso."
    assert listed.text().endswith(f"no cambia ningún plazo. {remedy}")
    assert marked.toolTip().endswith(f"no cambia ningún plazo. {remedy}")


def test_once_justified_the_warning_no_longer_asks_to_be_justified(
    on_old_list: PaimefWindow,
) -> None:
    on_old_list.findings.setCurrentRow(0)
    on_old_list.justify_selected("Se deja como registro del cierre anual.")
    listed = on_old_list.findings.item(0)

    assert listed is not None
    assert listed.text().startswith("AVISO (justificado): El día inhábil 07/03/2026")
    assert listed.text().endswith("no cambia ningún plazo.")
