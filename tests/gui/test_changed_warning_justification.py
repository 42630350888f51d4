"""A warning justified at other figures shows as pending, with the old reason offered back.

A meta at 78 % was justified; its achieved figure was corrected to 66 %. The old reason
explained another situation: the panel says the warning changed, and «Justificar aviso…»
opens with the old text written in, to confirm or rewrite.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import justify_heading

pytestmark = pytest.mark.gui
EVENTS = "324d66f81b69ca65"  # unit 004: original T1 50, achieved T1 39 (78.00%)
BAND = "AVANCE_FUERA_DE_RANGO"
REASON = "Se atendió a menos personas por el cierre temporal del módulo."
MOMENT = datetime(2024, 4, 15, 9, 30, tzinfo=timezone(timedelta(hours=-7)))


def _justified_then_corrected(db_path: Path) -> None:
    """Justify the warning at 78 %, then correct the achieved figure to 33 (66.00%)."""
    with Store.open(db_path) as store:
        workspace = Workspace(store, unit_profile("004"), lambda: MOMENT, os_user_name="ana")
        workspace.reload()
        (warning,) = [f for f in workspace.validation.for_meta(EVENTS) if f.rule == BAND]
        workspace.justify_finding(warning, REASON)
        (meta,) = [m for m in workspace.metas() if m.stable_id == EVENTS]
        workspace.edit_meta(with_achieved(meta, Quarter.FIRST, Decimal(33)))


def _band_row(window: MainWindow) -> tuple[int, FindingRow]:
    model = window.findings.model
    (found,) = [
        (index, model.row_at(index))
        for index in range(model.rowCount())
        if model.row_at(index).finding.meta_id == EVENTS
        and model.row_at(index).finding.rule == BAND
    ]
    return found


def test_the_changed_warning_is_pending_and_the_dialog_offers_the_old_text(
    open_window: WindowFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _justified_then_corrected(db_path)
    window = open_window(unit_profile("004"))
    index, row = _band_row(window)
    model = window.findings.model
    shown = model.data(model.index(index), Qt.ItemDataRole.DisplayRole)
    tip = model.data(model.index(index), Qt.ItemDataRole.ToolTipRole)
    assert row.justification is None
    assert shown.startswith("AVISO (cambió desde su justificación)")
    assert "El aviso ya no dice lo mismo que cuando se justificó" in tip
    assert "78.00%" in tip
    assert REASON in tip
    seen: list[tuple[str, str]] = []

    def confirm(dialog: JustifyDialog) -> int:
        heading = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen.append((dialog.text.toPlainText(), heading))
        dialog.save_button.click()  # the old text, confirmed as it is
        return int(dialog.result())

    monkeypatch.setattr(JustifyDialog, "exec", confirm)

    window._justify(row)

    ((offered, heading),) = seen
    assert offered == REASON
    assert "66.00%" in heading
    assert "78.00%" in heading
    assert "Cuando Unidad 004 (ana) lo justificó" in heading
    assert "ya no cuenta" in heading
    _, after = _band_row(window)
    assert after.justification is not None
    assert after.justification.text == REASON
    assert after.earlier is None
    with Store.open(db_path) as store:
        (stored,) = [j for j in store.justifications.for_year(2024) if j.key.rule == BAND]
    assert stored.answered is not None
    assert "66.00%" in stored.answered[0]


STUDIES = "56190ba47cf2b956"  # unit 004: achieved T1 761 of 900
DIFFERENCE = "NARRATIVA_DIFERENCIA"


def test_an_enterado_given_before_the_warning_showed_says_so(
    open_window: WindowFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «el aviso decía: . Ahora dice otra cosa»: it said nothing then, it did not show.
    with Store.open(db_path) as store:
        workspace = Workspace(store, unit_profile("004"), lambda: MOMENT, os_user_name="ana")
        workspace.reload()
        workspace.justify(JustificationKey(2024, STUDIES, Quarter.FIRST, DIFFERENCE), None)
        (meta,) = [m for m in workspace.metas() if m.stable_id == STUDIES]
        text = "SE REALIZARON 761 ESTUDIOS, 20 MENOS DE LOS PROGRAMADOS."
        workspace.edit_meta(with_evaluation(meta, Quarter.FIRST, text))
    window = open_window(unit_profile("004"))
    model = window.findings.model
    (row,) = [
        model.row_at(index)
        for index in range(model.rowCount())
        if model.row_at(index).finding.meta_id == STUDIES
        and model.row_at(index).finding.rule == DIFFERENCE
    ]
    heading = justify_heading(window, row, monkeypatch)

    assert "decía: ." not in heading
    assert re.search(r"lo marcó como «enterado» \([^)]*\), el aviso no aparecía, y ese", heading)
    assert "ya no cuenta" in heading
