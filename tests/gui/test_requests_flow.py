"""Deciding a request: the unit's document is shown and offered; a blank answer is asked again."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.gui.year_dialogs import RequestsDialog
from tests.e2e.cli_runner import run_cli
from tests.gui.conftest import WindowFactory
from tests.gui.test_year_window import COORDINATOR, STUDIES
from tests.gui.window_driver import pending_request, select

pytestmark = pytest.mark.gui
DOCUMENT = "ISM/DG/100/2024"


def test_the_units_document_is_shown_offered_and_a_blank_one_asked_again(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    pending = pending_request(store, meta.stable_id, DOCUMENT)
    shown = RequestsDialog([pending], [], {meta.stable_id: STUDIES})
    qtbot.addWidget(shown)
    reason = shown.table.item(0, 4)
    assert reason is not None
    assert reason.text() == f"Más solicitudes (documento: {DOCUMENT})"

    def choose(dialog: RequestsDialog) -> int:
        # «Aprobar…» pressed on the list shown: the document is asked over it.
        dialog.table.selectRow(0)
        dialog.approve_button.click()
        return dialog.result()

    offered: list[str] = []
    answers = iter([("  ", True), (DOCUMENT, True)])

    def get_text(_parent: QWidget, _title: str, _label: str, *_a: object, **kw: object) -> object:
        offered.append(str(kw.get("text", "")))
        return next(answers)

    warned: list[str] = []
    monkeypatch.setattr(RequestsDialog, "exec", choose)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)

    window.year_actions.requests()

    assert offered == [DOCUMENT, DOCUMENT]  # the unit's own document, offered each time
    assert warned == ["Escriba el número del documento que autoriza el cambio."]
    [decision] = store.decisions.for_year(2024)
    assert (decision.decision, decision.document) == ("aprobada", DOCUMENT)
    assert window.session.meta(meta.stable_id).num.modified[1] == Decimal(950)


def test_the_list_comes_back_while_requests_wait(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window closed after each Aprobar: twenty requests meant opening it twenty times.
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.package_records import TargetChangeRequest

    window = open_window(COORDINATOR)
    store = window.session.store
    metas = [m for m in window.session.metas() if m.key.unit == UnitCode("004")][:2]
    store.target_requests.replace_for_unit(
        2024,
        "30",
        UnitCode("004"),
        [
            TargetChangeRequest(
                2024,
                "30",
                UnitCode("004"),
                m.stable_id,
                "modificado.t2.num",
                "Modificado T2 (NUM)",
                str(m.num.modified[1]),
                "950",
                "Más solicitudes",
                "",
                "2024-04-02",
                1,
            )
            for m in metas
        ],
    )
    shown: list[int] = []

    def choose(dialog: RequestsDialog) -> int:
        shown.append(dialog.table.rowCount())
        dialog.table.selectRow(0)
        dialog.reject_button.click()
        return dialog.result()

    monkeypatch.setattr(RequestsDialog, "exec", choose)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Sin oficio", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)

    window.year_actions.requests()

    assert shown == [2, 1]  # again after the first decision; not once none is left
    assert store.target_requests.pending(2024) == []
    assert len(store.decisions.for_year(2024)) == 2


def test_a_quarters_request_and_its_annual_show_as_one_line_with_its_reason(
    open_window: WindowFactory,
) -> None:
    # The annual follows from the quarter; shown apart it read «motivo: sin motivo en el
    # paquete», a second request the unit never made.
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.package_records import TargetChangeRequest

    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    asked = [
        ("modificado.t3.num", "Modificado T3 (NUM)", "800", "830", "Recorte", DOCUMENT),
        ("modificado.anual.num", "Modificado anual (NUM)", "3400", "3430", "", ""),
    ]
    store.target_requests.replace_for_unit(
        2024,
        "30",
        UnitCode("004"),
        [
            TargetChangeRequest(2024, "30", UnitCode("004"), meta.stable_id, *item, "2024-04-02", 1)
            for item in asked
        ],
    )

    select(window, "ASESORÍA LEGAL")
    select(window, STUDIES)

    panel = window.form.requests.text()
    assert "sin motivo" not in panel
    assert panel.count("La unidad 004 pide") == 1
    assert (
        "La unidad 004 pide (envío 1): Modificado T3 (NUM): 800 → 830 (anual: 3400 → 3430) "
        f"(motivo: Recorte; documento: {DOCUMENT})"
    ) in panel


def test_the_list_stays_under_the_question_and_a_cancel_keeps_it(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Aprobar…» closed the list at once: only the document's question was left on the screen,
    # and a cancelled question lost the list.
    from PySide6.QtWidgets import QApplication

    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    pending_request(store, meta.stable_id, DOCUMENT)
    under: list[bool] = []
    answers = iter([("", False), (DOCUMENT, True)])

    def get_text(*_a: object, **_k: object) -> object:
        lists = [w for w in QApplication.topLevelWidgets() if isinstance(w, RequestsDialog)]
        under.append(any(shown.isVisible() for shown in lists))
        return next(answers)

    pressed: list[int] = []

    def choose(dialog: RequestsDialog) -> int:
        dialog.show()
        dialog.table.selectRow(0)
        dialog.approve_button.click()  # cancelled: the list is still there to choose again
        pressed.append(dialog.result())
        dialog.approve_button.click()
        return dialog.result()

    monkeypatch.setattr(RequestsDialog, "exec", choose)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)

    window.year_actions.requests()

    assert under == [True, True]
    assert pressed == [0]  # not closed by the cancelled question
    [decision] = store.decisions.for_year(2024)
    assert decision.document == DOCUMENT


def test_a_request_of_a_closed_quarter_is_refused_with_how_to_reopen_it(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Approved, it changed the closed quarter's modified target, read-only, without a word.
    from ism_desktop.domain.audit import Author
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.workspace.quarter_closing import close_quarter

    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    pending = pending_request(store, meta.stable_id)
    close_quarter(store, 2024, UnitCode("004"), Quarter.SECOND, Author("Coordinación", "ana"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)

    assert not window.year_actions.decide(pending.request_id, True, DOCUMENT)

    [text] = warned
    assert text.startswith("El trimestre 2 de la unidad 004 está cerrado")
    assert "trimestre reabrir --ejercicio 2024 --unidad 004 --trimestre 2" in text
    assert store.target_requests.pending(2024) == [pending]
    assert store.decisions.for_year(2024) == []
    assert window.session.meta(meta.stable_id).num.modified[1] == Decimal(900)


def test_the_decided_list_gives_each_number_and_cuts_names_at_a_word(qtbot: QtBot) -> None:
    # Without numbers a person could not tell which request «ya se aprobó» meant; names were cut
    # mid-word with no sign («…VÍCTIMAS DE VIOL»).
    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.year_news import Decision

    name = "ATENCIÓN INTEGRAL A MUJERES VÍCTIMAS DE VIOLENCIA EN LOS CENTROS DE JUSTICIA"
    decided = [
        Decision(
            2024,
            "30",
            UnitCode("004"),
            "m1",
            "modificado.t3.num",
            "Modificado T3 (NUM)",
            "400",
            "777",
            "Más apoyos",
            "2024-04-02",
            "aprobada",
            "OF-2",
            "",
            "Coordinación",
            "2024-04-10T10:00:00-07:00",
            request_id=7,
        ),
        Decision(
            2024,
            "30",
            UnitCode("004"),
            "m1",
            "modificado.t4.num",
            "Modificado T4 (NUM)",
            "400",
            "500",
            "Más apoyos",
            "2024-01-02",
            "rechazada",
            "",
            "Sin oficio",
            "Coordinación",
            "2024-02-10T10:00:00-07:00",
        ),
    ]
    shown = RequestsDialog([], decided, {"m1": name})
    qtbot.addWidget(shown)

    lines = [shown.decided.item(row).text() for row in range(shown.decided.count())]

    assert lines[0].startswith(
        "N.º 7 · Unidad 004 · ATENCIÓN INTEGRAL A MUJERES VÍCTIMAS DE VIOLENCIA EN LOS…"
    )
    # Decided before numbers were kept: none is made up.
    assert lines[1].startswith(
        "Unidad 004 · ATENCIÓN INTEGRAL A MUJERES VÍCTIMAS DE VIOLENCIA EN LOS…"
    )


def test_the_window_lists_the_numbers_the_command_lists(
    open_window: WindowFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A quarter's request and the annual that follows it: one line, the quarter's number, in
    # the window, in «solicitudes» and in «solicitudes --json» alike.
    window = open_window(COORDINATOR)
    meta = select(window, STUDIES)
    asked = [
        ("modificado.t4.num", "Modificado T4 (NUM)", "800", "900", "Recorte", ""),
        ("modificado.anual.num", "Modificado anual (NUM)", "3400", "3500", "", ""),
    ]
    window.session.store.target_requests.replace_for_unit(
        2024,
        "30",
        UnitCode("004"),
        [
            TargetChangeRequest(2024, "30", UnitCode("004"), meta.stable_id, *item, "2024-04-02", 1)
            for item in asked
        ],
    )
    shown: list[tuple[str, list[str]]] = []

    def look(dialog: RequestsDialog) -> int:
        label = dialog.findChildren(QLabel)[0].text()
        items = [dialog.table.item(row, 0) for row in range(dialog.table.rowCount())]
        numbers = [item.text() for item in items if item is not None]
        shown.append((label, numbers))
        return 0

    monkeypatch.setattr(RequestsDialog, "exec", look)
    window.year_actions.requests()

    listing = run_cli("solicitudes", "--db", db_path).stdout
    listed = [line.split()[0] for line in listing.splitlines()[1:] if "unidad 004" in line]
    as_json = json.loads(run_cli("solicitudes", "--json", "--db", db_path).stdout)
    assert "ejercicio 2024: 1 pendiente." in listing, listing
    assert shown == [("Pendientes: 1", listed)]
    assert [str(item["id"]) for item in as_json["pendientes"]] == listed
