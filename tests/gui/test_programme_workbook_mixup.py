"""The window's two imports given each other's workbook: one message, naming where it goes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_programme import write_programme_file
from ism_desktop.workspace.year_programme import new_year
from tests.gui.conftest import WindowFactory, shown_paimef
from tests.gui.paimef_stores import TODAY, stored_programme
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
AUTHOR = Author("Enlace PAIMEF", "ana")


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every warning shown, as a message box or a box with details."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))

    def shown_box(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown_box)
    return shown


def test_the_years_import_given_the_paimef_programme(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    path = tmp_path / "F.xlsx"
    write_programme_file(programme(), path)
    shown = _warnings(monkeypatch)

    window.year_actions.programme.import_template_file(2025, path)

    assert len(shown) == 1
    assert "F.xlsx es el Programa Anual del PAIMEF, no la plantilla del programa" in shown[0]
    assert "PAIMEF → Programa Anual, plazos e indicadores… → Archivo → Importar…" in shown[0]
    assert "Hoja" not in shown[0]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with stored_programme(tmp_path, AUTHOR) as opened:
        yield opened


def test_the_paimef_import_given_the_years_template(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    path = tmp_path / "programa_2025.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "001"
    book.create_sheet("004")
    book.create_sheet("listas")
    book.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    shown = _warnings(monkeypatch)

    window.import_file()

    assert len(shown) == 1
    assert "programa_2025.xlsx es la plantilla del programa del año" in shown[0]
    assert "Año → Importar plantilla llenada…" in shown[0]
    assert store.paimef.load(2026) == programme()
