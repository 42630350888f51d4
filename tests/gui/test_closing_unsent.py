"""A unit closing by hand a quarter whose package never went out is told so, and asked.

«Año → Cerrar o reabrir un trimestre…» on a unit's PC closed the quarter at once when it had
no errors: read-only, and the coordinating unit without its figures, not a word said. Exporting
the package is what delivers it (and closes it); closing by hand sends nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from ism_desktop.workspace.quarter_closing import reopen_quarter
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui
UNIT = UnitCode("004")
SAID = (
    "El paquete del trimestre 1 de 2024 de la unidad 004 no se ha exportado desde esta "
    "computadora: la unidad coordinadora no tiene sus cifras. Cerrar el trimestre no lo envía; "
    "para entregarlo, use Archivo → Exportar paquete… (al exportarlo, el trimestre se cierra)."
)


def _close_in_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    def chosen(dialog: ClosingDialog) -> int:
        dialog.quarter.setValue(1)
        dialog.close_choice.setChecked(True)
        return 1

    monkeypatch.setattr(ClosingDialog, "exec", chosen)


def _answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def question(_parent: object, title: str, text: str, *_args: object) -> object:
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    return asked


@pytest.mark.parametrize("yes", [False, True])
def test_closing_a_quarter_never_exported_asks_first(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, yes: bool
) -> None:
    window = open_window(unit_profile("004"))
    _close_in_dialog(monkeypatch)
    asked = _answer(monkeypatch, yes=yes)

    window.year_actions.closing()

    question = f"{SAID}\n\n¿Cerrar el trimestre sin exportar su paquete?"
    assert asked == [("Cerrar o reabrir un trimestre", question)]
    assert window.session.store.closures.is_closed(2024, "30", UNIT, Quarter.FIRST) is yes


def test_closing_again_a_quarter_already_exported_asks_nothing(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    session = window.session
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Paquete exportado», closed
    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(tmp_path)  # sent, and closed by the export
    reopen_quarter(session.store, 2024, UNIT, Quarter.FIRST, "Revisión", session.author)
    session.reload()
    _close_in_dialog(monkeypatch)
    asked = _answer(monkeypatch, yes=False)

    window.year_actions.closing()

    assert asked == []
    assert session.store.closures.is_closed(2024, "30", UNIT, Quarter.FIRST)
