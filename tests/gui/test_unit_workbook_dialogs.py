"""«Libro de Excel para una unidad» offers each unit by name and starts in Documentos."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton

from tests.gui.conftest import WindowFactory
from tests.gui.dialog_walker import unlettered_buttons
from tests.gui.received_boxes import plain_words
from tests.gui.unit_question import answer_unit
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def test_the_units_are_named_and_the_folder_starts_in_documents(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A home with its Documentos folder, as every Windows account has.
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    (tmp_path / "Documents").mkdir()
    window = open_window(COORDINATOR)
    offered: list[list[str]] = []
    started: list[str] = []

    def choose_unit(items: list[str], _current: int) -> str:
        offered.append(items)
        return next(item for item in items if item.startswith("004 "))

    def choose_folder(_parent: object, _title: str, folder: str = "", *_a: object) -> str:
        started.append(folder)
        return ""  # cancelled: nothing written

    answer_unit(monkeypatch, choose_unit)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose_folder)

    window.year_actions.workbook()

    # Before: bare codes («004»), and the program's own folder to save in.
    assert offered[0][2] == "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"
    assert started == [str(tmp_path / "Documents")]


def test_without_a_documents_folder_the_dialogs_start_at_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Qt named a Documents folder that did not exist, and the dialog opened in the program's.
    from ism_desktop.gui.places import documents_folder

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)

    assert documents_folder() == str(tmp_path)


def test_a_programme_without_metas_says_so_instead_of_failing(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(COORDINATOR)
    told: list[str] = []
    monkeypatch.setattr(window.session, "metas", lambda: [])
    # Qt gives back an empty choice, accepted, when the list it offers is empty.
    answer_unit(monkeypatch, lambda _items, _current: "")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))

    window.year_actions.workbook()

    assert told == ["No hay metas en el programa de este ejercicio: no hay libro que escribir."]


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_a_workbook_already_in_the_folder_is_replaced_only_when_the_person_says_so(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, answer: str
) -> None:
    # It may be the one the unit filled and sent back under the same name: it was replaced.
    from PySide6.QtWidgets import QMessageBox

    window = open_window(COORDINATOR)
    filled = tmp_path / "ETCA-III-04_2024_T1_libro_unidad_004.xlsx"
    filled.write_bytes(b"PK lo que la unidad lleno")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(" ".join(plain_words(text).splitlines()))  # each name kept on its line
        yes = answer == "Sí"
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    answer_unit(monkeypatch, lambda items, _current: next(i for i in items if i.startswith("004 ")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)

    window.year_actions.workbook()

    assert asked == [
        f"Ya existe «{filled.name}» en «{tmp_path}»: puede ser el libro que la unidad llenó y "
        "devolvió. ¿Reemplazarlo por uno en blanco?"
    ]
    replaced = filled.read_bytes() != b"PK lo que la unidad lleno"
    assert replaced is (answer == "Sí")


def test_the_unit_of_the_meta_shown_is_offered_first(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It opened on unit 001 whatever meta was shown: the coordinator looking at unit 004's
    # metas had to find 004 in the list again.
    from tests.gui.window_driver import select

    window = open_window(COORDINATOR)
    select(window, "ESTUDIOS SOCIOECONÓMICOS")  # a meta of unit 004
    offered: list[tuple[list[str], int]] = []

    def choose_unit(items: list[str], current: int) -> None:
        offered.append((items, current))
        return None  # cancelled: nothing written

    answer_unit(monkeypatch, choose_unit)

    window.year_actions.workbook()

    ((items, current),) = offered
    assert items[current] == "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"


def test_the_unit_question_answers_alt_a_and_alt_c(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt's own question (``QInputDialog.getItem``) showed «Aceptar» and «Cancelar» with no
    # Alt letter: a person at the keyboard had to Tab to them.
    window = open_window(COORDINATOR)
    seen: list[tuple[str, list[str], list[str]]] = []

    def static_question(_parent: object, title: str, *_a: object) -> tuple[str, bool]:
        seen.append((title, ["Qt's own question, buttons not reachable"], []))
        return "", False

    def looked_at(dialog: QInputDialog) -> int:
        buttons = [button.text() for button in dialog.findChildren(QPushButton)]
        seen.append((dialog.windowTitle(), unlettered_buttons(dialog), sorted(buttons)))
        return int(QInputDialog.DialogCode.Rejected)

    monkeypatch.setattr(QInputDialog, "getItem", static_question)
    monkeypatch.setattr(QInputDialog, "exec", looked_at)

    window.year_actions.workbook()

    assert seen == [("Libro de Excel", [], ["&Aceptar", "&Cancelar"])]


def test_the_coordinators_own_unit_is_not_offered(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its metas are typed here, and its filled workbook would be refused on receipt: offering
    # it only led to a refusal after the folder was chosen.
    window = open_window(COORDINATOR)
    offered: list[list[str]] = []

    def choose_unit(items: list[str], _current: int) -> str | None:
        offered.append(items)
        return None  # cancelled

    answer_unit(monkeypatch, choose_unit)

    window.year_actions.workbook()

    codes = [item.split(" ", 1)[0] for item in offered[0]]
    assert codes == ["001", "003", "004", "005", "006", "008", "009"]
