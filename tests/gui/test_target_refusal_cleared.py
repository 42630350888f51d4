"""A refusal in the modified-target dialog goes once the person types the correction.

«Escriba el motivo del cambio.» stayed in red under a motivo already typed, as if the
correction had not been taken: the line spoke of what the dialog held at «Aceptar».
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def percentage(seed_text: str) -> Meta:
    report: ProgressReport = parse_etca_text(seed_text).report
    return next(meta for meta in report.metas if meta.kind is MetaKind.PERCENTAGE)


def _refused_then_typed(qtbot: QtBot, meta: Meta, box: str, typed: str) -> tuple[str, str]:
    """«Aceptar» with the motivo empty, then ``typed`` into ``box``: the red line each time."""
    dialog = ModifiedTargetDialog(meta, Quarter.SECOND, request=True, save=lambda _d: None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.num_edit.setText("70")
    dialog.accept()
    refused = dialog.error_label.text()
    widget = getattr(dialog, box)
    widget.setFocus()
    qtbot.keyClicks(widget, typed)
    after = dialog.error_label.text()
    dialog.done(0)  # closed before asserting: a failure must not leave it asking to discard
    return refused, after


@pytest.mark.parametrize(
    ("box", "typed"),
    [
        pytest.param("reason_edit", "REDUCCIÓN DE PERSONAL", id="el-motivo"),
        pytest.param("num_edit", "5", id="la-cifra"),
        pytest.param("document_edit", "OFICIO 12", id="el-documento"),
    ],
)
def test_the_refusal_goes_when_the_person_types(
    qtbot: QtBot, percentage: Meta, box: str, typed: str
) -> None:
    refused, after = _refused_then_typed(qtbot, percentage, box, typed)
    assert refused == "Escriba el motivo del cambio."
    assert after == ""
