"""A file named by an ending added after the save dialog is asked about before it is replaced.

The dialog asks only about the name chosen in it. «Programa.2026» got «.xlsx» afterwards and an
«Programa.2026.xlsx» already there was replaced; «informe.pdf» wrote «informe.xlsx» beside it,
replacing one already there, without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.paimef_stores import UNIT_001, paimef_window, stored_programme
from tests.gui.replace_asking import (
    assert_left_alone,
    assert_no_keeps_it,
    export_report,
    no_to_replacing,
    out_folder,
    paimef_informe_builds,
    replaced_by_the_report_made_once,
    save_as,
)
from tests.gui.window_driver import answer_questions

pytestmark = pytest.mark.gui

OLD = b"PK el archivo de antes"
KINDS = {
    "xlsx": ("Plantilla de Excel (*.xlsx)", b"PK"),
    "json": ("JSON (*.json)", b"{"),
}


@pytest.fixture
def paimef(qtbot: QtBot, tmp_path: Path) -> Iterator[PaimefWindow]:
    with stored_programme(tmp_path, UNIT_001) as store:
        yield paimef_window(qtbot, store)


def _no_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    return said


def _export_programme_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str, answer: str
) -> tuple[Path, Path, list[str]]:
    """«Programa.2026» chosen as ``ending``'s kind, over the file it names already there.

    The folder, that file, and the questions (each answered ``answer``).
    """
    there_name = f"Programa.2026.{ending}"
    out = out_folder(tmp_path, (there_name, OLD))
    save_as(monkeypatch, out / "Programa.2026", KINDS[ending][0])
    asked = answer_questions(monkeypatch, answer)
    return out, out / there_name, asked


@pytest.mark.parametrize("ending", KINDS.keys())
def test_no_keeps_the_programme_named_by_the_ending_added(
    paimef: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    out, there, asked = _export_programme_over(tmp_path, monkeypatch, ending, "No")

    paimef.export_file()

    assert asked == [f"«{there.name}» ya existe en «{out}». ¿Reemplazarlo?"]
    assert_left_alone(out, there, OLD)
    assert "Exportado" not in paimef.message.text()


@pytest.mark.parametrize("ending", KINDS.keys())
def test_yes_replaces_the_programme_named_by_the_ending_added(
    paimef: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    _out, there, asked = _export_programme_over(tmp_path, monkeypatch, ending, "Sí")
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
    there = out_folder(tmp_path, ("programa.xlsx", OLD)) / "programa.xlsx"
    save_as(monkeypatch, there, KINDS["xlsx"][0])
    asked = answer_questions(monkeypatch, "No")

    paimef.export_file()

    assert asked == []
    assert there.read_bytes().startswith(b"PK\x03\x04")


def test_no_keeps_the_workbook_beside_the_pdf_chosen_and_makes_no_report(
    report_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_no_keeps_it(report_window, tmp_path, monkeypatch, ("informe.xlsx", OLD), "informe.pdf")


def test_yes_replaces_the_workbook_beside_the_pdf_chosen(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("009"))
    there = ("informe.xlsx", OLD)

    out = replaced_by_the_report_made_once(window, tmp_path, monkeypatch, there, "informe.pdf")

    assert (out / "informe.xlsx").read_bytes().startswith(b"PK\x03\x04")
    assert (out / "informe.pdf").read_bytes().startswith(b"%PDF")


def test_both_files_of_a_name_without_ending_are_asked_about_at_once(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("009"))
    out = out_folder(tmp_path, ("Informe_T1.2024.pdf", OLD), ("Informe_T1.2024.xlsx", OLD))

    asked, made = export_report(window, monkeypatch, out / "Informe_T1.2024", "No")

    assert asked == [
        f"«Informe_T1.2024.pdf» y «Informe_T1.2024.xlsx» ya existen en «{out}». ¿Reemplazarlos?"
    ]
    assert made == []
    assert all(p.read_bytes() == OLD for p in out.iterdir())


def test_no_keeps_the_paimef_workbook_beside_the_pdf_chosen(
    paimef: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = out_folder(tmp_path, ("informe.xlsx", OLD))
    save_as(monkeypatch, out / "informe.pdf")
    made = paimef_informe_builds(monkeypatch)
    asked = no_to_replacing(monkeypatch)  # «Sí» to a draft with errors, if asked

    paimef.write_informe()

    assert asked[-1] == f"«informe.xlsx» ya existe en «{out}». ¿Reemplazarlo?"
    assert made == []
    assert_left_alone(out, out / "informe.xlsx", OLD)
