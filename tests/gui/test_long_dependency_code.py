"""A dependency of a very long code keeps the window within a 1366-pixel screen.

The status bar's late units name each one's dependency: with a code of 300 digits (the
report reads any number of them) the line took 2,000 pixels, and the window, as wide as its
status bar, went past the screen's right edge. Before dependencies were named, it fitted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import late_units_line
from tests.two_dependencies import state_report

pytestmark = pytest.mark.gui
LONG = "8" * 300
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The generated report of dependencies 51 and 84, the second's code 300 digits long."""
    text = state_report(tmp_path).read_text(encoding="utf-8")
    source = tmp_path / "larga.txt"
    source.write_text(text.replace("ENTIDAD    84 ", f"ENTIDAD {LONG} "), encoding="utf-8")
    path = tmp_path / "coordinadora.sqlite3"
    with Store.open(path) as store:
        import_etca_file(source, store.reports)
        report = store.reports.load()
        assert report is not None
        assert report.entities_in_order() == ("51", LONG)
    return path


def test_the_late_units_of_a_long_code_leave_the_window_on_the_screen(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    said = late_units_line(window)
    QApplication.sendPostedEvents()  # the status bar's new size, laid out as once shown

    # What the window manager is told the window needs: it opened 3,107 pixels wide.
    assert window.minimumSizeHint().width() <= 1366
    assert said.startswith(
        "Entrega del trimestre 2: 15/07/2024 (3 días de atraso) · atrasadas: 003, 004 de la "
        "dependencia 51; 001 de la dependencia 8888"
    )
    assert said.endswith("… y 6 más")  # the long code's 002 too: the coordinator's is 51's


def test_the_findings_of_a_long_code_wrap_in_the_panel_as_the_others(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(replace(COORDINATOR, quarter=Quarter.FIRST))
    qtbot.waitUntil(lambda: window.session.checked, timeout=20_000)
    window.resize(1366, 740)
    model = window.findings.model
    rows = [model.index(i) for i in range(model.rowCount())]
    long = [i for i in rows if model.row_at(i.row()).entity == LONG]
    assert long

    # Its 300 digits made one line as wide as them: every row stopped wrapping, cut off.
    qtbot.waitUntil(lambda: window.findings.list.horizontalScrollBar().maximum() == 0)
    shown = str(long[0].data(Qt.ItemDataRole.DisplayRole))
    assert f"(dependencia {LONG[:11]}…) · " in shown
