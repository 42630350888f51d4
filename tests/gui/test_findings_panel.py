"""Validation in the window: findings follow each edit, lead to their field, can be justified."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
CAPTURE = "CAPTURA DE EXPEDIENTE"


def _rows(window: MainWindow) -> list[FindingRow]:
    model = window.findings.model
    return [model.row_at(i) for i in range(model.rowCount())]


def _select_row(window: MainWindow, wanted: FindingRow) -> None:
    index = window.findings.model.index(_rows(window).index(wanted))
    window.findings.list.setCurrentIndex(window.findings.shown.mapFromSource(index))


def test_the_seed_as_printed_has_no_errors_and_marks_metas_with_warnings(
    open_window: WindowFactory, qtmodeltester: ModelTester
) -> None:
    window = open_window(unit_profile("004"))
    qtmodeltester.check(window.findings.model)

    assert window.findings.summary.text().startswith("0 errores · ")
    capture = select(window, CAPTURE)
    assert window.session.status_of(capture.stable_id) == "aviso"
    assert any(row.finding.meta_id == capture.stable_id for row in _rows(window))


def test_an_edit_that_breaks_a_rule_shows_an_error_at_once_and_undo_clears_it(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    studies = select(window, STUDIES)

    type_into(qtbot, achieved_cell(window), "")  # an error: the quarter's figure left out

    assert window.findings.summary.text().startswith("1 error · ")
    assert "no puede exportarse" in window.findings.summary.text()
    assert window.session.status_of(studies.stable_id) == "error"
    (error,) = [row for row in _rows(window) if row.finding.is_error]
    assert error.finding.meta_id == studies.stable_id
    assert error.finding.field == "realizado.t1.num"

    window.undo_action.trigger()
    assert window.findings.summary.text().startswith("0 errores · ")


def test_opening_a_finding_selects_its_meta_and_field(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    studies = select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "")  # an error: the quarter's figure left out
    select(window, CAPTURE)
    (error,) = [row for row in _rows(window) if row.finding.is_error]
    _select_row(window, error)

    window.findings.go_button.click()

    assert window.form.meta is not None
    assert window.form.meta.stable_id == studies.stable_id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is achieved_cell(window))


def test_justifying_a_warning_in_place_is_stored_and_survives_a_restart(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    open_before = window.findings.model.counts()[2]
    warning = next(row for row in _rows(window) if not row.finding.is_error)
    _select_row(window, warning)

    def write_reason(dialog: JustifyDialog) -> int:
        dialog.accept()  # empty: refused, the dialog asks for text or «enterado»
        assert "Escriba la justificación" in dialog.error_label.text()
        dialog.text.setPlainText("Se reprogramó por la Junta de Gobierno.")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(JustifyDialog, "exec", write_reason)
    window.findings.justify_button.click()

    assert window.findings.model.counts()[2] == open_before - 1
    stored = window.session.store.justifications.for_year(2024)
    assert [(j.key.meta_id, j.key.rule, j.text) for j in stored] == [
        (warning.finding.meta_id, warning.finding.rule, "Se reprogramó por la Junta de Gobierno.")
    ]
    assert "Unidad 004" in stored[0].author
    window.close()

    again = open_window(unit_profile("004"))
    settled = [row for row in _rows(again) if row.finding == warning.finding]
    assert settled[0].justification is not None
    assert again.findings.model.counts()[2] == open_before - 1


def test_errors_cannot_be_justified(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "")  # an error: the quarter's figure left out
    (error,) = [row for row in _rows(window) if row.finding.is_error]

    _select_row(window, error)

    assert not window.findings.justify_button.isEnabled()
    assert window.findings.go_button.isEnabled()


def test_a_target_change_with_its_reason_settles_the_modified_target_warning(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog

    window = open_window(unit_profile("004"))
    studies = select(window, STUDIES)
    assert not [r for r in _rows(window) if r.finding.meta_id == studies.stable_id]

    def answer(dialog: ModifiedTargetDialog) -> int:
        dialog.num_edit.setText("800")
        dialog.reason_edit.setPlainText("Reprogramación aprobada")
        dialog.document_edit.setText("OF-9/2024")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ModifiedTargetDialog, "exec", answer)
    window.form.modify_button.click()
    assert window.session.meta(studies.stable_id).num.modified[0] == Decimal(800)
    window.close()

    again = open_window(unit_profile("004"))
    (changed,) = [
        r
        for r in _rows(again)
        if r.finding.meta_id == studies.stable_id and r.finding.rule == "META_MODIFICADA"
    ]
    assert changed.justification is not None
    assert changed.justification.text == (
        "Cambio de meta registrado: Reprogramación aprobada (documento OF-9/2024)"
    )


def test_findings_follow_the_first_paint_and_say_so_meanwhile(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    with Store.open(db_path) as store:
        session = ReportSession(store, unit_profile("004"), validate=False)
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        assert window.findings.summary.text() == "Revisando las metas…"
        assert window.findings.model.rowCount() == 0

        session.validate_all()

        assert window.findings.summary.text().startswith("0 errores · ")
        assert window.findings.model.rowCount() > 0


def test_with_no_metas_it_does_not_say_the_package_may_be_exported(
    open_window: WindowFactory,
) -> None:
    # A unit's PC before its programme base: «Sin errores ni avisos: el paquete puede
    # exportarse», then the export said there was no report.
    from dataclasses import replace

    window = open_window(unit_profile("004"))
    window.session.set_profile(replace(window.session.profile, year=2030))

    text = window.findings.summary.text()
    assert "puede exportarse" not in text
    assert text == (
        "Todavía no hay metas en este ejercicio: reciba el programa base (Archivo → Recibir "
        "paquetes…)."
    )
    # The coordinating unit makes the programme: it is not told to receive one.
    coordinator = open_window(COORDINATOR)
    coordinator.session.set_profile(replace(coordinator.session.profile, year=2030))
    assert coordinator.findings.summary.text().startswith(
        "Todavía no hay metas en este ejercicio: importe el informe oficial"
    )


def test_the_coordinator_is_not_told_other_units_errors_block_its_package(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Only the errors of this PC's own unit stop its export; the coordinator sees every unit's.
    unit = open_window(unit_profile("004"))
    select(unit, STUDIES)
    type_into(qtbot, achieved_cell(unit), "")  # an error: the quarter's figure left out

    coordinator = open_window(COORDINATOR)

    text = coordinator.findings.summary.text()
    assert text.startswith("1 error · ")
    # The coordinating unit sends no package of its own (its export is refused).
    assert "paquete de la unidad 002" not in text
    assert text.endswith(
        "El error es de otra unidad: lo corrige esa unidad y llega en su próximo paquete."
    )
    (error,) = [row for row in _rows(coordinator) if row.finding.is_error]
    tip = coordinator.findings.model.index(_rows(coordinator).index(error)).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip.endswith("Error de otra unidad: lo corrige esa unidad.")


@pytest.mark.parametrize(
    ("errors", "own", "said"),
    [
        (0, 0, ""),
        (1, 0, " El error es de otra unidad: lo corrige esa unidad y llega en su próximo paquete."),
        (
            2,
            0,
            " Los errores son de otras unidades: los corrige cada unidad y llegan en su próximo "
            "paquete.",
        ),
        (2, 2, " Corríjalos antes de imprimir el informe institucional."),
        (
            3,
            1,
            " De ellos, 1 es de la unidad 002: corríjalo antes de imprimir el informe "
            "institucional. Los otros 2 son de otras unidades: los corrige cada unidad y llegan "
            "en su próximo paquete.",
        ),
        (
            2,
            1,
            " De ellos, 1 es de la unidad 002: corríjalo antes de imprimir el informe "
            "institucional. El otro es de otra unidad: lo corrige esa unidad y llega en su "
            "próximo paquete.",
        ),
        (
            # Only unit 002's part was said: the other 84 were left unexplained.
            94,
            10,
            " De ellos, 10 son de la unidad 002: corríjalos antes de imprimir el informe "
            "institucional. Los otros 84 son de otras unidades: los corrige cada unidad y llegan "
            "en su próximo paquete.",
        ),
    ],
)
def test_what_the_errors_mean_at_the_coordinator(errors: int, own: int, said: str) -> None:
    from ism_desktop.gui.findings_panel import _what_errors_block

    assert _what_errors_block(errors, own, "002", coordinator=True) == said


@pytest.mark.parametrize(
    ("errors", "own", "said"),
    [
        (0, 0, ""),
        (3, 3, " El paquete no puede exportarse hasta corregirlos."),
        (1, 1, " El paquete no puede exportarse hasta corregirlo."),
        (
            2,
            0,
            " Los errores son de otras unidades: no impiden exportar el paquete de la unidad 002.",
        ),
        (
            3,
            1,
            " De ellos, 1 es de la unidad 002: su paquete no puede exportarse hasta corregirlo.",
        ),
        (
            5,
            2,
            " De ellos, 2 son de la unidad 002: su paquete no puede exportarse hasta corregirlos.",
        ),
    ],
)
def test_what_the_errors_block_is_said_by_whose_they_are(errors: int, own: int, said: str) -> None:
    from ism_desktop.gui.findings_panel import _what_errors_block

    assert _what_errors_block(errors, own, "002") == said


def test_a_long_meta_name_in_the_list_is_shortened_between_words(
    open_window: WindowFactory,
) -> None:
    window = open_window(unit_profile("004"))
    model = window.findings.model
    shown = [str(model.index(i).data()).split("\n")[0] for i in range(model.rowCount())]

    assert "AVISO · CAPTURA DE EXPEDIENTE DE ATENCIÓN A MUJERES VÍCTIMAS DE VIOLENCIA…" in shown


def test_after_justifying_the_next_warning_is_selected_in_its_place(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing was highlighted after «Justificar», yet Alt+J justified the first warning.
    window = open_window(unit_profile("004"))
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)
    rows = _rows(window)
    position = next(i for i, row in enumerate(rows) if row.justification is None and i > 0)
    assert not rows[position].finding.is_error
    following = rows[position + 1]
    assert not following.finding.is_error
    assert following.justification is None
    _select_row(window, rows[position])
    open_before = window.findings.model.counts()[2]

    def write_reason(dialog: JustifyDialog) -> int:
        dialog.text.setPlainText("Se reprogramó por la Junta de Gobierno.")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(JustifyDialog, "exec", write_reason)
    window.findings.justify_button.click()
    qtbot.waitUntil(lambda: window.findings.model.counts()[2] == open_before - 1)

    panel = window.findings
    assert panel.list.currentIndex().row() == position
    assert panel.current_row() == following
    assert panel.list.selectionModel().isSelected(panel.list.currentIndex())
    assert panel.justify_button.isEnabled()


def test_an_empty_list_leaves_no_button_to_press(qtbot: QtBot) -> None:
    from ism_desktop.gui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_rows([])

    assert not panel.go_button.isEnabled()
    assert not panel.justify_button.isEnabled()


@pytest.mark.parametrize(
    ("coordinator", "said"),
    [
        (False, "Sin errores ni avisos: el paquete puede exportarse."),
        (True, "Sin errores ni avisos: el informe institucional puede imprimirse."),
    ],
)
def test_no_findings_say_what_this_pc_can_do(qtbot: QtBot, coordinator: bool, said: str) -> None:
    from ism_desktop.gui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)

    panel.set_rows([], metas=56, coordinator=coordinator, unit="002" if coordinator else "004")

    assert panel.summary.text() == said


def test_after_justifying_the_keyboard_is_on_the_findings_list(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The next warning was selected, but the cursor was in a figure cell: digits typed to move
    # in the list went into a figure.
    window = open_window(unit_profile("004"))
    window.activateWindow()
    warning = next(row for row in _rows(window) if not row.finding.is_error)
    window.findings.list.setFocus()
    _select_row(window, warning)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.findings.list)

    def write_reason(dialog: JustifyDialog) -> int:
        dialog.text.setPlainText("Se reprogramó por la Junta de Gobierno.")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(JustifyDialog, "exec", write_reason)
    qtbot.mouseClick(window.findings.justify_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()

    assert window.statusBar().currentMessage() == "Justificación guardada."
    assert QApplication.focusWidget() is window.findings.list
