"""A fraction typed in a counted unit's achieved cell is refused, as the target dialog refuses it.

It was saved, then flagged as an error that stopped every export of the unit («2.5 personas»),
while the dialog for the modified target refused the same figure before storing it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

pytestmark = pytest.mark.gui


def test_a_fraction_of_a_counted_unit_is_not_saved_and_is_said_where(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)  # its unit of measure, ESTUDIO, counts whole studies

    type_into(qtbot, achieved_cell(window), "760.5")

    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    assert window.form.input_error.text() == (
        "Realizado T1 NUM: «760.5»: la unidad de medida ESTUDIO cuenta piezas enteras; "
        "escriba la cifra sin decimales. No se guardó."
    )
    assert achieved_cell(window).text() == "760.5"  # kept in the cell, to be corrected


def test_a_whole_figure_written_with_decimals_is_saved(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    type_into(qtbot, achieved_cell(window), "760.00")

    assert stored_achieved(db_path, STUDIES) == Decimal(760)
    assert window.form.input_error.text() == ""
