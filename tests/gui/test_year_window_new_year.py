"""A new year from the window: its metas, its template, the year asked, its approval."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui import newer_year_offer
from ism_desktop.gui.new_year_dialog import NewYearDialog
from ism_desktop.gui.profile_settings import remember_offered
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR, STUDIES
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def test_a_new_year_from_the_window_then_its_template(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(COORDINATOR)

    def choose(dialog: NewYearDialog) -> int:
        dialog.metas.item(0).setCheckState(dialog.metas.item(0).checkState().Unchecked)
        dialog.ok_button.click()  # the year is made on «Aceptar», the dialog open till then
        return dialog.result()

    monkeypatch.setattr(NewYearDialog, "exec", choose)
    window.year_actions.programme.new_year()

    assert len(window.session.store.reports.load_year_metas(2025)) == 55
    path = tmp_path / "plantilla.xlsx"
    from ism_desktop.workspace.year_programme import write_year_template

    write_year_template(window.session.store, 2025, path)
    book = openpyxl.load_workbook(path)
    book["004"]["I5"] = "diez"
    book.save(path)
    shown: list[str] = []

    def show(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    window.year_actions.programme.import_template_file(2025, path)
    assert shown
    assert "Hoja 004, celda I5: «diez» no es una cifra" in shown[0]

    # More problems than the box lists: it says how many more, and where they are.
    sheet = book["004"]
    typed = 0
    for row in range(5, sheet.max_row + 1):
        if sheet.cell(row, 8).value in {"MET", "NUM", "DEN"}:
            for column in range(9, 13):
                sheet.cell(row, column).value = "diez"
                typed += 1
    book.save(path)
    window.year_actions.programme.import_template_file(2025, path)
    assert typed > 12
    assert shown[-1].endswith(f"\n… y {typed - 12} más, en «Mostrar los detalles...».")


def test_the_new_year_made_says_the_next_steps_by_their_menu_items(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Escriba la plantilla, llénela y léala de vuelta» named no menu item, and sent the
    # coordinator to change the year although every step asks for it and approving offers it.
    window = open_window(COORDINATOR)
    monkeypatch.setattr(NewYearDialog, "exec", lambda dialog: dialog.ok_button.click() or 1)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))

    window.year_actions.programme.new_year()

    assert told == [
        "El programa 2025 tiene 56 metas, sin metas programadas. Lo programado se captura en "
        "el menú Año: «Escribir plantilla del programa…», llenarla en Excel e «Importar "
        "plantilla llenada…» (o meta por meta, en «Metas del programa (agregar, editar, "
        "retirar)…»); al final, «Aprobar el programa del año…». Aprobado, la ventana ofrecerá "
        "trabajar en 2025."
    ]


def test_the_filled_template_read_says_what_changed_and_the_approval_left(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window(COORDINATOR)
    monkeypatch.setattr(NewYearDialog, "exec", lambda dialog: dialog.ok_button.click() or 1)
    window.year_actions.programme.new_year()
    from ism_desktop.workspace.year_programme import write_year_template

    path = tmp_path / "plantilla.xlsx"
    write_year_template(window.session.store, 2025, path)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:  # every meta programmed: the year may be approved after
        for row in range(5, sheet.max_row + 1):
            if sheet.cell(row, 8).value in {"MET", "NUM", "DEN"}:
                sheet.cell(row, 12).value = 3
    book.save(path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))

    window.year_actions.programme.import_template_file(2025, path)

    assert told == [
        "Programa 2025: 0 metas nuevas, 56 cambiadas, 0 retiradas.\n\nCon lo programado "
        "completo, el último paso es «Aprobar el programa del año…», en el menú Año."
    ]
    from ism_desktop.workspace.year_programme import approve_year

    approve_year(window.session.store, 2025, "002")
    window.year_actions.programme.import_template_file(2025, path)  # read again, approved
    assert (
        told[-1] == "Programa 2025: la plantilla es igual al programa guardado; no se cambió nada."
    )


def test_the_template_written_says_its_year_where_it_went_and_what_comes_next(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Seen at 1366×768: a plain box broke the path at its slashes («/tmp/» and «hKout/…»),
    # with no way to open its folder and no word of the next step.
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.test_report_written_box import Boxes

    window = open_window(COORDINATOR)
    folder = tmp_path / "plantillas-del-programa-anual-2024-para-las-unidades-administrativas"
    folder.mkdir()
    target = folder / "programa_2024.xlsx"
    monkeypatch.setattr(window.year_actions.programme, "ask_year", lambda _title: 2024)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    boxes = Boxes(monkeypatch, "Abrir carpeta")

    window.year_actions.programme.write_template()

    assert target.is_file()
    ((title, said, buttons),) = boxes.shown
    first, path, blank, step = said.split("\n")
    assert (title, first, blank, buttons) == (
        "Plantilla del programa",
        "Se guardó la plantilla del programa 2024, con 56 metas, en:",
        "",
        ["Abrir &carpeta", "C&errar"],
    )
    assert path.endswith("-para-las-unidades-administrativas/programa_2024.xlsx")  # «…» inside
    assert step == (
        "Llene en Excel sus celdas amarillas y léala con «Importar plantilla llenada…», "
        "en el menú Año."
    )
    assert boxes.folder_lines == [1]
    assert boxes.opened == [str(folder)]


def test_the_year_question_is_wide_enough_for_its_title(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The bare integer question was as narrow as its field: the title read «Metas…grama».
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QInputDialog

    window = open_window(COORDINATOR)
    seen: list[tuple[str, int, int, int]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        title = dialog.windowTitle()
        title_width = QFontMetrics(dialog.font()).horizontalAdvance(title)
        seen.append((title, dialog.width(), title_width, dialog.intValue()))
        dialog.setIntValue(2025)
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert window.year_actions.programme.ask_year("Metas del programa") == 2025

    [(title, width, title_width, proposed)] = seen
    assert title == "Metas del programa"
    assert proposed == 2024
    # The frame's buttons take about 100 px beside the title.
    assert width >= title_width + 120


def test_the_new_year_list_is_searched_and_marked_in_bulk(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # A state carries thousands of metas: ticking them one by one is not a way to work.
    window = open_window(COORDINATOR)
    metas = window.session.metas()
    dialog = NewYearDialog(2024, metas, window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "56 de 56 metas pasan al año nuevo."

    dialog.search.setText("estudios socio")  # any case, accents or not
    shown = [
        dialog.metas.item(i).text()
        for i in range(dialog.metas.count())
        if not dialog.metas.item(i).isHidden()
    ]
    assert shown == [f"004 · {STUDIES}"]
    dialog.none_button.click()  # only what the search shows
    assert dialog.summary.text() == (
        "55 de 56 metas pasan al año nuevo. La búsqueda muestra 1 meta."
    )
    [studies] = [meta for meta in metas if meta.description == STUDIES]
    assert dialog.excluded() == {studies.stable_id}

    dialog.search.clear()
    dialog.none_button.click()
    assert dialog.summary.text() == "0 de 56 metas pasan al año nuevo."
    assert not dialog.ok_button.isEnabled()  # a year with no metas is not a programme
    dialog.all_button.click()
    assert dialog.excluded() == set()
    assert dialog.ok_button.isEnabled()


def test_approval_asks_of_the_year_in_preparation_and_only_when_it_may_be_done(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, the dialog offered the configured year (2024), and the question came first
    # with «Sí» as its default: Enter twice approved the wrong year for good.
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    actions = window.year_actions.programme
    assert actions.year_in_preparation() == 2025
    asked: list[tuple[object, ...]] = []
    warned: list[str] = []
    monkeypatch.setattr(actions, "ask_year", lambda _title: 2025)

    def ask(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))

    actions.approve()  # the new year's metas have no originals yet

    assert asked == []
    assert "no tienen programado original" in " ".join(warned)
    monkeypatch.setattr(actions, "ask_year", lambda _title: 2024)
    actions.approve()
    [question] = asked
    assert question[-1] == QMessageBox.StandardButton.No  # the default answer
    assert not window.session.store.years.is_approved(2024)


@pytest.mark.parametrize(
    ("offered_before", "how"),
    [
        # The offer to work on 2025 follows at once: the box said to go to the configuration.
        (False, "se le pregunta a continuación"),
        (True, "Archivo → Configuración de esta computadora"),
    ],
)
def test_after_approving_another_year_the_next_step_names_it(
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    offered_before: bool,
    how: str,
) -> None:
    # «Envíe los programas base…» from a PC working on 2024 sent 2024's bases.
    from ism_desktop.workspace.year_programme import (
        import_year_template,
        new_year,
        write_year_template,
    )

    window = open_window(COORDINATOR)
    store, author = window.session.store, window.session.author
    new_year(store, 2025, 2024, author)
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in range(5, sheet.max_row + 1):
            if sheet.cell(row, 8).value in {"MET", "NUM", "DEN"}:
                for column in range(9, 13):
                    sheet.cell(row, column).value = 4
    book.save(path)
    import_year_template(store, 2025, path, author)
    actions = window.year_actions.programme
    monkeypatch.setattr(actions, "ask_year", lambda _title: 2025)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    asked: list[object] = []
    monkeypatch.setattr(newer_year_offer, "ask_to_switch", lambda *a: asked.append(a))
    if offered_before:
        remember_offered(window.settings, 2025)

    actions.approve()

    assert store.years.is_approved(2025)
    assert len(asked) == (0 if offered_before else 1)
    assert told[-1].endswith(
        f"Para enviar sus programas base a las unidades, trabaje el ejercicio 2025 ({how}) y "
        "use «Coordinación → Enviar programa base a las unidades…»."
    )


def test_a_year_before_the_one_worked_on_is_never_the_one_offered(
    open_window: WindowFactory,
) -> None:
    # The imported 2024 report is never approved: working on an approved 2025, the dialogs
    # offered 2024 (its programme open to edit, and to approve).
    from dataclasses import replace

    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    window.session.store.years.approve(2025, "2025-01-02T09:00:00+00:00", "prueba")
    window.session.set_profile(replace(window.session.profile, year=2025))

    assert window.year_actions.programme.year_in_preparation() == 2025
