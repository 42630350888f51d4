"""A file that is there already is asked about before the report is made, not after.

At state scale the consolidated PDF runs to hundreds of pages: made first, then «¿Reemplazarlo?»
answered «No», the seconds it took were thrown away.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import REPORT_PROFILES, WindowFactory, unit_profile
from tests.gui.paimef_stores import UNIT_001, paimef_window, stored_programme
from tests.gui.received_boxes import plain_words
from tests.gui.replace_asking import (
    assert_left_alone,
    assert_no_keeps_it,
    count_calls,
    no_to_replacing,
    out_folder,
    paimef_informe_builds,
    replaced_by_the_report_made_once,
    save_as,
)
from tests.gui.unit_question import answer_unit
from tests.gui.window_driver import answer_questions

pytestmark = pytest.mark.gui

OLD_PDF = b"%PDF-1.4 el informe de antes"


def test_no_keeps_the_pdf_and_makes_no_report(
    report_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_no_keeps_it(
        report_window, tmp_path, monkeypatch, ("informe.pdf", OLD_PDF), "informe.xlsx"
    )


def test_yes_replaces_the_pdf_with_the_report_made_once(
    report_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    there = ("informe.pdf", OLD_PDF)
    out = replaced_by_the_report_made_once(
        report_window, tmp_path, monkeypatch, there, "informe.xlsx"
    )

    with pdfplumber.open(out / "informe.pdf") as read:
        text = "\n".join(page.extract_text() or "" for page in read.pages)
    assert "PORCENTAJE DE CUMPLIMIENTO" in text
    assert load_workbook(out / "informe.xlsx").sheetnames


def test_the_paimef_informe_is_made_only_after_yes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with stored_programme(tmp_path, UNIT_001) as store:
        window = paimef_window(qtbot, store)
        out = out_folder(tmp_path, ("informe.pdf", OLD_PDF))
        save_as(monkeypatch, out / "informe.xlsx")
        made = paimef_informe_builds(monkeypatch)
        asked = no_to_replacing(monkeypatch)

        window.write_informe()

        assert asked[-1] == f"«informe.pdf» ya existe en «{out}». ¿Reemplazarlo?"
        assert made == []
        assert_left_alone(out, out / "informe.pdf", OLD_PDF)


def test_a_package_is_made_only_after_yes(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    out = out_folder(tmp_path)
    earlier = out / "ETCA-III-04_2024_T1_unidad_004.ismpaq"
    earlier.write_bytes(b"el paquete anterior")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    made: list[str] = []
    module = "ism_desktop.exchange.export.report_package"
    count_calls(monkeypatch, made, module, "layout_report", "write_pdf", "write_xlsx")
    asked = answer_questions(monkeypatch, "No")

    window.reports.export_package_action.trigger()
    window.tasks.wait()  # made on a thread when agreed to: any such work ends here

    assert asked == [
        # The file's name on a line of its own: Qt wrapped it at a hyphen («ETCA-/III-04…»).
        "Ya hay un paquete de este trimestre en esa carpeta:\n\n«ETCA-III-04_2024_T1_unidad_004"
        ".ismpaq»\n\n¿Reemplazarlo, con su PDF y su Excel, por el nuevo?"
    ]
    assert made == []
    assert earlier.read_bytes() == b"el paquete anterior"
    assert sorted(p.name for p in out.iterdir()) == [earlier.name]


def test_a_units_workbook_is_made_only_after_yes(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(REPORT_PROFILES["consolidado"])
    out = out_folder(tmp_path)
    filled = out / "ETCA-III-04_2024_T1_libro_unidad_004.xlsx"
    filled.write_bytes(b"PK lo que la unidad lleno")
    answer_unit(monkeypatch, lambda items, _current: next(i for i in items if i.startswith("004 ")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    made: list[str] = []
    module = "ism_desktop.exchange.unit_workbook"
    count_calls(monkeypatch, made, module, "layout_report", "write_xlsx")
    asked = answer_questions(monkeypatch, "No")

    window.year_actions.workbook()

    assert plain_words(asked[-1]).endswith("¿Reemplazarlo por uno en blanco?")
    assert made == []
    assert filled.read_bytes() == b"PK lo que la unidad lleno"
    assert sorted(p.name for p in out.iterdir()) == [filled.name]
