"""What an import says fits a 1366×768 screen, and nothing of it is dropped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import FieldChange, MetaChange
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.errors import ImportWarning
from ism_desktop.exchange.etca.report_import import ImportSummary
from ism_desktop.gui import window_dialogs
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def _summary(changes: int, warnings: int) -> ImportSummary:
    return ImportSummary(
        year=2024,
        quarter=Quarter.FIRST,
        metas=56,
        units=8,
        inserted=0,
        updated=changes,
        warnings=tuple(
            ImportWarning(100 + n, f"el total anual impreso difiere (aviso {n})")
            for n in range(1, warnings + 1)
        ),
        changes=tuple(
            MetaChange(
                f"{n:016x}",
                f"META {n}",
                FieldChange("realizado.NUM.T1", "Realizado NUM T1", str(n), str(n + 1)),
            )
            for n in range(1, changes + 1)
        ),
    )


def _shown(
    open_window: WindowFactory, summary: ImportSummary, monkeypatch: pytest.MonkeyPatch
) -> list[QMessageBox | str]:
    window = open_window(unit_profile("004"))
    shown: list[QMessageBox | str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))

    def exec_box(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    window_dialogs.show_imported(window, summary)
    return shown


def test_thirty_changes_and_warnings_fit_and_are_all_kept(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    (shown,) = _shown(open_window, _summary(30, 30), monkeypatch)

    assert isinstance(shown, QMessageBox), "45 lines in one box run off a 768-pixel screen"
    assert shown.text().startswith("Informe importado: 56 metas de 8 unidades")
    text = shown.text().splitlines()
    assert sum(line.startswith("  «META ") for line in text) <= 5
    assert sum(line.startswith("Línea ") for line in text) <= 5
    assert text[-1] == "Todo, en «Mostrar los detalles...»."
    details = shown.detailedText()
    # Each meta by its name, as staff know it, not by its id.
    assert "  «META 30»: Realizado NUM T1: «30» → «31»" in details.splitlines()
    assert "Línea 130: el total anual impreso difiere (aviso 30)" in details.splitlines()
    with qtbot.waitExposed(shown):
        shown.show()
    assert shown.frameGeometry().height() <= 600
    shown.close()


def test_a_few_changes_are_said_in_one_box(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    (shown,) = _shown(open_window, _summary(2, 1), monkeypatch)

    assert isinstance(shown, str)
    assert shown.splitlines()[2:] == [
        "Cambios:",
        "  «META 1»: Realizado NUM T1: «1» → «2»",
        "  «META 2»: Realizado NUM T1: «2» → «3»",
        "",
        "Avisos:",
        "Línea 101: el total anual impreso difiere (aviso 1)",
    ]
