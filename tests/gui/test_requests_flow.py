"""Deciding a request in its own dialog: the unit's document offered, a refusal said in it.

The document or reason was asked with a bare question; a blank answer, or one the workspace
refused, was said in a box once the question had closed, and what was typed was gone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.limits import MAX_REASON_CHARS
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.year_dialogs import RequestsDialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import pending_request, select
from tests.gui.year_window_setup import COORDINATOR, STUDIES

pytestmark = pytest.mark.gui
DOCUMENT = "ISM/DG/100/2024"
# (pasted, said in the dialog, mended): reasons the workspace refuses, and what it says.
REFUSED = [
    (
        "Sin oficio\x0bde la dirección",
        "El motivo del rechazo tiene un carácter que no es texto (U+000B, posición 11); "
        "no se decidió.",
        "Sin oficio de la dirección",
    ),
    (
        "A" * (MAX_REASON_CHARS + 1),
        "El motivo del rechazo tiene 2\u00a0001 caracteres (máx. 2\u00a0000); no se decidió.",
        "A" * MAX_REASON_CHARS,
    ),
]


def _list_behind() -> bool:
    lists = [w for w in QApplication.topLevelWidgets() if isinstance(w, RequestsDialog)]
    return any(shown.isVisible() for shown in lists)


def answer_decisions(
    monkeypatch: pytest.MonkeyPatch,
    *dialogs: Sequence[str],
    look: Callable[[], object] = lambda: None,
) -> list[tuple[object, ...]]:
    """Type each dialog's texts in turn and press its button; none left: «Cancelar».

    Records each dialog as opened (title, what its field offers, what it says is decided,
    whether the list is behind it), then after each press its field, what it says in red,
    whether it is still open, whether the list is behind it, and ``look()``. A bare question
    asked instead (as it was) is recorded and cancelled.
    """
    shown: list[tuple[object, ...]] = []
    answers = iter(dialogs)

    def run(dialog: JustifyDialog) -> int:
        dialog.show()
        about = dialog.findChildren(QLabel)[0].text()
        shown.append((dialog.windowTitle(), dialog.text.toPlainText(), about, _list_behind()))
        for text in next(answers, ()):
            dialog.text.setPlainText(text)
            dialog.save_button.click()
            said = dialog.error_label.text()
            open_ = dialog.isVisible()
            shown.append((dialog.text.toPlainText(), said, open_, _list_behind(), look()))
            if not open_:
                break
        if dialog.isVisible():
            dialog.reject()
        return int(dialog.result())

    def bare_question(*_a: object, **_k: object) -> tuple[str, bool]:
        shown.append(("QInputDialog.getText",))
        return "", False

    monkeypatch.setattr(JustifyDialog, "exec", run)
    monkeypatch.setattr(QInputDialog, "getText", bare_question)
    return shown


def choose_first(approve: bool) -> Callable[[RequestsDialog], int]:
    """A list's exec: shown, its first request chosen and «Aprobar…» or «Rechazar…» pressed."""

    def choose(dialog: RequestsDialog) -> int:
        dialog.show()
        dialog.table.selectRow(0)
        (dialog.approve_button if approve else dialog.reject_button).click()
        return int(dialog.result())

    return choose


def told_after_the_dialog(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """The information boxes shown, and whether a decision dialog was still open under each."""
    told: list[tuple[str, bool]] = []

    def inform(_p: object, _t: str, text: str, *_a: object) -> object:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, JustifyDialog)]
        told.append((text, any(dialog.isVisible() for dialog in dialogs)))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", inform)
    return told


def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The warning boxes shown (a decision's problems are said in its dialog instead)."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    return warned


def test_the_units_document_is_offered_and_a_blank_one_said_in_the_dialog(
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
    monkeypatch.setattr(RequestsDialog, "exec", choose_first(approve=True))
    asked = answer_decisions(monkeypatch, ["  ", DOCUMENT])
    warned = warnings_shown(monkeypatch)
    told = told_after_the_dialog(monkeypatch)

    window.year_actions.requests()

    (title, offered, about, behind), blank, saved = asked
    assert (title, offered, behind) == ("Aprobar solicitud", DOCUMENT, True)  # the unit's own
    assert f"Unidad 004 · {STUDIES}" in str(about)  # what is decided, above the field
    assert "Cambio solicitado: Modificado T2 (NUM): 900 → 950" in str(about)
    missing = "Escriba el número del documento que autoriza el cambio."
    assert blank == ("  ", missing, True, True, None)
    assert (saved[0], saved[2]) == (DOCUMENT, False)  # decided, and closed
    assert warned == []
    # Which unit and meta it was, above the decision: the dialog and the list are closed.
    [(text, under)] = told
    assert text.startswith("Unidad 004 · ESTUDIOS SOCIOECONÓMICOS\nModificado T2 (NUM)")
    assert not under
    [decision] = store.decisions.for_year(2024)
    assert (decision.decision, decision.document) == ("aprobada", DOCUMENT)
    assert window.session.meta(meta.stable_id).num.modified[1] == Decimal(950)


@pytest.mark.parametrize(("pasted", "said", "mended"), REFUSED, ids=["no-texto", "largo"])
def test_a_refused_reason_stays_in_its_dialog_to_be_mended(
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    pasted: str,
    said: str,
    mended: str,
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    pending = pending_request(store, meta.stable_id, DOCUMENT)
    monkeypatch.setattr(RequestsDialog, "exec", choose_first(approve=False))

    def stored() -> tuple[object, ...]:
        return (store.target_requests.pending(2024) == [pending], store.decisions.for_year(2024))

    asked = answer_decisions(monkeypatch, [pasted, mended], look=stored)
    warned = warnings_shown(monkeypatch)
    told = told_after_the_dialog(monkeypatch)

    window.year_actions.requests()

    assert asked[0][:2] == ("Rechazar solicitud", "")
    # Refused: still open over the list, what was pasted intact, why in red; nothing decided.
    assert asked[1] == (pasted, said, True, True, (True, []))
    assert (asked[2][0], asked[2][2]) == (mended, False)  # mended: decided, and closed
    assert warned == []
    assert len(told) == 1
    [decision] = store.decisions.for_year(2024)
    assert (decision.decision, decision.reason) == ("rechazada", mended)


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
    answer_decisions(monkeypatch, ["Sin oficio"], ["Sin oficio"])
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)

    window.year_actions.requests()

    assert shown == [2, 1]  # again after the first decision; not once none is left
    assert store.target_requests.pending(2024) == []
    assert len(store.decisions.for_year(2024)) == 2


def test_the_list_stays_under_the_question_and_a_cancel_keeps_it(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Aprobar…» closed the list at once: only the document's question was left on the screen,
    # and a cancelled question lost the list.
    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    pending_request(store, meta.stable_id, DOCUMENT)
    asked = answer_decisions(monkeypatch, [], [DOCUMENT])  # cancelled, then approved
    pressed: list[int] = []

    def choose(dialog: RequestsDialog) -> int:
        dialog.show()
        dialog.table.selectRow(0)
        dialog.approve_button.click()  # cancelled: the list is still there to choose again
        pressed.append(dialog.result())
        pressed.append(len(store.decisions.for_year(2024)))
        dialog.approve_button.click()
        return dialog.result()

    monkeypatch.setattr(RequestsDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)

    window.year_actions.requests()

    assert [shown[3] for shown in asked if len(shown) == 4] == [True, True]  # over the list
    assert pressed == [0, 0]  # not closed by the cancelled question; nothing decided
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
    warned = warnings_shown(monkeypatch)

    text = window.year_actions.decide(pending.request_id, True, DOCUMENT)

    # Given back to be said in the decision dialog, which keeps the document typed.
    assert warned == []
    assert text is not None
    assert text.startswith("El trimestre 2 de la unidad 004 está cerrado")
    # How to reopen it in the window: office staff have no command line to type one in.
    assert text.endswith(
        "Para aprobarla, reábralo con un motivo (Año → Cerrar o reabrir un trimestre…)."
    )
    assert "ism-desktop" not in text
    assert store.target_requests.pending(2024) == [pending]
    assert store.decisions.for_year(2024) == []
    assert window.session.meta(meta.stable_id).num.modified[1] == Decimal(900)
