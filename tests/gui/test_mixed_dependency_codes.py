"""Dependencies whose codes differ in length (9 and 10) are listed in the report's order.

The findings panel sorted its rows by the dependency's code as text: «10» came before «9»,
while the report, the tree of metas, the board and ``validate`` list dependency 9 first.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
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
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The generated report of two dependencies, renumbered 9 (first) and 10 (second)."""
    text = state_report(tmp_path).read_text(encoding="utf-8")
    text = text.replace("ENTIDAD    51 ", "ENTIDAD     9 ").replace(
        "ENTIDAD    84 ", "ENTIDAD    10 "
    )
    source = tmp_path / "renumerado.txt"
    source.write_text(text, encoding="utf-8")
    path = tmp_path / "coordinadora.sqlite3"
    with Store.open(path) as store:
        import_etca_file(source, store.reports)
        report = store.reports.load()
        assert report is not None
        assert report.entities_in_order() == ("9", "10")  # as printed, 9 first
    return path


def test_the_findings_of_dependency_9_come_before_those_of_10(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    qtbot.waitUntil(lambda: window.session.checked, timeout=20_000)
    model = window.findings.model
    rows = [model.row_at(i) for i in range(model.rowCount())]

    open_warnings = [
        row.entity for row in rows if not row.finding.is_error and row.justification is None
    ]
    assert set(open_warnings) == {"9", "10"}
    first_of_10 = open_warnings.index("10")
    assert open_warnings == ["9"] * first_of_10 + ["10"] * (len(open_warnings) - first_of_10)


def test_the_late_units_of_dependency_9_are_named_before_those_of_10(
    open_window: WindowFactory,
) -> None:
    late = "atrasadas: 003, 004 de la dependencia 9; 001 de la dependencia 10 y 6 más"

    # As with 51 and 84 (test_findings_dependency_named): 003 and 004 of the first named.
    assert late_units_line(open_window(replace(COORDINATOR, quarter=Quarter.SECOND))).endswith(
        f" · {late}"
    )
