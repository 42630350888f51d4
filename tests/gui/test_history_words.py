"""The history reads like the review of a package: same figures, field names, local times."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.application import install_spanish
from ism_desktop.gui.audit_dialog import AuditDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.history_opened import opened_history
from tests.gui.visible_text import problems, widget_texts
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui


def test_history_shows_figures_as_people_write_them(
    open_window: WindowFactory, qtbot: QtBot, qapp: QApplication
) -> None:
    install_spanish(qapp)
    window = open_window(unit_profile("004"))
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    type_into(qtbot, achieved_cell(window), "800")
    after = with_modified(window.session.meta(meta.stable_id), Quarter.FIRST, Decimal(950))
    window.session.edit(after, "meta modificada", TargetChangeReason("Ajuste.", ""))
    edits = window.session.store.edits
    dialog = AuditDialog(
        meta,
        edits.history(2024, meta.stable_id),
        edits.target_changes(2024, meta.stable_id),
        window,
    )
    qtbot.addWidget(dialog)

    cells = {
        dialog.table.item(row, column).text()  # type: ignore[union-attr]
        for row in range(dialog.table.rowCount())
        for column in (4, 5)
    }
    assert {"761", "800", "900", "950"} <= cells
    assert not any(cell.endswith(".00") for cell in cells)
    texts = list(widget_texts(dialog))
    assert problems(texts) == []
    assert any("modificado T1 (NUM): 900 → 950" in text for text in texts)


def test_history_shows_a_request_undone_with_its_reason_as_withdrawn(
    open_window: WindowFactory, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The undo deleted the request: the history showed two figure changes and no reason.
    install_spanish(qapp)
    window = open_window(unit_profile("004"))
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    after = with_modified(window.session.meta(meta.stable_id), Quarter.FIRST, Decimal(950))
    window.session.edit(after, "meta modificada", TargetChangeReason("Ajuste de la dirección.", ""))
    assert window.session.undo() is not None

    dialog = opened_history(window, qtbot, monkeypatch)

    texts = list(widget_texts(dialog))
    assert problems(texts) == []
    (line,) = [text for text in texts if "Ajuste de la dirección." in text]
    assert "modificado T1 (NUM): 900 → 950" in line
    assert "retirada (se deshizo" in line
