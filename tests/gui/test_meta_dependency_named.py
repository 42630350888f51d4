"""The meta shown names its unit's dependency when the database holds several.

In a state's report the same unit code stands under many dependencies: the coordinator's form
said «Unidad 003 · Programa …» and, on Alt+2, «Meta de la unidad 003, de solo consulta aquí»,
while the findings panel beside it said «003 (dependencia 51)». With one dependency (the
Institute's own report) both read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ism_desktop.domain.meta import Meta
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import select
from tests.gui.year_window_setup import COORDINATOR
from tests.two_dependencies import AWAITED, SHARED, state_report

pytestmark = pytest.mark.gui
OTHER_UNIT_END = ", de solo consulta aquí: la corrige la unidad (pídaselo con Coordinación → "


@pytest.fixture
def db_path(tmp_path: Path, seed_path: Path, request: pytest.FixtureRequest) -> Path:
    """A report of dependencies 51 and 84 (unit codes repeat); «ism»: the Institute's own."""
    path = tmp_path / "coordinadora.sqlite3"
    one = getattr(request, "param", "") == "ism"
    with Store.open(path) as store:
        import_etca_file(seed_path if one else state_report(tmp_path), store.reports)
    return path


def _alt_2(window: MainWindow) -> str:
    window.tree.setFocus()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    return window.statusBar().currentMessage()


def test_a_meta_of_a_repeated_unit_names_its_dependency(open_window: WindowFactory) -> None:
    state_window = open_window(COORDINATOR)
    meta = next(
        m for m in state_window.session.metas() if m.key.unit == SHARED and m.key.entity == AWAITED
    )
    state_window.select_meta(meta.stable_id)

    assert state_window.form.subtitle.text().startswith(
        f"Unidad {SHARED} (dependencia {AWAITED}) · Programa "
    )
    said = _alt_2(state_window)
    assert said.startswith(
        f"Meta de la unidad {SHARED} de la dependencia {AWAITED}{OTHER_UNIT_END}"
    )


@pytest.mark.parametrize("db_path", ["ism"], indirect=True)
def test_with_one_dependency_the_unit_alone(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)
    meta: Meta = select(window, STUDIES)

    assert window.form.subtitle.text().startswith(f"Unidad 004 · Programa {meta.key.programme} ·")
    assert _alt_2(window).startswith(f"Meta de la unidad 004{OTHER_UNIT_END}")
