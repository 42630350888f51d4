"""Exporting the package from the form: the figure the cell shows, a quarter already sent."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import (
    achieved_cell,
    answer_questions,
    select,
    stored_achieved,
    type_into,
)

pytestmark = pytest.mark.gui

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: original Q1 900, achieved 761


@pytest.mark.parametrize("typed_first", [False, True])
def test_ctrl_e_in_a_figure_cell_exports_what_the_cell_shows(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed_first: bool,
) -> None:
    # Ctrl+E (Exportar paquete) from a figure, the cell where staff spend their day. A figure
    # typed without Enter was left out of the package: a shortcut or a menu keeps the focus.
    asked = _folders_asked(monkeypatch)
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    type_into(qtbot, cell, "900", press_enter=not typed_first)

    qtbot.keyClick(cell, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert asked == ["Carpeta donde guardar el paquete"]
    assert stored_achieved(db_path, STUDIES) == Decimal(900)


@pytest.mark.parametrize(
    ("typed", "store_refuses", "said"),
    [
        ("9 0 0x", False, "Realizado T1 NUM: «9 0 0x» no es un número. No se guardó."),
        # The store refused it: its reason, once, in the box that says what stopped.
        ("900", True, "No se guardó la cifra escrita: la base de datos está ocupada."),
    ],
)
def test_a_typed_figure_that_cannot_be_saved_stops_the_export(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    store_refuses: bool,
    said: str,
) -> None:
    from ism_desktop.workspace.changes import WorkspaceError
    from ism_desktop.workspace.workspace import Workspace

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise WorkspaceError("la base de datos está ocupada")

    asked = _folders_asked(monkeypatch)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), typed, press_enter=False)
    if store_refuses:
        monkeypatch.setattr(Workspace, "edit_meta", refuse)

    window.reports.choose_package_folder()

    assert asked == []  # nothing exported: the package would not have the figure shown
    assert warned == [f"{said}\n\nCorrija la cifra y exporte de nuevo."]
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_exporting_a_quarter_already_sent_asks_first(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    # The quarter closes on export; the same package again is refused by the coordinating
    # unit once it received the first, and nothing told the unit before.
    asked = _folders_asked(monkeypatch)
    questions = answer_questions(monkeypatch, answer)
    window = open_window(unit_profile("004"))
    window.reports.choose_package_folder()  # open: nothing asked
    assert (questions, asked) == ([], ["Carpeta donde guardar el paquete"])
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Paquete exportado», closed
    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(tmp_path)  # sent, and closed by the export

    window.reports.choose_package_folder()

    assert questions == [
        "El trimestre 1 ya se exportó y está cerrado. ¿Exportar otra vez el mismo paquete (por "
        "ejemplo, si se perdió el archivo)?\n\nSi la unidad coordinadora ya recibió el "
        "anterior, rechazará este. Para corregir algo, antes reabra el trimestre con un motivo "
        "(Año → Cerrar o reabrir un trimestre…)."
    ]
    assert len(asked) == (2 if answer == "Sí" else 1)


def test_exporting_a_closed_quarter_with_changes_not_sent_says_so(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reopened, corrected and closed again: the package is a new one, not «the same again».
    from ism_desktop.workspace.quarter_closing import close_quarter, reopen_quarter

    _folders_asked(monkeypatch)
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    session = window.session
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    reopen_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, "corregir", session.author)
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "812")
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)

    window.reports.choose_package_folder()

    (question,) = questions
    said, advice = question.split("\n\n")
    assert said == (
        "El trimestre 1 está cerrado y 1 meta tiene cambios que no se han enviado. ¿Exportar "
        "el paquete con ellos?"
    )
    assert advice.endswith("si no, pídale que lo reabra.")


def _folders_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each folder question (answered «Cancelar»)."""
    asked: list[str] = []

    def ask(_parent: object, title: str, *_args: object) -> str:
        asked.append(title)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    return asked
