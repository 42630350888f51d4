"""A modified target asked and not yet decided is marked in the grid, on both PCs.

At the unit, the figure it asked for looked as settled as any other; at the coordinating unit,
the figure held hid that another was asked. Both grids now mark the cell and say the request.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_target_change_request import COORDINATOR, STUDIES, _package_with_request
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
TIP = Qt.ItemDataRole.ToolTipRole


def test_the_unit_sees_its_asked_target_marked_until_decided(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    cell = window.form.grid.cell(RowKind.NUM, Series.MODIFIED, Quarter.SECOND)
    assert "Solicitud" not in cell.toolTip()
    assert window.model.index_of(meta.stable_id).data() == STUDIES

    def fill(dialog: ModifiedTargetDialog) -> int:
        dialog.quarter_box.setCurrentIndex(1)
        dialog.num_edit.setText("777")
        dialog.reason_edit.setPlainText("Se suman dos municipios.")
        dialog.accept()
        return int(ModifiedTargetDialog.DialogCode.Accepted)

    monkeypatch.setattr(ModifiedTargetDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args, **_kw: None)
    window.form.modify_button.click()

    cell = window.form.grid.cell(RowKind.NUM, Series.MODIFIED, Quarter.SECOND)
    assert cell.text().startswith("777")
    # Named as the request's box, the board and the coordinator's list name it.
    assert cell.toolTip().startswith("Solicitud pendiente: Modificado T2 (NUM): ")
    assert "→ 777" in cell.toolTip()
    assert "dashed" in cell.styleSheet()
    assert window.form.requests.isVisible()
    assert "777" in window.form.requests.text()
    # What follows from it (the MET read for a tipo A meta, the annual) says so too.
    for kind, period in ((RowKind.MET, Quarter.SECOND), (RowKind.NUM, None), (RowKind.MET, None)):
        assert "→ 777" in window.form.grid.cell(kind, Series.MODIFIED, period).toolTip()
    # The list marks the meta too, and its tooltip says why.
    row = window.model.index_of(meta.stable_id)
    assert row.data() == f"⇄ {STUDIES}"
    assert "solicitud de cambio de meta modificada pendiente" in row.data(TIP)
    other = window.form.grid.cell(RowKind.NUM, Series.MODIFIED, Quarter.THIRD)
    assert "dashed" not in other.styleSheet()
    # Shown again, the note under the figures says the annual it changes too: 3400 less 123.
    select(window, "ASESORÍA LEGAL")
    select(window, STUDIES)
    assert "T2 (NUM): 900 → 777 (anual: 3400 → 3277)" in window.form.requests.text()


def test_the_coordinator_sees_the_asked_target_marked_on_the_held_figure(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    window = open_window(COORDINATOR)
    package = _package_with_request(seed_text, tmp_path)
    reviewed: list[str] = []

    def review(dialog: ReceiveDialog) -> int:
        reviewed.extend(label.text() for label in dialog.findChildren(QLabel))
        return int(ReceiveDialog.DialogCode.Accepted)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", review)
        patch.setattr(QMessageBox, "information", lambda *_args: None)
        with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
            window.coordination.receive([package])

    # The review says where the request is decided, in a sentence that ends (not on «meta…»).
    assert any(
        text.endswith(
            "se aprueba o rechaza en la ventana «Solicitudes de cambio de meta…» del menú "
            "Coordinación."
        )
        for text in reviewed
    )
    meta = select(window, STUDIES)
    assert window.model.index_of(meta.stable_id).data() == f"⇄ {STUDIES}"
    cell = window.form.grid.cell(RowKind.NUM, Series.MODIFIED, Quarter.FIRST)
    assert cell.text().startswith("900")  # held: the request is not applied
    assert cell.toolTip().startswith(
        "Solicitud pendiente de la unidad 004: Modificado T1 (NUM): 900 → 880"
    )
    assert "dashed" in cell.styleSheet()
    annual = window.form.grid.cell(RowKind.NUM, Series.MODIFIED, None)
    assert "anual" in annual.toolTip()
    assert "dashed" in annual.styleSheet()
