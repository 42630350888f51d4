"""The coordinator's findings panel names each row's dependency when the database holds several.

A state's report repeats unit codes: «AVISO · 003 · …» was the 003 of one dependency or of
the other, and the rows of both 003 were sorted together. With one dependency (the
Institute's own report) the rows read exactly as before.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import justify_heading, late_units_line
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_report

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


@pytest.fixture
def db_path(tmp_path: Path, seed_path: Path, request: pytest.FixtureRequest) -> Path:
    """The generated report of dependencies 51 and 84, whose unit codes repeat.

    Or, asked for «ism», the Institute's own report: one dependency.
    """
    path = tmp_path / "coordinadora.sqlite3"
    one = getattr(request, "param", "") == "ism"
    with Store.open(path) as store:
        import_etca_file(seed_path if one else state_report(tmp_path), store.reports)
    return path


def _checked(open_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    window = open_window(COORDINATOR)
    qtbot.waitUntil(lambda: window.session.checked, timeout=20_000)
    return window


def _shown(window: MainWindow) -> list[tuple[FindingRow, str, str]]:
    """Each row of the panel with its text and its tip."""
    model = window.findings.model
    return [
        (
            model.row_at(i),
            str(model.index(i).data(Qt.ItemDataRole.DisplayRole)),
            str(model.index(i).data(Qt.ItemDataRole.ToolTipRole)),
        )
        for i in range(model.rowCount())
    ]


def test_each_row_names_its_unit_and_dependency(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = _checked(open_window, qtbot)
    shown = _shown(window)

    entities = set()
    for row, text, tip in shown:
        entity = window.session.meta(row.finding.meta_id).key.entity
        entities.add(entity)
        named = f"{row.unit} (dependencia {entity})"
        assert text.split(" · ", 1)[1].startswith(f"{named} · "), text
        assert tip.startswith(f"Unidad {named} · {row.description}\n\n"), tip
        # The finding's own words are untouched: stored justifications match on them.
        assert text.endswith(f"\n{row.finding.message}")
    assert entities == {DELIVERED, AWAITED}
    # Both 003 have findings, each run of rows one office's, not the two mixed.
    assert {(row.entity, row.unit) for row, _, _ in shown if row.unit == SHARED.value} == {
        (DELIVERED, SHARED.value),
        (AWAITED, SHARED.value),
    }
    for band in ("AVISO ·", "ERROR ·"):
        keys = [(row.entity, row.unit) for row, text, _ in shown if text.startswith(band)]
        runs = [key for i, key in enumerate(keys) if i == 0 or keys[i - 1] != key]
        assert len(runs) == len(set(runs)), runs


def test_the_justify_dialog_names_the_dependency(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _checked(open_window, qtbot)
    row = next(
        row
        for row, _, _ in _shown(window)
        if row.entity == AWAITED and not row.finding.is_error and row.justification is None
    )
    heading = justify_heading(window, row, monkeypatch)

    assert f"<b>Unidad {row.unit} (dependencia {AWAITED}) · {row.description}</b>" in heading


@pytest.mark.parametrize("db_path", ["ism"], indirect=True)
def test_one_dependency_reads_as_before(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = _checked(open_window, qtbot)
    shown = _shown(window)

    assert shown
    for row, text, tip in shown:
        status = text.split(" · ", 1)[0]
        # Today's words: «AVISO · 004 · ASESORÍA …», «Unidad 004 · ASESORÍA …».
        clipped = shortened(row.description, 70)
        assert text == f"{status} · {row.unit} · {clipped}\n{row.finding.message}"
        assert tip.startswith(f"Unidad {row.unit} · {row.description}\n\n")
    units = [row.unit for row, text, _ in shown if text.startswith("AVISO ·")]
    assert units == sorted(units)


def test_the_status_bar_names_the_dependency_of_the_late_units(
    open_window: WindowFactory,
) -> None:
    window = open_window(replace(COORDINATOR, quarter=Quarter.SECOND))
    said = late_units_line(window)

    # Nothing of the second quarter came: all but the coordinator's 002 (of 51, listed first)
    # are late (9: the 002 of 84 sends its package like any unit), three named.
    assert said == (
        "Entrega del trimestre 2: 15/07/2024 (3 días de atraso) · atrasadas: 003, 004 de la "
        "dependencia 51; 001 de la dependencia 84 y 6 más"
    )
