"""A refused modified-target change puts the cursor in the input at fault, whatever it says.

The dialog chose the input by reading the message («El modificado T…», «(DEN)» near its start,
«Documento» anywhere): a motivo refused with words that name the document, or a NUM refused
with «(DEN)» in its sentence, sent the cursor to the wrong input. The refusal names it now.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import TargetInput
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.edit_refusal import Refusal
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

MOTIVO = "Reprogramación por recorte presupuestal."
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004


@pytest.fixture
def percentage(seed_text: str) -> Meta:
    report: ProgressReport = parse_etca_text(seed_text).report
    return next(meta for meta in report.metas if meta.kind is MetaKind.PERCENTAGE)


def _focused_after(qtbot: QtBot, meta: Meta, refusal: Refusal) -> str:
    """Type a change, press «Aceptar» and have it refused: the name of the input focused."""
    dialog = ModifiedTargetDialog(meta, Quarter.SECOND, save=lambda _dialog: refusal)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.num_edit.setText("10")
    dialog.den_edit.setText("20")
    dialog.reason_edit.setPlainText(MOTIVO)
    dialog.quarter_box.setFocus()
    dialog.accept()
    inputs = ("num_edit", "den_edit", "reason_edit", "document_edit", "quarter_box")
    focus = dialog.focusWidget()
    focused = next((name for name in inputs if getattr(dialog, name) is focus), "")
    still_open, shown = dialog.isVisible(), dialog.error_label.text()
    dialog.done(0)  # closed before asserting: a failure must not leave it asking to discard
    assert still_open
    assert shown == refusal.reason
    return focused


@pytest.mark.parametrize(
    ("said", "at_fault", "expected"),
    [
        pytest.param(
            "No se guardó el cambio de meta modificada: el campo «Motivo» cita el «Documento "
            "que lo autoriza» con un carácter que no es texto.",
            TargetInput.REASON,
            "reason_edit",
            id="motivo-que-nombra-el-documento",
        ),
        pytest.param(
            "El modificado T2 (NUM) > (DEN): no cabe en el porcentaje. No se guardó el cambio.",
            TargetInput.NUM,
            "num_edit",
            id="num-que-nombra-el-den",
        ),
        pytest.param(
            "El modificado T2 (DEN) es 0 y el (NUM) no; no se puede calcular.",
            TargetInput.DEN,
            "den_edit",
            id="den",
        ),
        pytest.param(
            "No se guardó el cambio de meta modificada: el oficio tiene 600 caracteres.",
            TargetInput.DOCUMENT,
            "document_edit",
            id="documento-sin-nombrarlo",
        ),
        pytest.param(
            "El trimestre 2 de la unidad 002 está cerrado. Reábralo con un motivo.",
            None,
            "reason_edit",
            id="sin-entrada-propia",
        ),
    ],
)
def test_the_cursor_goes_to_the_input_the_refusal_names(
    qtbot: QtBot, percentage: Meta, said: str, at_fault: TargetInput | None, expected: str
) -> None:
    focused = _focused_after(qtbot, percentage, Refusal("", said, at_fault))

    assert focused == expected


@pytest.mark.parametrize(
    ("motivo", "document", "expected"),
    [
        pytest.param("Recorte\x0b«Documento» pendiente", "OF-1", "reason_edit", id="motivo"),
        pytest.param(MOTIVO, "OF\x0b1", "document_edit", id="documento"),
    ],
)
def test_a_reason_the_workspace_refuses_puts_the_cursor_in_its_input(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    motivo: str,
    document: str,
    expected: str,
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    boxes: list[object] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **_kw: boxes.append(args))
    seen: list[tuple[str, bool]] = []

    def fill(dialog: ModifiedTargetDialog) -> int:
        with qtbot.waitExposed(dialog):
            dialog.show()
        dialog.num_edit.setText("880")
        dialog.reason_edit.setPlainText(motivo)
        dialog.document_edit.setText(document)
        dialog.quarter_box.setFocus()
        dialog.accept()
        seen.append((dialog.error_label.text(), dialog.focusWidget() is getattr(dialog, expected)))
        dialog.done(0)
        return 0

    monkeypatch.setattr(ModifiedTargetDialog, "exec", fill)
    window.form.modify_button.click()

    ((message, focused),) = seen
    assert "carácter que no es texto" in message
    assert focused
    assert boxes == []
