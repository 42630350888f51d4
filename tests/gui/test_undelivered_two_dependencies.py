"""A unit code repeated under two dependencies: delivered in one, awaited in the other.

The coordinator's findings panel and meta tree decided «has this unit delivered?» by its code
alone: 003 of one dependency delivered, and the 003 of the other was said alike (its errors
red, «lo corrige esa unidad»), or the reverse.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import type_into
from tests.received_report import received_report
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_report

pytestmark = pytest.mark.gui
SECOND = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND)
AWAITED_ROW = (
    "Error de una unidad que aún no entrega su paquete del trimestre: estas cifras son las del "
    "informe oficial; las suyas llegan en su paquete."
)
CORRECTED_ROW = "Error de otra unidad: lo corrige esa unidad."
AWAITED_MARK = "Tiene errores, pero su unidad aún no entrega su paquete del trimestre"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Two dependencies whose unit codes repeat; 003 of dependency 51 has delivered."""
    path = tmp_path / "coordinadora.sqlite3"
    with Store.open(path) as store:
        import_etca_file(state_report(tmp_path), store.reports)
        report = store.reports.load()
        assert report is not None
        entities = {meta.key.entity for meta in report.metas if meta.key.unit == SHARED}
        assert entities == {DELIVERED, AWAITED}, "the code must repeat across dependencies"
        store.received.record(received_report(DELIVERED, SHARED, Quarter.SECOND))
    return path


def _started(open_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    """The coordinator's second quarter, one of its own figures typed (the errors counted)."""
    window = open_window(SECOND)
    own = next(m for m in window.session.metas() if m.key.unit.value == "002" and m.den is None)
    window.select_meta(own.stable_id)
    type_into(qtbot, window.form.grid.cell(RowKind.NUM, Series.ACHIEVED, Quarter.SECOND), "1")
    qtbot.waitUntil(lambda: "errores" in window.findings.summary.text())
    return window


def _entity(window: MainWindow, meta_id: str) -> str:
    return window.session.meta(meta_id).key.entity


def test_the_panel_says_the_delivered_and_the_awaited_003_apart(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = _started(open_window, qtbot)
    model = window.findings.model
    painted: dict[str, set[tuple[str, str]]] = {DELIVERED: set(), AWAITED: set()}
    for i in range(model.rowCount()):
        row = model.row_at(i)
        if row.unit == SHARED.value and row.finding.is_error:
            index = model.index(i)
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole)).rsplit("\n\n", 1)[1]
            colour = QColor(index.data(Qt.ItemDataRole.ForegroundRole)).name()
            painted[_entity(window, row.finding.meta_id)].add((colour, tip))

    assert painted[DELIVERED] == {("#b71c1c", CORRECTED_ROW)}
    assert painted[AWAITED] == {("#8a4b00", AWAITED_ROW)}


def test_the_summary_counts_the_units_yet_to_deliver_by_dependency(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = _started(open_window, qtbot)
    errors = Counter(
        (_entity(window, row.finding.meta_id), row.unit)
        for row in window.findings.model.rows()
        if row.finding.is_error and not row.own
    )
    delivered = errors[(DELIVERED, SHARED.value)]
    assert delivered  # the delivered 003 has errors to correct
    awaited = sum(errors.values()) - delivered

    text = window.findings.summary.text()

    # Every other unit of both dependencies has not delivered: 8 (the 002 of 84 among them:
    # the coordinator's is 51's), not the 5 codes left.
    assert len(errors) - 1 == 8
    assert f"De los otros {sum(errors.values())}, {awaited} son de 8 unidades que" in text
    assert text.endswith(f"; {delivered} son de otras unidades: los corrige cada unidad y llegan "
                         "en su próximo paquete."), text  # fmt: skip


def test_the_tree_marks_the_delivered_003_red_and_the_awaited_amber(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(SECOND)
    qtbot.waitUntil(lambda: window.session.checked)
    marks: dict[str, set[tuple[str, bool]]] = {DELIVERED: set(), AWAITED: set()}
    for meta in window.session.metas():
        if meta.key.unit != SHARED or window.session.status_of(meta.stable_id) != "error":
            continue
        index = window.model.index_of(meta.stable_id)
        colour = QColor(index.data(Qt.ItemDataRole.DecorationRole)).name()
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        marks[meta.key.entity].add((colour, AWAITED_MARK in tip))

    assert marks[DELIVERED] == {("#c62828", False)}
    assert marks[AWAITED] == {("#f9a825", True)}
