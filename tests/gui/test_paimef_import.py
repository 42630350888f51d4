"""«Importar» in the PAIMEF window asks before replacing the Programa Anual stored for the year."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.exchange.paimef.xlsx_template import FIRST_ROW
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_programme import write_programme_file
from tests.exchange.paimef.template_edits import bad_amounts, edited_template
from tests.gui.conftest import shown_paimef
from tests.gui.paimef_stores import TODAY, stored_programme
from tests.gui.paimef_window_driver import _discard_when_asked
from tests.paimef_builders import action, programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Enlace PAIMEF", "ana")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with stored_programme(tmp_path, AUTHOR) as opened:
        yield opened


def _chosen_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, year: int = 2026) -> None:
    """A programme file of ``year`` with one acción, A.9, chosen in the open dialog."""
    path = tmp_path / "programa_nuevo.json"
    write_programme_file(programme(action("A.9", "A", "A-I", "1000.00"), year=year), path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


QUESTION = (
    "Ya hay un Programa Anual PAIMEF 2026 guardado, con 4 acciones y 1 fecha registrada. "
    "¿Reemplazarlo con el del "
    "archivo «programa_nuevo.json»? Antes se guarda una copia de seguridad."
)


@pytest.mark.parametrize(
    ("answer", "kept"),
    [(QMessageBox.StandardButton.No, ["A.1"]), (QMessageBox.StandardButton.Yes, ["A.9"])],
)
def test_an_import_over_a_stored_programme_asks_first(
    qtbot: QtBot,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    answer: QMessageBox.StandardButton,
    kept: list[str],
) -> None:
    # The stored programme, edits and all, was replaced without a question.
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    _chosen_file(monkeypatch, tmp_path)
    asked = _discard_when_asked(monkeypatch, answer)

    window.import_file()

    assert asked == [QUESTION]
    stored = store.paimef.load(2026)
    assert stored is not None
    assert [a.key for a in stored.actions][:1] == kept
    if answer == QMessageBox.StandardButton.No:
        assert stored == programme()
        assert window.programme == programme()
        assert window.table.model().rowCount() == 4
    else:
        # A.9 added, the four stored eliminated: «5 cambios.» alone said not where to read them.
        assert window.message.text() == (
            "Importado programa_nuevo.json: 5 cambios; véalos en la pestaña «Historial de cambios»."
        )


def test_an_import_into_a_year_with_nothing_stored_asks_nothing(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    _chosen_file(monkeypatch, tmp_path, year=2027)
    asked = _discard_when_asked(monkeypatch)

    window.import_file()

    assert asked == []
    assert window.programme.year == 2027
    assert store.paimef.load(2026) == programme()


def test_an_import_of_the_programme_stored_says_nothing_changed(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The same file again made a backup and an empty «importación de …» in the history.
    path = tmp_path / "igual.json"
    write_programme_file(programme(), path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    asked = _discard_when_asked(monkeypatch)
    history = store.paimef.history(2026)
    copies = Path(os.environ["ISM_AVANCE_DATA_DIR"]) / "copias"

    window.import_file()

    assert asked == []
    assert window.message.text() == (
        "El archivo igual.json tiene el mismo Programa Anual PAIMEF 2026 que el guardado: no se "
        "cambió nada."
    )
    assert store.paimef.history(2026) == history
    assert not copies.exists() or not list(copies.iterdir())
    assert window.programme == programme()


def _shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Each message box's text and details, as the window shows them (none is opened)."""
    shown: list[tuple[str, str]] = []

    def show(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append((text, "")))
    return shown


@pytest.mark.parametrize("rows", [3, 20])
def test_a_workbook_with_several_problems_lists_them_all_and_stores_nothing(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, rows: int
) -> None:
    # One problem per import: three problems took three imports, each naming one cell.
    path = edited_template(tmp_path / "programa.xlsx", bad_amounts(rows))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    shown = _shown_boxes(monkeypatch)
    before = list(store._db.conn.iterdump())

    window.import_file()

    cells = [f"celda G{FIRST_ROW + 4 + offset}: «diez»" for offset in range(rows)]
    [(text, details)] = shown
    assert text.startswith(f"programa.xlsx tiene {rows} problemas.\n\n")
    listed = text.split("\n\n", 1)[1].splitlines()
    assert all(cell in line for cell, line in zip(cells, listed[: min(rows, 12)], strict=False))
    if rows > 12:  # as the ETCA template's refusal: the first lines, the rest behind a button
        assert listed[-1] == f"… y {rows - 12} más, en «Mostrar los detalles...»."
    else:
        assert len(listed) == rows
    assert [cell in line for cell, line in zip(cells, details.splitlines(), strict=True)] == [
        True
    ] * rows
    assert list(store._db.conn.iterdump()) == before
    assert window.programme == programme()


def test_ctrl_z_after_an_import_brings_back_the_programme_replaced(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The import was no undo step: only a backup restored brought the previous one back.
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    _chosen_file(monkeypatch, tmp_path)
    _discard_when_asked(monkeypatch, QMessageBox.StandardButton.Yes)  # «¿Reemplazarlo…?»
    window.import_file()
    assert window.table.model().rowCount() == 1
    window.undo_menu.menu.aboutToShow.emit()
    assert window.undo_menu.undo_action.text() == "&Deshacer importación de programa_nuevo.json"

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert store.paimef.load(2026) == programme()
    assert window.programme == programme()
    assert window.table.model().rowCount() == 4
    # Each acción put back has its line in the history: here their count, as the import said.
    assert window.message.text() == (
        "Se deshizo: importación de programa_nuevo.json: 5 cambios; véalos en la pestaña "
        "«Historial de cambios»."
    )
    said = window.message.text()
    window.tabs.setCurrentWidget(window.history_tab)  # not «Importado …», said there too
    assert window.message.text() == said
    assert store.paimef.history(2026)[-1].what == "deshacer: importación de programa_nuevo.json"
    window.undo_menu.menu.aboutToShow.emit()
    assert window.undo_menu.redo_action.text() == "&Rehacer importación de programa_nuevo.json"


def test_an_import_of_a_new_year_undone_shows_the_year_left_without_programme(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    _chosen_file(monkeypatch, tmp_path, year=2027)
    window.import_file()
    assert window.year.value() == 2027

    window.undo_menu.undo_action.trigger()

    assert store.paimef.years() == [2026]
    assert (window.year.value(), window.table.model().rowCount()) == (2027, 0)
    said = (
        "Se deshizo: importación de programa_nuevo.json: el ejercicio 2027 queda sin Programa "
        "Anual."
    )
    assert window.message.text() == said
    window.tabs.setCurrentWidget(window.history_tab)
    assert window.message.text() == said
