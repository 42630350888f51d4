"""Pesos typed in the indicators' grid as in the Programa Anual: «$1,234.50; $2,000.00»."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.gui.paimef_window_driver import _cell
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def _row_of(window: PaimefWindow, number: str) -> int:
    table = window.indicators_tab.table
    return next(r for r in range(table.rowCount()) if _cell(table, r, 0).text() == number)


def test_pesos_with_their_sign_are_captured(window: PaimefWindow, store: Store) -> None:
    table = window.indicators_tab.table
    row = _row_of(window, "12")

    _cell(table, row, 4).setText("$1,234.50; $2,000.00")

    assert store.paimef.captures() == {(12, "2026"): (Decimal("1234.50"), Decimal("2000.00"))}
    # 1,234.50 of 2,000.00 is 61.725 %, rounded half up.
    assert window.message.text() == "Indicador 12, año 2026: 61.73%"


def test_garbage_after_the_sign_is_refused_in_place(window: PaimefWindow, store: Store) -> None:
    table = window.indicators_tab.table
    row = _row_of(window, "12")
    _cell(table, row, 4).setText("$1,000.00; $2,000.00")

    _cell(table, row, 4).setText("$1,2a; $2,000.00")

    assert window.message.text().startswith(
        "No se guardó el indicador 12, año 2026: «$1,2a» no es un número (variable 1, «"
    )
    assert _cell(table, row, 4).text() == "$1,2a; $2,000.00"  # kept typed, to correct
    assert store.paimef.captures() == {(12, "2026"): (Decimal("1000.00"), Decimal("2000.00"))}


def test_the_command_line_reads_the_same_pesos() -> None:
    done = run_cli("paimef", "calcular", "--numero", "13", "$1,234.50", "$2,000")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "61.73%"
