"""The preview while its document is written: first pages at once, the whole swapped in, closing."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.preview_writer import HEAD_PAGES, PreviewWriter
from ism_desktop.gui.report_preview import FAILED_TITLE, ReportPreviewDialog
from ism_desktop.gui.task_runner import describe_error
from ism_desktop.reports import pdf_report
from ism_desktop.reports.pdf_fonts import FontError
from ism_desktop.reports.pdf_raster import page_count
from ism_desktop.reports.pdf_report import PdfRenderer
from ism_desktop.reports.report_layout import ReportLayout, layout_report
from tests.gui.conftest import WindowFactory
from tests.gui.idle_writer import IdleWriter

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STOP_AT = HEAD_PAGES + 2  # a page of the whole document, written after the first pages


@pytest.fixture(scope="module")
def seed_report(seed_text: str) -> ProgressReport:
    return parse_etca_text(seed_text).report


class HaltingWriter(PreviewWriter):
    """The real writer, held at one page of the whole document until it is told to stop."""

    def __init__(self, layout: ReportLayout) -> None:
        super().__init__(lambda: layout, describe_error)
        self.halted = threading.Event()
        self._released = threading.Event()
        self.written: list[int] = []

    def _written(self, number: int) -> None:
        self.written.append(number)
        if number == STOP_AT:
            self.halted.set()
            self._released.wait(30)
        super()._written(number)

    def stop(self) -> None:
        self._released.set()
        super().stop()


@pytest.fixture
def documents(seed_report: ProgressReport) -> tuple[bytes, bytes, int]:
    """The seed's first pages on their own, its whole document, and its page count."""
    renderer = PdfRenderer(layout_report(seed_report))
    pages = renderer.paginate()
    head, whole = io.BytesIO(), io.BytesIO()
    renderer.draw(head, pages, HEAD_PAGES)
    renderer.draw(whole, pages)
    return head.getvalue(), whole.getvalue(), len(pages)


@pytest.fixture
def printed() -> list[bytes]:
    return []


@pytest.fixture
def idle_dialog(
    qtbot: QtBot, printed: list[bytes]
) -> Iterator[tuple[ReportPreviewDialog, IdleWriter]]:
    def print_report(_parent: QWidget, pdf: bytes) -> None:
        printed.append(pdf)

    writer = IdleWriter()
    dialog = ReportPreviewDialog(writer, "prueba", print_report)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    yield dialog, writer
    dialog.close()


def test_first_pages_show_at_once_and_the_whole_comes_in_where_the_person_is(
    idle_dialog: tuple[ReportPreviewDialog, IdleWriter],
    documents: tuple[bytes, bytes, int],
    printed: list[bytes],
    qtbot: QtBot,
) -> None:
    head, whole, count = documents
    dialog, writer = idle_dialog
    assert count > HEAD_PAGES + 1
    assert not dialog.print_button.isEnabled()

    writer.head_written.emit(head, count)
    qtbot.waitUntil(lambda: 0 in dialog.strip.rendered)

    assert dialog.page_count() == count
    assert dialog.count_label.text() == f"de {count}"
    assert not dialog.print_button.isEnabled()
    assert not dialog.is_complete()
    # A page not written yet is blank paper with a note, drawn from nothing.
    dialog.page_box.setValue(count)
    dialog.strip.repaint()
    assert count - 1 not in dialog.strip.rendered
    writer.progressed.emit(STOP_AT, count)
    assert f"{STOP_AT} de {count}" in dialog.status_label.text()
    dialog.page_box.setValue(2)
    bar = dialog.pages_view.verticalScrollBar()
    bar.setValue(bar.value() + 37)  # partway down page 2
    where = bar.value()

    writer.completed.emit(whole)

    assert dialog.is_complete()
    assert (bar.value(), dialog.page_box.value(), dialog.page_count()) == (where, 2, count)
    assert dialog.status_label.isHidden()
    dialog.page_box.setValue(count)
    qtbot.waitUntil(lambda: count - 1 in dialog.strip.rendered)
    dialog.print_button.click()
    assert printed == [whole]


def test_a_first_look_comes_before_the_count_and_the_counted_pages_take_its_place(
    idle_dialog: tuple[ReportPreviewDialog, IdleWriter],
    documents: tuple[bytes, bytes, int],
    seed_report: ProgressReport,
    qtbot: QtBot,
) -> None:
    head, _whole, count = documents
    dialog, writer = idle_dialog
    renderer = PdfRenderer(layout_report(seed_report))
    first_look = io.BytesIO()
    renderer.draw(first_look, renderer.paginate(), HEAD_PAGES, counted=False)

    writer.first_look_written.emit(first_look.getvalue())
    qtbot.waitUntil(lambda: 0 in dialog.strip.rendered)

    assert (dialog.page_count(), dialog.count_label.text()) == (HEAD_PAGES, "de …")
    assert dialog.status_label.text() == "Contando las páginas…"
    assert not dialog.print_button.isEnabled()
    dialog.page_box.setValue(2)
    bar = dialog.pages_view.verticalScrollBar()
    where = bar.value()

    writer.head_written.emit(head, count)

    assert (dialog.page_count(), dialog.count_label.text()) == (count, f"de {count}")
    assert (bar.value(), dialog.page_box.value()) == (where, 2)
    assert dialog.status_label.text() == f"Preparando las {count} páginas para imprimir…"


def test_the_writer_sends_a_first_look_then_the_counted_pages_then_the_whole(
    seed_report: ProgressReport, documents: tuple[bytes, bytes, int]
) -> None:
    count = documents[2]
    layout = layout_report(seed_report)
    writer = PreviewWriter(lambda: layout, describe_error)
    heard: list[tuple[str, int]] = []
    writer.first_look_written.connect(lambda pdf: heard.append(("vistazo", page_count(pdf))))
    writer.head_written.connect(lambda pdf, whole: heard.append(("primeras", whole)))
    writer.completed.connect(lambda pdf: heard.append(("completo", page_count(pdf))))

    writer.run()  # on this thread: what it sends arrives at once, in order

    assert heard == [("vistazo", HEAD_PAGES), ("primeras", count), ("completo", count)]


@pytest.mark.parametrize("closed_at", ["while laying out", "halfway through the whole"])
def test_closing_the_preview_while_it_is_written_ends_the_writing(
    seed_report: ProgressReport, qtbot: QtBot, closed_at: str
) -> None:
    layout = layout_report(seed_report)
    writer = HaltingWriter(layout)
    if closed_at == "while laying out":
        laying_out = threading.Event()

        def slow_layout() -> ReportLayout:
            laying_out.set()
            writer._released.wait(30)
            return layout

        writer._make_layout = slow_layout
        halted = laying_out
    else:
        halted = writer.halted
    completed: list[bytes] = []
    writer.completed.connect(completed.append)
    dialog = ReportPreviewDialog(writer, "prueba", lambda _parent, _pdf: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(halted.is_set)
    if closed_at != "while laying out":
        qtbot.waitUntil(lambda: 0 in dialog.strip.rendered)

    dialog.close()

    assert writer.isFinished()
    qtbot.wait(20)  # anything the thread sent would arrive now
    assert completed == []
    assert not dialog.is_complete()
    assert writer.written == (
        [] if closed_at == "while laying out" else list(range(1, STOP_AT + 1))
    )


def test_closing_the_window_while_the_preview_is_written(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    halted, released = threading.Event(), threading.Event()
    written = PreviewWriter._written
    stop = PreviewWriter.stop

    def halting_written(writer: PreviewWriter, number: int) -> None:
        if number == STOP_AT:
            halted.set()
            released.wait(30)
        written(writer, number)

    def releasing_stop(writer: PreviewWriter) -> None:
        released.set()
        stop(writer)

    monkeypatch.setattr(PreviewWriter, "_written", halting_written)
    monkeypatch.setattr(PreviewWriter, "stop", releasing_stop)
    window = open_window(COORDINATOR)
    window.reports.preview_action.trigger()
    qtbot.waitUntil(halted.is_set)
    dialog = window.reports.preview_dialog
    assert dialog is not None
    assert not dialog.is_complete()

    window.close()

    qtbot.waitUntil(lambda: window.reports.preview_dialog is None)


def test_a_document_that_cannot_be_written_is_said_in_spanish(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing_fonts() -> None:
        raise FontError("No se encontró la fuente «DejaVuSans.ttf»: No existe el archivo")

    said: list[tuple[str, str]] = []

    def warning(_parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
        said.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(pdf_report, "register_fonts", missing_fonts)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    window = open_window(COORDINATOR)
    window.reports.preview_action.trigger()

    qtbot.waitUntil(lambda: bool(said))
    qtbot.waitUntil(lambda: window.reports.preview_dialog is None)
    ((title, text),) = said
    assert title == FAILED_TITLE
    assert "No se encontró la fuente" in text


def test_a_year_without_a_report_has_nothing_to_preview(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []

    def information(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2025, Quarter.FIRST))

    window.reports.preview_action.trigger()

    # Said before anything is written, with what brings the year's metas.
    assert said == [
        "No hay metas en el ejercicio 2025: importe el informe oficial (Archivo → Importar "
        "informe oficial…) o prepare el programa (Año → Programa de un año nuevo…), o elija el "
        "ejercicio en Archivo → Configuración de esta computadora…"
    ]
    assert window.reports.preview_dialog is None
