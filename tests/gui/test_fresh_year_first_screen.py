"""The first screen of a new year says what to do, not «124 errores».

Seen: the coordinator made, filled and approved the 2025 programme; the unit received it and
its window opened on the first quarter with «15 errores · 0 avisos … El paquete no puede
exportarse hasta corregirlos» in red (the coordinator's, 124): every one the achieved figure
or the evaluation nobody had written yet. They stay errors (the package cannot go without
them, and an empty figure is not 0); the summary says the quarter is still to be reported, and
how.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.fresh_year import AUTHOR, FRESH_YEAR, approved_fresh_year, fresh_year_base
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
UNIT = PcProfile(Role.UNIT, UnitCode("004"), FRESH_YEAR, Quarter.FIRST)
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), FRESH_YEAR, Quarter.FIRST)
HOW = "lo realizado (recuadro amarillo; 0 si no hubo avance) y la evaluación cualitativa"


def test_the_unit_is_told_to_report_its_quarter(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, seed_path: Path, tmp_path: Path
) -> None:
    base = fresh_year_base(seed_path, tmp_path)
    with Store.open(db_path) as store:  # «import-package» of the base
        [outcome] = receive_packages(store, [base])
        assert outcome.applied

    window = open_window(UNIT)
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)

    errors, warnings, _open = window.findings.model.counts()
    assert (errors, warnings) == (15, 0)  # 7 metas: 8 figures and 7 evaluations still unwritten
    assert window.findings.summary.text() == (
        f"Primer trimestre por informar. En cada meta escriba {HOW}; abajo, lo que falta "
        "(15 datos de 7 metas). El paquete se exporta cuando esté completo."
    )
    assert "#b71c1c" not in window.findings.summary.styleSheet()  # not the errors' red

    # Once something is written, what is left is said as errors again, as always.
    select(window, "ESTUDIOS SOCIOECONÓMICOS")
    type_into(qtbot, achieved_cell(window), "12")
    assert window.findings.summary.text().startswith("14 errores · 0 avisos")


def test_the_coordinator_is_told_the_units_report_in_their_packages(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, seed_path: Path, tmp_path: Path
) -> None:
    db_path.unlink()
    with Store.open(db_path) as store:
        approved_fresh_year(store, seed_path, tmp_path)

    window = open_window(COORDINATOR)
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)

    errors, warnings, open_warnings = window.findings.model.counts()
    assert (errors, warnings, open_warnings) == (124, 1, 1)
    assert window.findings.summary.text() == (
        "Primer trimestre por informar: ninguna unidad lo ha informado todavía; lo de cada "
        "una llega en su paquete. Lo de la unidad 002 (4 metas) se escribe aquí: en cada meta, "
        f"{HOW}. Además, 1 aviso (1 sin justificar)."
    )


def test_earlier_quarters_missing_are_named_with_where_they_are_typed(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, seed_path: Path, tmp_path: Path
) -> None:
    # The third quarter chosen, the first two never captured: «lo realizado (recuadro
    # amarillo…)» named the third's box alone, while the list asked for T1 and T2 as well,
    # which this window does not let be typed.
    with Store.open(db_path) as store:
        [outcome] = receive_packages(store, [fresh_year_base(seed_path, tmp_path)])
        assert outcome.applied

    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), FRESH_YEAR, Quarter.THIRD))
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)

    assert window.findings.model.counts()[:2] == (31, 0)  # 8 figures × 3 quarters, 7 texts
    assert window.findings.summary.text() == (
        "Tercer trimestre por informar. En cada meta escriba lo realizado de los trimestres 1 "
        "a 3 (0 si no hubo avance; el del trimestre 3 en el recuadro amarillo, el de los "
        "trimestres 1 y 2 eligiendo cada uno como trimestre que se informa en Archivo → "
        "Configuración de esta computadora…) y la evaluación cualitativa; abajo, lo que falta "
        "(31 datos de 7 metas). El paquete se exporta cuando esté completo."
    )


def _unit_window(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, base: Path, closed: bool = False
) -> MainWindow:
    """The unit's window on its base received (its first quarter closed by hand if ``closed``)."""
    with Store.open(db_path) as store:
        [outcome] = receive_packages(store, [base])
        assert outcome.applied
        if closed:
            assert close_quarter(store, FRESH_YEAR, UnitCode("004"), Quarter.FIRST, AUTHOR)
    window = open_window(UNIT)
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)
    return window


def test_a_figure_written_is_not_said_to_be_nothing(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, seed_path: Path, tmp_path: Path
) -> None:
    # The meta with a numerator and a denominator: its numerator written, its denominator and
    # evaluation still missing. What is left is still «lo realizado y la evaluación» of every
    # meta (the guidance stays), but «todavía no se ha escrito nada» was no longer true.
    window = _unit_window(open_window, qtbot, db_path, fresh_year_base(seed_path, tmp_path))
    (ratio,) = [m for m in window.session.metas() if m.den is not None]
    window.select_meta(ratio.stable_id)

    type_into(qtbot, achieved_cell(window), "3")

    assert window.findings.model.counts()[0] == 14  # 7 metas: 7 figures and 7 evaluations
    assert window.findings.summary.text() == (
        f"Primer trimestre por informar. En cada meta escriba {HOW}; abajo, lo que falta "
        "(14 datos de 7 metas). El paquete se exporta cuando esté completo. Además, 1 aviso "
        "(1 sin justificar)."
    )


def test_a_closed_quarter_is_not_told_to_be_written(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, seed_path: Path, tmp_path: Path
) -> None:
    # Closed with nothing in it («trimestre cerrar» allows it, warning of the errors): the
    # panel said «En cada meta escriba…» beside a form «Trimestre cerrado: solo consulta».
    base = fresh_year_base(seed_path, tmp_path)

    window = _unit_window(open_window, qtbot, db_path, base, closed=True)

    summary = window.findings.summary.text()
    assert summary.startswith("15 errores · 0 avisos"), summary
    assert "escriba" not in summary
