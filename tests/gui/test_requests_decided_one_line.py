"""A decided request reads as the one request the unit made, with the annual on its line.

A quarter asked changes its row's annual, which travels as a request of its own and is decided
with it. The box after a rejection and the list of decisions said it as two lines
(«Modificado T2 …» and «Modificado anual …»), as if the unit had asked two things.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.gui.year_dialogs import RequestsDialog, decided_text
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import select
from tests.gui.year_window_setup import COORDINATOR, STUDIES

pytestmark = pytest.mark.gui


def _ask(meta_id: str, field: str, label: str, old: str, new: str) -> TargetChangeRequest:
    return TargetChangeRequest(
        2024, "30", UnitCode("004"), meta_id, field, label, old, new, "Más solicitudes", "",
        "2024-04-02T10:00:00+00:00", 1,
    )  # fmt: skip


def test_a_rejected_quarter_and_its_annual_read_as_one_request(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    meta, store = select(window, STUDIES), window.session.store
    asked = [
        _ask(meta.stable_id, "modificado.t2.num", "Modificado T2 (NUM)", "900", "950"),
        _ask(meta.stable_id, "modificado.anual.num", "Modificado anual (NUM)", "3600", "3650"),
    ]
    store.target_requests.replace_for_unit(2024, "30", UnitCode("004"), asked)
    quarter = next(r for r in store.target_requests.pending(2024) if "t2" in r.field)

    assert window.year_actions.decide(quarter.request_id, False, "Sin oficio") is None

    decided = store.decisions.for_year(2024)
    assert len(decided) == 2  # both figures are decided, and travel back
    box = decided_text(decided, window.session.meta).split("\n\n")[0].splitlines()
    assert len(box) == 2  # the unit and meta, then the one request
    assert box[1].startswith("Modificado T2 (NUM): 900 → 950 (anual: 3600 → 3650), rechazada el")
    assert box[1].endswith("(motivo: Sin oficio)")
    # What happens next: the unit keeps the figure it asked until a package of that year
    # reaches it (next year's programa base does not carry it).
    assert decided_text(decided, window.session.meta).split("\n\n")[1] == (
        "La unidad 004 sigue con la cifra que pidió hasta que reciba su programa base o un "
        "paquete de observaciones del ejercicio 2024: envíele uno (Coordinación → Enviar "
        "programa base a las unidades…, o Coordinación → Enviar observaciones a una unidad…); "
        "al recibirlo, su meta modificada vuelve a la de esta computadora."
    )
    shown = RequestsDialog([], decided, {meta.stable_id: STUDIES})
    qtbot.addWidget(shown)
    assert shown.decided.count() == 1
    item = shown.decided.item(0)
    assert item is not None
    assert "Modificado T2 (NUM): 900 → 950 (anual: 3600 → 3650), rechazada" in item.text()


def test_an_approval_says_the_year_whose_package_carries_it(open_window: WindowFactory) -> None:
    # Approved in 2024, then next year's programme approved and sent: the 2025 programa base
    # did not carry the 2024 decision, and the unit kept waiting for it. The box names the year.
    window = open_window(COORDINATOR)
    meta, store = select(window, STUDIES), window.session.store
    asked = [_ask(meta.stable_id, "modificado.t2.num", "Modificado T2 (NUM)", "900", "950")]
    store.target_requests.replace_for_unit(2024, "30", UnitCode("004"), asked)
    (request,) = store.target_requests.pending(2024)

    assert window.year_actions.decide(request.request_id, True, "Oficio 12/2024") is None

    decided = store.decisions.for_year(2024)
    assert decided_text(decided, window.session.meta).split("\n\n")[1] == (
        "La unidad 004 sabrá que se aprobó cuando reciba su programa base o un paquete de "
        "observaciones del ejercicio 2024: envíele uno (Coordinación → Enviar programa base a "
        "las unidades…, o Coordinación → Enviar observaciones a una unidad…)."
    )
