"""The unit's window: edit, see the % follow, undo, redo, and find it all after a restart."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.number_input import parse_figure
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from ism_desktop.gui.profile_dialog import ProfileDialog
from ism_desktop.gui.profile_settings import load_profile
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: original Q1 900, achieved 761 -> 84.55%


def test_window_title_and_unit_metas(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))

    assert "Unidad 004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA" in window.windowTitle()
    assert "2024, primer trimestre" in window.windowTitle()
    assert len(window.session.metas()) == 7


def test_typing_recomputes_live_and_enter_saves(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    assert window.form.official_label.text() == "Avance oficial T1: 84.55%"

    type_into(qtbot, achieved_cell(window), "855", press_enter=False)
    assert window.form.official_label.text() == "Avance oficial T1: 95.00%"
    assert stored_achieved(db_path, STUDIES) == Decimal(761)  # typing alone does not save

    qtbot.keyClick(achieved_cell(window), "\r")
    assert stored_achieved(db_path, STUDIES) == Decimal(855)
    assert window.model.index_of(window.form.meta.stable_id, 1).data() == "95.00%"  # type: ignore[union-attr]
    assert "Guardado automáticamente" in window.saved_label.text()


def test_undo_and_redo_write_through(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "900")
    assert stored_achieved(db_path, STUDIES) == Decimal(900)

    window.undo_action.trigger()
    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    assert parse_figure(achieved_cell(window).text()) == Decimal(761)
    assert window.form.official_label.text() == "Avance oficial T1: 84.55%"

    window.redo_action.trigger()
    assert stored_achieved(db_path, STUDIES) == Decimal(900)
    assert window.form.official_label.text() == "Avance oficial T1: 100.00%"


def test_empty_cell_means_not_reported(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    type_into(qtbot, achieved_cell(window), "")

    assert stored_achieved(db_path, STUDIES) is None
    assert window.form.official_label.text() == "Avance oficial T1: sin reportar"


def test_text_that_is_not_a_number_is_refused_and_nothing_is_saved(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    type_into(qtbot, achieved_cell(window), "7x1")

    assert (
        "Realizado T1 NUM: «7x1» no es un número. No se guardó." in window.form.input_error.text()
    )
    assert "no es un número" in window.statusBar().currentMessage()
    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    assert not window.undo_action.isEnabled()


def test_the_refusal_goes_once_the_figure_is_mended_and_saved(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    # It stayed in the status bar beside «Guardado automáticamente», saying nothing was saved.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "7x1")

    type_into(qtbot, achieved_cell(window), "771")

    assert stored_achieved(db_path, STUDIES) == Decimal(771)
    assert window.form.input_error.text() == ""
    assert window.statusBar().currentMessage() == ""
    assert window.saved_label.text().startswith("Guardado automáticamente")


def test_percentage_meta_edits_num_and_den(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("009"))
    select(window, "PORCENTAJE DE CUMPLIMIENTO")
    assert window.form.official_label.text() == "Avance oficial T1: 99.44%"

    type_into(qtbot, achieved_cell(window, RowKind.DEN), "200")

    assert window.form.official_label.text() == "Avance oficial T1: 49.72%"
    assert window.form.grid.cell(RowKind.MET, Series.ACHIEVED, Quarter.FIRST).text() == "49.72%"


def test_narrative_is_saved_with_a_character_count(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    window.form.narrative.setFocus()
    window.form.narrative.selectAll()
    qtbot.keyClicks(window.form.narrative, "SE REALIZARON 761 ESTUDIOS.")

    assert window.form.char_count.text() == "27 caracteres"
    window.form.flush()
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        stored = report.meta_by_id(meta.stable_id)
        assert stored is not None
        assert stored.evaluation(Quarter.FIRST) == "SE REALIZARON 761 ESTUDIOS."
    window.undo_action.trigger()
    assert window.form.narrative.toPlainText().startswith(
        "SE REALIZARON 761 ESTUDIOS SOCIOECONÓMICOS A LAS"
    )


def test_modified_target_needs_a_reason_and_keeps_history(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)

    def answer(dialog: ModifiedTargetDialog) -> int:
        dialog.num_edit.setText("800")
        dialog.accept()  # no reason yet: refused, dialog stays open
        assert dialog.error_label.text() == "Escriba el motivo del cambio."
        dialog.reason_edit.setPlainText("Ajuste aprobado por la Junta")
        dialog.document_edit.setText("OF-123/2024")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ModifiedTargetDialog, "exec", answer)
    window.form.modify_button.click()

    changed = window.session.meta(meta.stable_id)
    assert changed.num.modified[0] == Decimal(800)
    assert changed.num.modified_annual == Decimal(3300)  # 800 + 900 + 800 + 800
    assert changed.num.original[0] == Decimal(900)  # the original never changes
    assert window.form.modified_label.text() == "Contra lo modificado: 95.12%"
    history = window.session.store.edits.target_changes(2024, meta.stable_id)
    assert [(c.field, c.old, c.new, c.reason.text, c.reason.document) for c in history] == [
        ("modificado.t1.num", "900.00", "800", "Ajuste aprobado por la Junta", "OF-123/2024")
    ]


def test_audit_trail_names_profile_user_and_values(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "770")

    (entry,) = window.session.store.edits.history(2024, meta.stable_id)

    assert entry.author.profile == "Unidad 004"
    assert entry.author.os_user
    assert (entry.change.label, entry.change.old, entry.change.new) == (
        "Realizado T1 (NUM)",
        "761.00",
        "770",
    )


def test_restart_on_the_same_file_finds_everything_as_left(
    qtbot: QtBot, db_path: Path, settings: QSettings, open_window: WindowFactory
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "812")
    window.form.narrative.setPlainText("TEXTO NUEVO")
    window.close()

    again = open_window(unit_profile("004"))
    select(again, STUDIES)

    assert parse_figure(achieved_cell(again).text()) == Decimal(812)
    assert again.form.narrative.toPlainText() == "TEXTO NUEVO"
    assert again.form.official_label.text() == "Avance oficial T1: 90.22%"


def test_other_units_metas_are_read_only_for_the_coordinator(
    open_window: WindowFactory,
) -> None:
    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST))

    assert len(window.session.metas()) == 56
    select(window, STUDIES)
    assert achieved_cell(window).isReadOnly()
    assert window.form.narrative.isReadOnly()
    assert not window.form.modify_button.isEnabled()
    select(window, "SEGUIMIENTO AL PROGRAMA OPERATIVO ANUAL")
    assert not achieved_cell(window).isReadOnly()


def test_profile_dialog_saves_the_choice(
    qtbot: QtBot, settings: QSettings, open_window: WindowFactory
) -> None:
    window = open_window(unit_profile("004"))
    report = window.session.report
    assert report is not None
    dialog = ProfileDialog(list(report.catalogue.units.values()), None, 2024, Quarter.FIRST)
    qtbot.addWidget(dialog)
    labels = [dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())]
    assert labels[0] == "Elija la unidad de esta computadora…"
    assert "002 ISM DIRECCIÓN DE EVALUACIÓN Y SEGUIMIENTO TÉCNICO (unidad coordinadora)" in labels
    dialog.unit_box.setCurrentIndex(labels.index("006 ISM DIRECCIÓN DE DERECHOS"))

    window.apply_profile(dialog.profile())

    assert load_profile(settings) == PcProfile(Role.UNIT, UnitCode("006"), 2024, Quarter.FIRST)
    assert len(window.session.metas()) == 15
    assert "Unidad 006" in window.windowTitle()


def test_import_from_the_window_runs_in_background_and_reloads(
    open_window: WindowFactory, qtbot: QtBot, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )

    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_report(seed_path)

    assert len(shown) == 1
    assert shown[0].startswith("Informe importado: 56 metas de 8 unidades")
    assert len(window.session.metas()) == 7


def test_import_of_a_broken_file_shows_a_spanish_message(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    warnings: list[str] = []
    monkeypatch.setattr(
        "ism_desktop.gui.task_runner.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    broken = tmp_path / "roto.txt"
    broken.write_text("esto no es un informe", encoding="utf-8")

    window.import_report(broken)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)

    assert warnings[0].startswith("No se importó nada.")
    assert "no parece un informe ETCA-III-04" in warnings[0]
    assert len(window.session.metas()) == 7


def test_a_year_without_metas_still_offers_this_pcs_own_unit(
    qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # After choosing a year with no report yet, the unit's own unit was gone from the list:
    # the only unit left to choose was 002, which would make the unit's PC a coordinator.
    window = open_window(unit_profile("004"))
    window.apply_profile(PcProfile(Role.UNIT, UnitCode("004"), 2025, Quarter.FIRST))
    seen: list[tuple[str, bool]] = []

    def look(dialog: ProfileDialog) -> int:
        seen.append((dialog.unit_box.currentText(), dialog.ok_button.isEnabled()))
        return ProfileDialog.DialogCode.Rejected

    monkeypatch.setattr(ProfileDialog, "exec", look)
    window.edit_profile()

    # Named as in every other year: the database keeps the units' names across years.
    assert seen == [("004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA", True)]
