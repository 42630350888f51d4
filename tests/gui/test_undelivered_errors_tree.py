"""The coordinator's meta tree marks the errors of units yet to deliver in amber, as the panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.received_report import received_report

pytestmark = pytest.mark.gui
SECOND = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND)
RED = QColor("#c62828")  # the tree's error mark
AMBER = QColor("#f9a825")  # the tree's amber, as the panel's rows take the warnings' colour
AWAITED_TIP = (
    "\nTiene errores, pero su unidad aún no entrega su paquete del trimestre: estas cifras son "
    "las del informe oficial; las suyas llegan en su paquete."
)


def _delivered(db_path: Path, unit: str) -> None:
    """``unit``'s package of the second quarter logged as received (its figures unchanged)."""
    with Store.open(db_path) as store:
        report = store.reports.load(year=2024, quarter=Quarter.SECOND)
        assert report is not None
        entity = next(m.key.entity for m in report.metas if m.key.unit == UnitCode(unit))
        store.received.record(received_report(entity, UnitCode(unit), Quarter.SECOND))


def _marks(window: MainWindow) -> dict[str, set[tuple[str, str]]]:
    """Per unit, the (mark colour, tooltip) of each of its metas with an error."""
    model = window.model
    found: dict[str, set[tuple[str, str]]] = {}
    for meta in window.session.metas():
        if window.session.status_of(meta.stable_id) != "error":
            continue
        index = model.index_of(meta.stable_id)
        mark = index.data(Qt.ItemDataRole.DecorationRole)
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        found.setdefault(meta.key.unit.value, set()).add((QColor(mark).name(), tip))
    return found


def test_the_metas_of_a_unit_yet_to_deliver_are_amber_and_say_why(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    # Unit 003 delivered the second quarter (its errors are to correct); 001 and 5 more not yet.
    _delivered(db_path, "003")
    window = open_window(SECOND)
    qtbot.waitUntil(lambda: window.session.checked)

    marks = _marks(window)

    assert set(marks) == {"001", "002", "003", "004", "005", "006", "008", "009"}
    for unit in ("002", "003"):  # its own, and a delivered unit's: errors to correct, red
        assert {colour for colour, _tip in marks[unit]} == {RED.name()}, unit
        assert all(tip.endswith("\nTiene errores.") for _colour, tip in marks[unit]), unit
    for unit in set(marks) - {"002", "003"}:
        assert {colour for colour, _tip in marks[unit]} == {AMBER.name()}, unit
        assert all(AWAITED_TIP in tip for _colour, tip in marks[unit]), unit
        assert all("\nTiene errores." not in tip for _colour, tip in marks[unit]), unit


def test_a_unit_whose_package_comes_has_its_marks_red_again(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(SECOND)
    qtbot.waitUntil(lambda: window.session.checked)
    assert {colour for colour, _tip in _marks(window)["003"]} == {AMBER.name()}

    _delivered(db_path, "003")
    window.session.reload()  # as receiving its package does
    qtbot.waitUntil(lambda: window.session.checked)

    assert {colour for colour, _tip in _marks(window)["003"]} == {RED.name()}
