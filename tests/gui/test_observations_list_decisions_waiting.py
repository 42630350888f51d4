"""«Enviar observaciones» lists a unit whose change requests were decided as having news to send.

Seen: the coordinator approved a unit's request for a change of its modified target, then
opened «Enviar observaciones»: the unit was listed «— sin observaciones», as if its package had
nothing to carry, while the decision travels in it (and only in it, or in a programa base).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.gui import coordination_actions
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.workspace.target_requests import decide_request
from tests.change_requests import asked
from tests.gui.conftest import WindowFactory
from tests.gui.test_report_written_box import Boxes
from tests.gui.window_driver import pending_request, select
from tests.gui.year_window_setup import COORDINATOR, STUDIES

pytestmark = pytest.mark.gui
UNIT_004 = "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"
WAITING = f"{UNIT_004} — sin observaciones; decisiones de cambio de meta sin enviar (en 1 meta)"


def _offered(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], str]:
    """The units «Enviar observaciones» lists, and the one it has chosen (closed unsent)."""
    seen: list[tuple[list[str], str]] = []

    def keep(dialog: QInputDialog) -> int:
        seen.append((dialog.comboBoxItems(), dialog.textValue()))
        return int(QInputDialog.DialogCode.Rejected)

    monkeypatch.setattr(QInputDialog, "exec", keep)
    window.coordination.choose_observations_unit()
    (listed,) = seen
    return listed


def test_a_decision_waiting_is_said_beside_its_unit_until_sent(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    studies = select(window, STUDIES)
    select(window, "IMPULSO DE ACCIONES")  # a meta of unit 001: 004 is not chosen for it
    asked = pending_request(store, studies.stable_id)
    decide_request(store, asked.request_id, True, "OFICIO 45", Author("Unidad 002", "ana"))

    offered, chosen = _offered(window, monkeypatch)

    assert WAITING in offered
    assert chosen == WAITING  # the unit the coordinator has something to send to
    assert "005 ISM DIRECCIÓN DE COMUNICACIÓN E IMAGEN — sin observaciones" in offered

    boxes = Boxes(monkeypatch, "Cerrar")
    monkeypatch.setattr(QInputDialog, "exec", lambda _d: int(QInputDialog.DialogCode.Accepted))
    monkeypatch.setattr(coordination_actions, "choose_folder", lambda *_a: str(tmp_path))
    window.coordination.choose_observations_unit()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)

    offered, _chosen = _offered(window, monkeypatch)
    assert f"{UNIT_004} — sin observaciones" in offered  # sent: nothing waits any more


def test_the_longest_unit_said_with_everything_fits_the_screen(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Seen at 1366×768: unit 004 with an observation sent, one removed since and decisions on
    # two metas made the dialog 1 330 px wide; unit 003, its name 7 letters longer, with two
    # removed, ran off the screen's right edge (the decisions said last, cut).
    window = open_window(COORDINATOR)
    store = window.session.store
    workspace = window.session.workspace
    unit = UnitCode("003")
    meta = next(m for m in window.session.metas() if m.key.unit == unit)
    for text in ("Revise la cifra.", "Revise la evaluación.", "Falta el oficio."):
        workspace.observe(meta.stable_id, text)
    export_observations(
        store, unit, Quarter.FIRST, tmp_path / "antes", now=datetime.now() - timedelta(minutes=5)
    )
    sent = store.observations.for_metas(2024, Quarter.FIRST, [meta.stable_id])
    for item in sent[:2]:
        assert item.id is not None
        assert store.observations.remove(item.id, 2024, Quarter.FIRST)
    workspace.observe(meta.stable_id, "Y otra.")
    request_id = asked(store, unit, meta.stable_id)
    decide_request(store, request_id, False, "Sin sustento.", Author("Unidad 002", "ana"))
    widths: list[int] = []
    offered: list[str] = []

    def measure(dialog: QInputDialog) -> int:
        with qtbot.waitExposed(dialog):
            dialog.show()
        widths.append(dialog.frameGeometry().width())
        offered.extend(dialog.comboBoxItems())
        return int(QInputDialog.DialogCode.Rejected)

    monkeypatch.setattr(QInputDialog, "exec", measure)
    window.coordination.choose_observations_unit()

    (said,) = [label for label in offered if label.startswith("003 ")]
    assert "2 quitadas después de enviarlas" in said
    assert "(en 1 meta)" in said
    assert widths[0] <= 1366
