"""A negative achieved figure typed in the grid is refused, as the target dialog refuses one.

It was saved, then flagged as an error that stopped every export of the unit; the dialog for
the modified target refused the same figure outright.
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


def test_a_negative_achieved_figure_is_not_saved_and_is_said_where(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    type_into(qtbot, achieved_cell(window), "-5")

    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    assert window.form.input_error.text() == (
        "Realizado T1 NUM: «-5»: las cifras del informe no pueden ser negativas. No se guardó."
    )
    assert achieved_cell(window).text() == "-5"  # kept in the cell, to be corrected
