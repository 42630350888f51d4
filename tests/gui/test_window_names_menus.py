"""The window's boxes name its menus, never a command: office staff have no command line.

«Trimestre reabierto» and the refusal of a closed quarter's second package said «en la línea
de comandos: ism-desktop …», wording shared with the command line.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import coordination_actions
from ism_desktop.gui.receive_dialog import ReceiveDialog
from ism_desktop.workspace.quarter_closing import reopen_quarter
from ism_desktop.workspace.year_programme import new_year
from tests.exchange.package_builders import export_unit, seed_store
from tests.gui.conftest import WindowFactory
from tests.gui.received_boxes import received_said

pytestmark = pytest.mark.gui
UNIT = UnitCode("004")
UNIT_AUTHOR = Author("Unidad 004", "ana")
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _review_texts(
    window_factory: WindowFactory, qtbot: QtBot, received: Path, package: Path
) -> list[str]:
    """Every line the review of ``package`` shows, and its pane's text for each line.

    In a coordinator's window that received ``received`` before.
    """
    window = window_factory(COORDINATOR)
    received_said(window, qtbot, [received])
    seen: list[str] = []

    def exec_review(dialog: ReceiveDialog) -> int:
        for row in range(dialog.tree.topLevelItemCount()):  # a refusal is a line alone
            item = dialog.tree.topLevelItem(row)
            assert item is not None
            dialog.tree.setCurrentItem(item)
            seen.extend([item.text(0), item.toolTip(0), dialog.detail.toPlainText()])
        return int(ReceiveDialog.DialogCode.Rejected)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", exec_review)
        window.coordination.receive([package])  # envío 2, of the closed quarter
        qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    return seen


def test_a_closed_quarter_refusal_names_the_reopening_menu(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    with seed_store(seed_text) as unit_pc:
        first = export_unit(unit_pc, tmp_path / "envío 1")
        reopen_quarter(unit_pc, 2024, UNIT, Quarter.FIRST, "Corrección", UNIT_AUTHOR)
        second = export_unit(unit_pc, tmp_path / "envío 2")

    texts = _review_texts(open_window, qtbot, first, second)

    refusal = " ".join(" ".join(texts).split())
    assert "está cerrado" in refusal, texts
    assert "Año → Cerrar o reabrir un trimestre…" in refusal
    assert "ism-desktop" not in refusal
    assert "línea de comandos" not in refusal


def test_bases_of_a_programme_not_approved_name_the_approving_menu(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_window(COORDINATOR)
    new_year(first.session.store, 2025, 2024, first.session.author)  # its targets, not approved
    window = open_window(replace(COORDINATOR, year=2025))
    warned: list[str] = []
    monkeypatch.setattr(coordination_actions, "choose_folder", lambda *_a: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))

    window.coordination.choose_bases_folder()
    qtbot.waitUntil(lambda: bool(warned), timeout=30000)

    [said] = warned
    assert "el programa 2025 no está aprobado" in said
    assert "Año → Aprobar el programa del año…" in said
    assert "ism-desktop" not in said
    assert not list(tmp_path.glob("*.ismpaq"))
