"""The coordinator's window on a report of two dependencies that each hold a unit 002.

Decided by the code alone, both 002 were the coordinator's: «Lo de la unidad 002 (14 metas) se
escribe aquí» counted the other dependency's 10 metas, which come in that unit's package, and
the status bar's late units left that 002 out.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from tests.gui.two_dependencies_window import SECOND
from tests.gui.two_dependencies_window import db_path as db_path  # the fixture
from tests.gui.window_driver import late_units_line
from tests.two_dependencies import AWAITED, DELIVERED

pytestmark = pytest.mark.gui


def test_only_the_own_dependency_s_002_is_written_here(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(SECOND)
    session, findings = window.session, window.findings
    qtbot.waitUntil(lambda: session.checked, timeout=20_000)  # every meta's findings listed

    said = findings.summary.text()

    assert "Lo de la unidad 002 (4 metas) se escribe aquí" in said
    own = {row.entity for row in findings.model.rows() if row.own}
    assert own == {DELIVERED}


def test_the_other_dependency_s_002_is_late(open_window: WindowFactory) -> None:
    window = open_window(SECOND)

    said = late_units_line(window)

    # Nine units late: 003, 004 of 51 and the seven of 84, its 002 among them.
    assert said.endswith(
        "atrasadas: 003, 004 de la dependencia 51; 001 de la dependencia 84 y 6 más"
    )


def test_an_observation_on_the_other_002_is_asked_for(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused by the code alone («corríjala aquí mismo») though its package now reaches it."""
    import ism_desktop.gui.observation_dialog as observation_dialog

    window = open_window(SECOND)
    other = next(
        meta
        for meta in window.session.metas()
        if meta.key.unit.value == "002" and meta.key.entity == AWAITED
    )
    window.select_meta(other.stable_id)
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: refused.append(text))
    asked: list[str] = []

    def ask(_parent: object, heading: str, _save: object) -> tuple[str, bool]:
        asked.append(heading)
        return "", False  # cancelled

    monkeypatch.setattr(observation_dialog, "ask_observation", ask)

    window.coordination.add_observation()

    assert refused == []
    [heading] = asked
    assert heading.startswith("Observación del segundo trimestre para la unidad 002 sobre «")
