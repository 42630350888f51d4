"""Export says what blocks it before asking where to save, and counts warnings right."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, answer_questions, select, type_into

pytestmark = pytest.mark.gui


def test_errors_are_listed_before_any_folder_is_asked(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    window.session.validate_all()
    select(window, "ESTUDIOS SOCIOECONÓMICOS")
    type_into(qtbot, achieved_cell(window), "")  # an error: the quarter's figure left out
    asked: list[str] = []
    shown: list[str] = []

    def ask(*args: object) -> str:
        asked.append(str(args[1]))
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    window.reports.export_package_action.trigger()

    assert asked == []
    assert len(shown) == 1
    assert shown[0].startswith(
        "No se exportó el paquete: la validación del trimestre 1 de 2024 encontró 1 error; "
        "corríjalo y vuelva a"
    )
    assert "no se exporta el paquete" not in shown[0]
    assert "• ESTUDIOS SOCIOECONÓMICOS:" in shown[0]


def test_the_exported_message_counts_justified_and_open_warnings(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    window.session.validate_all()
    _errors, warnings, still_open = window.findings.model.counts()
    texts: list[str] = []

    def read(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read)

    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(tmp_path)

    (text,) = texts
    justified = warnings - still_open
    assert f"{warnings} avisos: {justified} con justificación y {still_open} sin justificar" in text
    assert "Secuencia" not in text
    assert "envío número 1 " in text


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_a_package_already_in_the_folder_is_replaced_only_when_asked(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    # The package, its PDF and its Excel were written over the ones already there, unasked.
    window = open_window(unit_profile("004"))
    earlier = tmp_path / "ETCA-III-04_2024_T1_unidad_004.ismpaq"
    earlier.write_bytes(b"el paquete anterior")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path))
    questions = answer_questions(monkeypatch, answer)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)

    if answer == "Sí":
        with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
            window.reports.choose_package_folder()
    else:
        window.reports.choose_package_folder()

    assert questions == [
        # The file's name on a line of its own: Qt wrapped it at a hyphen («ETCA-/III-04…»).
        "Ya hay un paquete de este trimestre en esa carpeta:\n\n«ETCA-III-04_2024_T1_unidad_004"
        ".ismpaq»\n\n¿Reemplazarlo, con su PDF y su Excel, por el nuevo?"
    ]
    assert (earlier.read_bytes() == b"el paquete anterior") == (answer == "No")
