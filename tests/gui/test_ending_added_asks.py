"""A file named by an ending added after the save dialog is asked about before it is replaced.

The dialog asks only about the name chosen in it. «Programa.2026» got «.xlsx» afterwards and an
«Programa.2026.xlsx» already there was replaced; «informe.pdf» wrote «informe.xlsx» beside it,
replacing one already there, without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.profile import PcProfile
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_replace_asked_before_building import PROFILES, _count_calls, _report_builds
from tests.gui.window_driver import answer_questions
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui

OLD = b"PK el archivo de antes"
KINDS = {
    "xlsx": ("Plantilla de Excel (*.xlsx)", b"PK"),
    "json": ("JSON (*.json)", b"{"),
}


@pytest.fixture
def paimef(qtbot: QtBot, tmp_path: Path) -> Iterator[PaimefWindow]:
    store = Store.open(tmp_path / "datos.sqlite3")
    store.paimef.replace(programme(), Author("Unidad 001", "ana"), "prueba", [])
    window = PaimefWindow(store, Author("Unidad 001", "ana"), date(2026, 3, 20))
    qtbot.addWidget(window)
    yield window
    store.close()


def _out(tmp_path: Path) -> Path:
    out = tmp_path / "salida"
    out.mkdir()
    return out


def _save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path, kind: str = "") -> None:
    """The save dialog answers ``chosen`` (it asked only about that name)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), kind))


def _no_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    return said


@pytest.mark.parametrize("ending", KINDS.keys())
def test_no_keeps_the_programme_named_by_the_ending_added(
    paimef: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    out = _out(tmp_path)
    there = out / f"Programa.2026.{ending}"
    there.write_bytes(OLD)
    _save_as(monkeypatch, out / "Programa.2026", KINDS[ending][0])
    asked = answer_questions(monkeypatch, "No")

    paimef.export_file()

    assert asked == [f"«{there.name}» ya existe en «{out}». ¿Reemplazarlo?"]
    assert there.read_bytes() == OLD
    assert sorted(p.name for p in out.iterdir()) == [there.name]
    assert "Exportado" not in paimef.message.text()


@pytest.mark.parametrize("ending", KINDS.keys())
def test_yes_replaces_the_programme_named_by_the_ending_added(
    paimef: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    out = _out(tmp_path)
    there = out / f"Programa.2026.{ending}"
    there.write_bytes(OLD)
    _save_as(monkeypatch, out / "Programa.2026", KINDS[ending][0])
    asked = answer_questions(monkeypatch, "Sí")
    said = _no_warnings(monkeypatch)

    paimef.export_file()

    assert len(asked) == 1
    assert said == []
    assert there.read_bytes().startswith(KINDS[ending][1])
    assert paimef.message.text() == f"Exportado: {there}"


def test_a_programme_named_with_its_ending_is_not_asked_about_again(
    paimef: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dialog asked about «programa.xlsx» itself: a second question would be one too many.
    out = _out(tmp_path)
    there = out / "programa.xlsx"
    there.write_bytes(OLD)
    _save_as(monkeypatch, there, KINDS["xlsx"][0])
    asked = answer_questions(monkeypatch, "No")

    paimef.export_file()

    assert asked == []
    assert there.read_bytes().startswith(b"PK\x03\x04")


@pytest.mark.parametrize("profile", PROFILES.values(), ids=PROFILES.keys())
def test_no_keeps_the_workbook_beside_the_pdf_chosen_and_makes_no_report(
    open_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    profile: PcProfile,
) -> None:
    window = open_window(profile)
    out = _out(tmp_path)
    workbook = out / "informe.xlsx"
    workbook.write_bytes(OLD)
    _save_as(monkeypatch, out / "informe.pdf")
    asked = answer_questions(monkeypatch, "No")
    made = _report_builds(monkeypatch)

    window.reports.export_report_action.trigger()

    assert asked == [f"«informe.xlsx» ya existe en «{out}». ¿Reemplazarlo?"]
    assert made == []
    assert workbook.read_bytes() == OLD
    assert sorted(p.name for p in out.iterdir()) == ["informe.xlsx"]


def test_yes_replaces_the_workbook_beside_the_pdf_chosen(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("009"))
    out = _out(tmp_path)
    workbook = out / "informe.xlsx"
    workbook.write_bytes(OLD)
    _save_as(monkeypatch, out / "informe.pdf")
    asked = answer_questions(monkeypatch, "Sí")
    made = _report_builds(monkeypatch)

    window.reports.export_report_action.trigger()

    assert len(asked) == 1
    assert sorted(made) == ["layout_report", "write_pdf", "write_xlsx"]
    assert workbook.read_bytes().startswith(b"PK\x03\x04")
    assert (out / "informe.pdf").read_bytes().startswith(b"%PDF")


def test_both_files_of_a_name_without_ending_are_asked_about_at_once(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("009"))
    out = _out(tmp_path)
    for ending in ("pdf", "xlsx"):
        (out / f"Informe_T1.2024.{ending}").write_bytes(OLD)
    _save_as(monkeypatch, out / "Informe_T1.2024")
    asked = answer_questions(monkeypatch, "No")
    made = _report_builds(monkeypatch)

    window.reports.export_report_action.trigger()

    assert asked == [
        f"«Informe_T1.2024.pdf» y «Informe_T1.2024.xlsx» ya existen en «{out}». ¿Reemplazarlos?"
    ]
    assert made == []
    assert all(p.read_bytes() == OLD for p in out.iterdir())


def test_no_keeps_the_paimef_workbook_beside_the_pdf_chosen(
    paimef: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _out(tmp_path)
    workbook = out / "informe.xlsx"
    workbook.write_bytes(OLD)
    _save_as(monkeypatch, out / "informe.pdf")
    made: list[str] = []
    _count_calls(monkeypatch, made, "ism_desktop.reports.paimef.informe_pdf", "informe_pdf")
    _count_calls(monkeypatch, made, "ism_desktop.reports.paimef.informe_xlsx", "informe_xlsx")
    # «Sí» to writing a draft with errors, if asked; «No» to replacing.
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        replacing = "¿Reemplazar" in text
        return QMessageBox.StandardButton.No if replacing else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)

    paimef.write_informe()

    assert asked[-1] == f"«informe.xlsx» ya existe en «{out}». ¿Reemplazarlo?"
    assert made == []
    assert workbook.read_bytes() == OLD
    assert sorted(p.name for p in out.iterdir()) == ["informe.xlsx"]
