"""The form as the paper row, its words, and its keys."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.number_input import parse_figure
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import (
    achieved_cell,
    answer_questions,
    select,
    stored_achieved,
    type_into,
)

pytestmark = pytest.mark.gui

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: original Q1 900, achieved 761
NOTHING_IN_Q1 = "SERVICIOS OTORGADOS"  # unit 004, tipo P: 0 % programmed in Q1


def test_columns_read_left_to_right_as_on_paper(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    grid = window.form.grid

    def x(series: Series, period: Quarter | None) -> int:
        return grid.cell(RowKind.NUM, series, period).x()

    order = [
        *((Series.ORIGINAL, p) for p in (*Quarter, None)),
        *((Series.MODIFIED, p) for p in (*Quarter, None)),
        *((Series.ACHIEVED, p) for p in Quarter),
    ]
    xs = [x(series, period) for series, period in order]
    assert xs == sorted(xs)
    assert grid.progress.x() > xs[-1]
    rows = [grid.cell(kind, Series.ORIGINAL, Quarter.FIRST).y() for kind in RowKind]
    assert rows == sorted(rows)  # MET, NUM, DEN downwards
    titles = [label.text() for label in grid.findChildren(QLabel)]
    for title in ("PROGRAMADO ORIGINAL", "MODIFICADO", "REALIZADO", "% DE\nAVANCE", "ANUAL"):
        assert title in titles
    assert grid.progress.text() == "84.55 %"


@pytest.mark.parametrize("quarter", [Quarter.FIRST, Quarter.THIRD])
def test_the_reported_quarter_is_highlighted(open_window: WindowFactory, quarter: Quarter) -> None:
    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), 2024, quarter))
    select(window, STUDIES)
    grid = window.form.grid
    for period in Quarter:
        tinted = "#ffe082" in grid.cell(RowKind.NUM, Series.ORIGINAL, period).styleSheet()
        assert tinted is (period is quarter)
    assert not grid.cell(RowKind.NUM, Series.ACHIEVED, quarter).isReadOnly()


def test_nothing_programmed_reads_sin_programacion(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, NOTHING_IN_Q1)

    assert window.form.official_label.text() == "Avance oficial T1: sin programación"
    assert window.form.grid.progress.text() == "sin programación"
    assert window.model.index_of(meta.stable_id, 1).data() == "sin prog."
    tip = window.model.index_of(meta.stable_id, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "sin programación" in tip


@pytest.mark.parametrize("retyped", [False, True])
def test_ctrl_z_in_a_figure_cell_undoes_the_last_change(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, retyped: bool
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    type_into(qtbot, cell, "900")
    if retyped:
        # The same figure again, nothing to save: the cell stayed «modified», kept Ctrl+Z for
        # its own typing, and the first press did nothing.
        type_into(qtbot, cell, "900")
    assert stored_achieved(db_path, STUDIES) == Decimal(900)
    assert cell.hasFocus()  # Enter leaves the cursor in the cell

    qtbot.keyClick(cell, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    assert parse_figure(achieved_cell(window).text()) == Decimal(761)
    qtbot.keyClick(achieved_cell(window), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_achieved(db_path, STUDIES) == Decimal(900)


def test_ctrl_z_and_ctrl_y_in_the_saved_evaluation_undo_and_redo_it(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Once the evaluation was saved, Ctrl+Z in it was the editor's own undo: the text went,
    # that was saved as a new change, and Ctrl+Y (the window's Rehacer) had nothing to redo.
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    narrative = window.form.narrative
    before = narrative.toPlainText()
    narrative.setFocus()
    narrative.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(narrative, " PRUEBA UNO.")
    window.form.flush()  # as the pause after typing does

    qtbot.keyClick(narrative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert narrative.toPlainText() == before
    assert window.redo_action.isEnabled()
    qtbot.keyClick(narrative, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert narrative.toPlainText() == before + " PRUEBA UNO."
    assert window.session.meta(meta.stable_id).evaluation(Quarter.FIRST) == before + " PRUEBA UNO."


def test_a_figure_refused_while_typed_does_not_drive_the_percentages(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Past the largest figure, the MET and the % kept the last figure that was admissible,
    # as if it counted: they show what is stored until the figure typed is one.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "99999999999999999", press_enter=False)

    assert "demasiado grande" in window.form.input_error.text()
    assert window.form.grid.progress.text() == "84.55 %"
    met = window.form.grid.cell(RowKind.MET, Series.ACHIEVED, Quarter.FIRST)
    assert parse_figure(met.text()) == Decimal(761)


def test_the_empty_form_keeps_nothing_of_the_previous_meta(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    qtbot.keyClicks(window.search, "no hay tal meta")

    assert window.form.meta is None

    grid = window.form.grid
    assert all(not grid.cell(k, s, q).text() for k in RowKind for s in Series for q in Quarter)
    assert grid.progress.text() == ""
    # Nor the colour of its progress: an empty orange box stood where «Avance oficial» was.
    assert window.form.official_label.styleSheet() == ""


def test_a_figure_refused_as_it_is_typed_moves_nothing_below_the_grid(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    legend = window.form.findChild(QLabel, "leyenda_avance")
    assert legend is not None

    def legend_top() -> int:
        QApplication.processEvents()  # the layout settles on the next turn of the loop
        return legend.mapTo(window, QPoint(0, 0)).y()

    before = legend_top()
    type_into(qtbot, achieved_cell(window), "abc", press_enter=False)
    assert window.form.input_error.isVisible()

    assert legend_top() == before


def test_window_title_names_the_quarter_in_good_spanish(open_window: WindowFactory) -> None:
    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.THIRD))
    assert "2024, tercer trimestre" in window.windowTitle()
    assert window.form.narrative_box.title() == "Evaluación cualitativa del tercer trimestre"


def test_tab_stops_only_on_controls_a_person_can_see_and_use(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    window.search.setFocus()
    stops = []
    for _ in range(12):
        widget = QApplication.focusWidget()
        assert widget is not None
        stops.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)

    for widget in stops:
        assert not isinstance(widget, QAbstractScrollArea) or isinstance(
            widget, QAbstractItemView | QPlainTextEdit
        ), type(widget).__name__
        assert widget.isVisible()
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        assert name, type(widget).__name__
    assert achieved_cell(window) in stops


@pytest.mark.parametrize("typed_first", [False, True])
def test_ctrl_e_in_a_figure_cell_exports_what_the_cell_shows(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed_first: bool,
) -> None:
    # Ctrl+E (Exportar paquete) from a figure, the cell where staff spend their day. A figure
    # typed without Enter was left out of the package: a shortcut or a menu keeps the focus.
    asked = _folders_asked(monkeypatch)
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    type_into(qtbot, cell, "900", press_enter=not typed_first)

    qtbot.keyClick(cell, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert asked == ["Carpeta donde guardar el paquete"]
    assert stored_achieved(db_path, STUDIES) == Decimal(900)


@pytest.mark.parametrize(
    ("typed", "store_refuses", "said"),
    [
        ("9 0 0x", False, "Realizado T1 NUM: «9 0 0x» no es un número. No se guardó."),
        # The store refused it: its reason, once, in the box that says what stopped.
        ("900", True, "No se guardó la cifra escrita: la base de datos está ocupada."),
    ],
)
def test_a_typed_figure_that_cannot_be_saved_stops_the_export(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    store_refuses: bool,
    said: str,
) -> None:
    from ism_desktop.workspace.changes import WorkspaceError
    from ism_desktop.workspace.workspace import Workspace

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise WorkspaceError("la base de datos está ocupada")

    asked = _folders_asked(monkeypatch)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), typed, press_enter=False)
    if store_refuses:
        monkeypatch.setattr(Workspace, "edit_meta", refuse)

    window.reports.choose_package_folder()

    assert asked == []  # nothing exported: the package would not have the figure shown
    assert warned == [f"{said}\n\nCorrija la cifra y exporte de nuevo."]
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_exporting_a_quarter_already_sent_asks_first(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    # The quarter closes on export; the same package again is refused by the coordinating
    # unit once it received the first, and nothing told the unit before.
    from ism_desktop.workspace.quarter_closing import close_quarter

    asked = _folders_asked(monkeypatch)
    questions = answer_questions(monkeypatch, answer)
    window = open_window(unit_profile("004"))
    window.reports.choose_package_folder()  # open: nothing asked
    assert (questions, asked) == ([], ["Carpeta donde guardar el paquete"])
    session = window.session
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)

    window.reports.choose_package_folder()

    assert questions == [
        "El trimestre 1 ya se exportó y está cerrado. ¿Exportar otra vez el mismo paquete (por "
        "ejemplo, si se perdió el archivo)?\n\nSi la unidad coordinadora ya recibió el "
        "anterior, rechazará este. Para corregir algo, antes reabra el trimestre con un motivo "
        "(Año → Cerrar o reabrir un trimestre…)."
    ]
    assert len(asked) == (2 if answer == "Sí" else 1)


def test_exporting_a_closed_quarter_with_changes_not_sent_says_so(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reopened, corrected and closed again: the package is a new one, not «the same again».
    from ism_desktop.workspace.quarter_closing import close_quarter, reopen_quarter

    _folders_asked(monkeypatch)
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    session = window.session
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    reopen_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, "corregir", session.author)
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "812")
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)

    window.reports.choose_package_folder()

    (question,) = questions
    said, advice = question.split("\n\n")
    assert said == (
        "El trimestre 1 está cerrado y 1 meta tiene cambios que no se han enviado. ¿Exportar "
        "el paquete con ellos?"
    )
    assert advice.endswith("si no, pídale que lo reabra.")


def test_closing_the_window_saves_a_figure_typed_without_enter(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "812", press_enter=False)

    window.close()

    assert stored_achieved(db_path, STUDIES) == Decimal(812)


def _folders_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each folder question (answered «Cancelar»)."""
    asked: list[str] = []

    def ask(_parent: object, title: str, *_args: object) -> str:
        asked.append(title)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    return asked


def test_a_search_that_hides_the_meta_shown_shows_the_first_it_finds(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The row found was highlighted while the form said «Elija una meta…», and a click on it
    # did nothing: it looked chosen and could not be opened.
    from ism_desktop.gui.meta_tree_model import META_ID_ROLE

    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST))
    select(window, "IMPULSO DE ACCIONES AFIRMATIVAS")
    qtbot.keyClicks(window.search, "eventos de promocion")

    selected = window.tree.selectionModel().selectedRows()
    shown = window.form.meta
    assert shown is not None
    assert [index.data(META_ID_ROLE) for index in selected] == [shown.stable_id]
    assert shown.description.startswith("EVENTOS CONMEMORATIVOS")

    qtbot.keyClicks(window.search, " en comunidades")  # one of unit 004's, shown in turn
    assert _shown(window).startswith("EVENTOS DE PROMOCIÓN")
    window.search.clear()  # the meta found stays shown when the search is emptied
    assert _shown(window).startswith("EVENTOS DE PROMOCIÓN")


def _shown(window: MainWindow) -> str:
    meta = window.form.meta
    return "" if meta is None else meta.description


def test_tab_from_the_figure_goes_to_the_evaluation(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # It went to «Solicitar cambio de meta modificada…»: the first space of the evaluation
    # typed next pressed the button, and the rest went into its dialog.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    cell.setFocus()

    qtbot.keyClick(cell, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is window.form.narrative
    qtbot.keyClick(window.form.narrative, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.modify_button


def test_the_counter_says_one_character_in_the_singular(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    window.form.narrative.setPlainText("S")

    assert window.form.char_count.text() == "1 carácter"
