"""The main window's status bar, in January with next year's Programa Anual already saved.

It named only the new year's terms; the Informe Final of the year just closed (4.3.9), due in
five días hábiles, was not in the bar nor in its tooltip.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef import main_window_hooks
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui


class _FourthOfJanuary2027(date):
    @classmethod
    def today(cls) -> _FourthOfJanuary2027:
        return cls(2027, 1, 4)


def test_the_status_bar_names_the_closed_year_s_informe_final(
    qtbot: QtBot, db_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.main_window import MainWindow
    from ism_desktop.gui.report_session import ReportSession
    from tests.gui.conftest import unit_profile

    monkeypatch.setattr(main_window_hooks, "date", _FourthOfJanuary2027)
    with Store.open(db_path) as writer:
        for year in (2026, 2027):
            writer.paimef.replace(replace(programme(year=year), dates={}), AUTHOR, "prueba", [])
    with Store.open(db_path) as opened:
        main = MainWindow(ReportSession(opened, unit_profile()), settings)
        qtbot.addWidget(main)
        assert main.paimef_due.text().startswith(
            "PAIMEF: Enviar el Informe Final (días hábiles posteriores al cierre del ejercicio) "
            "(4.3.9) vence el 08/01/2027, en 4 días hábiles"
        )
        # Its terms, once missed, stay counted beside the new year's: the list says whose.
        assert (
            "15/01/2027 4.5.1 Reintegrar a la TESOFE los recursos no ejercidos y enviar copia al "
            "INDESOL (ejercicio 2026)\n"
        ) in main.paimef_due.toolTip()
        main.close()
