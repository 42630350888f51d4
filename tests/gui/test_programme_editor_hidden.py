"""The programme editor acts only on a meta the search shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR, STUDIES

pytestmark = pytest.mark.gui


def test_a_meta_the_search_hides_is_neither_edited_nor_retired(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.programme_editor import ProgrammeEditor
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    store = window.session.store
    new_year(store, 2025, 2024, window.session.author)
    editor = ProgrammeEditor(store, 2025, window.session.author)
    qtbot.addWidget(editor)
    row = next(i for i, meta in enumerate(editor.metas) if meta.description == STUDIES)
    editor.table.selectRow(row)
    assert editor.selected() is not None

    editor.search.setText("ninguna meta dice esto")  # the selected row is hidden now
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))
    before = len(editor.metas)

    assert editor.selected() is None  # «Editar» and «Retirar» have nothing to act on
    editor.retire()

    assert asked == []
    assert said == ["Elija en la lista la meta que quiere retirar."]
    assert len(store.reports.load_year_metas(2025)) == before


def test_edit_and_retire_with_no_meta_chosen_say_so(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Editar meta…» with nothing chosen opened the dialog to add a new meta instead.
    from ism_desktop.gui.programme_editor import MetaDraftDialog, ProgrammeEditor
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    editor = ProgrammeEditor(window.session.store, 2025, window.session.author)
    qtbot.addWidget(editor)
    editor.table.clearSelection()
    editor.table.setCurrentCell(-1, -1)
    opened: list[str] = []
    said: list[str] = []

    def record_exec(_dialog: MetaDraftDialog) -> int:
        opened.append("dialog")
        return 0

    monkeypatch.setattr(MetaDraftDialog, "exec", record_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))

    editor.edit_button.click()
    editor.retire_button.click()

    assert opened == []
    assert said == [
        "Elija en la lista la meta que quiere editar.",
        "Elija en la lista la meta que quiere retirar.",
    ]


def test_a_decimal_comma_in_a_target_is_refused_not_read_as_ten_times(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    from ism_desktop.gui.programme_editor import MetaDraftDialog

    window = open_window(COORDINATOR)
    report = window.session.report
    assert report is not None
    first = report.metas[0]
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, first)
    qtbot.addWidget(dialog)
    for field, value in zip(dialog.num, ("1", "2", "3", "1,5"), strict=True):
        field.setText(value)

    # Read as before, the annual showed 21 (1 + 2 + 3 + 15) and the meta was saved so.
    assert "la coma solo separa los miles" in dialog.annual.text()
    with pytest.raises(ValueError, match="la coma solo separa los miles"):
        dialog.draft()


def _press_ok(dialog: QDialog, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Press the dialog's «Aceptar»; the warnings it said."""
    from PySide6.QtWidgets import QDialogButtonBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()
    return shown


def test_a_fraction_in_a_counting_unit_keeps_the_dialog_open_and_reads_as_a_sentence(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.programme_editor import MetaDraftDialog, ProgrammeEditor

    window = open_window(COORDINATOR)
    report = window.session.report
    assert report is not None
    counted = next(m for m in report.metas if m.unit_of_measure == "CONVENIO")
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, counted)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.num[3].setText("1.5")
    shown = _press_ok(dialog, monkeypatch)

    # Before, the dialog closed, the save was refused after, and what was typed was gone.
    assert dialog.isVisible()
    assert shown == [
        "El original T4 (NUM) es 1.5, pero la unidad de medida CONVENIO cuenta piezas enteras."
    ]
    # The editor's own refusals read as sentences too («la meta necesita…» began in lower case).
    editor = ProgrammeEditor(window.session.store, 2024, window.session.author)
    qtbot.addWidget(editor)
    editor.save(dialog.draft(), counted.stable_id)
    assert shown[-1].startswith("El original T4 (NUM) es 1.5")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # Each quarter is under 10¹², their annual is not: the unit could never take its base.
        (
            {"num": ("1", "1", "1", "999999999999")},
            "El original anual (NUM) es demasiado grande (máx. 999\u00a0999\u00a0999\u00a0999).",
        ),
        ({"num": ("1", "-5", "1", "1")}, "Lo programado no puede ser negativo."),
        ({"description": ""}, "La meta necesita descripción y unidad de medida."),
        # Not numbers: «Ocurrió un error inesperado» before.
        ({"num": ("1", "nan", "1", "1")}, "«nan» no es un número"),
        ({"num": ("1", "1", "inf", "1")}, "«inf» no es un número"),
        # Read as 1500 here while the meta form refused it.
        (
            {"num": ("1", "1.5e3", "1", "1")},
            "«1.5e3» no es un número: no se aceptan exponentes; escriba la cifra completa",
        ),
    ],
)
def test_a_meta_the_programme_cannot_hold_keeps_the_dialog_open(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    typed: dict[str, object],
    said: str,
) -> None:
    # Before, the dialog closed and the refusal came after, with everything typed gone.
    from ism_desktop.gui.programme_editor import MetaDraftDialog

    report = open_window(COORDINATOR).session.report
    assert report is not None
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, report.metas[0])
    qtbot.addWidget(dialog)
    dialog.show()
    for field, value in zip(dialog.num, typed.get("num", ()), strict=False):  # type: ignore[call-overload]
        field.setText(value)
    if "description" in typed:
        dialog.description.setText(str(typed["description"]))
    shown = _press_ok(dialog, monkeypatch)

    assert dialog.isVisible()
    assert shown == [said]
