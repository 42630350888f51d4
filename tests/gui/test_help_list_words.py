"""The help names the words the list of metas shows for a % it cannot give.

The help said a meta without its achieved figure reads «sin reportar»; the list showed «—»
beside «sin prog.», and a person at the start of a quarter, with every meta «—», looked in
the help for a «—» it did not name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.help_dialog import HELP_HTML
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004, programmed in Q1
SERVICES = "SERVICIOS OTORGADOS"  # unit 004, nothing programmed in Q1


def test_the_help_names_what_the_list_shows(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    studies = select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "")  # not reported
    services = select(window, SERVICES)

    def shown(stable_id: str) -> str:
        return str(window.model.index_of(stable_id, 1).data())

    assert (shown(studies.stable_id), shown(services.stable_id)) == ("—", "sin prog.")
    help_text = re.sub(r"<[^>]+>|\s+", " ", HELP_HTML)
    assert "Si falta lo realizado, «sin reportar» (en la lista de metas, «—»)" in help_text
    assert "«sin programación» («sin prog.» en la lista de metas)" in help_text
