"""A new modified target the review would call an error: refused in its dialog, typing kept.

«Solicitar cambio de meta modificada…» saved T2 = -2 and 0.5 studies, «Cambiar meta
modificada…» saved NUM 10 / DEN 0; each then showed up as one more error in the review.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_target_change_request import COORDINATOR
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004, ESTUDIO: counts whole studies
PERCENT = "PORCENTAJE DE CUMPLIMIENTO DEL PROGRAMA ANUAL"  # unit 002, tipo P
MOTIVO = "Reprogramación por recorte presupuestal."


def _hostile_counts() -> Iterator[object]:
    for sign, whole, part in [("-", 2, ""), ("-", 0, ".5"), ("", 0, ".5"), ("", 899, ".25")]:
        text = f"{sign}{whole}{part}"
        said = "no pueden ser negativas" if sign else "ESTUDIO cuenta piezas enteras"
        yield pytest.param(text, said, id=text)


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    boxes: list[object] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **_kw: boxes.append(args))
    return boxes


Seen = tuple[int, str, str, str, bool, bool]


def _type_and_accept(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, num: str, den: str
) -> Seen:
    """Type T2's figures and a motivo, press «Aceptar»; what the dialog shows afterwards."""
    seen: list[Seen] = []

    def fill(dialog: ModifiedTargetDialog) -> int:
        with qtbot.waitExposed(dialog):
            dialog.show()
        dialog.quarter_box.setCurrentIndex(Quarter.SECOND.index)
        dialog.num_edit.setText(num)
        if den:
            dialog.den_edit.setText(den)
        dialog.reason_edit.setPlainText(MOTIVO)
        dialog.reason_edit.setFocus()
        dialog.accept()
        focus = dialog.focusWidget()
        seen.append(
            (
                dialog.result(),
                dialog.error_label.text(),
                dialog.num_edit.text(),
                dialog.den_edit.text(),
                focus is dialog.num_edit,
                focus is dialog.den_edit,
            )
        )
        still_open = dialog.isVisible()
        dialog.done(0)  # the person cancels after reading it
        assert still_open
        return int(seen[-1][0])

    monkeypatch.setattr(ModifiedTargetDialog, "exec", fill)
    window.form.modify_button.click()
    (result,) = seen
    return result


@pytest.mark.parametrize(("typed", "said"), list(_hostile_counts()))
def test_a_units_request_the_review_would_call_an_error_stays_in_the_dialog(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    no_boxes: list[object],
    typed: str,
    said: str,
) -> None:
    window = open_window(unit_profile("004"))
    window.session.validate_all()
    meta = select(window, STUDIES)
    counts = window.findings.model.counts()

    result, message, num, _, num_focused, _ = _type_and_accept(
        window, qtbot, monkeypatch, typed, ""
    )

    assert result != int(ModifiedTargetDialog.DialogCode.Accepted)
    assert f"El modificado T2 (NUM) es {Decimal(typed)}" in message
    assert said in message
    assert num == typed
    assert num_focused
    assert no_boxes == []
    store = window.session.store
    assert store.edits.target_changes(2024, meta.stable_id) == []
    assert window.session.meta(meta.stable_id) == meta
    assert window.findings.model.counts() == counts


@pytest.mark.parametrize("num", ["10", "0.5", "100"])
def test_the_coordinators_zero_den_under_a_num_stays_in_the_dialog(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    no_boxes: list[object],
    num: str,
) -> None:
    window = open_window(COORDINATOR)
    window.session.validate_all()
    meta = select(window, PERCENT)
    counts = window.findings.model.counts()

    result, message, kept_num, kept_den, _, den_focused = _type_and_accept(
        window, qtbot, monkeypatch, num, "0"
    )

    assert result != int(ModifiedTargetDialog.DialogCode.Accepted)
    assert "El modificado T2 (DEN) es 0" in message
    assert "no se puede calcular" in message
    assert (kept_num, kept_den) == (num, "0")
    assert den_focused
    assert no_boxes == []
    assert window.session.meta(meta.stable_id) == meta
    assert window.findings.model.counts() == counts


def test_a_whole_target_is_still_saved_and_closes_the_dialog(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    no_boxes: list[object],
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    accepted: list[int] = []

    def fill(dialog: ModifiedTargetDialog) -> int:
        dialog.quarter_box.setCurrentIndex(Quarter.SECOND.index)
        dialog.num_edit.setText("880")
        dialog.reason_edit.setPlainText(MOTIVO)
        dialog.accept()
        accepted.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(ModifiedTargetDialog, "exec", fill)
    window.form.modify_button.click()

    assert accepted == [int(ModifiedTargetDialog.DialogCode.Accepted)]
    assert window.session.meta(meta.stable_id).num.modified[1] == Decimal(880)
    assert no_boxes == []
