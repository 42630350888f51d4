"""The year's work in the window: closing a quarter, due dates, requests, a new year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import newer_year_offer
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.new_year_dialog import NewYearDialog
from ism_desktop.gui.programme_editor import ProgrammeEditor
from ism_desktop.gui.year_dialogs import ClosingDialog, RequestsDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import pending_request, select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


@pytest.fixture(autouse=True)
def _quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: shown.append(text))


def _editor_of_2025(open_window: WindowFactory, qtbot: QtBot) -> tuple[MainWindow, ProgrammeEditor]:
    """The coordinator's window, and the editor of a 2025 programme made from 2024's metas."""
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    editor = ProgrammeEditor(window.session.store, 2025, window.session.author)
    qtbot.addWidget(editor)
    return window, editor


def test_a_closed_quarter_is_read_only_and_reopens_with_a_reason(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    [cell] = window.form.grid.editable_cells(meta, Quarter.FIRST)
    assert not cell.isReadOnly()

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")
    # The meta being worked on stays shown: the list had jumped back to the first one.
    assert window.form.meta is not None
    assert window.form.meta.description == STUDIES
    select(window, STUDIES)

    assert cell.isReadOnly()
    assert window.form.narrative.isReadOnly()
    assert "Trimestre cerrado" in window.form.subtitle.text()
    assert window.form.modify_button.isEnabled()  # the modified target is another matter

    # The dialog will not reopen without a reason.
    dialog = ClosingDialog(
        [(UnitCode("004"), "004")], Quarter.FIRST, lambda _unit, _quarter: (False, "Abierto.")
    )
    qtbot.addWidget(dialog)
    dialog.reopen_choice.setChecked(True)
    assert not dialog.ok.isEnabled()
    dialog.reason.setText("Corrección de la cifra")
    assert dialog.ok.isEnabled()

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=True, reason="Corrección")
    select(window, STUDIES)
    assert not cell.isReadOnly()
    [event] = [e for e in window.session.store.closures.log(2024) if e.action == "reabrir"]
    assert (event.reason, event.author.profile) == ("Corrección", "Unidad 004")


def test_both_sides_see_the_countdown_and_the_board_shows_who_is_late(
    open_window: WindowFactory,
) -> None:
    window = open_window(COORDINATOR)
    actions = window.year_actions
    assert actions.deadline.text() == "Entrega del trimestre 1: sin fecha"
    window.session.store.years.set_delivery_dates(2024, {Quarter.FIRST: "2024-04-15"})
    actions.today = lambda: date(2024, 4, 10)
    actions.refresh()
    assert actions.deadline.text() == "Entrega del trimestre 1: 15/04/2024 (faltan 5 días)"
    actions.today = lambda: date(2024, 4, 18)
    actions.refresh()
    # Seven units late: three named, so that the text fits the status bar at 1366×768.
    assert actions.deadline.text() == (
        "Entrega del trimestre 1: 15/04/2024 (atrasado 3 días) · atrasadas: 001, 003, 004 y 4 más"
    )

    unit = open_window(unit_profile("004"))
    unit.year_actions.today = lambda: date(2024, 4, 13)
    unit.year_actions.refresh()
    assert (
        unit.year_actions.deadline.text() == "Entrega del trimestre 1: 15/04/2024 (faltan 2 días)"
    )


def test_the_coordinator_decides_a_request_in_the_window(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    pending = pending_request(store, meta.stable_id)
    dialog = RequestsDialog([pending], [], {meta.stable_id: STUDIES})
    qtbot.addWidget(dialog)
    item = dialog.table.item(0, 3)
    assert item is not None
    assert item.text() == "Modificado T2 (NUM): 900 → 950"
    asked = dialog.table.item(0, 5)
    assert asked is not None
    assert asked.text() == "02/04/2024"  # day first, as the office reads dates
    dialog.approve_button.click()
    assert dialog.choice == (pending.request_id, True)

    # Nothing refused: what was decided is said once its dialog is closed (test_requests_flow).
    assert window.year_actions.decide(pending.request_id, True, "OF-ISM-7/2024") is None

    assert store.target_requests.pending(2024) == []
    [decision] = store.decisions.for_year(2024)
    assert (decision.decision, decision.document) == ("aprobada", "OF-ISM-7/2024")
    assert window.session.meta(meta.stable_id).num.modified[1] == Decimal(950)
    [change] = store.edits.target_changes(2024, meta.stable_id)
    assert change.reason.document == "OF-ISM-7/2024"


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
    window.year_actions.new_year()

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
    window.year_actions.import_template_file(2025, path)
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
    window.year_actions.import_template_file(2025, path)
    assert typed > 12
    assert shown[-1].endswith(f"\n… y {typed - 12} más, en «Mostrar los detalles...».")


def test_the_template_written_says_its_year_and_where_it_went(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = open_window(COORDINATOR)
    target = tmp_path / "programa_2024.xlsx"
    monkeypatch.setattr(window.year_actions, "ask_year", lambda _title: 2024)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))

    window.year_actions.write_template()

    assert target.is_file()
    assert told == [f"Se guardó la plantilla del programa 2024, con 56 metas, en «{target}»."]


def test_the_programme_editor_adds_edits_and_retires_until_approved(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.programme_editor import MetaDraftDialog
    from ism_desktop.workspace.year_programme import approve_year

    window, editor = _editor_of_2025(open_window, qtbot)
    store = window.session.store
    report = store.reports.load(year=2025)
    assert report is not None
    assert editor.table.rowCount() == 56

    dialog = MetaDraftDialog(report.entity.code, report.catalogue, None)
    qtbot.addWidget(dialog)
    dialog.unit.setCurrentText("004")
    dialog.programme.setCurrentText(report.metas[0].key.programme.value)
    dialog.activity.setCurrentText(report.metas[0].key.activity.value)
    dialog.description.setText("Talleres de prevención en escuelas")
    dialog.uom.setText("taller")
    dialog.cumulative.setChecked(True)
    for field, value in zip(dialog.num, ("3", "4", "5", "6"), strict=True):
        field.setText(value)
    assert dialog.annual.text() == "18"
    dialog.kind.setCurrentText("P")
    for field, value in zip(dialog.den, ("10", "10", "10", "10"), strict=True):
        field.setText(value)
    assert dialog.annual.text() == "NUM 18 · DEN 40 · MET 45.00 %"
    dialog.kind.setCurrentText("A")
    editor.save(dialog.draft(), None)
    added = next(m for m in editor.metas if m.description == "Talleres de prevención en escuelas")
    assert (added.unit_of_measure, added.num.original_annual) == ("TALLER", Decimal(18))
    assert editor.table.rowCount() == 57

    first = editor.metas[0]
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, first)
    qtbot.addWidget(dialog)
    dialog.num[0].setText("12")
    editor.save(dialog.draft(), first.stable_id)
    assert store.reports.load_year_metas(2025)[0].num.original[0] == Decimal(12)

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    at = editor.metas.index(added)
    following = editor.metas[at + 1] if at + 1 < len(editor.metas) else editor.metas[at - 1]
    editor.table.selectRow(at)
    editor.retire()
    assert editor.table.rowCount() == 56
    retired_then = editor.selected()
    assert retired_then is not None
    assert retired_then.stable_id == following.stable_id  # its neighbour takes the selection

    for meta in store.reports.load_year_metas(2025):
        dialog = MetaDraftDialog(report.entity.code, report.catalogue, meta)
        qtbot.addWidget(dialog)
        if all(value == 0 for value in meta.num.original):
            dialog.num[0].setText("1")
            if meta.kind.value == "P":
                dialog.den[0].setText("1")
            editor.save(dialog.draft(), meta.stable_id)
    approve_year(store, 2025, "Unidad coordinadora")
    editor.reload()
    assert not editor.add_button.isEnabled()
    assert "aprobado" in editor.state.text()


def test_typing_into_a_quarter_that_closed_meanwhile_is_refused_and_said(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    [cell] = window.form.grid.editable_cells(meta, Quarter.FIRST)
    # The package goes out (closing the quarter) while the cell is still open for typing.
    from ism_desktop.workspace.quarter_closing import close_quarter

    close_quarter(window.session.store, 2024, UnitCode("004"), Quarter.FIRST, window.session.author)
    told: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: told.append(text))
        cell.setText("999")
        cell.editingFinished.emit()

    assert len(told) == 1
    assert "está cerrado" in told[0]

    assert window.session.meta(meta.stable_id).num.achieved[0] == meta.num.achieved[0]
    assert "está cerrado" in window.statusBar().currentMessage()
    assert cell.isReadOnly()
    assert not window.undo_action.isEnabled()


def test_delivery_dates_are_set_in_the_window_and_checked(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    window = open_window(COORDINATOR)
    # Typed as the office writes dates (day first), or as AAAA-MM-DD; an impossible day is refused.
    typed = {Quarter.FIRST: "2024-04-15", Quarter.SECOND: "31/06/2024"}
    shown: list[str] = []

    def fill(dialog: DeliveryDatesDialog) -> int:
        shown[:] = [dialog.fields[quarter].text() for quarter in Quarter]
        for quarter, text in typed.items():
            dialog.fields[quarter].setText(text)
        return int(QDialog.DialogCode.Accepted)

    warnings: list[str] = []
    monkeypatch.setattr(DeliveryDatesDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    window.year_actions.delivery_dates()

    assert warnings == ["Trimestre 2: la fecha «31/06/2024» no existe en el calendario."]
    assert window.session.store.years.delivery_dates(2024) == {}

    typed[Quarter.SECOND] = "15/07/2024"
    window.year_actions.delivery_dates()
    assert window.session.store.years.delivery_dates(2024) == {
        Quarter.FIRST: "2024-04-15",
        Quarter.SECOND: "2024-07-15",
    }
    assert window.year_actions.deadline.text().startswith("Entrega del trimestre 1: 15/04/2024")
    typed.clear()
    window.year_actions.delivery_dates()
    assert shown == ["15/04/2024", "15/07/2024", "", ""]  # what is stored reads day first

    typed[Quarter.THIRD] = "el 15 de octubre"
    window.year_actions.delivery_dates()
    assert warnings[-1] == (
        "Trimestre 3: «el 15 de octubre» no es una fecha; escríbala como DD/MM/AAAA (por ejemplo "
        "15/04/2025)."
    )
    typed.clear()
    typed[Quarter.SECOND] = ""  # a date set by mistake: emptied, it was kept all the same
    window.year_actions.delivery_dates()
    assert window.session.store.years.delivery_dates(2024) == {Quarter.FIRST: "2024-04-15"}


def test_the_programme_editor_says_a_programme_of_one_meta_in_the_singular(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    from ism_desktop.gui.programme_editor import ProgrammeEditor
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    store = window.session.store
    ids = [meta.stable_id for meta in window.session.metas()]
    new_year(store, 2025, 2024, window.session.author, exclude=set(ids[1:]))
    editor = ProgrammeEditor(store, 2025, window.session.author)
    qtbot.addWidget(editor)

    assert editor.state.text() == "Programa 2025 sin aprobar: 1 meta."


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
    assert window.year_actions.ask_year("Metas del programa") == 2025

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


def test_the_programme_editor_finds_a_meta_and_keeps_it_selected_after_an_edit(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With a state's thousands of metas, the one just edited must not vanish to the top of the list.
    from ism_desktop.gui.programme_editor import MetaDraftDialog

    window, editor = _editor_of_2025(open_window, qtbot)
    store = window.session.store

    editor.search.setText("estudios socioeconomicos")  # no accents, any case
    shown = [row for row in range(editor.table.rowCount()) if not editor.table.isRowHidden(row)]
    assert [editor.metas[row].description for row in shown] == [STUDIES]
    editor.table.selectRow(shown[0])
    studies = editor.selected()
    assert studies is not None

    report = store.reports.load(year=2025)
    assert report is not None
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, studies)
    qtbot.addWidget(dialog)
    dialog.num[0].setText("7")
    editor.save(dialog.draft(), studies.stable_id)

    kept = editor.selected()
    assert kept is not None
    assert (kept.description, kept.num.original[0]) == (STUDIES, Decimal(7))
    assert editor.search.text() == "estudios socioeconomicos"  # the search stays as typed
    assert not editor.table.isRowHidden(editor.table.currentRow())

    editor.search.setText("atencion ciudadana estudios")  # unit 004 by its name
    assert [r for r in range(editor.table.rowCount()) if not editor.table.isRowHidden(r)] == shown
    editor.search.clear()
    assert all(not editor.table.isRowHidden(row) for row in range(editor.table.rowCount()))


def test_approval_asks_of_the_year_in_preparation_and_only_when_it_may_be_done(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, the dialog offered the configured year (2024), and the question came first
    # with «Sí» as its default: Enter twice approved the wrong year for good.
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    actions = window.year_actions
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


def test_after_approving_another_year_the_next_step_names_it(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
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
    actions = window.year_actions
    monkeypatch.setattr(actions, "ask_year", lambda _title: 2025)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    monkeypatch.setattr(newer_year_offer, "ask_to_switch", lambda *_a: False)  # «Seguir en 2024»

    actions.approve()

    assert store.years.is_approved(2025)
    assert told[-1].endswith(
        "Para enviar sus programas base a las unidades, trabaje el ejercicio 2025 (Archivo → "
        "Configuración de esta computadora) y use «Coordinación → Enviar programa base a las "
        "unidades…»."
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

    assert window.year_actions.year_in_preparation() == 2025


def test_the_closing_dialog_opens_on_the_selected_metas_unit(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It always opened on unit 001: closing 004's quarter from one of its metas took a search.
    window = open_window(COORDINATOR)
    select(window, STUDIES)  # a meta of unit 004
    offered: list[UnitCode] = []

    def look(dialog: ClosingDialog) -> int:
        offered.append(dialog.chosen_unit())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ClosingDialog, "exec", look)

    window.year_actions.closing()

    assert offered == [UnitCode("004")]


def test_the_closing_dialog_names_the_units_shows_the_state_and_offers_the_other_action(
    qtbot: QtBot,
) -> None:
    # It listed bare codes and always offered «Cerrar», even for a quarter already closed.
    states = {
        (UnitCode("004"), Quarter.FIRST): (True, "Cerrado el 11/04/2024 a las 10:44."),
        (UnitCode("005"), Quarter.FIRST): (False, "Abierto."),
    }
    dialog = ClosingDialog(
        [(UnitCode("004"), "004 ATENCIÓN CIUDADANA"), (UnitCode("005"), "005 COMUNICACIÓN")],
        Quarter.FIRST,
        lambda unit, quarter: states.get((unit, quarter), (False, "Abierto.")),
    )
    qtbot.addWidget(dialog)

    assert [dialog.unit.itemText(i) for i in range(dialog.unit.count())] == [
        "004 ATENCIÓN CIUDADANA",
        "005 COMUNICACIÓN",
    ]
    assert dialog.chosen_unit() == UnitCode("004")
    assert dialog.state.text() == "Cerrado el 11/04/2024 a las 10:44."
    assert dialog.reopen_choice.isChecked()
    assert not dialog.ok.isEnabled()  # reopening asks for the reason

    dialog.unit.setCurrentIndex(1)
    assert (dialog.chosen_unit(), dialog.state.text()) == (UnitCode("005"), "Abierto.")
    assert dialog.close_choice.isChecked()
    assert dialog.ok.isEnabled()

    dialog.quarter.setValue(2)
    assert dialog.state.text() == "Abierto."


def test_the_status_bar_and_the_board_agree_on_who_is_late(
    open_window: WindowFactory, seed_text: str, tmp_path: Path
) -> None:
    """A unit whose package came, its quarter reopened since, has delivered: in both places."""
    from ism_desktop.domain.audit import Author
    from ism_desktop.exchange.intake.packages import apply_package, check_package
    from ism_desktop.exchange.status_board import status_board
    from ism_desktop.gui.status_board_dialog import StatusBoardDialog
    from ism_desktop.workspace.quarter_closing import reopen_quarter
    from tests.exchange.package_builders import export_unit, seed_store

    with seed_store(seed_text) as unit_store:
        package = export_unit(unit_store, tmp_path)
    window = open_window(COORDINATOR)
    store = window.session.store
    apply_package(store, check_package(store, package))
    reopen_quarter(store, 2024, UnitCode("004"), Quarter.FIRST, "Corrección", Author("c", "c"))
    store.years.set_delivery_dates(2024, {Quarter.FIRST: "2024-04-15"})
    actions = window.year_actions
    actions.today = lambda: date(2024, 4, 18)
    actions.refresh()

    assert actions.deadline.text() == (
        "Entrega del trimestre 1: 15/04/2024 (atrasado 3 días) · atrasadas: 001, 003, 005 y 3 más"
    )
    board = status_board(store, Quarter.FIRST, 2024, today=date(2024, 4, 18))
    assert board is not None
    assert [r.unit.value for r in board.rows if r.late] == [
        "001",
        "003",
        "005",
        "006",
        "008",
        "009",
    ]
    # Received today, years after the 15/04/2024 it was due: the board says it came late.
    dialog = StatusBoardDialog(board, window)
    states = {}
    for row in range(dialog.table.rowCount()):
        unit, state = dialog.table.item(row, 0), dialog.table.item(row, 1)
        assert unit is not None
        assert state is not None
        states[unit.text()[:3]] = state.text()
    assert (states["004"], states["005"]) == ("recibido (tarde)", "falta (atrasada)")
    dialog.close()
