"""The warning chosen in the findings list stays chosen when a finding above it goes away.

An error corrected above it moved the highlight onto another meta's warning, which «Justificar
aviso…» then answered; only a warning just justified hands the highlight on to the next one.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_findings_panel import STUDIES, _rows
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui


def test_a_finding_corrected_above_leaves_the_chosen_warning_chosen(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "")  # an error, listed first
    rows = _rows(window)
    assert rows[0].finding.is_error
    chosen = rows[2]  # a warning two rows below it
    window.findings.list.setCurrentIndex(
        window.findings.shown.mapFromSource(window.findings.model.index(2))
    )

    type_into(qtbot, achieved_cell(window), "761")  # corrected: the error goes away

    assert not any(row.finding.is_error for row in _rows(window))
    assert window.findings.current_row() == chosen
