"""Exporting a quarter closed by hand, never sent: the question does not say it was sent.

A unit closed its quarter by hand (Año → Cerrar o reabrir un trimestre…) and then used
«Exportar paquete…» for the first time: it was asked «El trimestre 1 ya se exportó y está
cerrado. ¿Exportar otra vez el mismo paquete…?», about a package that never existed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import answer_questions

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_a_quarter_closed_by_hand_is_not_said_to_have_been_exported(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    questions = answer_questions(monkeypatch, answer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Paquete exportado», closed
    window = open_window(unit_profile("004"))
    session = window.session
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    session.reload()

    if answer == "Sí":
        with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
            window.reports.choose_package_folder()
    else:
        window.reports.choose_package_folder()

    assert questions == [
        "El trimestre 1 está cerrado, pero su paquete no se ha exportado desde esta "
        "computadora. ¿Exportarlo ahora?\n\nSi la unidad coordinadora ya tiene cerrado ese "
        "trimestre, lo rechazará. Para corregir algo, antes reabra el trimestre con un motivo "
        "(Año → Cerrar o reabrir un trimestre…)."
    ]
    written = tmp_path / "ETCA-III-04_2024_T1_unidad_004.ismpaq"
    assert written.exists() == (answer == "Sí")
