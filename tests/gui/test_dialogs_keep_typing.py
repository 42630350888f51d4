"""Esc or «Cancelar» on a dialog with something typed asks before throwing it away.

A request's value, reason and document, four delivery dates, or the metas unticked for a new
year were lost at one key, with nothing said; the delivery dates asked only on a year change.
So were a warning's justification, a request's approving document or rejection reason, and the
coordinator's observation.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.justify_dialog import APPROVAL, PAIMEF_WARNING, REJECTION, JustifyDialog
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from ism_desktop.gui.new_year_dialog import NewYearDialog
from ism_desktop.gui.observation_dialog import ObservationDialog
from ism_desktop.gui.year_dialogs import DeliveryDatesDialog
from tests.gui.window_driver import answer_questions


@pytest.fixture
def report(seed_text: str) -> ProgressReport:
    return parse_etca_text(seed_text).report


def _request(report: ProgressReport) -> QDialog:
    dialog = ModifiedTargetDialog(report.metas[0], Quarter.FIRST, request=True)
    dialog.num_edit.setText("8")
    dialog.reason_edit.setPlainText("Ajuste por recorte presupuestal")
    return dialog


def _dates(_report: ProgressReport) -> QDialog:
    dialog = DeliveryDatesDialog(2024, lambda _year: {})
    dialog.fields[Quarter.FIRST].setText("10/04/2024")
    return dialog


def _new_year(report: ProgressReport) -> QDialog:
    dialog = NewYearDialog(2024, list(report.metas))
    dialog.metas.item(3).setCheckState(Qt.CheckState.Unchecked)
    return dialog


# The unit's cited document, offered when approving: not something typed until changed.
CITED = "ISM/DG/100/2024"
UNTOUCHED: dict[str, Callable[[ProgressReport], QDialog]] = {
    "solicitud": lambda report: ModifiedTargetDialog(report.metas[0], Quarter.FIRST, request=True),
    "fechas de entrega": lambda _report: DeliveryDatesDialog(2024, lambda _year: {}),
    "año nuevo": lambda report: NewYearDialog(2024, list(report.metas)),
    "justificación": lambda _report: JustifyDialog("Aviso", ""),
    "justificación ya escrita": lambda _report: JustifyDialog("Aviso", "Por la veda electoral"),
    "motivo paimef": lambda _report: JustifyDialog("Aviso", "", wording=PAIMEF_WARNING),
    "aprobación": lambda _report: JustifyDialog("Solicitud", CITED, wording=APPROVAL),
    "rechazo": lambda _report: JustifyDialog("Solicitud", "", wording=REJECTION),
    "observación": lambda _report: ObservationDialog("Unidad 005 · meta"),
}


def _typed_into(case: str, text: str) -> Callable[[ProgressReport], QDialog]:
    def build(report: ProgressReport) -> QDialog:
        dialog = UNTOUCHED[case](report)
        assert isinstance(dialog, JustifyDialog | ObservationDialog)
        dialog.text.setPlainText(text)
        return dialog

    return build


TYPED: dict[str, Callable[[ProgressReport], QDialog]] = {
    "solicitud": _request,
    "fechas de entrega": _dates,
    "año nuevo": _new_year,
    "justificación": _typed_into("justificación", "Por la veda electoral"),
    "justificación ya escrita": _typed_into("justificación ya escrita", "Por la veda, y la lluvia"),
    "motivo paimef": _typed_into("motivo paimef", "La sede cerró en marzo"),
    "aprobación": _typed_into("aprobación", f"{CITED}-BIS"),
    "rechazo": _typed_into("rechazo", "No trae el oficio de la Dirección"),
    "observación": _typed_into("observación", "Falta la evidencia del taller"),
}


@pytest.mark.parametrize("case", sorted(TYPED))
def test_cancelling_what_was_typed_asks_and_no_keeps_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, report: ProgressReport, case: str
) -> None:
    dialog = TYPED[case](report)
    qtbot.addWidget(dialog)
    dialog.show()
    questions = answer_questions(monkeypatch, "No")

    dialog.reject()

    assert len(questions) == 1
    assert questions[0].startswith("¿Descartar")
    assert dialog.isVisible()
    answer_questions(monkeypatch, "Sí")
    dialog.reject()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("case", sorted(TYPED))
def test_cancelling_with_nothing_typed_just_closes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, report: ProgressReport, case: str
) -> None:
    untouched = UNTOUCHED[case](report)
    qtbot.addWidget(untouched)
    untouched.show()
    questions = answer_questions(monkeypatch, "No")

    untouched.reject()

    assert questions == []
    assert not untouched.isVisible()


@pytest.mark.parametrize("typed", ["", "123"])
def test_choosing_another_quarter_is_not_typing_but_a_figure_typed_before_is(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, report: ProgressReport, typed: str
) -> None:
    # The chosen quarter's figures fill in: not something typed to lose. A figure typed is.
    dialog = ModifiedTargetDialog(report.metas[0], Quarter.SECOND, request=True)
    qtbot.addWidget(dialog)
    dialog.show()
    questions = answer_questions(monkeypatch, "No")
    if typed:
        qtbot.keyClicks(dialog.num_edit, typed)

    dialog.quarter_box.setCurrentIndex(3)
    dialog.reject()

    assert len(questions) == (1 if typed else 0)
    assert dialog.isVisible() == bool(typed)


def test_a_figure_typed_stays_when_another_quarter_is_chosen(
    qtbot: QtBot, report: ProgressReport
) -> None:
    # Typed, then the quarter corrected: the figure was silently replaced by that quarter's.
    dialog = ModifiedTargetDialog(report.metas[0], Quarter.SECOND, request=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.num_edit, "9")
    typed = dialog.num_edit.text()
    dialog.quarter_box.setCurrentIndex(3)

    assert dialog.num_edit.text() == typed
    assert dialog.quarter() == Quarter.FOURTH
