"""An acción typed in the PAIMEF window is never thrown away without a word, and Enter saves it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_paimef
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:
        opened.paimef.replace(programme(), AUTHOR, "prueba", [])
        yield opened


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> PaimefWindow:
    return shown_paimef(qtbot, store, AUTHOR, date(2026, 3, 20))


def _stored(store: Store) -> AnnualProgramme:
    stored = store.paimef.load(2026)
    assert stored is not None
    return stored


def test_an_edit_is_saved_when_another_action_is_chosen(window: PaimefWindow, store: Store) -> None:
    window.table.selectRow(0)
    window.form.programmed.setText("250000.01")

    window.table.selectRow(1)

    # Before, the typed amount went back to the stored one without a word.
    assert _stored(store).actions[0].programmed == Decimal("250000.01")
    assert window.form.key.text() == _stored(store).actions[1].key
    window.table.selectRow(0)
    assert window.form.programmed.text() == "250,000.01"


def test_an_edit_that_cannot_be_saved_is_kept_unless_the_person_discards_it(
    window: PaimefWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return reply

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.table.selectRow(0)
    window.form.programmed.setText("1,5e3")

    window.table.selectRow(1)
    qtbot.wait(20)  # the refusal puts the row back again once the click is over (deferred)

    assert "no es un monto" in asked[0]
    assert window.table.currentIndex().row() == 0
    assert window.form.programmed.text() == "1,5e3"
    assert _stored(store) == programme()

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.table.selectRow(1)
    qtbot.wait(20)
    assert window.table.currentIndex().row() == 1
    assert window.form.key.text() == programme().actions[1].key
    assert _stored(store) == programme()


def test_enter_in_an_amount_saves_the_action_and_never_opens_the_import(
    window: PaimefWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def choose(*_args: object, **_kw: object) -> tuple[str, str]:
        opened.append("importar")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.table.selectRow(0)
    window.form.programmed.setFocus()
    window.form.programmed.setText("260000.00")

    qtbot.keyClick(window.form.programmed, Qt.Key.Key_Return)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)

    assert opened == []
    assert _stored(store).actions[0].programmed == Decimal("260000.00")


def test_the_heading_says_one_action_in_the_singular(window: PaimefWindow) -> None:
    one = AnnualProgramme(2026, programme().institution, actions=programme().actions[:1])
    window.programme = one
    window._refresh()

    assert ": 1 acción, $" in window.heading.text()


def _answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    """Answer every question with ``reply``; the questions asked, in order."""
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", ask)
    return asked


def test_a_deleted_action_never_comes_back_with_what_was_typed(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.table.selectRow(0)
    window.form.name.setText("Otro nombre")

    window.delete_action()
    window.new_action()

    # The form kept the deleted acción as typed; leaving it stored it again as a new one.
    assert [action.key for action in _stored(store).actions] == ["A.2", "B.1", "C.1"]
    # Which one, by its stored name, and that it can be taken back: a first user hesitated.
    assert asked == [
        "¿Eliminar la acción A.1, «Acción A.1», con sus metas? Se puede deshacer con "
        "Editar → Deshacer (Ctrl+Z)."
    ]


def test_an_action_that_cannot_be_stored_may_be_discarded_to_close(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.table.selectRow(0)
    window.form.key.setText("A.2")  # the clave of another acción

    window.reject()

    # Before, the window stayed open without a question: Esc and its close button did nothing.
    assert "ya hay una acción con la clave A.2" in asked[0]
    assert not window.isVisible()
    assert _stored(store) == programme()


def test_another_year_asks_once_and_leaves_nothing_of_the_discarded_action(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.paimef.replace(programme(year=2027), AUTHOR, "prueba", [])
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.table.selectRow(0)
    window.form.programmed.setText("abc")

    window.year.setValue(2027)

    assert len(asked) == 1
    assert not window.form.edited()
    assert window.programme.year == 2027
    assert window.form.programmed.text() == "30,000.00"  # 2027's A.1, as stored
    assert _stored(store) == programme()


def test_after_an_import_the_form_never_stores_an_action_the_file_dropped(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ism_desktop.workspace.paimef_programme import write_programme_file
    from tests.paimef_builders import action

    imported = programme(action("A.9", "A", "A-I", "1000.00"))
    path = tmp_path / "programa.json"
    write_programme_file(imported, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)  # replace the stored one
    window.table.selectRow(0)  # A.1, which the file does not have

    window.import_file()
    window.save_action()

    assert len(asked) == 1

    # The form still showed A.1 as the acción being edited: «Guardar» added it back.
    assert [a.key for a in _stored(store).actions] == ["A.9"]
    assert window.form.key.text() == "A.9"


def test_a_click_on_another_row_answered_no_leaves_the_edited_row_marked(
    window: PaimefWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, the clicked row stayed highlighted while the form kept the acción being edited:
    # Qt applied the click's selection after the window had put the edited row back.
    from PySide6.QtTest import QTest

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    window.table.selectRow(0)
    window.form.programmed.setText("1,5e3")
    second = window.table.visualRect(window.model.index(1, 0)).center()

    QTest.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.wait(50)

    assert [index.row() for index in window.table.selectionModel().selectedRows()] == [0]
    assert window.table.currentIndex().row() == 0
    assert window.form.programmed.text() == "1,5e3"


def test_the_questions_before_a_loss_answer_no_by_default(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, «Sí» (discard, delete) was the default button: Enter threw the acción away.
    defaults: list[object] = []

    def ask(*args: object) -> QMessageBox.StandardButton:
        defaults.append(args[-1])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", ask)
    window.table.selectRow(0)
    window.form.programmed.setText("1,5e3")
    window.table.selectRow(1)  # «¿Descartar esos cambios?»
    window.form.load(window.form.shown)
    window.delete_action()  # «¿Eliminar la acción …?»

    assert defaults == [QMessageBox.StandardButton.No, QMessageBox.StandardButton.No]


@pytest.mark.parametrize("what", ["export_file", "write_informe"])
def test_a_file_written_from_the_window_has_the_acción_as_typed(
    window: PaimefWindow,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    what: str,
) -> None:
    # The exported programme and the informe had the stored amount, the screen the typed one.
    suffix = ".json" if what == "export_file" else ".pdf"
    target = tmp_path / f"salida{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Informe exportado»: closed
    window.table.selectRow(0)
    window.form.exercised.setText("120000.75")

    getattr(window, what)()

    assert _stored(store).actions[0].exercised == Decimal("120000.75")
    assert target.exists()
    if what == "export_file":
        assert '"120000.75"' in target.read_text(encoding="utf-8")


def _refused_text_is_discarded_at_close(monkeypatch: pytest.MonkeyPatch) -> None:
    # The window closes at the end with the refused text still typed: «¿Descartar?» → «Sí».
    monkeypatch.setattr("ism_desktop.gui.paimef.action_editing.confirm_loss", lambda *_a: True)


def test_a_control_character_in_the_name_is_refused(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _refused_text_is_discarded_at_close(monkeypatch)
    window.table.selectRow(0)
    window.form.name.setText("Diplomado\x07 en atención")

    assert window.form.problem.text() == (
        "Nombre: tiene un carácter que no es texto (U+0007, posición 10)."
    )
    window.form.save_button.click()
    assert window.message.text().startswith("No se guardó. Nombre:")
    assert store.paimef.load(2026) == programme()


def test_a_meta_too_long_is_refused(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _refused_text_is_discarded_at_close(monkeypatch)
    window.table.selectRow(0)
    window.form.goals.setItem(0, 0, QTableWidgetItem("x" * 20_001))

    assert window.form.problem.text() == (
        "Meta 1, descripción: tiene 20\u00a0001 caracteres (máx. 20\u00a0000)."
    )
    window.form.save_button.click()
    assert store.paimef.load(2026) == programme()
