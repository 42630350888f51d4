"""What leaves the PC, from the window: the package, the report files, the printed pages."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.report_printing import draw_pages, new_printer
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_exported_box_words import box_words
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of each box ending an export («Paquete…», «Informe exportado»), closed at once."""
    said: list[str] = []

    def read(box: QMessageBox) -> int:
        said.append(box_words(box))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read)
    return said


def test_export_package_writes_zip_and_documents_beside_it(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, shown_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    said = shown_boxes  # «Paquete exportado»

    with qtbot.waitSignal(window.reports.package_exported, timeout=30000) as signal:
        window.reports.export_package(tmp_path)

    # The export closes the quarter (or it was closed by an earlier one): the box said so
    # nowhere, and the cells just went grey.
    assert (
        "El trimestre 1 de la unidad 004 está cerrado: para cambiar una cifra, reábralo con "
        "un motivo (Año → Cerrar o reabrir un trimestre…)."
    ) in said[0]
    package = signal.args[0].path
    assert package == tmp_path / "ETCA-III-04_2024_T1_unidad_004.ismpaq"
    with zipfile.ZipFile(package) as archive:
        assert sorted(archive.namelist()) == [
            "datos.json",
            "informe.pdf",
            "informe.xlsx",
            "manifest.json",
        ]
    with pdfplumber.open(package.with_suffix(".pdf")) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "ESTUDIOS SOCIOECONÓMICOS" in text
    assert "84.55%" in text
    assert load_workbook(package.with_suffix(".xlsx")).sheetnames


def test_export_is_refused_with_the_errors_listed_and_nothing_written(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    select(window, "ESTUDIOS SOCIOECONÓMICOS")
    type_into(qtbot, achieved_cell(window), "")  # an error: the quarter's figure left out
    shown: list[str] = []
    monkeypatch.setattr(
        "ism_desktop.gui.task_runner.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )

    out = tmp_path / "salida"
    out.mkdir()

    window.reports.export_package(out)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)

    assert shown[0].startswith(
        "No se exportó el paquete: la validación del trimestre 1 de 2024 encontró 1 error; "
        "corríjalo y vuelva"
    )
    assert "• ESTUDIOS SOCIOECONÓMICOS:" in shown[0]
    assert list(out.iterdir()) == []


def test_print_draws_every_page_of_the_exported_pdf(
    open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST))
    pdf = window.reports.report_pdf()
    (tmp_path / "exportado.pdf").write_bytes(pdf)
    expected_pages = len(PdfReader(tmp_path / "exportado.pdf").pages)
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "impreso.pdf"))
    printer.setResolution(96)

    # What a printer gets: each page drawn (here onto a PDF, to count and read them back).
    pages = draw_pages(printer, pdf, range(expected_pages))

    assert pages == expected_pages
    assert expected_pages >= 5  # the consolidated institution report, all 56 metas
    assert len(PdfReader(tmp_path / "impreso.pdf").pages) == expected_pages


def test_report_files_for_a_unit_hold_only_its_metas(
    open_window: WindowFactory, tmp_path: Path, shown_boxes: list[str]
) -> None:
    window = open_window(unit_profile("009"))

    window.reports.export_report(tmp_path / "informe.pdf")

    with pdfplumber.open(tmp_path / "informe.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "PORCENTAJE DE CUMPLIMIENTO" in text
    assert "ESTUDIOS SOCIOECONÓMICOS" not in text
    assert (tmp_path / "informe.xlsx").exists()


def test_saving_an_incomplete_report_says_so_as_the_command_line_does(
    open_window: WindowFactory, tmp_path: Path, shown_boxes: list[str]
) -> None:
    # Unit 009's one meta has nothing reported in the second quarter: the files print it as 0.
    window = open_window(PcProfile(Role.UNIT, UnitCode("009"), 2024, Quarter.SECOND))

    window.reports.export_report(tmp_path / "informe.pdf")

    [said] = shown_boxes
    assert said.endswith(
        "\n\nAviso: informe incompleto: 1 de 1 meta no tiene reportado el segundo trimestre; el "
        "formato oficial la imprime en 0."
    )


@pytest.mark.parametrize(
    ("named", "stem"),
    [
        ("informe.xlsx", "informe"),
        ("informe", "informe"),
        ("informe.PDF", "informe"),
        ("Informe_T1.2024", "Informe_T1.2024"),  # a point in the name is no ending
    ],
)
def test_report_files_are_a_pdf_and_a_workbook_whatever_the_name_typed(
    open_window: WindowFactory, tmp_path: Path, shown_boxes: list[str], named: str, stem: str
) -> None:
    # «informe.xlsx» typed in the dialog: the workbook replaced the PDF just written.
    window = open_window(unit_profile("009"))

    window.reports.export_report(tmp_path / named)

    pdf = next(tmp_path.glob(f"{stem}.[pP][dD][fF]"))
    assert pdf.read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(tmp_path / f"{stem}.xlsx") as workbook:
        assert "xl/workbook.xml" in workbook.namelist()


def test_report_files_never_replace_a_database(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A database picked by mistake in the save dialog (a copy named .pdf, say): replaced.
    window = open_window(unit_profile("009"))
    disguised = tmp_path / "respaldo.pdf"
    disguised.write_bytes(db_path.read_bytes())
    before = disguised.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_rest: said.append(text)
    )

    window.reports.export_report(disguised)

    assert disguised.read_bytes() == before
    assert said == [
        "No se guardó el informe: «respaldo.pdf» es una base de datos; no se reemplaza con "
        "otro archivo."
    ]


def test_after_the_export_the_quarters_cells_are_read_only_at_once(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    select(window, "ESTUDIOS SOCIOECONÓMICOS")
    cell = achieved_cell(window)
    assert not cell.isReadOnly()
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)

    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(tmp_path)

    # The export closed the quarter; the cell still took typing, and only on Enter said that
    # nothing was saved, in a message naming the meta's internal id.
    assert cell.isReadOnly()
    assert "Trimestre cerrado" in window.form.subtitle.text()
