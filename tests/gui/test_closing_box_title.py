"""The box after closing or reopening a quarter is titled by what happened, not «Trimestre».

«Trimestre» alone said nothing in the taskbar or over another window; the decision on a
request was titled «Solicitud» the same way.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
# «cerrado» was all: what it means here, and the way back.
READ_ONLY = (
    "Sus cifras de ese trimestre quedan de solo consulta en esta computadora; para corregirlas, "
    "reábralo con un motivo (Año → Cerrar o reabrir un trimestre…)."
)
# «reabierto» was all: what the coordinating unit does next, and how the unit learns of it.
NEXT_STEP = (
    "Ya puede recibir su paquete del trimestre 1 (Archivo → Recibir paquetes…). La unidad 004 "
    "sabrá que se reabrió con el siguiente paquete de observaciones o programa base que se le "
    "envíe (Coordinación → Enviar observaciones a una unidad…)."
)


def test_closing_then_reopening_titles_each_box_by_what_was_done(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    boxes: list[tuple[str, str]] = []

    def said(_parent: object, title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", said)

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")
    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=True, reason="Corrección")
    # Reopened again: «ya estaba reabierto» said it had been closed; the command says this.
    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=True, reason="Corrección")

    assert boxes == [
        ("Trimestre cerrado", f"Trimestre 1 de la unidad 004: cerrado.\n\n{READ_ONLY}"),
        ("Trimestre reabierto", f"Trimestre 1 de la unidad 004: reabierto.\n\n{NEXT_STEP}"),
        ("Trimestre abierto", "Trimestre 1 de la unidad 004: no estaba cerrado."),
    ]


@pytest.mark.parametrize(
    ("approve", "title"), [(True, "Solicitud aprobada"), (False, "Solicitud rechazada")]
)
def test_a_decided_request_is_titled_by_the_decision(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, approve: bool, title: str
) -> None:
    from ism_desktop.gui.year_dialogs import RequestsDialog
    from tests.gui.test_requests_flow import answer_decisions, choose_first
    from tests.gui.window_driver import pending_request, select

    window = open_window(COORDINATOR)
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    pending_request(window.session.store, meta.stable_id)
    monkeypatch.setattr(RequestsDialog, "exec", choose_first(approve=approve))
    answer_decisions(monkeypatch, ["OF-ISM-7/2024"])
    titles: list[str] = []

    def said(_parent: object, shown: str, *_a: object) -> QMessageBox.StandardButton:
        titles.append(shown)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", said)

    window.year_actions.requests()

    assert titles == [title]
