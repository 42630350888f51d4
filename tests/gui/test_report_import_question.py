"""Importing the official report over typed work asks first, listing what it would replace."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui import report_import_flow
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_import_flow import overwrite_question
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _answering(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[tuple[str, Sequence[str]]]:
    asked: list[tuple[str, Sequence[str]]] = []

    def ask(_parent: QWidget, name: str, lines: Sequence[str]) -> bool:
        asked.append((name, lines))
        return answer

    monkeypatch.setattr(report_import_flow, "ask_to_overwrite", ask)
    return asked


def _typed(open_window: WindowFactory, qtbot: QtBot, figure: str) -> MainWindow:
    """Unit 004's window with «ESTUDIOS SOCIOECONÓMICOS»'s achieved T1 typed and saved."""
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), figure)
    return window


def test_declining_keeps_the_typed_figure_and_writes_nothing(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # At a unit, Ctrl+I on the official text put back its figures over the quarter's work,
    # without a word before, and with undo greyed out.
    window = _typed(open_window, qtbot, "855")
    asked = _answering(monkeypatch, answer=False)

    window.import_report(seed_path)
    qtbot.waitUntil(lambda: "No se importó" in window.statusBar().currentMessage(), timeout=10000)

    ((name, lines),) = asked
    assert name == seed_path.name
    assert "  «ESTUDIOS SOCIOECONÓMICOS»: Realizado T1 (NUM): «855» → «761.00»" in lines
    assert stored_achieved(db_path, STUDIES) == Decimal(855)


def test_accepting_imports_the_official_figures(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _typed(open_window, qtbot, "855")
    asked = _answering(monkeypatch, answer=True)
    monkeypatch.setattr(QMessageBox, "information", lambda *_: None)

    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_report(seed_path)

    assert len(asked) == 1
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


def test_the_same_report_again_asks_nothing(
    open_window: WindowFactory, qtbot: QtBot, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    asked = _answering(monkeypatch, answer=False)
    monkeypatch.setattr(QMessageBox, "information", lambda *_: None)

    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_report(seed_path)

    assert asked == []


def test_one_change_is_said_in_the_singular() -> None:
    text, details = overwrite_question("informe.txt", ["  «APOYOS»: Realizado T1 (NUM): «4» → «3»"])

    assert text.startswith("«informe.txt» reemplaza 1 cifra o texto que ya está en esta base")
    assert details == ""


def test_a_long_list_is_cut_in_the_question_and_whole_in_the_details() -> None:
    lines = [f"  Meta {n:016x}: Realizado T1 (NUM): «{n}» → «{n + 1}»" for n in range(11)]

    text, details = overwrite_question("informe.txt", lines)

    assert text.startswith("«informe.txt» reemplaza 11 cifras o textos que ya están")
    assert "«7» → «8»" in text
    assert "«8» → «9»" not in text
    assert "y 3 cambios más." in text
    assert "Archivo → Restaurar copia…" in text
    assert details.splitlines() == [line.strip() for line in lines]


def test_a_figure_left_empty_is_filled_without_a_question(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # «reemplaza 1 cifra… Realizado T1 (NUM): «» → «761.00»»: nothing typed was replaced.
    window = _typed(open_window, qtbot, "")
    assert stored_achieved(db_path, STUDIES) is None
    asked = _answering(monkeypatch, answer=False)
    monkeypatch.setattr(QMessageBox, "information", lambda *_: None)

    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_report(seed_path)

    assert asked == []
    assert stored_achieved(db_path, STUDIES) == Decimal(761)
