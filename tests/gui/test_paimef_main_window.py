"""PAIMEF in the main window: its menu, and its countdown in the status bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import wait_shown
from tests.gui.paimef_window_driver import AUTHOR
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui


def test_main_window_menu_opens_paimef(open_window: object, qtbot: QtBot) -> None:
    from tests.gui.conftest import unit_profile

    main = open_window(unit_profile())  # type: ignore[operator]
    titles = [action.text() for action in main.menuBar().actions()]
    assert "&PAIMEF" in titles
    main.show_paimef()
    dialog = main.findChild(PaimefWindow)
    assert dialog is not None
    wait_shown(qtbot, dialog)
    assert dialog.model.rowCount() == 0  # the seed database has no Programa Anual
    dialog.close()


def test_main_window_shows_the_countdown(qtbot: QtBot, db_path: Path, settings: QSettings) -> None:
    from dataclasses import replace

    from ism_desktop.gui.main_window import MainWindow
    from ism_desktop.gui.report_session import ReportSession
    from tests.gui.conftest import unit_profile

    signed = date.today()
    with Store.open(db_path) as writer:
        value = replace(programme(year=signed.year), dates={"firma_instrumento": signed})
        writer.paimef.replace(value, AUTHOR, "prueba", [])
    with Store.open(db_path) as opened:
        main = MainWindow(ReportSession(opened, unit_profile()), settings)
        qtbot.addWidget(main)
        # Signed today: the Constancia de Conformidad (5 business days) is the nearest term.
        assert main.paimef_due.text().startswith(
            "PAIMEF: Ingresar escaneada la Constancia de Conformidad (4.3.4.1) vence el "
        )
        main.close()


def test_a_date_beyond_the_calendar_stored_before_does_not_stop_the_window(
    open_window: object, db_path: Path
) -> None:
    # An Excel date cell of 31/12/9999 was once accepted: its deadlines overflowed, and the
    # main window raised before it showed.
    from dataclasses import replace

    from tests.gui.conftest import unit_profile

    with Store.open(db_path) as store:
        far = replace(programme(), dates={"firma_instrumento": date(9999, 12, 31)})
        store.paimef.replace(far, AUTHOR, "prueba", [])

    main = open_window(unit_profile())  # type: ignore[operator]

    assert main.paimef_due.text() == ""


def test_the_countdown_follows_a_date_saved_while_paimef_is_open(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    # It was read again only when the PAIMEF window closed: the status bar spoke of a
    # programme already changed while both windows were in sight.
    from dataclasses import replace

    from ism_desktop.gui.main_window import MainWindow
    from ism_desktop.gui.report_session import ReportSession
    from tests.gui.conftest import unit_profile

    today = date.today()
    with Store.open(db_path) as writer:
        writer.paimef.replace(replace(programme(year=today.year), dates={}), AUTHOR, "prueba", [])
    with Store.open(db_path) as opened:
        main = MainWindow(ReportSession(opened, unit_profile()), settings)
        qtbot.addWidget(main)
        assert "Constancia de Conformidad" not in main.paimef_due.text()
        main.show_paimef()
        dialog = main.findChild(PaimefWindow)
        assert dialog is not None
        dialog.deadlines_tab.date_edited.emit("firma_instrumento", today, "")
        assert dialog.isVisible()
        assert main.paimef_due.text().startswith(
            "PAIMEF: Ingresar escaneada la Constancia de Conformidad (4.3.4.1) vence el "
        )
        dialog.close()
        main.close()
