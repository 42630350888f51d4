"""The guidance of a quarter still to report says to reopen an earlier closed one first.

A unit on T2 whose T1 lacked a figure was told to choose T1 as the quarter reported and type
it there; T1 was closed, read-only: the figure could not be typed, and nothing said why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: achieved T1 761


def _first_quarter_missing_a_figure(db_path: Path, closed: bool) -> None:
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description.startswith(STUDIES)]
        author = Author("Unidad 004", "prueba")
        store.edits.save(2024, meta, with_achieved(meta, Quarter.FIRST, None), author)
        if closed:
            event = ClosureEvent(
                2024, meta.key.entity, UnitCode("004"), Quarter.FIRST, CLOSE, "", author, ""
            )
            store.closures.set_state(event)


@pytest.mark.parametrize("closed", [True, False], ids=["cerrado", "abierto"])
def test_a_closed_quarter_missing_a_figure_is_to_be_reopened_first(
    db_path: Path, open_window: WindowFactory, qtbot: QtBot, closed: bool
) -> None:
    _first_quarter_missing_a_figure(db_path, closed)

    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.SECOND))
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)
    said = window.findings.summary.text()

    assert said.startswith("Segundo trimestre por informar."), said
    assert "el del trimestre 1 eligiéndolo como trimestre que se informa" in said
    reopen = (
        "El trimestre 1 está cerrado: para escribir en él, reábralo antes con un motivo (Año → "
        "Cerrar o reabrir un trimestre…)."
    )
    assert (reopen in said) is closed, said
