"""The box that says a unit's package was written says the target-change requests it carries.

Every package carries the unit's undecided requests; the box said nothing of them, and the
unit could not tell that the coordinating unit would now see and decide them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
SAID = (
    "El paquete lleva 2 solicitudes de cambio de meta (en 1 meta): la unidad coordinadora "
    "decide si las aplica; su decisión llega con el siguiente programa base o paquete de "
    "observaciones."
)


class _Said(list[str]):
    """The texts of the boxes shown, each closed at once."""

    def read(self, box: QMessageBox) -> int:
        self.append(box.text())
        return 0


def _export(window: MainWindow, qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    said = _Said()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.read(box))
    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(folder)
    (text,) = said
    return text


def _ask(window: MainWindow, figures: dict[Quarter, int]) -> None:
    """Requests of new modified targets (NUM) of «ESTUDIOS SOCIOECONÓMICOS», as the form makes."""
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    reason = TargetChangeReason("Se suman dos municipios.", "")
    for quarter, figure in figures.items():
        window.session.change_modified_target(
            meta.stable_id, quarter, Decimal(figure), None, reason
        )


def test_the_export_box_counts_the_requests_the_package_carries(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    _ask(window, {Quarter.THIRD: 111, Quarter.FOURTH: 222})

    assert SAID in _export(window, qtbot, tmp_path, monkeypatch)


def test_undo_is_greyed_out_with_its_reason_once_the_request_was_sent(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It stayed enabled after the package carried the request: only pressing it (Ctrl+Z) said
    # that a request already sent cannot be taken back.
    window = open_window(unit_profile("004"))
    _ask(window, {Quarter.THIRD: 111})
    undo = window.undo_action
    assert undo.isEnabled()  # unsent: undoing it withdraws it
    assert undo.toolTip() == undo.text().replace("&", "")

    _export(window, qtbot, tmp_path, monkeypatch)

    assert not undo.isEnabled()
    assert undo.text().endswith("(no disponible)")
    why = undo.toolTip()
    assert why.startswith("No se puede deshacer «Modificado T3: ESTUDIOS SOCIOECONÓMICOS")
    assert "ya se exportó en el paquete 1 para la unidad coordinadora" in why
    assert undo.statusTip() == why
    assert why.endswith("y escriba su motivo.")  # read before pressing: nothing to say unchanged


def test_a_package_without_requests_says_none(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))

    assert "solicitud" not in _export(window, qtbot, tmp_path, monkeypatch)
